"""ORM models (SQLAlchemy 2 typed). The schema itself is made by the migrations in
refugedesk/db/migrations; tests check that the two agree.

Later capabilities add their models here (or in modules imported here) together with a new
migration; an old migration is never edited.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from refugedesk.db.types import UTCDateTime, utcnow


class Base(DeclarativeBase):
    pass


class Role(StrEnum):
    SUPPORT_WORKER = "support_worker"
    MANAGER = "manager"
    ADMINISTRATOR = "administrator"

    @property
    def label(self) -> str:
        return {
            Role.SUPPORT_WORKER: "Support worker",
            Role.MANAGER: "Manager",
            Role.ADMINISTRATOR: "Administrator",
        }[self]


class Tracked:
    """Who created a record and who last changed it, and when."""

    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    @declared_attr
    def created_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True)

    @declared_attr
    def updated_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True)


class Organisation(Base):
    """The refuge service using this vault: one row."""

    __tablename__ = "organisation"
    __table_args__ = (
        CheckConstraint("id = 1", name="one_row"),
        CheckConstraint("idle_lock_minutes BETWEEN 1 AND 240", name="idle_lock_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200))
    is_demo: Mapped[bool] = mapped_column(default=False)
    idle_lock_minutes: Mapped[int] = mapped_column(default=10)
    #: The recovery slot's public key, so a rekey can reseal to it (see keyslots.py).
    recovery_public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class StaffMember(Tracked, Base):
    __tablename__ = "staff_member"
    __table_args__ = (
        CheckConstraint(
            "role IN ('support_worker', 'manager', 'administrator')", name="role_known"
        ),
        CheckConstraint("username = lower(trim(username)) AND length(username) >= 2",
                        name="username_normalised"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(default=True)
    #: The public key of her key slot while she is active; a rekey seals the new database key
    #: only to the keys recorded here, inside the encrypted file.
    slot_public_key: Mapped[bytes | None] = mapped_column(LargeBinary(32), nullable=True)
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    @property
    def role_enum(self) -> Role:
        return Role(self.role)


class AuditEvent(Base):
    """One thing that happened. Holds what kind and which record, never the sensitive values.

    `hash` covers this event's fields and the previous event's hash, so editing or deleting an
    event breaks the chain (see refugedesk/audit.py).
    """

    __tablename__ = "audit_event"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True
    )
    actor: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(40), index=True)
    record_type: Mapped[str | None] = mapped_column(String(40), nullable=True)
    record_id: Mapped[int | None] = mapped_column(nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


# --- Houses, rooms, referrals, offers and stays (issue 3) -----------------------------------
# Dates are nights: a stay, offer or closure covers the nights [from, until). `until` is the
# morning she leaves (or the room is back in use); equal dates mean no nights at all.


def _in(column: str, enum: type[StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(m.value) for m in enum)})"


class ClosureReason(StrEnum):
    REPAIRS = "repairs"
    DEEP_CLEAN = "deep_clean"
    HELD_FOR_SAFETY = "held_for_safety"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class ReferralChannel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    ONLINE_FORM = "online_form"
    IN_PERSON = "in_person"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class ReferralSource(StrEnum):
    POLICE = "police"
    CHILDRENS_SOCIAL_CARE = "childrens_social_care"
    NATIONAL_HELPLINE = "national_helpline"
    OTHER_REFUGE = "other_refuge"
    MARAC = "marac"
    HEALTH = "health"
    SELF_REFERRAL = "self_referral"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"childrens_social_care": "Children's social care", "marac": "MARAC"}.get(
            self.value, self.value.replace("_", " ").capitalize())


class RiskLevel(StrEnum):
    STANDARD = "standard"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class ReferralStatus(StrEnum):
    NEW = "new"
    ASSESSING = "assessing"
    ROOM_OFFERED = "room_offered"
    ARRIVED = "arrived"
    DECLINED_BY_SERVICE = "declined_by_service"
    DECLINED_BY_HER = "declined_by_her"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def is_open(self) -> bool:
        return self in (ReferralStatus.NEW, ReferralStatus.ASSESSING,
                        ReferralStatus.ROOM_OFFERED)


class DeclineReason(StrEnum):
    """Why the service said no: what commissioners ask for."""

    NO_VACANCY = "no_vacancy"
    NEEDS_NOT_MET = "needs_not_met"
    TOO_CLOSE_TO_ABUSER = "too_close_to_abuser"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"no_vacancy": "No vacancy", "needs_not_met": "Needs the service cannot meet",
                "too_close_to_abuser": "Too close to the abuser", "other": "Other"}[self.value]


class ReservationState(StrEnum):
    HELD = "held"            # live until held_until; after that it has lapsed, marked or not
    CONVERTED = "converted"  # she arrived: a stay took its place
    LAPSED = "lapsed"
    CANCELLED = "cancelled"


class DepartureReason(StrEnum):
    PLANNED_MOVE_ON = "planned_move_on"
    ANOTHER_REFUGE = "another_refuge"
    RETURNED_TO_ABUSER = "returned_to_abuser"
    LEFT_WITHOUT_NOTICE = "left_without_notice"
    ASKED_TO_LEAVE = "asked_to_leave"
    OTHER = "other"
    #: Not a departure from the service: she moved to another room (a new stay follows).
    MOVED_ROOM = "moved_room"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


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
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
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
    notes: Mapped[str] = mapped_column(Text, default="")
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
        CheckConstraint(_in("reason", ClosureReason), name="closure_reason_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id", ondelete="RESTRICT"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reason: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class Referral(Tracked, Base):
    """A request for a place. Kept whatever the outcome: the reasons are what commissioners
    ask for."""

    __tablename__ = "referral"
    __table_args__ = (
        CheckConstraint(_in("channel", ReferralChannel), name="referral_channel_known"),
        CheckConstraint(_in("source", ReferralSource), name="referral_source_known"),
        CheckConstraint(_in("risk_level", RiskLevel), name="referral_risk_known"),
        CheckConstraint(_in("status", ReferralStatus), name="referral_status_known"),
        CheckConstraint("children_count >= 0", name="referral_children_not_negative"),
        CheckConstraint(
            f"(status = 'declined_by_service') = (decline_reason IS NOT NULL) "
            f"AND (decline_reason IS NULL OR {_in('decline_reason', DeclineReason)})",
            name="referral_decline_reason"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(30))
    referrer_contact: Mapped[str] = mapped_column(Text, default="")
    #: Her initials or name, as the referrer gave it.
    name: Mapped[str] = mapped_column(String(120))
    children_count: Mapped[int] = mapped_column(default=0)
    #: Ages in years, comma-separated ("0,4,7"); empty when not known.
    children_ages: Mapped[str] = mapped_column(String(60), default="")
    needs_wheelchair: Mapped[bool] = mapped_column(default=False)
    needs_ground_floor: Mapped[bool] = mapped_column(default=False)
    language: Mapped[str] = mapped_column(String(60), default="")
    needs_interpreter: Mapped[bool] = mapped_column(default=False)
    nrpf: Mapped[bool] = mapped_column(default=False)
    pets: Mapped[bool] = mapped_column(default=False)
    risk_level: Mapped[str] = mapped_column(String(10))
    #: Towns or areas she must not be placed in, one per line.
    excluded_areas: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=ReferralStatus.NEW.value, index=True)
    decline_reason: Mapped[str | None] = mapped_column(String(30), nullable=True)
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Reservation(Tracked, Base):
    """An offer: the room is held for the nights [arriving_on, leaving_on) until `held_until`.
    After that instant it has lapsed and blocks nothing, even before it is marked lapsed."""

    __tablename__ = "reservation"
    __table_args__ = (
        CheckConstraint("leaving_on > arriving_on", name="reservation_dates_in_order"),
        CheckConstraint(_in("state", ReservationState), name="reservation_state_known"),
        Index("ix_reservation_room_dates", "room_id", "arriving_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id", ondelete="RESTRICT"))
    referral_id: Mapped[int] = mapped_column(ForeignKey("referral.id", ondelete="RESTRICT"),
                                             index=True)
    arriving_on: Mapped[date] = mapped_column(Date)
    leaving_on: Mapped[date] = mapped_column(Date)
    held_until: Mapped[datetime] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(12), default=ReservationState.HELD.value,
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
            f"AND (departure_reason IS NULL OR {_in('departure_reason', DepartureReason)})",
            name="stay_departure_reason"),
        Index("ix_stay_room_dates", "room_id", "arrived_on"),
        Index("ix_stay_left_on", "left_on"),
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
    departure_reason: Mapped[str | None] = mapped_column(String(30), nullable=True)
