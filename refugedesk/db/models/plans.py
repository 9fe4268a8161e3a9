"""Support plans, in versions, with her goals and the actions towards them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from refugedesk.db.models.base import Base, Tracked, values_in
from refugedesk.db.models.enums import ActionOwner, GoalStatus, NeedArea
from refugedesk.db.sealed import Sealed
from refugedesk.db.types import EnumText, UTCDateTime


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
        CheckConstraint(values_in("status", GoalStatus), name="goal_status_known"),
        CheckConstraint(f"area IS NULL OR {values_in('area', NeedArea)}", name="goal_area_known"),
        CheckConstraint("length(trim(her_words)) > 0", name="goal_in_her_words"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("support_plan.id", ondelete="RESTRICT"),
                                         index=True)
    her_words: Mapped[str] = mapped_column(Sealed("goal.her_words"))
    area: Mapped[NeedArea | None] = mapped_column(EnumText(NeedArea, 30), nullable=True)
    success_looks_like: Mapped[str] = mapped_column(Sealed("goal.success_looks_like"), default="")
    status: Mapped[GoalStatus] = mapped_column(EnumText(GoalStatus, 20), default=GoalStatus.OPEN)
    #: When the status was last set (empty while open and for goals from before 0007).
    status_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: The same goal in the previous version of the plan.
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("goal.id", ondelete="RESTRICT"), nullable=True)


class PlanAction(Tracked, Base):
    """A step towards a goal (or, with no goal, a follow-up such as a safety check)."""

    __tablename__ = "plan_action"
    __table_args__ = (
        CheckConstraint(values_in("owner", ActionOwner), name="plan_action_owner_known"),
        CheckConstraint("length(trim(what)) > 0", name="plan_action_says_what"),
        Index("ix_plan_action_plan_due", "plan_id", "due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("support_plan.id", ondelete="RESTRICT"))
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id", ondelete="RESTRICT"),
                                                nullable=True, index=True)
    what: Mapped[str] = mapped_column(Sealed("plan_action.what"))
    owner: Mapped[ActionOwner] = mapped_column(EnumText(ActionOwner, 20))
    #: The other agency's name when `owner` is agency.
    agency: Mapped[str] = mapped_column(String(120), default="")
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_action.id", ondelete="RESTRICT"), nullable=True)
    #: The MARAC meeting that agreed this action (it is then one of her MARAC actions).
    marac_referral_id: Mapped[int | None] = mapped_column(
        ForeignKey("marac_referral.id", ondelete="RESTRICT"), nullable=True, index=True)
