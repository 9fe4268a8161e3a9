"""The occupancy spreadsheet: Summary, Daily, Monthly and Stays sheets for a period.

    export_occupancy(vault, start=date(2025, 4, 1), end=date(2026, 3, 31), out=Path("occ.xlsx"))

The period is the *nights* of `start` to `end`, both included (a financial year is 1 April to
31 March). openpyxl's write-only mode keeps memory flat however long the period; in that mode
column widths and frozen panes must be set before the first row is appended (see NOTES), and a
table must list its columns. Cells are made and the file is saved by reports/xlsx.py (text is
always text, never a formula) through reports/output.py (never over the vault, its key file or a
backup; written beside `out` and renamed when complete, so a failed export never leaves half a
spreadsheet with the right name).
"""

from __future__ import annotations

import warnings
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.chart import LineChart, Reference
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from PySide6.QtCore import QDate
from sqlalchemy import select

from refugedesk import audit, i18n
from refugedesk.db.models import Organisation
from refugedesk.db.vault import Vault
from refugedesk.errors import DatesOutOfOrder, NotAllowed, ValidationError
from refugedesk.i18n import QT_TRANSLATE_NOOP, english_count, translate
from refugedesk.progress import CancelCheck, Progress, Steps
from refugedesk.reports.occupancy_figures import HouseFigures, OccupancyFigures, compute
from refugedesk.reports.output import check_export_target
from refugedesk.reports.suppression import (
    Suppression,
    audience_words,
    outside_notes,
    small_number_threshold,
    suppress,
)
from refugedesk.reports.xlsx import (
    append,
    cell,
    discard,
    merge_across,
    print_setup,
    save_export,
    size_row,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

DATE = "d mmm yyyy"
MONTH = "mmm yyyy"
PERCENT = "0.0%"
ONE_DP = "0.0"
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")

#: Columns: (header, width, number format). The headers are in English here, and are the keys
#: of what is hidden for outside the service; `headers()` gives them in the language in use.
SUMMARY_COLUMNS = [
    (QT_TRANSLATE_NOOP("ReportsOccupancy", "House"), 24, None),
    (QT_TRANSLATE_NOOP("ReportsOccupancy", "Rooms"), 8, None),
    (QT_TRANSLATE_NOOP("ReportsOccupancy", "Room-nights available"), 12, None),
    (QT_TRANSLATE_NOOP("ReportsOccupancy", "Room-nights occupied"), 12, None),
    (QT_TRANSLATE_NOOP("ReportsOccupancy", "Room-nights closed"), 12, None),
    (QT_TRANSLATE_NOOP("ReportsOccupancy", "Room-nights empty"), 12, None),
    (QT_TRANSLATE_NOOP("ReportsOccupancy", "Occupancy"), 11, PERCENT),
    (QT_TRANSLATE_NOOP("ReportsOccupancy", "Women accommodated"), 13, None),
    (QT_TRANSLATE_NOOP("ReportsOccupancy", "Children accommodated"), 13, None),
    (QT_TRANSLATE_NOOP("ReportsOccupancy", "Arrivals"), 10, None),
    (QT_TRANSLATE_NOOP("ReportsOccupancy", "Departures"), 11, None),
    (QT_TRANSLATE_NOOP("ReportsOccupancy", "Average length of stay (nights)"), 14, ONE_DP),
]
STAY_COLUMNS = [
    (QT_TRANSLATE_NOOP("ReportsOccupancy", "Household reference"), 16, None),
    (QT_TRANSLATE_NOOP("ReportsOccupancy", "House"), 22, None),
    (QT_TRANSLATE_NOOP("ReportsOccupancy", "Room"), 12, None),
    (QT_TRANSLATE_NOOP("ReportsOccupancy", "Arrived"), 13, DATE),
    (QT_TRANSLATE_NOOP("ReportsOccupancy", "Left"), 13, DATE),
    (QT_TRANSLATE_NOOP("ReportsOccupancy", "Nights in period"), 10, None),
    (QT_TRANSLATE_NOOP("ReportsOccupancy", "Children"), 10, None),
]
NAME_COLUMN = (QT_TRANSLATE_NOOP("ReportsOccupancy", "Name"), 24, None)

NOTES = [
    QT_TRANSLATE_NOOP("ReportsOccupancy", "Notes"),
    QT_TRANSLATE_NOOP("ReportsOccupancy",
                      "The period is the nights from the first date to the last date, both "
                      "included."),
    QT_TRANSLATE_NOOP("ReportsOccupancy",
                      "A room-night is one room for one night. A stay occupies its room from "
                      "the night she arrives up to, not including, the day she leaves."),
    QT_TRANSLATE_NOOP("ReportsOccupancy",
                      "Available room-nights are those of rooms open at the time and not closed "
                      "(repairs, deep clean, held for safety, other). Empty = available - "
                      "occupied."),
    QT_TRANSLATE_NOOP("ReportsOccupancy",
                      "Occupancy = occupied / available. An offer (a room held for a referral) "
                      "is not occupancy."),
    QT_TRANSLATE_NOOP("ReportsOccupancy",
                      "A stay that arrives and leaves on the same day counts 0 nights, though "
                      "it is an arrival and a departure."),
    QT_TRANSLATE_NOOP("ReportsOccupancy",
                      "Women and children accommodated: households with at least one night in "
                      "the period (the children of their latest stay). A household that moved "
                      "between houses is counted once in the total, and once in each house."),
    QT_TRANSLATE_NOOP("ReportsOccupancy",
                      "A move to another room is neither a departure nor an arrival. Length of "
                      "stay runs from her first arrival in the service to her departure."),
    QT_TRANSLATE_NOOP("ReportsOccupancy",
                      "Referrals are counted by the local date they were received; 'accepted' "
                      "means a room was offered or she was placed."),
    QT_TRANSLATE_NOOP("ReportsOccupancy",
                      "Safe-house addresses and phone numbers are never exported."),
]


def in_error_note(count: int) -> str:
    """The notes' line on stays recorded in error: how many, never who."""
    return english_count(
        translate("ReportsOccupancy",
                  "Recorded in error: %n stays arriving in the period were recorded in error (a "
                  "mistake put right, not a real stay) and are left out of every figure here."), count,
        one="Recorded in error: 1 stay arriving in the period was recorded in error (a mistake "
            "put right, not a real stay) and is left out of every figure here.",
        none="Recorded in error: no stays arriving in the period were recorded in error (a "
             "mistake put right, not a real stay) and are left out of every figure here.")


def column_headers(columns: Sequence[tuple[str, float, str | None]]) -> list[str]:
    """The columns' headers in the language in use."""
    return [translate("ReportsOccupancy", c[0]) for c in columns]


def short_day(day: date) -> str:
    """"01 Apr 2025", in the language in use."""
    return i18n.locale().toString(QDate(day.year, day.month, day.day), "dd MMM yyyy")


def _setup(ws: WriteOnlyWorksheet, widths: Sequence[float], freeze: str, *,
           title_rows: str = "1:1") -> None:
    """Widths, frozen panes and print set-up: in write-only mode they must come before the
    first append."""
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width  # type: ignore[attr-defined]  # not in types-openpyxl
    ws.freeze_panes = freeze
    print_setup(ws, widths=widths, title_rows=title_rows)


def _header(ws: WriteOnlyWorksheet, names: list[str]) -> list[Cell]:
    return [cell(ws, n, font=BOLD, fill=HEADER_FILL, wrap=True) for n in names]


def _append_header(ws: WriteOnlyWorksheet, row: int, names: list[str],
                   widths: Sequence[float]) -> None:
    """Append the header row (row number `row`), as tall as its longest wrapped name."""
    size_row(ws, row, names, widths, bold=True)
    append(ws, _header(ws, names))


def _append_notes(ws: WriteOnlyWorksheet, row: int, lines: Sequence[str],
                  widths: Sequence[float]) -> None:
    """Append the notes from row `row` on: each line wrapped in a cell merged across the
    table's width and its row made tall enough, so no note runs off the printed page."""
    width = sum(widths)
    for i, line in enumerate(lines):
        size_row(ws, row + i, [line], [width], bold=i == 0)
        merge_across(ws, row + i, len(widths))
        append(ws, [cell(ws, line, font=BOLD if i == 0 else None, wrap=True)])


def _append_label(ws: WriteOnlyWorksheet, row: int, label: str, value: object,
                  width: float) -> None:
    """Append a label and its figure, the label wrapped in its column (row number `row`)."""
    size_row(ws, row, [label], [width])
    append(ws, [cell(ws, label, wrap=True), value])


def _table(ws: WriteOnlyWorksheet, name: str, headers: list[str], rows: int,
           first_row: int = 1) -> None:
    """A filterable table over the header and `rows` data rows, columns listed explicitly."""
    if rows == 0:
        return
    ref = f"A{first_row}:{get_column_letter(len(headers))}{first_row + rows}"
    table = Table(displayName=name, ref=ref)
    table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, start=1)]
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    with warnings.catch_warnings():
        # openpyxl warns in write-only mode whether or not the columns are listed; they are.
        warnings.filterwarnings("ignore", "In write-only mode you must add table columns")
        ws.add_table(table)  # type: ignore[misc]  # types-openpyxl: only for Worksheet


def _fmt_period(start: date, end: date) -> str:
    return translate("ReportsOccupancy", "{first} to {last} (nights, both included)").format(
        first=short_day(start), last=short_day(end))


def _summary_row(ws: WriteOnlyWorksheet, f: HouseFigures, *,
                 font: Font | None = None, row: object = 0,
                 hide: Suppression[tuple[object, str]] | None = None) -> list[Cell]:
    values = [f.name, f.rooms, f.available, f.occupied, f.closed, f.empty, f.occupancy,
              f.women, f.children, f.arrivals, f.departures, f.average_stay]
    if hide is not None:
        values = [hide.show((row, c[0]), v) for v, c in zip(values, SUMMARY_COLUMNS,
                                                             strict=True)]
    return [cell(ws, v, fmt=c[2], font=font) for v, c in zip(values, SUMMARY_COLUMNS,
                                                                strict=True)]


#: The Summary's counts of people (suppressed for outside the service), and the average made
#: from one of them.
PEOPLE_COLUMNS = ("Women accommodated", "Children accommodated", "Arrivals", "Departures")
#: The key of the whole service's row (its name on the sheet is the figures' own).
TOTAL_ROW = "All houses"
#: The referral figures' labels, in English (their keys; translated where shown).
RECEIVED = QT_TRANSLATE_NOOP("ReportsOccupancy", "Received")
ACCEPTED = QT_TRANSLATE_NOOP("ReportsOccupancy", "Accepted")
DECLINED_NO_VACANCY = QT_TRANSLATE_NOOP("ReportsOccupancy", "Declined for no vacancy")


def summary_suppression(fig: OccupancyFigures,
                        threshold: int) -> Suppression[tuple[object, str]]:
    """What the Summary for outside the service hides: each house's counts of people (keyed
    (house index or TOTAL_ROW, column)) and the referral figures (keyed ("referrals", label)),
    with each column's total and the referral outcomes' total as equations."""
    values: dict[tuple[object, str], int] = {}
    sums: list[tuple[tuple[object, str], list[tuple[object, str]]]] = []
    rows: list[tuple[object, HouseFigures]] = [*enumerate(fig.houses), (TOTAL_ROW, fig.total)]
    for key, f in rows:
        for column, value in zip(PEOPLE_COLUMNS, (f.women, f.children, f.arrivals,
                                                  f.departures), strict=True):
            values[(key, column)] = value
    for column in PEOPLE_COLUMNS:
        sums.append(((TOTAL_ROW, column), [(i, column) for i in range(len(fig.houses))]))
    ref = fig.referrals
    values[("referrals", "Received")] = ref.received
    values[("referrals", "Accepted")] = ref.accepted
    values[("referrals", "Declined for no vacancy")] = ref.declined_no_vacancy
    for label, value in ref.outcomes.items():
        values[("outcomes", label)] = value
    outcomes: list[tuple[object, str]] = [("outcomes", k) for k in ref.outcomes]
    sums.append((("referrals", "Received"), outcomes))
    no_vacancy: list[tuple[object, str]] = [
        ("outcomes", k) for k in ref.outcomes if k in ref.no_vacancy]
    sums.append((("referrals", "Declined for no vacancy"), no_vacancy))
    hide = suppress(values, sums, threshold=threshold)
    for key, _f in rows:
        hide.derived((key, "Average length of stay (nights)"), [(key, "Departures")])
    return hide


def _write_summary(wb: Workbook, fig: OccupancyFigures, organisation: str,
                   hide: Suppression[tuple[object, str]] | None = None) -> None:
    ws = wb.create_sheet(translate("ReportsOccupancy", "Summary"))
    widths = [c[1] for c in SUMMARY_COLUMNS]
    _setup(ws, widths, "B5", title_rows="4:4")
    ws.row_dimensions[1].height = 21  # the 14-pt title
    append(ws, [cell(ws, translate("ReportsOccupancy", "{organisation}: occupancy")
                     .format(organisation=organisation), font=TITLE)])
    append(ws, [_fmt_period(fig.start, fig.end)])
    append(ws)
    _append_header(ws, 4, column_headers(SUMMARY_COLUMNS), widths)
    for i, house in enumerate(fig.houses):
        append(ws, _summary_row(ws, house, row=i, hide=hide))
    append(ws, _summary_row(ws, fig.total, font=BOLD, row=TOTAL_ROW, hide=hide))
    append(ws)
    row = 4 + len(fig.houses) + 3  # the row the next append writes
    ref = fig.referrals

    def shown(group: str, label: str, value: int) -> object:
        return value if hide is None else hide.show((group, label), value)

    append(ws, [cell(ws, translate("ReportsOccupancy", "Referrals received in the period"),
                     font=BOLD)])
    row += 1
    for label, value in [(RECEIVED, ref.received), (ACCEPTED, ref.accepted),
                         (DECLINED_NO_VACANCY, ref.declined_no_vacancy)]:
        _append_label(ws, row, translate("ReportsOccupancy", label),
                      shown("referrals", label, value), widths[0])
        row += 1
    append(ws)
    append(ws, [cell(ws, translate("ReportsOccupancy", "Referral outcomes (as they stand now)"),
                     font=BOLD)])
    row += 2
    for label, value in ref.outcomes.items():
        _append_label(ws, row, label, shown("outcomes", label, value), widths[0])
        row += 1
    append(ws)
    notes = [*(translate("ReportsOccupancy", n) for n in NOTES),
             in_error_note(fig.recorded_in_error)]
    if hide is not None:
        notes += outside_notes(hide.threshold, left_out=translate(
            "ReportsOccupancy", "the daily figures and the stays"))
    _append_notes(ws, row + 1, notes, widths)


def _write_daily(wb: Workbook, fig: OccupancyFigures, steps: Steps | None = None) -> None:
    ws = wb.create_sheet(translate("ReportsOccupancy", "Daily"))
    houses = fig.houses
    headers = ([translate("ReportsOccupancy", "Date")] + [h.name for h in houses]
               + [translate("ReportsOccupancy", "All houses: occupied"),
                  translate("ReportsOccupancy", "All houses: available"),
                  translate("ReportsOccupancy", "Occupancy")])
    widths = [13] + [max(10, min(len(h.name) + 2, 22)) for h in houses] + [12, 12, 11]
    _setup(ws, widths, "B2")
    _append_header(ws, 1, headers, widths)
    total = fig.total
    for i, day in enumerate((steps or Steps()).over(fig.days)):
        occ = total.daily_occupied[i]
        avail = total.daily_available[i]
        append(ws, [cell(ws, day, fmt=DATE), *(h.daily_occupied[i] for h in houses), occ, avail,
                   cell(ws, occ / avail if avail else None, fmt=PERCENT)])
    last = len(fig.days) + 1
    if houses:
        # Colour scale over the rooms occupied in each house: pale when empty, deep when full.
        cols = f"B2:{get_column_letter(len(houses) + 1)}{last}"
        ws.conditional_formatting.add(cols, ColorScaleRule(
            start_type="min", start_color="FFF8E1", end_type="max", end_color="E65100"))
    pct = get_column_letter(len(headers))
    ws.conditional_formatting.add(f"{pct}2:{pct}{last}", ColorScaleRule(
        start_type="num", start_value=0, start_color="FFFFFF",
        end_type="num", end_value=1, end_color="2E7D32"))
    _table(ws, "Daily", headers, len(fig.days))


def _months(fig: OccupancyFigures) -> list[tuple[date, list[int]]]:
    """(first of month, indexes of the period's days in it)."""
    out: list[tuple[date, list[int]]] = []
    for i, day in enumerate(fig.days):
        key = day.replace(day=1)
        if not out or out[-1][0] != key:
            out.append((key, []))
        out[-1][1].append(i)
    return out


def _write_monthly(wb: Workbook, fig: OccupancyFigures, steps: Steps | None = None) -> None:
    ws = wb.create_sheet(translate("ReportsOccupancy", "Monthly"))
    everyone = [*fig.houses, fig.total]
    headers = [translate("ReportsOccupancy", "Month")] + [f.name for f in everyone]
    widths = [12] + [max(10, min(len(f.name) + 2, 22)) for f in everyone]
    _setup(ws, widths, "B2")
    _append_header(ws, 1, headers, widths)
    months = _months(fig)
    for month, idx in months:
        row = [cell(ws, month, fmt=MONTH)]
        for f in everyone:
            avail = sum(f.daily_available[i] for i in idx)
            occ = sum(f.daily_occupied[i] for i in idx)
            row.append(cell(ws, occ / avail if avail else None, fmt=PERCENT))
        append(ws, row)
        if steps is not None:
            steps.step(0)  # not counted, but reported: a row of every house is long work
    _table(ws, "Monthly", headers, len(months))
    if months:
        chart = LineChart()
        chart.title = translate("ReportsOccupancy", "Occupancy by month")
        chart.y_axis.title = translate("ReportsOccupancy", "Occupancy")
        chart.y_axis.number_format = "0%"
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = 1
        chart.x_axis.number_format = MONTH
        chart.height, chart.width = 9, 22
        data = Reference(ws, min_col=2, min_row=1, max_col=len(headers),
                         max_row=len(months) + 1)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=len(months) + 1))
        ws.add_chart(chart, f"{get_column_letter(len(headers) + 2)}2")


def _write_stays(wb: Workbook, fig: OccupancyFigures, include_names: bool,
                 steps: Steps | None = None) -> None:
    ws = wb.create_sheet(translate("ReportsOccupancy", "Stays"))
    columns = STAY_COLUMNS + ([NAME_COLUMN] if include_names else [])
    widths = [c[1] for c in columns]
    _setup(ws, widths, "B2")
    headers = [translate("ReportsOccupancy", c[0]) for c in columns]
    _append_header(ws, 1, headers, widths)
    for s in (steps or Steps()).over(fig.stays):
        row = [s.household_ref, s.house, s.room, cell(ws, s.arrived_on, fmt=DATE),
               cell(ws, s.left_on, fmt=DATE), s.nights_in_period, s.children]
        if include_names:
            row.append(s.name)
        append(ws, row)
    _table(ws, "Stays", headers, len(fig.stays))


def document_properties(organisation: str, start: date, end: date, vault: Vault,
                        created: datetime) -> list[tuple[str, str]]:
    """The custom document properties every report spreadsheet carries: (name, value)."""
    return [(translate("ReportsOccupancy", "Organisation"), organisation),
            (translate("ReportsOccupancy", "Period"),
             translate("ReportsOccupancy", "{first} to {last} (nights)").format(
                 first=start.isoformat(), last=end.isoformat())),
            (translate("ReportsOccupancy", "Created by"), vault.person.display_name),
            (translate("ReportsOccupancy", "Created at"), created.isoformat(timespec="seconds"))]


def export_occupancy(vault: Vault, *, start: date, end: date, out: Path,
                     include_names: bool = False, for_outside: bool = False,
                     progress: Progress | None = None,
                     cancelled: CancelCheck | None = None) -> Path:
    """Write the occupancy spreadsheet for the nights `start` to `end` inclusive to `out`
    (.xlsx). Names are left out unless `include_names`, which only a manager or administrator
    may ask for. Every export is recorded in the audit trail. Returns the path written.
    `progress` counts the days and stays written; `cancelled` is asked until the file is
    saved and recorded (stopping leaves neither: refugedesk.progress.Cancelled).

    `for_outside`: for funders and commissioners: the Summary and Monthly sheets only, counts
    of people below the service's small-number threshold hidden (reports/suppression.py).
    The audit event says which version was written."""
    if end < start:
        raise DatesOutOfOrder(translate("ReportsOccupancy",
                                        "The last date of the period is before the first."),
                              field="end")
    if include_names and for_outside:
        raise ValidationError(translate("ReportsOccupancy",
                                        "Names are never in a report for outside the service."),
                              field="include_names")
    if include_names and not vault.confirm_person().is_manager_or_admin:
        raise NotAllowed(translate("ReportsOccupancy",
                                   "Only a manager or an administrator can export residents' "
                                   "names."))
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    check_export_target(out, vault_path=vault.path)  # before any work: never over the vault
    with vault.session() as session:
        fig = compute(session, start=start, end=end)
        organisation = session.scalar(select(Organisation.name)) or ""
        threshold = small_number_threshold(session)
    created = datetime.now(UTC)
    # The figures, each day, each stay, and saving: one step each.
    steps = Steps(2 + (0 if for_outside else len(fig.days) + len(fig.stays)), progress,
                  cancelled)
    steps.step()

    wb = Workbook(write_only=True)
    try:
        props = wb.properties
        props.title = translate("ReportsOccupancy", "Occupancy {first} to {last}").format(
            first=short_day(start), last=short_day(end))
        props.subject = translate("ReportsOccupancy", "{organisation}: occupancy, {period}"
                                  ).format(organisation=organisation,
                                           period=_fmt_period(start, end))
        props.creator = props.lastModifiedBy = vault.person.display_name
        props.created = props.modified = created.replace(tzinfo=None)  # written as UTC
        props.keywords = translate("ReportsOccupancy", "occupancy; RefugeDesk")
        for key, value in document_properties(organisation, start, end, vault, created) + [
                (translate("ReportsOccupancy", "Includes names"),
                 translate("ReportsOccupancy", "yes") if include_names
                 else translate("ReportsOccupancy", "no")),
                (translate("ReportsOccupancy", "For"), audience_words(for_outside))]:
            wb.custom_doc_props.append(StringProperty(name=key, value=value))  # type: ignore[attr-defined]  # not in types-openpyxl
        if for_outside:
            _write_summary(wb, fig, organisation, summary_suppression(fig, threshold))
            _write_monthly(wb, fig, steps)
        else:
            _write_summary(wb, fig, organisation)
            _write_daily(wb, fig, steps)
            _write_monthly(wb, fig, steps)
            _write_stays(wb, fig, include_names, steps)
        steps.check()  # the last point at which stopping leaves nothing to undo

        # The file is written inside the transaction that records it: if the audit event cannot
        # be written (the vault busy, her account switched off), no spreadsheet is left behind,
        # and the event commits only once the file is in place.
        with vault.transaction() as session:
            audit.record(session, vault.person,
                         "occupancy_exported_with_names" if include_names
                         else "occupancy_exported",
                         detail=f"from={start.isoformat()} to={end.isoformat()} file={out.name} "
                                f"for={'outside' if for_outside else 'inside'}")
            save_export(wb, out, vault_path=vault.path)
        steps.step()
    finally:
        discard(wb)  # a workbook never saved still holds open row writers and their files
    return out
