"""Referrals out: the refuge referring her on to another agency (MARAC, police, GP, solicitor,
housing...), what became of each, and the outstanding list across all residents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from refugedesk import audit, consent_rules, dates
from refugedesk.db.models import Agency, ReferralOut, ReferralOutStatus, Resident
from refugedesk.db.vault import Vault
from refugedesk.errors import DateInFuture, DatesOutOfOrder, NotFound, ValidationError
from refugedesk.i18n import translate

_UNSET = object()


def make_referral(vault: Vault, *, resident_id: int, agency: Agency, made_on: date,
                  reason: str = "", agency_name: str = "", follow_up_on: date | None = None,
                  lawful_basis: str = "", today: date | None = None) -> int:
    """Record a referral made on her behalf (status made). Returns its id.

    Her consent must cover sharing with that kind of agency on `made_on`
    (consent_rules.covers); when it does not, the lawful basis for going ahead must be given
    and is kept with the referral (ConsentNotCovered otherwise)."""
    dates.check_dates(made_on=made_on, follow_up_on=follow_up_on)
    agency = Agency(agency)
    if agency is Agency.OTHER and not agency_name.strip():
        raise ValidationError(translate("ReferralsOut", "Name the agency."),
                              field="agency_name")
    if made_on > (today or date.today()):
        raise DateInFuture(translate("ReferralsOut",
                                     "A referral cannot be made on a date still to come."),
                           field="made_on")
    if follow_up_on is not None and follow_up_on < made_on:
        raise DatesOutOfOrder(translate(
            "ReferralsOut", "The follow-up date is before the referral was made."),
            field="follow_up_on")
    with vault.transaction() as session:
        if session.get(Resident, resident_id) is None:
            raise NotFound("resident")
        basis = consent_rules.require(session, resident_id, agency, made_on, lawful_basis)
        row = ReferralOut(resident_id=resident_id, agency=agency,
                          agency_name=agency_name.strip(), made_on=made_on,
                          reason=reason.strip(), status=ReferralOutStatus.MADE,
                          follow_up_on=follow_up_on, lawful_basis=basis,
                          created_by_id=vault.person.id, updated_by_id=vault.person.id)
        session.add(row)
        session.flush()
        audit.record(session, vault.person, "referral_out_made", record_type="resident",
                     record_id=resident_id, detail=f"referral_out={row.id} agency={agency}"
                     + (" lawful_basis=given" if basis else ""))
        return row.id


def update_referral(vault: Vault, referral_id: int, *,
                    status: ReferralOutStatus | None = None, outcome: str | None = None,
                    follow_up_on: date | None | object = _UNSET) -> None:
    """Move a referral on: its status, its outcome, its next follow-up date (None clears it)."""
    if follow_up_on is not _UNSET:
        dates.check_dates(follow_up_on=follow_up_on)  # type: ignore[arg-type]  # not _UNSET
    with vault.transaction() as session:
        row = session.get(ReferralOut, referral_id)
        if row is None:
            raise NotFound("referral")
        changed = []
        if status is not None:
            row.status = ReferralOutStatus(status)
            changed.append(f"status={row.status}")
        if outcome is not None:
            row.outcome = outcome.strip()
            changed.append("outcome")
        if follow_up_on is not _UNSET:
            if follow_up_on is not None and follow_up_on < row.made_on:  # type: ignore[operator]  # a date
                raise DatesOutOfOrder(translate(
                    "ReferralsOut", "The follow-up date is before the referral was made."),
                    field="follow_up_on")
            row.follow_up_on = follow_up_on  # type: ignore[assignment]  # not _UNSET
            changed.append("follow_up_on")
        if not changed:
            return
        row.updated_by_id = vault.person.id
        audit.record(session, vault.person, "referral_out_changed", record_type="resident",
                     record_id=row.resident_id,
                     detail=f"referral_out={row.id} " + " ".join(changed))


@dataclass(frozen=True)
class ReferralOutRow:
    id: int
    resident_id: int
    reference: str
    agency: Agency
    agency_name: str
    made_on: date
    reason: str
    status: ReferralOutStatus
    outcome: str
    follow_up_on: date | None
    follow_up_due: bool
    #: Why it went ahead without her consent covering it ("" when her consent covered it).
    lawful_basis: str = ""

    @property
    def agency_label(self) -> str:
        return self.agency_name or self.agency.label


def _rows(session: Session, query: Any, today: date) -> list[ReferralOutRow]:
    return [ReferralOutRow(r.id, r.resident_id, ref, r.agency, r.agency_name,
                           r.made_on, r.reason, r.status, r.outcome,
                           r.follow_up_on,
                           r.follow_up_on is not None and r.follow_up_on <= today
                           and r.status.is_outstanding, r.lawful_basis)
            for r, ref in session.execute(query)]


def outstanding(session: Session, *, today: date | None = None) -> list[ReferralOutRow]:
    """Referrals out across all residents still waiting for an end (made, acknowledged or
    accepted): follow-ups due first, then by follow-up date, then oldest."""
    today = today or date.today()
    open_states = [s for s in ReferralOutStatus if s.is_outstanding]
    query = (select(ReferralOut, Resident.reference)
             .join(Resident, ReferralOut.resident_id == Resident.id)
             .where(ReferralOut.status.in_(open_states))
             .order_by(ReferralOut.follow_up_on.is_(None), ReferralOut.follow_up_on,
                       ReferralOut.made_on, ReferralOut.id))
    return _rows(session, query, today)


def for_resident(session: Session, resident_id: int, *,
                 today: date | None = None) -> list[ReferralOutRow]:
    """Her referrals out, newest first."""
    query = (select(ReferralOut, Resident.reference)
             .join(Resident, ReferralOut.resident_id == Resident.id)
             .where(ReferralOut.resident_id == resident_id)
             .order_by(ReferralOut.made_on.desc(), ReferralOut.id.desc()))
    return _rows(session, query, today or date.today())
