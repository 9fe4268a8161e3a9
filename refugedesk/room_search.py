"""Find a room that explains itself: the rooms that fit a family, and every other active room
with the first reason it was left out and the nearest arrival date that would fit.

A placement is open-ended (capacity_rules.check_placeable): she arrives into a stay with no
leaving date, so a room fits from a day only if nothing holds it from that day on. The same rule
decides the offer and the arrival, so a room found here can be offered and arrived into.

Speed: one query per kind for all the rooms (rooms with their houses, stays, live offers,
closures), then plain Python per room; no query per room or per day. At 400 rooms and five
years of stays that is a few milliseconds (see the figures in docs/ or the report of issue 13).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from refugedesk import dates
from refugedesk.capacity_rules import (
    check_family,
    children_words,
    closure_reason_words,
    excluded_areas,
    fmt_day,
    fmt_instant,
    live_offer,
    parse_ages,
    places_fit,
    split_areas,
)
from refugedesk.db.models import (
    Child,
    ChildSex,
    House,
    Referral,
    ReferralStatus,
    Reservation,
    Room,
    RoomClosure,
    Stay,
)
from refugedesk.db.types import utcnow
from refugedesk.errors import NotFound, ValidationError
from refugedesk.i18n import QT_TRANSLATE_NOOP, Counted, day_name, translate
from refugedesk.service_rules import ServiceRules, service_rules

# This module's words with a count (refugedesk.i18n.Counted: lupdate reads the name).
FindARoom = Counted("FindARoom")

#: How far ahead the nearest dates that fit are looked for.
NEAREST_WITHIN = 60


@dataclass(frozen=True)
class RoomFit:
    """A room that fits, and why it ranks where it does."""

    room_id: int
    room: str
    house_id: int
    house: str
    area: str
    child_places: int
    cots: int
    wheelchair_accessible: bool
    self_contained: bool
    #: Places left empty if she takes it (fewer is a better fit).
    spare_places: int
    speaks_language: bool


class LeftOutKind(StrEnum):
    """Why a room was left out, in the order a worker wants to hear it (the first that applies
    is the one given)."""

    BOYS_RULE = "boys_rule"
    CLOSED = "closed"
    OCCUPIED = "occupied"
    OFFERED = "offered"
    CHILDREN = "children"
    ACCESS = "access"
    HOUSE = "house"
    EXCLUDED_AREA = "excluded_area"

    @property
    def summary(self) -> str:
        """How the sentence under "No room fits" counts rooms of this kind."""
        return translate("FindARoom", {
            "boys_rule": QT_TRANSLATE_NOOP("FindARoom",
                                           "left out by the service's rule on boys' ages"),
            "closed": QT_TRANSLATE_NOOP("FindARoom", "closed"),
            "occupied": QT_TRANSLATE_NOOP("FindARoom", "occupied"),
            "offered": QT_TRANSLATE_NOOP("FindARoom", "offered"),
            "children": QT_TRANSLATE_NOOP("FindARoom", "too small for her children"),
            "access": QT_TRANSLATE_NOOP("FindARoom", "without the access she needs"),
            "house": QT_TRANSLATE_NOOP("FindARoom", "in a house that cannot take her"),
            "excluded_area": QT_TRANSLATE_NOOP("FindARoom", "in an excluded area"),
        }[self.value])

    def counted(self, n: int, *, first: bool) -> str:
        """`n` rooms of this kind as a part of the summary sentence: the first part names the
        rooms ("12 rooms are occupied"), the others only count ("3 offered")."""
        if not first:
            return {
                "boys_rule": FindARoom.tr("%n left out by the service's rule on "
                                       "boys' ages", None, n),
                "closed": FindARoom.tr("%n closed", None, n),
                "occupied": FindARoom.tr("%n occupied", None, n),
                "offered": FindARoom.tr("%n offered", None, n),
                "children": FindARoom.tr("%n too small for her children", None, n),
                "access": FindARoom.tr("%n without the access she needs", None, n),
                "house": FindARoom.tr("%n in a house that cannot take her", None, n),
                "excluded_area": FindARoom.tr("%n in an excluded area", None, n),
            }[self.value]
        if n == 1:
            return {
                "boys_rule": FindARoom.tr("%n room is left out by the service's "
                                       "rule on boys' ages", None, n),
                "closed": FindARoom.tr("%n room is closed", None, n),
                "occupied": FindARoom.tr("%n room is occupied", None, n),
                "offered": FindARoom.tr("%n room is offered", None, n),
                "children": FindARoom.tr("%n room is too small for her children",
                                      None, n),
                "access": FindARoom.tr("%n room is without the access she needs",
                                    None, n),
                "house": FindARoom.tr("%n room is in a house that cannot take her",
                                   None, n),
                "excluded_area": FindARoom.tr("%n room is in an excluded area",
                                           None, n),
            }[self.value]
        return {
            "boys_rule": FindARoom.tr("%n rooms are left out by the service's rule "
                                   "on boys' ages", None, n),
            "closed": FindARoom.tr("%n rooms are closed", None, n),
            "occupied": FindARoom.tr("%n rooms are occupied", None, n),
            "offered": FindARoom.tr("%n rooms are offered", None, n),
            "children": FindARoom.tr("%n rooms are too small for her children",
                                  None, n),
            "access": FindARoom.tr("%n rooms are without the access she needs",
                                None, n),
            "house": FindARoom.tr("%n rooms are in a house that cannot take her",
                               None, n),
            "excluded_area": FindARoom.tr("%n rooms are in an excluded area",
                                       None, n),
        }[self.value]

    @property
    def about_dates(self) -> bool:
        """Whether other dates could change it (a room busy now may be free later; a room too
        small never grows)."""
        return self in (LeftOutKind.CLOSED, LeftOutKind.OCCUPIED, LeftOutKind.OFFERED)


@dataclass(frozen=True)
class LeftOut:
    """A room that does not fit, with the first reason and the nearest arrival date within
    NEAREST_WITHIN days from which it would (None: none)."""

    room_id: int
    room: str
    house_id: int
    house: str
    area: str
    kind: LeftOutKind
    reason: str
    nearest: date | None = None
    #: False when a reason about the family (children, access, area, the boys' rule) applies
    #: too: then no date would make it fit.
    dates_could_help: bool = True
    #: That reason about the family, in words, when there is one.
    family_reason: str = ""

    @property
    def nearest_text(self) -> str:
        if not self.dates_could_help:
            why = self.family_reason or translate("FindARoom", "it does not suit this family")
            return translate("FindARoom", "No date: {reason}").format(
                reason=why[0].lower() + why[1:])
        if self.nearest is None:
            return FindARoom.tr("None in the next %n days", None, NEAREST_WITHIN)
        return translate("FindARoom", "From {day}").format(
            day=f"{day_name(self.nearest, short=True)} {fmt_day(self.nearest)}")


@dataclass(frozen=True)
class RoomSearch:
    """The answer of find-a-room: the rooms that fit, best first, and the rest with reasons."""

    on: date
    nights: int
    fits: list[RoomFit] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    #: The boys' rule in words when it keeps this family out ("" otherwise).
    boys_rule: str = ""

    def counts(self) -> dict[LeftOutKind, int]:
        counts: dict[LeftOutKind, int] = {}
        for row in self.left_out:
            counts[row.kind] = counts.get(row.kind, 0) + 1
        return counts

    @property
    def summary(self) -> str:
        """Why rooms were left out, in one sentence: "12 rooms are occupied, 3 offered, 2 in an
        excluded area: see the list below." """
        if self.boys_rule:
            return translate("FindARoom", "No room fits: {reason}.").format(
                reason=self.boys_rule)
        counts = self.counts()
        if not counts:
            return "" if self.fits else translate("FindARoom",
                                                  "There are no rooms open on these dates.")
        parts: list[str] = []
        for kind in LeftOutKind:
            n = counts.get(kind, 0)
            if n:
                parts.append(kind.counted(n, first=not parts))
        listed = parts[0]
        for i, part in enumerate(parts[1:], start=2):
            listed = (translate("FindARoom", "{list} and {last}") if i == len(parts) else
                      translate("FindARoom", "{list}, {next}")).format(
                          list=listed, last=part, next=part)
        text = translate("FindARoom", "{counts}: see the list below.").format(counts=listed)
        # A room busy now that would not suit her anyway: say so, or "37 occupied" misleads.
        never = sum(1 for row in self.left_out if not row.dates_could_help)
        if any(row.kind.about_dates and not row.dates_could_help for row in self.left_out):
            text += " " + (translate("FindARoom",
                                     "None of them would suit her family on any date.")
                           if never == len(self.left_out) else
                           FindARoom.tr("%n of them would not suit her family on "
                                     "any date.", None, never))
        return text


@dataclass(frozen=True)
class Family:
    """Who the room is for and what she needs."""

    children_count: int = 0
    ages: tuple[int, ...] = ()
    boys_ages: tuple[int, ...] = ()
    needs_wheelchair: bool = False
    needs_ground_floor: bool = False
    nrpf: bool = False
    pets: bool = False
    language: str = ""
    excluded_areas: tuple[str, ...] = ()


def search(session: Session, *, on: date, nights: int, family: Family,
           rules: ServiceRules | None = None) -> RoomSearch:
    """Every room open (not retired) on `on`, as a fit or left out with its first reason."""
    dates.check_dates(on=on)
    dates.check_nights(nights)
    if nights < 1:
        raise ValidationError(translate("FindARoom", "Ask for at least one night."),
                              field="nights")
    check_family(family.children_count, family.ages)
    if any(not 0 <= a <= 17 for a in family.boys_ages):
        raise ValidationError(translate("FindARoom", "A boy's age is between 0 and 17."),
                              field="boys_ages")
    rules = rules if rules is not None else service_rules(session)
    refused_boys = sorted(a for a in family.boys_ages if rules.boy_refused(a))
    boys_rule = ""
    if refused_boys and rules.boys_age_limit is not None:
        ages = str(refused_boys[0])
        for age in refused_boys[1:]:
            ages = translate("FindARoom", "{ages} and {age}").format(ages=ages, age=age)
        boys_rule = (translate("FindARoom", "the service cannot house boys aged {limit} or "
                               "older, and her son is {ages}") if len(refused_boys) == 1 else
                     translate("FindARoom", "the service cannot house boys aged {limit} or "
                               "older, and her sons are {ages}")).format(
                                   limit=rules.boys_age_limit, ages=ages)

    holds = _holds(session, on)
    # Plain columns, not ORM objects: loading 400 rooms as objects was most of the time.
    rooms: list[tuple[_Room, _House]] = []
    for (room_id, name, child_places, cots, access, ground, self_contained, opened,
         retired, house_id, house_name, area, nrpf, pets, languages, house_opened,
         house_retired) in session.execute(
            select(Room.id, Room.name, Room.child_places, Room.cots,
                   Room.wheelchair_accessible, Room.ground_floor, Room.self_contained,
                   Room.opened_on, Room.retired_on, House.id, House.name, House.area,
                   House.accepts_nrpf, House.pets_allowed, House.languages, House.opened_on,
                   House.retired_on)
            .join(House, Room.house_id == House.id).where(
                or_(Room.retired_on.is_(None), Room.retired_on > on),
                or_(House.retired_on.is_(None), House.retired_on > on))):
        rooms.append((_Room(room_id, name, house_id, child_places, cots, access, ground,
                            self_contained, opened, retired),
                      _House(house_id, house_name, area, nrpf, pets, languages, house_opened,
                             house_retired)))
    areas = {a.strip().casefold(): a.strip() for a in family.excluded_areas if a.strip()}
    language_key = family.language.strip().casefold()
    fits: list[RoomFit] = []
    left_out: list[LeftOut] = []
    for room, house in rooms:
        busy = _busy_reason(room, house, on, holds)
        fit_problem = _family_reason(room, house, family, areas)
        if boys_rule:
            kind, reason = LeftOutKind.BOYS_RULE, boys_rule[0].upper() + boys_rule[1:]
        elif busy is not None:
            kind, reason = busy
        elif fit_problem is not None:
            kind, reason = fit_problem
        else:
            speaks = bool(language_key) and language_key in [
                x.strip().casefold() for x in house.languages.split(",")]
            fits.append(RoomFit(room.id, room.name, house.id, house.name, house.area,
                                room.child_places, room.cots, room.wheelchair_accessible,
                                room.self_contained,
                                room.child_places + room.cots - family.children_count,
                                speaks))
            continue
        helps = not boys_rule and fit_problem is None
        nearest = _nearest(room, house, on, holds) if helps else None
        family_reason = (translate("FindARoom", "the service's rule on boys' ages") if boys_rule
                         else fit_problem[0].summary if fit_problem else "")
        left_out.append(LeftOut(room.id, room.name, house.id, house.name, house.area, kind,
                                reason, nearest, helps, family_reason))
    fits.sort(key=lambda f: (not f.speaks_language,
                             f.wheelchair_accessible and not family.needs_wheelchair,
                             f.spare_places, f.house, f.room))
    order = list(LeftOutKind)
    left_out.sort(key=lambda r: (order.index(r.kind), r.house, r.room))
    return RoomSearch(on, nights, fits, left_out, boys_rule)


@dataclass(frozen=True, slots=True)
class _Room:
    id: int
    name: str
    house_id: int
    child_places: int
    cots: int
    wheelchair_accessible: bool
    ground_floor: bool
    self_contained: bool
    opened_on: date
    retired_on: date | None


@dataclass(frozen=True, slots=True)
class _House:
    id: int
    name: str
    area: str
    accepts_nrpf: bool
    pets_allowed: bool
    languages: str
    opened_on: date
    retired_on: date | None


# --- what holds each room ----------------------------------------------------------------------


@dataclass
class _Holds:
    """Everything holding a room on or after the night asked for, by room id: (starts, ends
    (None: no end), reason in words) for stays, offers and closures."""

    stays: dict[int, list[tuple[date, date | None, str]]] = field(default_factory=dict)
    offers: dict[int, list[tuple[date, date | None, str]]] = field(default_factory=dict)
    closures: dict[int, list[tuple[date, date | None, str]]] = field(default_factory=dict)


def _holds(session: Session, on: date) -> _Holds:
    """Three queries: the stays, live offers and closures holding any night from `on` on."""
    holds = _Holds()
    for room_id, ref, arrived, left in session.execute(
            select(Stay.room_id, Stay.household_ref, Stay.arrived_on, Stay.left_on).where(
                or_(Stay.left_on.is_(None),
                    and_(Stay.left_on > on, Stay.left_on > Stay.arrived_on)))
            .order_by(Stay.arrived_on)):
        if arrived > on:
            words = (translate("FindARoom", "household {ref} arrives on {day} until {end}")
                     if left else
                     translate("FindARoom", "household {ref} arrives on {day}, with no "
                               "leaving date")).format(ref=ref, day=fmt_day(arrived),
                                                       end=fmt_day(left) if left else "")
        elif left is not None:
            words = translate("FindARoom", "occupied until {day} (household {ref})").format(
                day=fmt_day(left), ref=ref)
        else:
            words = translate("FindARoom", "occupied by household {ref}, with no leaving "
                              "date").format(ref=ref)
        holds.stays.setdefault(room_id, []).append((arrived, left, words))
    for room_id, referral_id, arriving, held_until in session.execute(
            select(Reservation.room_id, Reservation.referral_id, Reservation.arriving_on,
                   Reservation.held_until).where(live_offer(utcnow()))
            .order_by(Reservation.arriving_on)):
        words = (translate("FindARoom", "offered to referral {referral} until {held} "
                           "(arriving {day})") if arriving > on else
                 translate("FindARoom", "offered to referral {referral} until {held}")).format(
                     referral=referral_id, held=fmt_instant(held_until), day=fmt_day(arriving))
        holds.offers.setdefault(room_id, []).append((arriving, None, words))
    for room_id, starts, ends, reason in session.execute(
            select(RoomClosure.room_id, RoomClosure.starts_on, RoomClosure.ends_on,
                   RoomClosure.reason).where(
                or_(RoomClosure.ends_on.is_(None), RoomClosure.ends_on > on))
            .order_by(RoomClosure.starts_on)):
        why = closure_reason_words(reason)
        if starts <= on:
            words = (translate("FindARoom", "closed ({reason}) until {end}") if ends else
                     translate("FindARoom", "closed ({reason}) with no reopening date"))
        else:
            words = (translate("FindARoom", "closed ({reason}) from {start} until {end}")
                     if ends else
                     translate("FindARoom", "closed ({reason}) from {start} with no reopening "
                               "date"))
        words = words.format(reason=why, start=fmt_day(starts),
                             end=fmt_day(ends) if ends else "")
        holds.closures.setdefault(room_id, []).append((starts, ends, words))
    return holds


def _busy_reason(room: _Room, house: _House, on: date,
                 holds: _Holds) -> tuple[LeftOutKind, str] | None:
    """The first reason about dates: closed, retired or not open yet; occupied; offered."""
    if room.opened_on > on or house.opened_on > on:
        opens = max(room.opened_on, house.opened_on)
        return LeftOutKind.CLOSED, translate("FindARoom", "Not open yet: it opens on {day}"
                                             ).format(day=fmt_day(opens))
    retired = min((d for d in (room.retired_on, house.retired_on) if d is not None),
                  default=None)
    if retired is not None:
        return LeftOutKind.CLOSED, translate("FindARoom", "Retired from {day}").format(
            day=fmt_day(retired))
    for kind, rows in ((LeftOutKind.CLOSED, holds.closures.get(room.id)),
                       (LeftOutKind.OCCUPIED, holds.stays.get(room.id)),
                       (LeftOutKind.OFFERED, holds.offers.get(room.id))):
        if rows:
            words = rows[0][2]
            return kind, words[0].upper() + words[1:]
    return None


def _family_reason(room: _Room, house: _House, family: Family,
                   areas: dict[str, str]) -> tuple[LeftOutKind, str] | None:
    """The first reason about her family and needs, whatever the dates."""
    problem = places_fit(room.child_places, room.cots, family.children_count, family.ages)
    if problem is not None:
        return LeftOutKind.CHILDREN, translate("FindARoom", "Too few child places or cots: "
                                               "{problem}").format(problem=problem)
    if family.needs_wheelchair and not room.wheelchair_accessible:
        return LeftOutKind.ACCESS, translate("FindARoom", "Not wheelchair accessible")
    if family.needs_ground_floor and not (room.ground_floor or room.wheelchair_accessible):
        return LeftOutKind.ACCESS, translate("FindARoom", "Not on the ground floor")
    if family.nrpf and not house.accepts_nrpf:
        return LeftOutKind.HOUSE, translate("FindARoom", "The house cannot take a woman with "
                                            "no recourse to public funds")
    if family.pets and not house.pets_allowed:
        return LeftOutKind.HOUSE, translate("FindARoom", "The house does not take pets")
    area = areas.get(house.area.strip().casefold())
    if area is not None:
        return LeftOutKind.EXCLUDED_AREA, translate(
            "FindARoom", "In {area}, an area she must not be placed in").format(area=house.area)
    return None


def _nearest(room: _Room, house: _House, on: date, holds: _Holds) -> date | None:
    """The first day within NEAREST_WITHIN days from which nothing holds the room, or None."""
    if room.retired_on is not None or house.retired_on is not None:
        return None
    day = max(on, room.opened_on, house.opened_on)
    for rows in (holds.stays.get(room.id, []), holds.offers.get(room.id, []),
                 holds.closures.get(room.id, [])):
        for _starts, ends, _words in rows:
            if ends is None:
                return None
            day = max(day, ends)
    return day if day <= on + timedelta(days=NEAREST_WITHIN) else None


# --- the family of a referral ------------------------------------------------------------------


def referral_family(session: Session, referral_id: int, *, on: date,
                    boys_ages: Sequence[int] = ()) -> Family:
    """The referral's family and needs, with what her record adds once she has one (a
    returning woman, or after intake): its excluded areas (her abusers' known areas, her
    referrals') and the ages on `on` of the children recorded as boys. `boys_ages` adds boys
    the worker knows of who are not on a record."""
    r = session.get(Referral, referral_id)
    if r is None:
        raise NotFound("referral")
    areas = split_areas(r.excluded_areas)
    boys = [int(a) for a in boys_ages]
    check_boys(r.children_count, boys)
    # Her record is reached through the stays this referral led to, and only an arrival makes
    # one (it also closes the referral): an open referral has none, so no need to look (there
    # is no index on stay.referral_id, and a scan of every stay is most of the time taken).
    residents: list[int | None] = []
    if r.status is ReferralStatus.ARRIVED:
        residents = list(session.scalars(select(Stay.resident_id).where(
            Stay.referral_id == referral_id, Stay.resident_id.is_not(None)).distinct()))
    for resident_id in residents:
        if resident_id is None:
            continue
        areas += excluded_areas(session, resident_id)
        for born in session.scalars(select(Child.date_of_birth).where(
                Child.resident_id == resident_id, Child.sex == ChildSex.BOY,
                Child.date_of_birth.is_not(None))):
            if born is not None:
                boys.append(_age_on(born, on))
    return Family(r.children_count, tuple(parse_ages(r.children_ages)),
                  tuple(sorted(b for b in boys if 0 <= b <= 17)), r.needs_wheelchair,
                  r.needs_ground_floor, r.nrpf, r.pets, r.language, tuple(areas))


def check_boys(children_count: int, boys_ages: Sequence[int]) -> None:
    """The boys' ages a worker gives: each a child's age, no more boys than children."""
    if any(not 0 <= a <= 17 for a in boys_ages):
        raise ValidationError(translate("FindARoom", "A boy's age is between 0 and 17."),
                              field="boys_ages")
    boys = len(boys_ages)
    if boys > children_count:
        raise ValidationError(FindARoom.tr("%n boys' ages are given for {children}. "
                                        "Give the age of each boy among her children.",
                                        None, boys).format(
                                            children=children_words(children_count)),
                              field="boys_ages")


def _age_on(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
