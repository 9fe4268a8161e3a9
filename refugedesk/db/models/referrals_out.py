"""Referrals out: from the refuge to another agency on her behalf.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from refugedesk.db.models.base import Base, Tracked, values_in
from refugedesk.db.models.enums import Agency, ReferralOutStatus
from refugedesk.db.sealed import Sealed
from refugedesk.db.types import EnumText


class ReferralOut(Tracked, Base):
    """A referral from the refuge to another agency on her behalf."""

    __tablename__ = "referral_out"
    __table_args__ = (
        CheckConstraint(values_in("agency", Agency), name="referral_out_agency_known"),
        CheckConstraint(values_in("status", ReferralOutStatus), name="referral_out_status_known"),
        CheckConstraint("follow_up_on IS NULL OR follow_up_on >= made_on",
                        name="referral_out_dates_in_order"),
        Index("ix_referral_out_status_follow_up", "status", "follow_up_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"),
                                             index=True)
    agency: Mapped[Agency] = mapped_column(EnumText(Agency, 30))
    #: The agency's own name (required when `agency` is other).
    agency_name: Mapped[str] = mapped_column(String(120), default="")
    made_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Sealed("referral_out.reason"), default="")
    status: Mapped[ReferralOutStatus] = mapped_column(EnumText(ReferralOutStatus, 20), default=ReferralOutStatus.MADE)
    outcome: Mapped[str] = mapped_column(Sealed("referral_out.outcome"), default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: Why it could be made when her consent did not cover it (issue 16): the lawful basis,
    #: in the worker's words. Empty when her consent covered it.
    lawful_basis: Mapped[str] = mapped_column(Text, default="", server_default="")
