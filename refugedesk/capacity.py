"""Placements: find a room, offer it, arrive, move, depart (the board is occupancy_board.py).

Each action is one `vault.transaction()` (BEGIN IMMEDIATE): the rules are checked and the change
written under one write lock, so two copies of RefugeDesk on the same vault cannot both place a
family in the same room. The rules themselves are in capacity_rules.py.

Nights: a stay holds its room for the nights [arrived_on, left_on); an offer for
[arriving_on, leaving_on) until `held_until`, after which it lapses by itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from refugedesk import audit, dates, household_refs
from refugedesk.capacity_rules import (
    ages_text,
    check_bookable,
    check_children,
    check_family,
    check_placeable,
    excluded,
    excluded_areas,
    hold_problem,
    lapse_offers,
    load_room,
    parse_ages,
    split_areas,
)
from refugedesk.db.models import (
    DepartureReason,
    Referral,
    ReferralStatus,
    Reservation,
    ReservationState,
    Resident,
    Stay,
)
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Person, Vault
from refugedesk.errors import (
    BoysAgeRule,
    DatesOutOfOrder,
    ExcludedArea,
    HoldEndsBeforeArrival,
    NotFound,
    OfferLapsed,
    ValidationError,
)
from refugedesk.i18n import translate

# The board lives in its own module; `capacity.board(session, on=)` stays the entry point.
# (`X as X`: re-exported on purpose, for the type checker too.)
from refugedesk.occupancy_board import Board as Board
from refugedesk.occupancy_board import HouseBoard as HouseBoard
from refugedesk.occupancy_board import Tile as Tile
from refugedesk.occupancy_board import TileState as TileState
from refugedesk.occupancy_board import board as board
from refugedesk.occupancy_board import initials as initials
from refugedesk.room_search import Family, check_boys, referral_family, search
from refugedesk.room_search import LeftOut as LeftOut
from refugedesk.room_search import LeftOutKind as LeftOutKind
from refugedesk.room_search import RoomFit as RoomFit
from refugedesk.room_search import RoomSearch as RoomSearch
from refugedesk.service_rules import service_rules

# --- find a room -------------------------------------------------------------------------------
# The search itself is room_search.py; these are its doors (RoomFit, RoomSearch, LeftOut are
# re-exported on purpose).


def search_rooms(session: Session, *, on: date, nights: int, children_count: int = 0,
                 children_ages: str | Sequence[int] = (), needs_wheelchair: bool = False,
                 needs_ground_floor: bool = False, nrpf: bool = False, pets: bool = False,
                 language: str = "", excluded_areas: str | Sequence[str] = (),
                 boys_ages: Sequence[int] = ()) -> RoomSearch:
    """Find a room that explains itself: the rooms that fit this family from `on` (best first:
    a house that speaks her language, then no accessible room used up by someone who does not
    need it, then the fewest empty places), and every other open room with the first reason
    it was left out and the nearest arrival date that would fit."""
    areas = split_areas(excluded_areas) if isinstance(excluded_areas, str) else [
        a for a in excluded_areas if a.strip()]
    check_boys(children_count, boys_ages)
    family = Family(children_count, tuple(parse_ages(children_ages)),
                    tuple(int(a) for a in boys_ages), needs_wheelchair, needs_ground_floor,
                    nrpf, pets, language, tuple(areas))
    return search(session, on=on, nights=nights, family=family)


def find_rooms(session: Session, *, on: date, nights: int, children_count: int = 0,
               children_ages: str | Sequence[int] = (), needs_wheelchair: bool = False,
               needs_ground_floor: bool = False, nrpf: bool = False, pets: bool = False,
               language: str = "", excluded_areas: str | Sequence[str] = ()) -> list[RoomFit]:
    """The rooms that fit (search_rooms without the rooms left out). A room fits from `on`
    only if nothing holds it from that night on: she arrives into a stay with no leaving date,
    and the offer and the arrival are checked the same way (capacity_rules.check_placeable)."""
    return search_rooms(session, on=on, nights=nights, children_count=children_count,
                        children_ages=children_ages, needs_wheelchair=needs_wheelchair,
                        needs_ground_floor=needs_ground_floor, nrpf=nrpf, pets=pets,
                        language=language, excluded_areas=excluded_areas).fits


def search_for_referral(session: Session, referral_id: int, *, on: date, nights: int,
                        boys_ages: Sequence[int] = ()) -> RoomSearch:
    """search_rooms with the referral's family, needs and excluded areas, and what her record
    adds once she has one (its excluded areas; the children recorded as boys, for the
    service's rule on boys' ages)."""
    dates.check_dates(on=on)
    family = referral_family(session, referral_id, on=on, boys_ages=boys_ages)
    return search(session, on=on, nights=nights, family=family)


def rooms_for_referral(session: Session, referral_id: int, *, on: date,
                       nights: int) -> list[RoomFit]:
    """The rooms that fit the referral (search_for_referral without the rooms left out)."""
    return search_for_referral(session, referral_id, on=on, nights=nights).fits


# --- offer, arrive, move, depart ---------------------------------------------------------------


def offer(vault: Vault, *, referral_id: int, room_id: int, arriving: date, nights: int,
          held_until: datetime, boys_ages: Sequence[int] = ()) -> int:
    """Hold a room for a referral from `arriving` (expected for `nights` nights) until
    `held_until` (an aware instant, no earlier than her arrival day). The room must be free
    from `arriving` on, as her arrival will need it. `boys_ages`: the boys among her children,
    as Find a room was told them, for the service's rule on boys' ages (her record's boys
    count too). Returns the offer's id."""
    dates.check_dates(arriving=arriving, held_until=held_until)
    dates.check_nights(nights)
    if nights < 1:
        raise DatesOutOfOrder(translate("Capacity", "An offer is for at least one night."),
                              field="nights")
    if held_until.tzinfo is None:
        raise ValueError("held_until must be timezone-aware")
    if held_until <= utcnow():
        raise ValidationError(translate("Capacity", "The time the room is held until has "
                                        "already passed."), field="held_until")
    hold = hold_problem(arriving, held_until)
    if hold is not None:
        raise HoldEndsBeforeArrival(hold)
    leaving = arriving + timedelta(days=nights)
    with vault.transaction() as session:
        lapse_offers(session)
        referral = session.get(Referral, referral_id)
        if referral is None:
            raise NotFound("referral")
        if not referral.status.is_open:
            raise ValidationError(translate("Capacity", "This referral is closed; it cannot "
                                            "be offered a room."), field="referral")
        room = load_room(session, room_id)
        family = referral_family(session, referral.id, on=arriving, boys_ages=boys_ages)
        if excluded(family.excluded_areas, room.house):
            raise ExcludedArea(room.house.name, room.house.area)
        check_children(room, referral.children_count, referral.children_ages)
        rules = service_rules(session)
        refused = [a for a in family.boys_ages if rules.boy_refused(a)]
        if refused:
            raise BoysAgeRule(translate("Capacity", "The service cannot house boys aged {limit} "
                                        "or older, and one of her boys is {age} on the day she "
                                        "would arrive.").format(limit=rules.boys_age_limit,
                                                                age=max(refused)))
        # Every night from her arrival on: exactly what the arrival will be checked for.
        check_placeable(session, room, arriving)
        reservation = Reservation(room_id=room.id, referral_id=referral.id,
                                  arriving_on=arriving, leaving_on=leaving,
                                  held_until=held_until.astimezone(UTC),
                                  state=ReservationState.HELD,
                                  created_by_id=vault.person.id, updated_by_id=vault.person.id)
        session.add(reservation)
        referral.status = ReferralStatus.ROOM_OFFERED
        referral.updated_by_id = vault.person.id
        session.flush()
        audit.record(session, vault.person, "offer_made", record_type="reservation",
                     record_id=reservation.id,
                     detail=f"referral={referral.id} room={room.id} "
                            f"from={arriving.isoformat()} nights={nights}")
        return reservation.id


def cancel_offer(vault: Vault, reservation_id: int) -> None:
    """Withdraw an offer; the referral goes back to assessing."""
    with vault.transaction() as session:
        lapse_offers(session)
        reservation = session.get(Reservation, reservation_id)
        if reservation is None:
            raise NotFound("offer")
        if reservation.state != ReservationState.HELD:
            return
        reservation.state = ReservationState.CANCELLED
        reservation.updated_by_id = vault.person.id
        referral = session.get_one(Referral, reservation.referral_id)
        if referral.status == ReferralStatus.ROOM_OFFERED:
            referral.status = ReferralStatus.ASSESSING
        audit.record(session, vault.person, "offer_cancelled", record_type="reservation",
                     record_id=reservation_id)


def arrive(vault: Vault, *, on: date, name: str, household_ref: str | None = None,
           children_count: int = 0, children_ages: str | Sequence[int] = (),
           reservation_id: int | None = None, room_id: int | None = None,
           referral_id: int | None = None, resident_id: int | None = None) -> int:
    """She has arrived: a stay from `on` with no leaving date. With `reservation_id` the offer
    becomes the stay (it must still be held); otherwise give `room_id` (an emergency placement).

    `household_ref` empty or None: RefugeDesk issues the next one (household_refs.py); a typed
    one is refused if another household has it. `resident_id`: she is already on file (she has
    stayed before), so the stay goes on her record at once and she may keep her own earlier
    reference. Returns the stay's id."""
    dates.check_dates(on=on)
    typed_ref = (household_ref or "").strip()
    name = name.strip()
    if not name:
        raise ValidationError(translate("Capacity", "Enter her name."), field="name")
    if len(name) > 120:
        raise ValidationError(translate("Capacity", "Her name is at most 120 characters."),
                              field="name")
    ages = parse_ages(children_ages)
    check_family(children_count, ages)
    with vault.transaction() as session:
        lapse_offers(session)
        reservation = None
        if reservation_id is not None:
            reservation = session.get(Reservation, reservation_id)
            if reservation is None:
                raise NotFound("offer")
            if reservation.state != ReservationState.HELD:
                raise OfferLapsed()
            if room_id is not None and room_id != reservation.room_id:
                raise ValidationError(translate("Capacity", "That offer is for another room."),
                                      field="room")
            room_id = reservation.room_id
            referral_id = reservation.referral_id
        if room_id is None:
            raise ValidationError(translate("Capacity", "Choose a room."), field="room")
        room = load_room(session, room_id)
        if resident_id is not None:
            _check_returning(session, resident_id, on)
        check_children(room, children_count, ages)
        check_bookable(session, room, on, None,
                       ignore_offer=reservation.id if reservation else None)
        if typed_ref:
            ref = household_refs.check_for_household(session, typed_ref,
                                                      resident_id=resident_id)
            household_refs.take(session, ref)
        else:
            ref = household_refs.next_household_ref(session)
        stay = Stay(room_id=room.id, referral_id=referral_id,
                    reservation_id=reservation.id if reservation else None,
                    household_ref=ref, name=name, children_count=children_count,
                    children_ages=ages_text(ages), arrived_on=on, first_arrived_on=on,
                    created_by_id=vault.person.id, updated_by_id=vault.person.id)
        session.add(stay)
        if reservation is not None:
            reservation.state = ReservationState.CONVERTED
            reservation.updated_by_id = vault.person.id
        if referral_id is not None:
            referral = session.get(Referral, referral_id)
            if referral is None:
                raise NotFound("referral")
            referral.status = ReferralStatus.ARRIVED
            referral.closed_at = utcnow()
            referral.updated_by_id = vault.person.id
        session.flush()
        audit.record(session, vault.person, "stay_arrived", record_type="stay",
                     record_id=stay.id, detail=f"room={room.id} on={on.isoformat()}"
                     + (" issued_ref" if not typed_ref else ""))
        if resident_id is not None:
            stay.resident_id = resident_id
            audit.record(session, vault.person, "stay_linked", record_type="resident",
                         record_id=resident_id, detail=f"stays={stay.id} returning")
        return stay.id


def _check_returning(session: Session, resident_id: int, on: date) -> None:
    """A woman already on file may arrive again, but not while a stay of hers is still open
    on that night (that is a move, or a stay to put right first)."""
    if session.get(Resident, resident_id) is None:
        raise NotFound("resident")
    open_stay = session.scalar(select(Stay.id).where(
        Stay.resident_id == resident_id, Stay.arrived_on <= on,
        or_(Stay.left_on.is_(None), Stay.left_on > on)).limit(1))
    if open_stay is not None:
        raise ValidationError(translate("Capacity", "She is still in refuge on that date, on "
                                        "her record. Use Move to change her room, or record "
                                        "her departure first."), field="resident")


def household_ref_suggestion(session: Session) -> str:
    """The household reference the next arrival would be given (for the Arrival form)."""
    return household_refs.suggested_ref(session)


def _load_stay(session: Session, stay_id: int) -> Stay:
    stay = session.get(Stay, stay_id)
    if stay is None:
        raise NotFound("stay")
    return stay


def _stay_excluded_areas(session: Session, stay: Stay) -> list[str]:
    """Where she must not be placed: her record's (her abusers' known areas, and her
    referrals'), or, before she has a record, the referral that brought her."""
    if stay.resident_id is not None:
        return excluded_areas(session, stay.resident_id)
    referral = session.get(Referral, stay.referral_id) if stay.referral_id else None
    return split_areas(referral.excluded_areas) if referral else []


def move(vault: Vault, *, stay_id: int, to_room_id: int, on: date) -> int:
    """Move a household to another room from the night of `on`. The old stay ends that day
    (reason moved_room) and a new one begins, keeping her first arrival date (and her record).
    A house in one of her excluded areas is refused. Returns the new stay's id."""
    dates.check_dates(on=on)
    with vault.transaction() as session:
        lapse_offers(session)
        stay = _load_stay(session, stay_id)
        if stay.room_id == to_room_id:
            raise ValidationError(translate("Capacity", "She is already in that room."),
                                  field="room")
        if on < stay.arrived_on:
            raise DatesOutOfOrder(translate("Capacity", "The move is before she arrived in "
                                            "this room."), field="on")
        if stay.left_on is not None and on >= stay.left_on:
            raise ValidationError(translate("Capacity", "She has left this room by then."),
                                  field="on")
        room = load_room(session, to_room_id)
        if excluded(_stay_excluded_areas(session, stay), room.house):
            raise ExcludedArea(room.house.name, room.house.area)
        check_children(room, stay.children_count, stay.children_ages)
        check_bookable(session, room, on, stay.left_on)
        new = Stay(room_id=room.id, referral_id=stay.referral_id, moved_from_id=stay.id,
                   resident_id=stay.resident_id,
                   household_ref=stay.household_ref, name=stay.name,
                   children_count=stay.children_count, children_ages=stay.children_ages,
                   arrived_on=on, first_arrived_on=stay.first_arrived_on,
                   left_on=stay.left_on, departure_reason=stay.departure_reason,
                   created_by_id=vault.person.id, updated_by_id=vault.person.id)
        stay.left_on = on
        stay.departure_reason = DepartureReason.MOVED_ROOM
        stay.updated_by_id = vault.person.id
        session.add(new)
        session.flush()
        audit.record(session, vault.person, "stay_moved", record_type="stay", record_id=new.id,
                     detail=f"from_stay={stay.id} room={room.id} on={on.isoformat()}")
        return new.id


def depart(vault: Vault, *, stay_id: int, on: date, reason: DepartureReason) -> None:
    """She leaves (or is due to leave) on `on`: her last night is the night before. A departure
    date can be corrected; moving it later needs the room to be free for the extra nights."""
    dates.check_dates(on=on)
    with vault.transaction() as session:
        depart_in(session, vault.person, stay_id=stay_id, on=on, reason=reason)


def depart_in(session: Session, person: Person, *, stay_id: int, on: date,
              reason: DepartureReason) -> Stay:
    """`depart` inside the caller's transaction (move-on records more in the same one)."""
    reason = DepartureReason(reason)
    if reason is DepartureReason.MOVED_ROOM:
        raise ValidationError(translate("Capacity", "Use Move to move her to another room."),
                              field="reason")
    if reason is DepartureReason.RECORDED_IN_ERROR:  # stay_corrections.record_in_error
        raise ValidationError(translate("Capacity", "Use Correct this arrival to record a "
                                        "stay in error."), field="reason")
    lapse_offers(session)
    stay = _load_stay(session, stay_id)
    if stay.departure_reason == DepartureReason.MOVED_ROOM:
        raise ValidationError(translate("Capacity", "She moved out of this room; record the "
                                        "departure on her current room."), field="on")
    if stay.departure_reason == DepartureReason.RECORDED_IN_ERROR:
        raise ValidationError(translate("Capacity", "This stay was recorded in error, so she "
                                        "has no departure from it."), field="on")
    if on < stay.arrived_on:
        raise DatesOutOfOrder(translate("Capacity", "The leaving date is before she arrived."),
                              field="on")
    if stay.left_on is not None and on > stay.left_on:
        room = load_room(session, stay.room_id)
        check_bookable(session, room, stay.left_on, on, ignore_stay=stay.id)
    stay.left_on = on
    stay.departure_reason = reason
    stay.updated_by_id = person.id
    audit.record(session, person, "stay_departed", record_type="stay",
                 record_id=stay.id, detail=f"on={on.isoformat()} reason={reason}")
    return stay
