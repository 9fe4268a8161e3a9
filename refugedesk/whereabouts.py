"""Whereabouts: the house log book. A resident signs out (out since when, expected back when,
contactable or not) and back in; while she is not back after the expected time she is
overdue, on the board, the Today page and the handover, with the steps staff took logged.

Where she went is not asked for: the note is optional and never reaches the audit trail.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from refugedesk import audit, dates
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import House, Resident, Room, SignOut, Stay, WhereaboutsStep
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Vault
from refugedesk.errors import (
    AlreadyBack,
    AlreadyOut,
    DateInFuture,
    DatesOutOfOrder,
    NotFound,
    ValidationError,
)
from refugedesk.i18n import translate


def _aware(value: datetime, field: str) -> datetime:
    if value.tzinfo is None:
        raise ValueError(f"{field} must be timezone-aware")
    return value


#: How far back a sign-out may be recorded ("she left at 14:10", written up at 14:40): a
#: shift's worth. Older than that is a correction, not a sign-out.
MAX_RECORDED_LATE = timedelta(hours=24)
#: Clocks differ a little between office PCs: "now" on another one is not "the future".
CLOCK_SLACK = timedelta(minutes=5)


def sign_out(vault: Vault, *, stay_id: int, expected_back: datetime,
             out_at: datetime | None = None, contactable: bool = True, note: str = "") -> int:
    """She goes out. Returns the sign-out's id. She must be staying now and not out already.
    `out_at` (default now) may be earlier than now, when it is written up afterwards, but not
    in the future, not more than MAX_RECORDED_LATE back and not before her stay began."""
    dates.check_dates(expected_back=expected_back, out_at=out_at)
    now = utcnow()
    out_at = _aware(out_at, "out_at") if out_at is not None else now
    expected_back = _aware(expected_back, "expected_back")
    if out_at > now + CLOCK_SLACK:
        raise DateInFuture(translate("Whereabouts", "She cannot have gone out later than now: "
                                     "check the time she left."), field="out_at")
    if out_at < now - MAX_RECORDED_LATE:
        raise ValidationError(translate("Whereabouts", "A sign-out can be written up to 24 "
                                        "hours after she left. Check the time she left."),
                              field="out_at")
    if expected_back <= out_at:
        raise DatesOutOfOrder(translate("Whereabouts", "The time she is expected back is "
                                        "before she went out."), field="expected_back")
    with vault.transaction() as session:
        stay = session.get(Stay, stay_id)
        on = out_at.astimezone().date()
        if stay is None or (stay.left_on is not None and stay.left_on <= on):
            raise NotFound("stay")
        if stay.arrived_on > on:
            raise DatesOutOfOrder(translate(
                "Whereabouts", "Her stay here starts on {day}: she cannot have gone out before "
                "that. Check the time she left.").format(day=fmt_day(stay.arrived_on)),
                field="out_at")
        if session.scalar(select(SignOut.id).where(SignOut.stay_id == stay_id,
                                                   SignOut.back_at.is_(None))):
            raise AlreadyOut()
        row = SignOut(stay_id=stay_id, out_at=out_at, expected_back=expected_back,
                      contactable=contactable, note=note.strip(),
                      created_by_id=vault.person.id, updated_by_id=vault.person.id)
        session.add(row)
        session.flush()
        audit.record(session, vault.person, "signed_out", record_type="stay",
                     record_id=stay_id, detail=f"sign_out={row.id}")
        return row.id


def sign_back(vault: Vault, sign_out_id: int, *, back_at: datetime | None = None) -> None:
    """She is back."""
    dates.check_dates(back_at=back_at)
    back_at = _aware(back_at, "back_at") if back_at is not None else utcnow()
    with vault.transaction() as session:
        row = session.get(SignOut, sign_out_id)
        if row is None:
            raise NotFound("sign-out")
        if row.back_at is not None:
            raise AlreadyBack()
        if back_at < row.out_at:
            raise DatesOutOfOrder(translate("Whereabouts",
                                            "She cannot be back before she went out."),
                                  field="back_at")
        row.back_at = back_at
        row.updated_by_id = vault.person.id
        audit.record(session, vault.person, "signed_back", record_type="stay",
                     record_id=row.stay_id, detail=f"sign_out={row.id}")


def log_step(vault: Vault, sign_out_id: int, *, what: str, at: datetime | None = None) -> int:
    """A step taken while she is not back ("tried her phone", "told the police"). Returns its id."""
    dates.check_dates(at=at)
    what = what.strip()
    if not what:
        raise ValidationError(translate("Whereabouts", "Say what was done."), field="what")
    at = _aware(at, "at") if at is not None else utcnow()
    with vault.transaction() as session:
        row = session.get(SignOut, sign_out_id)
        if row is None:
            raise NotFound("sign-out")
        step = WhereaboutsStep(sign_out_id=row.id, what=what, at=at, by_id=vault.person.id)
        session.add(step)
        session.flush()
        audit.record(session, vault.person, "whereabouts_step", record_type="stay",
                     record_id=row.stay_id, detail=f"sign_out={row.id} step={step.id}")
        return step.id


@dataclass(frozen=True)
class Step:
    what: str
    at: datetime
    by: str | None


@dataclass(frozen=True)
class Away:
    """A resident signed out and not back yet."""

    sign_out_id: int
    stay_id: int
    resident_id: int | None
    reference: str
    house_id: int
    house: str
    room: str
    out_at: datetime
    expected_back: datetime
    contactable: bool
    steps: tuple[Step, ...]

    def overdue(self, now: datetime) -> bool:
        return self.expected_back <= now


def _away(session: Session, *, overdue_at: datetime | None) -> list[Away]:
    query = (select(SignOut, Stay.household_ref, Stay.resident_id, Resident.reference,
                    House.id, House.name, Room.name)
             .join(Stay, SignOut.stay_id == Stay.id)
             .join(Room, Stay.room_id == Room.id)
             .join(House, Room.house_id == House.id)
             .outerjoin(Resident, Stay.resident_id == Resident.id)
             .where(SignOut.back_at.is_(None)))
    if overdue_at is not None:
        query = query.where(SignOut.expected_back <= overdue_at)
    rows = list(session.execute(query.order_by(SignOut.expected_back, SignOut.id)))
    steps = _steps(session, [r[0].id for r in rows])
    return [Away(s.id, s.stay_id, rid, ref or household, hid, house, room, s.out_at,
                 s.expected_back, s.contactable, tuple(steps.get(s.id, ())))
            for s, household, rid, ref, hid, house, room in rows]


def _steps(session: Session, ids: Iterable[int]) -> dict[int, list[Step]]:
    from refugedesk.db.models import StaffMember

    ids = list(ids)
    found: dict[int, list[Step]] = {}
    if not ids:
        return found
    for step, name in session.execute(
            select(WhereaboutsStep, StaffMember.display_name)
            .outerjoin(StaffMember, WhereaboutsStep.by_id == StaffMember.id)
            .where(WhereaboutsStep.sign_out_id.in_(ids))
            .order_by(WhereaboutsStep.at, WhereaboutsStep.id)):
        found.setdefault(step.sign_out_id, []).append(Step(step.what, step.at, name))
    return found


def out_now(session: Session) -> list[Away]:
    """Everyone signed out and not back yet, the earliest expected back first."""
    return _away(session, overdue_at=None)


def overdue_back(session: Session, *, now: datetime | None = None) -> list[Away]:
    """Residents not back by the time they were expected, the longest overdue first."""
    now = _aware(now, "now") if now is not None else utcnow()
    return _away(session, overdue_at=now)


def signed_out_now(session: Session) -> dict[int, datetime]:
    """Stay id -> when she is expected back, for everyone signed out now (the board marks
    them "out", or "not back" once that time has passed)."""
    return dict(session.execute(
        select(SignOut.stay_id, SignOut.expected_back).where(SignOut.back_at.is_(None))).all())


@dataclass(frozen=True)
class Staying:
    stay_id: int
    reference: str
    house: str
    room: str

    @property
    def label(self) -> str:
        return f"{self.house}: {self.reference}, {self.room}"


def staying_now(session: Session, *, on: date | None = None) -> list[Staying]:
    """Everyone staying on `on` (today), by house and room: who can sign out."""
    dates.check_dates(on=on)
    on = on or date.today()
    rows = session.execute(
        select(Stay.id, Stay.household_ref, Resident.reference, House.name, Room.name)
        .join(Room, Stay.room_id == Room.id).join(House, Room.house_id == House.id)
        .outerjoin(Resident, Stay.resident_id == Resident.id)
        .where(Stay.arrived_on <= on, or_(Stay.left_on.is_(None), Stay.left_on > on))
        .order_by(House.name, Room.name, Stay.id))
    return [Staying(sid, ref or household, house, room)
            for sid, household, ref, house, room in rows]
