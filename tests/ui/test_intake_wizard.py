"""The intake wizard driven like a worker would: typed end to end into her record; saved
part-way and carried on with nothing lost; a child's date of birth in the future refused next
to the field; closing the window keeps what was typed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWizard,
)
from sqlalchemy import select

from refugedesk import intake, residents
from refugedesk.db.models import AuditEvent
from refugedesk.ui.dates import parse_day, shown_day, stored_day
from refugedesk.ui.intake_wizard import IntakeWizard
from refugedesk.ui.residents_page import ResidentsPage
from ui.drive import settled


@pytest.fixture
def page(qtbot, new_vault):
    vault, _ = new_vault
    widget = ResidentsPage(vault)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    settled(widget.search_job)
    return widget


def start(qtbot, page: ResidentsPage) -> IntakeWizard:
    qtbot.mouseClick(page.findChild(QPushButton, "newIntakeButton"), Qt.MouseButton.LeftButton)
    wizard = page.dialog
    assert isinstance(wizard, IntakeWizard) and wizard.isVisible()
    return wizard


def typed(qtbot, wizard: IntakeWizard, name: str, text: str) -> None:
    edit = wizard.findChild(QLineEdit, name)
    assert edit is not None, name
    edit.clear()
    qtbot.keyClicks(edit, text)


def press(qtbot, wizard: IntakeWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def message(wizard: IntakeWizard, name: str) -> str:
    found = wizard.findChild(QLabel, name)
    assert found is not None, name
    return found.text() if found.isVisible() else ""


def test_intake_typed_end_to_end_makes_her_record(qtbot, page):
    wizard = start(qtbot, page)
    assert wizard.currentPage().objectName() == "intakeDetailsPage"
    typed(qtbot, wizard, "intakeReference", "R-0101")
    typed(qtbot, wizard, "intakeName", "Amara Reed")
    typed(qtbot, wizard, "intakeKnownAs", "Mara")
    typed(qtbot, wizard, "intakeDateOfBirth", "14/03/1990")
    typed(qtbot, wizard, "intakeLanguage", "Somali")
    call = wizard.findChild(QComboBox, "intakeSafeToCall")
    text = wizard.findChild(QComboBox, "intakeSafeToText")
    # Asked, never assumed: both start unanswered.
    assert call.currentText() == text.currentText() == "Not asked yet"
    call.setFocus()
    qtbot.keyClicks(call, "No")  # typing picks "No, do not phone her"
    assert call.currentText() == "No, do not phone her"
    press(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentPage().objectName() == "intakeChildrenPage"
    qtbot.mouseClick(wizard.findChild(QPushButton, "intakeAddChild"), Qt.MouseButton.LeftButton)
    typed(qtbot, wizard, "intakeChild0Name", "Idris Reed")
    typed(qtbot, wizard, "intakeChild0DateOfBirth", "02/09/2018")
    typed(qtbot, wizard, "intakeChild0School", "Hill Primary")
    press(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentPage().objectName() == "intakeConsentPage"
    typed(qtbot, wizard, "intakeConsent0What", "Her risk assessment")
    wizard.findChild(QCheckBox, "intakeConsent0Covers_marac").setChecked(True)
    how = wizard.findChild(QComboBox, "intakeConsent0How")
    how.setCurrentIndex(how.findText("She said so"))
    press(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentPage().objectName() == "intakeSafetyPage"
    typed(qtbot, wizard, "intakeAbuserName", "Colin Reed")
    qtbot.keyClicks(wizard.findChild(QPlainTextEdit, "intakeKnownAreas"), "Northtown")
    qtbot.mouseClick(wizard.findChild(QPushButton, "intakeAddOrder"), Qt.MouseButton.LeftButton)
    kind = wizard.findChild(QComboBox, "intakeOrder0Kind")
    kind.setCurrentIndex(kind.findText("Non-molestation order"))
    soon = date.today() + timedelta(days=10)
    typed(qtbot, wizard, "intakeOrder0ExpiresOn", soon.strftime("%d/%m/%Y"))
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert not wizard.isVisible()
    record = page.record
    assert record is not None and page.stack.currentWidget() is record
    assert record.header_view.name.text() == "Amara Reed (known as Mara)"
    assert "Reference R-0101" in record.header_view.facts.text()
    alerts = record.header_view.alert_lines()
    assert "Warning: Do not phone her." in alerts
    assert ("Note: Not asked yet whether it is safe to text her: ask her before texting."
            in alerts)
    assert any(a.startswith("Note: Non-molestation order ends on") or
               a.startswith("Warning: Non-molestation order ends on") for a in alerts)
    overview = record.show_tab("recordOverview").shown_text()
    assert "Idris Reed" in overview and "Hill Primary" in overview
    assert "Not asked yet: ask her before texting" in overview
    assert "Do not phone her" in overview
    assert "Her risk assessment | She agreed to share with: MARAC" in overview
    assert "Northtown" in overview
    with page.vault.session() as session:
        assert residents.excluded_areas(session, record.resident_id) == ["Northtown"]
        assert intake.open_drafts(session) == []
    settled(page.search_job)
    assert page.shown_names() == []  # on file, but with no stay she is not in refuge now
    page.findChild(QLineEdit, "residentsSearch").setText("Amara")
    page.refresh()  # search at once (a typed name searches everyone on file)
    settled(page.search_job)
    assert page.shown_names() == ["Amara Reed (known as Mara)"]


def test_saved_part_way_and_carried_on_with_nothing_lost(qtbot, page):
    wizard = start(qtbot, page)
    typed(qtbot, wizard, "intakeReference", "R-0202")
    typed(qtbot, wizard, "intakeName", "Bella Ford")
    typed(qtbot, wizard, "intakeCodeWord", "bluebell")
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.mouseClick(wizard.findChild(QPushButton, "intakeAddChild"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.findChild(QPushButton, "intakeAddChild"), Qt.MouseButton.LeftButton)
    typed(qtbot, wizard, "intakeChild0Name", "Kit Ford")
    typed(qtbot, wizard, "intakeChild0DateOfBirth", "30/11/2015")
    typed(qtbot, wizard, "intakeChild1Name", "Ada Ford")
    qtbot.keyClicks(wizard.findChild(QPlainTextEdit, "intakeChild1Needs"), "Asthma inhaler")
    press(qtbot, wizard, QWizard.WizardButton.CustomButton1)  # Save and finish later
    assert not wizard.isVisible()
    assert "saved" in page.findChild(QLabel, "residentsMessage").text()
    drafts_button = page.findChild(QPushButton, "intakeDraftsButton")
    assert drafts_button.isEnabled() and "(1)" in drafts_button.text()
    settled(page.search_job)
    assert page.shown_names() == []  # not a resident until it is finished

    qtbot.mouseClick(drafts_button, Qt.MouseButton.LeftButton)
    drafts = page.dialog
    listed = drafts.findChild(type(drafts.list), "intakeDraftsList")
    assert listed.item(0).text().startswith("Bella Ford: at children")
    qtbot.mouseClick(drafts.findChild(QPushButton, "intakeDraftCarryOn"),
                     Qt.MouseButton.LeftButton)
    resumed = page.dialog
    assert isinstance(resumed, IntakeWizard) and resumed is not wizard
    assert resumed.currentPage().objectName() == "intakeChildrenPage"
    assert resumed.findChild(QLineEdit, "intakeChild0Name").text() == "Kit Ford"
    assert resumed.findChild(QLineEdit, "intakeChild0DateOfBirth").text() == "30/11/2015"
    assert resumed.findChild(QLineEdit, "intakeChild1Name").text() == "Ada Ford"
    assert resumed.findChild(QPlainTextEdit, "intakeChild1Needs").toPlainText() == \
        "Asthma inhaler"
    press(qtbot, resumed, QWizard.WizardButton.BackButton)
    assert resumed.findChild(QLineEdit, "intakeName").text() == "Bella Ford"
    assert resumed.findChild(QLineEdit, "intakeCodeWord").text() == "bluebell"
    for _ in range(3):
        press(qtbot, resumed, QWizard.WizardButton.NextButton)
    assert resumed.currentPage().objectName() == "intakeSafetyPage"
    press(qtbot, resumed, QWizard.WizardButton.FinishButton)
    assert not resumed.isVisible()
    assert page.record is not None
    overview = page.record.show_tab("recordOverview").shown_text()
    assert "Kit Ford" in overview and "Ada Ford" in overview and "Asthma inhaler" in overview
    assert "Yes: check it before you talk" in overview  # the code word, never shown itself
    assert "(0)" in page.findChild(QPushButton, "intakeDraftsButton").text()


def test_a_childs_date_of_birth_in_the_future_is_refused_next_to_the_field(qtbot, page):
    wizard = start(qtbot, page)
    typed(qtbot, wizard, "intakeReference", "R-0303")
    typed(qtbot, wizard, "intakeName", "Cara Holt")
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.mouseClick(wizard.findChild(QPushButton, "intakeAddChild"), Qt.MouseButton.LeftButton)
    typed(qtbot, wizard, "intakeChild0Name", "Baby Holt")
    future = date.today() + timedelta(days=60)
    typed(qtbot, wizard, "intakeChild0DateOfBirth", future.strftime("%d/%m/%Y"))
    said = message(wizard, "intakeChild0DateOfBirthMessage")
    assert said.startswith("A child's date of birth cannot be in the future.")
    assert "leave it empty if the baby is not born yet" in said

    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage().objectName() == "intakeChildrenPage"  # not moved on
    # ...but what was typed is kept in the saved intake, date and all.
    with page.vault.session() as session:
        drafts = intake.open_drafts(session)
    kept = intake.resume_draft(page.vault, drafts[0].id).data
    assert kept["children"][0]["date_of_birth"] == future.isoformat()

    typed(qtbot, wizard, "intakeChild0DateOfBirth", "31/02/2020")
    assert message(wizard, "intakeChild0DateOfBirthMessage").startswith("Write the date as")
    typed(qtbot, wizard, "intakeChild0DateOfBirth", "")
    assert message(wizard, "intakeChild0DateOfBirthMessage") == ""
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage().objectName() == "intakeConsentPage"


def test_finishing_without_her_name_says_so_on_her_details(qtbot, page):
    wizard = start(qtbot, page)
    typed(qtbot, wizard, "intakeReference", "R-0404")
    for _ in range(3):
        press(qtbot, wizard, QWizard.WizardButton.NextButton)
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible()
    assert wizard.currentPage().objectName() == "intakeDetailsPage"
    assert message(wizard, "intakeNameMessage") == "Enter her name."
    assert wizard.findChild(QLineEdit, "intakeReference").text() == "R-0404"


def test_closing_the_wizard_keeps_what_was_typed(qtbot, page):
    wizard = start(qtbot, page)
    typed(qtbot, wizard, "intakeName", "Dina Marsh")
    press(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert not wizard.isVisible()
    with page.vault.session() as session:
        drafts = intake.open_drafts(session)
        kinds = list(session.scalars(select(AuditEvent.kind).order_by(AuditEvent.id)))
    assert [d.name for d in drafts] == ["Dina Marsh"]
    assert kinds[-1] == "intake_draft_saved"
    assert "(1)" in page.findChild(QPushButton, "intakeDraftsButton").text()


def test_dates_are_read_the_way_they_are_written_here():
    assert parse_day("14/03/2019") == date(2019, 3, 14)
    assert parse_day(" 2019-03-14 ") == date(2019, 3, 14)
    assert parse_day("") is None
    with pytest.raises(ValueError):
        parse_day("03/14/2019")
    assert stored_day("1.2.2020") == "2020-02-01"
    assert stored_day("next week") == "next week"  # kept as typed, to be corrected
    assert shown_day("2020-02-01") == "01/02/2020" and shown_day("next week") == "next week"


def test_save_and_finish_later_on_the_last_step_does_not_make_her_record(qtbot, page):
    wizard = start(qtbot, page)
    typed(qtbot, wizard, "intakeReference", "R-0505")
    typed(qtbot, wizard, "intakeName", "Erin Cole")
    for _ in range(3):
        press(qtbot, wizard, QWizard.WizardButton.NextButton)
    typed(qtbot, wizard, "intakeAbuserVehicle", "Red van")
    press(qtbot, wizard, QWizard.WizardButton.CustomButton1)
    assert not wizard.isVisible() and page.record is None
    settled(page.search_job)
    assert page.shown_names() == []
    with page.vault.session() as session:
        drafts = intake.open_drafts(session)
    kept = intake.resume_draft(page.vault, drafts[0].id)
    assert kept.step == 3 and kept.data["abusers"][0]["vehicle"] == "Red van"


def test_locking_hides_the_wizard_and_keeps_what_was_typed(qtbot, new_vault):
    from refugedesk.ui.main_window import MainWindow

    vault, _ = new_vault
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    assert window.show_page("residents")
    residents_page = window.page_widget("residents")
    wizard = start(qtbot, residents_page)
    typed(qtbot, wizard, "intakeName", "Fay Grant")
    window.lock()
    assert not wizard.isVisible()
    assert wizard.findChild(QLineEdit, "intakeName").text() == "Fay Grant"
