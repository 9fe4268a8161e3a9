"""RefugeDesk's schema on a real PostgreSQL server: it is created whole at HEAD, it matches
the file vault's, and its triggers keep sent handovers and saved reviews as SQLite's do."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.exc import IntegrityError

from refugedesk.db import migrate
from refugedesk.db.models import ReviewVersion
from refugedesk.server.schema import TRIGGERS, create_schema, current_revision

from . import records


@pytest.fixture
def schema(pg_engine: Engine) -> Engine:
    with pg_engine.begin() as conn:
        create_schema(conn)
    return pg_engine


@pytest.fixture
def basics(schema: Engine) -> records.Basics:
    return records.basics(schema)


def test_schema_is_created_at_head_over_verified_tls(pg_server, schema: Engine) -> None:
    with schema.connect() as conn:
        assert current_revision(conn) == migrate.HEAD
        if pg_server.tls:
            # verify-full: the connection is encrypted and the certificate was checked.
            assert conn.execute(text("SELECT ssl FROM pg_stat_ssl "
                                     "WHERE pid = pg_backend_pid()")).scalar() is True
        triggers = set(conn.execute(text(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).scalars())
    assert triggers == set(TRIGGERS)


def test_a_second_create_is_refused_and_changes_nothing(schema: Engine) -> None:
    with schema.begin() as conn, pytest.raises(RuntimeError, match="already holds"):
        create_schema(conn)
    with schema.connect() as conn:
        assert current_revision(conn) == migrate.HEAD


def _shape(engine: Engine) -> dict[str, tuple[set[str], set[str]]]:
    """Each table's column names and named CHECK constraints."""
    found = inspect(engine)
    return {t: ({c["name"] for c in found.get_columns(t)},
                {c["name"] for c in found.get_check_constraints(t) if c["name"]})
            for t in found.get_table_names()}


def test_tables_columns_and_checks_match_the_file_vault_at_head(schema: Engine,
                                                               new_vault) -> None:
    vault, _code = new_vault
    on_file, on_server = _shape(vault.engine), _shape(schema)
    assert sorted(on_server) == sorted(on_file)
    # Not vacuous: both sides reflected their CHECK constraints (the JSON ones among them).
    assert "handover_json" in on_server["handover"][1]
    assert sum(len(checks) for _columns, checks in on_file.values()) > 50
    for table in on_file:
        assert on_server[table] == on_file[table], table


def test_sqlite_json_functions_answer_as_sqlite_does(schema: Engine) -> None:
    with schema.connect() as conn:
        row = conn.execute(text(
            "SELECT json_valid(''), json_valid('{'), json_valid('[1, {\"a\": 2}]'), "
            "json_array_length('[1, 2, 3]'), json_array_length('{}')")).one()
    assert tuple(row) == (False, False, True, 3, 0)


def test_a_handover_that_is_not_json_is_refused(schema: Engine, basics) -> None:
    hid = records.handover(schema, basics, sealed=False)
    with schema.begin() as conn, pytest.raises(IntegrityError, match="handover_json"):
        conn.execute(text("UPDATE handover SET draft = 'not json' WHERE id = :id"), {"id": hid})


# --- the triggers: one test each -------------------------------------------------------------


def test_a_sent_handover_cannot_be_changed_but_can_be_acknowledged(schema: Engine,
                                                                  basics) -> None:
    sent = records.handover(schema, basics, sealed=True)
    draft = records.handover(schema, basics, sealed=False)
    with schema.connect() as conn:
        stored = conn.execute(text("SELECT notes FROM handover WHERE id = :id"),
                              {"id": sent}).scalar()
    for column, value in (("notes", '{"all": "changed"}'), ("to_staff_id", basics.staff_ids[0]),
                          ("sealed_at", None)):
        with schema.begin() as conn, pytest.raises(IntegrityError,
                                                   match="a sealed handover cannot be changed"):
            conn.execute(text(f"UPDATE handover SET {column} = :v WHERE id = :id"),
                         {"v": value, "id": sent})
    with schema.begin() as conn:
        conn.execute(text("UPDATE handover SET notes = '{\"x\": 1}' WHERE id = :id"),
                     {"id": draft})
        conn.execute(text("UPDATE handover SET acknowledged_at = :at, acknowledged_by_id = :by "
                          "WHERE id = :id"),
                     {"at": records.STAMP, "by": basics.staff_ids[1], "id": sent})
    with schema.connect() as conn:
        assert conn.execute(text("SELECT notes FROM handover WHERE id = :id"),
                            {"id": sent}).scalar() == stored


def test_a_sent_handover_cannot_be_deleted(schema: Engine, basics) -> None:
    sent = records.handover(schema, basics, sealed=True)
    draft = records.handover(schema, basics, sealed=False)
    with schema.begin() as conn, pytest.raises(IntegrityError,
                                               match="a sealed handover cannot be deleted"):
        conn.execute(text("DELETE FROM handover WHERE id = :id"), {"id": sent})
    with schema.begin() as conn:
        conn.execute(text("DELETE FROM handover WHERE id = :id"), {"id": draft})
    with schema.connect() as conn:
        assert conn.execute(text("SELECT id FROM handover")).scalars().all() == [sent]


def _addendum(schema: Engine, basics) -> int:
    sent = records.handover(schema, basics, sealed=True)
    with schema.begin() as conn:
        return int(conn.execute(text(
            "INSERT INTO handover_addendum (handover_id, text, by_id, at) "
            "VALUES (:h, 'Room 2 is back in use', :by, :at) RETURNING id"),
            {"h": sent, "by": basics.staff_ids[0], "at": records.STAMP}).scalar_one())


def test_an_addendum_cannot_be_changed(schema: Engine, basics) -> None:
    aid = _addendum(schema, basics)
    with schema.begin() as conn, pytest.raises(IntegrityError,
                                               match="an addendum cannot be changed"):
        conn.execute(text("UPDATE handover_addendum SET text = 'other' WHERE id = :id"),
                     {"id": aid})


def test_an_addendum_cannot_be_deleted(schema: Engine, basics) -> None:
    aid = _addendum(schema, basics)
    with schema.begin() as conn, pytest.raises(IntegrityError,
                                               match="an addendum cannot be deleted"):
        conn.execute(text("DELETE FROM handover_addendum WHERE id = :id"), {"id": aid})


def test_a_saved_review_version_cannot_be_changed(schema: Engine, basics) -> None:
    vid = records.review_version(schema, basics)
    with schema.begin() as conn, pytest.raises(
            IntegrityError, match="a saved review version cannot be changed"):
        conn.execute(text("UPDATE review_version SET her_words = 'other' WHERE id = :id"),
                     {"id": vid})


def test_a_saved_review_version_cannot_be_deleted(schema: Engine, basics) -> None:
    vid = records.review_version(schema, basics)
    with schema.begin() as conn, pytest.raises(
            IntegrityError, match="a saved review version cannot be deleted"):
        conn.execute(text("DELETE FROM review_version WHERE id = :id"), {"id": vid})
    with schema.connect() as conn:
        assert conn.execute(select(ReviewVersion.her_words)).scalar() == "Going well"


@pytest.mark.parametrize(("table", "words"), [("handover", "handovers"),
                                              ("handover_addendum", "addenda"),
                                              ("review_version", "review versions")])
def test_kept_tables_cannot_be_truncated(schema: Engine, basics, table: str,
                                         words: str) -> None:
    """TRUNCATE skips row triggers; without its own guard it would empty a kept table."""
    _addendum(schema, basics)
    records.review_version(schema, basics)
    with schema.begin() as conn, pytest.raises(IntegrityError,
                                               match=f"{words} cannot be truncated"):
        conn.execute(text(f"TRUNCATE {table} CASCADE"))
    with schema.connect() as conn:
        assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() >= 1
