"""The audit trail: who did what to which record, when. A hash chain makes edits visible.

Each event's hash covers its own fields and the previous event's hash. Editing an event breaks
its own hash; deleting one breaks the next event's link and leaves a gap in the ids (which never
get reused); deleting the newest ones leaves the table's AUTOINCREMENT counter ahead of the last
id, or, once a new event has been chained onto the survivors, a gap. `verify` reports all.

Events name the kind of action and the record, never the sensitive values themselves.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from refugedesk.db.models import AuditEvent
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Person

GENESIS = "0" * 64


def digest(prev_hash: str, event: AuditEvent) -> str:
    """The hash that chains `event` to the one before it (`prev_hash`): its fields, never
    anything but what the event itself holds."""
    body = json.dumps(
        [prev_hash, event.at.isoformat(timespec="microseconds"), event.actor_id, event.actor,
         event.kind, event.record_type, event.record_id, event.detail],
        separators=(",", ":"), ensure_ascii=False,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def record(
    session: Session, person: Person | None, kind: str, *, record_type: str | None = None,
    record_id: int | None = None, detail: str = "", actor: str | None = None,
) -> AuditEvent:
    """Add one event to the chain, inside the caller's (write-locked) transaction."""
    prev = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    event = AuditEvent(
        at=utcnow(), actor_id=person.id if person else None,
        actor=actor or (person.username if person else "system"), kind=kind,
        record_type=record_type, record_id=record_id, detail=detail,
        prev_hash=prev or GENESIS,
    )
    event.hash = digest(event.prev_hash, event)
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class ChainReport:
    events: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(session: Session) -> ChainReport:
    """Walk the whole chain in order and report every break."""
    problems: list[str] = []
    prev_hash = GENESIS
    last_id = 0
    count = 0
    rows = session.scalars(
        select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=2000)
    )
    for event in rows:
        count += 1
        if event.id != last_id + 1:
            # AUTOINCREMENT ids run 1, 2, 3 ... without reuse; a gap is a deletion even when a
            # later event was chained onto the survivors (as the next sign-in's event is).
            gone = (f"event {last_id + 1} has" if event.id == last_id + 2
                    else f"events {last_id + 1} to {event.id - 1} have")
            problems.append(f"Audit {gone} been deleted (before event {event.id}).")
        if event.prev_hash != prev_hash:
            problems.append(
                f"Audit event {event.id}: the event before it was changed or deleted "
                f"(after event {last_id or 'start'})."
            )
        if digest(event.prev_hash, event) != event.hash:
            problems.append(f"Audit event {event.id} was changed after it was written.")
        prev_hash = event.hash
        last_id = event.id
    seq = session.connection().exec_driver_sql(
        "SELECT seq FROM sqlite_sequence WHERE name = 'audit_event'"
    ).scalar()
    if seq is not None and seq > last_id:
        problems.append(
            f"The newest audit events (after event {last_id}, up to {seq}) have been deleted."
        )
    return ChainReport(count, problems)
