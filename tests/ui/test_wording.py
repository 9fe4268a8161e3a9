"""Counts on the screens a worker reads: the board's room details and tooltips and its summary
("1 child · 1 night so far", "1 child place, 1 cot", "1 child place free") and her programmes
("2 attended, 1 more than needed"), reached by clicking, as a worker would."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from refugedesk import capacity, houses, programmes
from refugedesk.db.models import AttendanceState
from refugedesk.programmes import SessionPlan
from refugedesk.ui.houses_page import HousesPage
from refugedesk.ui.record.common import cells
from ui.test_residents_page import TODAY, make_page, people  # noqa: F401  (the fixture)

OPENED = date.today() - timedelta(days=400)


def _click_tile(qtbot, page: HousesPage, room: str):
    section = next(iter(page.sections.values()))
    row = next(r for r, tile in enumerate(section.model.tiles) if tile.room == room)
    index = section.model.index(row)
    section.view.scrollTo(index)
    qtbot.mouseClick(section.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=section.view.visualRect(index).center())
    assert page.selected is not None and page.selected.room == room
    return index


def test_the_board_counts_one_child_one_night_and_one_cot(qtbot, new_vault):
    vault, _ = new_vault
    elm = houses.add_house(vault, name="Elm House", area="Northtown", opened_on=OPENED)
    e1 = houses.add_room(vault, house_id=elm, name="E1", child_places=1, cots=1,
                         opened_on=OPENED)
    houses.add_room(vault, house_id=elm, name="E2", child_places=1, opened_on=OPENED)
    capacity.arrive(vault, room_id=e1, on=date.today() - timedelta(days=1),
                    household_ref="H-0001", name="Yana Pell", children_count=1)
    page = HousesPage(vault)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()

    index = _click_tile(qtbot, page, "E1")
    detail = page.findChild(QLabel, "tileDetail").text()
    assert "1 child · 1 night so far" in detail
    assert "1 child place, 1 cot" in detail
    assert "1 children" not in detail and "1 cots" not in detail and "1 nights" not in detail
    assert "1 child place, 1 cot" in index.data(Qt.ItemDataRole.ToolTipRole)
    summary = page.findChild(QLabel, "vacancySummary").text()
    assert "1 room free, 1 child place free" in summary and "1 child places" not in summary


def test_her_programmes_say_more_than_needed_not_12_of_10(qtbot, people):  # noqa: F811
    vault, ids = people
    prog = programmes.create_programme(
        vault, name="Parenting", sessions_to_complete=1,
        sessions=[SessionPlan(1, TODAY - timedelta(days=3)),
                  SessionPlan(2, TODAY - timedelta(days=2))])
    programmes.enrol(vault, programme_id=prog, resident_id=ids["nadia"])
    with vault.session() as s:
        for sitting in programmes.programme(s, prog).sessions:
            programmes.record_attendance(vault, session_id=sitting.id,
                                         resident_id=ids["nadia"],
                                         state=AttendanceState.ATTENDED)
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    tab = record.show_tab("recordProgrammes")
    assert cells(tab.programmes_table)[0][2] == "2 attended, 1 more than needed"
