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

from PySide6.QtGui import QPagedPaintDevice

from refugedesk.handover import HandoverView, HousePart
from refugedesk.handover_draft import SECTIONS, URGENT
from refugedesk.progress import Progress
from refugedesk.reports import pdf


def _when(instant: datetime | None) -> str:
    if instant is None:
        return "not yet"
    local = instant.astimezone()
    return f"{local:%a} {local.day} {local:%b %Y %H:%M}"


def _part_html(view: HandoverView, part: HousePart, *, heading: str) -> str:
    out = [f"<{heading}>{escape(part.name)}</{heading}>"]
    sections = part.headed()
    note = view.note_for(part)
    if not sections and not note:
        out.append("<p><i>Nothing to hand over.</i></p>")
    urgent = {SECTIONS[key] for key in URGENT}
    for title, lines in sections:
        mark = '<span style="color:#a01818">Urgent: </span>' if title in urgent else ""
        out.append(f"<h3>{mark}{escape(title)}</h3><ul>")
        out.extend(f"<li>{escape(line.text)}</li>" for line in lines)
        out.append("</ul>")
    if note:
        text = "<br>".join(escape(n) for n in note.splitlines())
        out.append(f"<h3>Notes</h3><p>{text}</p>")
    return "".join(out)


def _header_html(view: HandoverView) -> str:
    shift = f" for {escape(view.shift)}" if view.shift else ""
    ack = (f"acknowledged by {escape(view.acknowledged_by or '')} "
           f"{_when(view.acknowledged_at)}" if view.acknowledged_at else "not acknowledged yet")
    return (f"<h1>{escape(view.title)}</h1>"
            f"<p>From {escape(view.from_name)} to {escape(view.to_name)}{shift}.<br>"
            f"Covers {_when(view.period_start)} to {_when(view.period_end)}.<br>"
            f"Sent {_when(view.sealed_at)}; {ack}.</p>")


def _addenda_html(view: HandoverView) -> str:
    if not view.addenda:
        return ""
    items = "".join(f"<li>{_when(a.at)}, {escape(a.by or 'unknown')}: {escape(a.text)}</li>"
                    for a in view.addenda)
    return (f"<h2>Added after sending (read these first)</h2><ul>{items}</ul>")


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
        body.append(f"<div{brk}><p><small>{escape(view.title)}, from "
                    f"{escape(view.from_name)} to {escape(view.to_name)}</small></p>"
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
