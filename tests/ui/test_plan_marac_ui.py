"""Issue 13 through the screens: a goal's status set from the Plan tab (and the interim
review's share that follows), MARAC actions with an owner and a due date (an overdue one on
Today and labelled on the Risk tab), and a contact dated before she arrived, which asks whether
it is community support."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)
from sqlalchemy import select

from refugedesk import plans, risk
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import ActionOwner, Contact, Goal, GoalStatus
from refugedesk.ui.dates import DayEdit, DayTimeEdit
from refugedesk.ui.record.common import cells
from refugedesk.ui.today_page import TodayPage
from ui.drive import settle
from ui.test_residents_page import TODAY, make_page, people  # noqa: F401  (the fixture)


def _choose(widget, name: str, text: str) -> None:
    combo = widget.findChild(QComboBox, name)
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered in {name}"
    combo.setCurrentIndex(index)


def _click(qtbot, widget, name: str) -> None:
    found = widget.findChild(QPushButton, name)
    assert found is not None, name
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)


def test_a_goal_status_is_set_from_the_plan_tab_and_the_interim_review_counts_it(
        qtbot, people):  # noqa: F811
    vault, ids = people
    plan = plans.start_plan(vault, resident_id=ids["nadia"])
    flat = plans.add_goal(vault, plan_id=plan, her_words="Find a flat near my sister")
    plans.add_goal(vault, plan_id=plan, her_words="Open a bank account")
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    tab = record.show_tab("recordPlan")

    _click(qtbot, record, "planStatusButton")  # nothing selected yet: said, nothing opens
    assert "Select a goal" in record.findChild(QLabel, "recordMessage").text()
    tab.goals_table.selectRow(0)
    _click(qtbot, record, "planStatusButton")
    dialog = record.dialog
    assert dialog.objectName() == "goalStatusDialog" and dialog.isVisible()
    assert dialog.findChild(QLabel, "goalStatusNow").text() == "Now: open"
    _choose(dialog, "goalStatus", "Achieved")
    on = dialog.findChild(DayEdit, "goalStatusOn")
    assert on.maximumDate() == QDate(TODAY.year, TODAY.month, TODAY.day)  # not the future
    _click(qtbot, dialog, "goalStatusDialogSave")
    assert not dialog.isVisible()
    assert cells(tab.goals_table)[0][3] == f"Achieved ({fmt_day(TODAY)})"
    with vault.session() as s:
        goal = s.get(Goal, flat)
        assert (goal.status, goal.status_on) == (GoalStatus.ACHIEVED, TODAY)

    # an interim review, held now, shows the share from the statuses set so far
    tab = record.show_tab("recordReviews")
    assert "50% of the outcomes she asked for achieved (1 of 2" in record.findChild(
        QLabel, "reviewsFigure").text()
    review = tab.hold_review()
    _choose(review, "reviewKind", "Interim review")
    assert "50% of the outcomes she asked for achieved" in review.findChild(
        QLabel, "reviewLookedAt").text()
    qtbot.keyClicks(review.findChild(QPlainTextEdit, "reviewAttended"), "Nadia, Ada")
    _click(qtbot, review, "reviewDialogSave")
    assert not review.isVisible()


def test_a_goal_status_dated_before_her_plan_is_refused_under_the_date(qtbot, people):  # noqa: F811
    vault, ids = people
    plan = plans.start_plan(vault, resident_id=ids["nadia"])
    plans.add_goal(vault, plan_id=plan, her_words="Learn to drive")
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    tab = record.show_tab("recordPlan")
    tab.goals_table.selectRow(0)
    dialog = tab.set_status()
    _choose(dialog, "goalStatus", "No longer wanted")
    dialog.findChild(DayEdit, "goalStatusOn").setDate(QDate.currentDate().addDays(-5))
    _click(qtbot, dialog, "goalStatusDialogSave")
    assert dialog.isVisible()
    assert "Her plan began on" in dialog.findChild(QLabel, "goalStatusDialog_onMessage").text()
    assert cells(tab.goals_table)[0][3] == "Open"


def test_marac_actions_with_owners_and_due_dates_and_an_overdue_one_on_today(
        qtbot, people):  # noqa: F811
    vault, ids = people
    marac = risk.refer_to_marac(vault, resident_id=ids["nadia"],
                                referred_on=TODAY - timedelta(days=9), reason="Threats")
    risk.record_marac_actions(vault, marac.id, actions="Police to visit")  # kept from before
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    tab = record.show_tab("recordRisk")
    _click(qtbot, record, "maracActionsButton")
    dialog = record.dialog
    assert dialog.objectName() == "maracActionsDialog"
    assert dialog.findChild(QLabel, "maracNotesBefore").text() == "Police to visit"

    agency = dialog.findChild(QLineEdit, "maracActionAgency")
    assert not agency.isEnabled()  # only when an agency does it
    _choose(dialog, "maracActionOwner", "An agency (name it)")
    assert agency.isEnabled()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "maracActionWhat"), "Flag her address")
    _click(qtbot, dialog, "maracActionAdd")  # no agency named: said under the field
    assert "Name the agency" in dialog.findChild(QLabel, "maracActionsDialog_agencyMessage").text()
    qtbot.keyClicks(agency, "Police")
    dialog.findChild(DayEdit, "maracActionDue").setDate(QDate.currentDate().addDays(-2))
    _click(qtbot, dialog, "maracActionAdd")
    _choose(dialog, "maracActionOwner", "Her")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "maracActionWhat"), "See a solicitor")
    dialog.findChild(DayEdit, "maracActionDue").setDate(QDate.currentDate().addDays(14))
    _click(qtbot, dialog, "maracActionAdd")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "maracActionWhat"), "Typo action")
    _click(qtbot, dialog, "maracActionAdd")
    assert [row[1] for row in cells(dialog.list)] == ["Flag her address", "See a solicitor",
                                                      "Typo action"]
    dialog.list.selectRow(2)
    _click(qtbot, dialog, "maracActionRemove")
    assert [row[0] for row in cells(dialog.list)] == ["Police", "Her"]
    _click(qtbot, dialog, "maracActionsDialogSave")
    assert not dialog.isVisible()

    shown = cells(tab.marac_table)[0][3]
    assert "Police: Flag her address" in shown and "(OVERDUE)" in shown
    assert "Her: See a solicitor" in shown
    assert "Notes from before: Police to visit" in shown
    with vault.session() as s:
        overdue = plans.overdue_actions(s, resident_id=ids["nadia"])
    assert [(o.what, o.owner, o.marac) for o in overdue] == [
        ("Flag her address", ActionOwner.AGENCY, True)]
    plan_tab = record.show_tab("recordPlan")
    assert cells(plan_tab.actions_table)[0][0] == "MARAC: Flag her address"
    assert "MARAC action: Flag her address" in record.findChild(QLabel, "planOverdue").text()

    today = TodayPage(vault)
    qtbot.addWidget(today)
    today.resize(1000, 700)
    today.show()
    settle(qtbot, today.refresh_job)
    assert any("R-0001: MARAC action (Police): Flag her address (overdue since" in line
               for line in today.shown_lines())


def test_escape_with_actions_typed_asks_before_throwing_them_away(qtbot, people):  # noqa: F811
    vault, ids = people
    risk.refer_to_marac(vault, resident_id=ids["nadia"], referred_on=TODAY)
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    record.show_tab("recordRisk")
    dialog = record.findChild(QPushButton, "maracActionsButton")
    dialog.click()
    dialog = record.dialog
    qtbot.keyClicks(dialog.findChild(QLineEdit, "maracActionWhat"), "Safety plan")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    question = dialog.confirm_box  # forms.KeepsTypedWork
    assert question is not None and question.isVisible() and dialog.isVisible()
    question.findChild(QPushButton, "confirmCancelButton").click()
    assert dialog.isVisible()
    assert dialog.findChild(QLineEdit, "maracActionWhat").text() == "Safety plan"


def test_a_contact_before_she_arrived_asks_and_yes_is_community_support(qtbot, people):  # noqa: F811
    vault, ids = people
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])  # arrived ten days ago
    dialog = record.add_contact()
    at = dialog.findChild(DayTimeEdit, "contactAt")
    at.setDateTime(at.dateTime().addDays(-20))
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "contactNotes"), "Outreach call")
    _click(qtbot, dialog, "contactDialogSave")
    question = dialog.question
    assert question is not None and question.isVisible()
    assert "outside her stay" in question.text() and "before she arrived" in question.text()
    assert "before she arrived" in dialog.findChild(QLabel, "contactDialog_atMessage").text()

    # No: the form stays as typed, to correct the date
    _click(qtbot, question, "communitySupportNo")
    assert dialog.isVisible() and dialog.question is None
    assert dialog.findChild(QPlainTextEdit, "contactNotes").toPlainText() == "Outreach call"
    with vault.session() as s:
        assert s.scalar(select(Contact.id)) is None

    # Saving again asks again; Yes records it as community support
    _click(qtbot, dialog, "contactDialogSave")
    _click(qtbot, dialog.question, "communitySupportYes")
    assert not dialog.isVisible()
    with vault.session() as s:
        (saved,) = s.scalars(select(Contact)).all()
        assert saved.community_support and saved.notes == "Outreach call"
