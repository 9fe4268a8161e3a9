"""A long form keeps a draft: the DASH half-filled when the screen locks and a colleague takes
it over is there again, filled in, when its writer next opens it (and never for the colleague);
saving ends the draft; leaving without saving on purpose throws it away; a review's ticked
moments and her words come back too. Driven through the real widgets."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QPushButton
from sqlalchemy import select

from refugedesk import contacts, drafts, residents
from refugedesk.db.models import ContactMode, ContactPlace, RiskAssessment
from refugedesk.ui import dialogs
from refugedesk.ui.main_window import MainWindow
from refugedesk.ui.record.needs import NeedsDialog
from refugedesk.ui.record.reviews_dialogs import ReviewDialog
from ui.drive import click, find, settle, sign_in, type_into

WORDS = "Texts from a new number every night (fictional)"


@pytest.fixture
def demo_path(demo_vault, vault_path):
    with demo_vault.session() as s:
        from refugedesk.db.models import Resident
        rid = s.scalars(select(Resident.id).order_by(Resident.id)).first()
    demo_vault.close()
    return vault_path, rid


def _unlock(qtbot, main: MainWindow, username: str) -> None:
    before = main.unlock_job
    type_into(qtbot, main, "lockUsername", username)
    type_into(qtbot, main, "lockPassword", "demo")
    click(qtbot, main, "unlockButton")
    if main.unlock_job is not before:
        settle(qtbot, main.unlock_job)


def _open_dash(qtbot, main: MainWindow, rid: int):
    main.show_page("residents")
    page = main.page_widget("residents")
    record = page.open_resident(rid)
    if record is None:
        qtbot.waitUntil(lambda: page.record is not None)
        record = page.record
    tab = record.show_tab("recordRisk")
    click(qtbot, tab, "riskNewDashButton")
    dialog = record.dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _kept(path, username, rid, form):
    from conftest import reopen

    vault = reopen(path, username, "demo")
    try:
        with vault.session() as s:
            return drafts.kept(s, vault.person, form=form, resident_id=rid)
    finally:
        vault.close()


def test_a_half_filled_dash_survives_a_colleague_taking_over_the_screen(
        qtbot, start_app, demo_path):
    path, rid = demo_path
    main = sign_in(qtbot, start_app(path), "worker", "demo")
    dash = _open_dash(qtbot, main, rid)
    answer = find(dash, QComboBox, "dashAnswer0")
    answer.setCurrentIndex(answer.findText("Yes"))
    qtbot.keyClicks(find(dash, QLineEdit, "dashComment0"), WORDS)

    main.lock_action.trigger()  # the screen locks with the form open
    _unlock(qtbot, main, "admin")  # and her colleague takes it over
    qtbot.waitUntil(lambda: not dialogs.alive(dash) or not dash.isVisible())
    theirs = _open_dash(qtbot, main, rid)
    assert find(theirs, QLineEdit, "dashComment0").text() == ""  # not offered to her
    assert find(theirs, QComboBox, "dashAnswer0").currentText() != "Yes"
    theirs.reject()

    main.lock_action.trigger()
    _unlock(qtbot, main, "worker")
    again = _open_dash(qtbot, main, rid)
    assert find(again, QComboBox, "dashAnswer0").currentText() == "Yes"
    assert find(again, QLineEdit, "dashComment0").text() == WORDS
    note = find(again, QLabel, "dashDialogMessage")
    assert note.isVisible() and note.text().startswith("Carried on from what you typed")

    for i in range(1, 24):  # she finishes it and saves
        box = find(again, QComboBox, f"dashAnswer{i}")
        box.setCurrentIndex(box.findText("No"))
    click(qtbot, again, "dashDialogSave")
    qtbot.waitUntil(lambda: not again.isVisible())
    assert _kept(path, "worker", rid, "dash") is None  # the draft ended with the save
    vault_check = _kept(path, "admin", rid, "dash")
    assert vault_check is None
    from conftest import reopen
    vault = reopen(path, "worker", "demo")
    try:
        with vault.session() as s:
            saved = s.scalars(select(RiskAssessment).where(RiskAssessment.resident_id == rid)
                              .order_by(RiskAssessment.id.desc())).first()
            assert saved is not None and WORDS in saved.answers
    finally:
        vault.close()


def test_leaving_without_saving_on_purpose_throws_the_draft_away(qtbot, demo_vault):
    vault = demo_vault
    rid = residents.create_resident(vault, reference="R-NEW", name="Amy Example",
                                    date_of_birth=date(1990, 1, 1))
    form = NeedsDialog(vault, rid)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(find(form, QLineEdit, "needsWords_safety"), WORDS)
    assert form.keep_draft() is True  # as the timer does while she types
    with vault.session() as s:
        assert drafts.kept(s, vault.person, form="needs", resident_id=rid) is not None
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    box = form.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    leave = next(b for b in box.findChildren(QPushButton) if b.text() == "Leave without saving")
    qtbot.mouseClick(leave, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    with vault.session() as s:
        assert drafts.kept(s, vault.person, form="needs", resident_id=rid) is None
    again = NeedsDialog(vault, rid)
    qtbot.addWidget(again)
    again.show()
    assert find(again, QLineEdit, "needsWords_safety").text() == ""


def test_a_reviews_ticked_moments_and_her_words_come_back(qtbot, demo_vault):
    vault = demo_vault
    rid = residents.create_resident(vault, reference="R-REV", name="Cara Example",
                                    date_of_birth=date(1990, 1, 1))
    contacts.log_contact(vault, resident_id=rid, at=datetime.now().astimezone()
                         - timedelta(days=2), mode=ContactMode.FACE_TO_FACE,
                         place=ContactPlace.HER_ROOM, notes="Keywork (fictional)",
                         community_support=True)
    review = ReviewDialog(vault, rid)
    qtbot.addWidget(review)
    review.show()
    review.moments.item(0, 0).setCheckState(Qt.CheckState.Checked)
    review.moments.item(0, 1).setText("The day she laughed again")
    assert review.typed_work()  # a ticked moment is typed work
    review.hide()  # the lock hides it: kept
    dialogs.leave_without_asking(review)
    review.reject()  # signing out closes it without asking: still kept
    back = ReviewDialog(vault, rid)
    qtbot.addWidget(back)
    back.show()
    assert back.moments.item(0, 0).checkState() == Qt.CheckState.Checked
    assert back.moments.item(0, 1).text() == "The day she laughed again"
