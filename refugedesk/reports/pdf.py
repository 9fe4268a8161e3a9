"""A4 PDFs through Qt: HTML laid out by QTextDocument onto a paged device (a QPdfWriter or a
QPrinter), with "Page n of N" (in the language being spoken) at the foot of every page and the title in the document's
properties. Needs a QGuiApplication (the app has one; tests get one from pytest-qt).

The file is written beside its name and renamed when complete (reports/output.py), so a failure
never leaves half a PDF under that name, and never replaces a vault, its key file or a backup.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from refugedesk.i18n import translate
from refugedesk.progress import Progress, report
from refugedesk.reports.output import export_file

MARGIN_MM = 15


def tag(name: str, text: str) -> str:
    """`text`, escaped, in an HTML element: tag("h2", translate("Ctx", "Notes"))."""
    return f"<{name}>{escape(text)}</{name}>"


def write_pdf(html: str, path: Path, *, title: str, point_size: float = 10.5,
              progress: Progress | None = None) -> Path:
    """Write `html` to `path` as an A4 PDF titled `title`. Returns the path. Never over a
    vault, its key file or a backup (reports/output.py): `ExportWouldReplaceVault`.
    `progress(pages done, pages)` follows the pages as they are drawn."""
    path = Path(path)
    with export_file(path) as partial:
        writer = QPdfWriter(str(partial))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                              QPageLayout.Unit.Millimeter)
        writer.setTitle(title)
        writer.setCreator("RefugeDesk")
        paint(html, writer, point_size=point_size, progress=progress)
        del writer  # finishes the file
    return path


def write_page(draw: Callable[[QPainter, QRectF], None], path: Path, *, title: str,
               landscape: bool = False, progress: Progress | None = None) -> Path:
    """Write one A4 page drawn by `draw(painter, area)` to `path`, with no page number and no
    header or footer: for a page designed as a whole (a certificate). `area` is the printable
    rectangle inside the margins, in the painter's units (device pixels; fonts are set in
    points). Never over a vault, its key file or a backup, like `write_pdf`."""
    path = Path(path)
    with export_file(path) as partial:
        writer = QPdfWriter(str(partial))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                  else QPageLayout.Orientation.Portrait)
        writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                              QPageLayout.Unit.Millimeter)
        writer.setTitle(title)
        writer.setCreator("RefugeDesk")
        area = writer.pageLayout().paintRectPixels(writer.resolution())
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(translate("ReportsPdf", "The document could not be printed or saved."))
        try:
            draw(painter, QRectF(0, 0, area.width(), area.height()))
        finally:
            painter.end()
        del writer  # finishes the file
    report(progress, 1, 1)
    return path


def keep_headings_with_next(doc: QTextDocument, page_height: float) -> int:
    """Move every heading (h1-h6) that would end a page away from what it heads onto the next
    page. Returns how many were moved. Each move lays out what follows again, so the blocks are
    walked once, in order.

    What follows a heading is measured only when it is plain text in the same flow. When a
    table follows, its first row is taken to be about as tall as the heading: asking Qt where
    a table cell's block lies, while the layout after an earlier move is still being redone,
    crashed the process (a subject access copy of 3,000 contacts, each a heading and a
    table)."""
    layout = doc.documentLayout()
    moved = 0
    block = doc.begin()
    while block.isValid():
        following = block.next()
        fmt = block.blockFormat()
        if fmt.headingLevel() and following.isValid() and \
                fmt.pageBreakPolicy() == QTextFormat.PageBreakFlag.PageBreak_Auto:
            heading = layout.blockBoundingRect(block)
            if QTextCursor(following).currentTable() is not None:
                ends = heading.bottom() + heading.height()
            else:
                after = layout.blockBoundingRect(following)
                first_line = following.layout().lineAt(0).height() if \
                    following.layout().lineCount() else after.height()
                ends = after.top() + first_line
            if int(heading.top() // page_height) != int(ends // page_height):
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
                moved += 1
        block = following
    return moved


def paint(html: str, device: QPagedPaintDevice, *, point_size: float = 10.5,
          progress: Progress | None = None) -> int:
    """Lay `html` out on a paged device with "Page n of N" at the foot of each page. Returns
    the number of pages; `progress(pages done, pages)` after each one."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setPointSizeF(point_size)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    resolution = device.logicalDpiY()
    area = device.pageLayout().paintRectPixels(resolution)
    footer = resolution * 0.35  # about 9 mm for the page number
    page = QSizeF(area.width(), area.height() - footer)
    doc.setPageSize(page)
    if keep_headings_with_next(doc, page.height()):
        # Lay the whole document out again: after an edit Qt lays out lazily, and a page
        # drawn from the part not yet laid out again came out cut short.
        doc.markContentsDirty(0, doc.characterCount())
    pages = doc.pageCount()

    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("ReportsPdf", "The document could not be printed or saved."))
    try:
        small = QFont(font)
        small.setPointSizeF(8)
        for number in range(pages):
            if number:
                device.newPage()
            top = number * page.height()
            painter.save()
            painter.translate(0, -top)
            clip = QRectF(0, top, page.width(), page.height())
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            doc.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(small)
            painter.drawText(QRectF(0, page.height(), page.width(), footer),
                             Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignBottom,
                             translate("ReportsPdf", "Page {page} of {pages}")
                             .format(page=number + 1, pages=pages))
            report(progress, number + 1, pages)
    finally:
        painter.end()
    return pages
