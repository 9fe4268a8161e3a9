"""The audit trail through the screens: a manager filters it by person and resident, is told
plainly about a reference not on file, and exports it for an inquiry (re-opened here); a
support worker cannot open it."""

from __future__ import annotations

import pytest
from conftest import reopen
from openpyxl import load_workbook
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from sqlalchemy import select

from refugedesk import residents
from refugedesk.db.models import AuditEvent, Resident
from refugedesk.errors import NotAllowed
from refugedesk.ui.audit_dialog import AuditDialog, ExportAuditDialog
from ui.drive import click, find, settle, sign_in, type_into


@pytest.fixture
def demo_path(demo_vault, vault_path):
    demo_vault.close()
    return vault_path


def _worker_opens_two(path) -> list[str]:
    worker = reopen(path, "worker", "demo")
    try:
        with worker.session() as s:
            people = list(s.execute(select(Resident.id, Resident.reference)
                                    .order_by(Resident.id).limit(2)))
        for rid, _ref in people:
            residents.open_record(worker, rid)
        return [ref for _rid, ref in people]
    finally:
        worker.close()


def _shown(dialog: AuditDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_a_manager_filters_and_exports_the_trail(qtbot, start_app, demo_path, tmp_path):
    first, second = _worker_opens_two(demo_path)
    controller = start_app(demo_path)
    main = sign_in(qtbot, controller, "manager", "demo")
    click(qtbot, main, "navReports")
    page = main.page_widget("reports")
    click(qtbot, page, "reportsAuditButton")
    dialog = page.dialog
    assert isinstance(dialog, AuditDialog)
    settle(qtbot, dialog.job)
    assert dialog.model.rowCount() > 0

    who = find(dialog, QComboBox, "auditWho")
    who.setCurrentIndex(who.findData("worker"))
    click(qtbot, dialog, "auditShowButton")
    settle(qtbot, dialog.job)
    rows = _shown(dialog)
    assert {r[1] for r in rows} == {"worker"}
    assert [r[3] for r in rows if r[2] == "Record opened"] == [f"Resident {second}",
                                                               f"Resident {first}"]

    type_into(qtbot, dialog, "auditReference", "NOT-ON-FILE")
    click(qtbot, dialog, "auditShowButton")
    settle(qtbot, dialog.job)
    assert "No resident on file has that reference" in find(dialog, QLabel,
                                                             "auditMessage").text()
    assert _shown(dialog) == rows  # what was shown stays

    type_into(qtbot, dialog, "auditReference", first)
    click(qtbot, dialog, "auditShowButton")
    settle(qtbot, dialog.job)
    assert [(r[1], r[2], r[3]) for r in _shown(dialog)] == [
        ("worker", "Record opened", f"Resident {first}")]

    click(qtbot, dialog, "auditExportButton")
    export = dialog.dialog
    assert isinstance(export, ExportAuditDialog)
    target = tmp_path / "inquiry.xlsx"
    find(export, QLineEdit, "auditExportPath").setText(str(target))
    with qtbot.waitSignal(export.accepted, timeout=20_000):
        click(qtbot, export, "auditExportDialogSave")
    assert "Audit trail saved (1 event)" in find(dialog, QLabel, "auditMessage").text()
    sheet = load_workbook(target).active
    body = [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=4)]
    assert [r[1:4] for r in body] == [("worker", "Record opened", f"Resident {first}")]

    vault = reopen(demo_path, "admin", "demo")
    try:
        with vault.session() as s:
            assert s.scalar(select(AuditEvent.actor).where(
                AuditEvent.kind == "audit_exported")) == "manager"
    finally:
        vault.close()


def test_a_support_worker_cannot_open_the_audit_trail(qtbot, start_app, demo_path):
    controller = start_app(demo_path)
    main = sign_in(qtbot, controller, "worker", "demo")
    click(qtbot, main, "navReports")
    page = main.page_widget("reports")
    audit = find(page, QPushButton, "reportsAuditButton")
    assert not audit.isEnabled()
    assert audit.toolTip() == "The audit trail is for managers and administrators."
    assert page.audit_trail() is None
    assert find(page, QLabel, "reportsMessage").text() == (
        "The audit trail is for managers and administrators.")
    with pytest.raises(NotAllowed):
        AuditDialog(main.vault)
