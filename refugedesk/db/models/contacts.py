"""Keywork contacts and the goals each worked on.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from refugedesk.db.models.base import Base, Tracked, values_in
from refugedesk.db.models.enums import ContactMode, ContactPlace, ContactState
from refugedesk.db.sealed import Sealed
from refugedesk.db.types import EnumText, UTCDateTime


class Contact(Tracked, Base):
    """One piece of keywork: done, planned, or planned and missed."""

    __tablename__ = "contact"
    __table_args__ = (
        CheckConstraint(values_in("mode", ContactMode), name="contact_mode_known"),
        CheckConstraint(values_in("place", ContactPlace), name="contact_place_known"),
        CheckConstraint(values_in("state", ContactState), name="contact_state_known"),
        CheckConstraint("minutes >= 0", name="contact_minutes_not_negative"),
        Index("ix_contact_resident_at", "resident_id", "at"),
        #: A worker's planned contacts for one day (Today), without walking her whole history.
        Index("ix_contact_staff_state_at", "staff_id", "state", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True, index=True)
    minutes: Mapped[int] = mapped_column(default=0)
    mode: Mapped[ContactMode] = mapped_column(EnumText(ContactMode, 20))
    place: Mapped[ContactPlace] = mapped_column(EnumText(ContactPlace, 20))
    state: Mapped[ContactState] = mapped_column(EnumText(ContactState, 10), default=ContactState.ATTENDED)
    notes: Mapped[str] = mapped_column(Sealed("contact.notes"), default="")
    #: Support given in the community, outside any stay: counted on purpose (not a mistake).
    community_support: Mapped[bool] = mapped_column(default=False, server_default="0")


class ContactGoal(Base):
    """The goals a contact worked on."""

    __tablename__ = "contact_goal"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"),
                                            primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="RESTRICT"),
                                         primary_key=True, index=True)
