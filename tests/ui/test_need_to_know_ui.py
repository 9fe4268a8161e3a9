"""Need-to-know through the screens: the administrator sets a worker's houses, the worker meets
a minimal card for a woman in another house and opens it anyway with a reason, and a manager
sees that line on Today and opens the record from it with Enter."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import reopen
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QTableView
from sqlalchemy import select

from refugedesk.db.models import AccessReason, AuditEvent, House, Resident, Room, StaffMember, Stay
from refugedesk.ui.main_window import MainWindow
from refugedesk.ui.need_to_know_dialogs import CardDialog, HousesDialog
from ui.drive import click, find, settle, sign_in, type_into


@pytest.fixture
def demo_path(demo_vault, vault_path):
    demo_vault.close()
    return vault_path


def _someone_in_hazel(path) -> tuple[int, str]:
    """A woman staying in Hazel House now whose key worker is not `worker`."""
    vault = reopen(path, "admin", "demo")
    try:
        with vault.session() as s:
            worker = s.scalar(select(StaffMember.id).where(StaffMember.username == "worker"))
            today = date.today()
            row = s.execute(
                select(Resident.id, Resident.reference).join(Stay, Stay.resident_id == Resident.id)
                .join(Room, Stay.room_id == Room.id).join(House, Room.house_id == House.id)
                .where(House.name == "Hazel House", Stay.arrived_on <= today,
                       Stay.left_on.is_(None), Resident.key_worker_id != worker)
                .order_by(Resident.id).limit(1)).one()
            return row[0], row[1]
    finally:
        vault.close()


def test_a_worker_of_another_house_sees_a_card_opens_anyway_and_a_manager_sees_it(
        qtbot, start_app, demo_path):
    rid, reference = _someone_in_hazel(demo_path)
    controller = start_app(demo_path)

    # the administrator: Admin, choose `worker`, Houses she works in…, tick Rowan House
    main = sign_in(qtbot, controller, "admin", "demo")
    click(qtbot, main, "navAdmin")
    admin = main.page_widget("admin")
    houses_button = find(admin, QPushButton, "staffHousesButton")
    assert not houses_button.isEnabled() and "Choose a support worker" in houses_button.toolTip()
    assert "with no houses set she sees every record" in find(admin, QLabel, "needToKnowHint").text()
    admin.select("manager")
    assert not houses_button.isEnabled() and "see every record" in houses_button.toolTip()
    admin.select("worker")
    click(qtbot, admin, "staffHousesButton")
    dialog = admin.dialog
    assert isinstance(dialog, HousesDialog)
    listed = find(dialog, QListWidget, "staffHousesList")
    assert listed.count() == 5 and not dialog.chosen()
    rowan = next(listed.item(r) for r in range(listed.count())
                 if listed.item(r).text().startswith("Rowan House"))
    rowan.setCheckState(Qt.CheckState.Checked)
    assert dialog.typed_work()  # Cancel would ask before throwing the tick away
    click(qtbot, dialog, "staffHousesDialogSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Saved the houses" in find(admin, QLabel, "adminMessage").text()
    click(qtbot, main, "signOutButton")

    # the worker: her search lists the woman, by name and reference only
    main = sign_in(qtbot, controller, "worker", "demo")
    assert isinstance(main, MainWindow)
    click(qtbot, main, "navResidents")
    page = main.page_widget("residents")
    table = find(page, QTableView, "residentsTable")
    assert table.isColumnHidden(2) and table.isColumnHidden(4)  # where now, risk
    assert not table.isColumnHidden(0) and not table.isColumnHidden(1)
    type_into(qtbot, page, "residentsSearch", reference)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1
                    and page.model.index(0, 1).data() == reference, timeout=20_000)
    table.selectRow(0)
    click(qtbot, page, "openResidentButton")
    settle(qtbot, page.opening)  # her record is read in the background; the domain refuses
    card = page.dialog
    assert isinstance(card, CardDialog) and page.record is None
    assert find(card, QLabel, "cardReference").text() == reference
    assert find(card, QLabel, "cardInRefuge").text() == "Yes, staying now"
    shown = " ".join(w.text() for w in card.findChildren(QLabel))
    assert "Hazel" not in shown and "risk" not in shown.lower()

    click(qtbot, card, "openAnywayButton")
    reason = card.reason_dialog
    qtbot.waitUntil(reason.isVisible)
    click(qtbot, reason, "openAnywayDialogSave")  # no reason: said under the field
    assert "Say why" in find(reason, QLabel, "openAnywayDialog_reasonMessage").text()
    assert page.record is None
    type_into(qtbot, reason, "openAnywayReason", "Covering Hazel tonight")
    click(qtbot, reason, "openAnywayDialogSave")
    qtbot.waitUntil(lambda: page.record is not None)
    assert not card.isVisible()
    click(qtbot, main, "signOutButton")

    # the manager: Today lists it; Enter opens her record
    main = sign_in(qtbot, controller, "manager", "demo")
    today_page = main.page_widget("today")
    settle(qtbot, today_page.refresh_job)
    lines = today_page.shown_lines()
    assert "Opened outside her houses (last 7 days) (1)" in lines
    line = next(t for t in lines if f" opened {reference} on " in t)
    assert line.endswith("“Covering Hazel tonight”")
    index = today_page.index_of("resident", rid)
    today_page.tree.setCurrentIndex(index)
    qtbot.keyClick(today_page.tree, Qt.Key.Key_Return)
    residents_page = main.page_widget("residents")
    qtbot.waitUntil(lambda: residents_page.record is not None)
    assert main.current_page == "residents"

    vault = reopen(demo_path, "admin", "demo")
    try:
        with vault.session() as s:
            assert [r.reason for r in s.scalars(select(AccessReason))] == [
                "Covering Hazel tonight"]
            kinds = [e.kind for e in s.scalars(select(AuditEvent).where(
                AuditEvent.record_type == "resident", AuditEvent.record_id == rid))]
        assert "record_opened_anyway" in kinds
    finally:
        vault.close()
