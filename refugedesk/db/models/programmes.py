"""Group programmes, their sessions and who attended.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from refugedesk.db.models.base import Base, Tracked, values_in
from refugedesk.db.models.enums import AttendanceState, ProgrammeDelivery
from refugedesk.db.types import EnumText


class Programme(Tracked, Base):
    """A group programme, e.g. a 12-session Freedom Programme."""

    __tablename__ = "programme"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="programme_named"),
        CheckConstraint("sessions_to_complete >= 1", name="programme_completion_positive"),
        CheckConstraint(values_in("delivery", ProgrammeDelivery), name="programme_delivery_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    house_id: Mapped[int | None] = mapped_column(ForeignKey("house.id", ondelete="RESTRICT"),
                                                 nullable=True)
    #: Sessions attended that count as completing it.
    sessions_to_complete: Mapped[int] = mapped_column(default=1)
    facilitator: Mapped[str] = mapped_column(String(120), default="", server_default="")
    delivery: Mapped[ProgrammeDelivery] = mapped_column(
        EnumText(ProgrammeDelivery, 10), default=ProgrammeDelivery.IN_PERSON,
        server_default=ProgrammeDelivery.IN_PERSON.value)


class ProgrammeEnrolment(Tracked, Base):
    """She has joined a programme (before or without attending a session yet)."""

    __tablename__ = "programme_enrolment"
    __table_args__ = (
        UniqueConstraint("programme_id", "resident_id", name="programme_enrolment_once"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="RESTRICT"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"),
                                             index=True)
    enrolled_on: Mapped[date] = mapped_column(Date)


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
        CheckConstraint(values_in("state", AttendanceState), name="attendance_state_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("programme_session.id", ondelete="RESTRICT"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"),
                                             index=True)
    state: Mapped[AttendanceState] = mapped_column(EnumText(AttendanceState, 10))
    #: Attended while she had community support, outside any stay (on purpose).
    community_support: Mapped[bool] = mapped_column(default=False, server_default="0")
    #: The "check she is safe" action a missed session created.
    follow_up_action_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_action.id", ondelete="RESTRICT"), nullable=True)
