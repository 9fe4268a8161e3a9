"""The audit chain is computed by the server (issue 17): whatever a client sends for an
event's id, time, prev_hash and hash, the server's trigger writes its own, chained to the
newest event under a lock, in exactly audit.py's scheme, so the domain's own `audit.verify`
checks a server's trail unchanged. Clients connect as a worker's own login, as psql would."""

from __future__ import annotations

import multiprocessing
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from refugedesk import audit
from refugedesk.db.models import AuditEvent, StaffMember

from .conftest import SecuredDatabase, scram_verifier, sealing_engine

FORGED = {"id": 999, "at": "2001-01-01T00:00:00.000000+00:00", "prev_hash": "f" * 64,
          "hash": "e" * 64}
INSERT = ("INSERT INTO audit_event (id, at, actor, kind, record_type, record_id, detail, "
          "prev_hash, hash) VALUES (%(id)s, %(at)s, %(actor)s, %(kind)s, %(record_type)s, "
          "%(record_id)s, %(detail)s, %(prev_hash)s, %(hash)s)")


@pytest.fixture
def worker(pg_secured: SecuredDatabase) -> tuple[str, str]:
    name, password = f"{pg_secured.prefix}w{secrets.token_hex(2)}", secrets.token_urlsafe(12)
    info = pg_secured.conninfo(pg_secured.admin, pg_secured.admin_password)
    with psycopg.connect(info, autocommit=True) as conn:
        conn.execute("SELECT refugedesk_add_staff(%s, 'W', 'support_worker', %s)",
                     (name, scram_verifier(info, name, password)))
    return name, password


@pytest.fixture
def superuser_engine(pg_secured: SecuredDatabase) -> Iterator[Engine]:
    engine = sealing_engine(pg_secured.server.url(pg_secured.name))
    yield engine
    engine.dispose()


def _verify(engine: Engine) -> audit.ChainReport:
    with Session(engine) as session:
        return audit.verify(session)


def _events(engine: Engine) -> list[AuditEvent]:
    with Session(engine) as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))


def _insert(conninfo: str, **fields: object) -> None:
    values = {"actor": "someone", "kind": "sign_in", "record_type": None, "record_id": None,
              "detail": ""} | FORGED | fields
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(INSERT, values)


def test_the_server_computes_the_chain_whatever_the_client_sent(
        pg_secured: SecuredDatabase, worker, superuser_engine: Engine) -> None:
    before = _events(superuser_engine)
    assert [e.kind for e in before] == ["staff_added", "staff_added"]  # admin, then worker
    started = datetime.now(UTC)
    _insert(pg_secured.conninfo(*worker), actor=worker[0], record_type="resident",
            record_id=7)
    events = _events(superuser_engine)
    new = events[-1]
    assert new.id == 3 and new.id != FORGED["id"]
    assert new.prev_hash == before[-1].hash != FORGED["prev_hash"]
    assert new.hash == audit.digest(new.prev_hash, new) != FORGED["hash"]
    # The server's clock, not the client's: within this test's run.
    assert started - timedelta(seconds=5) <= new.at <= datetime.now(UTC) + timedelta(seconds=5)
    assert events[0].prev_hash == audit.GENESIS
    report = _verify(superuser_engine)
    assert report.ok and report.events == 3, report.problems


def test_an_event_is_written_under_the_name_of_whoever_is_signed_in(
        pg_secured: SecuredDatabase, worker, superuser_engine: Engine) -> None:
    """A worker cannot put an event under a colleague's name (or none)."""
    with Session(superuser_engine) as session:
        ids = dict(session.execute(select(StaffMember.username, StaffMember.id)).all())
    with psycopg.connect(pg_secured.conninfo(*worker), autocommit=True) as conn:
        for actor_id, actor in ((ids[pg_secured.admin], pg_secured.admin), (None, "someone"),
                                (None, "system")):
            conn.execute("INSERT INTO audit_event (actor_id, actor, kind, detail) "
                         "VALUES (%s, %s, 'record_opened', '')", (actor_id, actor))
    written = _events(superuser_engine)[-3:]
    assert [(e.actor_id, e.actor) for e in written] == [
        (ids[worker[0]], worker[0]), (ids[worker[0]], worker[0]), (ids[worker[0]], "system")]
    assert _verify(superuser_engine).ok


def test_a_transaction_left_open_is_ended_by_the_server(pg_secured: SecuredDatabase,
                                                        worker) -> None:
    """A save cut off half way (a laptop closed) would hold the chain's head, and every
    office's saves with it: the database ends such a transaction after a minute."""
    with psycopg.connect(pg_secured.conninfo(*worker)) as conn:
        assert conn.execute("SHOW idle_in_transaction_session_timeout").fetchone() == ("1min",)


def test_the_servers_hash_is_audit_py_s_for_any_text(pg_secured: SecuredDatabase, worker,
                                                    superuser_engine: Engine) -> None:
    """JSON escaping must agree byte for byte: quotes, backslashes, control characters,
    accents, Welsh, characters beyond the BMP."""
    detail = 'Llŷr "quoted" back\\slash\nline\ttab\x01\x1f\x7f é ☃ 𝄞 </script>'
    _insert(pg_secured.conninfo(*worker), actor="Siân", detail=detail, record_id=-12)
    new = _events(superuser_engine)[-1]
    assert new.detail == detail
    assert new.hash == audit.digest(new.prev_hash, new)
    assert _verify(superuser_engine).ok


def test_a_rolled_back_event_leaves_no_gap(pg_secured: SecuredDatabase, worker,
                                           superuser_engine: Engine) -> None:
    """A sequence would have spent a number; the head row rolls back with the event."""
    with psycopg.connect(pg_secured.conninfo(*worker)) as conn:
        conn.execute(INSERT, {"actor": "w", "kind": "x", "record_type": None,
                              "record_id": None, "detail": ""} | FORGED)
        conn.rollback()
    _insert(pg_secured.conninfo(*worker))
    assert [e.id for e in _events(superuser_engine)] == [1, 2, 3]
    assert _verify(superuser_engine).ok


def test_even_the_owner_cannot_change_an_event(pg_secured: SecuredDatabase,
                                               superuser_engine: Engine) -> None:
    """Grants keep staff out; the triggers also stop the owner, who has every privilege."""
    owner_url = superuser_engine.url.set(username=pg_secured.owner)
    with psycopg.connect(pg_secured.superuser_conninfo(), autocommit=True) as conn:
        password = secrets.token_urlsafe(12)
        conn.execute(f'ALTER ROLE "{pg_secured.owner}" PASSWORD \'{password}\'')
    owner = owner_url.set(password=password).render_as_string(hide_password=False)
    info = owner.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(info, autocommit=True) as conn:
        for statement in ("UPDATE audit_event SET detail = 'x'", "DELETE FROM audit_event",
                          "TRUNCATE audit_event"):
            with pytest.raises(errors.IntegrityConstraintViolation):
                conn.execute(statement)


def test_cutting_the_newest_events_is_noticed(pg_secured: SecuredDatabase, worker,
                                              superuser_engine: Engine) -> None:
    """Only a superuser can get past the triggers; audit.verify still sees what she did."""
    for _ in range(3):
        _insert(pg_secured.conninfo(*worker))
    with psycopg.connect(pg_secured.superuser_conninfo(), autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")  # triggers off
        conn.execute("DELETE FROM audit_event WHERE id >= 4")
    report = _verify(superuser_engine)
    assert not report.ok
    assert any("newest" in p for p in report.problems), report.problems


def _race(conninfo: str, start: Any, events: int) -> int:
    """One office writing events as fast as it can, from the same moment as the others:
    `start` is a barrier every process reaches once connected (a fixed start time was not
    enough on a busy machine, where spawning a process took longer than the wait)."""
    import os

    with psycopg.connect(conninfo, autocommit=True) as conn:
        start.wait(timeout=120)
        for n in range(events):
            conn.execute(INSERT, {"actor": "racer", "kind": "race", "record_type": None,
                                  "record_id": n, "detail": f"{os.getpid()}"} | FORGED)
    return events


@pytest.mark.parametrize("processes", [2, 4])
def test_racing_clients_keep_one_unbroken_chain(pg_secured: SecuredDatabase, worker,
                                                superuser_engine: Engine,
                                                processes: int) -> None:
    per_process = 40
    info = pg_secured.conninfo(*worker)
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager, context.Pool(processes) as pool:
        start = manager.Barrier(processes)
        done = pool.starmap(_race, [(info, start, per_process)] * processes)
    assert sum(done) == processes * per_process
    events = _events(superuser_engine)
    assert [e.id for e in events] == list(range(1, len(events) + 1))
    assert sum(e.kind == "race" for e in events) == processes * per_process
    # Interleaved: the processes really did write at the same time (each event names its
    # writer; one after another would switch writers only processes - 1 times).
    writers = [e.detail for e in events if e.kind == "race"]
    switches = sum(a != b for a, b in zip(writers, writers[1:], strict=False))
    assert switches > processes - 1, writers
    report = _verify(superuser_engine)
    assert report.ok, report.problems
