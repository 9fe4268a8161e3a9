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
    #: Her record (issue 4); empty on stays from before records existed, until linked.
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("resident.id", ondelete="RESTRICT"), nullable=True, index=True)


# --- The resident's record (issue 4) ----------------------------------------------------------
# A resident is the woman herself; a stay is one spell in one room. Children belong to her and
# join her stays. Everything here is sensitive: the audit trail names the record, never a value.


class CourtOrderKind(StrEnum):
    NON_MOLESTATION = "non_molestation"
    RESTRAINING = "restraining"
    OCCUPATION = "occupation"
    BAIL_CONDITIONS = "bail_conditions"
    CHILD_ARRANGEMENTS = "child_arrangements"

    @property
    def label(self) -> str:
        return {"non_molestation": "Non-molestation order", "restraining": "Restraining order",
                "occupation": "Occupation order", "bail_conditions": "Bail conditions",
                "child_arrangements": "Child arrangements order"}[self.value]


class DashAnswer(StrEnum):
    YES = "yes"
    NO = "no"
    NOT_KNOWN = "not_known"


class RiskRoute(StrEnum):
    """How the level was reached: the score alone, professional judgement, or escalation."""

    SCORE = "score"
    PROFESSIONAL_JUDGEMENT = "professional_judgement"
    ESCALATION = "escalation"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class NeedArea(StrEnum):
    SAFETY = "safety"
    PHYSICAL_HEALTH = "physical_health"
    MENTAL_HEALTH = "mental_health"
    DRUGS_ALCOHOL = "drugs_alcohol"
    MONEY_BENEFITS = "money_benefits"
    HOUSING_MOVE_ON = "housing_move_on"
    LEGAL_COURT = "legal_court"
    IMMIGRATION = "immigration"
    CHILDREN_PARENTING = "children_parenting"
    FRIENDS_FAMILY_CONFIDENCE = "friends_family_confidence"
    EDUCATION_TRAINING_WORK = "education_training_work"

    @property
    def label(self) -> str:
        return {
            "safety": "Safety", "physical_health": "Physical health",
            "mental_health": "Mental health and wellbeing", "drugs_alcohol": "Drugs and alcohol",
            "money_benefits": "Money and benefits", "housing_move_on": "Housing and move-on",
            "legal_court": "Legal and court", "immigration": "Immigration",
            "children_parenting": "Children and parenting",
            "friends_family_confidence": "Friends, family and confidence",
            "education_training_work": "Education, training and work",
        }[self.value]


class AssessmentStage(StrEnum):
    INTAKE = "intake"
    REVIEW = "review"
    MOVE_ON = "move_on"


class GoalStatus(StrEnum):
    OPEN = "open"
    ACHIEVED = "achieved"
    PARTLY_ACHIEVED = "partly_achieved"
    NOT_ACHIEVED = "not_achieved"
    NO_LONGER_WANTED = "no_longer_wanted"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class ActionOwner(StrEnum):
    HER = "her"
    KEY_WORKER = "key_worker"
    AGENCY = "agency"


class ContactMode(StrEnum):
    FACE_TO_FACE = "face_to_face"
    PHONE = "phone"
    VIDEO = "video"
    TEXT = "text"
    LETTER = "letter"


class ContactPlace(StrEnum):
    HER_ROOM = "her_room"
    OFFICE = "office"
    PARK = "park"
    CAFE = "cafe"
    SCHOOL = "school"
    COURT = "court"
    HOSPITAL = "hospital"
    OTHER = "other"


class ContactState(StrEnum):
    PLANNED = "planned"
    ATTENDED = "attended"
    MISSED = "missed"


class Agency(StrEnum):
    MARAC = "marac"
    FIRE_AND_RESCUE = "fire_and_rescue"
    POLICE = "police"
    CHILDRENS_SOCIAL_CARE = "childrens_social_care"
    HEALTH_VISITOR = "health_visitor"
    GP = "gp"
    MENTAL_HEALTH = "mental_health"
    DRUGS_ALCOHOL = "drugs_alcohol"
    SOLICITOR = "solicitor"
    HOUSING = "housing"
    BENEFITS = "benefits"
    IMMIGRATION_ADVICE = "immigration_advice"
    COUNSELLING = "counselling"
    CHILDRENS_SERVICE = "childrens_service"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"marac": "MARAC", "gp": "GP",
                "fire_and_rescue": "Fire and rescue home safety",
                "childrens_social_care": "Children's social care",
                "childrens_service": "Children's service"}.get(
            self.value, self.value.replace("_", " ").capitalize())


class ReferralOutStatus(StrEnum):
    MADE = "made"
    ACKNOWLEDGED = "acknowledged"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    COMPLETED = "completed"

    @property
    def is_outstanding(self) -> bool:
        return self in (ReferralOutStatus.MADE, ReferralOutStatus.ACKNOWLEDGED,
                        ReferralOutStatus.ACCEPTED)


class AttendanceState(StrEnum):
    ATTENDED = "attended"
    MISSED = "missed"
    EXCUSED = "excused"


class IncidentKind(StrEnum):
    ABUSER_CONTACT = "abuser_contact"
    LOCATION_BREACH = "location_breach"
    POLICE_CALLED = "police_called"
    SAFEGUARDING_CONCERN = "safeguarding_concern"
    HEALTH_EMERGENCY = "health_emergency"
    DAMAGE = "damage"
    CONFLICT_BETWEEN_RESIDENTS = "conflict_between_residents"

    @property
    def label(self) -> str:
        return {"abuser_contact": "Abuser contact or sighting"}.get(
            self.value, self.value.replace("_", " ").capitalize())


class Resident(Tracked, Base):
    """The woman herself, across all her stays. `reference` is what lists and exports show."""

    __tablename__ = "resident"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="resident_named"),
        CheckConstraint("length(trim(reference)) > 0", name="resident_referenced"),
        CheckConstraint(f"risk_level IS NULL OR {_in('risk_level', RiskLevel)}",
                        name="resident_risk_known"),
        Index("ix_resident_name", "name", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    known_as: Mapped[str] = mapped_column(String(120), default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date, nullable=True)
    language: Mapped[str] = mapped_column(String(60), default="")
    needs_interpreter: Mapped[bool] = mapped_column(default=False)
    access_needs: Mapped[str] = mapped_column(Text, default="")
    immigration_status: Mapped[str] = mapped_column(String(120), default="")
    nrpf: Mapped[bool] = mapped_column(default=False)
    gp: Mapped[str] = mapped_column(Text, default="")
    #: How it is safe to reach her: may staff call, may they text, the code word, when not to.
    safe_to_call: Mapped[bool] = mapped_column(default=True)
    safe_to_text: Mapped[bool] = mapped_column(default=True)
    code_word: Mapped[str] = mapped_column(String(60), default="")
    times_to_avoid: Mapped[str] = mapped_column(Text, default="")
    key_worker_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True, index=True)
    #: The level of her latest risk assessment (kept by risk.py, for lists and filters).
    risk_level: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)

    children: Mapped[list[Child]] = relationship(back_populates="resident",
                                                 order_by="Child.id")


class ResidentSearchTerm(Base):
    """One word she can be found by (her names, known-as, her children's names, her reference),
    folded to lower case; the list search is a range scan of ix_resident_search_term_cover.
    Her name is copied here, into that index, so a page of matches can be put in order
    without reading each match's record."""

    __tablename__ = "resident_search_term"
    __table_args__ = (Index("ix_resident_search_term_cover", "term", "name", "resident_id"),)

    term: Mapped[str] = mapped_column(String(120), primary_key=True)
    resident_id: Mapped[int] = mapped_column(
        ForeignKey("resident.id", ondelete="CASCADE"), primary_key=True, index=True)
    name: Mapped[str] = mapped_column(String(120))


class Child(Tracked, Base):
    __tablename__ = "child"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="child_named"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"),
                                             index=True)
    name: Mapped[str] = mapped_column(String(120))
    date_of_birth: Mapped[date | None] = mapped_column(Date, nullable=True)
    school: Mapped[str] = mapped_column(String(200), default="")
    child_protection_plan: Mapped[bool] = mapped_column(default=False)
    child_in_need: Mapped[bool] = mapped_column(default=False)
    social_worker: Mapped[str] = mapped_column(Text, default="")
    needs: Mapped[str] = mapped_column(Text, default="")

    resident: Mapped[Resident] = relationship(back_populates="children")


class Consent(Tracked, Base):
    """What she agreed to share, with whom, when, and who explained it to her."""

    __tablename__ = "consent"
    __table_args__ = (
        CheckConstraint("withdrawn_on IS NULL OR withdrawn_on >= given_on",
                        name="consent_dates_in_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"),
                                             index=True)
    what: Mapped[str] = mapped_column(Text)
    shared_with: Mapped[str] = mapped_column(Text)
    given_on: Mapped[date] = mapped_column(Date)
    explained_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class Abuser(Tracked, Base):
    """The person she fled. `known_areas` (one per line) become excluded areas for placements."""

    __tablename__ = "abuser"

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"),
                                             index=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    vehicle: Mapped[str] = mapped_column(Text, default="")
    known_areas: Mapped[str] = mapped_column(Text, default="")


class CourtOrder(Tracked, Base):
    __tablename__ = "court_order"
    __table_args__ = (
        CheckConstraint(_in("kind", CourtOrderKind), name="court_order_kind_known"),
        CheckConstraint("expires_on IS NULL OR made_on IS NULL OR expires_on >= made_on",
                        name="court_order_dates_in_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"),
                                             index=True)
    abuser_id: Mapped[int | None] = mapped_column(
        ForeignKey("abuser.id", ondelete="RESTRICT"), nullable=True)
    kind: Mapped[str] = mapped_column(String(30))
    made_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: Empty when the order has no end date (it never lapses by itself).
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class IntakeDraft(Tracked, Base):
    """A guided intake saved part-way: everything typed so far (JSON) and the step reached."""

    __tablename__ = "intake_draft"
    __table_args__ = (
        CheckConstraint("json_valid(data)", name="intake_draft_json"),
        CheckConstraint("step >= 0", name="intake_draft_step"),
        CheckConstraint("(finished_at IS NULL) = (resident_id IS NULL)",
                        name="intake_draft_finished_has_resident"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    step: Mapped[int] = mapped_column(default=0)
    data: Mapped[str] = mapped_column(Text, default="{}")
    #: The stay she arrived on, when the intake starts from an arrival.
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("stay.id", ondelete="RESTRICT"),
                                                nullable=True)
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("resident.id", ondelete="RESTRICT"), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                         index=True)


class RiskAssessment(Tracked, Base):
    """One DASH checklist: 24 answers with comments (JSON list), the score and the level."""

    __tablename__ = "risk_assessment"
    __table_args__ = (
        CheckConstraint(_in("level", RiskLevel), name="risk_level_known"),
        CheckConstraint(_in("route", RiskRoute), name="risk_route_known"),
        CheckConstraint("score BETWEEN 0 AND 24", name="risk_score_range"),
        CheckConstraint("json_valid(answers) AND json_array_length(answers) = 24",
                        name="risk_answers_24"),
        CheckConstraint("route = 'score' OR (level = 'high' AND length(trim(reason)) > 0)",
                        name="risk_judgement_has_reason"),
        Index("ix_risk_assessment_resident_at", "resident_id", "assessed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"))
    assessed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    assessed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True)
    answers: Mapped[str] = mapped_column(Text)
    score: Mapped[int]
    level: Mapped[str] = mapped_column(String(10))
    route: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(Text, default="")


class MaracReferral(Tracked, Base):
    """A referral to the Multi-Agency Risk Assessment Conference. One within 12 months of an
    earlier one is a repeat and points at it."""

    __tablename__ = "marac_referral"
    __table_args__ = (
        CheckConstraint("repeat_of_id IS NULL OR repeat_of_id != id", name="marac_not_self"),
        Index("ix_marac_referral_resident_on", "resident_id", "referred_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"))
    risk_assessment_id: Mapped[int | None] = mapped_column(
        ForeignKey("risk_assessment.id", ondelete="RESTRICT"), nullable=True)
    referred_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[str] = mapped_column(Text, default="")
    repeat_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("marac_referral.id", ondelete="RESTRICT"), nullable=True)


class NeedsAssessment(Tracked, Base):
    __tablename__ = "needs_assessment"
    __table_args__ = (
        CheckConstraint(_in("stage", AssessmentStage), name="needs_stage_known"),
        Index("ix_needs_assessment_resident_on", "resident_id", "assessed_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"))
    assessed_on: Mapped[date] = mapped_column(Date)
    stage: Mapped[str] = mapped_column(String(10))

    scores: Mapped[list[NeedScore]] = relationship(order_by="NeedScore.id")


class NeedScore(Base):
    __tablename__ = "need_score"
    __table_args__ = (
        UniqueConstraint("assessment_id", "area", name="need_score_one_per_area"),
        CheckConstraint(_in("area", NeedArea), name="need_area_known"),
        CheckConstraint("score BETWEEN 1 AND 5", name="need_score_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("needs_assessment.id", ondelete="CASCADE"))
    area: Mapped[str] = mapped_column(String(30))
    score: Mapped[int]
    her_words: Mapped[str] = mapped_column(Text, default="")


class SupportPlan(Tracked, Base):
    """One version of her support plan. The current one has no `superseded_at`; a review makes
    a new version and the old one stays as it was, to show what it said."""

    __tablename__ = "support_plan"
    __table_args__ = (
        UniqueConstraint("resident_id", "version", name="support_plan_version_unique"),
        CheckConstraint("version >= 1", name="support_plan_version_positive"),
        Index("ix_support_plan_current", "superseded_at", "resident_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"))
    version: Mapped[int]
    superseded_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Goal(Tracked, Base):
    __tablename__ = "goal"
    __table_args__ = (
        CheckConstraint(_in("status", GoalStatus), name="goal_status_known"),
        CheckConstraint(f"area IS NULL OR {_in('area', NeedArea)}", name="goal_area_known"),
        CheckConstraint("length(trim(her_words)) > 0", name="goal_in_her_words"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("support_plan.id", ondelete="RESTRICT"),
                                         index=True)
    her_words: Mapped[str] = mapped_column(Text)
    area: Mapped[str | None] = mapped_column(String(30), nullable=True)
    success_looks_like: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=GoalStatus.OPEN.value)
    #: The same goal in the previous version of the plan.
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("goal.id", ondelete="RESTRICT"), nullable=True)


class PlanAction(Tracked, Base):
    """A step towards a goal (or, with no goal, a follow-up such as a safety check)."""

    __tablename__ = "plan_action"
    __table_args__ = (
        CheckConstraint(_in("owner", ActionOwner), name="plan_action_owner_known"),
        CheckConstraint("length(trim(what)) > 0", name="plan_action_says_what"),
        Index("ix_plan_action_plan_due", "plan_id", "due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("support_plan.id", ondelete="RESTRICT"))
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id", ondelete="RESTRICT"),
                                                nullable=True, index=True)
    what: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(20))
    #: The other agency's name when `owner` is agency.
    agency: Mapped[str] = mapped_column(String(120), default="")
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_action.id", ondelete="RESTRICT"), nullable=True)


class Contact(Tracked, Base):
    """One piece of keywork: done, planned, or planned and missed."""

    __tablename__ = "contact"
    __table_args__ = (
        CheckConstraint(_in("mode", ContactMode), name="contact_mode_known"),
        CheckConstraint(_in("place", ContactPlace), name="contact_place_known"),
        CheckConstraint(_in("state", ContactState), name="contact_state_known"),
        CheckConstraint("minutes >= 0", name="contact_minutes_not_negative"),
        Index("ix_contact_resident_at", "resident_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True, index=True)
    minutes: Mapped[int] = mapped_column(default=0)
    mode: Mapped[str] = mapped_column(String(20))
    place: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(10), default=ContactState.ATTENDED.value)
    notes: Mapped[str] = mapped_column(Text, default="")


class ContactGoal(Base):
    """The goals a contact worked on."""

    __tablename__ = "contact_goal"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"),
                                            primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="RESTRICT"),
                                         primary_key=True, index=True)


class ReferralOut(Tracked, Base):
    """A referral from the refuge to another agency on her behalf."""

    __tablename__ = "referral_out"
    __table_args__ = (
        CheckConstraint(_in("agency", Agency), name="referral_out_agency_known"),
        CheckConstraint(_in("status", ReferralOutStatus), name="referral_out_status_known"),
        CheckConstraint("follow_up_on IS NULL OR follow_up_on >= made_on",
                        name="referral_out_dates_in_order"),
        Index("ix_referral_out_status_follow_up", "status", "follow_up_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"),
                                             index=True)
    agency: Mapped[str] = mapped_column(String(30))
    #: The agency's own name (required when `agency` is other).
    agency_name: Mapped[str] = mapped_column(String(120), default="")
    made_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=ReferralOutStatus.MADE.value)
    outcome: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class Programme(Tracked, Base):
    """A group programme, e.g. a 12-session Freedom Programme."""

    __tablename__ = "programme"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="programme_named"),
        CheckConstraint("sessions_to_complete >= 1", name="programme_completion_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    house_id: Mapped[int | None] = mapped_column(ForeignKey("house.id", ondelete="RESTRICT"),
                                                 nullable=True)
    #: Sessions attended that count as completing it.
    sessions_to_complete: Mapped[int] = mapped_column(default=1)


class ProgrammeSession(Tracked, Base):
    __tablename__ = "programme_session"
    __table_args__ = (
        UniqueConstraint("programme_id", "number", name="programme_session_number_unique"),
        CheckConstraint("number >= 1", name="programme_session_number_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="RESTRICT"))
    number: Mapped[int]
    held_on: Mapped[date] = mapped_column(Date)
    topic: Mapped[str] = mapped_column(String(200), default="")


class Attendance(Tracked, Base):
    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("session_id", "resident_id", name="attendance_once_per_session"),
        CheckConstraint(_in("state", AttendanceState), name="attendance_state_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("programme_session.id", ondelete="RESTRICT"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"),
                                             index=True)
    state: Mapped[str] = mapped_column(String(10))
    #: The "check she is safe" action a missed session created.
    follow_up_action_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_action.id", ondelete="RESTRICT"), nullable=True)


class Incident(Tracked, Base):
    __tablename__ = "incident"
    __table_args__ = (CheckConstraint(_in("kind", IncidentKind), name="incident_kind_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    house_id: Mapped[int | None] = mapped_column(ForeignKey("house.id", ondelete="RESTRICT"),
                                                 nullable=True)
    kind: Mapped[str] = mapped_column(String(30))
    what_happened: Mapped[str] = mapped_column(Text, default="")
    action_taken: Mapped[str] = mapped_column(Text, default="")
    police_ref: Mapped[str] = mapped_column(String(60), default="")
    who_was_told: Mapped[str] = mapped_column(Text, default="")


class IncidentResident(Base):
    __tablename__ = "incident_resident"

    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"),
                                             primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"),
                                             primary_key=True, index=True)


# The handover tables live in their own module; importing it here puts them in Base.metadata
# wherever the models are used (migrations, schema checks).
from refugedesk.db import models_handover  # noqa: E402,F401
from refugedesk.db import models_reviews as models_reviews  # noqa: E402,F401
from refugedesk.db import models_trust as models_trust  # noqa: E402,F401
