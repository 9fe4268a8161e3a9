"""Retention and erasure on request through the screens (issue 16), on a copy of the kept
vault full of content: an administrator sets the schedule, a manager decides on the due list
and carries the decisions out, records and decides an erasure request on her record; a support
worker finds every door shut, with the reason."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import contentchecks as checks
from helpers import contentvault_0007 as cv7
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QPushButton, QSpinBox

from refugedesk import erasure, retention
from refugedesk.db.models import ErasureDecision, Resident
from refugedesk.ui.main_window import MainWindow
from ui.drive import click, find, settle, sign_in

KEPT = Path(__file__).resolve().parent.parent / "data" / "vault-0007.rdb"
LATER = date(2060, 1, 1)
SHE, OTHER, THIRD = 33, 38, 12


@pytest.fixture
def kept_path(tmp_path):
    return checks.copy_kept(KEPT, tmp_path)


def signed_in(qtbot, start_app, path: Path, who: str) -> MainWindow:
    main = sign_in(qtbot, start_app(path), who, cv7.ACCOUNTS[who][2])
    assert isinstance(main, MainWindow)
    return main


def due_dialog(qtbot, main: MainWindow):
    click(qtbot, main, "navReports")
    page = main.page_widget("reports")
    click(qtbot, page, "reportsDueForReviewButton")
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    settle(qtbot, dialog.job)
    dialog.today = LATER  # as if it were 2060: everyone who has left is due
    settle(qtbot, dialog.refresh())
    return dialog


def select_reference(qtbot, dialog, reference: str) -> None:
    row = next(i for i, item in enumerate(dialog.model.items) if item.reference == reference)
    dialog.table.selectRow(row)
    assert dialog.selected().reference == reference


def reference_of(main: MainWindow, resident_id: int) -> str:
    with main.vault.session() as session:
        return session.get(Resident, resident_id).reference


def test_a_manager_anonymises_from_the_due_list_keeps_another_and_carries_it_out(
        qtbot, start_app, kept_path):
    main = signed_in(qtbot, start_app, kept_path, "manager")
    she, other = reference_of(main, SHE), reference_of(main, OTHER)
    dialog = due_dialog(qtbot, main)
    assert not find(dialog, QPushButton, "dueEraseButton").isEnabled()
    assert "Choose a record" in find(dialog, QPushButton, "dueEraseButton").toolTip()

    # Keep longer: a reason is needed, said under the field; nothing is saved without it.
    select_reference(qtbot, dialog, other)
    click(qtbot, dialog, "dueKeepButton")
    keep = dialog.dialog
    qtbot.waitUntil(keep.isVisible)
    click(qtbot, keep, "retentionDecisionDialogSave")
    assert "Say why" in find(keep, QLabel, "retentionDecisionDialog_reasonMessage").text()
    qtbot.keyClicks(find(keep, QPlainTextEdit, "retentionReason"), "Court case still open")
    with qtbot.waitSignal(keep.accepted):
        click(qtbot, keep, "retentionDecisionDialogSave")
    settle(qtbot, dialog.job)
    assert other not in [i.reference for i in dialog.model.items]

    # Anonymise: a reason, then the question naming what happens and that it is for good.
    select_reference(qtbot, dialog, she)
    click(qtbot, dialog, "dueAnonymiseButton")
    form = dialog.dialog
    qtbot.waitUntil(form.isVisible)
    qtbot.keyClicks(find(form, QPlainTextEdit, "retentionReason"), "Six years since she left")
    click(qtbot, form, "retentionDecisionDialogSave")
    question = form.confirm_box
    assert "cannot be undone" in question.text() and "Backups" in question.text()
    with qtbot.waitSignal(form.accepted):
        click(qtbot, question, "confirmYesButton")
    settle(qtbot, dialog.job)
    row = next(i for i in dialog.model.items if i.reference == she)
    assert row.approved is not None and "waiting" in row.state_text

    click(qtbot, dialog, "dueApplyButton")
    click(qtbot, dialog.dialog, "confirmYesButton")
    settle(qtbot, dialog.job)
    qtbot.waitUntil(lambda: "Done: 1 anonymised" in find(dialog, QLabel, "dueMessage").text())
    with main.vault.session() as session:
        her = session.get(Resident, SHE)
        assert her.anonymised_on is not None and her.name.startswith("Anonymised")
        assert session.get(Resident, OTHER).anonymised_on is None  # kept


def test_an_administrator_sets_the_schedule(qtbot, start_app, kept_path):
    main = signed_in(qtbot, start_app, kept_path, "admin")
    click(qtbot, main, "navAdmin")
    page = main.page_widget("admin")
    click(qtbot, page, "retentionScheduleButton")
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert find(dialog, QSpinBox, "retentionAdultYears").value() == 6
    find(dialog, QSpinBox, "retentionAdultYears").setValue(7)
    find(dialog, QSpinBox, "retentionDraftDays").setValue(30)
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog, "retentionScheduleDialogSave")
    assert "retention schedule" in find(page, QLabel, "adminMessage").text()
    with main.vault.session() as session:
        assert retention.schedule(session) == retention.Schedule(7, 25, 1, 30)


def test_a_manager_records_an_erasure_request_refuses_one_and_erases_on_another(
        qtbot, start_app, kept_path, error_log):
    main = signed_in(qtbot, start_app, kept_path, "manager")
    click(qtbot, main, "navResidents")
    page = main.page_widget("residents")
    record = page.open_resident(THIRD)
    tab = record.show_tab("recordReviews")
    click(qtbot, tab, "recordErasureButton")
    dialog = record.dialog
    qtbot.waitUntil(dialog.isVisible)
    decision = find(dialog, QComboBox, "erasureDecision")
    decision.setCurrentIndex(decision.findData(ErasureDecision.REFUSE))
    click(qtbot, dialog, "erasureRequestDialogSave")  # refused without a reason
    assert "Say why" in find(dialog, QLabel, "erasureRequestDialog_reasonMessage").text()
    qtbot.keyClicks(find(dialog, QPlainTextEdit, "erasureReason"),
                    "A child protection plan is open")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog, "erasureRequestDialogSave")
    with main.vault.session() as session:
        requests = erasure.requests_for(session, THIRD)
    # The Save without a reason kept nothing: one request, refused.
    assert [(r.reference, r.decision) for r in requests] == [("E-0001",
                                                              ErasureDecision.REFUSE)]

    click(qtbot, tab, "recordErasureButton")
    dialog = record.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "E-0001 received" in find(dialog, QLabel, "erasureEarlier").text()
    assert "refused on" in find(dialog, QLabel, "erasureEarlier").text()
    decision = find(dialog, QComboBox, "erasureDecision")
    decision.setCurrentIndex(decision.findData(ErasureDecision.ERASE))
    click(qtbot, dialog, "erasureRequestDialogSave")
    question = dialog.confirm_box
    assert "cannot be undone" in question.text()
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, question, "confirmYesButton")
    qtbot.waitUntil(lambda: page.record is None or not page.record.isVisible())
    with main.vault.session() as session:
        assert session.get(Resident, THIRD) is None
    # Back on the list, calmly: her record window did not trip over a record that is gone.
    assert not error_log.exists() or error_log.read_text() == ""


def test_a_support_worker_finds_every_door_shut_with_the_reason(qtbot, start_app, kept_path):
    main = signed_in(qtbot, start_app, kept_path, "worker")
    click(qtbot, main, "navReports")
    due = find(main.page_widget("reports"), QPushButton, "reportsDueForReviewButton")
    assert not due.isEnabled() and "Only a manager" in due.toolTip()
    click(qtbot, main, "navResidents")
    record = main.page_widget("residents").open_resident(THIRD)
    tab = record.show_tab("recordReviews")
    shut = find(tab, QPushButton, "recordErasureButton")
    assert not shut.isEnabled() and "Only a manager" in shut.toolTip()
    assert tab.erasure_request() is None
    assert "Only a manager" in find(record, QLabel, "recordMessage").text()
