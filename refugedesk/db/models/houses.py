"""Houses, rooms, closures, offers and stays (issue 3).

Dates are nights: a stay, offer or closure covers the nights [from, until). `until` is the
morning she leaves (or the room is back in use); equal dates mean no nights at all.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from refugedesk.db.models.base import Base, Tracked, values_in
from refugedesk.db.models.enums import (
    ClosureReason,
    DepartureReason,
    ReservationState,
    StayCorrectionKind,
)
from refugedesk.db.sealed import Sealed
from refugedesk.db.types import EnumText, UTCDateTime


class House(Tracked, Base):
    """A safe house. Its address and phone are confidential: shown only to signed-in staff,
    never exported, never written to the audit trail."""

    __tablename__ = "house"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="house_named"),
        CheckConstraint("retired_on IS NULL OR retired_on >= opened_on",
                        name="house_dates_in_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    #: Town or area, matched against a referral's excluded areas.
    area: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(Sealed("house.address"), default="")
    phone: Mapped[str] = mapped_column(Sealed("house.phone", 40), default="")
    notes: Mapped[str] = mapped_column(Sealed("house.notes"), default="")
    accepts_nrpf: Mapped[bool] = mapped_column(default=False)
    pets_allowed: Mapped[bool] = mapped_column(default=False)
    #: Languages spoken by the house's staff, comma-separated (an interpreter can still be used).
    languages: Mapped[str] = mapped_column(String(200), default="")
    opened_on: Mapped[date] = mapped_column(Date)
    #: Retiring keeps the row (and its history); the house is active while this is empty.
    retired_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    rooms: Mapped[list[Room]] = relationship(back_populates="house", order_by="Room.name")

    @property
    def active(self) -> bool:
        return self.retired_on is None


class Room(Tracked, Base):
    """A unit in a house, for one woman (usually) and her children."""

    __tablename__ = "room"
    __table_args__ = (
        UniqueConstraint("house_id", "name", name="room_name_unique_in_house"),
        CheckConstraint("length(trim(name)) > 0", name="room_named"),
        CheckConstraint("adult_places >= 1", name="room_adult_places"),
        CheckConstraint("child_places >= 0 AND cots >= 0", name="room_places_not_negative"),
        CheckConstraint("retired_on IS NULL OR retired_on >= opened_on",
                        name="room_dates_in_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    house_id: Mapped[int] = mapped_column(ForeignKey("house.id", ondelete="RESTRICT"),
                                          index=True)
    name: Mapped[str] = mapped_column(String(60))
    adult_places: Mapped[int] = mapped_column(default=1)
    child_places: Mapped[int] = mapped_column(default=0)
    cots: Mapped[int] = mapped_column(default=0)
    wheelchair_accessible: Mapped[bool] = mapped_column(default=False)
    ground_floor: Mapped[bool] = mapped_column(default=False)
    self_contained: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Sealed("room.notes"), default="")
    #: A room counts as available from this date (room-nights before it are not offered).
    opened_on: Mapped[date] = mapped_column(Date)
    retired_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    house: Mapped[House] = relationship(back_populates="rooms")

    @property
    def active(self) -> bool:
        return self.retired_on is None


class RoomClosure(Tracked, Base):
    """A room out of use for the nights [starts_on, ends_on); no end means until reopened."""

    __tablename__ = "room_closure"
    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on > starts_on", name="closure_dates_in_order"),
        CheckConstraint(values_in("reason", ClosureReason), name="closure_reason_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id", ondelete="RESTRICT"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reason: Mapped[ClosureReason] = mapped_column(EnumText(ClosureReason, 20))
    note: Mapped[str] = mapped_column(Sealed("room_closure.note"), default="")


class Reservation(Tracked, Base):
    """An offer: the room is held for the nights [arriving_on, leaving_on) until `held_until`.
    After that instant it has lapsed and blocks nothing, even before it is marked lapsed."""

    __tablename__ = "reservation"
    __table_args__ = (
        CheckConstraint("leaving_on > arriving_on", name="reservation_dates_in_order"),
        CheckConstraint(values_in("state", ReservationState), name="reservation_state_known"),
        Index("ix_reservation_room_dates", "room_id", "arriving_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id", ondelete="RESTRICT"))
    referral_id: Mapped[int] = mapped_column(ForeignKey("referral.id", ondelete="RESTRICT"),
                                             index=True)
    arriving_on: Mapped[date] = mapped_column(Date)
    leaving_on: Mapped[date] = mapped_column(Date)
    held_until: Mapped[datetime] = mapped_column(UTCDateTime())
    state: Mapped[ReservationState] = mapped_column(EnumText(ReservationState, 12), default=ReservationState.HELD,
                                       index=True)


class Stay(Tracked, Base):
    """A household in a room for the nights [arrived_on, left_on); no `left_on` while she is
    there. A move ends one stay (reason moved_room) and starts another that points back to it."""

    __tablename__ = "stay"
    __table_args__ = (
        CheckConstraint("left_on IS NULL OR left_on >= arrived_on", name="stay_dates_in_order"),
        CheckConstraint("first_arrived_on <= arrived_on", name="stay_first_arrival_first"),
        CheckConstraint("children_count >= 0", name="stay_children_not_negative"),
        CheckConstraint(
            f"(left_on IS NULL) = (departure_reason IS NULL) "
            f"AND (departure_reason IS NULL OR {values_in('departure_reason', DepartureReason)})",
            name="stay_departure_reason"),
        Index("ix_stay_room_dates", "room_id", "arrived_on"),
        Index("ix_stay_left_on", "left_on"),
        Index("ix_stay_referral_id", "referral_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id", ondelete="RESTRICT"))
    referral_id: Mapped[int | None] = mapped_column(
        ForeignKey("referral.id", ondelete="RESTRICT"), nullable=True)
    reservation_id: Mapped[int | None] = mapped_column(
        ForeignKey("reservation.id", ondelete="RESTRICT"), nullable=True)
    moved_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("stay.id", ondelete="RESTRICT"), nullable=True)
    #: The household's reference (shown on the board); her name is shown only on request.
    household_ref: Mapped[str] = mapped_column(String(30), index=True)
    name: Mapped[str] = mapped_column(String(120))
    children_count: Mapped[int] = mapped_column(default=0)
    children_ages: Mapped[str] = mapped_column(String(60), default="")
    arrived_on: Mapped[date] = mapped_column(Date)
    #: When the household came into the service; a move to another room keeps it.
    first_arrived_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    departure_reason: Mapped[DepartureReason | None] = mapped_column(EnumText(DepartureReason, 30), nullable=True)
    #: Her record (issue 4); empty on stays from before records existed, until linked.
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("resident.id", ondelete="RESTRICT"), nullable=True, index=True)


class StayCorrection(Tracked, Base):
    """A mistake in an arrival put right: its date or room changed, or the whole stay recorded
    in error (then it holds no nights). What it was and what it became, and why, in her
    worker's words; the audit trail says who and when but never the reason."""

    __tablename__ = "stay_correction"
    __table_args__ = (
        CheckConstraint(values_in("kind", StayCorrectionKind), name="stay_correction_kind_known"),
        CheckConstraint("length(trim(reason)) > 0", name="stay_correction_has_reason"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[StayCorrectionKind] = mapped_column(EnumText(StayCorrectionKind, 20))
    reason: Mapped[str] = mapped_column(Sealed("stay_correction.reason"))
    was_arrived_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    now_arrived_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    was_room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id", ondelete="RESTRICT"),
                                                    nullable=True)
    now_room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id", ondelete="RESTRICT"),
                                                    nullable=True)
