"""The linked arrival: what the Arrival form and "Start her intake" start from, so nothing is
typed twice (issue 13).

- `arrival_form`: the Arrival form's starting point, from the offer's referral (her name, the
  children and their ages, her needs, her excluded areas), the next household reference, and
  the women already on file with her name (she may have stayed before).
- `arrival_date_question`: the question to ask before an arrival dated ahead of today or more
  than a few days back (a slip of the board's date, not a real arrival, most of the time).
- `stay_for_intake` and `intake_prefill`: the stay an intake is started for, and the intake
  draft it starts as (her name and reference, a child row per child, the referral's needs and
  excluded areas).
- `link_returning`: "This is her": a stay made before goes on the record of a woman already on
  file (with her earlier reference), instead of a second record for the same woman.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from refugedesk import audit, household_refs, residents
from refugedesk.capacity_rules import fmt_day, parse_ages, split_areas
from refugedesk.db.models import (
    House,
    IntakeDraft,
    Referral,
    Reservation,
    Resident,
    Room,
    Stay,
)
from refugedesk.db.vault import Vault
from refugedesk.errors import NotFound, ValidationError
from refugedesk.i18n import Counted, day_name, translate
from refugedesk.resident_search import search_residents, search_words

# This module's words with a count (refugedesk.i18n.Counted: lupdate reads the name).
Arrivals = Counted("Arrivals")

#: An arrival dated more than this many days back asks to be confirmed.
DAYS_BACK_WITHOUT_ASKING = 3
#: At most this many women on file are offered as "this may be her".
MAX_MATCHES = 8


# --- women already on file --------------------------------------------------------------------


@dataclass(frozen=True)
class ReturningMatch:
    """A woman on file whose name matches: enough to tell whether it is her."""

    resident_id: int
    name: str
    known_as: str
    reference: str
    date_of_birth: date | None
    #: Her last stay in words ("last stay ended 3 Mar 2026, Oak House"), or "no stays yet".
    last_stay: str
    #: In refuge on the day asked about: she cannot arrive again (that is a move).
    here_now: bool

    def describe(self) -> str:
        name = (translate("Arrivals", "{name} (known as {known_as})").format(
            name=self.name, known_as=self.known_as) if self.known_as else self.name)
        if self.date_of_birth:
            return translate("Arrivals", "{name}, {reference}, born {born}: {last_stay}").format(
                name=name, reference=self.reference, born=fmt_day(self.date_of_birth),
                last_stay=self.last_stay)
        return translate("Arrivals", "{name}, {reference}: {last_stay}").format(
            name=name, reference=self.reference, last_stay=self.last_stay)


def returning_matches(session: Session, *names: str, today: date,
                      leave_out_stay: int | None = None) -> list[ReturningMatch]:
    """The women on file found by any of `names` (every word of a name must match the start
    of a word of her name, known-as name or reference). Initials alone ("R.J.") find nobody:
    they would offer half the service as "her"."""
    found: dict[int, str] = {}
    for name in names:
        words = [w for w in search_words(name) if len(w) >= 2]
        if not words:
            continue
        for row in search_residents(session, " ".join(words), today=today, limit=MAX_MATCHES):
            found.setdefault(row.id, row.name)
    matches = []
    for resident_id in list(found)[:MAX_MATCHES]:
        resident = session.get_one(Resident, resident_id)
        stays = session.execute(
            select(Stay, Room, House).join(Room, Stay.room_id == Room.id)
            .join(House, Room.house_id == House.id)
            .where(Stay.resident_id == resident_id)
            .order_by(Stay.arrived_on.desc(), Stay.id.desc())).all()
        stays = [s for s in stays if s[0].id != leave_out_stay]
        here = any(s.arrived_on <= today and (s.left_on is None or s.left_on > today)
                   for s, _r, _h in stays)
        if not stays:
            last = translate("Arrivals", "no stays on her record yet")
        else:
            stay, room, house = stays[0]
            if here:
                last = translate("Arrivals", "in refuge now, {room}, {house}").format(
                    room=room.name, house=house.name)
            elif stay.left_on is not None:
                last = translate("Arrivals", "last stay ended {day}, {house}").format(
                    day=fmt_day(stay.left_on), house=house.name)
            else:
                last = translate("Arrivals", "due to arrive {day}, {house}").format(
                    day=fmt_day(stay.arrived_on), house=house.name)
        matches.append(ReturningMatch(resident.id, resident.name, resident.known_as,
                                      resident.reference, resident.date_of_birth, last, here))
    return matches


# --- the Arrival form ----------------------------------------------------------------------------


def needs_text(referral: Referral | None) -> list[str]:
    """The needs a referral carries, in words, for the Arrival form and the intake."""
    if referral is None:
        return []
    needs = _access_needs(referral)
    if referral.language:
        needs.append((translate("Arrivals", "speaks {language}, needs an interpreter")
                      if referral.needs_interpreter else
                      translate("Arrivals", "speaks {language}")).format(
                          language=referral.language))
    elif referral.needs_interpreter:
        needs.append(translate("Arrivals", "needs an interpreter"))
    if referral.nrpf:
        needs.append(translate("Arrivals", "no recourse to public funds"))
    if referral.pets:
        needs.append(translate("Arrivals", "has a pet"))
    return needs


def _access_needs(referral: Referral | None) -> list[str]:
    """The referral's access needs, in words (the first of `needs_text`)."""
    needs = []
    if referral is not None and referral.needs_wheelchair:
        needs.append(translate("Arrivals", "uses a wheelchair"))
    if referral is not None and referral.needs_ground_floor:
        needs.append(translate("Arrivals", "needs a ground-floor room"))
    return needs


@dataclass(frozen=True)
class ArrivalForm:
    """What the Arrival form starts with."""

    suggested_ref: str
    name: str
    children_count: int
    children_ages: str
    #: The day to offer for "Arrived on": today, or the offer's arrival date if earlier.
    arrived_on: date
    referral_id: int | None
    needs: tuple[str, ...]
    excluded_areas: tuple[str, ...]
    matches: tuple[ReturningMatch, ...]


def arrival_form(session: Session, *, today: date,
                 reservation_id: int | None = None) -> ArrivalForm:
    """The Arrival form's starting point: from the offer's referral when there is an offer
    (an emergency placement starts empty), with the next household reference."""
    suggestion = household_refs.suggested_ref(session)
    if reservation_id is None:
        return ArrivalForm(suggestion, "", 0, "", today, None, (), (), ())
    reservation = session.get(Reservation, reservation_id)
    if reservation is None:
        raise NotFound("offer")
    referral = session.get(Referral, reservation.referral_id)
    if referral is None:
        raise NotFound("referral")
    ages = ", ".join(str(a) for a in parse_ages(referral.children_ages))
    return ArrivalForm(
        suggestion, referral.name, referral.children_count, ages,
        min(reservation.arriving_on, today), referral.id, tuple(needs_text(referral)),
        tuple(split_areas(referral.excluded_areas)),
        tuple(returning_matches(session, referral.name, today=today)))


def arrival_date_question(on: date, *, today: date) -> str | None:
    """The question to ask before recording an arrival on `on`, or None when the date needs
    no second look (today, or a few days back)."""
    day = f"{day_name(on)} {fmt_day(on)}"
    if on > today:
        days = (on - today).days
        return (Arrivals.tr("{day} is %n day from now. An arrival is recorded once "
                          "she is here. Record it on that date anyway?", None, days)
                if days == 1 else
                Arrivals.tr("{day} is %n days from now. An arrival is recorded once "
                          "she is here. Record it on that date anyway?", None, days)
                ).format(day=day)
    days = (today - on).days
    if days > DAYS_BACK_WITHOUT_ASKING:
        return Arrivals.tr("{day} was %n days ago. Is that the day she arrived? Her "
                         "nights from then on are counted as occupied.", None, days
                         ).format(day=day)
    return None


# --- starting her intake from her stay -----------------------------------------------------------


@dataclass(frozen=True)
class StayForIntake:
    """A stay an intake can be started for (or her record opened, if it is linked)."""

    stay_id: int
    household_ref: str
    name: str
    room: str
    house: str
    arrived_on: date
    children_count: int
    children_ages: tuple[int, ...]
    #: Her record, once the stay is on one.
    resident_id: int | None
    #: An intake for this stay saved part-way, to carry on rather than start again.
    draft_id: int | None
    language: str
    needs_interpreter: bool
    nrpf: bool
    access_needs: str
    excluded_areas: tuple[str, ...]
    matches: tuple[ReturningMatch, ...]


def stay_for_intake(session: Session, stay_id: int, *, today: date) -> StayForIntake:
    """The stay and what its referral carried, and the women on file who may be her."""
    row = session.execute(
        select(Stay, Room, House).join(Room, Stay.room_id == Room.id)
        .join(House, Room.house_id == House.id).where(Stay.id == stay_id)).first()
    if row is None:
        raise NotFound("stay")
    stay, room, house = row
    referral = session.get(Referral, stay.referral_id) if stay.referral_id else None
    draft = session.scalar(select(IntakeDraft.id).where(
        IntakeDraft.stay_id == stay_id, IntakeDraft.finished_at.is_(None))
        .order_by(IntakeDraft.updated_at.desc()).limit(1))
    access = _access_needs(referral)
    names = [stay.name] + ([referral.name] if referral and referral.name != stay.name else [])
    matches = () if stay.resident_id is not None else tuple(
        returning_matches(session, *names, today=today, leave_out_stay=stay.id))
    return StayForIntake(
        stay.id, stay.household_ref, stay.name, room.name, house.name, stay.arrived_on,
        stay.children_count, tuple(parse_ages(stay.children_ages)), stay.resident_id, draft,
        referral.language if referral else "",
        bool(referral and referral.needs_interpreter), bool(referral and referral.nrpf),
        "; ".join(access).capitalize(),
        tuple(split_areas(referral.excluded_areas)) if referral else (), matches)


def stay_resident(session: Session, stay_id: int) -> int | None:
    """The record a stay is on (None: no record yet, so her intake can start from it)."""
    stay = session.get(Stay, stay_id)
    if stay is None:
        raise NotFound("stay")
    return stay.resident_id


def intake_prefill(stay: StayForIntake) -> dict[str, Any]:
    """The intake draft a stay starts: her name and household reference, a row per child to
    fill in (with the age the arrival gave), the referral's needs, and its excluded areas as
    the known areas of the person she fled (they keep her out of rooms there)."""
    children = []
    for i in range(stay.children_count):
        age = stay.children_ages[i] if i < len(stay.children_ages) else None
        children.append({"name": "", "age_on_arrival": age, "from_arrival": True})
    data: dict[str, Any] = {
        "resident": {"reference": stay.household_ref, "name": stay.name,
                     "language": stay.language, "needs_interpreter": stay.needs_interpreter,
                     "nrpf": stay.nrpf, "access_needs": stay.access_needs},
        "children": children,
        "abusers": ([{"name": "", "description": "", "vehicle": "",
                      "known_areas": "\n".join(stay.excluded_areas)}]
                    if stay.excluded_areas else []),
    }
    return data


def link_returning(vault: Vault, *, stay_id: int, resident_id: int) -> None:
    """"This is her": put the stay (and the stays a room move split it into) on the record of
    a woman already on file, and give it her earlier household reference (unless another
    household has that one now). Refused if the stay is on another woman's record, or if she
    is in another room on the same nights."""
    with vault.transaction() as session:
        stay = session.get(Stay, stay_id)
        if stay is None:
            raise NotFound("stay")
        resident = residents.load_resident(session, resident_id)
        if stay.resident_id == resident_id:
            return
        clash = session.scalar(select(Stay.id).where(
            Stay.resident_id == resident_id, Stay.id != stay.id,
            Stay.arrived_on < (stay.left_on or date.max),
            or_(Stay.left_on.is_(None), Stay.left_on > stay.arrived_on),
            or_(Stay.left_on.is_(None), Stay.left_on > Stay.arrived_on)).limit(1))
        if clash is not None:
            raise ValidationError(translate("Arrivals", "Her record already has a stay on "
                                            "those nights, so this cannot be her, or one of "
                                            "the stays needs putting right first."),
                                  field="resident")
        old_ref = stay.household_ref
        residents.link_stay_in(session, vault.person, resident_id=resident_id,
                               stay_id=stay_id)
        stays_ids, resident_ids = household_refs.owner_household(session, resident.reference)
        if old_ref != resident.reference and not (stays_ids | resident_ids) - {resident_id}:
            for linked in session.scalars(select(Stay).where(
                    Stay.resident_id == resident_id, Stay.household_ref == old_ref)):
                linked.household_ref = resident.reference
                linked.updated_by_id = vault.person.id
        audit.record(session, vault.person, "stay_linked_returning", record_type="stay",
                     record_id=stay_id, detail=f"resident={resident_id}")
