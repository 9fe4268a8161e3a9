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
