"""Her record and the intake in Welsh (issue 18), through the real widgets: the tabs, the
header, the Overview, the DASH checklist asked in Welsh (in SafeLives' order), a count in
Welsh's own plural form, and the intake's steps; the English unchanged. And her choice of
language for her documents, made on her details and shown on the Overview."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWizard
from sqlalchemy import select

from refugedesk import capacity, contacts, houses, i18n, residents
from refugedesk.db.models import AuditEvent, ContactMode, ContactPlace, Resident
from refugedesk.ui.intake_wizard import IntakeWizard
from refugedesk.ui.record.risk_dialogs import DashDialog, unanswered_text
from refugedesk.ui.record.window import ResidentRecord

TODAY = date.today()
OPENED = TODAY - timedelta(days=3000)


@pytest.fixture
def welsh(qapp):
    assert i18n.use("cy")
    yield
    i18n.use("en")


@pytest.fixture
def nadia(new_vault):
    """Nadia, in Room 1 at Elm House for a week, with three contacts logged."""
    vault, _ = new_vault
    house = houses.add_house(vault, name="Elm House", area="Northtown", opened_on=OPENED)
    room = houses.add_room(vault, house_id=house, name="Room 1", opened_on=OPENED)
    rid = residents.create_resident(vault, reference="R-7", name="Nadia Brook",
                                    known_as="Nad", language="Arabic", needs_interpreter=True)
    stay = capacity.arrive(vault, room_id=room, on=TODAY - timedelta(days=7),
                           household_ref="H-7", name="Nadia Brook")
    residents.link_stay(vault, resident_id=rid, stay_id=stay)
    for days in (1, 2, 3):
        contacts.log_contact(vault, resident_id=rid,
                             at=datetime.now().astimezone() - timedelta(days=days),
                             mode=ContactMode.PHONE, place=ContactPlace.HER_ROOM, minutes=20)
    return vault, rid


def _record(qtbot, vault, resident_id) -> ResidentRecord:
    record = ResidentRecord(vault, residents.open_record(vault, resident_id))
    qtbot.addWidget(record)
    record.resize(1024, 600)
    record.show()
    return record


def _tab_titles(record: ResidentRecord) -> list[str]:
    return [record.tabs.tabText(i) for i in range(5)]


def test_her_record_speaks_welsh_with_a_count_in_its_welsh_form(qtbot, nadia, welsh):
    vault, rid = nadia
    record = _record(qtbot, vault, rid)
    assert _tab_titles(record) == ["Tr&osolwg", "R&isg", "A&nghenion", record.tabs.tabText(3),
                                   "&Cysylltiadau"]
    header = record.header_view
    assert header.name.text() == "Nadia Brook (enw a ffefrir: Nad)"
    facts = header.facts.text()
    assert facts.startswith("Cyfeirnod R-7  ·  Elm House, Room 1  ·  Gweithiwr allweddol: ")
    assert facts.endswith("Risg heb ei hasesu eto")

    overview = record.show_tab("recordOverview")
    text = overview.overview.text()
    assert "Mewn lloches nawr: Room 1, Elm House, ers " in text
    assert "Amdani hi" in text and "Arabic (mae angen cyfieithydd arni)" in text
    assert "Dogfennau iddi yn" in text and "Heb ofyn eto" in text
    assert "Heb ofyn eto: gofynnwch iddi cyn ffonio" in text

    tab = record.show_tab("recordContacts")
    # Three: Welsh keeps the noun singular after a figure ("3 cyswllt"), by Qt's plural form.
    assert tab.findChild(QLabel, "contactsSummary").text() == \
        "3 cyswllt, y diweddaraf yn gyntaf."
    model = tab.contacts_model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Pryd"
    assert model.index(0, 1).data() == "Wedi digwydd"
    assert model.index(0, 2).data() == "Ffôn, ei hystafell"
    day = (datetime.now().astimezone() - timedelta(days=1)).date()
    assert model.index(0, 0).data().startswith(i18n.day_name(day, short=True) + " ")


def test_her_record_in_english_is_as_it_was(qtbot, nadia):
    vault, rid = nadia
    record = _record(qtbot, vault, rid)
    assert _tab_titles(record) == ["&Overview", "R&isk", "&Needs", "Support &plan",
                                   "&Contacts"]
    assert record.header_view.name.text() == "Nadia Brook (known as Nad)"
    assert record.header_view.facts.text().startswith(
        "Reference R-7  ·  Elm House, Room 1  ·  Key worker: ")
    text = record.show_tab("recordOverview").overview.text()
    assert "Arabic (needs an interpreter)" in text and "Not asked yet" in text
    tab = record.show_tab("recordContacts")
    assert tab.findChild(QLabel, "contactsSummary").text() == "3 contacts, newest first."
    assert tab.contacts_model.index(0, 2).data() == "Phone, her room"


def test_the_dash_checklist_is_asked_in_welsh_in_safelives_order(qtbot, nadia, welsh):
    vault, rid = nadia
    record = _record(qtbot, vault, rid)
    record.show_tab("recordRisk")
    qtbot.mouseClick(record.findChild(QPushButton, "riskNewDashButton"),
                     Qt.MouseButton.LeftButton)
    dialog = record.dialog
    assert isinstance(dialog, DashDialog) and dialog.windowTitle() == "Rhestr wirio risg DASH"
    texts = [w.text() for w in dialog.questions.widget().findChildren(QLabel)]
    assert texts.index("2.") < texts.index("Ydy hi'n ofnus iawn?")
    assert "Ydy'r camdriniwr erioed wedi ei thagu, gwasgu ei gwddf, ei mygu neu geisio ei " \
           "boddi?" in texts
    answer = dialog.findChild(QComboBox, "dashAnswer0")
    assert [answer.itemText(i) for i in range(answer.count())] == [
        "Dewiswch…", "Ie", "Na", "Ddim yn hysbys"]
    # 24 left: Welsh's "other" plural form, the noun singular after the figure.
    assert dialog.score_label.text() == \
        "Sgôr 0 o 24 (risg safonol yn ôl y sgôr); 24 cwestiwn i'w hateb o hyd"
    answer.setCurrentIndex(1)
    assert dialog.score_label.text() == \
        "Sgôr 1 o 24 (risg safonol yn ôl y sgôr); 23 cwestiwn i'w hateb o hyd"
    assert unanswered_text([1]) == ("Nid yw cwestiwn 2 (\"Ydy hi'n ofnus iawn?\") wedi'i "
                                    "ateb eto. Dewiswch ie, na neu ddim yn hysbys.")
    assert unanswered_text(list(range(1, 24))).startswith("Mae 23 cwestiwn heb eu hateb eto")
    dialog.leave()


def test_the_intake_speaks_welsh(qtbot, new_vault, welsh):
    vault, _ = new_vault
    wizard = IntakeWizard(vault)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "Derbyn"
    assert wizard.details.title() == "Amdani hi"
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "Gorffen: creu ei chofnod"
    assert wizard.buttonText(QWizard.WizardButton.CustomButton1) == \
        "Cadw a gorffen yn nes ymlaen"
    assert wizard.consent.forms[0].title() == "Caniatâd 1"
    assert wizard.safety.title() == "Diogelwch"
    wizard.children_page.add_row()
    assert wizard.children_page.forms[0].title() == "Plentyn 1"
    wizard.done(0)


def test_the_language_of_her_documents_is_chosen_on_her_details(qtbot, nadia):
    vault, rid = nadia
    record = _record(qtbot, vault, rid)
    overview = record.show_tab("recordOverview")
    assert "Documents for her in" in overview.overview.text()

    qtbot.mouseClick(record.findChild(QPushButton, "overviewEditDetails"),
                     Qt.MouseButton.LeftButton)
    dialog = record.dialog
    choice = dialog.findChild(QComboBox, "detailsDocumentsLanguage")
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "Not asked yet", "English", "Cymraeg"]
    assert choice.currentText() == "Not asked yet"  # never assumed
    choice.setCurrentIndex(choice.findText("Cymraeg"))
    qtbot.mouseClick(dialog.findChild(QPushButton, "detailsDialogSave"),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with vault.session() as session:
        assert session.get(Resident, rid).documents_language == "cy"
        assert session.scalars(select(AuditEvent.detail).where(
            AuditEvent.kind == "resident_changed")).all()[-1] == "fields=documents_language"
    overview = record.show_tab("recordOverview")
    assert "<td>Cymraeg</td>" in overview.overview.text()

    # Opened again, the form shows her choice; saving other details leaves it as it is.
    qtbot.mouseClick(record.findChild(QPushButton, "overviewEditDetails"),
                     Qt.MouseButton.LeftButton)
    dialog = record.dialog
    assert dialog.findChild(QComboBox, "detailsDocumentsLanguage").currentText() == "Cymraeg"
    residents.update_resident(vault, rid, gp="Hill Surgery")
    with vault.session() as session:
        assert session.get(Resident, rid).documents_language == "cy"
    dialog.findChild(QComboBox, "detailsDocumentsLanguage").setCurrentIndex(0)
    qtbot.mouseClick(dialog.findChild(QPushButton, "detailsDialogSave"),
                     Qt.MouseButton.LeftButton)
    with vault.session() as session:
        assert session.get(Resident, rid).documents_language is None


def test_only_a_language_refugedesk_speaks_is_kept_for_her_documents(nadia):
    vault, rid = nadia
    with pytest.raises(ValueError):
        residents.update_resident(vault, rid, documents_language="fr")
    residents.update_resident(vault, rid, documents_language="en")
    with vault.session() as session:
        assert residents.documents_language(session, rid) == "en"
