"""Risk: DASH checklists and MARAC referrals.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from refugedesk.db.models.base import Base, Tracked, values_in
from refugedesk.db.models.enums import RiskLevel, RiskRoute
from refugedesk.db.sealed import Sealed
from refugedesk.db.types import EnumText, UTCDateTime


class RiskAssessment(Tracked, Base):
    """One DASH checklist: 24 answers with comments (JSON list), the score and the level."""

    __tablename__ = "risk_assessment"
    __table_args__ = (
        CheckConstraint(values_in("level", RiskLevel), name="risk_level_known"),
        CheckConstraint(values_in("route", RiskRoute), name="risk_route_known"),
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
    level: Mapped[RiskLevel] = mapped_column(EnumText(RiskLevel, 10))
    route: Mapped[RiskRoute] = mapped_column(EnumText(RiskRoute, 30))
    reason: Mapped[str] = mapped_column(Sealed("risk_assessment.reason"), default="")


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
    reason: Mapped[str] = mapped_column(Sealed("marac_referral.reason"), default="")
    actions: Mapped[str] = mapped_column(Sealed("marac_referral.actions"), default="")
    repeat_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("marac_referral.id", ondelete="RESTRICT"), nullable=True)
