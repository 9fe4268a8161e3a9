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
from refugedesk.i18n import QT_TRANSLATE_NOOP, Labels, Texts, translate
from refugedesk.progress import CancelCheck, Progress, report, stop_if
from refugedesk.reports.output import check_export_target
from refugedesk.reports.xlsx import append, cell, discard, print_setup, save_export

#: Rows read at a time (the view fetches more as it scrolls; the export pages through all).
PAGE = 200
#: The longest person or reference a filter takes (the columns' own lengths).
WHO_MAX, REFERENCE_MAX = 64, 40
#: The columns' headings (read in the language in use).
COLUMNS = Texts("AuditView", [QT_TRANSLATE_NOOP("AuditView", "When"),
                              QT_TRANSLATE_NOOP("AuditView", "Who"),
                              QT_TRANSLATE_NOOP("AuditView", "What"),
                              QT_TRANSLATE_NOOP("AuditView", "Record"),
                              QT_TRANSLATE_NOOP("AuditView", "Detail")])
WIDTHS = [18, 16, 28, 20, 40]
#: Shown as translate("AuditView", NOT_ALLOWED).
NOT_ALLOWED = QT_TRANSLATE_NOOP("AuditView", "The audit trail is for managers and administrators.")
#: What happened, in words, by the audit kind stored (the kinds stay as they are: they are
#: hash-chained). A kind not listed reads as itself with spaces ("record_opened" -> "Record
#: opened").
KINDS: Labels[str] = Labels("AuditView", {
    "action_added": QT_TRANSLATE_NOOP("AuditView", "Action added"),
    "action_done": QT_TRANSLATE_NOOP("AuditView", "Action done"),
    "attendance_recorded": QT_TRANSLATE_NOOP("AuditView", "Attendance recorded"),
    "audit_exported": QT_TRANSLATE_NOOP("AuditView", "Audit exported"),
    "backup": QT_TRANSLATE_NOOP("AuditView", "Backup"),
    "certificate_made": QT_TRANSLATE_NOOP("AuditView", "Certificate made"),
    "child_added": QT_TRANSLATE_NOOP("AuditView", "Child added"),
    "child_changed": QT_TRANSLATE_NOOP("AuditView", "Child changed"),
    "child_removed": QT_TRANSLATE_NOOP("AuditView", "Child removed"),
    "consent_changed": QT_TRANSLATE_NOOP("AuditView", "Consent changed"),
    "consent_recorded": QT_TRANSLATE_NOOP("AuditView", "Consent recorded"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("AuditView", "Consent withdrawn"),
    "contact_changed": QT_TRANSLATE_NOOP("AuditView", "Contact changed"),
    "contact_logged": QT_TRANSLATE_NOOP("AuditView", "Contact logged"),
    "court_order_recorded": QT_TRANSLATE_NOOP("AuditView", "Court order recorded"),
    "court_report_made": QT_TRANSLATE_NOOP("AuditView", "Court report made"),
    "demo_network_added": QT_TRANSLATE_NOOP("AuditView", "Demo network added"),
    "demo_records_added": QT_TRANSLATE_NOOP("AuditView", "Demo records added"),
    "erasure_decided": QT_TRANSLATE_NOOP("AuditView", "Erasure decided"),
    "erasure_requested": QT_TRANSLATE_NOOP("AuditView", "Erasure requested"),
    "form_draft_ended": QT_TRANSLATE_NOOP("AuditView", "Form draft ended"),
    "form_draft_started": QT_TRANSLATE_NOOP("AuditView", "Form draft started"),
    "goal_added": QT_TRANSLATE_NOOP("AuditView", "Goal added"),
    "goal_status_changed": QT_TRANSLATE_NOOP("AuditView", "Goal status changed"),
    "guards_lifted": QT_TRANSLATE_NOOP("AuditView", "Kept records opened for forgetting"),
    "handover_acknowledged": QT_TRANSLATE_NOOP("AuditView", "Handover acknowledged"),
    "handover_addendum": QT_TRANSLATE_NOOP("AuditView", "Handover addendum"),
    "handover_exported": QT_TRANSLATE_NOOP("AuditView", "Handover exported"),
    "handover_opened": QT_TRANSLATE_NOOP("AuditView", "Handover opened"),
    "handover_saved": QT_TRANSLATE_NOOP("AuditView", "Handover saved"),
    "handover_sent": QT_TRANSLATE_NOOP("AuditView", "Handover sent"),
    "house_added": QT_TRANSLATE_NOOP("AuditView", "House added"),
    "house_address_viewed": QT_TRANSLATE_NOOP("AuditView", "House address viewed"),
    "house_changed": QT_TRANSLATE_NOOP("AuditView", "House changed"),
    "house_retired": QT_TRANSLATE_NOOP("AuditView", "House retired"),
    "incident_logged": QT_TRANSLATE_NOOP("AuditView", "Incident logged"),
    "intake_draft_discarded": QT_TRANSLATE_NOOP("AuditView", "Intake draft discarded"),
    "intake_draft_opened": QT_TRANSLATE_NOOP("AuditView", "Intake draft opened"),
    "intake_draft_saved": QT_TRANSLATE_NOOP("AuditView", "Intake draft saved"),
    "intake_finished": QT_TRANSLATE_NOOP("AuditView", "Intake finished"),
    "key_rotated": QT_TRANSLATE_NOOP("AuditView", "Key rotated"),
    "lock": QT_TRANSLATE_NOOP("AuditView", "Lock"),
    "marac_actions_added": QT_TRANSLATE_NOOP("AuditView", "Marac actions added"),
    "marac_actions_changed": QT_TRANSLATE_NOOP("AuditView", "Marac actions changed"),
    "marac_referred": QT_TRANSLATE_NOOP("AuditView", "Marac referred"),
    "move_on_corrected": QT_TRANSLATE_NOOP("AuditView", "Move on corrected"),
    "move_on_recorded": QT_TRANSLATE_NOOP("AuditView", "Move on recorded"),
    "needs_assessed": QT_TRANSLATE_NOOP("AuditView", "Needs assessed"),
    "occupancy_exported": QT_TRANSLATE_NOOP("AuditView", "Occupancy exported"),
    "occupancy_exported_with_names": QT_TRANSLATE_NOOP("AuditView", "Occupancy exported with names"),
    "offer_cancelled": QT_TRANSLATE_NOOP("AuditView", "Offer cancelled"),
    "offer_lapsed": QT_TRANSLATE_NOOP("AuditView", "Offer lapsed"),
    "offer_made": QT_TRANSLATE_NOOP("AuditView", "Offer made"),
    "on_call_cleared": QT_TRANSLATE_NOOP("AuditView", "On call cleared"),
    "on_call_set": QT_TRANSLATE_NOOP("AuditView", "On call set"),
    "outcomes_exported": QT_TRANSLATE_NOOP("AuditView", "Outcomes exported"),
    "password_changed": QT_TRANSLATE_NOOP("AuditView", "Password changed"),
    "password_reset": QT_TRANSLATE_NOOP("AuditView", "Password reset"),
    "plan_closed": QT_TRANSLATE_NOOP("AuditView", "Plan closed"),
    "plan_reviewed": QT_TRANSLATE_NOOP("AuditView", "Plan reviewed"),
    "plan_started": QT_TRANSLATE_NOOP("AuditView", "Plan started"),
    "privacy_notice_changed": QT_TRANSLATE_NOOP("AuditView", "Privacy notice changed"),
    "privacy_notice_given": QT_TRANSLATE_NOOP("AuditView", "Privacy notice given"),
    "programme_created": QT_TRANSLATE_NOOP("AuditView", "Programme created"),
    "programme_enrolled": QT_TRANSLATE_NOOP("AuditView", "Programme enrolled"),
    "programme_session_added": QT_TRANSLATE_NOOP("AuditView", "Programme session added"),
    "record_opened": QT_TRANSLATE_NOOP("AuditView", "Record opened"),
    "record_opened_anyway": QT_TRANSLATE_NOOP("AuditView", "Record opened anyway"),
    "recovery_code_used": QT_TRANSLATE_NOOP("AuditView", "Recovery code used"),
    "referral_out_changed": QT_TRANSLATE_NOOP("AuditView", "Referral out changed"),
    "referral_out_made": QT_TRANSLATE_NOOP("AuditView", "Referral out made"),
    "referral_received": QT_TRANSLATE_NOOP("AuditView", "Referral received"),
    "referral_status_changed": QT_TRANSLATE_NOOP("AuditView", "Referral status changed"),
    "resident_changed": QT_TRANSLATE_NOOP("AuditView", "Resident changed"),
    "resident_created": QT_TRANSLATE_NOOP("AuditView", "Resident created"),
    "restore": QT_TRANSLATE_NOOP("AuditView", "Restore"),
    "retention_carried_out": QT_TRANSLATE_NOOP("AuditView", "Retention carried out"),
    "retention_decided": QT_TRANSLATE_NOOP("AuditView", "Retention decided"),
    "retention_drafts_removed": QT_TRANSLATE_NOOP("AuditView", "Retention drafts removed"),
    "review_document_made": QT_TRANSLATE_NOOP("AuditView", "Review document made"),
    "review_saved": QT_TRANSLATE_NOOP("AuditView", "Review saved"),
    "review_scheduled": QT_TRANSLATE_NOOP("AuditView", "Review scheduled"),
    "risk_assessed": QT_TRANSLATE_NOOP("AuditView", "Risk assessed"),
    "room_added": QT_TRANSLATE_NOOP("AuditView", "Room added"),
    "room_changed": QT_TRANSLATE_NOOP("AuditView", "Room changed"),
    "room_closed": QT_TRANSLATE_NOOP("AuditView", "Room closed"),
    "room_reopened": QT_TRANSLATE_NOOP("AuditView", "Room reopened"),
    "room_retired": QT_TRANSLATE_NOOP("AuditView", "Room retired"),
    "safety_changed": QT_TRANSLATE_NOOP("AuditView", "Safety changed"),
    "safety_recorded": QT_TRANSLATE_NOOP("AuditView", "Safety recorded"),
    "settings_changed": QT_TRANSLATE_NOOP("AuditView", "Settings changed"),
    "sign_in": QT_TRANSLATE_NOOP("AuditView", "Sign in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("AuditView", "Sign in failed"),
    "sign_out": QT_TRANSLATE_NOOP("AuditView", "Sign out"),
    "signed_back": QT_TRANSLATE_NOOP("AuditView", "Signed back"),
    "signed_out": QT_TRANSLATE_NOOP("AuditView", "Signed out"),
    "small_number_threshold_changed": QT_TRANSLATE_NOOP("AuditView", "Small number threshold changed"),
    "staff_accounts_protected": QT_TRANSLATE_NOOP("AuditView", "Staff accounts protected"),
    "staff_added": QT_TRANSLATE_NOOP("AuditView", "Staff added"),
    "staff_deactivated": QT_TRANSLATE_NOOP("AuditView", "Staff deactivated"),
    "staff_houses_changed": QT_TRANSLATE_NOOP("AuditView", "Staff houses changed"),
    "staff_reactivated": QT_TRANSLATE_NOOP("AuditView", "Staff reactivated"),
    "staff_role_changed": QT_TRANSLATE_NOOP("AuditView", "Staff role changed"),
    "stay_arrived": QT_TRANSLATE_NOOP("AuditView", "Stay arrived"),
    "stay_corrected": QT_TRANSLATE_NOOP("AuditView", "Stay corrected"),
    "stay_departed": QT_TRANSLATE_NOOP("AuditView", "Stay departed"),
    "stay_linked": QT_TRANSLATE_NOOP("AuditView", "Stay linked"),
    "stay_linked_returning": QT_TRANSLATE_NOOP("AuditView", "Stay linked returning"),
    "stay_moved": QT_TRANSLATE_NOOP("AuditView", "Stay moved"),
    "subject_access_released": QT_TRANSLATE_NOOP("AuditView", "Subject access released"),
    "subject_access_requested": QT_TRANSLATE_NOOP("AuditView", "Subject access requested"),
    "tamper_noticed": QT_TRANSLATE_NOOP("AuditView", "Tamper noticed"),
    "trust_refused": QT_TRANSLATE_NOOP("AuditView", "Trust refused"),
    "unlock": QT_TRANSLATE_NOOP("AuditView", "Unlock"),
    "vault_created": QT_TRANSLATE_NOOP("AuditView", "Vault created"),
    "whereabouts_step": QT_TRANSLATE_NOOP("AuditView", "Whereabouts step"),
})
#: What kind of record an event is about, by the record type stored.
RECORD_TYPES: Labels[str] = Labels("AuditView", {
    "erasure_request": QT_TRANSLATE_NOOP("AuditView", "Erasure request"),
    "handover": QT_TRANSLATE_NOOP("AuditView", "Handover"),
    "house": QT_TRANSLATE_NOOP("AuditView", "House"),
    "incident": QT_TRANSLATE_NOOP("AuditView", "Incident"),
    "intake_draft": QT_TRANSLATE_NOOP("AuditView", "Intake draft"),
    "programme": QT_TRANSLATE_NOOP("AuditView", "Programme"),
    "referral": QT_TRANSLATE_NOOP("AuditView", "Referral"),
    "reservation": QT_TRANSLATE_NOOP("AuditView", "Reservation"),
    "retention_decision": QT_TRANSLATE_NOOP("AuditView", "Retention decision"),
    "room": QT_TRANSLATE_NOOP("AuditView", "Room"),
    "staff": QT_TRANSLATE_NOOP("AuditView", "Staff"),
    "staff_member": QT_TRANSLATE_NOOP("AuditView", "Staff member"),
    "stay": QT_TRANSLATE_NOOP("AuditView", "Stay"),
    "subject_access": QT_TRANSLATE_NOOP("AuditView", "Subject access"),
})
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
        if self.kind in KINDS:
            return KINDS[self.kind]
        return self.kind.replace("_", " ").capitalize()

    @property
    def record(self) -> str:
        if self.record_type == "resident":
            if self.reference:
                return translate("AuditView", "Resident {reference}").format(
                    reference=self.reference)
            return translate("AuditView", "Resident {number} (no longer on file)").format(
                number=self.record_id)
        if self.record_type:
            kind = (RECORD_TYPES[self.record_type] if self.record_type in RECORD_TYPES
                    else self.record_type.replace("_", " ").capitalize())
            if self.record_id is None:
                return kind
            return translate("AuditView", "{kind} {number}").format(
                kind=kind, number=self.record_id)
        return ""

    @property
    def when(self) -> str:
        return f"{self.at.astimezone():%d/%m/%Y %H:%M:%S}"


def _allowed(person: Person) -> None:
    if not person.is_manager_or_admin:
        raise NotAllowed(translate("AuditView", NOT_ALLOWED))


def _start_of(day: date) -> datetime:
    """The first instant of a local day, in UTC."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def check_filter(session: Session, filt: AuditFilter) -> tuple[str, int | None]:
    """Refuse what cannot be a filter; returns the person's name as given and her resident id
    (None: any resident)."""
    who = (filt.who or "").strip()
    if len(who) > WHO_MAX:
        raise ValidationError(translate("AuditView", "Keep the name to {limit} characters.").format(
            limit=WHO_MAX), field="who")
    dates.check_dates(since=filt.since, until=filt.until)
    if filt.since and filt.until and filt.until < filt.since:
        raise DatesOutOfOrder(translate("AuditView", "The last day is before the first."),
                              field="until")
    reference = (filt.reference or "").strip()
    if len(reference) > REFERENCE_MAX:
        raise ValidationError(translate(
            "AuditView", "Keep the reference to {limit} characters.").format(
            limit=REFERENCE_MAX), field="reference")
    if not reference:
        return who, None
    resident_id = session.scalar(select(Resident.id).where(Resident.reference == reference))
    if resident_id is None:
        raise ValidationError(translate(
            "AuditView", "No resident on file has that reference. Check it, or leave it empty "
            "for everyone."), field="reference")
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
    parts = [translate("AuditView", "Events by {who}").format(who=who) if who
             else translate("AuditView", "Everyone's events")]
    if reference:
        parts.append(translate("AuditView", "about resident {reference}").format(
            reference=reference))
    if filt.since and filt.until:
        parts.append(translate("AuditView", "from {first} to {last}").format(
            first=f"{filt.since:%d/%m/%Y}", last=f"{filt.until:%d/%m/%Y}"))
    elif filt.since:
        parts.append(translate("AuditView", "since {first}").format(
            first=f"{filt.since:%d/%m/%Y}"))
    elif filt.until:
        parts.append(translate("AuditView", "up to {last}").format(
            last=f"{filt.until:%d/%m/%Y}"))
    return ", ".join(parts)


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
        ws = wb.create_sheet(translate("AuditView", "Audit trail"))
        for i, width in enumerate(WIDTHS):
            ws.column_dimensions[chr(ord("A") + i)].width = width
        ws.freeze_panes = "A4"
        print_setup(ws, widths=WIDTHS, title_rows="3:3")
        count = 0
        with vault.session() as session:
            _, resident_id = check_filter(session, filt)
            append(ws, [cell(ws, translate("AuditView", "Audit trail for an inquiry"))])
            append(ws, [translate(
                "AuditView", "{filter}. Made by {name} on {when}. Holds no values from any "
                "record.").format(filter=describe(filt), name=person.display_name,
                                  when=f"{created.astimezone():%d/%m/%Y %H:%M}")])
            append(ws, list(COLUMNS))
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
