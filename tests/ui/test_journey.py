"""Issue 13's acceptance test: one woman's whole journey through the real main window, driven
only by clicks on named widgets and keys typed into fields, from a new referral to her moving
on; then her record, Today, the handover draft, the board and both spreadsheets are checked.
A second journey, shorter, for a woman who comes back.

The domain is used only to set up the service (houses, rooms, a second member of staff) and to
read back for the assertions. Every person, place and word here is made up."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QAbstractListModel, QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)
from sqlalchemy import func, select

from refugedesk import handover_draft, houses, staff
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import DepartureReason, Resident, Role, Stay
from refugedesk.ui.dates import DayEdit, DayTimeEdit
from refugedesk.ui.dialogs import alive
from ui.drive import settle, sign_in

TODAY = date.today()
OPENED = TODAY - timedelta(days=900)
REFERRED = TODAY - timedelta(days=21)
ARRIVED = TODAY - timedelta(days=20)
#: The PDF's ligatures (ff, fi, fl, ffi, ffl) unfolded, as a reader sees the words.
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                           "\ufb04": "ffl"})


# --- driving the widgets -----------------------------------------------------------------------

def find(parent: QWidget, kind: type, name: str):
    widget = parent.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name}"
    return widget


def click(qtbot, parent: QWidget, name: str) -> None:
    """Click a named button, which must be there and enabled (else: its tooltip says why)."""
    button = find(parent, QAbstractButton, name)
    assert button.isEnabled(), f"{name} is disabled: {button.toolTip()}"
    # A check box takes clicks on its box and words only, not the blank beyond them.
    at = (QPoint(6, button.height() // 2) if isinstance(button, (QCheckBox, QRadioButton))
          else QPoint())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=at)


def type_in(qtbot, parent: QWidget, name: str, text: str) -> None:
    """Type (ASCII) into a named line or text box, replacing what was there."""
    edit = parent.findChild(QLineEdit, name) or parent.findChild(QPlainTextEdit, name)
    assert edit is not None, f"no text field named {name}"
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def type_number(qtbot, parent: QWidget, name: str, value: int) -> None:
    spin = find(parent, QSpinBox, name)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value


def choose(parent: QWidget, name: str, text: str) -> None:
    """Choose the item of a named combo box whose text starts with `text`."""
    combo = find(parent, QComboBox, name)
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert index >= 0, f"{text!r} not offered in {name}: {offered}"
    combo.setCurrentIndex(index)


def set_day(parent: QWidget, name: str, day: date) -> None:
    """Set a named date field (DayEdit, or the day of a DayTimeEdit)."""
    edit = parent.findChild(DayEdit, name) or parent.findChild(DayTimeEdit, name)
    assert edit is not None, f"no date field named {name}"
    edit.setDate(QDate(day.year, day.month, day.day))


def click_row(qtbot, view: QAbstractItemView, row: int) -> None:
    """Click a row of a list or table, as she would with the mouse."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())


def row_of(view: QAbstractItemView, text: str) -> int:
    """The first row with a cell that starts with `text`."""
    shown = rows(view)
    found = [r for r, cells in enumerate(shown) if any(c.startswith(text) for c in cells)]
    assert found, f"{text!r} not listed: {shown}"
    return found[0]


def rows(view: QAbstractItemView) -> list[list[str]]:
    model = view.model()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    return [[str(model.index(r, c).data()) for c in range(columns)]
            for r in range(model.rowCount())]


def open_tab(qtbot, record: QWidget, name: str) -> QWidget:
    """Click the tab of her record whose page has this object name."""
    tabs = find(record, QTabWidget, "recordTabs")
    index = next(i for i in range(tabs.count()) if tabs.widget(i).objectName() == name)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index
    return tabs.widget(index)


def go_to(qtbot, window: QWidget, key: str) -> QWidget:
    """Click a page on the navigation rail."""
    click(qtbot, window, f"nav{key[:1].upper()}{key[1:]}")
    assert window.current_page == key
    return window.page_widget(key)


def closed(dialog: QWidget) -> bool:
    """Closed (the app's dialogs may delete themselves on close)."""
    return not alive(dialog) or not dialog.isVisible()


def saved(qtbot, dialog: QWidget, save: str) -> None:
    """Click the dialog's save button; it must close (else: what it said)."""
    click(qtbot, dialog, save)
    assert closed(dialog), f"{dialog.objectName()} stayed open: {messages(dialog)}"


def messages(dialog: QWidget) -> list[str]:
    """What a form says (its messages, under it and under its fields)."""
    return [label.text() for label in dialog.findChildren(QLabel)
            if label.objectName().endswith("Message") and label.text()]


def click_tile(qtbot, board: QWidget, room: str, house: str):
    """Click a room's tile on the board; returns the tile selected."""
    section = next(s for s in board.sections.values()
                   if s.heading.text().startswith(house))
    row = next(r for r, tile in enumerate(section.model.tiles) if tile.room.startswith(room))
    index = section.model.index(row)
    section.view.scrollTo(index)
    qtbot.mouseClick(section.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=section.view.visualRect(index).center())
    assert board.selected is not None and board.selected.room.startswith(room)
    return board.selected


def save_as(qtbot, chooser: QFileDialog, path: Path) -> None:
    """Choose where to save in Qt's own Save dialog and click its Save button. (The folder
    and name are set through the dialog rather than typed: offscreen, its completer takes
    over the typed path and the button turns to "Open".)"""
    chooser.setDirectory(str(path.parent))
    chooser.selectFile(path.name)
    buttons = find(chooser, QDialogButtonBox, "buttonBox")
    [accept] = [b for b in buttons.buttons()
                if buttons.buttonRole(b) is QDialogButtonBox.ButtonRole.AcceptRole]
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(path)
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split()).translate(
        LIGATURES)


def by_first_cell(table: list[list[object]], header: str) -> dict[object, dict[str, object]]:
    """The rows under the header row that starts with `header`, by their first cell."""
    start = next(i for i, row in enumerate(table) if row and row[0] == header)
    names = [str(h) for h in table[start]]
    found = {}
    for row in table[start + 1:]:
        if not row or row[0] is None:
            break
        found[row[0]] = dict(zip(names, row, strict=False))
    return found


def sheet_rows(path: Path, sheet: str) -> list[list[object]]:
    book = load_workbook(path, read_only=True)
    try:
        return [list(r) for r in book[sheet].iter_rows(values_only=True)]
    finally:
        book.close()


# --- the service -------------------------------------------------------------------------------

@pytest.fixture
def service(new_vault, vault_path):
    """Willow House (Easton: Room 4 on the ground floor, Room 5 upstairs) and Elm House
    (Northtown: Room 1, Room 2, both on the ground floor); Bea, a support worker, besides Ada
    the administrator."""
    vault, _ = new_vault
    willow = houses.add_house(vault, name="Willow House", area="Easton", opened_on=OPENED)
    elm = houses.add_house(vault, name="Elm House", area="Northtown", opened_on=OPENED)
    for house, name, ground in [(willow, "Room 4", True), (willow, "Room 5", False),
                                (elm, "Room 1", True), (elm, "Room 2", True)]:
        houses.add_room(vault, house_id=house, name=name, child_places=3, cots=1,
                        ground_floor=ground, opened_on=OPENED)
    staff.add_staff(vault, username="bea", display_name="Bea Worker",
                    role=Role.SUPPORT_WORKER, password="plum orchard lantern 99")
    return {"vault": vault, "path": vault_path, "willow": willow, "elm": elm}


def _stays(vault) -> list[Stay]:
    with vault.session() as s:
        found = list(s.scalars(select(Stay).order_by(Stay.id)))
        for stay in found:
            s.expunge(stay)
        return found


def _residents(vault) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(Resident)) or 0


# --- the journey -------------------------------------------------------------------------------

def test_one_womans_whole_journey_through_the_screens(qtbot, start_app, service, tmp_path):
    from conftest import ADMIN_PASSWORD

    vault = service["vault"]
    window = sign_in(qtbot, start_app(service["path"]), "ada", ADMIN_PASSWORD)
    window.resize(1366, 768)

    # A new referral, typed on the Referrals page: two children, one town she must avoid.
    page = go_to(qtbot, window, "referrals")
    click(qtbot, page, "newReferralButton")
    form = page.dialog
    type_in(qtbot, form, "referralName", "Rosa Example")
    set_day(form, "referralReceived", REFERRED)
    type_number(qtbot, form, "referralChildren", 2)
    type_in(qtbot, form, "referralAges", "4, 7")
    click(qtbot, form, "referralGroundFloor")
    type_in(qtbot, form, "referralExcludedAreas", "Northtown")
    saved(qtbot, form, "newReferralDialogSave")
    click_row(qtbot, page.table, row_of(page.table, "R.E."))
    assert "Must not be placed in: Northtown" in find(page, QLabel, "referralDetail").text()

    # Find a room: Room 4 fits; Elm House's rooms are left out, saying why (and Room 5).
    click(qtbot, page, "findReferralButton")
    finder = page.dialog
    left_out = {row[0]: row for row in rows(find(finder, QAbstractItemView, "findLeftOut"))}
    assert left_out.keys() == {"Room 1", "Room 2", "Room 5"}
    for room in ("Room 1", "Room 2"):
        assert left_out[room][1:4] == ["Elm House (Northtown)",
                                       "In Northtown, an area she must not be placed in",
                                       "No date: in an excluded area"]
    assert left_out["Room 5"][1] == "Willow House (Easton)"
    assert "ground floor" in left_out["Room 5"][2].lower()
    fitting = find(finder, QAbstractItemView, "findRooms")
    assert [r[0].split(" — ")[0] for r in rows(fitting)] == ["Room 4, Willow House (Easton)"]
    assert "1 room fits" in find(finder, QLabel, "findSummary").text()

    # The offer: Room 4, for the day she came (the journey is entered as it happened).
    set_day(finder, "findArriving", ARRIVED)
    click_row(qtbot, fitting, row_of(fitting, "Room 4, Willow House"))
    saved(qtbot, finder, "findRoomDialogSave")

    # Her arrival, on the board: everything from the referral is there already.
    board = go_to(qtbot, window, "houses")
    tile = click_tile(qtbot, board, "Room 4", "Willow House")
    assert "Rosa Example" in find(board, QLabel, "tileDetail").text()
    click(qtbot, board, "arriveButton")
    arrival = board.dialog
    assert find(arrival, QLineEdit, "arriveName").text() == "Rosa Example"
    reference = find(arrival, QLineEdit, "arriveHousehold").text()
    assert reference == "H-00001"
    assert find(arrival, QSpinBox, "arriveChildren").value() == 2
    assert find(arrival, QLineEdit, "arriveAges").text() == "4, 7"
    needs = find(arrival, QLabel, "arriveNeeds").text().lower()
    assert "ground-floor" in needs and "must not be placed in northtown" in needs
    assert find(arrival, DayEdit, "arriveOn").date().toPython() == ARRIVED  # the offer's day
    click(qtbot, arrival, "arriveDialogSave")
    assert "20 days ago" in arrival.date_box.text()  # a date so far back is asked about
    click(qtbot, arrival.date_box, "confirmYesButton")
    assert closed(arrival)
    [stay] = _stays(vault)
    assert (stay.name, stay.household_ref, stay.arrived_on, stay.children_count) == (
        "Rosa Example", reference, ARRIVED, 2)
    assert stay.room_id == tile.room_id

    # "Start her intake" at once: the wizard, linked to her stay and filled in.
    box = board.arrival_box
    click(qtbot, box, "arrivalStartIntake")
    assert window.current_page == "residents"
    people = window.page_widget("residents")
    wizard = people.dialog
    assert wizard.stay_id == stay.id
    assert find(wizard, QLineEdit, "intakeName").text() == "Rosa Example"
    assert find(wizard, QLineEdit, "intakeReference").text() == reference
    click(qtbot, wizard, "intakeNext")
    assert [f.title() for f in wizard.children_page.forms] == [
        "Child 1 (aged 4 at arrival)", "Child 2 (aged 7 at arrival)"]
    type_in(qtbot, wizard, "intakeChild0Name", "Mia Example")
    type_in(qtbot, wizard, "intakeChild1Name", "Leo Example")
    click(qtbot, wizard, "intakeNext")
    click(qtbot, wizard, "intakeNext")  # consent: given later, on her record
    assert find(wizard, QPlainTextEdit, "intakeKnownAreas").toPlainText() == "Northtown"
    type_in(qtbot, wizard, "intakeAbuserName", "Dan Madeup")
    click(qtbot, wizard, "intakeAddOrder")
    choose(wizard, "intakeOrder0Kind", "Non-molestation order")
    type_in(qtbot, wizard, "intakeOrder0ExpiresOn",
            (TODAY + timedelta(days=10)).strftime("%d/%m/%Y"))
    click(qtbot, wizard, "intakeFinish")
    assert closed(wizard)
    record = people.record
    rid = record.resident_id
    assert "In refuge now: Room 4, Willow House, since" in find(
        record, QLabel, "overviewText").text()
    assert [s.resident_id for s in _stays(vault)] == [rid]
    overview = open_tab(qtbot, record, "recordOverview")
    assert [row[0] for row in overview.lists.children_list.shown()] == [
        "Mia Example", "Leo Example"]

    # Consent, on the Overview of her record.
    click(qtbot, record, "overviewAddConsent")
    consent = record.dialog
    type_in(qtbot, consent, "consentWhat", "Her risk assessment")
    click(qtbot, consent, "consentCovers_marac")
    saved(qtbot, consent, "consentDialogSave")
    assert overview.lists.consents.shown()[0][:2] == [
        "Her risk assessment", "She agreed to share with: MARAC"]

    # DASH: 14 yes, high risk; the MARAC referral it prompts, with an action for the police.
    risk_tab = open_tab(qtbot, record, "recordRisk")
    click(qtbot, record, "riskNewDashButton")
    dash = record.dialog
    for question in range(24):
        choose(dash, f"dashAnswer{question}", "Yes" if question < 14 else "No")
    assert find(dash, QLabel, "dashScore").text().startswith("Score 14 of 24 (high risk")
    saved(qtbot, dash, "dashDialogSave")
    assert "score 14 of 24, high risk" in find(record, QLabel, "riskSummary").text()
    click(qtbot, record, "recordMaracButton")
    saved(qtbot, record.dialog, "maracDialogSave")
    click(qtbot, record, "maracActionsButton")
    actions = record.dialog
    choose(actions, "maracActionOwner", "An agency")
    type_in(qtbot, actions, "maracActionAgency", "Police")
    type_in(qtbot, actions, "maracActionWhat", "Flag her address")
    set_day(actions, "maracActionDue", TODAY + timedelta(days=14))
    click(qtbot, actions, "maracActionAdd")
    saved(qtbot, actions, "maracActionsDialogSave")
    assert "Police: Flag her address" in rows(risk_tab.marac_table)[0][3]

    # Her needs at intake, scored with her.
    needs_tab = open_tab(qtbot, record, "recordNeeds")
    click(qtbot, record, "needsNewButton")
    needs = record.dialog
    for area, score in [("safety", "1"), ("housing_move_on", "2"), ("money_benefits", "2")]:
        choose(needs, f"needsScore_{area}", score)
    type_in(qtbot, needs, "needsWords_safety", "I do not feel safe yet")
    saved(qtbot, needs, "needsDialogSave")
    assert [r[:2] for r in rows(needs_tab.needs_table)] == [
        ["Safety", "1"], ["Money and benefits", "2"], ["Housing and move-on", "2"]]

    # Her support plan: two goals in her words, an action for her key worker.
    plan_tab = open_tab(qtbot, record, "recordPlan")
    click(qtbot, record, "planStartButton")
    for words, area in [("Find a flat near my sister", "Housing"),
                        ("Open a bank account in my own name", "Money")]:
        click(qtbot, record, "planGoalButton")
        goal = record.dialog
        type_in(qtbot, goal, "goalHerWords", words)
        choose(goal, "goalArea", area)
        saved(qtbot, goal, "goalDialogSave")
    click(qtbot, record, "planActionButton")
    action = record.dialog
    type_in(qtbot, action, "actionWhat", "Ring the council housing team")
    choose(action, "actionGoal", "Find a flat")
    choose(action, "actionOwner", "Her key worker")
    set_day(action, "actionDue", TODAY + timedelta(days=3))
    saved(qtbot, action, "actionDialogSave")
    assert [r[0] for r in rows(plan_tab.goals_table)] == [
        "Find a flat near my sister", "Open a bank account in my own name"]

    # Keywork: a contact, working on her first goal.
    contacts_tab = open_tab(qtbot, record, "recordContacts")
    click(qtbot, record, "recordAddContactButton")
    contact = record.dialog
    goals = find(contact, QAbstractItemView, "contactGoals")
    click_row(qtbot, goals, 0)
    qtbot.keyClick(goals, Qt.Key.Key_Space)  # tick it
    assert goals.item(0).checkState() == Qt.CheckState.Checked
    choose(contact, "contactMode", "Face to face")
    type_in(qtbot, contact, "contactNotes", "Keywork: looked at flats near her sister")
    saved(qtbot, contact, "contactDialogSave")
    assert contacts_tab.contacts_model.rowCount() == 1

    # A programme set up from her record, her enrolment, and the first session attended.
    programmes_tab = open_tab(qtbot, record, "recordProgrammes")
    click(qtbot, record, "programmeSetUpButton")
    setup = record.dialog
    type_in(qtbot, setup, "programmeName", "Freedom Programme")
    type_in(qtbot, setup, "programmeFacilitator", "Jo Facilitator")
    choose(setup, "programmeDelivery", "In person")
    choose(setup, "programmeHouse", "Willow House")
    set_day(setup, "sessionDate0", TODAY)
    type_in(qtbot, setup, "sessionTopic0", "The Bully")
    click(qtbot, setup, "programmeAddSessionRow")
    type_number(qtbot, setup, "programmeToComplete", 2)
    saved(qtbot, setup, "programmeSetUpDialogSave")
    click(qtbot, record, "programmeEnrolButton")
    saved(qtbot, record.dialog, "enrolDialogSave")
    click(qtbot, record, "programmeAttendanceButton")
    attendance = record.dialog
    choose(attendance, "attendanceSession", "Freedom Programme: session 1")
    saved(qtbot, attendance, "attendanceDialogSave")
    assert rows(programmes_tab.programmes_table)[0][:3] == [
        "Freedom Programme", "In person, Jo Facilitator", "1 of 2 needed"]

    # An incident, saved through the dialog (it once crashed the app here).
    incidents_tab = open_tab(qtbot, record, "recordIncidents")
    click(qtbot, record, "incidentAddButton")
    incident = record.dialog
    type_in(qtbot, incident, "incidentWhat", "A man asked for her at the door")
    type_in(qtbot, incident, "incidentDone", "Not let in; police told")
    saved(qtbot, incident, "incidentDialogSave")
    assert "A man asked for her at the door" in rows(incidents_tab.incidents_table)[0][3]

    # Today, while she is here: her court order ending soon.
    today_page = go_to(qtbot, window, "today")
    settle(qtbot, today_page.refresh_job)
    assert f"{reference}: Non-molestation order ends {fmt_day(TODAY + timedelta(days=10))}" \
        " (in 10 days)" in today_page.shown_lines()
    people = go_to(qtbot, window, "residents")
    assert people.record is record  # her record is still open where she left it

    # What became of her goals: the flat found; the bank account partly (and on a date).
    plan_tab = open_tab(qtbot, record, "recordPlan")
    for words, status in [("Find a flat", "Achieved"), ("Open a bank account", "Partly")]:
        click_row(qtbot, plan_tab.goals_table, row_of(plan_tab.goals_table, words))
        click(qtbot, record, "planStatusButton")
        dialog = record.dialog
        choose(dialog, "goalStatus", status)
        saved(qtbot, dialog, "goalStatusDialogSave")
    assert [r[3] for r in rows(plan_tab.goals_table)] == [
        f"Achieved ({fmt_day(TODAY)})", f"Partly achieved ({fmt_day(TODAY)})"]

    # The celebration of achievement, with her words, and her copy as a PDF.
    reviews_tab = open_tab(qtbot, record, "recordReviews")
    click(qtbot, record, "reviewHoldButton")
    review = record.dialog
    assert find(review, QComboBox, "reviewKind").currentText() == "Celebration of achievement"
    looked_at = find(review, QLabel, "reviewLookedAt").text()
    assert "Find a flat near my sister: achieved" in looked_at
    type_in(qtbot, review, "reviewAttended", "Rosa, Ada")
    type_in(qtbot, review, "reviewHerWords", "I have my own front door and a future.")
    type_in(qtbot, review, "reviewNextSteps", "Outreach visits each week")
    saved(qtbot, review, "reviewDialogSave")
    click_row(qtbot, reviews_tab.reviews_table, 0)
    click(qtbot, record, "reviewHerCopyButton")
    chooser = record.dialog
    her_copy = tmp_path / "her-copy.pdf"
    save_as(qtbot, chooser, her_copy)
    settle(qtbot, reviews_tab.job)
    assert "Her copy saved" in find(record, QLabel, "recordMessage").text()
    text = pdf_text(her_copy)
    assert "Celebrating you, Rosa" in text
    assert "I have my own front door and a future." in text
    assert "Find a flat near my sister" in text
    for secret in ("DASH", "MARAC", "risk", "Willow House", reference, "Dan Madeup"):
        assert secret not in text, secret

    # Move on: to social housing, with outreach support after.
    click(qtbot, record, "recordMoveOnButton")
    move = record.dialog
    choose(move, "moveOnReason", "Planned move on")
    choose(move, "moveOnDestination", "Social housing")
    choose(move, "moveOnSupport", "Outreach support")
    type_in(qtbot, move, "moveOnNote", "Keys collected")
    saved(qtbot, move, "moveOnDialogSave")

    # Her record: moved on, the stay closed, the outcomes counted.
    assert "Not in refuge now" in record.header_view.facts.text()
    moved = find(record, QAbstractButton, "recordMoveOnButton")
    assert not moved.isEnabled() and "she is not in refuge now" in moved.toolTip()
    assert "100% of the outcomes she asked for achieved (2 of 2; 1 in full)" in find(
        record, QLabel, "reviewsFigure").text()
    open_tab(qtbot, record, "recordOverview")
    assert (f"Willow House, Room 4: from {fmt_day(ARRIVED)} to {fmt_day(TODAY)} (planned move "
            "on)") in find(record, QLabel, "overviewText").text()
    [stay] = _stays(vault)
    assert (stay.resident_id, stay.left_on, stay.departure_reason) == (
        rid, TODAY, DepartureReason.PLANNED_MOVE_ON)
    assert _residents(vault) == 1

    # Today: nothing of hers is left to do now she has gone.
    today_page = go_to(qtbot, window, "today")
    settle(qtbot, today_page.refresh_job)
    assert not [line for line in today_page.shown_lines() if reference in line]

    # The handover draft: her day under Willow House, nothing of hers under "Whole service".
    click(qtbot, today_page, "writeHandoverButton")
    settle(qtbot, today_page.job)
    write = today_page.dialog
    parts = find(write, QAbstractItemView, "handoverLines")
    click_row(qtbot, parts, row_of(parts, "Willow House"))
    lines = write.lines_of(service["willow"])
    assert any("A man asked for her at the door" in line and f"({reference})" in line
               for line in lines)
    assert any(line.startswith(f"{reference}: DASH") and "score 14, high risk" in line
               for line in lines)
    assert f"{reference} (R.E.) left {fmt_day(TODAY)}, Room 4 (planned move on)" in lines
    click_row(qtbot, parts, row_of(parts, "Whole service"))
    assert not [line for line in write.lines_of(None) if reference in line]
    with vault.session() as s:  # read back: the draft itself, not only the screen
        draft = handover_draft.draft(s)
    assert not [line for line in draft.service.lines if reference in line.text]
    willow_part = next(p for p in draft.houses if p.house_id == service["willow"])
    assert {line.section for line in willow_part.lines if reference in line.text} == {
        "incident", "risk", "left"}
    qtbot.keyClick(write, Qt.Key.Key_Escape)  # nothing typed: it closes without asking
    assert closed(write)

    # The board: Room 4 is free again.
    board = go_to(qtbot, window, "houses")
    click_tile(qtbot, board, "Room 4", "Willow House")
    detail = find(board, QLabel, "tileDetail").text()
    assert "Leaving today" in detail and "20 nights so far" in detail  # her last night done
    assert board.selected.is_free

    # The occupancy spreadsheet, from the board's export dialog.
    click(qtbot, board, "exportOccupancyButton")
    export = board.dialog
    set_day(export, "exportFrom", REFERRED)
    set_day(export, "exportTo", TODAY)
    occupancy = tmp_path / "occupancy.xlsx"
    type_in(qtbot, export, "exportPath", str(occupancy))
    click(qtbot, export, "exportForInside")  # exact counts and her stays, for the service
    click(qtbot, export, "exportDialogSave")
    settle(qtbot, export.job)
    assert export.job.outcome.ok and closed(export)
    summary = by_first_cell(sheet_rows(occupancy, "Summary"), "House")
    willow_row = summary["Willow House"]
    assert (willow_row["Room-nights occupied"], willow_row["Women accommodated"],
            willow_row["Children accommodated"], willow_row["Arrivals"],
            willow_row["Departures"], willow_row["Average length of stay (nights)"]) == (
                20, 1, 2, 1, 1, 20)
    assert summary["Elm House"]["Room-nights occupied"] == 0
    assert summary["All houses"]["Women accommodated"] == 1
    cells = {row[0]: row[1] for row in sheet_rows(occupancy, "Summary") if len(row) > 1}
    assert (cells["Received"], cells["Accepted"], cells["Arrived"]) == (1, 1, 1)
    stays = by_first_cell(sheet_rows(occupancy, "Stays"), "Household reference")
    assert stays[reference]["House"] == "Willow House" and stays[reference]["Room"] == "Room 4"
    assert (stays[reference]["Arrived"].date(), stays[reference]["Left"].date(),
            stays[reference]["Nights in period"], stays[reference]["Children"]) == (
                ARRIVED, TODAY, 20, 2)

    # The outcomes spreadsheet, from the Reports page.
    reports = go_to(qtbot, window, "reports")
    click(qtbot, reports, "reportsOutcomesButton")
    export = reports.dialog
    set_day(export, "outcomesFrom", ARRIVED)
    set_day(export, "outcomesTo", TODAY)
    outcomes = tmp_path / "outcomes.xlsx"
    type_in(qtbot, export, "outcomesPath", str(outcomes))
    click(qtbot, export, "outcomesForInside")  # exact counts, for the service
    click(qtbot, export, "outcomesDialogSave")
    settle(qtbot, export.job)
    assert export.job.outcome.ok and closed(export)
    willow_row = by_first_cell(sheet_rows(outcomes, "Summary"), "House")["Willow House"]
    assert {k: willow_row[k] for k in (
        "Women supported", "Children supported", "Average length of stay (nights)",
        "Goals asked for", "Goals counted", "Goals achieved (in full or partly)",
        "Requested outcomes achieved", "Achieved in full", "Exits", "Planned exits",
        "MARAC referrals")} == {
        "Women supported": 1, "Children supported": 2, "Average length of stay (nights)": 20,
        "Goals asked for": 2, "Goals counted": 2, "Goals achieved (in full or partly)": 2,
        "Requested outcomes achieved": 1, "Achieved in full": 0.5, "Exits": 1,
        "Planned exits": 1, "MARAC referrals": 1}
    exits = sheet_rows(outcomes, "Exits")
    assert ["Willow House", "Planned move on", "Planned", "Social housing", 1] in exits


# --- the steps the second journey repeats ------------------------------------------------------

def refer(qtbot, window, *, name: str, received: date, ages: str, avoid: str) -> QWidget:
    """A new referral typed on the Referrals page, then selected there."""
    page = go_to(qtbot, window, "referrals")
    click(qtbot, page, "newReferralButton")
    form = page.dialog
    type_in(qtbot, form, "referralName", name)
    set_day(form, "referralReceived", received)
    type_number(qtbot, form, "referralChildren", len(ages.split(",")))
    type_in(qtbot, form, "referralAges", ages)
    type_in(qtbot, form, "referralExcludedAreas", avoid)
    saved(qtbot, form, "newReferralDialogSave")
    page.filter.setCurrentIndex(page.filter.findText("Waiting for an outcome"))
    click_row(qtbot, page.table, row_of(page.table, fmt_referred(received)))
    return page


def fmt_referred(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def offer(qtbot, page: QWidget, *, room: str, arriving: date) -> dict[str, list[str]]:
    """Find a room for the selected referral and offer `room`; the rooms left out, by name."""
    click(qtbot, page, "findReferralButton")
    finder = page.dialog
    set_day(finder, "findArriving", arriving)
    left_out = {row[0]: row for row in rows(find(finder, QAbstractItemView, "findLeftOut"))}
    fitting = find(finder, QAbstractItemView, "findRooms")
    click_row(qtbot, fitting, row_of(fitting, room))
    saved(qtbot, finder, "findRoomDialogSave")
    return left_out


def arrive(qtbot, window, *, room: str, house: str, night: date) -> QWidget:
    """Her arrival on the board shown for `night`, the day of the offer (asked about, when long
    ago). Returns the board."""
    board = go_to(qtbot, window, "houses")
    set_day(board, "boardDate", night)
    click_tile(qtbot, board, room, house)
    click(qtbot, board, "arriveButton")
    dialog = board.dialog
    click(qtbot, dialog, "arriveDialogSave")
    if not closed(dialog) and dialog.date_box is not None:
        click(qtbot, dialog.date_box, "confirmYesButton")
    assert closed(dialog), messages(dialog)
    return board


def move_on(qtbot, record: QWidget, *, on: date, reason: str, destination: str) -> None:
    """Move on, from the Reviews tab of her record (a day long past is asked about)."""
    open_tab(qtbot, record, "recordReviews")
    click(qtbot, record, "recordMoveOnButton")
    dialog = record.dialog
    set_day(dialog, "moveOnDate", on)
    choose(dialog, "moveOnReason", reason)
    choose(dialog, "moveOnDestination", destination)
    click(qtbot, dialog, "moveOnDialogSave")
    if not closed(dialog) and dialog.past.box is not None:
        click(qtbot, dialog.past.box, "confirmYesButton")
        qtbot.waitUntil(lambda: closed(dialog))  # once the question has gone
    assert closed(dialog), messages(dialog)


# --- the second journey: she comes back ----------------------------------------------------------

def test_a_woman_who_comes_back_is_found_and_linked_not_made_twice(qtbot, start_app, service,
                                                                   tmp_path):
    from conftest import ADMIN_PASSWORD

    vault = service["vault"]
    window = sign_in(qtbot, start_app(service["path"]), "ada", ADMIN_PASSWORD)
    window.resize(1366, 768)
    first_came, first_left = TODAY - timedelta(days=200), TODAY - timedelta(days=120)

    # Her first stay, months ago: referral, offer, arrival, intake, and she left.
    page = refer(qtbot, window, name="Nina Madeup", received=first_came, ages="3",
                 avoid="Northtown")
    offer(qtbot, page, room="Room 5, Willow House", arriving=first_came)
    board = arrive(qtbot, window, room="Room 5", house="Willow House", night=first_came)
    click(qtbot, board.arrival_box, "arrivalStartIntake")
    wizard = window.page_widget("residents").dialog
    reference = find(wizard, QLineEdit, "intakeReference").text()
    assert reference == "H-00001"
    click(qtbot, wizard, "intakeNext")
    type_in(qtbot, wizard, "intakeChild0Name", "Ava Madeup")
    click(qtbot, wizard, "intakeNext")
    click(qtbot, wizard, "intakeNext")
    click(qtbot, wizard, "intakeFinish")
    assert closed(wizard)
    record = window.page_widget("residents").record
    rid = record.resident_id
    move_on(qtbot, record, on=first_left, reason="Returned to abuser", destination="Unknown")
    assert "Not in refuge now" in record.header_view.facts.text()

    # She is referred again, and comes back ten days ago.
    came_back = TODAY - timedelta(days=10)
    page = refer(qtbot, window, name="Nina Madeup", received=came_back - timedelta(days=1),
                 ages="3", avoid="Northtown")
    left_out = offer(qtbot, page, room="Room 4, Willow House", arriving=came_back)
    assert left_out["Room 1"][2] == "In Northtown, an area she must not be placed in"

    # The arrival finds her: "This is her" brings her earlier reference with her.
    board = go_to(qtbot, window, "houses")
    set_day(board, "boardDate", TODAY)
    click_tile(qtbot, board, "Room 4", "Willow House")
    click(qtbot, board, "arriveButton")
    dialog = board.dialog
    assert find(dialog, QLineEdit, "arriveName").text() == "Nina Madeup"
    returning = find(dialog, QComboBox, "arriveReturning")
    assert returning.isVisible() and returning.count() == 2
    assert find(dialog, QLineEdit, "arriveHousehold").text() == "H-00002"  # if she were new
    choose(dialog, "arriveReturning", "This is her: Nina Madeup, H-00001: last stay ended")
    assert find(dialog, QLineEdit, "arriveHousehold").text() == reference
    click(qtbot, dialog, "arriveDialogSave")
    if not closed(dialog):
        click(qtbot, dialog.date_box, "confirmYesButton")
    assert closed(dialog)
    first, second = _stays(vault)
    assert (second.resident_id, second.household_ref, second.arrived_on) == (
        rid, reference, came_back)
    assert first.resident_id == rid
    assert _residents(vault) == 1  # found and linked, not made twice

    # "Open her record" (no second intake): both stays are on it.
    box = board.arrival_box
    assert find(box, QAbstractButton, "arrivalStartIntake").text() == "Open her record"
    click(qtbot, box, "arrivalStartIntake")
    assert window.current_page == "residents"
    record = window.page_widget("residents").record
    assert record.resident_id == rid
    assert "Reference H-00001" in record.header_view.facts.text()
    open_tab(qtbot, record, "recordOverview")
    overview_text = find(record, QLabel, "overviewText").text()
    assert "In refuge now: Room 4, Willow House, since" in overview_text
    assert (f"Willow House, Room 5: from {fmt_day(first_came)} to {fmt_day(first_left)}"
            in overview_text)

    # A shorter stretch of support this time: a goal, a contact on it, the goal reached.
    open_tab(qtbot, record, "recordPlan")
    click(qtbot, record, "planStartButton")
    click(qtbot, record, "planGoalButton")
    goal = record.dialog
    type_in(qtbot, goal, "goalHerWords", "Get Ava into a nursery")
    saved(qtbot, goal, "goalDialogSave")
    click(qtbot, record, "recordAddContactButton")
    contact = record.dialog
    goals = find(contact, QAbstractItemView, "contactGoals")
    click_row(qtbot, goals, 0)
    qtbot.keyClick(goals, Qt.Key.Key_Space)
    type_in(qtbot, contact, "contactNotes", "Visited two nurseries with her")
    saved(qtbot, contact, "contactDialogSave")
    plan_tab = open_tab(qtbot, record, "recordPlan")
    click_row(qtbot, plan_tab.goals_table, 0)
    click(qtbot, record, "planStatusButton")
    status = record.dialog
    choose(status, "goalStatus", "Achieved")
    saved(qtbot, status, "goalStatusDialogSave")
    move_on(qtbot, record, on=TODAY, reason="Planned move on", destination="Own tenancy")
    assert "Not in refuge now" in record.header_view.facts.text()
    assert _residents(vault) == 1

    # The handover: her leaving, under Willow House.
    today_page = go_to(qtbot, window, "today")
    settle(qtbot, today_page.refresh_job)
    assert not [line for line in today_page.shown_lines() if reference in line]
    with vault.session() as s:
        draft = handover_draft.draft(s)
    willow = next(p for p in draft.houses if p.house_id == service["willow"])
    assert f"{reference} (N.M.) left {fmt_day(TODAY)}, Room 4 (planned move on)" in [
        line.text for line in willow.lines]
    assert not [line for line in draft.service.lines if reference in line.text]

    # The occupancy spreadsheet, over both stays: one household, one reference, two stays.
    board = go_to(qtbot, window, "houses")
    click(qtbot, board, "exportOccupancyButton")
    export = board.dialog
    set_day(export, "exportFrom", first_came)
    set_day(export, "exportTo", TODAY)
    occupancy = tmp_path / "occupancy.xlsx"
    type_in(qtbot, export, "exportPath", str(occupancy))
    click(qtbot, export, "exportForInside")  # exact counts and her stays, for the service
    click(qtbot, export, "exportDialogSave")
    settle(qtbot, export.job)
    assert export.job.outcome.ok
    stays = [row for row in sheet_rows(occupancy, "Stays")[1:] if row and row[0]]
    assert [(row[0], row[2], row[5]) for row in stays] == [
        (reference, "Room 5", 80), (reference, "Room 4", 10)]
    summary = by_first_cell(sheet_rows(occupancy, "Summary"), "House")
    assert summary["All houses"]["Women accommodated"] == 1
    assert summary["All houses"]["Arrivals"] == 2

    # The outcomes spreadsheet: one woman supported, her goal achieved.
    reports = go_to(qtbot, window, "reports")
    click(qtbot, reports, "reportsOutcomesButton")
    export = reports.dialog
    set_day(export, "outcomesFrom", came_back)
    set_day(export, "outcomesTo", TODAY)
    outcomes = tmp_path / "outcomes.xlsx"
    type_in(qtbot, export, "outcomesPath", str(outcomes))
    click(qtbot, export, "outcomesForInside")  # exact counts, for the service
    click(qtbot, export, "outcomesDialogSave")
    settle(qtbot, export.job)
    assert export.job.outcome.ok
    willow_row = by_first_cell(sheet_rows(outcomes, "Summary"), "House")["Willow House"]
    assert (willow_row["Women supported"], willow_row["Children supported"],
            willow_row["Goals counted"], willow_row["Requested outcomes achieved"],
            willow_row["Planned exits"]) == (1, 1, 1, 1, 1)
