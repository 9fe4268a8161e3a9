"""The occupancy figures for a period, counted once and shared by the spreadsheet (and any
future PDF or screen report).

The period is the nights of `start` to `end` inclusive. A room-night is one room for one night.
A room is *available* on the nights it exists (opened, not yet retired) and is not closed; it is
*occupied* on the nights [arrived_on, left_on) of a stay. Offers never count as occupied. A stay
that arrives and leaves on the same day has no nights, though it counts as an arrival and a
departure. A stay recorded in error (stay_corrections.py) is no stay: it is left out of
every count, and only how many there were is said.

Counting uses difference arrays (one +1 at the start of an interval and one -1 after it, then a
running sum) so five years of a large service take a fraction of a second.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from refugedesk.capacity_rules import local_day_bounds
from refugedesk.db.models import (
    DeclineReason,
    DepartureReason,
    House,
    Referral,
    ReferralStatus,
    Reservation,
    Room,
    RoomClosure,
    Stay,
)
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.stay_corrections import counts

MOVED = DepartureReason.MOVED_ROOM.value
#: The name of the whole service's row (in English; translated where the figures are counted).
ALL_HOUSES = QT_TRANSLATE_NOOP("ReportsOccupancyFigures", "All houses")


@dataclass
class HouseFigures:
    """One house's counts for the period (or the whole service, for the total)."""

    name: str
    rooms: int = 0
    available: int = 0
    occupied: int = 0
    closed: int = 0
    women: int = 0
    children: int = 0
    arrivals: int = 0
    departures: int = 0
    #: Nights from first arrival in the service to departure, for each departure in the period.
    stay_lengths: list[int] = field(default_factory=list)
    #: Rooms occupied and available on each night of the period.
    daily_occupied: list[int] = field(default_factory=list)
    daily_available: list[int] = field(default_factory=list)

    @property
    def empty(self) -> int:
        return self.available - self.occupied

    @property
    def occupancy(self) -> float | None:
        return self.occupied / self.available if self.available else None

    @property
    def average_stay(self) -> float | None:
        return sum(self.stay_lengths) / len(self.stay_lengths) if self.stay_lengths else None


@dataclass(frozen=True)
class StayRow:
    household_ref: str
    name: str
    house: str
    room: str
    arrived_on: date
    left_on: date | None
    nights_in_period: int
    children: int


@dataclass
class ReferralFigures:
    received: int = 0
    #: The service said yes: a room was offered, or she was placed.
    accepted: int = 0
    declined_no_vacancy: int = 0
    #: Every outcome, e.g. {"Declined by service: no vacancy": 3, "Arrived": 5, ...}.
    outcomes: dict[str, int] = field(default_factory=dict)
    #: The outcomes (keys of `outcomes`) that are a decline for no vacancy.
    no_vacancy: set[str] = field(default_factory=set)


@dataclass
class OccupancyFigures:
    start: date
    end: date
    houses: list[HouseFigures]
    total: HouseFigures
    stays: list[StayRow]
    referrals: ReferralFigures
    #: Stays arriving in the period that were recorded in error: left out of every figure.
    recorded_in_error: int = 0

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]


def _add(diff: list[int], n: int, lo: date, hi: date | None, start: date, sign: int = 1) -> int:
    """Add the nights [lo, hi) clipped to the period to a difference array; returns how many."""
    a = max((lo - start).days, 0)
    b = n if hi is None else min((hi - start).days, n)
    if b <= a:
        return 0
    diff[a] += sign
    diff[b] -= sign
    return b - a


def _running(diff: list[int]) -> list[int]:
    out, acc = [], 0
    for step in diff[:-1]:
        acc += step
        out.append(acc)
    return out


def compute(session: Session, *, start: date, end: date) -> OccupancyFigures:
    """Count everything the occupancy report shows, for the nights start..end inclusive."""
    n = (end - start).days + 1
    after = end + timedelta(days=1)
    rooms = session.execute(
        select(Room.id, Room.house_id, Room.name, Room.opened_on, Room.retired_on, House.name)
        .join(House, House.id == Room.house_id)
        # A room retired on the first day has no nights but may have a departure that day.
        .where(Room.opened_on <= end, or_(Room.retired_on.is_(None), Room.retired_on >= start))
        .order_by(House.name, Room.name)).all()
    room_info = {}
    exists: defaultdict[int, list[int]] = defaultdict(lambda: [0] * (n + 1))
    closed: defaultdict[int, list[int]] = defaultdict(lambda: [0] * (n + 1))
    occupied: defaultdict[int, list[int]] = defaultdict(lambda: [0] * (n + 1))
    figures: dict[int, HouseFigures] = {}
    for room_id, house_id, room, opened, retired, house in rooms:
        room_info[room_id] = (house_id, house, room, opened, retired)
        hf = figures.setdefault(house_id, HouseFigures(house))
        if _add(exists[house_id], n, opened, retired, start):
            hf.rooms += 1

    for room_id, lo, hi in session.execute(
            select(RoomClosure.room_id, RoomClosure.starts_on, RoomClosure.ends_on).where(
                RoomClosure.starts_on <= end,
                or_(RoomClosure.ends_on.is_(None), RoomClosure.ends_on > start))):
        if room_id not in room_info:
            continue
        house_id, _h, _r, opened, retired = room_info[room_id]
        # Only the nights the room exists can be closed nights.
        lo = max(lo, opened)
        hi = retired if hi is None else (hi if retired is None else min(hi, retired))
        _add(closed[house_id], n, lo, hi, start)

    stays = session.execute(
        select(Stay.room_id, Stay.household_ref, Stay.name, Stay.children_count,
               Stay.arrived_on, Stay.left_on, Stay.first_arrived_on, Stay.moved_from_id,
               Stay.departure_reason)
        .where(Stay.arrived_on <= end, or_(Stay.left_on.is_(None), Stay.left_on >= start),
               counts())
        .order_by(Stay.arrived_on, Stay.id)).all()
    in_error = session.scalar(select(func.count()).select_from(Stay).where(
        Stay.departure_reason == DepartureReason.RECORDED_IN_ERROR,
        Stay.arrived_on >= start, Stay.arrived_on <= end)) or 0
    stay_rows: list[StayRow] = []
    # household -> (arrived_on, children) of her latest stay with nights in the period, per house
    # and for the whole service (a household that moved between houses counts once in total).
    households: dict[int, dict[str, tuple[date, int]]] = defaultdict(dict)
    service: dict[str, tuple[date, int]] = {}
    total = HouseFigures(translate("ReportsOccupancyFigures", ALL_HOUSES))
    for s in stays:
        if s.room_id not in room_info:
            continue
        house_id, house, room, _o, _retired = room_info[s.room_id]
        hf = figures[house_id]
        nights = _add(occupied[house_id], n, s.arrived_on, s.left_on, start)
        if nights or start <= s.arrived_on <= end:
            stay_rows.append(StayRow(s.household_ref, s.name, house, room, s.arrived_on,
                                     s.left_on, nights, s.children_count))
        if nights:
            for seen in (households[house_id], service):
                if s.household_ref not in seen or seen[s.household_ref][0] <= s.arrived_on:
                    seen[s.household_ref] = (s.arrived_on, s.children_count)
        if s.moved_from_id is None and start <= s.arrived_on <= end:
            hf.arrivals += 1
            total.arrivals += 1
        if s.left_on is not None and start <= s.left_on <= end and s.departure_reason != MOVED:
            length = (s.left_on - s.first_arrived_on).days
            for f in (hf, total):
                f.departures += 1
                f.stay_lengths.append(length)

    total_exists = [0] * n
    total_occupied = [0] * n
    for house_id, hf in figures.items():
        ex = _running(exists[house_id])
        cl = _running(closed[house_id])
        hf.daily_occupied = _running(occupied[house_id])
        hf.daily_available = [e - c for e, c in zip(ex, cl, strict=True)]
        hf.available = sum(hf.daily_available)
        hf.occupied = sum(hf.daily_occupied)
        hf.closed = sum(cl)
        hf.women = len(households[house_id])
        hf.children = sum(c for _a, c in households[house_id].values())
        total.rooms += hf.rooms
        total.available += hf.available
        total.occupied += hf.occupied
        total.closed += hf.closed
        for i in range(n):
            total_exists[i] += hf.daily_available[i]
            total_occupied[i] += hf.daily_occupied[i]
    total.daily_available = total_exists
    total.daily_occupied = total_occupied
    total.women = len(service)
    total.children = sum(c for _a, c in service.values())

    return OccupancyFigures(start, end, list(figures.values()), total, stay_rows,
                            _referrals(session, start, after), in_error)


def _referrals(session: Session, start: date, after: date) -> ReferralFigures:
    """Counted in SQL, grouped by outcome: a busy service receives thousands a year."""
    lo, hi = local_day_bounds(start, after - timedelta(days=1))
    said_yes = (select(Reservation.referral_id)
                .union(select(Stay.referral_id).where(Stay.referral_id.is_not(None))))
    accepted = Referral.id.in_(said_yes)
    rows = session.execute(
        select(Referral.status, Referral.decline_reason, accepted, func.count())
        .where(Referral.received_at >= lo, Referral.received_at < hi)
        .group_by(Referral.status, Referral.decline_reason, accepted)).all()
    fig = ReferralFigures()
    outcomes: dict[str, int] = defaultdict(int)
    for status, reason, yes, count in rows:
        fig.received += count
        fig.accepted += count if yes else 0
        label = ReferralStatus(status).label
        if reason:
            label = translate("ReportsOccupancyFigures", "{status}: {reason}").format(
                status=label, reason=DeclineReason(reason).label.lower())
            if reason == DeclineReason.NO_VACANCY.value:
                fig.declined_no_vacancy += count
                fig.no_vacancy.add(label)
        outcomes[label] += count
    fig.outcomes = dict(sorted(outcomes.items()))
    return fig
