"""The report for court: contacts offered and attended in the period (by mode), programme
attendance and completion, needs scores first against latest in the period, the worker's
narrative; a PDF with the organisation, the author and date, page numbers and its title.
Producing one is audited, with ids only."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from refugedesk import assessment, contacts, programmes, residents
from refugedesk.db.models import (
    AssessmentStage,
    AttendanceState,
    AuditEvent,
    ContactMode,
    ContactPlace,
    ContactState,
    NeedArea,
)
from refugedesk.errors import DatesOutOfOrder, ValidationError
from refugedesk.reports.court_report import court_report, write_court_report

START, END = date(2026, 3, 1), date(2026, 5, 31)
NARRATIVE = "Zephyrine engaged well with keywork and attended the Freedom Programme."
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                           "\ufb04": "ffl"})


def _text(path) -> tuple[PdfReader, str]:
    reader = PdfReader(path)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    return reader, text.translate(LIGATURES)


@pytest.fixture
def amy(new_vault):
    vault, _ = new_vault
    rid = residents.create_resident(vault, reference="R-1", name="Amy Example",
                                    date_of_birth=date(1990, 4, 12))
    rng = random.Random(5)
    expected = {"offered": 0, "attended": 0, "by_mode": {}}
    day = START - timedelta(days=20)
    while day <= END + timedelta(days=20):
        mode = rng.choice([ContactMode.FACE_TO_FACE, ContactMode.PHONE])
        state = rng.choice([ContactState.ATTENDED, ContactState.ATTENDED, ContactState.MISSED,
                            ContactState.PLANNED])
        at = datetime(day.year, day.month, day.day, 10, 30, tzinfo=UTC)
        contacts.log_contact(vault, community_support=True, resident_id=rid, at=at, mode=mode,
                             place=ContactPlace.OFFICE, state=state)
        if START <= day <= END:
            offered, attended = expected["by_mode"].get(mode, (0, 0))
            hit = state is ContactState.ATTENDED
            expected["by_mode"][mode] = (offered + 1, attended + hit)
            expected["offered"] += 1
            expected["attended"] += hit
        day += timedelta(days=rng.randint(1, 4))
    prog = programmes.create_programme(vault, name="Freedom Programme", sessions_to_complete=3)
    # Sessions 1 before the period, 2-4 in it, 5 after it.
    held = [date(2026, 2, 20), date(2026, 3, 6), date(2026, 3, 13), date(2026, 3, 20),
            date(2026, 6, 5)]
    states = [AttendanceState.ATTENDED, AttendanceState.ATTENDED, AttendanceState.MISSED,
              AttendanceState.ATTENDED, AttendanceState.ATTENDED]
    for n, (on, state) in enumerate(zip(held, states, strict=True), start=1):
        sid = programmes.add_session(vault, programme_id=prog, number=n, held_on=on)
        programmes.record_attendance(vault, community_support=True, session_id=sid, resident_id=rid, state=state)
    # One before the period (not counted), two in it.
    assessment.record_needs(vault, resident_id=rid, assessed_on=date(2026, 2, 1),
                            stage=AssessmentStage.INTAKE,
                            scores={NeedArea.SAFETY: 1, NeedArea.MENTAL_HEALTH: 1})
    assessment.record_needs(vault, resident_id=rid, assessed_on=date(2026, 3, 2),
                            stage=AssessmentStage.REVIEW,
                            scores={NeedArea.SAFETY: 2, NeedArea.MENTAL_HEALTH: 3})
    assessment.record_needs(vault, resident_id=rid, assessed_on=date(2026, 5, 20),
                            stage=AssessmentStage.REVIEW,
                            scores={NeedArea.SAFETY: 4, NeedArea.MENTAL_HEALTH: 3})
    return vault, rid, expected


def test_the_report_counts_the_period_and_prints_it(qapp, amy, tmp_path):
    vault, rid, expected = amy
    assert expected["attended"] < expected["offered"]  # some missed or planned, on this seed
    report = court_report(vault, resident_id=rid, start=START, end=END, narrative=NARRATIVE)
    assert (report.offered, report.attended) == (expected["offered"], expected["attended"])
    assert {c.mode: (c.offered, c.attended) for c in report.contacts} == expected["by_mode"]
    [line] = report.programmes
    assert (line.name, line.attended, line.missed, line.attended_overall, line.completed) == (
        "Freedom Programme", 2, 1, 4, True)
    assert [(n.area, n.first, n.latest, n.change) for n in report.needs] == [
        (NeedArea.SAFETY, 2, 4, 2), (NeedArea.MENTAL_HEALTH, 3, 3, 0)]
    assert (report.name, report.date_of_birth) == ("Amy Example", date(1990, 4, 12))
    assert (report.organisation, report.prepared_by) == ("Fictional Test Refuge", "Ada Test")

    reader, text = _text(write_court_report(report, tmp_path / "court.pdf"))
    assert reader.metadata.title == "Report for court: 1 March 2026 to 31 May 2026"
    made = f"{report.prepared_at.day} {report.prepared_at:%B %Y}"
    for wanted in ("Fictional Test Refuge", "Report for court", "Amy Example", "12 April 1990",
                   f"Contacts offered: {expected['offered']}.",
                   f"Contacts attended: {expected['attended']}.",
                   "Freedom Programme", "Completed: 4 sessions attended in all, 3 needed",
                   "Safety 2 (2 March 2026) 4 (20 May 2026) +2", NARRATIVE,
                   f"Prepared by Ada Test on {made}.", "Page 1 of"):
        assert wanted in text, wanted
    for mode, label in ((ContactMode.FACE_TO_FACE, "Face to face"),
                        (ContactMode.PHONE, "Phone")):
        offered, attended = expected["by_mode"][mode]
        assert f"{label} {offered} {attended}" in text, label
    assert "R-1" not in text

    with vault.session() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert (last.kind, last.record_type, last.record_id) == ("court_report_made", "resident",
                                                             rid)
    assert "Zephyrine" not in last.detail and "2026-03-01" in last.detail


def test_dates_out_of_order_and_an_empty_narrative_are_refused(amy):
    vault, rid, _ = amy
    with vault.session() as s:
        before = s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()))
    with pytest.raises(DatesOutOfOrder):
        court_report(vault, resident_id=rid, start=END, end=START, narrative=NARRATIVE)
    with pytest.raises(ValidationError) as refused:
        court_report(vault, resident_id=rid, start=START, end=END, narrative="  \n ")
    assert refused.value.field == "narrative"
    with vault.session() as s:
        assert s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc())) == before
