"""The spreadsheets print: every sheet of the occupancy and outcomes exports, reopened with
openpyxl, is set up for paper (A4, landscape where wide, one page wide, header rows repeated on
every page), its wrapped headers sit in a row tall enough for them (they used to run over the
first data row), and the Summary's notes are wrapped across the table's width instead of running
off the page."""

from __future__ import annotations

import math
from datetime import date

import pytest
from openpyxl import load_workbook

from refugedesk import capacity, houses
from refugedesk.reports.occupancy import export_occupancy
from refugedesk.reports.outcomes import export_outcomes
from refugedesk.reports.xlsx import LINE_HEIGHT, row_height, wrapped_lines

START, END = date(2030, 1, 1), date(2030, 3, 31)
LONG_HOUSE = "The Lavender House on the Old Northtown Road"


@pytest.fixture
def exports(new_vault, tmp_path):
    vault, _ = new_vault
    for name in (LONG_HOUSE, "Elm"):
        hid = houses.add_house(vault, name=name, area="N", opened_on=date(2020, 1, 1))
        room = houses.add_room(vault, house_id=hid, name="A", child_places=2,
                               opened_on=date(2020, 1, 1))
        capacity.arrive(vault, room_id=room, on=date(2030, 1, 3), household_ref=f"H-{hid}",
                        name="Test Resident", children_count=1)
    occupancy = export_occupancy(vault, start=START, end=END, out=tmp_path / "occ.xlsx",
                                 include_names=True)
    outcomes = export_outcomes(vault, start=START, end=END, out=tmp_path / "out.xlsx")
    return load_workbook(occupancy), load_workbook(outcomes)


def _width(ws, column: str) -> float:
    return ws.column_dimensions[column].width or 8.43


def _header_row(ws) -> int:
    return 4 if ws.title == "Summary" else 1


def test_every_sheet_prints_one_page_wide_with_its_headers_on_every_page(exports):
    for wb in exports:
        for ws in wb.worksheets:
            setup = ws.page_setup
            assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), ws.title
            assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
            assert setup.paperSize == 9, ws.title  # A4
            row = _header_row(ws)
            assert ws.print_title_rows == f"${row}:${row}", ws.title
            assert "&P" in ws.oddFooter.center.text, ws.title
            columns = ws.max_column
            total = sum(_width(ws, c.column_letter) for c in ws[row][:columns])
            wide = total > 90
            assert setup.orientation == ("landscape" if wide else "portrait"), (ws.title, total)
    occupancy, outcomes = exports
    assert occupancy["Summary"].page_setup.orientation == "landscape"  # 12 columns
    assert outcomes["Summary"].page_setup.orientation == "landscape"  # 17 columns


def test_wrapped_headers_have_a_row_tall_enough_for_them(exports):
    for wb in exports:
        for ws in wb.worksheets:
            row = _header_row(ws)
            height = ws.row_dimensions[row].height or LINE_HEIGHT
            for cell in ws[row]:
                if not isinstance(cell.value, str):
                    continue
                assert cell.alignment.wrap_text, (ws.title, cell.coordinate)
                # An independent floor: a column holds at most its width in characters a line.
                lines = math.ceil(len(cell.value) / _width(ws, cell.column_letter))
                assert height >= lines * LINE_HEIGHT, (ws.title, cell.value, height)
    # The long house name heads a Daily column 22 characters wide: three lines at least.
    daily = exports[0]["Daily"]
    assert LONG_HOUSE in [c.value for c in daily[1]]
    assert daily.row_dimensions[1].height >= 3 * LINE_HEIGHT
    summary = exports[1]["Summary"]
    assert summary.row_dimensions[4].height >= 3 * LINE_HEIGHT  # "Goals achieved (in full...)"


@pytest.mark.parametrize("which", [0, 1])
def test_the_summary_notes_wrap_across_the_table_and_are_not_cut_off(exports, which):
    ws = exports[which]["Summary"]
    columns = ws.max_column
    table_width = sum(_width(ws, ws.cell(4, c).column_letter) for c in range(1, columns + 1))
    merged = {str(r) for r in ws.merged_cells.ranges}
    notes = [row for row in ws.iter_rows(min_col=1, max_col=1)
             if isinstance(row[0].value, str) and row[0].row > 4
             and f"A{row[0].row}:{ws.cell(4, columns).column_letter}{row[0].row}" in merged]
    texts = [row[0].value for row in notes]
    assert texts[0] == "Notes" and any("No names" in t or "never exported" in t for t in texts)
    for (cell,) in notes:
        assert cell.alignment.wrap_text, cell.value
        lines = math.ceil(len(cell.value) / table_width)
        height = ws.row_dimensions[cell.row].height or LINE_HEIGHT
        assert height >= lines * LINE_HEIGHT, (cell.value, height)
    longest = max(notes, key=lambda n: len(n[0].value))[0]
    if len(longest.value) > table_width:
        assert ws.row_dimensions[longest.row].height >= 2 * LINE_HEIGHT


def test_long_text_cells_wrap_in_their_column(exports):
    _, outcomes = exports
    for title in ("Exits", "MARAC and referrals out"):
        ws = outcomes[title]
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str) and cell.value == LONG_HOUSE:
                    assert cell.alignment.wrap_text
                    assert ws.row_dimensions[cell.row].height >= 2 * LINE_HEIGHT


def test_wrapped_lines_counts_word_wrapped_lines():
    assert wrapped_lines("Rooms", 8) == 1
    assert wrapped_lines("", 10) == 1
    assert wrapped_lines("one two three four", 100) == 1
    # Generous: bold letters are wider than the digit a column width counts.
    assert wrapped_lines("Average length of stay (nights)", 14, bold=True) == 4
    assert wrapped_lines("x" * 50, 11) == 6  # a word longer than the column (9) breaks
    assert wrapped_lines("first line\nsecond line", 40) == 2
    assert row_height(1) == LINE_HEIGHT + 3 and row_height(1000) == 409
