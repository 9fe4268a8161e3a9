"""Need-to-know: a support worker sees the full record of the women in her houses and of the
women she is key worker for; of anyone else, a minimal card, and "Open anyway" with a reason.

Who sees which record in full (`may_open`):
- managers and administrators: every record;
- a support worker with no houses set (StaffHouse): every record, as before houses were set
  up, so a service that has not set them keeps working;
- a support worker with houses: the women whose stay now, or last stay, is in one of her
  houses; the women she is key worker for; and a record she started herself that has no
  stay yet (the intake she has just finished).

Anyone else's record raises NeedToKnow carrying her `Card` (name, reference, in refuge or
not, key worker: nothing else). `open_anyway` opens it with a reason: the reason is kept
(AccessReason, for managers on Today) and the audit says "record_opened_anyway", never the
reason's words. The rule lives here, in the domain; the screens only show what it decides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import bindparam, delete, func, select
from sqlalchemy.orm import Session

from refugedesk import audit, stay_corrections
from refugedesk.db.models import (
    AccessReason,
    House,
    Resident,
    Room,
    StaffMember,
    Stay,
)
from refugedesk.db.models.rights import StaffHouse
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Person, Vault
from refugedesk.errors import NeedToKnow, NotAllowed, NotFound, ValidationError
from refugedesk.i18n import number, translate
from refugedesk.resident_header import NOT_READ, Here, NotRead, RecordHeader, current_stay, header

#: The longest reason "Open anyway" keeps (a sentence or two).
REASON_MAX = 500
#: Today shows the records opened outside a worker's houses in this many days.
OUTSIDE_DAYS = 7


@dataclass(frozen=True)
class Card:
    """What anyone signed in may see of a record that is not hers to open."""

    resident_id: int
    name: str
    reference: str
    in_refuge: bool
    key_worker: str | None


@dataclass(frozen=True)
class OpenedOutside:
    """A record a worker opened anyway: who, whose (by reference), when, and why."""

    resident_id: int
    reference: str
    who: str
    at: datetime
    reason: str


# --- the houses a staff member works in ----------------------------------------------------------


def houses_of(session: Session, staff_id: int) -> list[int]:
    """The ids of the houses she works in (none: she sees every record)."""
    return list(session.scalars(select(StaffHouse.house_id)
                                .where(StaffHouse.staff_id == staff_id)
                                .order_by(StaffHouse.house_id)))


def set_houses(vault: Vault, staff_id: int, house_ids: Iterable[int]) -> list[int]:
    """Administrators only: the houses a staff member works in, replacing those set before
    (none: she sees every record again). Audited with the house ids; returns them sorted."""
    if not vault.confirm_person().is_admin:
        raise NotAllowed(translate(
            "NeedToKnow", "Only an administrator can set the houses a staff member works in."))
    wanted = sorted(set(house_ids))
    with vault.transaction() as session:
        if session.get(StaffMember, staff_id) is None:
            raise NotFound("staff member")
        known = set(session.scalars(select(House.id).where(House.id.in_(wanted))))
        if known != set(wanted):
            raise NotFound("house")
        before = houses_of(session, staff_id)
        if before == wanted:
            return wanted
        session.execute(delete(StaffHouse).where(StaffHouse.staff_id == staff_id))
        session.add_all(StaffHouse(staff_id=staff_id, house_id=h) for h in wanted)
        session.flush()
        audit.record(session, vault.person, "staff_houses_changed", record_type="staff",
                     record_id=staff_id,
                     detail=f"houses={','.join(map(str, wanted)) or 'none'}")
    return wanted


# --- who sees which record ---------------------------------------------------------------------


def sees_everything(session: Session, person: Person) -> bool:
    """Managers, administrators and a worker with no houses set see every record in full."""
    return not _houses_held_to(session, person)


def _houses_held_to(session: Session, person: Person) -> list[int]:
    """The houses whose records alone she sees in full: none for managers, administrators
    and a worker with no houses set (they see every record)."""
    if person.is_manager_or_admin or person.id is None:
        return []
    return houses_of(session, person.id)


def _last_house(session: Session, resident_id: int, today: date,
                here: Here | NotRead = NOT_READ) -> int | None:
    """The house of her stay now (`here`, when read already) or, when she is not staying, of
    her last stay."""
    if here is NOT_READ:
        here = current_stay(session, resident_id, today=today)
    if here is not None:
        return here[2].id
    return session.scalar(
        select(Room.house_id).join(Stay, Stay.room_id == Room.id)
        .where(Stay.resident_id == resident_id, Stay.arrived_on <= today,
               stay_corrections.counts())
        .order_by(Stay.arrived_on.desc(), Stay.id.desc()).limit(1))


def may_open(session: Session, person: Person, resident_id: int, *,
             today: date | None = None, here: Here | NotRead = NOT_READ) -> bool:
    """Whether `person` sees her full record (the rules at the top of this module). `here`
    is her `current_stay` on `today` when the caller has read it already."""
    today = today or date.today()
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise NotFound("resident")
    houses = _houses_held_to(session, person)
    if not houses:
        return True
    if resident.key_worker_id == person.id:
        return True
    house = _last_house(session, resident_id, today, here)
    if house is None:
        return resident.created_by_id == person.id
    return house in houses


def card(session: Session, resident_id: int, *, today: date | None = None) -> Card:
    """The minimal card: name, reference, in refuge or not, key worker."""
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise NotFound("resident")
    worker = (session.get(StaffMember, resident.key_worker_id)
              if resident.key_worker_id is not None else None)
    return Card(resident.id, resident.name, resident.reference,
                current_stay(session, resident_id, today=today) is not None,
                worker.display_name if worker else None)


def open_record(vault: Vault, resident_id: int, *, today: date | None = None) -> RecordHeader:
    """Open her record (audited "record_opened"), or raise NeedToKnow with her card when it
    is not the signed-in worker's to open. The refusal writes nothing."""
    person = vault.confirm_person()
    with vault.transaction() as session:
        # Held here, so the header finds her row and her key worker's in the session rather
        # than reading them again (a session keeps only the rows someone holds).
        _held = session.execute(
            select(Resident, StaffMember).outerjoin(
                StaffMember, StaffMember.id == Resident.key_worker_id)
            .where(Resident.id == resident_id)).first()
        here = current_stay(session, resident_id, today=today)
        if not may_open(session, person, resident_id, today=today, here=here):
            raise NeedToKnow(card(session, resident_id, today=today))
        result = header(session, resident_id, today=today, here=here)
        audit.record(session, person, "record_opened", record_type="resident",
                     record_id=resident_id)
        return result


def check_reason(reason: str) -> str:
    """The reason as it is kept (trimmed); refused when empty or too long."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(translate("NeedToKnow", "Say why you need to open her record."),
                              field="reason")
    if len(reason) > REASON_MAX:
        raise ValidationError(translate(
            "NeedToKnow", "Keep the reason to {limit} characters (it has {length}).").format(
            limit=REASON_MAX, length=number(len(reason))), field="reason")
    return reason


def open_anyway(vault: Vault, resident_id: int, *, reason: str,
                today: date | None = None) -> RecordHeader:
    """Open a record outside her houses, giving a reason: the reason is kept for managers
    (Today) and the audit says "record_opened_anyway" (never the reason's words)."""
    reason = check_reason(reason)
    person = vault.confirm_person()
    if person.id is None:
        raise NotAllowed()
    with vault.transaction() as session:
        if session.get_bind().dialect.name != "sqlite":
            # On a server the reason and its audit event are written together by the server,
            # under her own login (server/need_to_know.py): no one may add a reason directly.
            # First, so that the header is read as one who may now open her record.
            if session.scalar(select(Resident.id).where(Resident.id == resident_id)) is None:
                raise NotFound("resident")  # (her row not loaded yet: it is read below)
            reason_type = AccessReason.__table__.c.reason.type
            session.execute(select(func.refugedesk_open_anyway(
                resident_id, bindparam("reason", reason, type_=reason_type))))
            return header(session, resident_id, today=today)
        result = header(session, resident_id, today=today)
        kept = AccessReason(staff_id=person.id, resident_id=resident_id, reason=reason,
                            at=utcnow())
        session.add(kept)
        session.flush()
        audit.record(session, person, "record_opened_anyway", record_type="resident",
                     record_id=resident_id, detail=f"reason={kept.id}")
        return result


def opened_outside(session: Session, person: Person, *, now: datetime | None = None,
                   days: int = OUTSIDE_DAYS) -> list[OpenedOutside]:
    """Managers and administrators: the records opened anyway in the last `days` days,
    newest first."""
    if not person.is_manager_or_admin:
        raise NotAllowed()
    since = (now or utcnow()) - timedelta(days=days)
    rows = session.execute(
        select(AccessReason, Resident.reference, StaffMember.display_name)
        .join(Resident, AccessReason.resident_id == Resident.id)
        .join(StaffMember, AccessReason.staff_id == StaffMember.id)
        .where(AccessReason.at >= since)
        .order_by(AccessReason.at.desc(), AccessReason.id.desc()))
    return [OpenedOutside(reason.resident_id, ref, who, reason.at, reason.reason)
            for reason, ref, who in rows]
