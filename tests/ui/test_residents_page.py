"""The Residents page on a real vault: finding her (by a child's name too), the filters, and
opening her record (header, alerts, audit event), adding a contact from the record."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton
from sqlalchemy import select

from refugedesk import capacity, houses, plans, residents, risk, staff
from refugedesk.db.models import (
    AuditEvent,
    CourtOrderKind,
    DashAnswer,
    DepartureReason,
    RiskLevel,
    Role,
)
from refugedesk.ui.residents_page import ResidentsPage
from ui.drive import settle, settled

TODAY = date.today()
OPENED = TODAY - timedelta(days=800)


@pytest.fixture
def people(new_vault):
    """Three residents: Nadia (here now in Elm House, a son Tomasz, high risk, key worker Ada),
    Olivia (left four months ago, a daughter), Priya (left two years ago, key worker Bea)."""
    vault, _ = new_vault
    bea = staff.add_staff(vault, username="bea", display_name="Bea Worker",
                          role=Role.SUPPORT_WORKER, password="plum orchard lantern 99")
    elm = houses.add_house(vault, name="Elm House", area="Northtown", opened_on=OPENED)
    oak = houses.add_house(vault, name="Oak House", area="Southbury", opened_on=OPENED)
    e1 = houses.add_room(vault, house_id=elm, name="Room 1", child_places=2, opened_on=OPENED)
    o1 = houses.add_room(vault, house_id=oak, name="Room 1", child_places=2, opened_on=OPENED)
    o2 = houses.add_room(vault, house_id=oak, name="Room 2", child_places=2, opened_on=OPENED)

    nadia = residents.create_resident(vault, reference="R-0001", name="Nadia Brook",
                                      known_as="Nad", key_worker_id=vault.person.id,
                                      safe_to_call=False)
    residents.add_child(vault, resident_id=nadia, name="Tomasz Brook",
                        date_of_birth=TODAY - timedelta(days=6 * 365))
    stay = capacity.arrive(vault, room_id=e1, on=TODAY - timedelta(days=10),
                           household_ref="H-0001", name="Nadia Brook", children_count=1)
    residents.link_stay(vault, resident_id=nadia, stay_id=stay)
    residents.add_court_order(vault, resident_id=nadia, kind=CourtOrderKind.NON_MOLESTATION,
                              made_on=TODAY - timedelta(days=300),
                              expires_on=TODAY + timedelta(days=5))
    risk.assess(vault, resident_id=nadia, answers=[DashAnswer.YES] * 15
                + [DashAnswer.NO] * 9)

    olivia = residents.create_resident(vault, reference="R-0002", name="Olivia Stone")
    residents.add_child(vault, resident_id=olivia, name="Maisie Stone")
    gone = capacity.arrive(vault, room_id=o1, on=TODAY - timedelta(days=200),
                           household_ref="H-0002", name="Olivia Stone", children_count=1)
    capacity.depart(vault, stay_id=gone, on=TODAY - timedelta(days=120),
                    reason=DepartureReason.PLANNED_MOVE_ON)
    residents.link_stay(vault, resident_id=olivia, stay_id=gone)

    priya = residents.create_resident(vault, reference="R-0003", name="Priya Lane",
                                      key_worker_id=bea)
    old = capacity.arrive(vault, room_id=o2, on=TODAY - timedelta(days=760),
                          household_ref="H-0003", name="Priya Lane")
    capacity.depart(vault, stay_id=old, on=TODAY - timedelta(days=700),
                    reason=DepartureReason.PLANNED_MOVE_ON)
    residents.link_stay(vault, resident_id=priya, stay_id=old)
    return vault, {"nadia": nadia, "olivia": olivia, "priya": priya, "bea": bea, "elm": elm}


def searched(page: ResidentsPage) -> None:
    """Wait for the page's search (run in the background) to be shown."""
    settled(page.search_job)


def make_page(qtbot, vault) -> ResidentsPage:
    page = ResidentsPage(vault)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    searched(page)
    return page


def search(qtbot, page: ResidentsPage, text: str) -> list[str]:
    edit = page.findChild(QLineEdit, "residentsSearch")
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # search at once, without waiting for the pause
    searched(page)
    return page.shown_names()


def choose(page: ResidentsPage, name: str, text: str) -> None:
    combo = page.findChild(QComboBox, name)
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered in {name}"
    combo.setCurrentIndex(index)
    searched(page)


def test_the_list_opens_on_who_is_here_and_a_name_typed_searches_everyone(qtbot, people):
    """Opens on "In refuge now" (not on women who left years ago); a name typed is found
    among everyone on file, and the Show list says so; emptying the search box goes back to
    "In refuge now". A Show the worker chose herself is kept while she types."""
    vault, _ids = people
    page = make_page(qtbot, vault)
    show = page.findChild(QComboBox, "residentsShowFilter")
    status = page.findChild(QLabel, "residentsStatus")
    assert show.currentText() == "In refuge now"
    assert page.shown_names() == ["Nadia Brook (known as Nad)"]
    assert status.text() == "1 resident."

    assert search(qtbot, page, "priya") == ["Priya Lane"]  # left two years ago
    assert show.currentText() == "Everyone on file"
    assert "Searched everyone on file" in status.text()
    search(qtbot, page, "")
    assert show.currentText() == "In refuge now"
    assert page.shown_names() == ["Nadia Brook (known as Nad)"]

    choose(page, "residentsShowFilter", "Left in the last year")
    show.activated.emit(show.currentIndex())  # picked by the worker
    assert search(qtbot, page, "priya") == []  # her choice holds: Priya left two years ago
    assert search(qtbot, page, "olivia") == ["Olivia Stone"]
    assert show.currentText() == "Left in the last year"


def test_an_empty_refuge_says_how_to_see_everyone(qtbot, new_vault):
    vault, _ = new_vault
    residents.create_resident(vault, reference="R-0009", name="Una Left")  # no stay
    page = make_page(qtbot, vault)
    assert page.shown_names() == []
    assert page.findChild(QLabel, "residentsStatus").text().startswith(
        "No one is in refuge now. Choose \"Everyone on file\"")
    choose(page, "residentsShowFilter", "Everyone on file")
    assert page.shown_names() == ["Una Left"]


def test_search_finds_her_by_name_reference_and_a_childs_name(qtbot, people):
    vault, _ids = people
    page = make_page(qtbot, vault)
    choose(page, "residentsShowFilter", "Everyone on file")
    assert page.shown_names() == ["Nadia Brook (known as Nad)", "Olivia Stone", "Priya Lane"]
    assert "3 residents." in page.findChild(QLabel, "residentsStatus").text()

    assert search(qtbot, page, "maisie") == ["Olivia Stone"]  # her daughter's name
    assert search(qtbot, page, "Tom") == ["Nadia Brook (known as Nad)"]  # her son's, a prefix
    assert search(qtbot, page, "R-0003") == ["Priya Lane"]
    assert search(qtbot, page, "nad") == ["Nadia Brook (known as Nad)"]
    assert search(qtbot, page, "Zelda") == []
    assert "No one on file matches" in page.findChild(QLabel, "residentsStatus").text()


def test_typing_searches_after_a_short_pause(qtbot, people):
    vault, _ids = people
    page = make_page(qtbot, vault)
    qtbot.keyClicks(page.findChild(QLineEdit, "residentsSearch"), "priya")
    qtbot.waitUntil(lambda: page.shown_names() == ["Priya Lane"], timeout=2000)


def test_filters_narrow_the_list(qtbot, people):
    vault, _ids = people
    page = make_page(qtbot, vault)
    row = page.model.index(0, 2).data()
    assert row == "Elm House, Room 1"

    choose(page, "residentsShowFilter", "Everyone on file")
    choose(page, "residentsShowFilter", "In refuge now")
    assert page.shown_names() == ["Nadia Brook (known as Nad)"]
    choose(page, "residentsShowFilter", "Left in the last year")
    assert page.shown_names() == ["Olivia Stone"]  # Priya left two years ago
    choose(page, "residentsShowFilter", "Everyone on file")

    choose(page, "residentsHouseFilter", "Elm House")
    assert page.shown_names() == ["Nadia Brook (known as Nad)"]
    choose(page, "residentsHouseFilter", "Oak House")
    assert page.shown_names() == []  # nobody is in Oak House now
    choose(page, "residentsHouseFilter", "Any house")

    choose(page, "residentsKeyWorkerFilter", "Bea Worker")
    assert page.shown_names() == ["Priya Lane"]
    choose(page, "residentsKeyWorkerFilter", "Any key worker")

    choose(page, "residentsRiskFilter", "High risk")
    assert page.shown_names() == ["Nadia Brook (known as Nad)"]
    assert page.model.index(0, 4).data() == "High"
    # The filters and the search work together.
    assert search(qtbot, page, "olivia") == []


def test_the_list_fetches_a_page_at_a_time(qtbot, new_vault):
    vault, _ = new_vault
    for i in range(250):
        residents.create_resident(vault, reference=f"B-{i:04d}", name=f"Test Person {i:04d}")
    page = make_page(qtbot, vault)
    choose(page, "residentsShowFilter", "Everyone on file")  # none of them has a stay
    assert page.model.rowCount() == 200
    assert "first 200" in page.findChild(QLabel, "residentsStatus").text()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 250, timeout=3000)


def audit_kinds(vault, resident_id: int) -> list[str]:
    with vault.session() as session:
        return list(session.scalars(select(AuditEvent.kind).where(
            AuditEvent.record_type == "resident", AuditEvent.record_id == resident_id)
            .order_by(AuditEvent.id)))


def test_opening_her_record_shows_the_header_and_is_audited(qtbot, people):
    vault, ids = people
    page = make_page(qtbot, vault)
    assert "record_opened" not in audit_kinds(vault, ids["nadia"])
    search(qtbot, page, "tomasz")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter on the selected row opens it
    settle(qtbot, page.opening)  # read in the background, then shown
    record = page.record
    assert record is not None and page.stack.currentWidget() is record
    assert audit_kinds(vault, ids["nadia"])[-1] == "record_opened"

    header = record.header_view
    assert header.name.text() == "Nadia Brook (known as Nad)"
    facts = header.facts.text()
    assert "Reference R-0001" in facts and "Elm House, Room 1" in facts
    assert "Key worker: Ada Test" in facts and "High risk" in facts
    alerts = header.alert_lines()
    assert any(line.startswith("Warning: Non-molestation order ends on") for line in alerts)
    assert "Warning: Do not phone her." in alerts
    assert "Warning: High risk: refer her to MARAC." in alerts

    overview = record.show_tab("recordOverview").shown_text()
    assert "Tomasz Brook" in overview and "Non-molestation order" in overview

    record.show_tab("recordRisk")
    assert record.findChild(QLabel, "maracPrompt").isVisible()
    assert "MARAC referral suggested" in record.findChild(QLabel, "maracPrompt").text()
    assert "score 15 of 24, high risk (by score)" in record.findChild(QLabel, "riskSummary").text()

    # The header is on every tab: it sits above them.
    record.show_tab("recordNeeds")
    assert header.isVisible()
    record.findChild(QPushButton, "recordBackButton").click()
    assert page.stack.currentWidget() is page.list_view and page.record is None


def test_double_click_opens_the_record(qtbot, people):
    vault, ids = people
    page = make_page(qtbot, vault)
    choose(page, "residentsShowFilter", "Everyone on file")  # Priya left two years ago
    index = page.model.index(2, 0)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, page.opening)  # read in the background, then shown
    assert page.record is not None and page.record.resident_id == ids["priya"]
    assert page.record.header_view.facts.text().startswith("Reference R-0003")
    assert "Not in refuge now" in page.record.header_view.facts.text()


def test_adding_a_contact_shows_it_in_her_contact_log(qtbot, people):
    vault, ids = people
    plan = plans.start_plan(vault, resident_id=ids["nadia"])
    plans.add_goal(vault, plan_id=plan, her_words="Get the children into school")
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    tab = record.show_tab("recordContacts")
    assert tab.findChild(QLabel, "contactsSummary").text() == "No contacts recorded yet."

    record.findChild(QPushButton, "recordAddContactButton").click()
    dialog = record.dialog
    assert dialog.isVisible()
    goals = dialog.goals
    assert goals.item(0).text() == "Get the children into school"
    goals.item(0).setCheckState(Qt.CheckState.Checked)
    combo = dialog.findChild(QComboBox, "contactMode")
    combo.setCurrentIndex(combo.findText("Phone"))
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "contactNotes"),
                    "Talked about school places")
    dialog.findChild(QPushButton, "contactDialogSave").click()
    # She asked not to be phoned: asked first (tests/ui/test_contact_rules_ui.py), then saved.
    assert dialog.rule_question is not None and dialog.isVisible()
    dialog.rule_question.findChild(QPushButton, "confirmYesButton").click()
    assert not dialog.isVisible()

    view = tab.contacts_model
    assert view.rowCount() == 1
    assert view.index(0, 1).data() == "Happened"
    assert view.index(0, 2).data() == "Phone, her room"
    assert view.index(0, 4).data() == "Ada Test"
    assert view.index(0, 5).data() == "Talked about school places"
    assert tab.findChild(QLabel, "contactsSummary").text() == "1 contact, newest first."
    assert audit_kinds(vault, ids["nadia"])[-1] == "contact_logged"


def test_a_refused_contact_is_explained_next_to_the_field_and_kept(qtbot, people):
    vault, ids = people
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["olivia"])
    dialog = record.add_contact()
    at = dialog.at
    at.setDateTime(at.dateTime().addDays(2))  # "happened" in two days' time
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "contactNotes"), "Keep this")
    dialog.findChild(QPushButton, "contactDialogSave").click()
    message = dialog.findChild(QLabel, "contactDialog_atMessage")
    assert dialog.isVisible() and "cannot be in the future" in message.text()
    assert dialog.findChild(QPlainTextEdit, "contactNotes").toPlainText() == "Keep this"


def test_support_plan_shows_overdue_actions_in_words(qtbot, people):
    vault, ids = people
    plan = plans.start_plan(vault, resident_id=ids["nadia"])
    goal = plans.add_goal(vault, plan_id=plan, her_words="Find a solicitor")
    plans.add_action(vault, plan_id=plan, goal_id=goal, what="Call the law centre",
                     owner=plans.ActionOwner.KEY_WORKER, due_on=TODAY - timedelta(days=3))
    plans.add_action(vault, plan_id=plan, goal_id=goal, what="Bring the court papers",
                     owner=plans.ActionOwner.HER, due_on=TODAY + timedelta(days=3))
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    tab = record.show_tab("recordPlan")
    from refugedesk.ui.record.common import cells

    rows = cells(tab.actions_table)
    assert rows[0][0] == "Call the law centre" and rows[0][3].startswith("Overdue:")
    assert "(3 days)" in rows[0][3] and rows[0][2] == "Her key worker"
    assert not rows[1][3].startswith("Overdue:")
    assert "1 action is overdue" in record.findChild(QLabel, "planOverdue").text()

    tab.actions_table.selectRow(0)
    record.findChild(QPushButton, "planDoneButton").click()
    rows = cells(tab.actions_table)
    assert rows[0][4].startswith("Done") and not rows[0][3].startswith("Overdue:")
    assert not record.findChild(QLabel, "planOverdue").isVisible()


def test_a_high_risk_level_is_found_by_the_risk_filter_after_a_new_dash(qtbot, people):
    vault, ids = people
    page = make_page(qtbot, vault)
    choose(page, "residentsShowFilter", "Everyone on file")
    choose(page, "residentsRiskFilter", "High risk")
    assert page.shown_names() == ["Nadia Brook (known as Nad)"]
    risk.assess(vault, resident_id=ids["olivia"], answers=[DashAnswer.NO] * 24,
                judgement_reason="Non-fatal strangulation")
    page.refresh()
    searched(page)
    assert page.shown_names() == ["Nadia Brook (known as Nad)", "Olivia Stone"]
    assert RiskLevel.HIGH.label == page.model.index(1, 4).data()


def test_dash_names_the_questions_not_answered_and_goes_to_the_first(qtbot, people):
    vault, ids = people
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["olivia"])
    record.show_tab("recordRisk")
    record.findChild(QPushButton, "riskNewDashButton").click()
    dialog = record.dialog
    for i in range(24):
        if i not in (6, 11):  # questions 7 and 12 left
            answer = dialog.findChild(QComboBox, f"dashAnswer{i}")
            answer.setCurrentIndex(answer.findText("No"))
    qtbot.keyClicks(dialog.findChild(QLineEdit, "dashComment3"), "Sees her sister")
    qtbot.mouseClick(dialog.findChild(QPushButton, "dashDialogSave"), Qt.MouseButton.LeftButton)
    said = dialog.findChild(QLabel, "dashDialog_answersMessage")
    assert dialog.isVisible() and said.isVisible()
    assert said.text().startswith('Questions 7 and 12 are not answered yet, starting with '
                                  'question 7 ("Is there conflict over contact with the '
                                  'children?").')
    seventh = dialog.findChild(QComboBox, "dashAnswer6")
    assert dialog.focusWidget() is seventh
    qtbot.keyClicks(seventh, "Y")  # answered from the keyboard where the cursor was put
    assert seventh.currentText() == "Yes"
    assert said.text().startswith('Question 12 ("Does the abuser try to control')
    assert dialog.findChild(QLineEdit, "dashComment3").text() == "Sees her sister"
    with vault.session() as session:
        assert risk.history(session, ids["olivia"]) == []  # nothing saved half-answered


def test_a_dash_checklist_typed_in_shows_its_score_and_the_marac_prompt(qtbot, people):
    vault, ids = people
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["olivia"])
    tab = record.show_tab("recordRisk")
    assert record.findChild(QLabel, "riskSummary").text() == \
        "No DASH risk checklist recorded yet."
    record.findChild(QPushButton, "riskNewDashButton").click()
    dialog = record.dialog
    for i in range(23):
        answer = dialog.findChild(QComboBox, f"dashAnswer{i}")
        answer.setCurrentIndex(answer.findText("Yes" if i < 14 else "No"))
    score = dialog.findChild(QLabel, "dashScore").text()
    assert score == "Score 14 of 24 (high risk by score); 1 question still to answer"
    dialog.findChild(QPushButton, "dashDialogSave").click()
    assert dialog.isVisible()
    said = dialog.findChild(QLabel, "dashDialog_answersMessage").text()
    assert said == ('Question 24 ("Has the abuser been in trouble with the police, or does '
                    'he have a criminal record?") is not answered yet. Choose yes, no or not '
                    'known.')
    last = dialog.findChild(QComboBox, "dashAnswer23")
    assert dialog.focusWidget() is last  # the cursor is on the question to answer
    last.setCurrentIndex(last.findText("Not known"))
    qtbot.keyClicks(dialog.findChild(QLineEdit, "dashComment23"), "She was not sure")
    dialog.findChild(QPushButton, "dashDialogSave").click()
    assert not dialog.isVisible()

    assert "score 14 of 24, high risk" in record.findChild(QLabel, "riskSummary").text()
    assert record.findChild(QLabel, "maracPrompt").isVisible()
    assert "High risk" in record.header_view.facts.text()
    assert "Warning: High risk: refer her to MARAC." in record.header_view.alert_lines()

    record.findChild(QPushButton, "recordMaracButton").click()
    record.dialog.findChild(QPushButton, "maracDialogSave").click()
    assert not record.findChild(QLabel, "maracPrompt").isVisible()
    assert "Warning: High risk: refer her to MARAC." not in record.header_view.alert_lines()
    from refugedesk.ui.record.common import cells

    assert cells(record.findChild(type(tab.marac_table), "maracHistory"))[0][1] == "No"


def test_needs_assessments_fill_the_table_and_the_star_chart(qtbot, people):
    vault, ids = people
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    tab = record.show_tab("recordNeeds")
    assert record.findChild(QLabel, "needsSummary").text() == "No needs assessment recorded yet."
    for scores in ((1, 2, 2), (3, 2, 4)):
        record.findChild(QPushButton, "needsNewButton").click()
        dialog = record.dialog
        for area, value in zip(("safety", "mental_health", "housing_move_on"), scores,
                               strict=True):
            combo = dialog.findChild(QComboBox, f"needsScore_{area}")
            combo.setCurrentIndex(combo.findData(value))
        qtbot.keyClicks(dialog.findChild(QLineEdit, "needsWords_safety"), "I feel safer")
        # Her words on an area left unscored are refused, next to that area.
        qtbot.keyClicks(dialog.findChild(QLineEdit, "needsWords_immigration"), "Visa")
        dialog.findChild(QPushButton, "needsDialogSave").click()
        assert "Give a score" in dialog.findChild(QLabel, "needsDialog_immigrationMessage").text()
        dialog.findChild(QLineEdit, "needsWords_immigration").clear()
        dialog.findChild(QPushButton, "needsDialogSave").click()
        assert not dialog.isVisible()
    from refugedesk.ui.record.common import cells

    rows = cells(tab.needs_table)
    assert rows == [["Safety", "1", "3", "Better by 2", "I feel safer"],
                    ["Mental health and wellbeing", "2", "2", "No change", ""],
                    ["Housing and move-on", "2", "4", "Better by 2", ""]]
    chart = tab.star
    assert [(s.first, s.latest) for s in chart.spokes] == [(1, 3), (2, 2), (2, 4)]
    assert "Safety: first 1, latest 3" in chart.accessibleDescription()
    image = chart.grab().toImage()
    assert image.width() > 300  # drawn, at a readable size


def test_a_review_keeps_the_earlier_plan_readable(qtbot, people):
    vault, ids = people
    plan = plans.start_plan(vault, resident_id=ids["nadia"])
    goal = plans.add_goal(vault, plan_id=plan, her_words="Find a solicitor")
    done = plans.add_action(vault, plan_id=plan, goal_id=goal, what="Call the law centre",
                            owner=plans.ActionOwner.KEY_WORKER)
    plans.add_action(vault, plan_id=plan, goal_id=goal, what="Bring the court papers",
                     owner=plans.ActionOwner.HER)
    plans.complete_action(vault, done)
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    tab = record.show_tab("recordPlan")
    record.findChild(QPushButton, "planReviewButton").click()
    record.dialog.findChild(QPushButton, "confirmYesButton").click()
    from refugedesk.ui.record.common import cells

    assert record.findChild(QLabel, "planSummary").text().startswith("Support plan, version 2")
    assert [r[0] for r in cells(tab.actions_table)] == ["Bring the court papers"]
    versions = record.findChild(QComboBox, "planVersion")
    assert versions.itemText(0) == "Version 2 (current)"
    versions.setCurrentIndex(1)
    assert record.findChild(QLabel, "planSummary").text().startswith("Version 1, as it was")
    rows = cells(tab.actions_table)
    assert rows[0][0] == "Call the law centre" and rows[0][4].startswith("Done")
    assert rows[1][4] == "Not done: carried into the next version"
    assert not record.findChild(QPushButton, "planGoalButton").isEnabled()


def test_adding_a_child_on_her_record_makes_her_findable_by_the_childs_name(qtbot, people):
    vault, ids = people
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["priya"])
    record.findChild(QPushButton, "overviewAddChild").click()
    dialog = record.dialog
    qtbot.keyClicks(dialog.findChild(QLineEdit, "childName"), "Rosa Lane")
    future = TODAY + timedelta(days=30)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "childDateOfBirth"), f"{future:%d/%m/%Y}")
    dialog.findChild(QPushButton, "childDialogSave").click()
    said = dialog.findChild(QLabel, "childDialog_date_of_birthMessage").text()
    assert dialog.isVisible() and said.startswith("A child's date of birth cannot be in the")
    dialog.findChild(QLineEdit, "childDateOfBirth").setText("not a date")
    dialog.findChild(QPushButton, "childDialogSave").click()
    said = dialog.findChild(QLabel, "childDialog_date_of_birthMessage").text()
    assert said.startswith("Write the date as day/month/year")
    dialog.findChild(QLineEdit, "childDateOfBirth").setText("05/06/2019")
    dialog.findChild(QPushButton, "childDialogSave").click()
    assert not dialog.isVisible()
    overview = record.show_tab("recordOverview").shown_text()
    assert "Rosa Lane | 5 Jun 2019 (age " in overview
    record.findChild(QPushButton, "recordBackButton").click()
    assert search(qtbot, page, "rosa") == ["Priya Lane"]


def test_a_court_order_added_on_her_record_warns_on_the_header(qtbot, people):
    vault, ids = people
    # Asked and safe: no contact alert, so the header starts with nothing to say.
    residents.update_resident(vault, ids["olivia"], safe_to_call=True, safe_to_text=True)
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["olivia"])
    assert record.header_view.alert_lines() == []
    assert not record.header_view.alerts.isVisible()
    record.findChild(QPushButton, "overviewAddOrder").click()
    dialog = record.dialog
    kind = dialog.findChild(QComboBox, "courtOrderKind")
    kind.setCurrentIndex(kind.findText("Bail conditions"))
    ends = TODAY + timedelta(days=20)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "courtOrderExpiresOn"), f"{ends:%d/%m/%Y}")
    dialog.findChild(QPushButton, "courtOrderDialogSave").click()
    assert not dialog.isVisible()
    assert any(line.startswith("Note: Bail conditions end on") for line in
               record.header_view.alert_lines())
    assert record.header_view.alerts.isVisible()


def test_a_planned_contact_can_be_marked_missed(qtbot, people):
    vault, ids = people
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    tab = record.show_tab("recordContacts")
    dialog = record.add_contact()
    kind = dialog.findChild(QComboBox, "contactState")
    kind.setCurrentIndex(kind.findText("Planned"))
    dialog.at.setDateTime(dialog.at.dateTime().addSecs(-3600))
    dialog.findChild(QPushButton, "contactDialogSave").click()
    assert tab.contacts_model.index(0, 1).data() == "Planned"
    missed = record.findChild(QPushButton, "contactMissed")
    assert not missed.isEnabled()
    tab.contacts_view.selectRow(0)
    assert missed.isEnabled()
    missed.click()
    assert tab.contacts_model.index(0, 1).data() == "Planned, but missed"
    assert audit_kinds(vault, ids["nadia"])[-1] == "contact_changed"


def test_editing_her_details_changes_the_header_and_names_only_the_fields(qtbot, people):
    vault, ids = people
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["olivia"])
    record.findChild(QPushButton, "overviewEditDetails").click()
    dialog = record.dialog
    worker = dialog.findChild(QComboBox, "detailsKeyWorker")
    worker.setCurrentIndex(worker.findText("Bea Worker"))
    call = dialog.findChild(QComboBox, "detailsSafeToCall")
    text = dialog.findChild(QComboBox, "detailsSafeToText")
    assert call.currentText() == text.currentText() == "Not asked yet"  # as stored
    text.setCurrentIndex(text.findText("No, do not text her"))
    reference = dialog.findChild(QLineEdit, "detailsReference")
    reference.setText("R-0001")  # Nadia's
    dialog.findChild(QPushButton, "detailsDialogSave").click()
    said = dialog.findChild(QLabel, "detailsDialog_referenceMessage").text()
    assert dialog.isVisible() and "already used by another resident" in said
    reference.setText("R-0002")
    dialog.findChild(QPushButton, "detailsDialogSave").click()
    assert not dialog.isVisible()
    assert "Key worker: Bea Worker" in record.header_view.facts.text()
    assert "Warning: Do not text her." in record.header_view.alert_lines()
    with vault.session() as session:
        detail = session.scalars(select(AuditEvent.detail).where(
            AuditEvent.kind == "resident_changed").order_by(AuditEvent.id.desc())).first()
    assert detail == "fields=key_worker_id,safe_to_text"


def test_a_referral_out_is_made_and_moved_on(qtbot, people):
    vault, ids = people
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    tab = record.show_tab("recordReferralsOut")
    record.findChild(QPushButton, "referralOutAddButton").click()
    dialog = record.dialog
    agency = dialog.findChild(QComboBox, "referralOutAgency")
    agency.setCurrentIndex(agency.findText("Other"))
    dialog.findChild(QPushButton, "referralOutDialogSave").click()
    assert dialog.findChild(QLabel, "referralOutDialog_agency_nameMessage").text() == \
        "Name the agency."
    qtbot.keyClicks(dialog.findChild(QLineEdit, "referralOutAgencyName"), "Women's Aid Legal")
    # No consent of hers covers it: the form said so, and asks for the lawful basis.
    assert dialog.findChild(QLabel, "referralOutConsent").text().startswith(
        "Her consent does not cover sharing with other agencies.")
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "referralOutLawfulBasis"),
                    "She asked us to, by phone")
    dialog.findChild(QPushButton, "referralOutDialogSave").click()
    assert not dialog.isVisible()
    from refugedesk.ui.record.common import cells

    assert cells(tab.referrals_table)[0][1:4] == ["Women's Aid Legal", "", "Made"]
    record.findChild(QPushButton, "referralOutUpdateButton").click()
    dialog = record.dialog
    status = dialog.findChild(QComboBox, "referralUpdateStatus")
    status.setCurrentIndex(status.findText("Accepted"))
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "referralUpdateOutcome"), "Appointment set")
    dialog.findChild(QPushButton, "referralUpdateDialogSave").click()
    assert not dialog.isVisible()
    row = cells(tab.referrals_table)[0]
    assert row[3] == "Accepted" and row[5] == "Appointment set"


def test_a_long_contact_log_is_read_a_page_at_a_time(qtbot, people):
    vault, ids = people
    from datetime import UTC, datetime

    from refugedesk import contacts
    from refugedesk.db.models import ContactMode, ContactPlace

    now = datetime.now(UTC)
    for hours in range(130):
        contacts.log_contact(vault, resident_id=ids["olivia"], at=now - timedelta(hours=hours + 1),
                             mode=ContactMode.PHONE, place=ContactPlace.OFFICE, minutes=10,
                             notes=f"Call {hours}", community_support=True)  # she has left
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["olivia"])
    tab = record.show_tab("recordContacts")
    model = tab.contacts_model
    assert model.rowCount() == 100 and model.index(0, 5).data() == "Call 0"
    assert record.findChild(QLabel, "contactsSummary").text() == "130 contacts, newest first."
    tab.contacts_view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 130, timeout=3000)
    assert model.index(129, 5).data() == "Call 129"


def test_the_page_builds_from_its_factory_string(qtbot, people):
    """The main window's page registry imports the page by name (the rail's Residents line)."""
    vault, _ids = people
    from PySide6.QtWidgets import QWidget

    from refugedesk.ui.pages import Page

    parent = QWidget()
    qtbot.addWidget(parent)
    built = Page("residents", "Re&sidents", "refugedesk.ui.residents_page:ResidentsPage").build(
        vault, parent)
    assert isinstance(built, ResidentsPage) and built.objectName() == "residentsPage"
    assert built.parent() is parent


def test_a_repeat_marac_referral_shows_the_earlier_one_and_its_actions(qtbot, people):
    vault, ids = people
    first = risk.refer_to_marac(vault, resident_id=ids["nadia"],
                                referred_on=TODAY - timedelta(days=200), reason="Threats")
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    tab = record.show_tab("recordRisk")
    record.findChild(QPushButton, "maracActionsButton").click()
    dialog = record.dialog
    owner = dialog.findChild(QComboBox, "maracActionOwner")
    owner.setCurrentIndex(owner.findText("An agency (name it)"))
    qtbot.keyClicks(dialog.findChild(QLineEdit, "maracActionAgency"), "Police")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "maracActionWhat"), "Flag her address")
    dialog.findChild(QPushButton, "maracActionsDialogSave").click()  # typed, not added: saved
    assert not dialog.isVisible()

    record.findChild(QPushButton, "recordMaracButton").click()  # a new referral today
    record.dialog.findChild(QPushButton, "maracDialogSave").click()
    from refugedesk.ui.record.common import cells

    rows = cells(tab.marac_table)
    assert rows[0][1].startswith(f"Yes: repeat of {first.referred_on.day} "
                                 f"{first.referred_on:%b %Y}. Earlier actions: Police: Flag "
                                 "her address (by ")
    assert rows[1][1] == "No" and rows[1][3].startswith("Police: Flag her address")
    assert any(line.startswith("Warning: Repeat MARAC referral: referred before on")
               for line in record.header_view.alert_lines())


def test_attendance_and_her_certificate_from_the_programmes_tab(qtbot, people, tmp_path):
    from pypdf import PdfReader

    from refugedesk import programmes
    from refugedesk.ui.record.common import cells

    vault, ids = people
    prog = programmes.create_programme(vault, name="Freedom Programme", sessions_to_complete=2)
    first = programmes.add_session(vault, programme_id=prog, number=1,
                                   held_on=TODAY - timedelta(days=8))  # she came 10 days ago
    second = programmes.add_session(vault, programme_id=prog, number=2,
                                    held_on=TODAY - timedelta(days=3))
    programmes.record_attendance(vault, session_id=first, resident_id=ids["nadia"],
                                 state=programmes.AttendanceState.ATTENDED)
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    tab = record.show_tab("recordProgrammes")
    assert cells(tab.programmes_table)[0][5] == "Not yet"
    record.findChild(QPushButton, "programmeCertificateButton").click()
    assert "1 of 2 sessions attended" in record.findChild(QLabel, "recordMessage").text()

    dialog = tab.record_attendance()
    combo = dialog.findChild(QComboBox, "attendanceSession")
    combo.setCurrentIndex(combo.findData(second))
    dialog.findChild(QPushButton, "attendanceDialogSave").click()
    assert not dialog.isVisible()
    assert cells(tab.programmes_table)[0][5] == "Yes"

    record.findChild(QPushButton, "programmeCertificateButton").click()
    chooser = record.dialog
    chooser.fileSelected.emit(str(tmp_path / "nad.pdf"))
    chooser.close()
    settle(qtbot, tab.job)
    assert "Certificate saved" in record.findChild(QLabel, "recordMessage").text()
    reader = PdfReader(tmp_path / "nad.pdf")
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Nad" in text and "Freedom Programme" in text and "Brook" not in text
    box = reader.pages[0].mediabox  # a certificate: one landscape page, no page number
    assert len(reader.pages) == 1 and box.width > box.height and "Page 1" not in text


def test_a_report_for_court_from_her_record(qtbot, people, tmp_path):
    from pypdf import PdfReader

    vault, ids = people
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    record.show_tab("recordReviews")
    record.findChild(QPushButton, "courtReportButton").click()
    dialog = record.dialog
    qtbot.waitUntil(dialog.isVisible)
    target = tmp_path / "court.pdf"
    dialog.findChild(QLineEdit, "courtPath").setText(str(target))
    dialog.findChild(QPushButton, "courtReportDialogSave").click()
    settle(qtbot, dialog.job)
    assert dialog.isVisible() and not target.exists()  # no account written yet
    assert dialog.findChild(QLabel, "courtReportDialogMessage").text()
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "courtNarrative"),
                    "She has attended every session offered.")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):  # closes once written
        dialog.findChild(QPushButton, "courtReportDialogSave").click()
    assert target.exists()
    text = " ".join(PdfReader(target).pages[0].extract_text().split()).replace("\ufb00", "ff")
    assert "She has attended every session offered." in text and "Prepared by" in text
    assert str(target) in record.findChild(QLabel, "recordMessage").text()


def test_planning_a_review_lists_it_as_due(qtbot, people):
    from PySide6.QtCore import QDate

    from refugedesk.ui.record.common import cells

    vault, ids = people
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    tab = record.show_tab("recordReviews")
    record.findChild(QPushButton, "reviewPlanButton").click()
    dialog = record.dialog
    qtbot.waitUntil(dialog.isVisible)
    due = TODAY + timedelta(days=20)
    dialog.due.setDate(QDate(due.year, due.month, due.day))
    dialog.findChild(QPushButton, "planReviewDialogSave").click()
    assert not dialog.isVisible()
    rows = cells(tab.reviews_table)
    assert len(rows) == 1 and rows[0][0].startswith("Interim")
    assert str(due.day) in rows[0][1]
