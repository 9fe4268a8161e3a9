"""The resident's record: the woman, her children, consent, safety and court orders, the link
to her stays, the record's header with its live alerts, and the residents list search.

Every change and every opening of a record writes an audit event naming the record and the
fields touched, never their values. Each write is one `vault.transaction()`; the `_add_*`
helpers take the caller's session so intake.py can write a whole intake in one transaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, and_, delete, func, insert, or_, select
from sqlalchemy.orm import Session

from refugedesk import audit, dates
from refugedesk.capacity_rules import fmt_day, split_areas
from refugedesk.db.models import (
    Abuser,
    Child,
    Consent,
    CourtOrder,
    CourtOrderKind,
    DepartureReason,
    House,
    MaracReferral,
    Referral,
    Resident,
    ResidentSearchTerm,
    RiskLevel,
    Room,
    StaffMember,
    Stay,
)
from refugedesk.db.vault import Person, Vault
from refugedesk.errors import (
    DateInFuture,
    DatesOutOfOrder,
    NotFound,
    ReferenceTaken,
    ValidationError,
)

#: A court order ending within this many days shows as a warning on her record.
ORDER_WARNING_DAYS = 28
#: A lapsed order stays on the header this long (unless a newer one of its kind is in force).
LAPSED_ORDER_SHOWN_DAYS = 90

#: The fields of a resident a form may change (name to column).
RESIDENT_FIELDS = {
    "reference": str, "name": str, "known_as": str, "date_of_birth": date, "language": str,
    "needs_interpreter": bool, "access_needs": str, "immigration_status": str, "nrpf": bool,
    "gp": str, "safe_to_call": bool, "safe_to_text": bool, "code_word": str,
    "times_to_avoid": str, "key_worker_id": int,
}
CHILD_FIELDS = {
    "name": str, "date_of_birth": date, "school": str, "child_protection_plan": bool,
    "child_in_need": bool, "social_worker": str, "needs": str,
}
ABUSER_FIELDS = {"name": str, "description": str, "vehicle": str, "known_areas": str}


def _today(today: date | None) -> date:
    return today or date.today()


def _tracked(person: Person) -> dict[str, Any]:
    return {"created_by_id": person.id, "updated_by_id": person.id}


def load_resident(session: Session, resident_id: int) -> Resident:
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise NotFound("resident")
    return resident


# --- checking what was typed ---------------------------------------------------------------------


def _clean(fields: dict[str, Any], allowed: dict[str, type], what: str) -> dict[str, Any]:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise TypeError(f"unknown {what} fields: {', '.join(sorted(unknown))}")
    cleaned = {}
    for key, value in fields.items():
        kind = allowed[key]
        if kind is str:
            value = (value or "").strip()
        elif kind is bool:
            value = bool(value)
        elif kind is date and value is not None and not isinstance(value, date):
            raise TypeError(f"{key} must be a date")
        cleaned[key] = value
    return cleaned


def _check_resident(session: Session, fields: dict[str, Any], *, today: date,
                    resident_id: int | None = None) -> None:
    if "name" in fields and not fields["name"]:
        raise ValidationError("Enter her name.", field="name")
    if "reference" in fields:
        if not fields["reference"]:
            raise ValidationError("Enter her reference.", field="reference")
        taken = session.scalar(select(Resident.id).where(
            Resident.reference == fields["reference"]))
        if taken is not None and taken != resident_id:
            raise ReferenceTaken(fields["reference"])
    born = fields.get("date_of_birth")
    dates.check_dates(date_of_birth=born)
    if born is not None and born > today:
        raise DateInFuture("Her date of birth cannot be in the future.", field="date_of_birth")
    worker = fields.get("key_worker_id")
    if worker is not None and session.get(StaffMember, worker) is None:
        raise NotFound("staff member")


def _check_child(fields: dict[str, Any], *, today: date) -> None:
    if "name" in fields and not fields["name"]:
        raise ValidationError("Enter the child's name.", field="name")
    born = fields.get("date_of_birth")
    dates.check_dates(date_of_birth=born)
    if born is not None and born > today:
        raise DateInFuture("A child's date of birth cannot be in the future. Check the date, "
                           "or leave it empty if the baby is not born yet.",
                           field="date_of_birth")


# --- the search index --------------------------------------------------------------------------

_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _reindex(session: Session, resident_id: int) -> None:
    """Rewrite the words she can be found by: her names, known-as, reference, her children."""
    resident = load_resident(session, resident_id)
    terms = set(_words(resident.name)) | set(_words(resident.known_as))
    terms |= set(_words(resident.reference)) | {resident.reference.casefold()}
    for child_name in session.scalars(select(Child.name).where(Child.resident_id == resident_id)):
        terms |= set(_words(child_name))
    session.execute(delete(ResidentSearchTerm).where(
        ResidentSearchTerm.resident_id == resident_id))
    if terms:
        session.execute(insert(ResidentSearchTerm),
                        [{"term": t[:120], "resident_id": resident_id, "name": resident.name}
                         for t in sorted({t[:120] for t in terms})])


# --- writing -------------------------------------------------------------------------------------


def _add_resident(session: Session, person: Person, *, today: date, **fields: Any) -> int:
    fields = _clean(fields, RESIDENT_FIELDS, "resident")
    for required in ("reference", "name"):
        fields.setdefault(required, "")
    _check_resident(session, fields, today=today)
    resident = Resident(**fields, **_tracked(person))
    session.add(resident)
    session.flush()
    _reindex(session, resident.id)
    audit.record(session, person, "resident_created", record_type="resident",
                 record_id=resident.id)
    return resident.id


def create_resident(vault: Vault, *, reference: str, name: str, known_as: str = "",
                    date_of_birth: date | None = None, language: str = "",
                    needs_interpreter: bool = False, access_needs: str = "",
                    immigration_status: str = "", nrpf: bool = False, gp: str = "",
                    safe_to_call: bool = True, safe_to_text: bool = True, code_word: str = "",
                    times_to_avoid: str = "", key_worker_id: int | None = None,
                    today: date | None = None) -> int:
    """Open a record for her. Returns the resident's id."""
    with vault.transaction() as session:
        return _add_resident(
            session, vault.person, today=_today(today), reference=reference, name=name,
            known_as=known_as, date_of_birth=date_of_birth, language=language,
            needs_interpreter=needs_interpreter, access_needs=access_needs,
            immigration_status=immigration_status, nrpf=nrpf, gp=gp,
            safe_to_call=safe_to_call, safe_to_text=safe_to_text, code_word=code_word,
            times_to_avoid=times_to_avoid, key_worker_id=key_worker_id)


def update_resident(vault: Vault, resident_id: int, *, today: date | None = None,
                    **changes: Any) -> None:
    """Change some of her details (the keywords of `create_resident`). The audit event lists
    which fields changed, not what they became."""
    changes = _clean(changes, RESIDENT_FIELDS, "resident")
    with vault.transaction() as session:
        resident = load_resident(session, resident_id)
        _check_resident(session, changes, today=_today(today), resident_id=resident_id)
        changed = sorted(k for k, v in changes.items() if getattr(resident, k) != v)
        for key in changed:
            setattr(resident, key, changes[key])
        if not changed:
            return
        resident.updated_by_id = vault.person.id
        session.flush()
        if {"name", "known_as", "reference"} & set(changed):
            _reindex(session, resident_id)
        audit.record(session, vault.person, "resident_changed", record_type="resident",
                     record_id=resident_id, detail=f"fields={','.join(changed)}")


def _add_child(session: Session, person: Person, *, resident_id: int, today: date,
               **fields: Any) -> int:
    fields = _clean(fields, CHILD_FIELDS, "child")
    fields.setdefault("name", "")
    _check_child(fields, today=today)
    load_resident(session, resident_id)
    child = Child(resident_id=resident_id, **fields, **_tracked(person))
    session.add(child)
    session.flush()
    _reindex(session, resident_id)
    audit.record(session, person, "child_added", record_type="resident", record_id=resident_id,
                 detail=f"child={child.id}")
    return child.id


def add_child(vault: Vault, *, resident_id: int, name: str, date_of_birth: date | None = None,
              school: str = "", child_protection_plan: bool = False,
              child_in_need: bool = False, social_worker: str = "", needs: str = "",
              today: date | None = None) -> int:
    """Add one of her children. A date of birth in the future is refused with a plain
    message. Returns the child's id."""
    with vault.transaction() as session:
        return _add_child(session, vault.person, resident_id=resident_id, today=_today(today),
                          name=name, date_of_birth=date_of_birth, school=school,
                          child_protection_plan=child_protection_plan,
                          child_in_need=child_in_need, social_worker=social_worker,
                          needs=needs)


def update_child(vault: Vault, child_id: int, *, today: date | None = None,
                 **changes: Any) -> None:
    changes = _clean(changes, CHILD_FIELDS, "child")
    _check_child(changes, today=_today(today))
    with vault.transaction() as session:
        child = session.get(Child, child_id)
        if child is None:
            raise NotFound("child")
        changed = sorted(k for k, v in changes.items() if getattr(child, k) != v)
        if not changed:
            return
        for key in changed:
            setattr(child, key, changes[key])
        child.updated_by_id = vault.person.id
        session.flush()
        if "name" in changed:
            _reindex(session, child.resident_id)
        audit.record(session, vault.person, "child_changed", record_type="resident",
                     record_id=child.resident_id,
                     detail=f"child={child.id} fields={','.join(changed)}")


def _add_consent(session: Session, person: Person, *, resident_id: int, what: str,
                 shared_with: str, given_on: date, explained_by_id: int | None,
                 today: date) -> int:
    what, shared_with = what.strip(), shared_with.strip()
    if not what:
        raise ValidationError("Say what she agreed to share.", field="what")
    if not shared_with:
        raise ValidationError("Say who it may be shared with.", field="shared_with")
    dates.check_dates(given_on=given_on)
    if given_on > today:
        raise DateInFuture("Consent cannot be given on a date still to come.",
                           field="given_on")
    load_resident(session, resident_id)
    consent = Consent(resident_id=resident_id, what=what, shared_with=shared_with,
                      given_on=given_on, explained_by_id=explained_by_id, **_tracked(person))
    session.add(consent)
    session.flush()
    audit.record(session, person, "consent_recorded", record_type="resident",
                 record_id=resident_id, detail=f"consent={consent.id}")
    return consent.id


def add_consent(vault: Vault, *, resident_id: int, what: str, shared_with: str,
                given_on: date, explained_by_id: int | None = None,
                today: date | None = None) -> int:
    """Record what she agreed to share, with whom, when, and who explained it (by default the
    person recording it)."""
    with vault.transaction() as session:
        return _add_consent(session, vault.person, resident_id=resident_id, what=what,
                            shared_with=shared_with, given_on=given_on,
                            explained_by_id=explained_by_id or vault.person.id,
                            today=_today(today))


def withdraw_consent(vault: Vault, consent_id: int, *, on: date) -> None:
    dates.check_dates(withdrawn_on=on)
    with vault.transaction() as session:
        consent = session.get(Consent, consent_id)
        if consent is None:
            raise NotFound("consent")
        if on < consent.given_on:
            raise DatesOutOfOrder("Consent cannot be withdrawn before it was given.",
                                  field="withdrawn_on")
        consent.withdrawn_on = on
        consent.updated_by_id = vault.person.id
        audit.record(session, vault.person, "consent_withdrawn", record_type="resident",
                     record_id=consent.resident_id, detail=f"consent={consent.id}")


def _add_abuser(session: Session, person: Person, *, resident_id: int,
                **fields: Any) -> int:
    fields = _clean(fields, ABUSER_FIELDS, "abuser")
    fields["known_areas"] = "\n".join(split_areas(fields.get("known_areas", "")))
    load_resident(session, resident_id)
    abuser = Abuser(resident_id=resident_id, **fields, **_tracked(person))
    session.add(abuser)
    session.flush()
    audit.record(session, person, "safety_recorded", record_type="resident",
                 record_id=resident_id, detail=f"abuser={abuser.id}")
    return abuser.id


def add_abuser(vault: Vault, *, resident_id: int, name: str = "", description: str = "",
               vehicle: str = "", known_areas: str = "") -> int:
    """Record the person she fled. `known_areas` (towns or areas, one per line or
    comma-separated) become areas she must not be placed in."""
    with vault.transaction() as session:
        return _add_abuser(session, vault.person, resident_id=resident_id, name=name,
                           description=description, vehicle=vehicle, known_areas=known_areas)


def update_abuser(vault: Vault, abuser_id: int, **changes: Any) -> None:
    changes = _clean(changes, ABUSER_FIELDS, "abuser")
    if "known_areas" in changes:
        changes["known_areas"] = "\n".join(split_areas(changes["known_areas"]))
    with vault.transaction() as session:
        abuser = session.get(Abuser, abuser_id)
        if abuser is None:
            raise NotFound("safety record")
        changed = sorted(k for k, v in changes.items() if getattr(abuser, k) != v)
        if not changed:
            return
        for key in changed:
            setattr(abuser, key, changes[key])
        abuser.updated_by_id = vault.person.id
        audit.record(session, vault.person, "safety_changed", record_type="resident",
                     record_id=abuser.resident_id,
                     detail=f"abuser={abuser.id} fields={','.join(changed)}")


def _add_court_order(session: Session, person: Person, *, resident_id: int,
                     kind: CourtOrderKind, made_on: date | None, expires_on: date | None,
                     abuser_id: int | None, notes: str) -> int:
    kind = CourtOrderKind(kind)
    dates.check_dates(made_on=made_on, expires_on=expires_on)
    if made_on is not None and expires_on is not None and expires_on < made_on:
        raise DatesOutOfOrder("The order ends before it was made.", field="expires_on")
    load_resident(session, resident_id)
    order = CourtOrder(resident_id=resident_id, kind=kind, made_on=made_on,
                       expires_on=expires_on, abuser_id=abuser_id, notes=notes.strip(),
                       **_tracked(person))
    session.add(order)
    session.flush()
    audit.record(session, person, "court_order_recorded", record_type="resident",
                 record_id=resident_id, detail=f"order={order.id} kind={kind}")
    return order.id


def add_court_order(vault: Vault, *, resident_id: int, kind: CourtOrderKind,
                    made_on: date | None = None, expires_on: date | None = None,
                    abuser_id: int | None = None, notes: str = "") -> int:
    """Record a court order or bail conditions. An order with an end date warns on her record
    from 28 days before it lapses."""
    with vault.transaction() as session:
        return _add_court_order(session, vault.person, resident_id=resident_id, kind=kind,
                                made_on=made_on, expires_on=expires_on, abuser_id=abuser_id,
                                notes=notes)


def _link_stay(session: Session, person: Person, *, resident_id: int, stay_id: int) -> None:
    load_resident(session, resident_id)
    stay = session.get(Stay, stay_id)
    if stay is None:
        raise NotFound("stay")
    if stay.resident_id not in (None, resident_id):
        raise ValidationError("That stay is already on another resident's record.",
                              field="stay")
    # A move splits one spell into several stays: link every stay of the chain.
    chain = {stay.id}
    frontier = [stay]
    while frontier:
        s = frontier.pop()
        linked = list(session.scalars(select(Stay).where(Stay.moved_from_id == s.id)))
        if s.moved_from_id is not None:
            linked.append(session.get_one(Stay, s.moved_from_id))
        for other in linked:
            if other.id not in chain:
                chain.add(other.id)
                frontier.append(other)
    for sid in sorted(chain):
        linked_stay = session.get_one(Stay, sid)
        if linked_stay.resident_id not in (None, resident_id):
            raise ValidationError("That stay is already on another resident's record.",
                                  field="stay")
        linked_stay.resident_id = resident_id
        linked_stay.updated_by_id = person.id
    audit.record(session, person, "stay_linked", record_type="resident",
                 record_id=resident_id, detail=f"stays={','.join(map(str, sorted(chain)))}")


def link_stay(vault: Vault, *, resident_id: int, stay_id: int) -> None:
    """Put a stay (and the stays a room move split it into) on her record."""
    with vault.transaction() as session:
        _link_stay(session, vault.person, resident_id=resident_id, stay_id=stay_id)


# --- excluded areas: her safety record feeding find-a-room ---------------------------------------


def excluded_areas(session: Session, resident_id: int) -> list[str]:
    """The towns or areas she must not be placed in: every abuser's known areas, and the
    excluded areas of the referrals that brought her. Case-insensitively unique, in order."""
    areas: list[str] = []
    for text in session.scalars(select(Abuser.known_areas).where(
            Abuser.resident_id == resident_id).order_by(Abuser.id)):
        areas += split_areas(text)
    for text in session.scalars(select(Referral.excluded_areas).join(
            Stay, Stay.referral_id == Referral.id).where(Stay.resident_id == resident_id)):
        areas += split_areas(text)
    seen: set[str] = set()
    unique = []
    for area in areas:
        if area.casefold() not in seen:
            seen.add(area.casefold())
            unique.append(area)
    return unique


def rooms_for_resident(session: Session, resident_id: int, *, on: date, nights: int,
                       **needs: Any) -> list:  # list[capacity.RoomFit]
    """capacity.find_rooms for her: her children, her needs, and her excluded areas. `needs`
    may override or add find_rooms keywords (e.g. needs_wheelchair=True)."""
    from refugedesk import capacity

    resident = load_resident(session, resident_id)
    children = list(session.scalars(select(Child).where(Child.resident_id == resident_id)))
    ages = [_age(c.date_of_birth, on) for c in children if c.date_of_birth is not None]
    args: dict[str, Any] = dict(
        children_count=len(ages), children_ages=ages, nrpf=resident.nrpf,
        language=resident.language, excluded_areas=excluded_areas(session, resident_id))
    args.update(needs)
    return capacity.find_rooms(session, on=on, nights=nights, **args)


def _age(born: date, on: date) -> int:
    return max(0, on.year - born.year - ((on.month, on.day) < (born.month, born.day)))


# --- the record's header -------------------------------------------------------------------------


@dataclass(frozen=True)
class Alert:
    """A live warning on her record's header. `kind`: court_order, contact, marac."""

    kind: str
    message: str
    urgent: bool = False


@dataclass(frozen=True)
class RecordHeader:
    resident_id: int
    reference: str
    name: str
    known_as: str
    house: str | None
    room: str | None
    key_worker: str | None
    risk_level: RiskLevel | None
    alerts: tuple[Alert, ...]


def _current_stay(session: Session, resident_id: int, today: date) -> tuple[Stay, Room,
                                                                              House] | None:
    row = session.execute(
        select(Stay, Room, House).join(Room, Stay.room_id == Room.id)
        .join(House, Room.house_id == House.id)
        .where(Stay.resident_id == resident_id, Stay.arrived_on <= today,
               or_(Stay.left_on.is_(None), Stay.left_on > today))
        .order_by(Stay.arrived_on.desc()).limit(1)).first()
    return (row[0], row[1], row[2]) if row else None


def court_order_alerts(session: Session, resident_id: int, *, today: date) -> list[Alert]:
    """Orders lapsing within 28 days, and orders lapsed in the last 90 days that no newer
    order of the same kind has replaced."""
    orders = list(session.scalars(select(CourtOrder).where(
        CourtOrder.resident_id == resident_id).order_by(CourtOrder.expires_on)))
    in_force = {o.kind for o in orders if o.expires_on is None or o.expires_on >= today}
    alerts = []
    for order in orders:
        if order.expires_on is None:
            continue
        label = order.kind.label
        days = (order.expires_on - today).days
        if 0 <= days <= ORDER_WARNING_DAYS:
            when = "today" if days == 0 else f"in {days} day{'s' * (days != 1)}"
            alerts.append(Alert("court_order", f"{order_ends(order.kind)} on "
                                               f"{fmt_day(order.expires_on)} "
                                               f"({when}).", urgent=days <= 7))
        elif -LAPSED_ORDER_SHOWN_DAYS <= days < 0 and order.kind not in in_force:
            alerts.append(Alert("court_order", f"{label} lapsed on "
                                               f"{fmt_day(order.expires_on)}.", urgent=True))
    return alerts


def contact_alerts(resident: Resident) -> list[Alert]:
    alerts = []
    if not resident.safe_to_call:
        alerts.append(Alert("contact", "Do not phone her.", urgent=True))
    if not resident.safe_to_text:
        alerts.append(Alert("contact", "Do not text her.", urgent=True))
    if resident.times_to_avoid:
        alerts.append(Alert("contact", f"Do not contact her: {resident.times_to_avoid}"))
    if resident.code_word:
        alerts.append(Alert("contact", "She has a code word: check it before you talk."))
    return alerts


def marac_alerts(session: Session, resident_id: int) -> list[Alert]:
    from refugedesk import risk

    alerts = []
    latest = session.scalars(select(MaracReferral).where(
        MaracReferral.resident_id == resident_id).order_by(
        MaracReferral.referred_on.desc(), MaracReferral.id.desc()).limit(1)).first()
    if latest is not None and latest.repeat_of_id is not None:
        earlier = session.get_one(MaracReferral, latest.repeat_of_id)
        alerts.append(Alert("marac", f"Repeat MARAC referral: referred before on "
                                     f"{fmt_day(earlier.referred_on)}. Read that referral's "
                                     "actions.", urgent=True))
    if risk.needs_marac(session, resident_id):
        alerts.append(Alert("marac", "High risk: refer her to MARAC.", urgent=True))
    return alerts


def header(session: Session, resident_id: int, *, today: date | None = None) -> RecordHeader:
    """The header shown wherever her record is: who, where, key worker, risk, live alerts.
    Reading it writes nothing; `open_record` is the audited way in."""
    today = _today(today)
    resident = load_resident(session, resident_id)
    here = _current_stay(session, resident_id, today)
    worker = (session.get(StaffMember, resident.key_worker_id)
              if resident.key_worker_id is not None else None)
    alerts = (court_order_alerts(session, resident_id, today=today) + contact_alerts(resident)
              + marac_alerts(session, resident_id))
    return RecordHeader(
        resident.id, resident.reference, resident.name, resident.known_as,
        here[2].name if here else None, here[1].name if here else None,
        worker.display_name if worker else None,
        resident.risk_level,
        tuple(sorted(alerts, key=lambda a: not a.urgent)))


def open_record(vault: Vault, resident_id: int, *, today: date | None = None) -> RecordHeader:
    """Open her record: the header, and an audit event saying who opened which record."""
    with vault.transaction() as session:
        result = header(session, resident_id, today=today)
        audit.record(session, vault.person, "record_opened", record_type="resident",
                     record_id=resident_id)
        return result


# --- the residents list --------------------------------------------------------------------------


@dataclass(frozen=True)
class ResidentRow:
    id: int
    reference: str
    name: str
    known_as: str
    risk_level: RiskLevel | None
    key_worker: str | None
    house: str | None
    room: str | None

    @property
    def in_refuge(self) -> bool:
        return self.room is not None


def _current_stays(today: date):  # type: ignore[no-untyped-def]
    return and_(Stay.resident_id.is_not(None), Stay.arrived_on <= today,
                or_(Stay.left_on.is_(None), Stay.left_on > today))


def _filters(column: Any, *, today: date, in_refuge_now: bool, house_id: int | None,
             key_worker_id: int | None, risk_level: RiskLevel | None,
             left_in_last_year: bool) -> list[Any]:
    """The list's filters as conditions on a resident id column. Each is a set of ids from an
    indexed query (her stays, her key worker, her level), so the search never reads every
    resident to apply one."""
    here = select(Stay.resident_id).where(_current_stays(today))
    conditions = []
    if in_refuge_now:
        conditions.append(column.in_(here))
    if house_id is not None:
        conditions.append(column.in_(here.join(Room, Stay.room_id == Room.id).where(
            Room.house_id == house_id)))
    if key_worker_id is not None:
        conditions.append(column.in_(select(Resident.id).where(
            Resident.key_worker_id == key_worker_id)))
    if risk_level is not None:
        conditions.append(column.in_(select(Resident.id).where(
            Resident.risk_level == RiskLevel(risk_level))))
    if left_in_last_year:
        conditions.append(column.in_(select(Stay.resident_id).where(
            Stay.resident_id.is_not(None), Stay.left_on > today - timedelta(days=365),
            Stay.left_on <= today, Stay.departure_reason != DepartureReason.MOVED_ROOM)))
        conditions.append(column.not_in(here))
    return conditions


def _term_range(word: str):  # type: ignore[no-untyped-def]
    return and_(ResidentSearchTerm.term >= word, ResidentSearchTerm.term < word + "\U0010ffff")


def _matching_ids(words: list[str]) -> Select[Any]:
    """Residents with a search word starting with each of `words`, one row each, with her
    name to sort on: a range scan of ix_resident_search_term_cover for the first word (the
    index holds the names too, so nothing else is read) and a set for each further word."""
    term = ResidentSearchTerm
    query = select(term.resident_id, func.min(term.name).label("name")).where(
        _term_range(words[0]))
    for word in words[1:6]:
        query = query.where(term.resident_id.in_(select(term.resident_id).where(
            _term_range(word))))
    return query.group_by(term.resident_id)


def search_residents(session: Session, text: str = "", *, in_refuge_now: bool = False,
                     house_id: int | None = None, key_worker_id: int | None = None,
                     risk_level: RiskLevel | None = None, left_in_last_year: bool = False,
                     today: date | None = None, limit: int = 100,
                     offset: int = 0) -> list[ResidentRow]:
    """A page of residents, by name, for the residents list. `text` matches the start of any
    word of her name or known-as name, of her reference, or of a child's name; several words
    must all match. Text with no letters or digits in it matches nobody. The filters narrow
    the list further."""
    today = _today(today)
    words = _words(text)
    if text.strip() and not words:
        return []
    filters = dict(today=today, in_refuge_now=in_refuge_now, house_id=house_id,
                   key_worker_id=key_worker_id, risk_level=risk_level,
                   left_in_last_year=left_in_last_year)
    if words:
        query = _matching_ids(words)
        query = query.where(*_filters(ResidentSearchTerm.resident_id, **filters))
        query = query.order_by(func.min(ResidentSearchTerm.name), ResidentSearchTerm.resident_id)
        ids = [row[0] for row in session.execute(query.limit(limit).offset(offset))]
    else:
        # in name order straight from ix_resident_name
        ids = list(session.scalars(select(Resident.id).where(*_filters(Resident.id, **filters))
                                   .order_by(Resident.name, Resident.id)
                                   .limit(limit).offset(offset)))
    found = {r.id: r for r in session.scalars(select(Resident).where(Resident.id.in_(ids)))}
    return _rows(session, [found[i] for i in ids], today)


def count_residents(session: Session, text: str = "") -> int:
    """How many residents `text` finds (all of them when it is empty)."""
    words = _words(text)
    if text.strip() and not words:
        return 0
    if not words:
        return session.scalar(select(func.count()).select_from(Resident)) or 0
    return session.scalar(select(func.count()).select_from(_matching_ids(words).subquery())) or 0


def _rows(session: Session, residents: Sequence[Resident], today: date) -> list[ResidentRow]:
    ids = [r.id for r in residents]
    where: dict[int, tuple[str, str]] = {}
    if ids:
        for rid, room, house in session.execute(
                select(Stay.resident_id, Room.name, House.name)
                .join(Room, Stay.room_id == Room.id).join(House, Room.house_id == House.id)
                .where(Stay.resident_id.in_(ids), Stay.arrived_on <= today,
                       or_(Stay.left_on.is_(None), Stay.left_on > today))):
            where[rid] = (house, room)
    workers = _worker_names(session, {r.key_worker_id for r in residents})
    return [ResidentRow(r.id, r.reference, r.name, r.known_as,
                        r.risk_level,
                        workers.get(r.key_worker_id) if r.key_worker_id else None,
                        where.get(r.id, (None, None))[0], where.get(r.id, (None, None))[1])
            for r in residents]


def _worker_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    return dict(session.execute(select(StaffMember.id, StaffMember.display_name).where(
        StaffMember.id.in_(wanted))).all())


def order_ends(kind: str) -> str:
    """ "Non-molestation order ends", "Bail conditions end": the order's name with its verb."""
    kind = CourtOrderKind(kind)
    plural = kind is CourtOrderKind.BAIL_CONDITIONS
    return f"{kind.label} {'end' if plural else 'ends'}"
