"""The one writer for RefugeDesk's spreadsheets: every cell goes through `cell()` or `append()`
here, and every workbook is saved by `save_export()`.

Text is always written as text. openpyxl turns a string that starts with "=" into a formula
and one like "#N/A" into an error value; a house called `=HYPERLINK("http://…","Open")` or a
household reference `=cmd|' /C calc'!A0` would then run in the funder's spreadsheet program.
So every str is written as an explicitly typed string cell (an inline string, `t="inlineStr"`),
whatever its first character (= + - @, a tab, full-width ＝＋－＠): Excel and LibreOffice show
it exactly as typed and never evaluate it. No apostrophe is added, so the text a person typed is
the text in the cell. (A carriage return inside a text comes back as a line break: XML itself
reads CR as LF. The domain strips them from the start and end of names.)

RefugeDesk's spreadsheets hold no formulas of their own. `save_export()` checks the saved file
and refuses it, leaving nothing behind, if any formula or error cell is found in any sheet.

openpyxl's write-only mode spools each sheet's rows to a temporary file until the workbook is
saved; `save_export()` removes those files however the save ends, so no plain copy of the rows
is left in the temporary folder after a failure.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.writer.excel import ExcelWriter

from refugedesk.i18n import translate
from refugedesk.reports.output import export_file

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

#: openpyxl's data type for a string cell (written as an inline string).
TEXT = "s"

_FORMULA = re.compile(rb"<(?:[A-Za-z0-9_]+:)?f[\s>/]")
_ERROR = re.compile(rb"<(?:[A-Za-z0-9_]+:)?c\s[^>]*\bt=\"e\"")


def cell(ws: WriteOnlyWorksheet, value: object, *, fmt: str | None = None, font: Font | None = None,
         fill: PatternFill | None = None, wrap: bool = False) -> Cell:
    """A cell for a write-only sheet. A str is always text, never a formula or an error."""
    c = WriteOnlyCell(ws, value=value)  # type: ignore[arg-type]  # dates and ints too
    if isinstance(value, str):
        c.data_type = TEXT
    if fmt:
        c.number_format = fmt
    if font:
        c.font = font
    if fill:
        c.fill = fill
    if wrap:
        c.alignment = Alignment(wrap_text=True, vertical="top")
    return c


#: Points per line of wrapped 11-pt text (Excel's and LibreOffice's default row is 15 pt).
LINE_HEIGHT = 15.0
#: The tallest row a spreadsheet program accepts, in points.
MAX_ROW_HEIGHT = 409.0
#: Column widths (in characters) that fit across portrait A4 at 100%; a wider sheet prints
#: landscape.
PORTRAIT_WIDTH = 90


def wrapped_lines(text: str, width: float, *, bold: bool = False) -> int:
    """How many lines `text` takes, wrapped at word breaks in a column `width` characters wide.
    An estimate on the generous side (bold and capital letters are wider than the digit the
    width is measured in), so a row sized from it never cuts its text off."""
    capacity = max(1, int((width - 1) * (0.85 if bold else 0.95)))
    lines = 0
    for paragraph in str(text).split("\n"):
        count, used = 1, 0
        for word in paragraph.split():
            size = len(word)
            if used and used + 1 + size <= capacity:
                used += 1 + size
                continue
            if used:
                count += 1
            count += (size - 1) // capacity  # a word longer than the column breaks
            used = size - (size - 1) // capacity * capacity
        lines += count
    return max(1, lines)


def row_height(lines: int, *, point_size: float = 11) -> float:
    """The height in points of a row holding `lines` lines of text."""
    per_line = LINE_HEIGHT * point_size / 11
    return min(MAX_ROW_HEIGHT, lines * per_line + 3)


def size_row(ws: WriteOnlyWorksheet, row: int, texts: Iterable[str], widths: Iterable[float], *,
             bold: bool = False) -> None:
    """Make row `row` tall enough for its longest wrapped text (each text in its column's
    width), so wrapped headers never run over the row below. Write-only: call it before the
    row is appended."""
    lines = max((wrapped_lines(t, w, bold=bold) for t, w in zip(texts, widths, strict=False)),
                default=1)
    if lines > 1:
        ws.row_dimensions[row].height = row_height(lines)  # type: ignore[attr-defined]  # not in types-openpyxl


def print_setup(ws: WriteOnlyWorksheet, *, widths: Iterable[float], title_rows: str) -> None:
    """Set a sheet up to print: A4, landscape when its columns are wider than portrait takes,
    fitted to one page wide (as many tall as it needs), the header rows `title_rows` ("1:1")
    repeated on every page, and the sheet's name and page number at the foot. Write-only:
    call it before the first row is appended (the fit-to-page flag is written first)."""
    setup = ws.page_setup  # type: ignore[attr-defined]  # not in types-openpyxl
    setup.paperSize = "9"  # A4
    setup.orientation = "landscape" if sum(widths) > PORTRAIT_WIDTH else "portrait"
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages tall as the rows need
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)  # type: ignore[attr-defined]  # not in types-openpyxl
    ws.print_title_rows = title_rows
    footer = ws.oddFooter
    if footer is not None:
        # &A the sheet's name, &P the page, &N the pages: the spreadsheet program's codes.
        footer.center.text = translate("ReportsXlsx", "&A, page &P of &N")


def merge_across(ws: WriteOnlyWorksheet, row: int, columns: int) -> None:
    """Merge row `row` from column A across `columns` columns (a note as wide as the table)."""
    if columns > 1:
        ws.merged_cells.add(f"A{row}:{get_column_letter(columns)}{row}")  # type: ignore[attr-defined]  # not in types-openpyxl


def append(ws: WriteOnlyWorksheet, values: Iterable[object] = ()) -> None:
    """Append one row: every str becomes a text cell; cells made by `cell()` pass as they are
    (a cell whose value is a str is made text too, however it was made)."""
    row: list[object] = []
    for value in values:
        if isinstance(value, Cell):
            if isinstance(value.value, str):
                value.data_type = TEXT
            row.append(value)
        elif isinstance(value, str):
            row.append(cell(ws, value))
        else:
            row.append(value)
    ws.append(row)


def save_export(wb: Workbook, out: Path, *, vault_path: Path | None) -> None:
    """Save the write-only workbook `wb` to `out` through `output.export_file` (never over a
    vault or key file; a temporary name first, renamed when complete; a disk error becomes
    `ExportNotSaved`). Refuses a file holding any formula. Always releases the workbook's
    row spools, whether or not it was saved."""
    try:
        with export_file(out, vault_path=vault_path) as partial:
            # The archive is closed on every path (a ZipFile left open would complain on
            # stderr when collected), and a failure leaves only the partial file to remove.
            with ZipFile(partial, "w", ZIP_DEFLATED, allowZip64=True) as archive:
                if not wb.worksheets:
                    wb.create_sheet()
                ExcelWriter(wb, archive).save()
            if formulas_in(partial):
                raise RuntimeError("A formula reached a spreadsheet export; it was not saved.")
    finally:
        discard(wb)


def discard(wb: Workbook) -> None:
    """Close a write-only workbook's sheets and remove their temporary row files."""
    for sheet in wb.worksheets:
        with suppress(Exception):  # a sheet half-written by a failed save may not close
            if not sheet.closed:
                sheet.close()
        spool = getattr(getattr(sheet, "_writer", None), "out", None)
        if isinstance(spool, str):
            with suppress(OSError):
                os.remove(spool)


def formulas_in(path: Path) -> bool:
    """Whether any sheet of the .xlsx at `path` holds a formula or an error-typed cell."""
    with ZipFile(path) as archive:
        for name in archive.namelist():
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            tail = b""
            with archive.open(name) as part:
                while chunk := part.read(1 << 20):
                    data = tail + chunk
                    if _FORMULA.search(data) or _ERROR.search(data):
                        return True
                    tail = data[-256:]
    return False
