"""Keeping her record up to date after intake, through the Overview tab's widgets (issue 13):
children added, edited (with their sex) and removed; consent added, changed and withdrawn; the
person she fled and his known areas (which find-a-room keeps her away from); and a resident
under 18 flagged on her header, on Today and in the handover draft. The domain is used only to
set up and to read back."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from sqlalchemy import select

from refugedesk import capacity, houses, residents, staff
from refugedesk.capacity_rules import excluded_areas
from refugedesk.db.models import AuditEvent, Child, ChildSex, Role
from refugedesk.resident_header import UNDER_18_DEFAULT_NOTE
from refugedesk.ui.dates import DayEdit
from refugedesk.ui.handover_dialogs import WriteHandoverDialog
from refugedesk.ui.residents_page import ResidentsPage
from refugedesk.ui.today_page import TodayPage
from ui.drive import settle, settled

TODAY = date.today()
OPENED = TODAY - timedelta(days=3000)


def _sixteen() -> date:
    """A date of birth that makes her 16 today (and for a while yet)."""
    return TODAY - timedelta(days=16 * 365 + 100)


@pytest.fixture
def amy(new_vault):
    """Amy, 16, staying in Elm House (Northtown) with her son Kit, whom the stay counts."""
    vault, _ = new_vault
    staff.add_staff(vault, username="bea", display_name="Bea Worker",
                    role=Role.SUPPORT_WORKER, password="plum orchard lantern 99")
    house = houses.add_house(vault, name="Elm House", area="Northtown", opened_on=OPENED)
    room = houses.add_room(vault, house_id=house, name="Room 1", child_places=3,
                           opened_on=OPENED)
    rid = residents.create_resident(vault, reference="R-1", name="Amy Example",
                                    date_of_birth=_sixteen())
    stay = capacity.arrive(vault, room_id=room, on=TODAY - timedelta(days=3),
                           household_ref="H-1", name="Amy Example", children_count=1)
    residents.link_stay(vault, resident_id=rid, stay_id=stay)
    kit = residents.add_child(vault, resident_id=rid, name="Kit Example",
                              date_of_birth=TODAY - timedelta(days=2 * 365))
    return {"vault": vault, "resident": rid, "house": house, "kit": kit}


def _record(qtbot, vault, resident_id):
    page = ResidentsPage(vault)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    settled(page.search_job)
    record = page.open_resident(resident_id)
    return record, record.show_tab("recordOverview")


def _click(qtbot, widget, name: str) -> None:
    button = widget.findChild(QPushButton, name)
    assert button is not None, name
    assert button.isEnabled(), f"{name} is off: {button.toolTip()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _choose(widget, name: str, text: str) -> None:
    box = widget.findChild(QComboBox, name)
    index = box.findText(text)
    assert index >= 0, f"{text!r} not offered in {name}"
    box.setCurrentIndex(index)


def _select(section, first_cell: str) -> None:
    rows = [row[0] for row in section.shown()]
    section.table.selectRow(rows.index(first_cell))


def _audit(vault, kind: str) -> list[str | None]:
    with vault.session() as s:
        return list(s.scalars(select(AuditEvent.detail).where(AuditEvent.kind == kind)))


def test_a_child_is_added_edited_with_sex_and_removed_on_the_overview(qtbot, amy):
    vault = amy["vault"]
    record, tab = _record(qtbot, vault, amy["resident"])
    children = tab.lists.children_list
    assert [r[:3] for r in children.shown()] == [
        ["Kit Example", children.shown()[0][1], "Not recorded"]]
    edit = record.findChild(QPushButton, "overviewEditChild")
    assert not edit.isEnabled() and edit.toolTip() == "Select a child in the list first."

    _click(qtbot, record, "overviewAddChild")
    dialog = record.dialog
    name = dialog.findChild(QLineEdit, "childName")
    assert name.maxLength() == residents.TEXT_LIMITS["name"]
    qtbot.keyClicks(name, "Quentin Mistake")
    born = TODAY - timedelta(days=19 * 366)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "childDateOfBirth"), f"{born:%d/%m/%Y}")
    _choose(dialog, "childSex", "Boy")
    _click(qtbot, dialog, "childDialogSave")  # 19 on the day she arrived: refused
    said = dialog.findChild(QLabel, "childDialog_date_of_birthMessage").text()
    assert dialog.isVisible() and said.startswith("With this date of birth the child was 19")
    dialog.findChild(QLineEdit, "childDateOfBirth").setText(f"{TODAY - timedelta(days=900):%d/%m/%Y}")
    _click(qtbot, dialog, "childDialogSave")
    assert not dialog.isVisible()
    assert ["Quentin Mistake", "Boy"] in [[r[0], r[2]] for r in children.shown()]

    _select(children, "Quentin Mistake")
    _click(qtbot, record, "overviewEditChild")
    dialog = record.dialog
    assert dialog.findChild(QLineEdit, "childName").text() == "Quentin Mistake"
    _choose(dialog, "childSex", "Not recorded")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "childSchool"), "Hill Nursery")
    _click(qtbot, dialog, "childDialogSave")
    assert not dialog.isVisible()
    row = next(r for r in children.shown() if r[0] == "Quentin Mistake")
    assert (row[2], row[3]) == ("Not recorded", "Hill Nursery")
    assert _audit(vault, "child_changed")[-1].endswith("fields=school,sex")

    _select(children, "Quentin Mistake")
    _click(qtbot, record, "overviewRemoveChild")
    box = record.dialog
    assert isinstance(box, QMessageBox) and "Quentin Mistake" in box.text()
    _click(qtbot, box, "confirmYesButton")
    assert [r[0] for r in children.shown()] == ["Kit Example"]
    assert len(_audit(vault, "child_removed")) == 1

    # Kit is counted by her stay: the remove is refused, plainly, and he stays.
    _select(children, "Kit Example")
    _click(qtbot, record, "overviewRemoveChild")
    _click(qtbot, record.dialog, "confirmYesButton")
    message = record.findChild(QLabel, "recordMessage")
    assert message.isVisible() and message.text().startswith(
        "Kit Example is counted among the children of her stay in Elm House, Room 1")
    assert [r[0] for r in children.shown()] == ["Kit Example"]
    with vault.session() as s:
        assert s.scalar(select(Child.sex).where(Child.id == amy["kit"])) is None


def test_a_childs_sex_is_saved_and_typed_work_is_not_thrown_away_by_escape(qtbot, amy):
    vault = amy["vault"]
    record, tab = _record(qtbot, vault, amy["resident"])
    _select(tab.lists.children_list, "Kit Example")
    qtbot.keyClick(tab.lists.children_list.table, Qt.Key.Key_Return)  # Enter opens Edit
    dialog = record.dialog
    assert dialog.objectName() == "childDialog"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not dialog.isVisible()

    _select(tab.lists.children_list, "Kit Example")
    _click(qtbot, record, "overviewEditChild")
    dialog = record.dialog
    _choose(dialog, "childSex", "Boy")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.confirm_box is not None
    _click(qtbot, dialog.confirm_box, "confirmCancelButton")
    assert dialog.isVisible()
    _click(qtbot, dialog, "childDialogSave")
    with vault.session() as s:
        assert s.scalar(select(Child.sex).where(Child.id == amy["kit"])) is ChildSex.BOY
    assert tab.lists.children_list.shown()[0][2] == "Boy"


def test_consent_is_added_changed_and_withdrawn_on_the_overview(qtbot, amy):
    vault = amy["vault"]
    record, tab = _record(qtbot, vault, amy["resident"])
    consents = tab.lists.consents
    assert consents.empty.text() == "No consent recorded yet." and not consents.table.isVisible()

    _click(qtbot, record, "overviewAddConsent")
    dialog = record.dialog
    qtbot.keyClicks(dialog.findChild(QLineEdit, "consentWhat"), "Her risk assessment")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "consentSharedWith"), "MARAC")
    dialog.findChild(QCheckBox, "consentCovers_marac").setChecked(True)
    _choose(dialog, "consentHowGiven", "She signed")
    given = TODAY - timedelta(days=5)
    dialog.findChild(DayEdit, "consentGivenOn").setDate(QDate(given.year, given.month,
                                                                given.day))
    assert dialog.findChild(QComboBox, "consentExplainedBy").currentText() == "Ada Test"
    _choose(dialog, "consentExplainedBy", "Bea Worker")
    _click(qtbot, dialog, "consentDialogSave")
    assert not dialog.isVisible()
    row = consents.shown()[0]
    assert row[0:2] == ["Her risk assessment", "She agreed to share with: MARAC"]
    assert row[2].endswith("(she signed)")
    assert row[3:] == ["Bea Worker", "In force"]

    _select(consents, "Her risk assessment")
    _click(qtbot, record, "overviewChangeConsent")
    dialog = record.dialog
    shared = dialog.findChild(QLineEdit, "consentSharedWith")
    shared.clear()
    qtbot.keyClicks(shared, "MARAC and the police")
    assert dialog.findChild(QCheckBox, "consentCovers_marac").isChecked()  # as she gave it
    dialog.findChild(QCheckBox, "consentCovers_agency_police").setChecked(True)
    _click(qtbot, dialog, "consentDialogSave")
    assert consents.shown()[0][1] == "She agreed to share with: MARAC, the police"
    assert _audit(vault, "consent_changed")[-1].endswith("fields=covers,shared_with")

    _select(consents, "Her risk assessment")
    _click(qtbot, record, "overviewWithdrawConsent")
    dialog = record.dialog
    when = dialog.findChild(DayEdit, "consentWithdrawnOn")
    early = given - timedelta(days=2)
    when.setDate(QDate(early.year, early.month, early.day))
    _click(qtbot, dialog, "withdrawConsentDialogSave")
    said = dialog.findChild(QLabel, "withdrawConsentDialog_withdrawn_onMessage").text()
    assert dialog.isVisible() and said.startswith(
        "Consent cannot be withdrawn before it was given")
    yesterday = TODAY - timedelta(days=1)
    when.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    _click(qtbot, dialog, "withdrawConsentDialogSave")
    assert not dialog.isVisible()
    assert consents.shown()[0][4].startswith("Withdrawn ")
    assert len(_audit(vault, "consent_withdrawn")) == 1
    _select(consents, "Her risk assessment")
    for name, why in [("overviewWithdrawConsent", "Already withdrawn on"),
                      ("overviewChangeConsent", "This consent was withdrawn")]:
        button = record.findChild(QPushButton, name)
        assert not button.isEnabled() and button.toolTip().startswith(why)


def test_the_person_she_fled_and_his_known_areas_keep_her_away_from_them(qtbot, amy):
    vault = amy["vault"]
    record, tab = _record(qtbot, vault, amy["resident"])
    hint = record.findChild(QLabel, "overviewAbusersHint").text()
    assert "keep her away from those places when a room is found" in hint

    _click(qtbot, record, "overviewAddAbuser")
    dialog = record.dialog
    qtbot.keyClicks(dialog.findChild(QLineEdit, "abuserName"), "Dan Example")
    areas = dialog.findChild(QPlainTextEdit, "abuserKnownAreas")
    qtbot.keyClicks(areas, "Southbury")
    qtbot.keyClick(areas, Qt.Key.Key_Return)
    qtbot.keyClicks(areas, "Eastfield")
    _click(qtbot, dialog, "abuserDialogSave")
    assert not dialog.isVisible()
    assert tab.lists.abusers.shown()[0][3] == "Southbury\nEastfield"
    with vault.session() as s:
        assert excluded_areas(s, amy["resident"]) == ["Southbury", "Eastfield"]

    _select(tab.lists.abusers, "Dan Example")
    _click(qtbot, record, "overviewEditAbuser")
    dialog = record.dialog
    areas = dialog.findChild(QPlainTextEdit, "abuserKnownAreas")
    assert areas.toPlainText() == "Southbury\nEastfield"
    areas.selectAll()
    qtbot.keyClicks(areas, "Northtown")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "abuserVehicle"), "Blue van")
    _click(qtbot, dialog, "abuserDialogSave")
    assert not dialog.isVisible()
    with vault.session() as s:
        assert excluded_areas(s, amy["resident"]) == ["Northtown"]
    assert _audit(vault, "safety_changed")[-1].endswith("fields=known_areas,vehicle")


def test_typed_text_is_shown_as_text_never_as_html(qtbot, amy):
    vault = amy["vault"]
    residents.update_resident(vault, amy["resident"], name="<b>Amy</b> Example")
    residents.add_child(vault, resident_id=amy["resident"], name="<i>Ada</i>",
                        needs="Speech therapy. " * 50)
    record, tab = _record(qtbot, vault, amy["resident"])
    assert record.header_view.name.textFormat() == Qt.TextFormat.PlainText
    assert record.header_view.name.text() == "<b>Amy</b> Example"
    assert "<i>Ada</i>" in [r[0] for r in tab.lists.children_list.shown()]
    table = tab.lists.children_list.table
    row = [r[0] for r in tab.lists.children_list.shown()].index("<i>Ada</i>")
    needs = table.item(row, 5)
    assert len(needs.text()) <= 301 and needs.text().endswith("…")  # long text cut short,
    assert needs.toolTip() == ("Speech therapy. " * 50).strip()  # and whole on hover
    assert "&lt;b&gt;Amy&lt;/b&gt;" in tab.overview.text()


def test_a_resident_under_18_is_flagged_on_her_header_today_and_the_handover(qtbot, amy):
    vault = amy["vault"]
    record, _ = _record(qtbot, vault, amy["resident"])
    flag = f"Under 18 (she is 16). {UNDER_18_DEFAULT_NOTE}"
    assert record.header_view.alert_lines()[0] == flag
    assert record.header_view.alerts.isVisible()

    page = TodayPage(vault)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, page.refresh_job)
    lines = page.shown_lines()
    assert "Under 18 (1)" in lines
    assert f"● R-1 (Elm House): {flag}" in lines
    _click(qtbot, page, "writeHandoverButton")
    settle(qtbot, page.job)
    dialog = page.dialog
    assert isinstance(dialog, WriteHandoverDialog)
    texts = dialog.lines_of(amy["house"])
    assert texts[texts.index("Under 18") + 1] == f"R-1: {flag}"
    dialog.done(0)

    # Her date of birth corrected (she is 30): the flag goes from her header at once.
    _click(qtbot, record, "overviewEditDetails")
    details = record.dialog
    born = details.findChild(QLineEdit, "detailsDateOfBirth")
    born.setText(f"{TODAY - timedelta(days=30 * 366):%d/%m/%Y}")
    _click(qtbot, details, "detailsDialogSave")
    assert not details.isVisible()
    assert not any(line.startswith("Under 18") for line in record.header_view.alert_lines())


def test_escape_on_her_details_with_typed_work_asks_and_discard_saves_nothing(qtbot, amy):
    vault = amy["vault"]
    record, _ = _record(qtbot, vault, amy["resident"])
    _click(qtbot, record, "overviewEditDetails")
    dialog = record.dialog
    qtbot.keyClicks(dialog.findChild(QLineEdit, "detailsKnownAs"), "Ames")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.confirm_box.windowTitle() == "Leave without saving?"
    _click(qtbot, dialog.confirm_box, "confirmYesButton")
    assert not dialog.isVisible()
    with vault.session() as s:
        assert residents.load_resident(s, amy["resident"]).known_as == ""
