"""The Reviews tab on her record, driven with pytest-qt on a real vault: holding the
celebration of achievement through the dialog, her copy as a PDF (her achievements, nothing
about risk), a new version, and moving her on through the Move on dialog."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QPushButton, QTableWidget

from refugedesk import assessment, contacts, plans, reviews
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import (
    AssessmentStage,
    ContactMode,
    ContactPlace,
    DepartureReason,
    Destination,
    GoalStatus,
    NeedArea,
    SupportAfter,
)
from refugedesk.ui.record.common import cells
from ui.drive import settle
from ui.test_residents_page import TODAY, make_page, people  # noqa: F401  (the fixture)

SECRET_NOTE = "Talked about the MARAC and his new car"
#: The PDF's ligatures (ff, fi, fl, ffi, ffl) unfolded, as a reader sees the words.
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                           "\ufb04": "ffl"})


def _nadia_has_done_things(vault, rid):
    assessment.record_needs(vault, resident_id=rid, assessed_on=TODAY - timedelta(days=9),
                            stage=AssessmentStage.INTAKE,
                            scores={NeedArea.HOUSING_MOVE_ON: 1, NeedArea.PHYSICAL_HEALTH: 2,
                                    NeedArea.MONEY_BENEFITS: 1})
    assessment.record_needs(vault, resident_id=rid, assessed_on=TODAY - timedelta(days=1),
                            stage=AssessmentStage.REVIEW,
                            scores={NeedArea.HOUSING_MOVE_ON: 4, NeedArea.PHYSICAL_HEALTH: 4,
                                    NeedArea.MONEY_BENEFITS: 3})
    plan = plans.start_plan(vault, resident_id=rid)
    flat = plans.add_goal(vault, plan_id=plan, her_words="Find a flat near my sister")
    plans.set_goal_status(vault, flat, GoalStatus.ACHIEVED)
    plans.add_goal(vault, plan_id=plan, her_words="Open a bank account in my own name")
    swim = plans.add_goal(vault, plan_id=plan, her_words="Learn to swim")
    plans.set_goal_status(vault, swim, GoalStatus.NO_LONGER_WANTED)
    keys = contacts.log_contact(vault, resident_id=rid,
                                at=datetime.now(UTC) - timedelta(days=2),
                                mode=ContactMode.FACE_TO_FACE, place=ContactPlace.OFFICE,
                                notes=SECRET_NOTE)
    return plan, keys


def test_hold_a_celebration_review_save_her_copy_and_move_her_on(qtbot, people,  # noqa: F811
                                                                  tmp_path):
    from pypdf import PdfReader

    vault, ids = people
    plan, keys = _nadia_has_done_things(vault, ids["nadia"])
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    tab = record.show_tab("recordReviews")
    assert cells(tab.reviews_table) == []
    # 1 achieved of 2 counted: learning to swim, no longer wanted, does not count against her.
    assert "50% of the outcomes she asked for achieved (1 of 2" in record.findChild(
        QLabel, "reviewsFigure").text()

    dialog = tab.hold_review()
    kind = dialog.findChild(QComboBox, "reviewKind")
    assert kind.currentText() == "Celebration of achievement"
    looked_at = dialog.findChild(QLabel, "reviewLookedAt").text()
    assert "Housing and move-on: 1 → 4" in looked_at and "1 → 4" in looked_at
    assert "Find a flat near my sister: achieved" in looked_at
    assert "Learn to swim: no longer wanted" in looked_at
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "reviewAttended"), "Nadia, Ada")
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "reviewHerWords"),
                    "I never thought I would have my own front door.")
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "reviewNextSteps"),
                    "Outreach visits each week")
    moments = dialog.findChild(QTableWidget, "reviewMoments")
    assert moments.rowCount() == 1 and moments.item(0, 0).data(Qt.ItemDataRole.UserRole) == keys
    moments.item(0, 0).setCheckState(Qt.CheckState.Checked)
    moments.item(0, 1).setText("The day you chose your flat")
    dialog.findChild(QPushButton, "reviewDialogSave").click()
    assert not dialog.isVisible()

    rows = cells(tab.reviews_table)
    assert rows == [["Celebration of achievement", "—", fmt_day(TODAY), "1"]]
    assert "50%" in record.findChild(QLabel, "reviewsFigure").text()
    with vault.session() as s:
        summary = reviews.gather(s, reviews.reviews_for(s, ids["nadia"])[0].id)
    assert summary.her_words == "I never thought I would have my own front door."
    assert [(m.contact_id, m.words) for m in summary.moments] == [
        (keys, "The day you chose your flat")]

    # Her copy, through the non-modal file dialog.
    record.findChild(QPushButton, "reviewHerCopyButton").click()
    chooser = record.dialog
    assert chooser.objectName() == "reviewFileDialog" and chooser.isVisible()
    chooser.fileSelected.emit(str(tmp_path / "her.pdf"))
    chooser.close()
    settle(qtbot, record.show_tab("recordReviews").job)
    assert "Her copy saved" in record.findChild(QLabel, "recordMessage").text()
    reader = PdfReader(tmp_path / "her.pdf")
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split()).translate(
        LIGATURES)
    assert "Celebrating you, Nad" in text
    assert "Find a flat near my sister" in text and "You did this" in text
    assert ("You reached 1 of the 2 things you set out to do, and you are still working "
            "towards the other one.") in text  # warm words, whatever the figure
    assert "The day you chose your flat" in text
    assert "I never thought I would have my own front door." in text
    for secret in ("risk", "Risk", "MARAC", "DASH", "Brook", "R-0001", "Elm House",
                   SECRET_NOTE, "Tomasz"):
        assert secret not in text, secret

    # Saving again makes version 2; version 1 is kept.
    again = tab.review_again()
    words = again.findChild(QPlainTextEdit, "reviewHerWords")
    assert words.toPlainText() == "I never thought I would have my own front door."
    assert not again.findChild(QComboBox, "reviewKind").isEnabled()
    qtbot.keyClicks(words, " And I did it.")
    again.findChild(QPushButton, "reviewDialogSave").click()
    assert not again.isVisible()
    assert cells(tab.reviews_table)[0][3] == "2"

    # Move her on: a date still to come is refused, and nothing typed is lost.
    move = tab.move_on()
    combo = move.findChild(QComboBox, "moveOnDestination")
    combo.setCurrentIndex(combo.findData(Destination.SOCIAL_HOUSING.value))
    support = move.findChild(QComboBox, "moveOnSupport")
    support.setCurrentIndex(support.findData(SupportAfter.OUTREACH.value))
    qtbot.keyClicks(move.findChild(QPlainTextEdit, "moveOnNote"), "Keys collected")
    bank = [g for g in move.goal_combos]
    assert len(bank) == 1  # only the goal still open
    assert move.goal_combos[bank[0]].currentData() == GoalStatus.NOT_ACHIEVED.value
    move.goal_combos[bank[0]].setCurrentIndex(
        move.goal_combos[bank[0]].findData(GoalStatus.PARTLY_ACHIEVED.value))
    move.on.setDate(move.on.date().addDays(3))
    move.findChild(QPushButton, "moveOnDialogSave").click()
    assert move.isVisible()
    assert "on the day she leaves or after" in move.findChild(
        QLabel, "moveOnDialog_onMessage").text()
    assert move.findChild(QPlainTextEdit, "moveOnNote").toPlainText() == "Keys collected"
    assert combo.currentData() == Destination.SOCIAL_HOUSING.value

    move.on.setDate(move.on.date().addDays(-3))
    move.findChild(QPushButton, "moveOnDialogSave").click()
    assert not move.isVisible()
    assert "Not in refuge now" in record.header_view.facts.text()
    assert not record.findChild(QPushButton, "recordMoveOnButton").isEnabled()
    # The bank account she partly reached now counts: 2 of 2.
    assert "100% of the outcomes she asked for achieved (2 of 2; 1 in full)" in (
        record.findChild(QLabel, "reviewsFigure").text())
    from refugedesk import moveon

    with vault.session() as s:
        stay_id = next(st.id for st in record_stays(s, ids["nadia"]))
        view = moveon.move_on_for(s, stay_id)
    assert view is not None and view.left_on == TODAY
    assert view.reason is DepartureReason.PLANNED_MOVE_ON
    assert view.destination is Destination.SOCIAL_HOUSING
    assert view.support_after is SupportAfter.OUTREACH and view.note == "Keys collected"


def record_stays(session, resident_id):
    from refugedesk import resident_views

    return resident_views.resident_details(session, resident_id).stays
