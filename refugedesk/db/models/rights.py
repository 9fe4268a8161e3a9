"""Her rights over her data and need-to-know (issue 16; migration 0008).

    RetentionDecision  a manager's decision on a record due under the retention schedule:
                       keep longer (with a reason and a date), anonymise or erase; carried
                       out later (`carried_out_at`) by `refugedesk retention --apply`.
    ErasureRequest     her request to be erased, the decision (erase, anonymise, or refuse
                       with the reason) and when it was carried out. Once carried out it no
                       longer names her: `resident_id` is cleared.
    SubjectAccess      a subject access request: when she asked, when it is due (one month),
                       what a manager withheld and why (JSON list), when it was released.
    StaffHouse         the houses a staff member works in (need-to-know: a worker sees the
                       full record of women in her houses and her own keywork).
    AccessReason       why a worker opened a record outside her houses ("Open anyway"):
                       managers see these on Today.

The schedule itself and the small-numbers threshold are columns of Organisation; the privacy
notice given to her and her anonymisation are columns of Resident; what a consent covers and
how she gave it are columns of Consent; the lawful basis of a referral out her consent does
not cover is a column of ReferralOut.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from refugedesk.db.models.base import MACHINE_WRITTEN, Base, Tracked, values_in
from refugedesk.db.models.enums import ErasureDecision, RetentionChoice
from refugedesk.db.sealed import Sealed
from refugedesk.db.types import EnumText, UTCDateTime, utcnow


class RetentionDecision(Tracked, Base):
    __tablename__ = "retention_decision"
    __table_args__ = (
        CheckConstraint("record_type IN ('resident', 'referral')",
                        name="retention_decision_record_type"),
        CheckConstraint(values_in("choice", RetentionChoice), name="retention_decision_choice"),
        CheckConstraint("length(trim(reason)) > 0", name="retention_decision_has_reason"),
        CheckConstraint("choice != 'keep' OR keep_until IS NOT NULL",
                        name="retention_decision_keep_has_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    record_type: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[int] = mapped_column(Integer, index=True)
    choice: Mapped[RetentionChoice] = mapped_column(EnumText(RetentionChoice, 20))
    reason: Mapped[str] = mapped_column(Sealed("retention_decision.reason"))
    keep_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="RESTRICT"))
    carried_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class ErasureRequest(Tracked, Base):
    __tablename__ = "erasure_request"
    __table_args__ = (
        CheckConstraint(f"decision IS NULL OR {values_in('decision', ErasureDecision)}",
                        name="erasure_request_decision"),
        CheckConstraint("decision != 'refuse' OR length(trim(reason)) > 0",
                        name="erasure_request_refusal_has_reason"),
        CheckConstraint("carried_out_at IS NULL OR decision IS NOT NULL",
                        name="erasure_request_decided_first"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The request's own reference (E-0001), so it can be spoken of once she is erased.
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    received_on: Mapped[date] = mapped_column(Date)
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("resident.id", ondelete="SET NULL"), nullable=True, index=True)
    decision: Mapped[ErasureDecision | None] = mapped_column(EnumText(ErasureDecision, 20),
                                                             nullable=True)
    reason: Mapped[str] = mapped_column(Sealed("erasure_request.reason"), default="")
    decided_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True)
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    carried_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class SubjectAccess(Tracked, Base):
    __tablename__ = "subject_access"
    __table_args__ = (
        CheckConstraint("json_valid(withheld)", name="subject_access_withheld_json"),
        CheckConstraint("due_on >= requested_on", name="subject_access_dates_in_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("resident.id", ondelete="SET NULL"), nullable=True, index=True)
    requested_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    #: [{"item": what was withheld (a key, never its content), "why": the exemption}]
    withheld: Mapped[str] = mapped_column(Sealed("subject_access.withheld", json_text=True), default="[]", info=MACHINE_WRITTEN)
    reviewed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True)
    released_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class StaffHouse(Base):
    __tablename__ = "staff_house"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="CASCADE"),
                                          primary_key=True)
    house_id: Mapped[int] = mapped_column(ForeignKey("house.id", ondelete="CASCADE"),
                                          primary_key=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AccessReason(Base):
    __tablename__ = "access_reason"
    __table_args__ = (
        CheckConstraint("length(trim(reason)) > 0", name="access_reason_given"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="RESTRICT"),
                                          index=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="CASCADE"),
                                             index=True)
    reason: Mapped[str] = mapped_column(Sealed("access_reason.reason"))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
