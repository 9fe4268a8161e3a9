"""The linked arrival (issue 13) through the screens: the board, an offer, the arrival filled in
from the referral, "Start her intake" at once, the intake filled in from the stay, and her
record showing the stay (Today and the handover see her); a woman who comes back found and
linked, not made twice; "Start her intake" on a room whose stay was made before."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWizard,
)
from sqlalchemy import func, select

from refugedesk import capacity, handover_draft, houses, referrals, residents, today
from refugedesk.db.models import (
    DepartureReason,
    ReferralChannel,
    ReferralSource,
    Resident,
    RiskLevel,
    Stay,
)
from refugedesk.ui.dates import DayEdit
from refugedesk.ui.houses_page import HousesPage
from refugedesk.ui.intake_wizard import IntakeWizard
from refugedesk.ui.residents_page import ResidentsPage

TODAY = date.today()
OPENED = TODAY - timedelta(days=800)


@pytest.fixture
def service(new_vault, vault_path):
    vault, _ = new_vault
    willow = houses.add_house(vault, name="Willow House", area="Easton", opened_on=OPENED)
    elm = houses.add_house(vault, name="Elm House", area="Northtown", opened_on=OPENED)
    rooms = {name: houses.add_room(vault, house_id=house, name=name, child_places=3, cots=1,
                                   opened_on=OPENED)
             for house, name in [(willow, "Room 4"), (willow, "Room 5"), (elm, "Room 1")]}
    return {"vault": vault, "path": vault_path, "rooms": rooms, "willow": willow}


def _referral(vault, name: str = "Rosa Jones") -> int:
    return referrals.receive(vault, name=name, channel=ReferralChannel.PHONE,
                             source=ReferralSource.POLICE, risk_level=RiskLevel.HIGH,
                             children_count=2, children_ages="4, 7",
                             excluded_areas="Northtown", needs_ground_floor=True)


def _click(qtbot, parent, name: str) -> None:
    button = parent.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _typed(qtbot, parent, name: str, text: str) -> None:
    edit = parent.findChild(QLineEdit, name)
    assert edit is not None, name
    edit.clear()
    qtbot.keyClicks(edit, text)


def _set_day(edit: DayEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def _stays(vault) -> list[Stay]:
    with vault.session() as s:
        found = list(s.scalars(select(Stay).order_by(Stay.id)))
        for stay in found:
            s.expunge(stay)
        return found


def test_board_offer_arrival_then_her_intake_and_her_record_shows_the_stay(
        qtbot, start_app, service):
    from conftest import ADMIN_PASSWORD

    from ui.drive import sign_in

    vault, rooms = service["vault"], service["rooms"]
    referral = _referral(vault)
    window = sign_in(qtbot, start_app(service["path"]), "ada", ADMIN_PASSWORD)
    assert window.show_page("houses")
    board = window.page_widget("houses")
    assert isinstance(board, HousesPage)

    # The offer, from the board.
    board.select_room(rooms["Room 4"])
    _click(qtbot, board, "offerButton")
    offer = board.dialog
    combo = offer.findChild(QComboBox, "offerReferral")
    combo.setCurrentIndex(combo.findData(referral))
    _click(qtbot, offer, "offerDialogSave")
    assert not offer.isVisible()

    # The arrival starts from the referral: nothing typed twice.
    _click(qtbot, board, "arriveButton")
    arrive = board.dialog
    assert arrive.findChild(QLineEdit, "arriveName").text() == "Rosa Jones"
    assert arrive.findChild(QLineEdit, "arriveHousehold").text() == "H-00001"
    assert arrive.findChild(QSpinBox, "arriveChildren").value() == 2
    assert arrive.findChild(QLineEdit, "arriveAges").text() == "4, 7"
    needs = arrive.findChild(QLabel, "arriveNeeds").text().lower()
    assert "needs a ground-floor room" in needs and "must not be placed in northtown" in needs
    assert not arrive.findChild(QComboBox, "arriveReturning").isVisible()  # nobody on file
    on = arrive.findChild(DayEdit, "arriveOn")
    assert on.date().toPython() == TODAY

    # A date two days ahead is asked about; saying no saves nothing.
    _set_day(on, TODAY + timedelta(days=2))
    _click(qtbot, arrive, "arriveDialogSave")
    question = arrive.date_box
    assert question is not None and question.isVisible()
    assert "2 days from now" in question.text()
    _click(qtbot, question, "confirmCancelButton")
    assert _stays(vault) == [] and arrive.isVisible()

    _set_day(on, TODAY)
    _click(qtbot, arrive, "arriveDialogSave")
    assert not arrive.isVisible()
    [stay] = _stays(vault)
    assert (stay.household_ref, stay.name, stay.arrived_on) == ("H-00001", "Rosa Jones", TODAY)

    # "Start her intake" at once: the wizard opens on the Residents page, linked and filled in.
    box = board.arrival_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    _click(qtbot, box, "arrivalStartIntake")
    assert window.current_page == "residents"
    people = window.page_widget("residents")
    wizard = people.dialog
    assert isinstance(wizard, IntakeWizard) and wizard.stay_id == stay.id
    assert wizard.findChild(QLineEdit, "intakeName").text() == "Rosa Jones"
    assert wizard.findChild(QLineEdit, "intakeReference").text() == "H-00001"
    assert "Needs a ground-floor room" in wizard.details.access_needs.toPlainText()
    _click(qtbot, wizard, "intakeNext")
    assert wizard.currentPage().objectName() == "intakeChildrenPage"
    assert [f.title() for f in wizard.children_page.forms] == [
        "Child 1 (aged 4 at arrival)", "Child 2 (aged 7 at arrival)"]
    _typed(qtbot, wizard, "intakeChild0Name", "Mia Jones")
    _typed(qtbot, wizard, "intakeChild1Name", "Leo Jones")
    _click(qtbot, wizard, "intakeNext")
    _click(qtbot, wizard, "intakeNext")  # consent: none yet
    assert wizard.currentPage().objectName() == "intakeSafetyPage"
    assert wizard.findChild(QPlainTextEdit, "intakeKnownAreas").toPlainText() == "Northtown"
    _click(qtbot, wizard, "intakeAddOrder")
    kind = wizard.findChild(QComboBox, "intakeOrder0Kind")
    kind.setCurrentIndex(kind.findText("Non-molestation order"))
    _typed(qtbot, wizard, "intakeOrder0ExpiresOn",
           (TODAY + timedelta(days=10)).strftime("%d/%m/%Y"))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()

    # Her record shows the stay; Move on is there for her.
    record = people.record
    assert record is not None
    resident_id = record.resident_id
    assert "In refuge now: Room 4, Willow House, since" in record.findChild(
        QLabel, "overviewText").text()
    reviews = record.show_tab("recordReviews")
    move_on = record.findChild(QPushButton, "recordMoveOnButton")
    assert reviews is not None and move_on.isEnabled()
    assert [s.resident_id for s in _stays(vault)] == [resident_id]

    # Today and the handover see her under her house (they key off the stay's record).
    with vault.session() as s:
        lines = [i for i in today.items(s, vault.person) if i.group == "court_orders"]
        assert [(i.record_id, i.text.split(":")[0]) for i in lines] == [(resident_id,
                                                                          "H-00001")]
        draft = handover_draft.draft(s)
    willow = next(p for p in draft.houses if p.house_id == service["willow"])
    assert any(line.text.startswith("H-00001") for line in willow.lines)
    assert not any("H-00001" in line.text for line in draft.service.lines)

    # The board now opens her record from her room.
    window.show_page("houses")
    board.select_room(rooms["Room 4"])
    assert board.findChild(QPushButton, "startIntakeButton").text() == "Open her record"


@pytest.fixture
def rosa_before(service):
    """Rosa stayed before: a record (H-00001) with a stay that ended months ago."""
    vault, rooms = service["vault"], service["rooms"]
    earlier = capacity.arrive(vault, room_id=rooms["Room 5"], on=TODAY - timedelta(days=300),
                              name="Rosa Jones")
    capacity.depart(vault, stay_id=earlier, on=TODAY - timedelta(days=200),
                    reason=DepartureReason.RETURNED_TO_ABUSER)
    rosa = residents.create_resident(vault, reference="H-00001", name="Rosa Jones")
    residents.link_stay(vault, resident_id=rosa, stay_id=earlier)
    return rosa


def _board(qtbot, vault) -> HousesPage:
    page = HousesPage(vault)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    return page


def _residents(vault) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(Resident)) or 0


def test_a_returning_woman_is_chosen_at_arrival_and_keeps_her_record(qtbot, service,
                                                                     rosa_before):
    vault, rooms = service["vault"], service["rooms"]
    capacity.offer(vault, referral_id=_referral(vault), room_id=rooms["Room 4"],
                   arriving=TODAY, nights=28, held_until=datetime.now(UTC) + timedelta(days=1))
    board = _board(qtbot, vault)
    board.select_room(rooms["Room 4"])
    _click(qtbot, board, "arriveButton")
    arrive = board.dialog
    returning = arrive.findChild(QComboBox, "arriveReturning")
    assert returning.isVisible() and returning.count() == 2
    assert returning.itemText(0) == "No: she is new to the service"
    assert "Rosa Jones, H-00001" in returning.itemText(1)
    assert "last stay ended" in returning.itemText(1)
    assert arrive.findChild(QLineEdit, "arriveHousehold").text() == "H-00002"
    returning.setCurrentIndex(1)  # "This is her": her earlier reference comes with her
    assert arrive.findChild(QLineEdit, "arriveHousehold").text() == "H-00001"
    _click(qtbot, arrive, "arriveDialogSave")
    assert not arrive.isVisible()
    stay = _stays(vault)[-1]
    assert (stay.resident_id, stay.household_ref) == (rosa_before, "H-00001")
    assert _residents(vault) == 1  # not made twice
    box = board.arrival_box
    assert box is not None and box.findChild(QPushButton, "arrivalStartIntake").text() \
        == "Open her record"
    assert board.findChild(QPushButton, "startIntakeButton").text() == "Open her record"


def test_a_typed_reference_another_household_has_is_refused_in_the_form(qtbot, service,
                                                                        rosa_before):
    vault, rooms = service["vault"], service["rooms"]
    board = _board(qtbot, vault)
    board.select_room(rooms["Room 1"])
    _click(qtbot, board, "arriveButton")
    arrive = board.dialog
    _typed(qtbot, arrive, "arriveName", "Ann Lee")
    _typed(qtbot, arrive, "arriveHousehold", "H-00001")
    _click(qtbot, arrive, "arriveDialogSave")
    text = arrive.findChild(QLabel, "arriveDialog_household_refMessage") or arrive.findChild(
        QLabel, "arriveDialogMessage")
    assert "Another household already has the reference “H-00001”" in text.text()
    assert arrive.isVisible() and arrive.findChild(QLineEdit, "arriveName").text() == "Ann Lee"
    assert len(_stays(vault)) == 1


def test_start_her_intake_from_the_board_for_a_stay_made_before(qtbot, service, rosa_before):
    vault, rooms = service["vault"], service["rooms"]
    board = _board(qtbot, vault)
    board.select_room(rooms["Room 1"])  # free: nothing to start from, and it says why
    start = board.findChild(QPushButton, "startIntakeButton")
    assert not start.isEnabled() and "someone is staying in" in start.toolTip()

    # A stay recorded before, with no record: "This is her" links it, nothing is merged.
    stay = capacity.arrive(vault, room_id=rooms["Room 4"], on=TODAY, name="Rosa Jones")
    board.refresh()  # set up behind the board's back
    board.select_room(rooms["Room 4"])
    assert start.isEnabled() and start.text() == "Start her intake…"
    _click(qtbot, board, "startIntakeButton")
    ask = board.dialog
    assert ask.objectName() == "returningDialog"
    found = ask.findChild(QListWidget, "returningList")
    assert found.count() == 1 and "Rosa Jones, H-00001" in found.item(0).text()
    this_is_her = ask.findChild(QPushButton, "returningThisIsHer")
    assert not this_is_her.isEnabled() and "Choose her" in this_is_her.toolTip()
    found.setCurrentRow(0)
    _click(qtbot, ask, "returningThisIsHer")
    assert not ask.isVisible()
    linked = next(s for s in _stays(vault) if s.id == stay)
    assert (linked.resident_id, linked.household_ref) == (rosa_before, "H-00001")
    assert _residents(vault) == 1
    assert start.text() == "Open her record"

    # Someone new to the service: the wizard opens at once, linked to her stay.
    other = capacity.arrive(vault, room_id=rooms["Room 5"], on=TODAY, name="Zoe Quinn",
                            children_count=1, children_ages="3")
    board.refresh()
    board.select_room(rooms["Room 5"])
    _click(qtbot, board, "startIntakeButton")
    wizard = board.dialog
    assert isinstance(wizard, IntakeWizard) and wizard.stay_id == other
    assert wizard.findChild(QLineEdit, "intakeName").text() == "Zoe Quinn"
    # H-00002 went to Rosa's stay before it took her own reference: it is never reissued.
    assert wizard.findChild(QLineEdit, "intakeReference").text() == "H-00003"
    # Closing it keeps it; the board carries on the same intake rather than a second one.
    wizard.reject()
    board.select_room(rooms["Room 5"])
    _click(qtbot, board, "startIntakeButton")
    again = board.dialog
    assert isinstance(again, IntakeWizard) and again.draft_id == wizard.draft_id
    again.reject()


def test_move_on_says_why_it_is_not_there_for_a_woman_not_in_refuge(qtbot, service):
    vault = service["vault"]
    resident = residents.create_resident(vault, reference="H-00009", name="Nia Brook")
    page = ResidentsPage(vault)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    record = page.open_resident(resident)
    assert "Not in refuge now." in record.findChild(QLabel, "overviewText").text()
    record.show_tab("recordReviews")
    move_on = record.findChild(QPushButton, "recordMoveOnButton")
    assert not move_on.isEnabled()
    assert "she is not in refuge now" in move_on.toolTip()
    assert "Start her intake" in move_on.toolTip()
