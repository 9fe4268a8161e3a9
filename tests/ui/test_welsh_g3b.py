"""Welsh (issue 18) on her record's Programmes, Support plan, Reviews, Referrals out and
Incidents tabs, their forms, and "Her data…": the app's words come out in Welsh through Qt's
translators and the real widgets (counts with %n included), what she or a worker typed stays
exactly as typed, and switching back gives the English unchanged."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox, QTableView, QTabWidget

from refugedesk import i18n, plans, programmes, referrals_out
from refugedesk.db.models import ActionOwner, Agency, AttendanceState
from refugedesk.programmes import SessionPlan
from refugedesk.ui.record.common import cells
from refugedesk.ui.record.her_data_dialog import WithholdModel
from refugedesk.ui.record.programmes import AttendanceDialog
from ui.drive import settle
from ui.test_her_data_ui import _open, _plant
from ui.test_residents_page import TODAY, make_page, people  # noqa: F401  (the fixture)


@pytest.fixture
def welsh(qapp):
    assert i18n.use("cy")
    yield
    i18n.use("en")


def _click(qtbot, widget, name: str) -> None:
    found = widget.findChild(QPushButton, name)
    assert found is not None, name
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)


def _tab_titles(record) -> list[str]:
    tabs = record.findChild(QTabWidget, "recordTabs")
    return [tabs.tabText(i) for i in range(tabs.count())]


def _programme(vault, ids) -> None:
    """The Freedom Programme, two sessions, completing it needs both: she came to the first."""
    prog = programmes.create_programme(
        vault, name="Freedom Programme", sessions_to_complete=2,
        sessions=[SessionPlan(1, TODAY - timedelta(days=7)), SessionPlan(2, TODAY)])
    programmes.enrol(vault, programme_id=prog, resident_id=ids["nadia"])
    with vault.session() as s:
        first = programmes.programme(s, prog).sessions[0].id
    programmes.record_attendance(vault, session_id=first, resident_id=ids["nadia"],
                                 state=AttendanceState.ATTENDED)


def test_her_programmes_in_welsh(qtbot, people, welsh):  # noqa: F811
    vault, ids = people
    _programme(vault, ids)
    record = make_page(qtbot, vault).open_resident(ids["nadia"])
    titles = _tab_titles(record)
    for title in ("Cynllun cy&morth", "Atgy&feiriadau allan", "Rha&glenni", "Ado&lygiadau",
                  "&Digwyddiadau"):
        assert title in titles
    tab = record.show_tab("recordProgrammes")
    # The programme's name is what a worker typed: never translated.
    assert cells(tab.programmes_table)[0][0] == "Freedom Programme"
    assert cells(tab.programmes_table)[0][2] == "1 o'r 2 sydd eu hangen"
    assert cells(tab.programmes_table)[0][5] == "Ddim eto"
    assert tab.programmes_table.horizontalHeaderItem(2).text() == "Wedi mynychu"
    assert record.findChild(QPushButton, "programmeEnrolButton").text() == "Ei chofrestru…"

    _click(qtbot, record, "programmeSetUpButton")
    form = record.dialog
    assert form.windowTitle() == "Sefydlu rhaglen"
    hint = form.findChild(QLabel, "programmeToCompleteHint")
    assert hint.text() == "o'r 1 sesiwn: mae mynychu cynifer â hyn yn ei chwblhau"
    for _ in range(5):
        _click(qtbot, form, "programmeAddSessionRow")
    assert form.findChild(QSpinBox, "programmeToComplete").value() == 6
    assert hint.text() == "o'r 6 sesiwn: mae mynychu cynifer â hyn yn ei chwblhau"
    form.reject()

    dialog = tab.record_attendance()
    assert isinstance(dialog, AttendanceDialog) and dialog.windowTitle() == "Cofnodi presenoldeb"
    states = dialog.state
    assert [states.itemText(i) for i in range(states.count())] == [
        "Daeth hi", "Collodd hi'r sesiwn", "Doedd hi ddim yn gallu dod (wedi'i hesgusodi)"]


def test_her_programmes_stay_in_english_after_welsh(qtbot, people, welsh):  # noqa: F811
    vault, ids = people
    _programme(vault, ids)
    i18n.use("en")
    record = make_page(qtbot, vault).open_resident(ids["nadia"])
    assert "Pro&grammes" in _tab_titles(record) and "Support &plan" in _tab_titles(record)
    tab = record.show_tab("recordProgrammes")
    assert cells(tab.programmes_table)[0][2] == "1 of 2 needed"
    _click(qtbot, record, "programmeSetUpButton")
    hint = record.dialog.findChild(QLabel, "programmeToCompleteHint")
    assert hint.text() == "of the 1 session: attending this many completes it"
    _click(qtbot, record.dialog, "programmeAddSessionRow")
    assert hint.text() == "of the 2 sessions: attending this many completes it"
    record.dialog.reject()


def test_her_plan_and_reviews_in_welsh_with_her_words_as_she_said_them(
        qtbot, people, welsh):  # noqa: F811
    vault, ids = people
    plan = plans.start_plan(vault, resident_id=ids["nadia"])
    goal = plans.add_goal(vault, plan_id=plan, her_words="Find a flat near my sister")
    plans.add_action(vault, plan_id=plan, what="Ring the housing office", goal_id=goal,
                     owner=ActionOwner.KEY_WORKER, due_on=TODAY - timedelta(days=3))
    record = make_page(qtbot, vault).open_resident(ids["nadia"])
    tab = record.show_tab("recordPlan")
    assert record.findChild(QPushButton, "planGoalButton").text() == "Ychwanegu nod…"
    overdue = record.findChild(QLabel, "planOverdue").text()
    assert overdue == ("Mae 1 cam gweithredu yn hwyr: Ring the housing office "
                       "(3 diwrnod yn hwyr)")
    goals = cells(tab.goals_table)
    assert goals[0][0] == "Find a flat near my sister"  # her words, never translated
    actions = cells(tab.actions_table)
    assert actions[0][:3] == ["Ring the housing office", "Find a flat near my sister",
                              "Ei gweithiwr allweddol"]
    assert actions[0][3].startswith("Yn hwyr: roedd i fod erbyn ")
    assert actions[0][3].endswith("(3 diwrnod)")
    assert tab.actions_table.horizontalHeaderItem(3).text() == "Erbyn pryd"

    tab.goals_table.selectRow(0)
    dialog = tab.set_status()
    assert dialog.windowTitle() == "Gosod statws y nod"
    assert dialog.findChild(QLabel, "goalStatusNow").text() == "Nawr: ar agor"

    reviews = record.show_tab("recordReviews")
    assert record.findChild(QLabel, "reviewsFigure").text() == (
        "Y canlyniadau y gofynnodd hi amdanynt: 0% o'r canlyniadau y gofynnodd hi amdanynt "
        "wedi'u cyflawni (0 o 1; 0 yn llawn)")
    assert reviews.reviews_table.horizontalHeaderItem(3).text() == "Fersiwn"
    review = reviews.hold_review()
    assert review.windowTitle() == "Cynnal adolygiad"
    looked_at = review.findChild(QLabel, "reviewLookedAt").text()
    assert "Beth ofynnodd hi amdano:" in looked_at
    assert "Find a flat near my sister: " in looked_at


def test_referrals_out_and_incidents_in_welsh(qtbot, people, welsh):  # noqa: F811
    vault, ids = people
    referrals_out.make_referral(vault, resident_id=ids["nadia"], agency=Agency.HOUSING,
                                made_on=TODAY, reason="A flat near her sister",
                                lawful_basis="A risk to her life")
    record = make_page(qtbot, vault).open_resident(ids["nadia"])
    tab = record.show_tab("recordReferralsOut")
    row = cells(tab.referrals_table)[0]
    assert row[2:4] == ["A flat near her sister", "Wedi'i wneud"]
    assert tab.referrals_table.horizontalHeaderItem(4).text() == "Dilyn i fyny"
    tab.referrals_table.selectRow(0)
    update = tab.update_referral()
    assert update.windowTitle().startswith("Atgyfeiriad i ")
    status = update.status
    assert [status.itemText(i) for i in range(status.count())][:2] == [
        "Wedi'i wneud", "Wedi'i gydnabod"]

    incidents = record.show_tab("recordIncidents")
    assert incidents.incidents_table.horizontalHeaderItem(6).text() == "Pwy gafodd wybod"
    dialog = incidents.add_incident()
    assert dialog.windowTitle() == "Cofnodi digwyddiad"


def test_her_data_in_welsh(qtbot, people, welsh):  # noqa: F811
    vault, ids = people
    _plant(vault, ids)
    _record, dialog = _open(qtbot, vault, ids["nadia"])
    assert dialog.windowTitle() == "Ei data"
    assert dialog.findChild(QLabel, "herDataDue").text().startswith("erbyn ")
    hint = dialog.findChild(QLabel, "herDataItemsHint").text()
    assert "rhan i'w data." in hint and "eitem i'w hadolygu;" in hint
    model = dialog.findChild(QTableView, "herDataItems").model()
    assert isinstance(model, WithholdModel)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Dal yn ôl"
    assert model.data(model.index(0, 0)) in ("Dal yn ôl", "Rhyddhau")
    settle(qtbot, dialog.job)
