"""No double booking in the database itself: whoever writes, with plain SQL or a second
office's copy of RefugeDesk, the server refuses a second household in a room for the same
night, and a second live offer on a room (capacity_rules' rule, issue 13: an offer holds its
room from her arrival day on, with no end)."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date, timedelta

import psycopg
import pytest
from psycopg.errors import ExclusionViolation
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from refugedesk.server.schema import create_schema

from . import records

DEC1 = date(2026, 12, 1)


@pytest.fixture(params=[True, False], ids=["btree_gist", "core"])
def schema(request: pytest.FixtureRequest, pg_engine: Engine) -> Engine:
    """Both forms of the constraints: with btree_gist, and core PostgreSQL's alone."""
    with pg_engine.begin() as conn:
        create_schema(conn, use_btree_gist=request.param)
        ext = conn.execute(text("SELECT count(*) FROM pg_extension "
                                "WHERE extname = 'btree_gist'")).scalar()
    assert ext == int(request.param)
    return pg_engine


@pytest.fixture
def basics(schema: Engine) -> records.Basics:
    return records.basics(schema)


def _refused(schema: Engine, write) -> None:
    with pytest.raises(IntegrityError) as caught, schema.begin() as conn:
        write(conn)
    assert isinstance(caught.value.orig, ExclusionViolation)


def _count(schema: Engine, table: str) -> int:
    with schema.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_an_overlapping_stay_is_refused(schema: Engine, basics) -> None:
    room = basics.room_id
    with schema.begin() as conn:
        records.insert_stay(conn, room, DEC1, DEC1 + timedelta(days=7))
    # The last night of the first stay (7 Dec) is the first of this one.
    _refused(schema, lambda c: records.insert_stay(c, room, DEC1 + timedelta(days=6)))
    # One that starts before and runs over it.
    _refused(schema, lambda c: records.insert_stay(c, room, DEC1 - timedelta(days=3),
                                                   DEC1 + timedelta(days=1)))
    assert _count(schema, "stay") == 1


def test_a_stay_still_going_holds_every_night_from_her_arrival(schema: Engine, basics) -> None:
    room = basics.room_id
    with schema.begin() as conn:
        records.insert_stay(conn, room, DEC1)  # no leaving date
    _refused(schema, lambda c: records.insert_stay(c, room, date(2028, 1, 1),
                                                   date(2028, 1, 2)))
    with schema.begin() as conn:  # before she arrived the room was free
        records.insert_stay(conn, room, DEC1 - timedelta(days=5), DEC1)
    assert _count(schema, "stay") == 2


def test_back_to_back_stays_and_another_room_are_fine(schema: Engine, basics) -> None:
    with schema.begin() as conn:
        records.insert_stay(conn, basics.room_id, DEC1, DEC1 + timedelta(days=7))
        records.insert_stay(conn, basics.room_id, DEC1 + timedelta(days=7))  # she leaves 8th
        records.insert_stay(conn, basics.other_room_id, DEC1)
    assert _count(schema, "stay") == 3


def test_a_move_or_a_departure_frees_the_nights_after_it(schema: Engine, basics) -> None:
    room = basics.room_id
    with schema.begin() as conn:
        records.insert_stay(conn, room, DEC1)
    _refused(schema, lambda c: records.insert_stay(c, room, DEC1 + timedelta(days=10)))
    with schema.begin() as conn:
        conn.execute(text("UPDATE stay SET left_on = :on, departure_reason = 'planned_move_on'"),
                     {"on": DEC1 + timedelta(days=10)})
        records.insert_stay(conn, room, DEC1 + timedelta(days=10))
    # An update is checked too: extending the first stay now clashes with the second.
    _refused(schema, lambda c: c.execute(text(
        "UPDATE stay SET left_on = :on WHERE arrived_on = :a"),
        {"on": DEC1 + timedelta(days=12), "a": DEC1}))


def test_a_stay_recorded_in_error_blocks_nothing(schema: Engine, basics) -> None:
    room = basics.room_id
    with schema.begin() as conn:
        # stay_corrections.record_in_error: left_on = arrived_on, so it holds no nights.
        records.insert_stay(conn, room, DEC1, DEC1, "recorded_in_error")
        records.insert_stay(conn, room, DEC1, ref="H-2")
    assert _count(schema, "stay") == 2


def test_a_second_live_offer_on_a_room_is_refused_whatever_its_nights(schema: Engine,
                                                                     basics) -> None:
    room, ref = basics.room_id, basics.referral_id
    with schema.begin() as conn:
        records.insert_offer(conn, room, ref, DEC1, nights=7)
    _refused(schema, lambda c: records.insert_offer(c, room, ref, DEC1 + timedelta(days=3)))
    # Back to back is refused as well: an offer holds the room from her arrival day on with
    # no end (capacity_rules.offer_holds), since she arrives into a stay with no leaving date.
    _refused(schema, lambda c: records.insert_offer(c, room, ref, DEC1 + timedelta(days=7)))
    # ... but nothing before it is held: an offer for nights that end before hers begin.
    with schema.begin() as conn:
        records.insert_offer(conn, basics.other_room_id, ref, DEC1)
    assert _count(schema, "reservation") == 2


def test_offers_no_longer_held_block_nothing(schema: Engine, basics) -> None:
    room, ref = basics.room_id, basics.referral_id
    with schema.begin() as conn:
        for state in ("converted", "lapsed", "cancelled"):
            records.insert_offer(conn, room, ref, DEC1, state=state)
        records.insert_offer(conn, room, ref, DEC1)
    # Cancelling the live one frees the room for the next offer.
    _refused(schema, lambda c: records.insert_offer(c, room, ref, DEC1))
    with schema.begin() as conn:
        conn.execute(text("UPDATE reservation SET state = 'cancelled' WHERE state = 'held'"))
        records.insert_offer(conn, room, ref, DEC1)
    # And bringing a cancelled one back to life is refused while another is held.
    _refused(schema, lambda c: c.execute(text(
        "UPDATE reservation SET state = 'held' WHERE state = 'lapsed'")))


# Two transactions inserting clashing rows at the same moment can each find the other's row
# in the constraint's index and wait for it: PostgreSQL then breaks the deadlock by failing one
# of them (40P01), and nothing is booked twice. An office's copy of RefugeDesk must retry such
# a transaction (as it must a serialization failure); the racers do, after a random pause (on
# a busy machine four racers retrying in step deadlocked ten times running), and then either
# book the room or are refused.
RACER = r"""
import random, sys, time, psycopg
from psycopg.errors import DeadlockDetected, ExclusionViolation
conninfo, room, arrive = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with psycopg.connect(conninfo) as conn:
    # Wait at the gate the test holds: every racer writes at the same moment.
    conn.execute("SELECT pg_advisory_lock_shared(1717)")
    conn.commit()
    for attempt in range(30):
        try:
            conn.execute(
                "INSERT INTO stay (room_id, household_ref, name, children_count, "
                "children_ages, arrived_on, first_arrived_on, created_at, updated_at) VALUES "
                "(%s, %s, 'Fictional Person', 0, '', %s, %s, "
                "'2026-11-30T16:30:00.000000+00:00', '2026-11-30T16:30:00.000000+00:00')",
                (room, "H-" + arrive, arrive, arrive))
            conn.commit()
            print("booked")
        except ExclusionViolation:
            conn.rollback()
            print("refused")
        except DeadlockDetected:
            conn.rollback()
            print("deadlock, retrying", file=sys.stderr)
            # Apart, not in step: racers retrying at once can meet in the index again.
            time.sleep(random.uniform(0, 0.02 * (attempt + 1)))
            continue
        break
"""


@pytest.mark.slow
@pytest.mark.parametrize("racers", [2, 4])
def test_racing_offices_book_a_room_once(pg_server, pg_database: str, schema: Engine, basics,
                                         racers: int) -> None:
    """Several processes (offices) write a stay for the same room at once, each for nights
    that overlap the others'; exactly one is booked and the others are refused."""
    gate = psycopg.connect(pg_server.conninfo(pg_database), autocommit=True)
    try:
        gate.execute("SELECT pg_advisory_lock(1717)")
        procs = [subprocess.Popen(
            [sys.executable, "-c", RACER, pg_server.conninfo(pg_database),
             str(basics.room_id), (DEC1 + timedelta(days=i)).isoformat()],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for i in range(racers)]
        deadline = time.monotonic() + 30
        while gate.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                           "AND NOT granted").fetchone() != (racers,):
            assert time.monotonic() < deadline, "the racers never reached the gate"
            time.sleep(0.02)
        gate.execute("SELECT pg_advisory_unlock(1717)")
        outcomes = [p.communicate(timeout=60) for p in procs]
    finally:
        gate.close()
    said = sorted(out.strip() for out, _err in outcomes)
    assert said == ["booked"] + ["refused"] * (racers - 1), outcomes
    assert _count(schema, "stay") == 1


# --- the database and the domain agree ---------------------------------------------------------
# Each case: the rows already there (days from DEC1), the new one, and whether it clashes. The
# server answers with its exclusion constraint; a file vault answers with the domain's own
# check (capacity_rules), exactly as arrive() and offer() ask it. Both must give the answer.

STAY_CASES = [
    # name, existing stays (arrive, leave or None, reason), new stay (arrive, leave), clash
    ("overlapping", [(0, 7, None)], (6, None), True),
    ("back to back", [(0, 7, None)], (7, None), False),
    ("ending as hers begins", [(5, None, None)], (0, 5), False),
    ("inside a longer stay", [(0, 30, None)], (3, 5), True),
    ("around a shorter stay", [(3, 5, None)], (0, 10), True),
    ("long after one still going", [(0, None, None)], (400, 401), True),
    ("after a move out", [(0, 3, "moved_room")], (3, None), False),
    ("over one recorded in error", [(0, 0, "recorded_in_error")], (0, None), False),
]
OFFER_CASES = [
    # name, existing offers (arrive, nights, state), the new offer's arrival, clash
    ("same day", [(0, 7, "held")], 0, True),
    ("back to back", [(0, 7, "held")], 7, True),
    ("weeks later", [(0, 2, "held")], 60, True),
    ("before it", [(10, 2, "held")], 0, True),
    ("after one cancelled", [(0, 7, "cancelled")], 0, False),
    ("after one lapsed", [(0, 7, "lapsed")], 0, False),
    ("after one converted", [(0, 7, "converted")], 0, False),
]


def _day(offset: int | None) -> date | None:
    return None if offset is None else DEC1 + timedelta(days=offset)


def test_stays_the_server_refuses_are_the_ones_the_domain_refuses(schema: Engine, basics,
                                                                  new_vault) -> None:
    from refugedesk.capacity_rules import overlapping_stays

    vault, _code = new_vault
    records.basics(vault.engine)
    for number, (name, existing, (arrive, leave), clash) in enumerate(STAY_CASES):
        server_room = records.new_room(schema, f"s{number}")
        file_room = records.new_room(vault.engine, f"s{number}")
        for i, (a, left, reason) in enumerate(existing):
            with schema.begin() as conn:
                records.insert_stay(conn, server_room, _day(a), _day(left), reason, f"E{i}")
            with vault.transaction() as session:
                records.insert_stay(session.connection(), file_room, _day(a), _day(left),
                                    reason, f"{number}E{i}")
        with vault.session() as session:
            domain = bool(overlapping_stays(session, file_room, _day(arrive), _day(leave)))
        try:
            with schema.begin() as conn:
                records.insert_stay(conn, server_room, _day(arrive), _day(leave), ref="NEW")
            server = False
        except IntegrityError as refused:
            assert isinstance(refused.orig, ExclusionViolation)
            server = True
        assert (domain, server) == (clash, clash), name


def test_offers_the_server_refuses_are_the_ones_the_domain_refuses(schema: Engine, basics,
                                                                   new_vault) -> None:
    from refugedesk.capacity_rules import overlapping_offers

    vault, _code = new_vault
    file_basics = records.basics(vault.engine)
    for number, (name, existing, arrive, clash) in enumerate(OFFER_CASES):
        server_room = records.new_room(schema, f"o{number}")
        file_room = records.new_room(vault.engine, f"o{number}")
        for a, nights, state in existing:
            with schema.begin() as conn:
                records.insert_offer(conn, server_room, basics.referral_id, _day(a), nights,
                                     state)
            with vault.transaction() as session:
                records.insert_offer(session.connection(), file_room,
                                     file_basics.referral_id, _day(a), nights, state)
        # offer() checks every night from her arrival on (check_placeable: no end).
        with vault.session() as session:
            domain = bool(overlapping_offers(session, file_room, _day(arrive), None))
        try:
            with schema.begin() as conn:
                records.insert_offer(conn, server_room, basics.referral_id, _day(arrive))
            server = False
        except IntegrityError as refused:
            assert isinstance(refused.orig, ExclusionViolation)
            server = True
        assert (domain, server) == (clash, clash), name
