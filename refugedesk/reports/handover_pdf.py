"""A handover as a PDF, for printing or for the on-call worker's folder: A4, the title in the
document's properties, "Page n of N" at the foot of every page.

    write_pdf(view, Path("handover.pdf"))                  # the whole handover
    write_pdf(view, Path("handover.pdf"), by_house=True)   # each house on its own page
    paint(view, printer)                                   # the same on a QPrinter

What is urgent comes first, on paper as in the window: the addenda (added after sending, so
they correct what follows) straight under the heading, and in each house the sections in the
draft's order (not back, incidents and risk before who is in), the urgent ones marked
"Urgent" in words, not only in colour. A section's heading is never left alone at the foot of
a page (reports/pdf.py keeps headings with what follows).

Made with Qt (QTextDocument laid out for a QPdfWriter), so no other PDF library is needed.
Needs a QGuiApplication (the app has one; tests get it from pytest-qt). The file is written
beside `path` and renamed when complete, so a failure never leaves half a PDF with its name.
The PDF holds what the handover holds: the caller records the export (handover.note_export).
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QPagedPaintDevice

from refugedesk import i18n
from refugedesk.handover import HandoverView, HousePart
from refugedesk.handover_draft import SECTIONS, URGENT
from refugedesk.i18n import translate
from refugedesk.progress import Progress
from refugedesk.reports import pdf
from refugedesk.reports.pdf import tag


def _when(instant: datetime | None) -> str:
    """"Mon 5 Jan 2026 14:30", in the language in use."""
    if instant is None:
        return translate("ReportsHandoverPdf", "not yet")
    local = instant.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day),
                       QTime(local.hour, local.minute))
    return i18n.locale().toString(moment, "ddd d MMM yyyy HH:mm")


def _part_html(view: HandoverView, part: HousePart, *, heading: str) -> str:
    out = [f"<{heading}>{escape(part.name)}</{heading}>"]
    sections = part.headed()
    note = view.note_for(part)
    if not sections and not note:
        out.append("<p>" + tag("i", translate("ReportsHandoverPdf", "Nothing to hand over.")) + "</p>")
    # headed() gives the sections with lines in SECTIONS' order: which of them are urgent.
    keys = [key for key in SECTIONS if part.section(key)]
    for key, (title, lines) in zip(keys, sections, strict=True):
        if key in URGENT:
            urgent = '<span style="color:#a01818">' + escape(translate("ReportsHandoverPdf", "Urgent:")) + "</span>"
            title_html = escape(translate("ReportsHandoverPdf", "{urgent} {section}")).format(
                urgent=urgent, section=escape(title))
        else:
            title_html = escape(title)
        out.append(f"<h3>{title_html}</h3><ul>")
        out.extend(f"<li>{escape(line.text)}</li>" for line in lines)
        out.append("</ul>")
    if note:
        text = "<br>".join(escape(n) for n in note.splitlines())
        out.append(tag("h3", translate("ReportsHandoverPdf", "Notes")) + f"<p>{text}</p>")
    return "".join(out)


def _header_html(view: HandoverView) -> str:
    if view.shift:
        route = translate("ReportsHandoverPdf", "From {sender} to {receiver} for {shift}.").format(
            sender=view.from_name, receiver=view.to_name, shift=view.shift)
    else:
        route = translate("ReportsHandoverPdf", "From {sender} to {receiver}.").format(sender=view.from_name,
                                                          receiver=view.to_name)
    if view.acknowledged_at:
        sent = translate("ReportsHandoverPdf", "Sent {sent}; acknowledged by {name} {when}.").format(
            sent=_when(view.sealed_at), name=view.acknowledged_by or "",
            when=_when(view.acknowledged_at))
    else:
        sent = translate("ReportsHandoverPdf", "Sent {sent}; not acknowledged yet.").format(sent=_when(view.sealed_at))
    covers = translate("ReportsHandoverPdf", "Covers {start} to {end}.").format(start=_when(view.period_start),
                                                   end=_when(view.period_end))
    return (f"<h1>{escape(view.title)}</h1>"
            f"<p>{escape(route)}<br>{escape(covers)}<br>{escape(sent)}</p>")


def _addenda_html(view: HandoverView) -> str:
    if not view.addenda:
        return ""
    items = "".join("<li>" + escape(translate("ReportsHandoverPdf", "{when}, {name}: {text}").format(
        when=_when(a.at), name=a.by or translate("ReportsHandoverPdf", "unknown"), text=a.text)) + "</li>"
        for a in view.addenda)
    return tag("h2", translate("ReportsHandoverPdf", "Added after sending (read these first)")) + f"<ul>{items}</ul>"


def html(view: HandoverView, *, by_house: bool = False) -> str:
    """The handover as the HTML the PDF is laid out from."""
    style = ("<style>h1{font-size:16pt} h2{font-size:13pt; margin-top:14px} "
             "h3{font-size:10.5pt; margin-top:6px; margin-bottom:2px} "
             "ul{margin-top:0} li{margin-bottom:2px}</style>")
    if not by_house:
        body = [_header_html(view), _addenda_html(view)]
        body += [_part_html(view, p, heading="h2") for p in view.draft.parts]
        return f"<html><head>{style}</head><body>{''.join(body)}</body></html>"
    # A page per house that has something to hand over (and one for the whole service), to
    # leave in each house's folder; the addenda go on the first page and on each house's.
    pages = [p for p in view.draft.houses if p.lines or view.note_for(p)]
    pages.append(view.draft.service)
    body = []
    for index, part in enumerate(pages):
        brk = ' style="page-break-before: always"' if index else ""
        top = translate("ReportsHandoverPdf", "{title}, from {sender} to {receiver}").format(
            title=view.title, sender=view.from_name, receiver=view.to_name)
        body.append(f"<div{brk}><p><small>{escape(top)}</small></p>"
                    f"{_addenda_html(view)}{_part_html(view, part, heading='h1')}</div>")
    return f"<html><head>{style}</head><body>{''.join(body)}</body></html>"


def write_pdf(view: HandoverView, path: Path, *, by_house: bool = False,
              progress: Progress | None = None) -> Path:
    """Write the handover to `path` as an A4 PDF. Returns the path."""
    return pdf.write_pdf(html(view, by_house=by_house), path, title=view.title,
                         progress=progress)


def paint(view: HandoverView, device: QPagedPaintDevice, *, by_house: bool = False,
          progress: Progress | None = None) -> int:
    """Lay the handover out on a paged device (a PDF writer or a printer). Returns the number
    of pages."""
    return pdf.paint(html(view, by_house=by_house), device, progress=progress)
