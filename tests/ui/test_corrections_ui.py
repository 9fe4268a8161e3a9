"""Correcting an arrival from the Houses board, and leaving dates in the past asked about, driven
through the real widgets by object name (the domain only sets up and reads back)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from conftest import reopen
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMenu, QPushButton
from sqlalchemy import select, update

from refugedesk import capacity, houses, staff
from refugedesk.db.models import DepartureReason, Role, Stay, StayCorrection
from refugedesk.ui.dates import DayEdit
from refugedesk.ui.dialogs import alive
from refugedesk.ui.houses_page import HousesPage
from ui.test_residents_page import make_page, people  # noqa: F401  (the fixture)

TODAY = date.today()
OPENED = TODAY - timedelta(days=400)
WORKER_PASSWORD = "juniper teapot harbour 7"


@pytest.fixture
def placed(new_vault):
    """Elm House, rooms E1 (Yana Pell, household H-0002, arrived three days ago) and E2 free."""
    vault, _ = new_vault
    elm = houses.add_house(vault, name="Elm House", area="Northtown", opened_on=OPENED)
    rooms = {n: houses.add_room(vault, house_id=elm, name=n, child_places=2, cots=1,
                                opened_on=OPENED) for n in ("E1", "E2")}
    stay = capacity.arrive(vault, room_id=rooms["E1"], on=TODAY - timedelta(days=3),
                           household_ref="H-0002", name="Yana Pell", children_count=1)
    return vault, rooms, stay


def _page(qtbot, vault) -> HousesPage:
    page = HousesPage(vault)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def _open_correction(qtbot, page: HousesPage, room_id: int):
    page.select_room(room_id)
    button = page.findChild(QPushButton, "correctButton")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.objectName() == "correctDialog" and dialog.isVisible()
    return dialog


def closed(dialog) -> bool:
    """Closed (and perhaps already deleted: the app's dialogs delete themselves on close)."""
    return not alive(dialog) or not dialog.isVisible()


def _stay(vault, stay_id) -> Stay:
    with vault.session() as s:
        return s.get_one(Stay, stay_id)


def _choose(dialog, name: str, text: str) -> None:
    combo = dialog.findChild(QComboBox, name)
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, f"{text!r} not offered in {name}"
    combo.setCurrentIndex(index)


def test_correct_the_arrival_date_a_reason_is_asked_for(qtbot, placed):
    vault, rooms, stay = placed
    page = _page(qtbot, vault)
    free = page.findChild(QPushButton, "correctButton")
    page.select_room(rooms["E2"])
    assert not free.isEnabled() and "occupied room" in free.toolTip()

    dialog = _open_correction(qtbot, page, rooms["E1"])
    assert "E1 at Elm House, arrived" in dialog.findChild(QLabel, "correctFacts").text()
    _choose(dialog, "correctKind", "Her arrival date")
    new_on = TODAY - timedelta(days=5)
    dialog.findChild(DayEdit, "correctDate").setDate(
        QDate(new_on.year, new_on.month, new_on.day))
    save = dialog.findChild(QPushButton, "correctDialogSave")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Say why" in dialog.findChild(QLabel, "correctDialog_reasonMessage").text()
    assert _stay(vault, stay).arrived_on == TODAY - timedelta(days=3)

    qtbot.keyClicks(dialog.findChild(QLineEdit, "correctReason"), "typed the wrong date")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _stay(vault, stay).arrived_on == new_on
    assert "5 nights so far" in page.findChild(QLabel, "tileDetail").text()


def test_correct_the_room_and_a_clash_is_said_under_the_field(qtbot, placed):
    vault, rooms, stay = placed
    other = capacity.arrive(vault, room_id=rooms["E2"], on=TODAY, household_ref="H-0003",
                            name="Zoe Ash")
    page = _page(qtbot, vault)
    dialog = _open_correction(qtbot, page, rooms["E1"])
    _choose(dialog, "correctKind", "Her room")
    _choose(dialog, "correctRoom", "E2, Elm House")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "correctReason"), "she is in E2")
    qtbot.mouseClick(dialog.findChild(QPushButton, "correctDialogSave"),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "H-0003" in dialog.findChild(QLabel, "correctDialog_valueMessage").text()
    assert dialog.findChild(QLineEdit, "correctReason").text() == "she is in E2"

    capacity.depart(vault, stay_id=other, on=TODAY, reason=DepartureReason.OTHER)
    qtbot.mouseClick(dialog.findChild(QPushButton, "correctDialogSave"),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _stay(vault, stay).room_id == rooms["E2"]
    page.select_room(rooms["E2"])
    assert "Yana Pell" in page.findChild(QLabel, "tileDetail").text()


def test_record_in_error_warns_and_asks_once_more(qtbot, placed):
    vault, rooms, stay = placed
    page = _page(qtbot, vault)
    dialog = _open_correction(qtbot, page, rooms["E1"])
    _choose(dialog, "correctKind", "The whole stay")
    warning = dialog.findChild(QLabel, "correctWarning")
    assert warning.isVisible()
    assert warning.text() == ("Her nights in this room will be taken out of occupancy. Her "
                              "record is kept.")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "correctReason"), "a test entry")
    save = dialog.findChild(QPushButton, "correctDialogSave")

    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box.objectName() == "inErrorConfirm" and box.isVisible()
    qtbot.mouseClick(box.findChild(QPushButton, "confirmCancelButton"),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and _stay(vault, stay).departure_reason is None

    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.confirm_box.findChild(QPushButton, "confirmYesButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    got = _stay(vault, stay)
    assert (got.departure_reason, got.left_on) == (DepartureReason.RECORDED_IN_ERROR,
                                                    got.arrived_on)
    page.select_room(rooms["E1"])
    assert "Free" in page.findChild(QLabel, "tileDetail").text()
    with vault.session() as s:
        assert [c.reason for c in s.scalars(select(StayCorrection))] == ["a test entry"]


def test_the_right_click_menu_offers_it_and_escape_asks_before_losing_the_reason(
        qtbot, placed):
    vault, rooms, _stay_id = placed
    page = _page(qtbot, vault)
    page.select_room(rooms["E1"])
    section = next(iter(page.sections.values()))
    index = next(section.model.index(r) for r in range(section.model.rowCount())
                 if section.model.tiles[r].room_id == rooms["E1"])
    section.view.customContextMenuRequested.emit(section.view.visualRect(index).center())
    menu = page.findChild(QMenu, "tileMenu")
    assert "Correct this arrival…" in [a.text() for a in menu.actions()]
    menu.close()

    dialog = _open_correction(qtbot, page, rooms["E1"])
    qtbot.keyClicks(dialog.findChild(QLineEdit, "correctReason"), "half typed")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    box = dialog.confirm_box
    assert box.objectName() == "correctDialogLeave"
    qtbot.mouseClick(box.findChild(QPushButton, "confirmYesButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))


def test_a_worker_too_late_is_told_why_and_cannot_save(qtbot, placed, vault_path):
    vault, rooms, stay = placed
    staff.add_staff(vault, username="worker", display_name="A Worker",
                    role=Role.SUPPORT_WORKER, password=WORKER_PASSWORD)
    with vault.transaction() as s:  # recorded eight days ago (set-up)
        s.execute(update(Stay).where(Stay.id == stay).values(
            created_at=datetime.now(UTC) - timedelta(days=8)))
    worker = reopen(vault_path, "worker", WORKER_PASSWORD)
    try:
        page = _page(qtbot, worker)
        dialog = _open_correction(qtbot, page, rooms["E1"])
        save = dialog.findChild(QPushButton, "correctDialogSave")
        assert not save.isEnabled()
        assert "manager or an administrator" in save.toolTip()
        assert "more than 7 days ago" in dialog.findChild(QLabel, "correctDialogMessage").text()
        dialog.close()
    finally:
        worker.close()


def test_depart_in_the_past_asks_and_offers_only_real_reasons(qtbot, placed):
    vault, rooms, stay = placed
    page = _page(qtbot, vault)
    page.select_room(rooms["E1"])
    qtbot.mouseClick(page.findChild(QPushButton, "departButton"), Qt.MouseButton.LeftButton)
    dialog = page.dialog
    reasons = dialog.findChild(QComboBox, "departReason")
    offered = [reasons.itemText(i) for i in range(reasons.count())]
    assert "Recorded in error" not in offered and "Moved room" not in offered
    back = TODAY - timedelta(days=2)
    dialog.findChild(DayEdit, "departOn").setDate(QDate(back.year, back.month, back.day))
    qtbot.mouseClick(dialog.findChild(QPushButton, "departDialogSave"),
                     Qt.MouseButton.LeftButton)
    box = dialog.past.box
    assert box.objectName() == "pastDateConfirm" and "2 days ago" in box.text()
    assert _stay(vault, stay).left_on is None
    qtbot.mouseClick(box.findChild(QPushButton, "confirmYesButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    assert _stay(vault, stay).left_on == back


def test_move_on_six_days_in_the_past_asks_first(qtbot, people):  # noqa: F811
    vault, ids = people
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    tab = record.show_tab("recordReviews")
    move = tab.move_on()
    reasons = move.findChild(QComboBox, "moveOnReason")
    assert "Recorded in error" not in [reasons.itemText(i) for i in range(reasons.count())]
    back = TODAY - timedelta(days=6)
    move.on.setDate(QDate(back.year, back.month, back.day))
    qtbot.mouseClick(move.findChild(QPushButton, "moveOnDialogSave"),
                     Qt.MouseButton.LeftButton)
    box = move.past.box
    assert box.isVisible() and "6 days ago" in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "confirmCancelButton"),
                     Qt.MouseButton.LeftButton)
    assert move.isVisible()
    with vault.session() as s:
        assert s.scalar(select(Stay.left_on).where(Stay.resident_id == ids["nadia"])) is None

    qtbot.mouseClick(move.findChild(QPushButton, "moveOnDialogSave"),
                     Qt.MouseButton.LeftButton)
    qtbot.mouseClick(move.past.box.findChild(QPushButton, "confirmYesButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(move))
    with vault.session() as s:
        assert s.scalar(select(Stay.left_on).where(Stay.resident_id == ids["nadia"])) == back


def test_her_record_shows_the_corrections_under_the_stay(qtbot, people):  # noqa: F811
    from refugedesk import stay_corrections

    vault, ids = people
    with vault.session() as s:
        stay = s.scalar(select(Stay.id).where(Stay.resident_id == ids["nadia"],
                                              Stay.left_on.is_(None)))
    stay_corrections.change_arrival_date(vault, stay, TODAY - timedelta(days=11),
                                         "she came the night before")
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    record.show_tab("recordOverview")
    text = record.findChild(QLabel, "overviewText").text()
    assert "Corrected: Arrival date changed: " in text
    assert "Why: she came the night before" in text
