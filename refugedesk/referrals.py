"""Referrals in: receiving a request for a place, and recording how it ended.

Every referral is kept whatever the outcome, with the reason: most referrals to a refuge end
without an admission, and commissioners ask why (no vacancy, needs the service cannot meet, too
close to the abuser...). Offers and arrivals are in capacity.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session

from refugedesk import audit, dates
from refugedesk.capacity_rules import ages_text, check_family, parse_ages, split_areas
from refugedesk.db.models import (
    DeclineReason,
    Referral,
    ReferralChannel,
    ReferralSource,
    ReferralStatus,
    Reservation,
    ReservationState,
    RiskLevel,
)
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Vault
from refugedesk.errors import NotFound, ValidationError
from refugedesk.i18n import translate

#: Outcomes that end a referral; `set_status` records them with the time.
CLOSED = {ReferralStatus.ARRIVED, ReferralStatus.DECLINED_BY_SERVICE,
          ReferralStatus.DECLINED_BY_HER, ReferralStatus.WITHDRAWN}


def receive(vault: Vault, *, name: str, channel: ReferralChannel, source: ReferralSource,
            risk_level: RiskLevel, children_count: int = 0,
            children_ages: str | Sequence[int] = (), referrer_contact: str = "",
            needs_wheelchair: bool = False, needs_ground_floor: bool = False,
            language: str = "", needs_interpreter: bool = False, nrpf: bool = False,
            pets: bool = False, excluded_areas: str | Sequence[str] = (),
            received_at: datetime | None = None) -> int:
    """Record a new referral (status new). `name` is her initials or name as the referrer gave
    it. Returns its id. The audit event holds none of the details."""
    dates.check_dates(received_at=received_at)
    name = name.strip()
    if not name:
        raise ValidationError(translate("Referrals", "Enter her initials or name."),
                              field="name")
    ages = parse_ages(children_ages)
    check_family(children_count, ages)
    if received_at is not None and received_at.tzinfo is None:
        raise ValueError("received_at must be timezone-aware")
    areas = split_areas(excluded_areas) if isinstance(excluded_areas, str) else [
        a.strip() for a in excluded_areas if a.strip()]
    with vault.transaction() as session:
        referral = Referral(
            received_at=received_at or utcnow(), channel=ReferralChannel(channel),
            source=ReferralSource(source), referrer_contact=referrer_contact.strip(),
            name=name, children_count=children_count, children_ages=ages_text(ages),
            needs_wheelchair=needs_wheelchair, needs_ground_floor=needs_ground_floor,
            language=language.strip(), needs_interpreter=needs_interpreter, nrpf=nrpf,
            pets=pets, risk_level=RiskLevel(risk_level),
            excluded_areas="\n".join(areas), status=ReferralStatus.NEW,
            created_by_id=vault.person.id, updated_by_id=vault.person.id)
        session.add(referral)
        session.flush()
        audit.record(session, vault.person, "referral_received", record_type="referral",
                     record_id=referral.id, detail=f"source={referral.source}")
        return referral.id


def _load(session: Session, referral_id: int) -> Referral:
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise NotFound("referral")
    return referral


def _close(session: Session, vault: Vault, referral: Referral, status: ReferralStatus,
           reason: DeclineReason | None, note: str) -> None:
    now = utcnow()
    # An ended referral holds no room: its live offers are cancelled with it.
    session.execute(update(Reservation).where(
        Reservation.referral_id == referral.id,
        Reservation.state == ReservationState.HELD,
    ).values(state=ReservationState.CANCELLED, updated_at=now))
    referral.status = status
    referral.decline_reason = reason
    referral.outcome_note = note
    referral.closed_at = now
    referral.updated_by_id = vault.person.id
    audit.record(session, vault.person, "referral_status_changed", record_type="referral",
                 record_id=referral.id,
                 detail=f"status={status}" + (f" reason={reason}" if reason else ""))


def set_status(vault: Vault, referral_id: int, status: ReferralStatus, *,
               note: str = "") -> None:
    """Assessing, declined by her, or withdrawn. (Offers and arrivals go through capacity.py;
    a decline by the service needs a reason: use `decline`.)"""
    status = ReferralStatus(status)
    if status in (ReferralStatus.ROOM_OFFERED, ReferralStatus.ARRIVED):
        raise ValidationError(translate("Referrals", "Make an offer or record her arrival on "
                                        "the Houses board."), field="status")
    if status is ReferralStatus.DECLINED_BY_SERVICE:
        raise ValidationError(translate("Referrals", "Say why the service declined."),
                              field="decline_reason")
    with vault.transaction() as session:
        referral = _load(session, referral_id)
        if referral.status in CLOSED:
            raise ValidationError(translate("Referrals", "This referral is already closed."),
                                  field="status")
        if status in CLOSED:
            _close(session, vault, referral, status, None, note)
        else:
            referral.status = status
            referral.updated_by_id = vault.person.id
            audit.record(session, vault.person, "referral_status_changed",
                         record_type="referral", record_id=referral.id,
                         detail=f"status={status}")


def decline(vault: Vault, referral_id: int, *, reason: DeclineReason, note: str = "") -> None:
    """The service says no, with the reason commissioners will ask for."""
    reason = DeclineReason(reason)
    with vault.transaction() as session:
        referral = _load(session, referral_id)
        if referral.status in CLOSED:
            raise ValidationError(translate("Referrals", "This referral is already closed."),
                                  field="status")
        _close(session, vault, referral, ReferralStatus.DECLINED_BY_SERVICE, reason, note)


@dataclass(frozen=True)
class ReferralRow:
    id: int
    received_at: datetime
    name: str
    children_count: int
    children_ages: str
    status: ReferralStatus
    risk_level: RiskLevel
    source: ReferralSource
    decline_reason: DeclineReason | None = None
    needs: str = ""
    excluded_areas: str = ""

    @property
    def outcome(self) -> str:
        """The status in words, with the reason when the service declined."""
        if self.decline_reason is not None:
            return translate("Referrals", "{status}: {reason}").format(
                status=self.status.label, reason=self.decline_reason.label.lower())
        return self.status.label


def _needs(r: Referral) -> str:
    needs = [text for flag, text in [
        (r.needs_wheelchair, translate("Referrals", "wheelchair access")),
        (r.needs_ground_floor, translate("Referrals", "ground floor")),
        (r.needs_interpreter,
         translate("Referrals", "interpreter ({language})").format(language=r.language)
         if r.language else translate("Referrals", "interpreter")),
        (r.nrpf, translate("Referrals", "no recourse to public funds")),
        (r.pets, translate("Referrals", "pets"))] if flag]
    if r.language and not r.needs_interpreter:
        needs.append(translate("Referrals", "speaks {language}").format(language=r.language))
    return ", ".join(needs)


def _row(r: Referral) -> ReferralRow:
    return ReferralRow(r.id, r.received_at, r.name, r.children_count, r.children_ages,
                       r.status, r.risk_level,
                       r.source,
                       r.decline_reason,
                       _needs(r), r.excluded_areas.replace("\n", ", "))


def _open_only() -> ColumnElement[bool]:
    return Referral.status.in_([s for s in ReferralStatus if s.is_open])


def open_referrals(session: Session) -> list[ReferralRow]:
    """Referrals still waiting for an outcome, oldest first (the ones to offer rooms to)."""
    return [_row(r) for r in session.scalars(
        select(Referral).where(_open_only()).order_by(Referral.received_at))]


def list_referrals(session: Session, *, open_only: bool = False, offset: int = 0,
                   limit: int = 500) -> list[ReferralRow]:
    """A page of referrals, newest first (the Referrals page fetches more as it scrolls)."""
    query = select(Referral).order_by(Referral.received_at.desc(), Referral.id.desc())
    if open_only:
        query = query.where(_open_only())
    return [_row(r) for r in session.scalars(query.offset(offset).limit(limit))]


def get(session: Session, referral_id: int) -> ReferralRow:
    return _row(_load(session, referral_id))

