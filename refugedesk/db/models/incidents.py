"""Incidents and the residents they involved.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from refugedesk.db.models.base import Base, Tracked, values_in
from refugedesk.db.models.enums import IncidentKind
from refugedesk.db.sealed import Sealed
from refugedesk.db.types import EnumText, UTCDateTime


class Incident(Tracked, Base):
    __tablename__ = "incident"
    __table_args__ = (CheckConstraint(values_in("kind", IncidentKind), name="incident_kind_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    house_id: Mapped[int | None] = mapped_column(ForeignKey("house.id", ondelete="RESTRICT"),
                                                 nullable=True)
    kind: Mapped[IncidentKind] = mapped_column(EnumText(IncidentKind, 30))
    what_happened: Mapped[str] = mapped_column(Sealed("incident.what_happened"), default="")
    action_taken: Mapped[str] = mapped_column(Sealed("incident.action_taken"), default="")
    police_ref: Mapped[str] = mapped_column(String(60), default="")
    who_was_told: Mapped[str] = mapped_column(Sealed("incident.who_was_told"), default="")
    #: Happened while she had community support, outside any stay (on purpose).
    community_support: Mapped[bool] = mapped_column(default=False, server_default="0")


class IncidentResident(Base):
    __tablename__ = "incident_resident"

    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"),
                                             primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"),
                                             primary_key=True, index=True)
