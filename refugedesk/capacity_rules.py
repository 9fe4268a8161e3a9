"""The placement rules, shared by houses.py, capacity.py and residents.py (her excluded areas). Every check runs inside the
caller's write transaction (BEGIN IMMEDIATE), so what it finds cannot change before the commit.

Intervals are nights [start, end); `end=None` means open-ended (a stay with no departure yet, a
closure with no reopening date). An empty interval (start == end) holds no nights and clashes
with nothing: a stay that arrives and leaves on the same day takes no room-night. A live offer
holds its room from the day she is due with no end, as the stay it becomes will (offer_holds).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.orm import Session

from refugedesk import audit
from refugedesk.db.models import (
    Abuser,
    ClosureReason,
    House,
    Referral,
    ReferralStatus,
    Reservation,
    ReservationState,
    Room,
    RoomClosure,
    Stay,
)
from refugedesk.db.types import utcnow
from refugedesk.errors import (
    DatesOutOfOrder,
    NotEnoughPlaces,
    NotFound,
    RoomClosed,
    RoomNotFree,
    ValidationError,
)
from refugedesk.i18n import Counted, month_short, translate

# This module's words with a count (refugedesk.i18n.Counted: lupdate reads the name).
CapacityRules = Counted("CapacityRules")

#: Children under this age (years) can sleep in a cot instead of taking a child place.
COT_AGE = 2


def fmt_day(day: date) -> str:
    """"2 Dec 2026" / "2 Rhag 2026"."""
    return f"{day.day} {month_short(day)} {day.year}"


def room_label(room: Room) -> str:
    return translate("CapacityRules", "{room} at {house}").format(room=room.name,
                                                                  house=room.house.name)


def closure_reason_words(reason: str) -> str:
    """A closure's reason as it reads inside a sentence: "deep clean", "held for safety"."""
    label = ClosureReason(reason).label
    return label[:1].lower() + label[1:]


# --- counts in words (each with its own plural forms; English has two) -------------------------


def children_words(count: int) -> str:
    """"1 child", "3 children"."""
    if count == 1:
        return CapacityRules.tr("%n child", None, count)
    return CapacityRules.tr("%n children", None, count)


def child_places_words(count: int) -> str:
    """"1 child place", "0 child places"."""
    if count == 1:
        return CapacityRules.tr("%n child place", None, count)
    return CapacityRules.tr("%n child places", None, count)


def cots_words(count: int) -> str:
    """"1 cot", "2 cots"."""
    if count == 1:
        return CapacityRules.tr("%n cot", None, count)
    return CapacityRules.tr("%n cots", None, count)


def load_room(session: Session, room_id: int) -> Room:
    room = session.get(Room, room_id)
    if room is None:
        raise NotFound("room")
    return room


# --- ages --------------------------------------------------------------------------------------


def parse_ages(ages: str | Iterable[int]) -> list[int]:
    """Children's ages in years, from a list or from text like "0, 4, 7"."""
    if isinstance(ages, str):
        parts = [p for p in ages.replace(";", ",").replace(" ", ",").split(",") if p]
        try:
            values = [int(p) for p in parts]
        except ValueError:
            raise ValidationError(translate("CapacityRules", "Write the children's ages as "
                                            "whole years, separated by commas (for example 0, "
                                            "4, 7)."), field="children_ages") from None
    else:
        values = [int(a) for a in ages]
    if any(not 0 <= a <= 17 for a in values):
        raise ValidationError(translate("CapacityRules", "A child's age is between 0 and 17."),
                              field="children_ages")
    return values


def ages_text(ages: Sequence[int]) -> str:
    return ",".join(str(a) for a in ages)


def check_family(children_count: int, ages: Sequence[int]) -> None:
    if children_count < 0:
        raise ValidationError(translate("CapacityRules",
                                        "The number of children cannot be negative."),
                              field="children_count")
    given = len(ages)
    if ages and given != children_count:
        # The count goes in as a plain name: lupdate reads no call there (len(...)).
        raise ValidationError(
            (CapacityRules.tr("%n age is given for {children}. Give one age for each "
                       "child, or leave the ages empty if you do not know them yet.",
                       None, given) if given == 1 else
             CapacityRules.tr("%n ages are given for {children}. Give one age for "
                       "each child, or leave the ages empty if you do not know them yet.",
                       None, given)).format(children=children_words(children_count)),
            field="children_ages")


def children_fit(room: Room, children_count: int, ages: Sequence[int]) -> str | None:
    """Why the room cannot take these children, or None if it can. A baby under COT_AGE may use
    a cot or a child place; an older child needs a child place."""
    return places_fit(room.child_places, room.cots, children_count, ages)


def places_fit(child_places: int, cots: int, children_count: int,
               ages: Sequence[int]) -> str | None:
    """children_fit for a room's places and cots as plain numbers (find-a-room reads them
    without loading each room)."""
    older = sum(1 for a in ages if a >= COT_AGE) if ages else 0
    if children_count > child_places + cots:
        return translate("CapacityRules", "it has {places} and {cots}, and this family has "
                         "{children}.").format(places=child_places_words(child_places),
                                               cots=cots_words(cots),
                                               children=children_words(children_count))
    if older > child_places:
        if children_count == 1:
            text = translate("CapacityRules", "it has {places} and her child is {age} or older "
                             "(too old for a cot).")
        elif older == 1:
            text = CapacityRules.tr("it has {places} and %n of the children is {age} "
                             "or older (too old for a cot).", None, older)
        else:
            text = CapacityRules.tr("it has {places} and %n of the children are "
                             "{age} or older (too old for a cot).", None, older)
        return text.format(places=child_places_words(child_places), age=COT_AGE)
    return None


def check_children(room: Room, children_count: int, ages: str | Sequence[int]) -> None:
    values = parse_ages(ages) if isinstance(ages, str) else list(ages)
    problem = children_fit(room, children_count, values)
    if problem:
        raise NotEnoughPlaces(room_label(room), problem)


# --- overlaps ----------------------------------------------------------------------------------


def _overlaps(col_start: Any, col_end: Any, start: date,
              end: date | None) -> ColumnElement[bool]:
    """SQL: the row's nights [col_start, col_end) share a night with [start, end)."""
    cond = and_(or_(col_end.is_(None), col_end > start),
                or_(col_end.is_(None), col_end > col_start))
    if end is not None:
        cond = and_(cond, col_start < end)
    return cond


def live_offer(now: datetime | None = None) -> ColumnElement[bool]:
    """SQL: an offer that still holds its room. A held offer past its time has lapsed even
    before anything marks it so."""
    return and_(Reservation.state == ReservationState.HELD,
                Reservation.held_until > (now or utcnow()))


def overlapping_closures(session: Session, room_id: int, start: date,
                         end: date | None) -> list[RoomClosure]:
    if end is not None and end <= start:
        return []
    return list(session.scalars(
        select(RoomClosure).where(RoomClosure.room_id == room_id,
                                  _overlaps(RoomClosure.starts_on, RoomClosure.ends_on,
                                            start, end))
        .order_by(RoomClosure.starts_on)))


def overlapping_stays(session: Session, room_id: int, start: date, end: date | None,
                      *, ignore: int | None = None) -> list[Stay]:
    if end is not None and end <= start:
        return []
    query = select(Stay).where(Stay.room_id == room_id,
                               _overlaps(Stay.arrived_on, Stay.left_on, start, end))
    if ignore is not None:
        query = query.where(Stay.id != ignore)
    return list(session.scalars(query.order_by(Stay.arrived_on)))


def offer_holds(start: date, end: date | None) -> ColumnElement[bool]:
    """SQL: a live offer holds one of the nights [start, end).

    An offer holds its room from the day she is due to arrive with no end, whatever its number
    of nights: it becomes a stay with no leaving date, and an arrival is checked for every
    night from its day on. Held only for its nights, a room offered for two nights was offered
    again from the third night (or found free for a short stay before it), and the arrival
    that followed was refused (issue 13: "it is offered (referral 220)")."""
    cond = live_offer()
    if end is not None:
        cond = and_(cond, Reservation.arriving_on < end)
    return cond


def overlapping_offers(session: Session, room_id: int, start: date, end: date | None,
                       *, ignore: int | None = None) -> list[Reservation]:
    if end is not None and end <= start:
        return []
    query = select(Reservation).where(Reservation.room_id == room_id, offer_holds(start, end))
    if ignore is not None:
        query = query.where(Reservation.id != ignore)
    return list(session.scalars(query.order_by(Reservation.arriving_on)))


def current_stays(session: Session, room_id: int) -> list[Stay]:
    return overlapping_stays(session, room_id, date.today(), None)


def _stay_clash(stay: Stay) -> str:
    if stay.left_on:
        return translate("CapacityRules", "household {ref} is there from {start} until "
                         "{end}").format(ref=stay.household_ref, start=fmt_day(stay.arrived_on),
                                         end=fmt_day(stay.left_on))
    return translate("CapacityRules", "household {ref} is there from {start} with no leaving "
                     "date").format(ref=stay.household_ref, start=fmt_day(stay.arrived_on))


def fmt_instant(at: datetime) -> str:
    """An instant in local time, as a worker says it: "2 Dec 2026 18:00"."""
    local = at.astimezone()
    return f"{fmt_day(local.date())} {local:%H:%M}"


def _offer_clash(offer: Reservation) -> str:
    return translate("CapacityRules", "it is offered (referral {referral}) from {day}, held "
                     "until {held}").format(referral=offer.referral_id,
                                            day=fmt_day(offer.arriving_on),
                                            held=fmt_instant(offer.held_until))


def check_no_stays_or_offers(session: Session, room: Room, start: date, end: date | None, *,
                             ignore_stay: int | None = None,
                             ignore_offer: int | None = None) -> None:
    """RoomNotFree, naming the first clash, if a stay or a live offer holds any of the nights."""
    stays = overlapping_stays(session, room.id, start, end, ignore=ignore_stay)
    if stays:
        raise RoomNotFree(room_label(room), _stay_clash(stays[0]))
    offers = overlapping_offers(session, room.id, start, end, ignore=ignore_offer)
    if offers:
        raise RoomNotFree(room_label(room), _offer_clash(offers[0]))


def check_open(session: Session, room: Room, start: date, end: date | None) -> None:
    """RoomClosed if the room (or its house) is retired, not yet open, or closed for any of the
    nights."""
    if room.opened_on > start:
        raise RoomClosed(room_label(room), translate("CapacityRules", "it only opens on {day}")
                         .format(day=fmt_day(room.opened_on)))
    for retired in (room.retired_on, room.house.retired_on):
        if retired is not None and (end is None or retired < end):
            raise RoomClosed(room_label(room), translate("CapacityRules", "it was retired on "
                                                         "{day}").format(day=fmt_day(retired)))
    closures = overlapping_closures(session, room.id, start, end)
    if closures:
        c = closures[0]
        if c.ends_on:
            why = translate("CapacityRules", "{reason}, from {start} until {end}").format(
                reason=closure_reason_words(c.reason), start=fmt_day(c.starts_on),
                end=fmt_day(c.ends_on))
        else:
            why = translate("CapacityRules", "{reason}, from {start} with no reopening date"
                            ).format(reason=closure_reason_words(c.reason),
                                     start=fmt_day(c.starts_on))
        raise RoomClosed(room_label(room), why)


def check_bookable(session: Session, room: Room, start: date, end: date | None, *,
                   ignore_stay: int | None = None, ignore_offer: int | None = None) -> None:
    """Every rule about the room for the nights [start, end), in the order a worker would
    want to hear them."""
    if end is not None and end < start:
        raise DatesOutOfOrder(translate("CapacityRules", "The leaving date is before the "
                                        "arriving date."), field="leaving")
    check_open(session, room, start, end)
    check_no_stays_or_offers(session, room, start, end, ignore_stay=ignore_stay,
                             ignore_offer=ignore_offer)


def check_placeable(session: Session, room: Room, arriving: date, *,
                    ignore_offer: int | None = None) -> None:
    """The rules for placing a family in the room from `arriving`: every night from that day
    on, since she arrives into a stay with no leaving date. An offer is checked with exactly
    the rule its arrival will meet, so a room it holds can always be arrived into."""
    check_bookable(session, room, arriving, None, ignore_offer=ignore_offer)


def hold_problem(arriving: date, held_until: datetime) -> str | None:
    """Why an offer held until `held_until` would stop holding the room before she arrives on
    `arriving` (in words), or None. A hold until any time on her arrival day is enough."""
    held_day = held_until.astimezone().date()
    if held_day >= arriving:
        return None
    return translate("CapacityRules", "The room would stop being held on {held}, before she "
                     "arrives on {arriving}. Hold it until at least her arrival day.").format(
                         held=_short_day(held_day, arriving),
                         arriving=_short_day(arriving, held_day))


def _short_day(day: date, other: date) -> str:
    """"1 Dec", with the year only when the two dates are in different years."""
    return f"{day.day} {month_short(day)}" + (f" {day.year}" if day.year != other.year else "")


def excluded(areas: Iterable[str], house: House) -> bool:
    wanted = house.area.strip().casefold()
    return any(a.strip().casefold() == wanted for a in areas if a.strip())


def split_areas(text: str) -> list[str]:
    return [a.strip() for a in text.replace(";", "\n").replace(",", "\n").splitlines()
            if a.strip()]


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


# --- offers lapse by themselves ----------------------------------------------------------------


def lapse_offers(session: Session) -> int:
    """Mark offers whose hold has run out as lapsed (they already block nothing) and put their
    referrals back to assessing. Runs at the start of every placement write."""
    now = utcnow()
    lapsed = session.execute(
        select(Reservation.id, Reservation.referral_id).where(
            Reservation.state == ReservationState.HELD, Reservation.held_until <= now)
    ).all()
    if not lapsed:
        return 0
    ids = [r.id for r in lapsed]
    session.execute(update(Reservation).where(Reservation.id.in_(ids))
                    .values(state=ReservationState.LAPSED, updated_at=now))
    for offer_id, referral_id in lapsed:
        still_held = session.scalar(select(Reservation.id).where(
            Reservation.referral_id == referral_id, live_offer(now)))
        if still_held is None:
            session.execute(update(Referral).where(
                Referral.id == referral_id,
                Referral.status == ReferralStatus.ROOM_OFFERED)
                .values(status=ReferralStatus.ASSESSING, updated_at=now))
        audit.record(session, None, "offer_lapsed", record_type="reservation",
                     record_id=offer_id, actor="system")
    return len(ids)


def local_day_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """The UTC instants from the start of local date `start` to the start of the day after
    `end`: instants are stored in UTC, but a day in a report is a local day."""
    from datetime import UTC, time, timedelta

    lo = datetime.combine(start, time()).astimezone().astimezone(UTC)
    hi = datetime.combine(end + timedelta(days=1), time()).astimezone().astimezone(UTC)
    return lo, hi
