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
from openpyxl.writer.excel import ExcelWriter

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
