"""The few rows the server tests need, made through the models (so every NOT NULL column gets
the value the app would give it), and plain-SQL writers for stays and offers, since the point
of those tests is what the database refuses whoever writes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

from refugedesk.db.models import (
    Handover,
    House,
    Referral,
    ReferralChannel,
    ReferralSource,
    Resident,
    Review,
    ReviewKind,
    ReviewVersion,
    RiskLevel,
    Role,
    Room,
    StaffMember,
)

NOW = datetime(2026, 11, 30, 16, 30, tzinfo=UTC)
#: NOW as UTCDateTime stores it.
STAMP = NOW.isoformat(timespec="microseconds")


@dataclass
class Basics:
    staff_ids: tuple[int, int]
    room_id: int
    other_room_id: int
    referral_id: int
    resident_id: int


def basics(engine: Engine) -> Basics:
    """Two workers, a house with two rooms, a referral and a resident."""
    with Session(engine) as session, session.begin():
        ann = StaffMember(username="ann", display_name="Ann", role=Role.SUPPORT_WORKER)
        bea = StaffMember(username="bea", display_name="Bea", role=Role.MANAGER)
        house = House(name="Rowan House", area="Northtown", opened_on=date(2020, 1, 1))
        rooms = [Room(house=house, name=n, opened_on=date(2020, 1, 1)) for n in ("1", "2")]
        referral = Referral(received_at=NOW, channel=ReferralChannel.PHONE,
                            source=ReferralSource.POLICE, name="Fictional Person",
                            risk_level=RiskLevel.HIGH)
        resident = Resident(reference="R-0001", name="Fictional Person")
        session.add_all([ann, bea, house, *rooms, referral, resident])
        session.flush()
        return Basics((ann.id, bea.id), rooms[0].id, rooms[1].id, referral.id, resident.id)


def handover(engine: Engine, b: Basics, *, sealed: bool) -> int:
    with Session(engine) as session, session.begin():
        row = Handover(period_start=NOW - timedelta(hours=8), period_end=NOW,
                       from_staff_id=b.staff_ids[0], to_staff_id=b.staff_ids[1],
                       sealed_at=NOW if sealed else None)
        session.add(row)
        session.flush()
        return row.id


def review_version(engine: Engine, b: Basics) -> int:
    with Session(engine) as session, session.begin():
        review = Review(resident_id=b.resident_id, kind=ReviewKind.INTERIM, version=1,
                        held_on=date(2026, 11, 1))
        version = ReviewVersion(version=1, held_on=date(2026, 11, 1), her_words="Going well")
        session.add(review)
        session.flush()
        version.review_id = review.id
        session.add(version)
        session.flush()
        return version.id


def insert_stay(conn: Connection, room_id: int, arrived: date, left: date | None = None,
                reason: str | None = None, ref: str = "H-1") -> None:
    """A stay written with plain SQL, as any client could. One with a leaving date needs a
    reason (stay_departure_reason): she moved on as planned, unless told otherwise."""
    if left is not None and reason is None:
        reason = "planned_move_on"
    conn.execute(text(
        "INSERT INTO stay (room_id, household_ref, name, children_count, children_ages, "
        "arrived_on, first_arrived_on, left_on, departure_reason, created_at, updated_at) "
        "VALUES (:room, :ref, 'Fictional Person', 0, '', :arrived, :arrived, :left, :reason, "
        ":at, :at)"),
        {"room": room_id, "ref": ref, "arrived": arrived, "left": left, "reason": reason,
         "at": STAMP})


def insert_offer(conn: Connection, room_id: int, referral_id: int, arriving: date,
                 nights: int = 7, state: str = "held") -> None:
    """An offer (reservation) written with plain SQL."""
    conn.execute(text(
        "INSERT INTO reservation (room_id, referral_id, arriving_on, leaving_on, held_until, "
        "state, created_at, updated_at) VALUES (:room, :referral, :arriving, :leaving, "
        ":held, :state, :at, :at)"),
        {"room": room_id, "referral": referral_id, "arriving": arriving,
         "leaving": arriving + timedelta(days=nights),
         # Held for two days from the real now: the domain's live_offer reads the clock.
         "held": (datetime.now(UTC) + timedelta(days=2)).isoformat(timespec="microseconds"),
         "state": state,
         "at": STAMP})


def new_room(engine: Engine, name: str) -> int:
    """Another room in the first house (each case of a comparison gets a room of its own)."""
    with Session(engine) as session, session.begin():
        house = session.query(House).order_by(House.id).first()
        assert house is not None
        room = Room(house_id=house.id, name=name, opened_on=date(2020, 1, 1))
        session.add(room)
        session.flush()
        return room.id
