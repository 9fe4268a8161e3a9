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
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from refugedesk.db.models import AuditEvent
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Person
from refugedesk.i18n import translate

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
    # A server computes the chain itself (server/audit_chain.py) and ignores what is sent
    # for it: no need to read the newest hash there.
    on_server = session.get_bind().dialect.name != "sqlite"
    prev = None if on_server else session.scalar(
        select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    event = AuditEvent(
        at=utcnow(), actor_id=person.id if person else None,
        actor=actor or (person.username if person else "system"), kind=kind,
        record_type=record_type, record_id=record_id, detail=detail,
        prev_hash=prev or GENESIS,
    )
    event.hash = digest(event.prev_hash, event)
    session.add(event)
    session.flush()
    if on_server:
        # What the server wrote in place of what was sent (the id came back with the insert)
        # is read back if anyone asks for it, not on every event.
        session.expire(event, ["at", "actor_id", "actor", "prev_hash", "hash"])
    return event


@dataclass(frozen=True)
class ChainReport:
    events: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


# Audit events read at a time by `verify`.
VERIFY_PAGE = 2000


def _in_order(session: Session) -> Iterator[AuditEvent]:
    """Every audit event by id, a page at a time from where the last ended: memory stays
    flat however long the trail, with no server-side cursor (which needs a transaction; a
    server's reading session has none)."""
    after = 0
    while True:
        page = list(session.scalars(select(AuditEvent).where(AuditEvent.id > after)
                                    .order_by(AuditEvent.id).limit(VERIFY_PAGE)))
        yield from page
        if len(page) < VERIFY_PAGE:
            return
        after = page[-1].id  # (the session holds the pages passed only weakly)


def verify(session: Session) -> ChainReport:
    """Walk the whole chain in order and report every break."""
    problems: list[str] = []
    prev_hash = GENESIS
    last_id = 0
    count = 0
    # How far the chain ran before the walk began: events added while it walks are welcome,
    # and cannot make the newest look cut off.
    seq = session.connection().exec_driver_sql(
        "SELECT seq FROM sqlite_sequence WHERE name = 'audit_event'"
    ).scalar()
    for event in _in_order(session):
        count += 1
        if event.id != last_id + 1:
            # AUTOINCREMENT ids run 1, 2, 3 ... without reuse; a gap is a deletion even when a
            # later event was chained onto the survivors (as the next sign-in's event is).
            if event.id == last_id + 2:
                problems.append(translate(
                    "Audit", "Audit event {gone} has been deleted (before event {number}).")
                    .format(gone=last_id + 1, number=event.id))
            else:
                problems.append(translate(
                    "Audit", "Audit events {first} to {last} have been deleted (before event "
                    "{number}).").format(first=last_id + 1, last=event.id - 1, number=event.id))
        if event.prev_hash != prev_hash:
            problems.append(
                translate("Audit", "Audit event {number}: the event before it was changed or "
                          "deleted (after event {before}).").format(
                    number=event.id, before=last_id) if last_id else
                translate("Audit", "Audit event {number}: the event before it was changed or "
                          "deleted (after the start).").format(number=event.id))
        if digest(event.prev_hash, event) != event.hash:
            problems.append(translate(
                "Audit", "Audit event {number} was changed after it was written.").format(
                number=event.id))
        prev_hash = event.hash
        last_id = event.id
    if seq is not None and seq > last_id:
        problems.append(translate(
            "Audit", "The newest audit events (after event {last}, up to {seq}) have been "
            "deleted.").format(last=last_id, seq=seq))
    return ChainReport(count, problems)
