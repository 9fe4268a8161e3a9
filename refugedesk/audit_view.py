"""The audit trail for managers and administrators: who opened, changed or exported what, and
when, filtered by person, resident (her reference) and dates; and its export for an inquiry.

The audit holds no values (audit.py), so neither does anything here: each row is when, who,
what kind of thing, which record (a resident by her reference), and the event's own
machine-written detail (field names, a file name, never what was typed).

Paging is by keyset on (at, id), newest first, through the index on `at` (ix_audit_event_at,
whose entries are ordered by (at, rowid)): a page is one index range read, however big the
trail, and a date range narrows that range. A filter by person or resident is checked row by
row along it (audit_event has no index on actor or record): fast where the person or the
woman has many events, slower for one with few in a very large trail (see docs/need-to-know.md
for figures).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import Select, and_, literal, select, tuple_
from sqlalchemy.orm import Session

from refugedesk import audit, dates
from refugedesk.db.models import AuditEvent, Resident
from refugedesk.db.types import UTCDateTime
from refugedesk.db.vault import Person, Vault
from refugedesk.errors import DatesOutOfOrder, NotAllowed, ValidationError
from refugedesk.progress import CancelCheck, Progress, report, stop_if
from refugedesk.reports.output import check_export_target
from refugedesk.reports.xlsx import append, cell, discard, print_setup, save_export

#: Rows read at a time (the view fetches more as it scrolls; the export pages through all).
PAGE = 200
#: The longest person or reference a filter takes (the columns' own lengths).
WHO_MAX, REFERENCE_MAX = 64, 40
COLUMNS = ["When", "Who", "What", "Record", "Detail"]
WIDTHS = [18, 16, 28, 20, 40]
NOT_ALLOWED = "The audit trail is for managers and administrators."
#: The query's row: the eight fields of AuditRow, in order.
_Rows = Select[int, datetime, str, str, str | None, int | None, str, str]


@dataclass(frozen=True)
class AuditFilter:
    """What to show: "" or None means any. `since`/`until` are days, inclusive, local time."""

    who: str = ""
    reference: str = ""
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    who: str
    kind: str
    record_type: str | None
    record_id: int | None
    reference: str | None
    detail: str

    @property
    def what(self) -> str:
        """The kind in words: "record_opened_anyway" -> "Record opened anyway"."""
        return self.kind.replace("_", " ").capitalize()

    @property
    def record(self) -> str:
        if self.record_type == "resident":
            return f"Resident {self.reference}" if self.reference else \
                f"Resident {self.record_id} (no longer on file)"
        if self.record_type:
            return f"{self.record_type.replace('_', ' ').capitalize()} {self.record_id or ''}"\
                .strip()
        return ""

    @property
    def when(self) -> str:
        return f"{self.at.astimezone():%d/%m/%Y %H:%M:%S}"


def _allowed(person: Person) -> None:
    if not person.is_manager_or_admin:
        raise NotAllowed(NOT_ALLOWED)


def _start_of(day: date) -> datetime:
    """The first instant of a local day, in UTC."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def check_filter(session: Session, filt: AuditFilter) -> tuple[str, int | None]:
    """Refuse what cannot be a filter; returns the person's name as given and her resident id
    (None: any resident)."""
    who = (filt.who or "").strip()
    if len(who) > WHO_MAX:
        raise ValidationError(f"Keep the name to {WHO_MAX} characters.", field="who")
    dates.check_dates(since=filt.since, until=filt.until)
    if filt.since and filt.until and filt.until < filt.since:
        raise DatesOutOfOrder("The last day is before the first.", field="until")
    reference = (filt.reference or "").strip()
    if len(reference) > REFERENCE_MAX:
        raise ValidationError(f"Keep the reference to {REFERENCE_MAX} characters.",
                              field="reference")
    if not reference:
        return who, None
    resident_id = session.scalar(select(Resident.id).where(Resident.reference == reference))
    if resident_id is None:
        raise ValidationError("No resident on file has that reference. Check it, or leave "
                              "it empty for everyone.", field="reference")
    return who, resident_id


def _query(session: Session, filt: AuditFilter) -> _Rows:
    who, resident_id = check_filter(session, filt)
    query = (select(AuditEvent.id, AuditEvent.at, AuditEvent.actor, AuditEvent.kind,
                    AuditEvent.record_type, AuditEvent.record_id, Resident.reference,
                    AuditEvent.detail)
             .outerjoin(Resident, and_(AuditEvent.record_type == "resident",
                                       Resident.id == AuditEvent.record_id))
             .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()))
    if who:
        query = query.where(AuditEvent.actor == who)
    if resident_id is not None:
        query = query.where(AuditEvent.record_type == "resident",
                            AuditEvent.record_id == resident_id)
    if filt.since:
        query = query.where(AuditEvent.at >= _start_of(filt.since))
    if filt.until:
        query = query.where(AuditEvent.at < _start_of(filt.until + timedelta(days=1)))
    return query


def events(session: Session, person: Person, filt: AuditFilter = AuditFilter(), *,
           after: AuditRow | None = None, limit: int = PAGE) -> list[AuditRow]:
    """Managers and administrators: a page of events, newest first, older than `after` (the
    last row of the page before) when given."""
    _allowed(person)
    query = _query(session, filt)
    if after is not None:
        query = query.where(tuple_(AuditEvent.at, AuditEvent.id)
                            < tuple_(literal(after.at, UTCDateTime()), literal(after.id)))
    return [AuditRow(*row) for row in session.execute(query.limit(limit))]


def _all(session: Session, person: Person, filt: AuditFilter,
         cancelled: CancelCheck | None) -> Iterator[AuditRow]:
    last: AuditRow | None = None
    while True:
        stop_if(cancelled)
        rows = events(session, person, filt, after=last, limit=2000)
        yield from rows
        if len(rows) < 2000:
            return
        last = rows[-1]


def describe(filt: AuditFilter) -> str:
    """The filter in words: "Events by worker, about resident R-1, from 01/11/2026 to ..." """
    who, reference = filt.who.strip(), filt.reference.strip()
    text = f"Events by {who}" if who else "Everyone's events"
    if reference:
        text += f", about resident {reference}"
    if filt.since and filt.until:
        text += f", from {filt.since:%d/%m/%Y} to {filt.until:%d/%m/%Y}"
    elif filt.since:
        text += f", since {filt.since:%d/%m/%Y}"
    elif filt.until:
        text += f", up to {filt.until:%d/%m/%Y}"
    return text


def export_audit(vault: Vault, filt: AuditFilter, out: Path, *,
                 progress: Progress | None = None,
                 cancelled: CancelCheck | None = None) -> tuple[Path, int]:
    """Managers and administrators: the filtered trail as a spreadsheet for an inquiry,
    through the one xlsx writer (text stays text). The export is itself audited (its filter
    and file name; the resident by record, never her reference). Returns the path and the
    number of events written. Stopping before the save leaves nothing."""
    person = vault.confirm_person()
    _allowed(person)
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    check_export_target(out, vault_path=vault.path)
    created = datetime.now(UTC)
    wb = Workbook(write_only=True)
    try:
        ws = wb.create_sheet("Audit trail")
        for i, width in enumerate(WIDTHS):
            ws.column_dimensions[chr(ord("A") + i)].width = width
        ws.freeze_panes = "A4"
        print_setup(ws, widths=WIDTHS, title_rows="3:3")
        count = 0
        with vault.session() as session:
            _, resident_id = check_filter(session, filt)
            append(ws, [cell(ws, "Audit trail for an inquiry")])
            append(ws, [f"{describe(filt)}. Made by {person.display_name} on "
                        f"{created.astimezone():%d/%m/%Y %H:%M}. Holds no values from "
                        "any record."])
            append(ws, COLUMNS)
            for row in _all(session, person, filt, cancelled):
                append(ws, [row.when, row.who, row.what, row.record, row.detail])
                count += 1
                if count % 2000 == 0:
                    report(progress, count, 0)
        stop_if(cancelled)  # the last point at which stopping leaves nothing
        with vault.transaction() as session:
            audit.record(session, person, "audit_exported",
                         record_type="resident" if resident_id is not None else None,
                         record_id=resident_id,
                         detail=f"who={filt.who.strip() or 'anyone'} "
                                f"from={filt.since.isoformat() if filt.since else 'start'} "
                                f"to={filt.until.isoformat() if filt.until else 'now'} "
                                f"events={count} file={out.name}")
            save_export(wb, out, vault_path=vault.path)
    finally:
        discard(wb)
    return out, count
