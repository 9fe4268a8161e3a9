"""The occupancy board for one night: every open house with its rooms as tiles (free,
occupied, offered, closed, leaving today), as plain dataclasses for the Houses page.

Four queries whatever the size of the service (rooms, stays, closures, live offers); at 60
houses and 400 rooms with five years of stays that is well under 50 ms (benchmarks/board.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from refugedesk import dates, stay_corrections
from refugedesk.capacity_rules import live_offer
from refugedesk.db.models import (
    ClosureReason,
    DepartureReason,
    House,
    Referral,
    Reservation,
    Room,
    RoomClosure,
    Stay,
)
from refugedesk.db.types import utcnow
from refugedesk.i18n import QT_TRANSLATE_NOOP, month_short, translate
from refugedesk.whereabouts import signed_out_now


class TileState(StrEnum):
    FREE = "free"
    OCCUPIED = "occupied"
    RESERVED = "reserved"
    CLOSED = "closed"
    LEAVING_TODAY = "leaving_today"

    @property
    def label(self) -> str:
        return translate("OccupancyBoard", {
            "free": QT_TRANSLATE_NOOP("OccupancyBoard", "Free"),
            "occupied": QT_TRANSLATE_NOOP("OccupancyBoard", "Occupied"),
            "reserved": QT_TRANSLATE_NOOP("OccupancyBoard", "Offered"),
            "closed": QT_TRANSLATE_NOOP("OccupancyBoard", "Closed"),
            "leaving_today": QT_TRANSLATE_NOOP("OccupancyBoard", "Leaving today"),
        }[self.value])


def initials(name: str) -> str:
    """"Jo Bloggs" -> "J.B."; something already short (initials) is kept as written."""
    words = name.replace(".", " ").split()
    if len(words) <= 1:
        return name.strip()[:4]
    return "".join(w[0].upper() + "." for w in words[:3])


@dataclass(frozen=True)
class Tile:
    """One room on the board for one night. `name` is her full name, for hover/selection only."""

    room_id: int
    room: str
    state: TileState
    child_places: int
    cots: int
    wheelchair_accessible: bool
    self_contained: bool
    household_ref: str = ""
    initials: str = ""
    name: str = ""
    children: int = 0
    nights_so_far: int = 0
    #: The closure reason, or the date an offer is held until, in words.
    note: str = ""
    stay_id: int | None = None
    reservation_id: int | None = None
    closure_id: int | None = None
    #: Tonight's board only: "out" (signed out, not yet due back) or "not back" (overdue).
    away: str = ""

    @property
    def is_free(self) -> bool:
        return self.state in (TileState.FREE, TileState.LEAVING_TODAY)


@dataclass(frozen=True)
class HouseBoard:
    id: int
    name: str
    area: str
    tiles: list[Tile] = field(default_factory=list)

    @property
    def free_rooms(self) -> int:
        return sum(1 for t in self.tiles if t.is_free)

    @property
    def free_child_places(self) -> int:
        return sum(t.child_places + t.cots for t in self.tiles if t.is_free)


@dataclass(frozen=True)
class Board:
    on: date
    houses: list[HouseBoard]

    @property
    def free_rooms(self) -> int:
        return sum(h.free_rooms for h in self.houses)

    @property
    def free_child_places(self) -> int:
        return sum(h.free_child_places for h in self.houses)


def board(session: Session, *, on: date) -> Board:
    """Every house open on `on` with its rooms as tiles for that night. Four queries, whatever
    the size of the service. A room whose household leaves that day and that nobody else holds
    is "leaving today" (and counts as free for the night)."""
    dates.check_dates(on=on)
    now = utcnow()
    rooms = session.execute(
        select(House.id, House.name, House.area, Room.id, Room.name, Room.child_places,
               Room.cots, Room.wheelchair_accessible, Room.self_contained)
        .join(Room, Room.house_id == House.id)
        .where(Room.opened_on <= on, or_(Room.retired_on.is_(None), Room.retired_on > on),
               House.opened_on <= on, or_(House.retired_on.is_(None), House.retired_on > on))
        .order_by(House.name, House.id, Room.name)).all()
    stays = session.execute(
        select(Stay.id, Stay.room_id, Stay.household_ref, Stay.name, Stay.children_count,
               Stay.first_arrived_on, Stay.arrived_on, Stay.left_on, Stay.departure_reason)
        .where(Stay.arrived_on <= on, or_(Stay.left_on.is_(None), Stay.left_on >= on),
               stay_corrections.counts())).all()
    closures = session.execute(
        select(RoomClosure.id, RoomClosure.room_id, RoomClosure.reason, RoomClosure.ends_on)
        .where(RoomClosure.starts_on <= on,
               or_(RoomClosure.ends_on.is_(None), RoomClosure.ends_on > on))).all()
    offers = session.execute(
        select(Reservation.id, Reservation.room_id, Reservation.held_until, Referral.name,
               Referral.children_count)
        .join(Referral, Referral.id == Reservation.referral_id)
        .where(live_offer(now),
               and_(Reservation.arriving_on <= on, Reservation.leaving_on > on))).all()

    # Sign-outs are about now, so only tonight's board shows who is out or not back.
    away = signed_out_now(session) if on == date.today() else {}

    staying = {}
    leaving = {}
    for stay in stays:
        if stay.left_on is None or stay.left_on > on:
            staying[stay.room_id] = stay
        elif (stay.left_on > stay.arrived_on
              and stay.departure_reason != DepartureReason.MOVED_ROOM):
            leaving[stay.room_id] = stay
    closed = {c.room_id: c for c in closures}
    offered = {o.room_id: o for o in offers}

    houses: dict[int, HouseBoard] = {}
    for house_id, house, area, room_id, room, child_places, cots, access, self_cont in rooms:
        hb = houses.get(house_id)
        if hb is None:
            hb = houses[house_id] = HouseBoard(house_id, house, area)
        base: dict[str, Any] = dict(room_id=room_id, room=room, child_places=child_places, cots=cots,
                    wheelchair_accessible=access, self_contained=self_cont)
        if (c := closed.get(room_id)) is not None:
            reason = ClosureReason(c.reason).label
            note = (translate("OccupancyBoard", "{reason} · back {day}").format(
                        reason=reason, day=f"{c.ends_on:%d} {month_short(c.ends_on)}")
                    if c.ends_on else
                    translate("OccupancyBoard", "{reason} · no date to reopen").format(
                        reason=reason))
            tile = Tile(state=TileState.CLOSED, closure_id=c.id, note=note, **base)
        elif (s := staying.get(room_id)) is not None:
            expected = away.get(s.id)
            status, note = "", ""
            if expected is not None:
                back = expected.astimezone()
                status = "not back" if expected < now else "out"
                note = (translate("OccupancyBoard", "Not back: expected {time}")
                        if status == "not back" else
                        translate("OccupancyBoard", "Out: back by {time}")).format(
                            time=f"{back:%H:%M}")
            tile = Tile(state=TileState.OCCUPIED, household_ref=s.household_ref,
                        initials=initials(s.name), name=s.name, children=s.children_count,
                        nights_so_far=(on - s.first_arrived_on).days, stay_id=s.id,
                        away=status, note=note, **base)
        elif (o := offered.get(room_id)) is not None:
            held = o.held_until.astimezone()
            tile = Tile(state=TileState.RESERVED, initials=initials(o.name), name=o.name,
                        children=o.children_count, reservation_id=o.id,
                        note=translate("OccupancyBoard", "Held until {when}").format(
                            when=f"{held:%d} {month_short(held)} {held:%H:%M}"), **base)
        elif (s := leaving.get(room_id)) is not None:
            tile = Tile(state=TileState.LEAVING_TODAY, household_ref=s.household_ref,
                        initials=initials(s.name), name=s.name, children=s.children_count,
                        nights_so_far=(on - s.first_arrived_on).days, stay_id=s.id, **base)
        else:
            tile = Tile(state=TileState.FREE, **base)
        hb.tiles.append(tile)
    for hb in houses.values():
        hb.tiles.sort(key=lambda t: _natural(t.room))
    return Board(on, list(houses.values()))


def _natural(name: str) -> list[object]:
    """"Room 2" before "Room 10"."""
    return [int(part) if part.isdigit() else part.casefold()
            for part in re.split(r"(\d+)", name)]
