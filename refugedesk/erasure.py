"""Erasure on request (issue 16): she asks for her record to be erased; a manager records the
request and decides: erase, anonymise, or refuse with the reason.

A request has its own reference (E-0001, from the "erasure" counter in reference_counter, never
reused), so it can be spoken of after she is erased. Deciding to erase or anonymise carries the
decision out in the same transaction (forgetting.py), and the request then no longer names her
(`resident_id` cleared). Every audit event names the request (record_type "erasure_request"),
never her resident id, her reference or her name. Managers and administrators only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from refugedesk import audit, dates, forgetting
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import ErasureDecision, ErasureRequest, ReferenceCounter, Resident
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Person, Vault
from refugedesk.errors import NotAllowed, NotFound, ValidationError
from refugedesk.i18n import number, translate

COUNTER = "erasure"
REASON_MAX = 1000


def _require_manager(vault: Vault) -> Person:
    person = vault.confirm_person()
    if not person.is_manager_or_admin:
        raise NotAllowed(translate("Erasure", "Only a manager or an administrator can record "
                                   "or decide a request to erase a record."))
    return person


def _next_reference(session: Session) -> str:
    counter = session.get(ReferenceCounter, COUNTER)
    if counter is None:
        counter = ReferenceCounter(name=COUNTER, last=0)
        session.add(counter)
    counter.last += 1
    session.flush()
    return f"E-{counter.last:04d}"


@dataclass(frozen=True)
class RequestView:
    id: int
    reference: str
    received_on: date
    decision: ErasureDecision | None
    reason: str
    decided_on: date | None
    carried_out_at: datetime | None

    @property
    def state_text(self) -> str:
        if self.decision is None:
            return translate("Erasure", "waiting for a decision")
        day = fmt_day(self.decided_on) if self.decided_on else ""
        if self.decision is ErasureDecision.REFUSE:
            text = (translate("Erasure", "refused on {day}") if day
                    else translate("Erasure", "refused"))
        elif self.decision is ErasureDecision.ERASE:
            text = (translate("Erasure", "erased on {day}") if day
                    else translate("Erasure", "erased"))
        else:
            text = (translate("Erasure", "anonymised on {day}") if day
                    else translate("Erasure", "anonymised"))
        return text.format(day=day)


def _view(row: ErasureRequest) -> RequestView:
    return RequestView(row.id, row.reference, row.received_on, row.decision, row.reason,
                       row.decided_on, row.carried_out_at)


def requests_for(session: Session, resident_id: int, *,
                 viewer: Person | None = None) -> list[RequestView]:
    """Her erasure requests still on her record (refused ones, or ones not decided yet)."""
    if viewer is not None and not viewer.is_manager_or_admin:
        raise NotAllowed(translate("Erasure",
                                   "Only a manager or an administrator can see requests to erase."))
    return [_view(r) for r in session.scalars(select(ErasureRequest).where(
        ErasureRequest.resident_id == resident_id).order_by(ErasureRequest.id))]


def record_request(vault: Vault, *, resident_id: int, received_on: date,
                   today: date | None = None) -> RequestView:
    """Record that she asked to be erased, on `received_on`. Returns the request (E-0001)."""
    _require_manager(vault)
    today = today or date.today()
    dates.check_dates(received_on=received_on)
    if received_on > today:
        raise ValidationError(translate("Erasure", "The day she asked cannot be in the future."),
                              field="received_on")
    with vault.transaction() as session:
        if session.get(Resident, resident_id) is None:
            raise NotFound("resident")
        row = ErasureRequest(reference=_next_reference(session), received_on=received_on,
                             resident_id=resident_id, reason="",
                             created_by_id=vault.person.id, updated_by_id=vault.person.id)
        session.add(row)
        session.flush()
        audit.record(session, vault.person, "erasure_requested",
                     record_type="erasure_request", record_id=row.id,
                     detail=f"reference={row.reference}")
        return _view(row)


def check_decision(decision: ErasureDecision, reason: str) -> str:
    """Refuse a decision that cannot be saved; returns the reason as kept (trimmed)."""
    reason = reason.strip()
    if ErasureDecision(decision) is ErasureDecision.REFUSE and not reason:
        raise ValidationError(translate("Erasure", "Say why the request is refused: she has "
                                        "the right to know, and to complain to the ICO."),
                              field="reason")
    if len(reason) > REASON_MAX:
        raise ValidationError(translate(
            "Erasure", "The reason is {length} characters long; keep it to {limit}.").format(
            length=number(len(reason)), limit=number(REASON_MAX)), field="reason")
    return reason


def decide(vault: Vault, request_id: int, *, decision: ErasureDecision, reason: str = "",
           today: date | None = None) -> RequestView:
    """Decide a request: erase or anonymise her record (carried out now, in this one
    transaction; cannot be undone), or refuse with the reason (kept on the request). After an
    erase or anonymise the request no longer names her."""
    _require_manager(vault)
    today = today or date.today()
    decision = ErasureDecision(decision)
    reason = check_decision(decision, reason)
    with vault.transaction() as session:
        row = session.get(ErasureRequest, request_id)
        if row is None:
            raise NotFound("request")
        if row.decision is not None:
            raise ValidationError(translate(
                "Erasure", "Request {reference} has been decided already.").format(
                reference=row.reference), field="decision")
        resident_id = row.resident_id
        if resident_id is None:
            raise NotFound("resident")
        if decision is ErasureDecision.ERASE:
            forgetting.erase_resident(session, resident_id, today=today)
        elif decision is ErasureDecision.ANONYMISE:
            forgetting.anonymise_resident(session, resident_id, today=today)
        row = session.get_one(ErasureRequest, request_id)
        row.decision = decision
        row.reason = reason
        row.decided_by_id = vault.person.id
        row.decided_on = today
        row.updated_by_id = vault.person.id
        if decision is not ErasureDecision.REFUSE:
            row.carried_out_at = utcnow()
            row.resident_id = None
        audit.record(session, vault.person, "erasure_decided", record_type="erasure_request",
                     record_id=row.id, detail=f"decision={decision.value}")
        view = _view(row)
    if decision is not ErasureDecision.REFUSE:
        forgetting.scrub_file(vault.engine)
    return view


__all__ = ["COUNTER", "RequestView", "check_decision", "decide", "record_request", "requests_for"]
