"""The Today page and the handover screens on a real vault, driven by object name."""

from __future__ import annotations

from datetime import date, timedelta

from conftest import reopen
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton
from test_handover import PASSWORD, _resident_in, service  # noqa: F401  (the fixture)

from refugedesk import capacity, handover, incidents, referrals, whereabouts
from refugedesk.db.models import (
    IncidentKind,
    ReferralChannel,
    ReferralSource,
    RiskLevel,
)
from refugedesk.db.types import utcnow
from refugedesk.ui.handover_dialogs import HandoverDialog, WriteHandoverDialog
from refugedesk.ui.handover_history import HistoryDialog
from refugedesk.ui.handover_whereabouts import WhereaboutsDialog
from refugedesk.ui.today_page import TodayPage
from ui.drive import settle


def _click(qtbot, widget, name: str) -> None:
    found = widget.findChild(QPushButton, name)
    assert found is not None, name
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)


def _from_nina(svc) -> int:
    """Nina, on the day shift, hands over to Ada."""
    nina = reopen(svc["path"], "nina", PASSWORD)
    try:
        with nina.session() as s:
            d = handover.draft(s)
        return handover.send(nina, d, to_staff_id=svc["vault"].person.id,
                             shift="Night on call", notes={None: "Fire alarm test at 10"})
    finally:
        nina.close()


def test_today_shows_her_day_and_the_receiver_acknowledges(qtbot, service, tmp_path):  # noqa: F811
    vault = service["vault"]
    _, stay = _resident_in(service, "R-1")
    now = utcnow()
    whereabouts.sign_out(vault, stay_id=stay, out_at=now - timedelta(hours=3),
                         expected_back=now - timedelta(minutes=40), contactable=False)
    hid = _from_nina(service)

    page = TodayPage(vault)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    settle(qtbot, page.refresh_job)  # her day is read in the background
    lines = page.shown_lines()
    assert "Handovers (1)" in lines
    assert any(t.startswith("● Read and acknowledge the handover from Nina Night "
                            "(Night on call)") for t in lines)
    assert "Not back when expected (1)" in lines
    assert any("R-1 (Elm House): expected back" in t and "not contactable" in t for t in lines)

    page.tree.setCurrentIndex(page.index_of("handover", hid))
    _click(qtbot, page, "todayOpenButton")
    dialog = page.dialog
    assert isinstance(dialog, HandoverDialog) and dialog.isVisible()
    shown = dialog.text.toPlainText()
    assert "From Nina Night to Ada Test" in shown and "Fire alarm test at 10" in shown
    assert "R-1 (A.E.), room 1" in shown
    assert dialog.findChild(QLabel, "handoverStatus").text() == \
        "Handed to you: read it, then acknowledge it."
    _click(qtbot, dialog, "handoverAcknowledgeButton")
    assert dialog.findChild(QLabel, "handoverStatus").text().startswith(
        "Acknowledged by Ada Test")
    assert not dialog.findChild(QPushButton, "handoverAcknowledgeButton").isVisible()
    settle(qtbot, page.refresh_job)
    assert "Handovers (1)" not in page.shown_lines()  # the page heard "handovers" change

    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "addendumText"),
                    "R-1 rang at 21:00 and is safe")
    _click(qtbot, dialog, "addAddendumButton")
    assert "R-1 rang at 21:00 and is safe" in dialog.text.toPlainText()
    with vault.session() as s:
        assert [a.text for a in handover.get(s, hid).addenda] == [
            "R-1 rang at 21:00 and is safe"]

    job = dialog.save_pdf(tmp_path / "h.pdf", by_house=True)
    settle(qtbot, job)
    assert job.outcome.ok and "Saved h.pdf" in dialog.message.text()
    reader = PdfReader(tmp_path / "h.pdf")
    assert reader.metadata.title == dialog.view.title
    assert "R-1 rang at 21:00" in " ".join(" ".join(p.extract_text().split())
                                            for p in reader.pages)
    # printing goes through the same layout (a printer writing a PDF file, for the test)
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    job = dialog.print_to(printer)
    settle(qtbot, job)
    assert job.outcome.ok and dialog.message.text().startswith("Sent to the printer")
    printed = PdfReader(tmp_path / "printed.pdf")
    assert "Fire alarm test at 10" in " ".join(" ".join(p.extract_text().split())
                                               for p in printed.pages)
    dialog.close()


def test_writing_and_sending_a_handover_from_the_today_page(qtbot, service):  # noqa: F811
    vault = service["vault"]
    rid, _ = _resident_in(service, "R-2")
    incidents.log_incident(vault, at=utcnow() - timedelta(minutes=1), resident_ids=[rid],
                           kind=IncidentKind.DAMAGE, what_happened="Door handle broken")
    page = TodayPage(vault)
    qtbot.addWidget(page)
    page.show()
    _click(qtbot, page, "writeHandoverButton")
    settle(qtbot, page.job)  # the draft is gathered in the background, then the form opens
    dialog = page.dialog
    assert isinstance(dialog, WriteHandoverDialog)
    to = dialog.findChild(QComboBox, "handoverTo")
    assert [to.itemText(i) for i in range(to.count())] == [
        "Nina Night", "Omar Manager"]
    to.setCurrentIndex(0)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "handoverShift"), "Night on call")
    texts = dialog.lines_of(service["house"])
    assert "Urgent: Incidents" in texts and any("Door handle broken" in t for t in texts)
    # leave the "who is in" line out (selected, then Space); add a note for the house and
    # the service
    who = next(r for r, text in enumerate(texts) if text.startswith("R-2 (A.E.), room 1"))
    dialog.line_index(service["house"], who)
    qtbot.keyClick(dialog.lines_view, Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, f"handoverNotes_{service['house']}"),
                    "Locksmith booked")
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "handoverNotes_service"), "All quiet")
    # kept to finish later: the Today page says so, and opening it brings the notes back
    _click(qtbot, dialog, "handoverKeepButton")
    assert dialog.findChild(QLabel, "writeHandoverMessage").text() == \
        "Kept as a draft. It has not been sent."
    kept = dialog.sent_id
    dialog.close()
    settle(qtbot, page.refresh_job)
    assert "● Finish your handover to Nina Night: kept as a draft, not sent" in \
        page.shown_lines()
    page.tree.setCurrentIndex(page.index_of("handover_draft", kept))
    _click(qtbot, page, "todayOpenButton")
    settle(qtbot, page.job)
    dialog = page.dialog
    assert isinstance(dialog, WriteHandoverDialog) and dialog.sent_id == kept
    assert dialog.findChild(QLineEdit, "handoverShift").text() == "Night on call"
    assert dialog.findChild(QPlainTextEdit, "handoverNotes_service").toPlainText() == \
        "All quiet"
    dialog.line_index(service["house"], who)  # the lines are built afresh
    qtbot.keyClick(dialog.lines_view, Qt.Key.Key_Space)
    _click(qtbot, dialog, "handoverSendButton")
    # a sent handover cannot be changed: Send asks first, naming who it goes to
    box = dialog.confirm_box
    assert box.objectName() == "handoverSendConfirm" and "Nina Night" in box.text()
    _click(qtbot, box, "confirmCancelButton")
    assert dialog.isVisible()
    with vault.session() as s:
        assert handover.get(s, kept).sealed_at is None
    _click(qtbot, dialog, "handoverSendButton")
    _click(qtbot, dialog.confirm_box, "confirmYesButton")
    assert not dialog.isVisible()

    with vault.session() as s:
        [row] = handover.search(s)
        view = handover.get(s, row.id)
    assert (view.to_name, view.shift, view.sealed_at is not None) == (
        "Nina Night", "Night on call", True)
    assert view.notes == {str(service["house"]): "Locksmith booked", "service": "All quiet"}
    part = view.draft.houses[0]
    assert part.section("in") == [] and len(part.section("incident")) == 1
    settle(qtbot, page.refresh_job)
    assert any(t.startswith("Your handover to Nina Night (Night on call)")
               for t in page.shown_lines())
    assert not any(t.startswith("● Finish your handover") for t in page.shown_lines())
    with vault.session() as s:
        assert [r.id for r in handover.search(s)] == [kept]

    _click(qtbot, page, "handoverHistoryButton")
    history = page.dialog
    assert isinstance(history, HistoryDialog) and history.model.rowCount() == 1
    qtbot.keyClicks(history.findChild(QLineEdit, "historyWord"), "locksmith")
    _click(qtbot, history, "historySearchButton")
    assert history.model.rowCount() == 1
    history.findChild(QLineEdit, "historyWord").clear()
    qtbot.keyClicks(history.findChild(QLineEdit, "historyWord"), "nothing like this")
    _click(qtbot, history, "historySearchButton")
    assert history.model.rowCount() == 0
    assert history.findChild(QLabel, "historyFound").text() == "No handover matches."
    history.close()


def test_in_the_main_window_a_line_opens_the_room_on_the_houses_page(
        qtbot, start_app, service, monkeypatch):  # noqa: F811
    from conftest import ADMIN_PASSWORD

    from refugedesk.ui import pages
    from ui.drive import sign_in

    # The Today page on the rail, as the lead registers it in pages.py.
    today_entry = pages.Page("today", "&Today", "refugedesk.ui.today_page:TodayPage")
    monkeypatch.setattr(pages, "PAGES", [today_entry] + [
        p for p in pages.PAGES if p.key != "today"])
    vault = service["vault"]
    referral = referrals.receive(vault, name="Cat Other", channel=ReferralChannel.PHONE,
                                 source=ReferralSource.POLICE, risk_level=RiskLevel.MEDIUM)
    offer = capacity.offer(vault, referral_id=referral, room_id=service["rooms"][1],
                           arriving=date.today() + timedelta(days=1), nights=7,
                           held_until=utcnow() + timedelta(days=2))
    window = sign_in(qtbot, start_app(service["path"]), "ada", ADMIN_PASSWORD)
    assert window.current_page == "today"
    page = window.page_widget("today")
    assert isinstance(page, TodayPage)
    settle(qtbot, page.refresh_job)  # her day is read in the background
    page.tree.setCurrentIndex(page.index_of("reservation", offer))
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert window.current_page == "houses"
    houses_page = window.page_widget("houses")
    assert houses_page.selected is not None
    assert houses_page.selected.room_id == service["rooms"][1]
    # a referral waiting for an answer opens the Referrals page at that referral
    waiting = referrals.receive(vault, name="Dee New", channel=ReferralChannel.PHONE,
                                source=ReferralSource.POLICE, risk_level=RiskLevel.HIGH)
    window.show_page("today")
    settle(qtbot, page.refresh())
    assert page.index_of("referral", waiting).isValid()
    page.tree.setCurrentIndex(page.index_of("referral", waiting))
    page.open_selected()
    assert window.current_page == "referrals"
    assert window.page_widget("referrals").selected.id == waiting


def test_the_log_book_signs_out_logs_steps_and_signs_back(qtbot, service):  # noqa: F811
    vault = service["vault"]
    _, stay = _resident_in(service, "R-4")
    now = utcnow()
    whereabouts.sign_out(vault, stay_id=stay, out_at=now - timedelta(hours=3),
                         expected_back=now - timedelta(minutes=20))
    page = TodayPage(vault)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, page.refresh_job)  # her day is read in the background
    page.tree.setCurrentIndex(page.index_of("stay", stay))
    _click(qtbot, page, "todayOpenButton")
    dialog = page.dialog
    assert isinstance(dialog, WhereaboutsDialog)
    assert dialog.selected() is not None and dialog.selected().stay_id == stay
    row = [dialog.model.item(0, c).text() for c in range(dialog.model.columnCount())]
    assert row[0] == "● Not back" and row[1] == "R-4" and row[2] == "Elm House, 1"
    qtbot.keyClicks(dialog.findChild(QLineEdit, "whereaboutsStep"), "Tried her phone")
    _click(qtbot, dialog, "whereaboutsLogStepButton")
    assert "Tried her phone (Ada Test)" in dialog.model.item(0, 6).text()
    settle(qtbot, page.refresh_job)
    assert any("1 step logged" in t for t in page.shown_lines())
    _click(qtbot, dialog, "whereaboutsBackButton")
    assert dialog.model.rowCount() == 0
    settle(qtbot, page.refresh_job)
    assert not any(t.startswith("Not back when expected") for t in page.shown_lines())
    # and out again, expected back later: listed, not marked
    _click(qtbot, dialog, "whereaboutsSignOutButton")
    assert dialog.model.rowCount() == 1 and dialog.model.item(0, 0).text() == ""
    _click(qtbot, dialog, "whereaboutsLogStepButton")  # she is selected; nothing typed
    assert dialog.findChild(QLabel, "whereaboutsMessage").text() == "Say what was done."
    dialog.table.clearSelection()
    _click(qtbot, dialog, "whereaboutsLogStepButton")
    assert dialog.findChild(QLabel, "whereaboutsMessage").text() == \
        "Choose her in the list first."
    dialog.close()
