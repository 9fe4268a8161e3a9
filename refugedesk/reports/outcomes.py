"""The outcomes spreadsheet: Summary, Outcomes by need area, Exits, and MARAC and referrals out,
per house and for all houses, for a period.

    export_outcomes(vault, start=date(2025, 4, 1), end=date(2026, 3, 31), out=Path("out.xlsx"))

The figures and their rules are in reports/outcome_figures.py. The file follows the occupancy
spreadsheet's conventions (reports/occupancy.py): openpyxl write-only mode, column widths and
frozen panes set before the first row, document properties, cells and saving through
reports/xlsx.py (text always text; never over the vault or a backup; written beside `out` and
renamed when complete), inside the transaction that records the export in the audit trail, and
readable by its owner only. It holds no names, references or free text about any woman: only
counts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty
from sqlalchemy import select

from refugedesk import audit
from refugedesk.db.models import DepartureReason, Organisation
from refugedesk.db.vault import Vault
from refugedesk.errors import DatesOutOfOrder
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.progress import CancelCheck, Progress, Steps
from refugedesk.reports.occupancy import (
    BOLD,
    ONE_DP,
    PERCENT,
    TITLE,
    _append_header,
    _append_notes,
    _fmt_period,
    _setup,
    _table,
    document_properties,
    in_error_note,
    short_day,
)
from refugedesk.reports.outcome_figures import (
    TOTAL,
    HouseOutcomes,
    OutcomeFigures,
    compute,
    exit_kind,
)
from refugedesk.reports.output import check_export_target
from refugedesk.reports.suppression import (
    Suppression,
    audience_words,
    outside_notes,
    small_number_threshold,
    suppress,
)
from refugedesk.reports.xlsx import append, cell, discard, save_export, size_row

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Font
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

#: Columns: (header, width, number format), the headers in English: the keys of what is
#: hidden for outside the service. Translated where written.
SUMMARY_COLUMNS = [
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "House"), 24, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Women supported"), 11, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Children supported"), 11, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Average length of stay (nights)"), 14, ONE_DP),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Goals asked for"), 10, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Goals no longer wanted"), 11, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Goals counted"), 10, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Goals achieved (in full or partly)"), 13, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Requested outcomes achieved"), 13, PERCENT),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Achieved in full"), 11, PERCENT),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Exits"), 8, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Planned exits"), 10, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Unplanned exits"), 10, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Other exits"), 10, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "MARAC referrals"), 10, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "MARAC repeats"), 10, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Referrals out"), 10, None),
]
AREA_COLUMNS = [
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "House"), 24, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Need area"), 30, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Goals asked for"), 10, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "No longer wanted"), 10, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Goals counted"), 10, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Achieved in full"), 10, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Partly achieved"), 10, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Not achieved"), 10, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Still open"), 10, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Requested outcomes achieved"), 13, PERCENT),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Women scored twice or more"), 12, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Average change in need score"), 13, "0.00"),
]
EXIT_COLUMNS = [
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "House"), 24, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Reason"), 24, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Planned or unplanned"), 14, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Destination"), 22, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Exits"), 8, None),
]
REFERRAL_COLUMNS = [
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "House"), 24, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Agency"), 30, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Status now"), 14, None),
    (QT_TRANSLATE_NOOP("ReportsOutcomes", "Referrals out"), 10, None),
]

NOTES = [
    QT_TRANSLATE_NOOP("ReportsOutcomes", "Notes"),
    QT_TRANSLATE_NOOP("ReportsOutcomes",
                      "Women and children supported: households with at least one night in a "
                      "house in the period (as in the occupancy report). A woman who moved "
                      "between houses counts once in each house and once in All houses."),
    QT_TRANSLATE_NOOP("ReportsOutcomes",
                      "Average length of stay: from her first arrival in the service to her "
                      "departure, for each departure in the period."),
    QT_TRANSLATE_NOOP("ReportsOutcomes",
                      "Requested outcomes achieved = (achieved + partly achieved) / (goals "
                      "asked for - goals no longer wanted). A goal she no longer wanted does "
                      "not count against her; open and not achieved goals do. Each goal counts "
                      "once, as it stands now; blank when there is no goal to count."),
    QT_TRANSLATE_NOOP("ReportsOutcomes",
                      "Change in need score: her latest score against her first in each area (1"
                      " in crisis to 5 no worries), for women scored on two different days or "
                      "more. Positive is progress."),
    QT_TRANSLATE_NOOP("ReportsOutcomes",
                      "Planned exits: a planned move-on or a move to another refuge. Unplanned:"
                      " returned to the abuser, left without notice, asked to leave. Other: any"
                      " other reason."),
    QT_TRANSLATE_NOOP("ReportsOutcomes",
                      "MARAC referrals dated in the period; a repeat is within 12 months of an "
                      "earlier one."),
    QT_TRANSLATE_NOOP("ReportsOutcomes", "Referrals out made in the period, by agency and by where they stand now."),
    QT_TRANSLATE_NOOP("ReportsOutcomes", "No names, references, addresses or notes are exported."),
]


def _headers(columns: Sequence[tuple[str, int, str | None]]) -> list[str]:
    """The columns' headers in the language in use."""
    return [translate("ReportsOutcomes", c[0]) for c in columns]


def _summary_values(f: HouseOutcomes) -> list[object]:
    o = f.outcomes
    return [f.name, f.women, f.children, f.average_stay, o.asked, o.no_longer_wanted,
            o.counted, o.achieved, o.share, o.share_in_full, f.exit_count, f.planned,
            f.unplanned, f.other_exits, f.marac, f.marac_repeats, f.referrals_out_count]


def _summary_row(ws: WriteOnlyWorksheet, f: HouseOutcomes, *,
                 font: Font | None = None, row: object = 0,
                 hide: Suppression[tuple[object, str]] | None = None) -> list[Cell]:
    values = _summary_values(f)
    if hide is not None:
        values = [hide.show((row, c[0]), v) for v, c in zip(values, SUMMARY_COLUMNS,
                                                             strict=True)]
    return [cell(ws, v, fmt=c[2], font=font)
            for v, c in zip(values, SUMMARY_COLUMNS, strict=True)]


#: The Summary's counts (suppressed for outside the service): every column but the house, the
#: average and the two rates.
COUNT_COLUMNS = tuple(c[0] for c in SUMMARY_COLUMNS
                      if c[0] != "House" and c[2] is None)
#: Counts within a row that add up: (total, parts).
ROW_SUMS = [("Goals asked for", ["Goals no longer wanted", "Goals counted"]),
            ("Exits", ["Planned exits", "Unplanned exits", "Other exits"])]


def summary_suppression(fig: OutcomeFigures,
                        threshold: int) -> Suppression[tuple[object, str]]:
    """What the Summary for outside the service hides, keyed (house index or TOTAL, column):
    each column's total and each row's sums (ROW_SUMS) are the equations."""
    rows: list[tuple[object, HouseOutcomes]] = [*enumerate(fig.houses), (TOTAL, fig.total)]
    values: dict[tuple[object, str], int] = {}
    for key, f in rows:
        for value, c in zip(_summary_values(f), SUMMARY_COLUMNS, strict=True):
            if c[0] in COUNT_COLUMNS:
                values[(key, c[0])] = int(value)  # type: ignore[call-overload]  # a count
    sums: list[tuple[tuple[object, str], list[tuple[object, str]]]] = [
        ((TOTAL, column), [(i, column) for i in range(len(fig.houses))])
        for column in COUNT_COLUMNS]
    for key, _f in rows:
        sums += [((key, total), [(key, p) for p in parts]) for total, parts in ROW_SUMS]
    hide = suppress(values, sums, threshold=threshold)
    for key, f in rows:
        o = f.outcomes
        made_from = [(key, "Goals achieved (in full or partly)"), (key, "Goals counted")]
        hide.derived((key, "Requested outcomes achieved"), made_from)
        hide.derived((key, "Achieved in full"), made_from,
                     small=[o.achieved_in_full, o.partly])
        hide.derived((key, "Average length of stay (nights)"), [(key, "Exits")])
    return hide


def _write_summary(wb: Workbook, fig: OutcomeFigures, organisation: str,
                   hide: Suppression[tuple[object, str]] | None = None) -> None:
    ws = wb.create_sheet(translate("ReportsOutcomes", "Summary"))
    widths = [c[1] for c in SUMMARY_COLUMNS]
    _setup(ws, widths, "B5", title_rows="4:4")
    ws.row_dimensions[1].height = 21  # the 14-pt title
    append(ws, [cell(ws, translate("ReportsOutcomes", "{organisation}: outcomes")
                     .format(organisation=organisation), font=TITLE)])
    append(ws, [_fmt_period(fig.start, fig.end)])
    append(ws)
    _append_header(ws, 4, _headers(SUMMARY_COLUMNS), widths)
    for i, house in enumerate(fig.houses):
        append(ws, _summary_row(ws, house, row=i, hide=hide))
    append(ws, _summary_row(ws, fig.total, font=BOLD, row=TOTAL, hide=hide))
    append(ws)
    notes = [*(translate("ReportsOutcomes", n) for n in NOTES),
             in_error_note(fig.recorded_in_error)]
    if hide is not None:
        notes += outside_notes(hide.threshold, left_out=translate(
            "ReportsOutcomes", "the sheets by need area, by exit and by agency, whose small "
            "counts would mostly be hidden"))
    _append_notes(ws, 4 + len(fig.houses) + 3, notes, widths)


def _write_areas(wb: Workbook, fig: OutcomeFigures) -> None:
    ws = wb.create_sheet(translate("ReportsOutcomes", "Outcomes by need area"))
    widths = [c[1] for c in AREA_COLUMNS]
    _setup(ws, widths, "C2")
    headers = _headers(AREA_COLUMNS)
    _append_header(ws, 1, headers, widths)
    rows = 0
    for f in [*fig.houses, fig.total]:
        for area in fig.areas:
            o = f.outcomes_by_area.get(area)
            changes = f.need_changes.get(area) or []
            if o is None and not changes:
                continue
            counts = ([o.asked, o.no_longer_wanted, o.counted, o.achieved_in_full, o.partly,
                       o.not_achieved, o.still_open, o.share] if o else [0] * 7 + [None])
            values = [f.name, area, *counts, len(changes), f.average_change(area)]
            size_row(ws, rows + 2, [f.name, area], widths)
            append(ws, [cell(ws, v, fmt=c[2], wrap=isinstance(v, str))
                       for v, c in zip(values, AREA_COLUMNS, strict=True)])
            rows += 1
    _table(ws, "NeedAreas", headers, rows)


def _write_exits(wb: Workbook, fig: OutcomeFigures) -> None:
    ws = wb.create_sheet(translate("ReportsOutcomes", "Exits"))
    widths = [c[1] for c in EXIT_COLUMNS]
    _setup(ws, widths, "B2")
    headers = _headers(EXIT_COLUMNS)
    _append_header(ws, 1, headers, widths)
    rows = 0
    kinds = {r.label: translate("ReportsOutcomeFigures", exit_kind(r)) for r in DepartureReason}
    for f in [*fig.houses, fig.total]:
        for (reason, destination), count in sorted(f.exits.items()):
            texts = [f.name, reason, kinds[reason], destination]
            size_row(ws, rows + 2, texts, widths)
            append(ws, [*(cell(ws, t, wrap=True) for t in texts), count])
            rows += 1
    _table(ws, "Exits", headers, rows)


def _write_marac(wb: Workbook, fig: OutcomeFigures) -> None:
    ws = wb.create_sheet(translate("ReportsOutcomes", "MARAC and referrals out"))
    widths = [c[1] for c in REFERRAL_COLUMNS]
    _setup(ws, widths, "B2")
    headers = _headers(REFERRAL_COLUMNS)
    _append_header(ws, 1, headers, widths)
    rows = 0
    for f in [*fig.houses, fig.total]:
        for (agency, status), count in sorted(f.referrals_out.items()):
            texts = [f.name, agency, status]
            size_row(ws, rows + 2, texts, widths)
            append(ws, [*(cell(ws, t, wrap=True) for t in texts), count])
            rows += 1
    _table(ws, "ReferralsOut", headers, rows)
    append(ws)
    row = rows + 3  # after the header, the rows and a blank one
    _append_header(ws, row, [translate("ReportsOutcomes", "House"),
                             translate("ReportsOutcomes", "MARAC referrals"),
                             translate("ReportsOutcomes", "Of which repeats")], widths)
    for i, f in enumerate([*fig.houses, fig.total], start=row + 1):
        size_row(ws, i, [f.name], widths)
        append(ws, [cell(ws, f.name, wrap=True), f.marac, f.marac_repeats])


def export_outcomes(vault: Vault, *, start: date, end: date, out: Path,
                    for_outside: bool = False, progress: Progress | None = None,
                    cancelled: CancelCheck | None = None) -> Path:
    """Write the outcomes spreadsheet for the period `start` to `end` inclusive to `out`
    (.xlsx). It holds counts only, never a name. The export is recorded in the audit trail.
    Returns the path written. `progress` counts the sheets; `cancelled` is asked until the
    file is saved and recorded (stopping leaves neither: refugedesk.progress.Cancelled).

    `for_outside`: for funders and commissioners: the Summary only, counts below the
    service's small-number threshold hidden (reports/suppression.py). The audit event says
    which version was written."""
    if end < start:
        raise DatesOutOfOrder(translate("ReportsOutcomes",
                                        "The last date of the period is before the first."),
                              field="end")
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    check_export_target(out, vault_path=vault.path)  # before any work: never over the vault
    with vault.session() as session:
        fig = compute(session, start=start, end=end)
        organisation = session.scalar(select(Organisation.name)) or ""
        threshold = small_number_threshold(session)
    created = datetime.now(UTC)
    # The figures, the sheets (four inside, the Summary only outside), saving.
    steps = Steps(3 if for_outside else 6, progress, cancelled)
    steps.step()

    wb = Workbook(write_only=True)
    try:
        props = wb.properties
        props.title = translate("ReportsOutcomes", "Outcomes {first} to {last}").format(
            first=short_day(start), last=short_day(end))
        props.subject = translate("ReportsOutcomes", "{organisation}: outcomes, {period}"
                                  ).format(organisation=organisation,
                                           period=_fmt_period(start, end))
        props.creator = props.lastModifiedBy = vault.person.display_name
        props.created = props.modified = created.replace(tzinfo=None)
        props.keywords = translate("ReportsOutcomes", "outcomes; RefugeDesk")
        for key, value in document_properties(organisation, start, end, vault, created) + [
                (translate("ReportsOutcomes", "For"), audience_words(for_outside))]:
            wb.custom_doc_props.append(StringProperty(name=key, value=value))  # type: ignore[attr-defined]  # not in types-openpyxl
        sheets: list[Callable[[], None]] = [
            lambda: _write_summary(wb, fig, organisation), lambda: _write_areas(wb, fig),
            lambda: _write_exits(wb, fig), lambda: _write_marac(wb, fig)]
        if for_outside:
            hide = summary_suppression(fig, threshold)
            sheets = [lambda: _write_summary(wb, fig, organisation, hide)]
        for write in steps.over(sheets):
            write()
        steps.check()  # the last point at which stopping leaves nothing to undo

        # Written inside the transaction that records it: no file without its audit event, and
        # the event commits only once the file is in place.
        with vault.transaction() as session:
            audit.record(session, vault.person, "outcomes_exported",
                         detail=f"from={start.isoformat()} to={end.isoformat()} "
                                f"file={out.name} for={'outside' if for_outside else 'inside'}")
            save_export(wb, out, vault_path=vault.path)
        steps.step()
    finally:
        discard(wb)  # a workbook never saved still holds open row writers and their files
    return out
