"""The organisation, its staff, the audit trail and the signed staff roster.

StaffRoster (migration 0006) holds each signed version of who may do what; see
refugedesk/db/trust.py.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from refugedesk.db.models.base import MACHINE_WRITTEN, Base, Tracked
from refugedesk.db.models.enums import Role
from refugedesk.db.types import EnumText, UTCDateTime, utcnow


class Organisation(Base):
    """The refuge service using this vault: one row."""

    __tablename__ = "organisation"
    __table_args__ = (
        CheckConstraint("id = 1", name="one_row"),
        CheckConstraint("idle_lock_minutes BETWEEN 1 AND 240", name="idle_lock_range"),
        CheckConstraint("retention_adult_years BETWEEN 1 AND 100 AND retention_child_age "
                        "BETWEEN 18 AND 100 AND retention_referral_years BETWEEN 1 AND 100 "
                        "AND retention_draft_days BETWEEN 1 AND 3650",
                        name="retention_schedule_range"),
        CheckConstraint("small_number_threshold BETWEEN 1 AND 100",
                        name="small_number_threshold_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200))
    is_demo: Mapped[bool] = mapped_column(default=False)
    idle_lock_minutes: Mapped[int] = mapped_column(default=10)
    #: The recovery slot's public key, so a rekey can reseal to it (see keyslots.py).
    recovery_public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    #: The service's rule on boys: a boy this age or older cannot be housed (find-a-room
    #: leaves out every room for such a family). Empty when the service has no such rule.
    boys_age_limit: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: Shown beside every resident under 18 (header, Today, handover): the service's own
    #: safeguarding note. Empty means the plain default in resident_header.
    under_18_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: The retention schedule (issue 16; defaults from sector guidance): an adult's record is
    #: due for review this many years after her last contact; a child's at this birthday; a
    #: referral that never became a stay after this many years; a form draft after these days.
    retention_adult_years: Mapped[int] = mapped_column(Integer, default=6, server_default="6")
    retention_child_age: Mapped[int] = mapped_column(Integer, default=25, server_default="25")
    retention_referral_years: Mapped[int] = mapped_column(Integer, default=1,
                                                          server_default="1")
    retention_draft_days: Mapped[int] = mapped_column(Integer, default=90, server_default="90")
    #: Reports for outside the service show counts below this as "fewer than N".
    small_number_threshold: Mapped[int] = mapped_column(Integer, default=5, server_default="5")
    #: The service's own privacy notice, shown at intake; when it was last changed.
    privacy_notice: Mapped[str] = mapped_column(Text, default="", server_default="")
    privacy_notice_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(),
                                                                       nullable=True)


class ReferenceCounter(Base):
    """The last number issued for each kind of reference RefugeDesk makes (households:
    "household"). Numbers are only ever counted up, so an issued reference is never reused."""

    __tablename__ = "reference_counter"
    __table_args__ = (CheckConstraint("last >= 0", name="reference_counter_not_negative"),)

    name: Mapped[str] = mapped_column(String(30), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


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
    role: Mapped[Role] = mapped_column(EnumText(Role, 20))
    active: Mapped[bool] = mapped_column(default=True)
    #: The public key of her key slot while she is active; a rekey seals the new database key
    #: only to the keys recorded here, inside the encrypted file.
    slot_public_key: Mapped[bytes | None] = mapped_column(LargeBinary(32), nullable=True)
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    #: The language she works in, "en" or "cy" (refugedesk/i18n.py); hers to change.
    language: Mapped[str] = mapped_column(String(5), default="en", server_default="en")

    @property
    def role_enum(self) -> Role:
        """The same as `role`, which is a Role now; kept only because db/vault.py reads it."""
        return self.role


class AuditEvent(Base):
    """One thing that happened. Holds what kind and which record, never the sensitive values.

    `hash` covers this event's fields and the previous event's hash, so editing or deleting an
    event breaks the chain (see refugedesk/audit.py).
    """

    __tablename__ = "audit_event"
    __table_args__ = (
        # The audit trail for managers (refugedesk/audit_view.py) filters by who acted and by
        # which record, newest first (migration 0008).
        Index("ix_audit_event_actor_at", "actor", "at"),
        Index("ix_audit_event_record_at", "record_type", "record_id", "at"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True
    )
    actor: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(40), index=True)
    record_type: Mapped[str | None] = mapped_column(String(40), nullable=True)
    record_id: Mapped[int | None] = mapped_column(nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="", info=MACHINE_WRITTEN)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class StaffRoster(Base):
    __tablename__ = "staff_roster"
    __table_args__ = (CheckConstraint("seq >= 1", name="roster_seq_positive"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    #: Canonical JSON (sorted keys, no spaces): exactly the bytes that were signed.
    body: Mapped[str] = mapped_column(Text, info=MACHINE_WRITTEN)
    #: "recovery", or "staff:<id>" of the administrator who signed.
    signer: Mapped[str] = mapped_column(String(40))
    signature: Mapped[bytes] = mapped_column(LargeBinary(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
