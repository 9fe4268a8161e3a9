"""The handover PDF, read back with a PDF reader we did not write (pypdf)."""

from __future__ import annotations

from datetime import timedelta

from pypdf import PdfReader
from PySide6.QtCore import QSizeF
from test_handover import _resident_in, service  # noqa: F401  (the fixture)

from refugedesk import handover, incidents
from refugedesk.db.models import IncidentKind
from refugedesk.db.types import utcnow
from refugedesk.reports.handover_pdf import write_pdf


def _sent(svc) -> handover.HandoverView:
    vault = svc["vault"]
    rid, _ = _resident_in(svc, "R-1", children=1)
    incidents.log_incident(vault, at=utcnow() - timedelta(minutes=5), resident_ids=[rid],
                           kind=IncidentKind.ABUSER_CONTACT,
                           what_happened="Phone call from a withheld number")
    with vault.session() as s:
        d = handover.draft(s)
    hid = handover.send(vault, d, to_staff_id=svc["nina"], shift="Night on call",
                        notes={svc["house"]: "Check the back door is locked",
                               None: "Manager on call: Omar"})
    handover.add_addendum(vault, hid, "R-1 called back at 18:00, all well")
    return handover.open_handover(vault, hid)


def test_the_full_pdf_says_what_the_handover_says(service, qapp, tmp_path):  # noqa: F811
    view = _sent(service)
    path = write_pdf(view, tmp_path / "handover.pdf")
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert reader.metadata.title == view.title and view.title.startswith("Handover ")
    assert "Night on call" in view.title
    assert len(reader.pages[0].mediabox) == 4
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert abs(width - 595) < 2 and abs(height - 842) < 2  # A4 in points
    for expected in ("From Ada Test to Nina Night", "Elm House", "Who is in",
                     "R-1 (A.E.), room 1, 1 child", "Incidents",
                     "Phone call from a withheld number", "Check the back door is locked",
                     "Whole service", "Manager on call: Omar", "Oak House",
                     "Nothing to hand over", "Added after sending",
                     "R-1 called back at 18:00, all well", "Urgent: Incidents",
                     f"Page 1 of {len(reader.pages)}"):
        assert expected in " ".join(text.split()), expected
    assert not list(tmp_path.glob(".*.part"))
    # what corrects it comes first, and in a house what is urgent comes before who is in
    flat = " ".join(text.split())
    assert flat.index("Added after sending") < flat.index("Elm House")
    assert flat.index("Urgent: Incidents") < flat.index("Who is in")


def test_the_by_house_pdf_has_a_page_per_house_with_the_addenda_on_each(
        service, qapp, tmp_path):  # noqa: F811
    view = _sent(service)
    reader = PdfReader(write_pdf(view, tmp_path / "by-house.pdf", by_house=True))
    pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    # Elm House (has lines) and the whole service; Oak House has nothing to say.
    assert len(pages) == 2
    assert "Elm House" in pages[0] and "Check the back door is locked" in pages[0]
    assert "Whole service" in pages[1] and "Elm House" not in pages[1]
    assert all("R-1 called back at 18:00" in p for p in pages)
    assert not any("Oak House" in p for p in pages)
    assert [f"Page {n} of 2" in p for n, p in enumerate(pages, 1)] == [True, True]


def test_a_heading_is_never_left_alone_at_the_foot_of_a_page(qapp):
    from PySide6.QtGui import QTextDocument

    from refugedesk.reports.pdf import keep_headings_with_next

    lines = "".join(f"<li>line {n}</li>" for n in range(7))
    doc = QTextDocument()
    doc.setHtml("".join(f"<h3>Section {n}</h3><ul>{lines}</ul>" for n in range(40)))
    doc.setPageSize(QSizeF(400, 300))

    def stranded() -> list[str]:
        layout, out = doc.documentLayout(), []
        block = doc.begin()
        while block.isValid() and block.next().isValid():
            if block.blockFormat().headingLevel():
                here = layout.blockBoundingRect(block).top() // 300
                nxt = layout.blockBoundingRect(block.next())
                if (nxt.top() + nxt.height()) // 300 != here:
                    out.append(block.text())
            block = block.next()
        return out

    assert stranded()  # laid out as it comes, some headings end a page: the test can fail
    assert keep_headings_with_next(doc, 300) > 0
    assert stranded() == []
