"""A referral in: a request for a place, kept whatever the outcome.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from refugedesk.db.models.base import Base, Tracked, values_in
from refugedesk.db.models.enums import (
    DeclineReason,
    ReferralChannel,
    ReferralSource,
    ReferralStatus,
    RiskLevel,
)
from refugedesk.db.sealed import Sealed
from refugedesk.db.types import EnumText, UTCDateTime


class Referral(Tracked, Base):
    """A request for a place. Kept whatever the outcome: the reasons are what commissioners
    ask for."""

    __tablename__ = "referral"
    __table_args__ = (
        CheckConstraint(values_in("channel", ReferralChannel), name="referral_channel_known"),
        CheckConstraint(values_in("source", ReferralSource), name="referral_source_known"),
        CheckConstraint(values_in("risk_level", RiskLevel), name="referral_risk_known"),
        CheckConstraint(values_in("status", ReferralStatus), name="referral_status_known"),
        CheckConstraint("children_count >= 0", name="referral_children_not_negative"),
        CheckConstraint(
            f"(status = 'declined_by_service') = (decline_reason IS NOT NULL) "
            f"AND (decline_reason IS NULL OR {values_in('decline_reason', DeclineReason)})",
            name="referral_decline_reason"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    channel: Mapped[ReferralChannel] = mapped_column(EnumText(ReferralChannel, 20))
    source: Mapped[ReferralSource] = mapped_column(EnumText(ReferralSource, 30))
    referrer_contact: Mapped[str] = mapped_column(Sealed("referral.referrer_contact"), default="")
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
    risk_level: Mapped[RiskLevel] = mapped_column(EnumText(RiskLevel, 10))
    #: Towns or areas she must not be placed in, one per line.
    excluded_areas: Mapped[str] = mapped_column(Sealed("referral.excluded_areas"), default="")
    status: Mapped[ReferralStatus] = mapped_column(EnumText(ReferralStatus, 20), default=ReferralStatus.NEW, index=True)
    decline_reason: Mapped[DeclineReason | None] = mapped_column(EnumText(DeclineReason, 30), nullable=True)
    outcome_note: Mapped[str] = mapped_column(Sealed("referral.outcome_note"), default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
