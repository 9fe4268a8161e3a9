"""A report for court over a period: her name and date of birth, the contacts offered and
attended (by mode), programme attendance and completion, her needs scores at the start of the
period against the end, and the worker's narrative; with the organisation's name, who wrote it
and when. Plain and factual, printed through the shared A4 writer (reports/pdf.py).

Contacts offered are every contact in the period, whatever became of it (planned, attended or
missed); contacts and programme sessions count only within one of her stays, or when marked as
community support (refugedesk/history.py); the period runs from the start of `start` to the end of `end`, in UTC. Producing a
report writes `court_report_made` on her record, with ids and dates only (never the narrative).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from html import escape
from pathlib import Path

from sqlalchemy import select

from refugedesk import audit, history, i18n
from refugedesk.assessment import assessments
from refugedesk.db.models import (
    Attendance,
    AttendanceState,
    Contact,
    ContactMode,
    ContactState,
    NeedArea,
    Organisation,
    Programme,
    ProgrammeSession,
    Resident,
)
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Vault
from refugedesk.errors import DatesOutOfOrder, NotFound, ValidationError
from refugedesk.i18n import QT_TRANSLATE_NOOP, english_count, translate
from refugedesk.programmes import completion
from refugedesk.progress import Progress
from refugedesk.reports import pdf
from refugedesk.reports.pdf import tag

#: How each mode of contact is named (in English; translated where shown).
MODE_LABELS = {
    ContactMode.FACE_TO_FACE: QT_TRANSLATE_NOOP("ReportsCourtReport", "Face to face"),
    ContactMode.PHONE: QT_TRANSLATE_NOOP("ReportsCourtReport", "Phone"),
    ContactMode.VIDEO: QT_TRANSLATE_NOOP("ReportsCourtReport", "Video"),
    ContactMode.TEXT: QT_TRANSLATE_NOOP("ReportsCourtReport", "Text"),
    ContactMode.LETTER: QT_TRANSLATE_NOOP("ReportsCourtReport", "Letter"),
}



@dataclass(frozen=True)
class ContactCount:
    mode: ContactMode
    offered: int
    attended: int


@dataclass(frozen=True)
class ProgrammeLine:
    name: str
    attended: int  # sessions in the period
    missed: int  # sessions in the period
    attended_overall: int
    to_complete: int

    @property
    def completed(self) -> bool:
        return self.attended_overall >= self.to_complete


@dataclass(frozen=True)
class NeedsChange:
    area: NeedArea
    first: int
    first_on: date
    latest: int
    latest_on: date

    @property
    def change(self) -> int:
        return self.latest - self.first


@dataclass(frozen=True)
class CourtReport:
    resident_id: int
    name: str
    date_of_birth: date | None
    start: date
    end: date
    contacts: tuple[ContactCount, ...]  # modes with at least one contact, in the modes' order
    programmes: tuple[ProgrammeLine, ...]
    needs: tuple[NeedsChange, ...]
    narrative: str
    organisation: str
    prepared_by: str
    prepared_at: datetime

    @property
    def offered(self) -> int:
        return sum(c.offered for c in self.contacts)

    @property
    def attended(self) -> int:
        return sum(c.attended for c in self.contacts)

    @property
    def period(self) -> str:
        return translate("ReportsCourtReport", "{first} to {last}").format(first=_when(self.start), last=_when(self.end))

    @property
    def title(self) -> str:
        return translate("ReportsCourtReport", "Report for court: {period}").format(period=self.period)


def _when(day: date) -> str:
    return i18n.long_date(day)


def court_report(vault: Vault, *, resident_id: int, start: date, end: date,
                 narrative: str) -> CourtReport:
    """Gather the report for `start` to `end` (both included) and record that it was made."""
    if end < start:
        raise DatesOutOfOrder(field="end")
    narrative = narrative.strip()
    if not narrative:
        raise ValidationError(translate("ReportsCourtReport", "Write the narrative for the court."), field="narrative")
    since = datetime.combine(start, time.min, tzinfo=UTC)
    until = datetime.combine(end + timedelta(days=1), time.min, tzinfo=UTC)
    with vault.transaction() as session:
        resident = session.get(Resident, resident_id)
        if resident is None:
            raise NotFound("resident")
        # Only what is within one of her stays counts, or community support (history.py).
        counted = history.counter(session, resident_id)
        counts: dict[tuple[str, str], int] = {}
        for mode, state, at, community in session.execute(
                select(Contact.mode, Contact.state, Contact.at, Contact.community_support)
                .where(Contact.resident_id == resident_id, Contact.at >= since,
                       Contact.at < until)):
            if counted(at, community):
                counts[(mode, state)] = counts.get((mode, state), 0) + 1
        contacts = []
        for mode in ContactMode:
            offered = sum(n for (m, _), n in counts.items() if m == mode.value)
            if offered:
                contacts.append(ContactCount(
                    mode, offered, counts.get((mode.value, ContactState.ATTENDED.value), 0)))

        per_programme: dict[int, dict[str, int]] = {}
        for programme_id, sitting, held_on, community in session.execute(
                select(ProgrammeSession.programme_id, Attendance.state,
                       ProgrammeSession.held_on, Attendance.community_support)
                .join(Attendance, Attendance.session_id == ProgrammeSession.id)
                .where(Attendance.resident_id == resident_id,
                       ProgrammeSession.held_on >= start, ProgrammeSession.held_on <= end)):
            if counted(held_on, community):
                tally = per_programme.setdefault(programme_id, {})
                tally[sitting] = tally.get(sitting, 0) + 1
        lines = []
        for programme_id, states in per_programme.items():
            done = completion(session, programme_id=programme_id, resident_id=resident_id)
            lines.append(ProgrammeLine(
                session.get_one(Programme, programme_id).name,
                states.get(AttendanceState.ATTENDED.value, 0),
                states.get(AttendanceState.MISSED.value, 0), done.attended, done.to_complete))
        lines.sort(key=lambda p: p.name.lower())

        first: dict[NeedArea, tuple[int, date]] = {}
        latest: dict[NeedArea, tuple[int, date]] = {}
        for a in assessments(session, resident_id):
            if start <= a.assessed_on <= end:
                for area, value in a.scores.items():
                    first.setdefault(area, (value, a.assessed_on))
                    latest[area] = (value, a.assessed_on)
        needs = tuple(NeedsChange(area, *first[area], *latest[area])
                      for area in NeedArea if area in first)

        organisation = session.scalar(select(Organisation.name)) or ""
        audit.record(session, vault.person, "court_report_made", record_type="resident",
                     record_id=resident_id,
                     detail=f"from={start.isoformat()} to={end.isoformat()}")
        return CourtReport(resident_id, resident.name, resident.date_of_birth, start, end,
                           tuple(contacts), tuple(lines), needs, narrative, organisation,
                           vault.person.display_name, utcnow())


def html(report: CourtReport) -> str:
    """The report as HTML, in the language in use (a staff document)."""
    dob = _when(report.date_of_birth) if report.date_of_birth else translate("ReportsCourtReport", "not recorded")

    def th(text: str, align: str = "") -> str:
        where = f" align='{align}'" if align else ""
        return f"<th{where}>{escape(text)}</th>"

    parts = [
        f"<p><b>{escape(report.organisation)}</b></p>",
        tag("h1", translate("ReportsCourtReport", "Report for court")),
        "<table cellpadding='3'>"
        "<tr>" + tag("td", translate("ReportsCourtReport", "Name")) + tag("td", report.name)
        + "</tr><tr>" + tag("td", translate("ReportsCourtReport", "Date of birth")) + tag("td", dob)
        + "</tr><tr>" + tag("td", translate("ReportsCourtReport", "Period"))
        + tag("td", report.period) + "</tr>"
        "</table>",
        tag("h2", translate("ReportsCourtReport", "Contacts with her support worker")),
        "<p>" + escape(translate("ReportsCourtReport", "Contacts offered: {offered}. Contacts attended: {attended}.").format(
            offered=report.offered, attended=report.attended)) + "</p>",
    ]
    if report.contacts:
        rows = "".join(f"<tr><td>{escape(translate('ReportsCourtReport', MODE_LABELS[c.mode]))}"
                       "</td>"
                       f"<td align='center'>{c.offered}</td>"
                       f"<td align='center'>{c.attended}</td></tr>"
                       for c in report.contacts)
        parts.append("<table cellpadding='3' border='1' cellspacing='0'><tr>"
                     + th(translate("ReportsCourtReport", "Mode"), "left")
                     + th(translate("ReportsCourtReport", "Offered"))
                     + th(translate("ReportsCourtReport", "Attended")) + "</tr>"
                     f"{rows}</table>")
    parts.append(tag("h2", translate("ReportsCourtReport", "Programmes")))
    if report.programmes:
        rows = "".join(
            f"<tr><td>{escape(p.name)}</td><td align='center'>{p.attended}</td>"
            f"<td align='center'>{p.missed}</td><td>{escape(_completion(p))}</td></tr>"
            for p in report.programmes)
        parts.append("<table cellpadding='3' border='1' cellspacing='0'><tr>"
                     + th(translate("ReportsCourtReport", "Programme"), "left")
                     + th(translate("ReportsCourtReport", "Sessions attended"))
                     + th(translate("ReportsCourtReport", "Sessions missed"))
                     + th(translate("ReportsCourtReport", "Completion"), "left") + "</tr>"
                     f"{rows}</table>")
    else:
        parts.append(tag("p", translate("ReportsCourtReport", "No programme sessions in this period.")))
    parts.append(tag("h2", translate("ReportsCourtReport", "Needs scores")))
    if report.needs:
        parts.append("<p>" + escape(translate("ReportsCourtReport", "Each area is scored from 1 (in crisis) to 5 (no "
                                       "concerns): the first and the latest assessment in the "
                                       "period.")) + "</p>")
        rows = "".join(
            f"<tr><td>{escape(n.area.label)}</td>"
            f"<td>{n.first} ({escape(_when(n.first_on))})</td>"
            f"<td>{n.latest} ({escape(_when(n.latest_on))})</td>"
            f"<td align='center'>{n.change:+d}</td></tr>" for n in report.needs)
        parts.append("<table cellpadding='3' border='1' cellspacing='0'><tr>"
                     + th(translate("ReportsCourtReport", "Area"), "left")
                     + th(translate("ReportsCourtReport", "First"), "left")
                     + th(translate("ReportsCourtReport", "Latest"), "left")
                     + th(translate("ReportsCourtReport", "Change")) + "</tr>"
                     f"{rows}</table>")
    else:
        parts.append(tag("p", translate("ReportsCourtReport", "No needs assessment in this period.")))
    paras = "".join(f"<p>{escape(line)}</p>" for line in report.narrative.splitlines()
                    if line.strip())
    parts.append(tag("h2", translate("ReportsCourtReport", "Narrative")) + f"{paras}")
    parts.append("<p style='margin-top:24px'>" + escape(translate("ReportsCourtReport", "Prepared by {name} on {day}.").format(
        name=report.prepared_by, day=_when(report.prepared_at.date()))) + "</p>")
    return "\n".join(parts)


def _completion(p: ProgrammeLine) -> str:
    """"Completed: 8 sessions attended in all, 8 needed"."""
    n = p.attended_overall
    if p.completed:
        text = english_count(
            translate("ReportsCourtReport",
                      "Completed: %n sessions attended in all, {needed} needed"), n,
            one="Completed: 1 session attended in all, {needed} needed")
    else:
        text = english_count(
            translate("ReportsCourtReport",
                      "Not completed: %n sessions attended in all, {needed} needed"), n,
            one="Not completed: 1 session attended in all, {needed} needed")
    return text.format(needed=p.to_complete)


def write_court_report(report: CourtReport, path: Path, *,
                       progress: Progress | None = None) -> Path:
    return pdf.write_pdf(html(report), path, title=report.title, progress=progress)
