"""The signed staff roster (migration 0006): who may do what, as an administrator signed it.

Each row is one version of the whole roster (every account's id, username, role, whether it
is active, and her identity key), signed by an administrator of the version before it or by
the recovery code's identity, the vault's trust anchor. See refugedesk/db/trust.py.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from refugedesk.db.models import Base
from refugedesk.db.types import UTCDateTime, utcnow


class StaffRoster(Base):
    __tablename__ = "staff_roster"
    __table_args__ = (CheckConstraint("seq >= 1", name="roster_seq_positive"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    #: Canonical JSON (sorted keys, no spaces): exactly the bytes that were signed.
    body: Mapped[str] = mapped_column(Text)
    #: "recovery", or "staff:<id>" of the administrator who signed.
    signer: Mapped[str] = mapped_column(String(40))
    signature: Mapped[bytes] = mapped_column(LargeBinary(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
