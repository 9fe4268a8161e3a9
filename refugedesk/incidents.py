"""Incidents: what happened, where, to whom, what was done, the police reference and who was
told. The handover reads them with `incidents_between`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from refugedesk import audit, dates, history
from refugedesk.db.models import House, Incident, IncidentKind, IncidentResident, Resident
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Vault
from refugedesk.errors import DateInFuture, NotFound, ValidationError
from refugedesk.i18n import translate


def log_incident(vault: Vault, *, at: datetime, kind: IncidentKind, house_id: int | None = None,
                 resident_ids: Sequence[int] = (), what_happened: str = "",
                 action_taken: str = "", police_ref: str = "", who_was_told: str = "",
                 community_support: bool = False) -> int:
    """Record an incident (it has happened, so not in the future). Dated outside all the stays
    of a resident involved, it is refused (OutsideStay) unless it is `community_support`
    (refugedesk/history.py). Returns its id."""
    dates.check_dates(at=at)
    kind = IncidentKind(kind)
    if at.tzinfo is None:
        raise ValueError("at must be timezone-aware")
    if at > utcnow() + timedelta(minutes=5):
        raise DateInFuture(translate("Incidents", "An incident cannot be in the future."),
                           field="at")
    if house_id is None and not resident_ids:
        raise ValidationError(translate("Incidents", "Say which house, or who was involved."),
                              field="house")
    with vault.transaction() as session:
        if house_id is not None and session.get(House, house_id) is None:
            raise NotFound("house")
        people = sorted(set(resident_ids))
        found = set(session.scalars(select(Resident.id).where(Resident.id.in_(people))))
        if found != set(people):
            raise NotFound("resident")
        for resident_id in people:
            who = "she" if len(people) == 1 else session.get_one(Resident, resident_id).reference
            history.check(session, resident_id, at, community_support=community_support,
                          field="at", who=who)
        row = Incident(at=at, house_id=house_id, kind=kind,
                       what_happened=what_happened.strip(), action_taken=action_taken.strip(),
                       police_ref=police_ref.strip(), who_was_told=who_was_told.strip(),
                       community_support=bool(community_support),
                       created_by_id=vault.person.id, updated_by_id=vault.person.id)
        session.add(row)
        session.flush()
        session.add_all(IncidentResident(incident_id=row.id, resident_id=r) for r in people)
        audit.record(session, vault.person, "incident_logged", record_type="incident",
                     record_id=row.id, detail=f"kind={kind} residents={len(people)}"
                     + (" community_support" if community_support else ""))
        return row.id


@dataclass(frozen=True)
class IncidentRow:
    id: int
    at: datetime
    kind: IncidentKind
    house_id: int | None
    house: str | None
    resident_ids: tuple[int, ...]
    references: tuple[str, ...]
    what_happened: str
    action_taken: str
    police_ref: str
    who_was_told: str
    #: Support given outside the stays of those involved, on purpose.
    community_support: bool = False


def _rows(session: Session, incidents: Sequence[Incident]) -> list[IncidentRow]:
    ids = [i.id for i in incidents]
    who: dict[int, list[tuple[int, str]]] = {}
    if ids:
        for iid, rid, ref in session.execute(
                select(IncidentResident.incident_id, Resident.id, Resident.reference)
                .join(Resident, IncidentResident.resident_id == Resident.id)
                .where(IncidentResident.incident_id.in_(ids)).order_by(Resident.reference)):
            who.setdefault(iid, []).append((rid, ref))
    houses: dict[int | None, str] = dict(session.execute(select(House.id, House.name)).all()) if ids else {}
    return [IncidentRow(i.id, i.at, i.kind, i.house_id, houses.get(i.house_id),
                        tuple(r for r, _ in who.get(i.id, [])),
                        tuple(ref for _, ref in who.get(i.id, [])), i.what_happened,
                        i.action_taken, i.police_ref, i.who_was_told, i.community_support)
            for i in incidents]


def incidents_between(session: Session, start: datetime, end: datetime) -> list[IncidentRow]:
    """Incidents at instants in [start, end), oldest first (the handover's period)."""
    dates.check_dates(start=start, end=end)
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("start and end must be timezone-aware")
    rows = session.scalars(select(Incident).where(Incident.at >= start, Incident.at < end)
                           .order_by(Incident.at, Incident.id))
    return _rows(session, list(rows))


def incidents_since(session: Session, since: datetime) -> list[IncidentRow]:
    dates.check_dates(since=since)
    return incidents_between(session, since, utcnow() + timedelta(minutes=5))


def incidents_for(session: Session, resident_id: int) -> list[IncidentRow]:
    """The incidents she was involved in, newest first."""
    rows = session.scalars(select(Incident).join(
        IncidentResident, IncidentResident.incident_id == Incident.id).where(
        IncidentResident.resident_id == resident_id).order_by(Incident.at.desc()))
    return _rows(session, list(rows))
