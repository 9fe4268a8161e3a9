"""ORM models (SQLAlchemy 2 typed). The schema itself is made by the migrations in
refugedesk/db/migrations; tests check that the two agree.

Later capabilities add their models here (or in modules imported here) together with a new
migration; an old migration is never edited.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from refugedesk.db.types import UTCDateTime, utcnow


class Base(DeclarativeBase):
    pass


class Role(StrEnum):
    SUPPORT_WORKER = "support_worker"
    MANAGER = "manager"
    ADMINISTRATOR = "administrator"

    @property
    def label(self) -> str:
        return {
            Role.SUPPORT_WORKER: "Support worker",
            Role.MANAGER: "Manager",
            Role.ADMINISTRATOR: "Administrator",
        }[self]


class Tracked:
    """Who created a record and who last changed it, and when."""

    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    @declared_attr
    def created_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True)

    @declared_attr
    def updated_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True)


class Organisation(Base):
    """The refuge service using this vault: one row."""

    __tablename__ = "organisation"
    __table_args__ = (
        CheckConstraint("id = 1", name="one_row"),
        CheckConstraint("idle_lock_minutes BETWEEN 1 AND 240", name="idle_lock_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200))
    is_demo: Mapped[bool] = mapped_column(default=False)
    idle_lock_minutes: Mapped[int] = mapped_column(default=10)
    #: The recovery slot's public key, so a rekey can reseal to it (see keyslots.py).
    recovery_public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


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
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(default=True)
    #: The public key of her key slot while she is active; a rekey seals the new database key
    #: only to the keys recorded here, inside the encrypted file.
    slot_public_key: Mapped[bytes | None] = mapped_column(LargeBinary(32), nullable=True)
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    @property
    def role_enum(self) -> Role:
        return Role(self.role)


class AuditEvent(Base):
    """One thing that happened. Holds what kind and which record, never the sensitive values.

    `hash` covers this event's fields and the previous event's hash, so editing or deleting an
    event breaks the chain (see refugedesk/audit.py).
    """

    __tablename__ = "audit_event"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True
    )
    actor: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(40), index=True)
    record_type: Mapped[str | None] = mapped_column(String(40), nullable=True)
    record_id: Mapped[int | None] = mapped_column(nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
