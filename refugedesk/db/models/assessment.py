"""Needs assessments (the outcome star): one score per area at a stage.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from refugedesk.db.models.base import Base, Tracked, values_in
from refugedesk.db.models.enums import AssessmentStage, NeedArea
from refugedesk.db.sealed import Sealed
from refugedesk.db.types import EnumText


class NeedsAssessment(Tracked, Base):
    __tablename__ = "needs_assessment"
    __table_args__ = (
        CheckConstraint(values_in("stage", AssessmentStage), name="needs_stage_known"),
        Index("ix_needs_assessment_resident_on", "resident_id", "assessed_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"))
    assessed_on: Mapped[date] = mapped_column(Date)
    stage: Mapped[AssessmentStage] = mapped_column(EnumText(AssessmentStage, 10))

    scores: Mapped[list[NeedScore]] = relationship(order_by="NeedScore.id")


class NeedScore(Base):
    __tablename__ = "need_score"
    __table_args__ = (
        UniqueConstraint("assessment_id", "area", name="need_score_one_per_area"),
        CheckConstraint(values_in("area", NeedArea), name="need_area_known"),
        CheckConstraint("score BETWEEN 1 AND 5", name="need_score_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("needs_assessment.id", ondelete="CASCADE"))
    area: Mapped[NeedArea] = mapped_column(EnumText(NeedArea, 30))
    score: Mapped[int]
    her_words: Mapped[str] = mapped_column(Sealed("need_score.her_words"), default="")
