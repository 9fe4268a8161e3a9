""""Her data…" on her record: a manager reviews what to withhold (ticks, reasons typed into the
list; Enter in the list never saves) and saves the pack as a .zip in the background; a support
worker sees why she cannot release and records that she asked."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, timedelta

from conftest import reopen
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView
from sqlalchemy import select

from refugedesk import contacts, incidents, residents, subject_access
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import ContactMode, ContactPlace, IncidentKind, SubjectAccess
from refugedesk.ui.record.her_data_dialog import WithholdModel
from ui.drive import settle
from ui.test_residents_page import TODAY, make_page, people  # noqa: F401  (the fixture)

ABUSER, OTHER, THIRD = "Vornkettle", "Olivia Stone", "Drossington"


def _plant(vault, ids) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    residents.add_abuser(vault, resident_id=ids["nadia"], name=f"Karl {ABUSER}")
    incidents.log_incident(vault, at=now - timedelta(hours=3), kind=IncidentKind.POLICE_CALLED,
                           resident_ids=[ids["nadia"], ids["olivia"]], community_support=True,
                           what_happened="Olivia Stone and Nadia argued in the garden.")
    contacts.log_contact(vault, resident_id=ids["nadia"], at=now - timedelta(hours=1),
                         mode=ContactMode.PHONE, place=ContactPlace.OFFICE,
                         notes=f"She spoke about her friend {THIRD}.")


def _open(qtbot, vault, rid):
    page = make_page(qtbot, vault)
    record = page.open_resident(rid)
    record.show_tab("recordOverview")
    record.findChild(QPushButton, "overviewHerData").click()
    dialog = record.dialog
    assert dialog.objectName() == "herData" and dialog.isVisible()
    settle(qtbot, dialog.job)
    return record, dialog


def _row(model: WithholdModel, key_start: str) -> int:
    return next(i for i, c in enumerate(model.items) if c.key.startswith(key_start))


def test_a_manager_reviews_and_saves_her_data(qtbot, people, tmp_path):  # noqa: F811
    vault, ids = people
    _plant(vault, ids)
    record, dialog = _open(qtbot, vault, ids["nadia"])
    due = subject_access.due_on(TODAY)
    assert fmt_day(due) in dialog.findChild(QLabel, "herDataDue").text()
    table = dialog.findChild(QTableView, "herDataItems")
    model = table.model()
    assert isinstance(model, WithholdModel) and table.isEnabled()
    assert "to review;" in dialog.findChild(QLabel, "herDataItemsHint").text()
    abuser = _row(model, "abuser:")
    assert model.data(model.index(abuser, 0), Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Checked

    # Her note about the friend: release it (Space on its tick), then withhold it again with
    # a reason typed into the list; Enter ends the typing and never saves the form.
    note = _row(model, "contact:")
    assert model.ticked[model.items[note].key]  # a capitalised name: suggested
    table.setFocus()
    table.setCurrentIndex(model.index(note, WithholdModel.WITHHOLD))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert not model.ticked[model.items[note].key]
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert model.ticked[model.items[note].key]
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter in the list never saves the form
    assert dialog.isVisible() and dialog.file_dialog is None
    table.setCurrentIndex(model.index(note, WithholdModel.WHY))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "It may name someone else (a third party)"
    assert editor.maxLength() == subject_access.REASON_MAX
    editor.selectAll()
    qtbot.keyClicks(editor, "Names her friend")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.why[model.items[note].key] == "Names her friend")
    assert dialog.isVisible()

    # The incident with Olivia: release what happened (the manager's choice) to see the
    # rest still withheld.
    text = next(i for i, c in enumerate(model.items)
                if c.key.startswith("incident:") and c.key.endswith(":text"))
    model.setData(model.index(text, 0), Qt.CheckState.Unchecked.value,
                  Qt.ItemDataRole.CheckStateRole)

    dialog.findChild(QPushButton, "herDataSave").click()
    chooser = dialog.file_dialog
    assert chooser is not None and chooser.objectName() == "herDataFileDialog"
    out = tmp_path / "nadia.zip"
    chooser.fileSelected.emit(str(out))
    chooser.close()
    settle(qtbot, dialog.job)
    message = dialog.findChild(QLabel, "herDataMessage").text()
    assert "Saved to" in message and "withheld" in message and "not encrypted" in message
    with zipfile.ZipFile(out) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    assert "her-data.pdf" in files and any(n.startswith("child-") for n in files)
    for secret in (ABUSER, THIRD):
        assert not any(secret.encode() in data for data in files.values()), secret
    assert b"Names her friend" in files["contacts.json"]
    incident = json.loads(files["incidents.json"])["records"][0]
    assert "[withheld: " in str(incident["others_involved"])
    assert "argued in the garden" in incident["what_happened"]  # released on purpose
    with vault.session() as s:
        row = s.scalars(select(SubjectAccess)).one()
    assert row.released_on == TODAY and row.due_on == due
    assert ABUSER not in row.withheld and THIRD not in row.withheld


def test_a_support_worker_records_that_she_asked_but_cannot_release(qtbot, people):  # noqa: F811
    vault, ids = people
    _plant(vault, ids)
    path = vault.path
    with reopen(path, "bea", "plum orchard lantern 99") as bea:
        record, dialog = _open(qtbot, bea, ids["nadia"])
        save = dialog.findChild(QPushButton, "herDataSave")
        assert not save.isEnabled()
        assert "Only a manager or an administrator" in save.toolTip()
        assert not dialog.findChild(QTableView, "herDataItems").isEnabled()
        dialog.findChild(QPushButton, "herDataRecord").click()
        recorded = dialog.findChild(QLabel, "herDataRecorded").text()
        assert "Recorded: she asked on" in recorded
        assert fmt_day(subject_access.due_on(TODAY)) in recorded
        assert not dialog.findChild(QPushButton, "herDataRecord").isEnabled()
        with bea.session() as s:
            row = s.scalars(select(SubjectAccess)).one()
        assert (row.requested_on, row.released_on) == (TODAY, None)
        dialog.reject()  # nothing typed since: closes without asking
        assert not dialog.isVisible()
        # Opened again, the request is there, not recorded twice.
        record.findChild(QPushButton, "overviewHerData").click()
        again = record.dialog
        settle(qtbot, again.job)
        assert "Recorded: she asked on" in again.findChild(QLabel, "herDataRecorded").text()
        again.reject()
