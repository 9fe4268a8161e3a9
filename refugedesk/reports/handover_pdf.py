"""A handover as a PDF, for printing or for the on-call worker's folder: A4, the title in the
document's properties, "Page n of N" at the foot of every page.

    write_pdf(view, Path("handover.pdf"))                 # the full handover
    write_pdf(view, Path("handover.pdf"), compact=True)   # a page per house
    paint(view, printer)                                  # the same on a QPrinter

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
    for title, lines in sections:
        out.append(f"<p><b>{escape(title)}</b></p><ul>")
        out.extend(f"<li>{escape(line.text)}</li>" for line in lines)
        out.append("</ul>")
    if note:
        text = "<br>".join(escape(n) for n in note.splitlines())
        out.append(f"<p><b>Notes</b></p><p>{text}</p>")
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
    return f"<h2>Addenda (added after sending)</h2><ul>{items}</ul>"


def html(view: HandoverView, *, compact: bool = False) -> str:
    """The handover as the HTML the PDF is laid out from."""
    style = ("<style>h1{font-size:16pt} h2{font-size:13pt; margin-top:14px} "
             "ul{margin-top:0} li{margin-bottom:2px}</style>")
    if not compact:
        body = [_header_html(view)]
        body += [_part_html(view, p, heading="h2") for p in view.draft.parts]
        body.append(_addenda_html(view))
        return f"<html><head>{style}</head><body>{''.join(body)}</body></html>"
    # A page per house that has something to hand over (and one for the whole service).
    pages = [p for p in view.draft.houses if p.lines or view.note_for(p)]
    pages.append(view.draft.service)
    body = []
    for index, part in enumerate(pages):
        brk = ' style="page-break-before: always"' if index else ""
        body.append(f"<div{brk}><p><small>{escape(view.title)}, from "
                    f"{escape(view.from_name)} to {escape(view.to_name)}</small></p>"
                    f"{_part_html(view, part, heading='h1')}</div>")
    if view.addenda:
        body.append(f'<div style="page-break-before: always">{_addenda_html(view)}</div>')
    return f"<html><head>{style}</head><body>{''.join(body)}</body></html>"


def write_pdf(view: HandoverView, path: Path, *, compact: bool = False,
              progress: Progress | None = None) -> Path:
    """Write the handover to `path` as an A4 PDF. Returns the path."""
    return pdf.write_pdf(html(view, compact=compact), path, title=view.title,
                         point_size=9.5 if compact else 10.5, progress=progress)


def paint(view: HandoverView, device: QPagedPaintDevice, *, compact: bool = False,
          progress: Progress | None = None) -> int:
    """Lay the handover out on a paged device (a PDF writer or a printer). Returns the number
    of pages."""
    return pdf.paint(html(view, compact=compact), device, point_size=9.5 if compact else 10.5,
                     progress=progress)
