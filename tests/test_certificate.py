"""The programme completion certificate: only once she has completed it, hers to keep (her
name as she likes to be known, the programme, the date), nothing else about her. Designed as a
certificate: one landscape page, no page number or report header."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from test_programmes import AFTER, freedom  # noqa: F401  (the fixture)

from refugedesk import programmes, residents
from refugedesk.db.models import AttendanceState, AuditEvent
from refugedesk.errors import ValidationError
from refugedesk.reports.certificate_pdf import (
    Certificate,
    attended_line,
    certificate,
    write_certificate,
)


def test_a_certificate_only_once_completed_and_only_what_is_hers(qapp, freedom, tmp_path):  # noqa: F811
    vault, amy, prog, sessions = freedom
    residents.update_resident(vault, amy, known_as="Amy")
    for sid in sessions[:9]:
        programmes.record_attendance(vault, community_support=True, today=AFTER, session_id=sid, resident_id=amy,
                                     state=AttendanceState.ATTENDED)
    with pytest.raises(ValidationError, match="9 of 10 sessions attended"):
        certificate(vault, programme_id=prog, resident_id=amy)
    programmes.record_attendance(vault, community_support=True, today=AFTER, session_id=sessions[10], resident_id=amy,
                                 state=AttendanceState.ATTENDED)
    cert = certificate(vault, programme_id=prog, resident_id=amy)
    path = write_certificate(cert, tmp_path / "certificate.pdf")
    reader = PdfReader(path)
    # Words as a reader sees them: whitespace folded, the "fi" ligature unfolded.
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    text = text.replace("\ufb01", "fi")
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    assert round(float(box.width)) == 842 and round(float(box.height)) == 595  # A4
    assert reader.metadata.title == "Certificate: Freedom Programme"
    for wanted in ("Certificate of completion", "Amy", "Freedom Programme",
                   "10 sessions, from 7 January to 18 March 2030", "Fictional Test Refuge",
                   "Signed", "Date"):
        assert wanted in text, wanted
    assert "Page" not in text  # a certificate, not a report: no "Page 1 of 1"
    assert "Example" not in text and "R-1" not in text  # as she is known; no reference
    with vault.session() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert (last.kind, last.record_id) == ("certificate_made", amy)


def _cert(attended, first, last):
    return Certificate("Amy", "Freedom Programme", attended, last, "Refuge", started_on=first)


def test_the_sessions_line_reads_naturally():
    assert attended_line(_cert(1, date(2030, 3, 9), date(2030, 3, 9))) == \
        "1 session, completed on 9 March 2030"
    assert attended_line(_cert(12, date(2029, 11, 2), date(2030, 3, 9))) == \
        "12 sessions, from 2 November 2029 to 9 March 2030"
    assert attended_line(_cert(2, None, date(2030, 3, 9))) == \
        "2 sessions, completed on 9 March 2030"


def test_a_long_name_and_programme_still_make_one_landscape_page(qapp, tmp_path):
    from pypdf import PdfReader

    name = "Oluwaseun " + "Adebayo-Fitzgerald " * 6  # 120 characters, the longest allowed
    programme = "The Freedom Programme for women who have lived with domestic abuse " * 2
    cert = Certificate(name.strip(), programme.strip(), 12, date(2030, 3, 9),
                       "A Very Long Fictional Refuge Service Name " * 3,
                       started_on=date(2030, 1, 5))
    reader = PdfReader(write_certificate(cert, tmp_path / "long.pdf"))
    text = " ".join(reader.pages[0].extract_text().split())
    assert len(reader.pages) == 1
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height
    assert "Oluwaseun Adebayo-Fitzgerald" in text and "12 sessions, from 5 January" in text


def test_the_longest_texts_leave_the_space_to_sign(qapp):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from refugedesk.reports.certificate_pdf import draw

    class Recording(QPainter):
        def __init__(self, device):
            super().__init__(device)
            self.boxes: dict[str, QRectF] = {}

        def drawText(self, *args):  # noqa: N802  (Qt's name)
            if isinstance(args[0], QRectF):
                self.boxes[args[-1]] = QRectF(args[0])
            super().drawText(*args)

    cert = Certificate(("Oluwaseun " + "Adebayo-Fitzgerald " * 6).strip(),
                       ("The Freedom Programme for women who have lived with domestic abuse "
                        * 2).strip(), 12, date(2030, 3, 9), "Refuge " * 17,
                       started_on=date(2030, 1, 5))
    image = QImage(1280, 905, QImage.Format.Format_ARGB32)  # landscape A4 at 110 dpi
    image.fill(QColor("white"))
    image.setDotsPerMeterX(round(110 / 0.0254))
    image.setDotsPerMeterY(round(110 / 0.0254))
    painter = Recording(image)
    draw(painter, QRectF(0, 0, 1280 - 130, 905 - 130), cert)
    painter.end()
    well_done = painter.boxes["Well done. This is your achievement, and yours to keep."]
    date_label = painter.boxes["Date"]
    mm = 110 / 25.4
    assert well_done.bottom() < date_label.top() - 15 * mm  # room to sign above the line
