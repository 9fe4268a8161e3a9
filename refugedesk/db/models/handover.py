"""The shift handover and residents' whereabouts (issue 6; migration 0004).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from refugedesk.db.models.base import MACHINE_WRITTEN, Base, Tracked
from refugedesk.db.sealed import Sealed
from refugedesk.db.types import UTCDateTime


class Handover(Tracked, Base):
    """One handover from one worker to another, covering the instants [period_start,
    period_end). `draft` holds the lines built from the records (JSON), `notes` the writer's
    free text per house and for the whole service (JSON). Once `sealed_at` is set (it was
    sent) neither changes: a trigger in the schema refuses it, and corrections are addenda."""

    __tablename__ = "handover"
    __table_args__ = (
        CheckConstraint("period_end > period_start", name="handover_period_in_order"),
        CheckConstraint("json_valid(draft) AND json_valid(notes)", name="handover_json"),
        CheckConstraint("acknowledged_at IS NULL OR sealed_at IS NOT NULL",
                        name="handover_acknowledged_after_sealed"),
        CheckConstraint("(acknowledged_at IS NULL) = (acknowledged_by_id IS NULL)",
                        name="handover_acknowledged_by_someone"),
        Index("ix_handover_sealed_period", "sealed_at", "period_end"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    period_start: Mapped[datetime] = mapped_column(UTCDateTime())
    period_end: Mapped[datetime] = mapped_column(UTCDateTime())
    from_staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), index=True)
    to_staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), index=True)
    #: The shift it hands over to, in the service's own words ("Night on call", "Weekend").
    shift: Mapped[str] = mapped_column(String(60), default="")
    draft: Mapped[str] = mapped_column(Sealed("handover.draft", json_text=True), default="{}", info=MACHINE_WRITTEN)
    notes: Mapped[str] = mapped_column(Sealed("handover.notes", json_text=True), default="{}", info=MACHINE_WRITTEN)
    sealed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    acknowledged_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True)


class HandoverAddendum(Base):
    """A correction or addition to a sealed handover. Never edited, never deleted."""

    __tablename__ = "handover_addendum"
    __table_args__ = (CheckConstraint("length(trim(text)) > 0", name="addendum_says_something"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(
        ForeignKey("handover.id", ondelete="RESTRICT"), index=True)
    text: Mapped[str] = mapped_column(Sealed("handover_addendum.text"))
    by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())


class SignOut(Tracked, Base):
    """The house log book: she went out at `out_at`, expected back at `expected_back`. Open
    (she is out) while `back_at` is empty; overdue once `expected_back` has passed."""

    __tablename__ = "sign_out"
    __table_args__ = (
        CheckConstraint("expected_back > out_at", name="sign_out_back_after_out"),
        CheckConstraint("back_at IS NULL OR back_at >= out_at", name="sign_out_back_in_order"),
        Index("ix_sign_out_open", "back_at", "expected_back"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id", ondelete="RESTRICT"), index=True)
    out_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expected_back: Mapped[datetime] = mapped_column(UTCDateTime())
    #: Can staff reach her while she is out (she has her phone, it is safe to call)?
    contactable: Mapped[bool] = mapped_column(default=True)
    note: Mapped[str] = mapped_column(Sealed("sign_out.note"), default="")
    back_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class WhereaboutsStep(Base):
    """A step taken while she was not back: tried her phone, told the police... by whom, when."""

    __tablename__ = "whereabouts_step"
    __table_args__ = (CheckConstraint("length(trim(what)) > 0", name="step_says_what"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sign_out_id: Mapped[int] = mapped_column(
        ForeignKey("sign_out.id", ondelete="RESTRICT"), index=True)
    what: Mapped[str] = mapped_column(Sealed("whereabouts_step.what"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True)


class OnCall(Tracked, Base):
    """Who is on call for the night that starts on `night_of` (migration 0008). Managers keep
    the rota; the handover offers tonight's on-call worker as its receiver."""

    __tablename__ = "on_call"
    __table_args__ = (UniqueConstraint("night_of", name="on_call_one_per_night"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    night_of: Mapped[date] = mapped_column(Date)
    staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), index=True)
    #: The rota's own words for that night ("till 08:00", "cover for Bea").
    note: Mapped[str] = mapped_column(Sealed("on_call.note", 200), default="")
