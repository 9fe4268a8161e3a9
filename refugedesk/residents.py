"""The resident's record: the woman, her children, consent, safety and court orders, and the
link to her stays; and finding her a room that keeps out of her excluded areas.

Every change writes an audit event naming the record and the fields touched, never their
values. Each write is one `vault.transaction()`; the `add_*_in` and `link_stay_in` functions do
the same inside the caller's transaction, so intake.py can write a whole intake in one.

Her record's header (resident_header.py) and the residents list (resident_search.py) have
modules of their own; their public names are offered here too, where the screens look for them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from refugedesk import audit, capacity, consent_rules, dates
from refugedesk.capacity_rules import excluded_areas, fmt_day, parse_ages, split_areas
from refugedesk.db.models import (
    Abuser,
    Child,
    ChildSex,
    Consent,
    ConsentHow,
    CourtOrder,
    CourtOrderKind,
    DepartureReason,
    House,
    Resident,
    Room,
    StaffMember,
    Stay,
)
from refugedesk.db.vault import Person, Vault
from refugedesk.errors import (
    ChildCountedInStay,
    DateInFuture,
    DatesOutOfOrder,
    NotFound,
    ReferenceTaken,
    ValidationError,
)
from refugedesk.i18n import number, translate, with_count

# Opening her record checks need-to-know (a worker's houses and keywork) before the header.
from refugedesk.need_to_know import open_record
from refugedesk.resident_header import (
    LAPSED_ORDER_SHOWN_DAYS,
    ORDER_WARNING_DAYS,
    Alert,
    RecordHeader,
    contact_alerts,
    court_order_alerts,
    current_stay,
    header,
    marac_alerts,
    order_ends,
)
from refugedesk.resident_search import (
    ResidentRow,
    count_residents,
    reindex,
    search_residents,
    search_words,
)

__all__ = [
    "ABUSER_FIELDS", "CHILD_FIELDS", "LAPSED_ORDER_SHOWN_DAYS", "ORDER_WARNING_DAYS",
    "RESIDENT_FIELDS", "Alert", "RecordHeader", "ResidentRow", "add_abuser", "add_abuser_in",
    "add_child", "add_child_in", "add_consent", "add_consent_in", "add_court_order",
    "add_court_order_in", "add_resident_in", "check_birth_date", "check_child", "check_resident", "contact_alerts",
    "count_residents", "court_order_alerts", "create_resident", "current_stay", "excluded_areas", "header",
    "link_stay", "link_stay_in", "load_resident", "marac_alerts", "open_record", "order_ends",
    "remove_child", "rooms_for_resident", "search_residents", "search_words", "update_abuser",
    "update_child", "update_consent", "update_resident", "withdraw_consent",
    "TEXT_LIMITS", "CHILD_AGE_LIMIT", "stay_counting_child",
]

class Answer:
    """The kind of a yes/no question that may not have been asked yet: True, False or None
    ("not asked yet"), kept as it is (never turned into False)."""


#: The fields of a resident a form may change (name to column).
RESIDENT_FIELDS: dict[str, type] = {
    "reference": str, "name": str, "known_as": str, "date_of_birth": date, "language": str,
    "needs_interpreter": bool, "access_needs": str, "immigration_status": str, "nrpf": bool,
    "gp": str, "safe_to_call": Answer, "safe_to_text": Answer, "code_word": str,
    "times_to_avoid": str, "key_worker_id": int,
}
CHILD_FIELDS: dict[str, type] = {
    "name": str, "date_of_birth": date, "school": str, "child_protection_plan": bool,
    "child_in_need": bool, "social_worker": str, "needs": str, "sex": ChildSex,
}
ABUSER_FIELDS = {"name": str, "description": str, "vehicle": str, "known_areas": str}
CONSENT_FIELDS = {"what": str, "shared_with": str}
#: The most characters each typed field of a child, a consent or the person she fled may
#: hold (the forms stop typing there too). A name fits its column; free text is generous
#: but finite, so a pasted file is refused rather than stored.
TEXT_LIMITS: dict[str, int] = {
    "name": 120, "school": 200, "social_worker": 500, "needs": 4000,
    "what": 500, "shared_with": 500,
    "description": 4000, "vehicle": 500, "known_areas": 2000,
}
#: A child on her record is younger than this when she arrives.
CHILD_AGE_LIMIT = 18


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


def _clean(fields: dict[str, Any], allowed: Mapping[str, type], what: str) -> dict[str, Any]:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise TypeError(f"unknown {what} fields: {', '.join(sorted(unknown))}")
    cleaned = {}
    for key, value in fields.items():
        kind = allowed[key]
        if kind is str:
            value = (value or "").strip()
            limit = TEXT_LIMITS.get(key)
            if limit is not None and len(value) > limit:
                raise ValidationError(translate(
                    "Residents", "This is too long: keep it to {limit} characters (it has "
                    "{length}).").format(limit=number(limit), length=number(len(value))),
                    field=key)
        elif kind is bool:
            value = bool(value)
        elif kind is Answer:
            value = None if value is None else bool(value)
        elif kind is date and value is not None and not isinstance(value, date):
            raise TypeError(f"{key} must be a date")
        elif kind is ChildSex and value not in (None, ""):
            try:
                value = ChildSex(value)
            except ValueError:
                raise ValidationError(translate("Residents", "Choose girl, boy, or not recorded."),
                                      field=key) from None
        elif kind is ChildSex:
            value = None
        cleaned[key] = value
    return cleaned


def check_resident(session: Session, fields: dict[str, Any], *, today: date,
                   resident_id: int | None = None) -> None:
    """What saving these fields of her record would refuse (`resident_id`: hers, when the
    record exists, so her own reference is not "taken")."""
    if "name" in fields and not fields["name"]:
        raise ValidationError(translate("Residents", "Enter her name."), field="name")
    if "reference" in fields:
        if not fields["reference"]:
            raise ValidationError(translate("Residents", "Enter her reference."),
                                  field="reference")
        taken = session.scalar(select(Resident.id).where(
            Resident.reference == fields["reference"]))
        if taken is not None and taken != resident_id:
            raise ReferenceTaken(fields["reference"])
    check_birth_date(fields.get("date_of_birth"), today=today)
    worker = fields.get("key_worker_id")
    if worker is not None and session.get(StaffMember, worker) is None:
        raise NotFound("staff member")


def check_birth_date(born: date | None, *, today: date) -> None:
    """Her own date of birth: a date RefugeDesk takes, and not in the future."""
    dates.check_dates(date_of_birth=born)
    if born is not None and born > today:
        raise DateInFuture(translate("Residents", "Her date of birth cannot be in the future."),
                           field="date_of_birth")


def check_child(fields: dict[str, Any], *, today: date) -> None:
    """What saving these fields of a child would refuse (no database needed)."""
    if "name" in fields and not fields["name"]:
        raise ValidationError(translate("Residents", "Enter the child's name."), field="name")
    born = fields.get("date_of_birth")
    dates.check_dates(date_of_birth=born)
    if born is not None and born > today:
        raise DateInFuture(translate(
            "Residents", "A child's date of birth cannot be in the future. Check the date, or "
            "leave it empty if the baby is not born yet."), field="date_of_birth")


# --- writing -------------------------------------------------------------------------------------


def add_resident_in(session: Session, person: Person, *, today: date, **fields: Any) -> int:
    """`create_resident` inside the caller's transaction."""
    fields = _clean(fields, RESIDENT_FIELDS, "resident")
    for required in ("reference", "name"):
        fields.setdefault(required, "")
    check_resident(session, fields, today=today)
    resident = Resident(**fields, **_tracked(person))
    session.add(resident)
    session.flush()
    reindex(session, resident.id)
    audit.record(session, person, "resident_created", record_type="resident",
                 record_id=resident.id)
    return resident.id


def create_resident(vault: Vault, *, reference: str, name: str, known_as: str = "",
                    date_of_birth: date | None = None, language: str = "",
                    needs_interpreter: bool = False, access_needs: str = "",
                    immigration_status: str = "", nrpf: bool = False, gp: str = "",
                    safe_to_call: bool | None = None, safe_to_text: bool | None = None,
                    code_word: str = "", times_to_avoid: str = "",
                    key_worker_id: int | None = None, today: date | None = None) -> int:
    """Open a record for her. Returns the resident's id. Whether it is safe to phone or text
    her starts as None, "not asked yet" (the safe default: nobody assumes it is)."""
    with vault.transaction() as session:
        return add_resident_in(
            session, vault.person, today=_today(today), reference=reference, name=name,
            known_as=known_as, date_of_birth=date_of_birth, language=language,
            needs_interpreter=needs_interpreter, access_needs=access_needs,
            immigration_status=immigration_status, nrpf=nrpf, gp=gp,
            safe_to_call=safe_to_call, safe_to_text=safe_to_text, code_word=code_word,
            times_to_avoid=times_to_avoid, key_worker_id=key_worker_id)


def _apply(row: Any, changes: Mapping[str, Any], person: Person) -> list[str]:
    """Set on `row` the fields whose value differs, and who changed it; returns their names
    in order (for the audit event, which names fields, never values). Nothing differs: []."""
    changed = sorted(k for k, v in changes.items() if getattr(row, k) != v)
    for key in changed:
        setattr(row, key, changes[key])
    if changed:
        row.updated_by_id = person.id
    return changed


#: `update_resident` leaves her documents' language as it is unless it is given.
_UNCHANGED: Any = object()


def update_resident(vault: Vault, resident_id: int, *, today: date | None = None,
                    documents_language: str | None = _UNCHANGED, **changes: Any) -> None:
    """Change some of her details (the keywords of `create_resident`). The audit event lists
    which fields changed, not what they became. `documents_language`: the language of the
    documents made for her ("en", "cy"; None: she has not been asked yet)."""
    changes = _clean(changes, RESIDENT_FIELDS, "resident")
    if documents_language is not _UNCHANGED:
        from refugedesk.i18n import LANGUAGES
        if documents_language is not None and documents_language not in LANGUAGES:
            raise ValueError(f"not a language RefugeDesk speaks: {documents_language!r}")
        changes["documents_language"] = documents_language
    with vault.transaction() as session:
        resident = load_resident(session, resident_id)
        check_resident(session, changes, today=_today(today), resident_id=resident_id)
        changed = _apply(resident, changes, vault.person)
        if not changed:
            return
        session.flush()
        if {"name", "known_as", "reference"} & set(changed):
            reindex(session, resident_id)
        audit.record(session, vault.person, "resident_changed", record_type="resident",
                     record_id=resident_id, detail=f"fields={','.join(changed)}")


def documents_language(session: Session, resident_id: int) -> str | None:
    """The language of the documents made for her ("en", "cy"), or None: not asked yet."""
    return load_resident(session, resident_id).documents_language


def _arrival_day(session: Session, resident_id: int, today: date) -> date:
    """The day she arrived for her latest stay (a move keeps the first arrival), or today when
    she has no stay on her record: the day a child's age is checked against."""
    first = session.scalar(
        select(Stay.first_arrived_on).where(
            Stay.resident_id == resident_id,
            or_(Stay.departure_reason.is_(None),
                Stay.departure_reason != DepartureReason.RECORDED_IN_ERROR))
        .order_by(Stay.arrived_on.desc(), Stay.id.desc()).limit(1))
    return min(first, today) if first is not None else today


def _check_child_age(session: Session, resident_id: int, born: date | None,
                     today: date) -> None:
    """A child on her record is 0 to 17 on the day she arrived (a baby born since is 0)."""
    if born is None:
        return
    arrived = _arrival_day(session, resident_id, today)
    age = _age(born, arrived)
    if age >= CHILD_AGE_LIMIT:
        if arrived == today:
            text = translate("Residents", "With this date of birth the child is {age} today. A "
                             "child on her record is 17 or younger when she arrives: check "
                             "the date.")
        else:
            text = translate("Residents", "With this date of birth the child was {age} on "
                             "{day}, the day she arrived. A child on her record is 17 or "
                             "younger when she arrives: check the date.")
        raise ValidationError(text.format(age=age, day=fmt_day(arrived)),
                              field="date_of_birth")


def add_child_in(session: Session, person: Person, *, resident_id: int, today: date,
                 **fields: Any) -> int:
    """`add_child` inside the caller's transaction."""
    fields = _clean(fields, CHILD_FIELDS, "child")
    fields.setdefault("name", "")
    check_child(fields, today=today)
    load_resident(session, resident_id)
    _check_child_age(session, resident_id, fields.get("date_of_birth"), today)
    child = Child(resident_id=resident_id, **fields, **_tracked(person))
    session.add(child)
    session.flush()
    reindex(session, resident_id)
    audit.record(session, person, "child_added", record_type="resident", record_id=resident_id,
                 detail=f"child={child.id}")
    return child.id


def add_child(vault: Vault, *, resident_id: int, name: str, date_of_birth: date | None = None,
              school: str = "", child_protection_plan: bool = False,
              child_in_need: bool = False, social_worker: str = "", needs: str = "",
              sex: ChildSex | None = None, today: date | None = None) -> int:
    """Add one of her children. A date of birth in the future, or one that makes the child 18
    or older on the day she arrived, is refused with a plain message. `sex` may be left
    empty (not recorded). Returns the child's id."""
    with vault.transaction() as session:
        return add_child_in(session, vault.person, resident_id=resident_id, today=_today(today),
                            name=name, date_of_birth=date_of_birth, school=school,
                            child_protection_plan=child_protection_plan,
                            child_in_need=child_in_need, social_worker=social_worker,
                            needs=needs, sex=sex)


def _load_child(session: Session, child_id: int) -> Child:
    child = session.get(Child, child_id)
    if child is None:
        raise NotFound("child")
    return child


def update_child(vault: Vault, child_id: int, *, today: date | None = None,
                 **changes: Any) -> None:
    """Change some of a child's details (the keywords of `add_child`). The audit event lists
    which fields changed, not what they became; a refused change leaves the child as it was."""
    day = _today(today)
    changes = _clean(changes, CHILD_FIELDS, "child")
    check_child(changes, today=day)
    with vault.transaction() as session:
        child = _load_child(session, child_id)
        if "date_of_birth" in changes:
            _check_child_age(session, child.resident_id, changes["date_of_birth"], day)
        changed = _apply(child, changes, vault.person)
        if not changed:
            return
        session.flush()
        if "name" in changed:
            reindex(session, child.resident_id)
        audit.record(session, vault.person, "child_changed", record_type="resident",
                     record_id=child.resident_id,
                     detail=f"child={child.id} fields={','.join(changed)}")


def stay_counting_child(session: Session, child_id: int) -> tuple[Stay, str] | None:
    """The stay of hers that counts this child, with where it was (house, room), or None.

    Nothing in the database points at a child row, so "referred to" is read from her stays:
    a stay (not recorded in error) counts its children by number and, when given, by age on
    arrival. A stay counts this child when her record, without him, would have fewer children
    than the stay counts, or fewer children of his age on the stay's first arrival than the
    stay lists with that age. A child added by mistake, beyond what her stays count, is not
    counted and can be removed; a counted one stays (his nights are in the occupancy figures):
    put his details right with update_child instead."""
    child = _load_child(session, child_id)
    others = list(session.scalars(select(Child).where(
        Child.resident_id == child.resident_id, Child.id != child.id)))
    rows = session.execute(
        select(Stay, Room.name, House.name).join(Room, Stay.room_id == Room.id)
        .join(House, Room.house_id == House.id)
        .where(Stay.resident_id == child.resident_id, Stay.children_count > 0,
               or_(Stay.departure_reason.is_(None),
                   Stay.departure_reason != DepartureReason.RECORDED_IN_ERROR))
        .order_by(Stay.arrived_on.desc(), Stay.id.desc()))
    for stay, room, house in rows:
        where = f"{house}, {room}"
        if stay.children_count > len(others):
            return stay, where
        if child.date_of_birth is None:
            continue
        try:
            ages = parse_ages(stay.children_ages)
        except ValidationError:
            continue  # ages recorded before they were checked: the count above decides
        age = _age(child.date_of_birth, stay.first_arrived_on)
        same_age = sum(1 for c in others if c.date_of_birth is not None
                       and _age(c.date_of_birth, stay.first_arrived_on) == age)
        if ages.count(age) > same_age:
            return stay, where
    return None


def remove_child(vault: Vault, child_id: int) -> None:
    """Take a child added by mistake off her record. Refused (ChildCountedInStay) when one of
    her stays counts the child (see `stay_counting_child`); nothing else refers to a child."""
    with vault.transaction() as session:
        child = _load_child(session, child_id)
        counted = stay_counting_child(session, child_id)
        if counted is not None:
            stay, where = counted
            count = stay.children_count
            raise ChildCountedInStay(with_count(translate(
                "Residents", "{child} is counted among the children of her stay in {where} "
                "(from {day}: %n child(ren)), so the child stays on her record. If some details "
                "are wrong, use Edit… to put them right."), count).format(
                child=child.name, where=where, day=fmt_day(stay.first_arrived_on)))
        resident_id = child.resident_id
        session.delete(child)
        session.flush()
        reindex(session, resident_id)
        audit.record(session, vault.person, "child_removed", record_type="resident",
                     record_id=resident_id, detail=f"child={child_id}")


def _check_consent_text(what: str, shared_with: str,
                        covers: list[str] | None = None) -> tuple[str, str]:
    fields = _clean({"what": what, "shared_with": shared_with}, CONSENT_FIELDS, "consent")
    if not fields["what"]:
        raise ValidationError(translate("Residents", "Say what she agreed to share."),
                              field="what")
    if not fields["shared_with"] and covers:
        # The ticks say who; the free text then says it in words for older screens.
        fields["shared_with"] = ", ".join(consent_rules.words(k) for k in covers)[
            :TEXT_LIMITS["shared_with"]]
    if not fields["shared_with"]:
        raise ValidationError(translate("Residents",
                                        "Tick who it may be shared with, or say so in words."),
                              field="shared_with")
    return fields["what"], fields["shared_with"]


def _check_how(how_given: ConsentHow | str | None) -> ConsentHow | None:
    if how_given is None or how_given == "":
        return None
    try:
        return ConsentHow(how_given)
    except ValueError:
        raise ValidationError(translate("Residents", "Choose how she gave her consent."),
                              field="how_given") from None


def add_consent_in(session: Session, person: Person, *, resident_id: int, what: str,
                   shared_with: str, given_on: date, explained_by_id: int | None,
                   today: date, covers: Iterable[str] = (),
                   how_given: ConsentHow | str | None = None) -> int:
    """`add_consent` inside the caller's transaction."""
    keys = consent_rules.check_covers(covers)
    how = _check_how(how_given)
    what, shared_with = _check_consent_text(what, shared_with, keys)
    dates.check_dates(given_on=given_on)
    if given_on > today:
        raise DateInFuture(translate("Residents",
                                     "Consent cannot be given on a date still to come."),
                           field="given_on")
    load_resident(session, resident_id)
    if explained_by_id is not None and session.get(StaffMember, explained_by_id) is None:
        raise NotFound("staff member")
    consent = Consent(resident_id=resident_id, what=what, shared_with=shared_with,
                      given_on=given_on, explained_by_id=explained_by_id,
                      covers=json.dumps(keys), how_given=how, **_tracked(person))
    session.add(consent)
    session.flush()
    audit.record(session, person, "consent_recorded", record_type="resident",
                 record_id=resident_id, detail=f"consent={consent.id}")
    return consent.id


def add_consent(vault: Vault, *, resident_id: int, what: str, shared_with: str = "",
                given_on: date, explained_by_id: int | None = None,
                today: date | None = None, covers: Iterable[str] = (),
                how_given: ConsentHow | str | None = None) -> int:
    """Record what she agreed to share, with whom (`covers`: keys of consent_rules, such as
    "marac" or "agency:police"; `shared_with` in words), how she gave it, when, and who
    explained it (by default the person recording it)."""
    with vault.transaction() as session:
        return add_consent_in(session, vault.person, resident_id=resident_id, what=what,
                              shared_with=shared_with, given_on=given_on,
                              explained_by_id=explained_by_id or vault.person.id,
                              today=_today(today), covers=covers, how_given=how_given)


def _load_consent(session: Session, consent_id: int) -> Consent:
    consent = session.get(Consent, consent_id)
    if consent is None:
        raise NotFound("consent")
    return consent


_KEEP = object()  # update_consent: leave how she gave it as it is


def update_consent(vault: Vault, consent_id: int, *, what: str, shared_with: str = "",
                   covers: Iterable[str] | None = None,
                   how_given: ConsentHow | str | None | object = _KEEP) -> None:
    """Change what a consent covers (`covers`: None keeps the ticks as they are), who it may
    be shared with, or how she gave it (audited as a change, naming the fields). A withdrawn
    consent is history: record a new one instead."""
    keys = None if covers is None else consent_rules.check_covers(covers)
    changes: dict[str, Any] = {}
    if how_given is not _KEEP:
        changes["how_given"] = _check_how(how_given)  # type: ignore[arg-type]  # not _KEEP
    with vault.transaction() as session:
        consent = _load_consent(session, consent_id)
        if consent.withdrawn_on is not None:
            raise ValidationError(translate(
                "Residents", "This consent was withdrawn on {day}, so it stays as it was. If "
                "she agrees again, add a new consent.").format(
                day=fmt_day(consent.withdrawn_on)), field="consent")
        ticked = keys if keys is not None else consent_rules.read_covers(consent.covers)
        what, shared_with = _check_consent_text(what, shared_with, ticked)
        changes.update({"what": what, "shared_with": shared_with})
        if keys is not None and keys != consent_rules.read_covers(consent.covers):
            changes["covers"] = json.dumps(keys)
        changed = _apply(consent, changes, vault.person)
        if not changed:
            return
        audit.record(session, vault.person, "consent_changed", record_type="resident",
                     record_id=consent.resident_id,
                     detail=f"consent={consent.id} fields={','.join(changed)}")


def withdraw_consent(vault: Vault, consent_id: int, *, on: date,
                     today: date | None = None) -> None:
    """She withdrew a consent on `on`: not before it was given, not a day still to come, and
    only once."""
    dates.check_dates(withdrawn_on=on)
    if on > _today(today):
        raise DateInFuture(translate("Residents",
                                     "Consent cannot be withdrawn on a date still to come."),
                           field="withdrawn_on")
    with vault.transaction() as session:
        consent = _load_consent(session, consent_id)
        if consent.withdrawn_on is not None:
            raise ValidationError(translate(
                "Residents", "This consent was already withdrawn on {day}.").format(
                day=fmt_day(consent.withdrawn_on)), field="withdrawn_on")
        if on < consent.given_on:
            raise DatesOutOfOrder(translate(
                "Residents", "Consent cannot be withdrawn before it was given (on {day}). "
                "Check the date.").format(day=fmt_day(consent.given_on)), field="withdrawn_on")
        consent.withdrawn_on = on
        consent.updated_by_id = vault.person.id
        audit.record(session, vault.person, "consent_withdrawn", record_type="resident",
                     record_id=consent.resident_id, detail=f"consent={consent.id}")


def _areas_text(text: str) -> str:
    areas = split_areas(text)
    for area in areas:
        if len(area) > TEXT_LIMITS["name"]:
            raise ValidationError(translate(
                "Residents", "An area is too long: keep each to {limit} characters, one per "
                "line.").format(limit=TEXT_LIMITS["name"]), field="known_areas")
    return "\n".join(areas)


def add_abuser_in(session: Session, person: Person, *, resident_id: int,
                  **fields: Any) -> int:
    """`add_abuser` inside the caller's transaction."""
    fields = _clean(fields, ABUSER_FIELDS, "abuser")
    fields["known_areas"] = _areas_text(fields.get("known_areas", ""))
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
        return add_abuser_in(session, vault.person, resident_id=resident_id, name=name,
                             description=description, vehicle=vehicle, known_areas=known_areas)


def update_abuser(vault: Vault, abuser_id: int, **changes: Any) -> None:
    """Change what is recorded about the person she fled (the keywords of `add_abuser`); new
    known areas are kept out of her placements from then on."""
    changes = _clean(changes, ABUSER_FIELDS, "abuser")
    if "known_areas" in changes:
        changes["known_areas"] = _areas_text(changes["known_areas"])
    with vault.transaction() as session:
        abuser = session.get(Abuser, abuser_id)
        if abuser is None:
            raise NotFound("safety record")
        changed = _apply(abuser, changes, vault.person)
        if not changed:
            return
        audit.record(session, vault.person, "safety_changed", record_type="resident",
                     record_id=abuser.resident_id,
                     detail=f"abuser={abuser.id} fields={','.join(changed)}")


def add_court_order_in(session: Session, person: Person, *, resident_id: int,
                       kind: CourtOrderKind, made_on: date | None, expires_on: date | None,
                       abuser_id: int | None, notes: str) -> int:
    """`add_court_order` inside the caller's transaction."""
    kind = CourtOrderKind(kind)
    dates.check_dates(made_on=made_on, expires_on=expires_on)
    if made_on is not None and expires_on is not None and expires_on < made_on:
        raise DatesOutOfOrder(translate("Residents", "The order ends before it was made."),
                              field="expires_on")
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
        return add_court_order_in(session, vault.person, resident_id=resident_id, kind=kind,
                                  made_on=made_on, expires_on=expires_on,
                                  abuser_id=abuser_id, notes=notes)


def link_stay_in(session: Session, person: Person, *, resident_id: int, stay_id: int) -> None:
    """`link_stay` inside the caller's transaction."""
    load_resident(session, resident_id)
    stay = session.get(Stay, stay_id)
    if stay is None:
        raise NotFound("stay")
    if stay.resident_id not in (None, resident_id):
        raise ValidationError(translate("Residents",
                                        "That stay is already on another resident's record."),
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
            raise ValidationError(translate(
                "Residents", "That stay is already on another resident's record."),
                field="stay")
        linked_stay.resident_id = resident_id
        linked_stay.updated_by_id = person.id
    audit.record(session, person, "stay_linked", record_type="resident",
                 record_id=resident_id, detail=f"stays={','.join(map(str, sorted(chain)))}")


def link_stay(vault: Vault, *, resident_id: int, stay_id: int) -> None:
    """Put a stay (and the stays a room move split it into) on her record."""
    with vault.transaction() as session:
        link_stay_in(session, vault.person, resident_id=resident_id, stay_id=stay_id)


# --- finding her a room ----------------------------------------------------------------------------


def rooms_for_resident(session: Session, resident_id: int, *, on: date, nights: int,
                       **needs: Any) -> list[capacity.RoomFit]:
    """capacity.find_rooms for her: her children, her needs, and her excluded areas. `needs`
    may override or add find_rooms keywords (e.g. needs_wheelchair=True)."""
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


