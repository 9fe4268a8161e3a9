"""`refugedesk server upgrade` on the real throwaway server (issue 17): the service's records
brought to this copy's form by the same Alembic migrations a file runs, and the server's rules
(policies, triggers, functions, grants) made again exactly as `server init` makes them."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, select

from refugedesk import audit, houses
from refugedesk.cli import main
from refugedesk.db import migrate
from refugedesk.db.models import House, StaffMember
from refugedesk.errors import (
    ServerInUse,
    ServerNotSetUp,
    ServerRecordsNewer,
    ServerRightsMissing,
    WrongPassword,
)
from refugedesk.server import install, setup
from refugedesk.server.profile import ServerProfile
from refugedesk.server.rules_check import rule_problems
from refugedesk.server.vault import ServerVault

from .conftest import SUPERUSER, PgServer, SecuredDatabase

#: Everything install.install_rules makes, as the catalogue shows it: access lists sorted, so
#: only what is granted counts, not the order it was granted in.
RULES = {
    "policies": "SELECT tablename, policyname, cmd, roles::text, qual, with_check "
                "FROM pg_policies WHERE schemaname = 'public' ORDER BY 1, 2",
    "triggers": "SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t "
                "JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal ORDER BY 1, 2",
    "functions": "SELECT p.proname, pg_get_function_identity_arguments(p.oid), "
                 "pg_get_functiondef(p.oid), pg_get_userbyid(p.proowner), "
                 "ARRAY(SELECT unnest(p.proacl)::text ORDER BY 1) FROM pg_proc p "
                 "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' "
                 "ORDER BY 1, 2",
    "tables": "SELECT c.relname, c.relkind, c.relrowsecurity, pg_get_userbyid(c.relowner), "
              "ARRAY(SELECT unnest(c.relacl)::text ORDER BY 1) FROM pg_class c "
              "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' "
              "AND c.relkind IN ('r', 'v', 'S') ORDER BY 1",
    "columns": "SELECT c.relname, a.attname, ARRAY(SELECT unnest(a.attacl)::text ORDER BY 1) "
               "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
               "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' "
               "AND a.attacl IS NOT NULL ORDER BY 1, 2",
    "database": "SELECT ARRAY(SELECT unnest(datacl)::text ORDER BY 1), "
                "(SELECT setconfig FROM pg_db_role_setting WHERE setdatabase = d.oid "
                "AND setrole = 0) FROM pg_database d WHERE datname = current_database()",
}


def _rules(db: SecuredDatabase) -> dict[str, list[tuple[object, ...]]]:
    with psycopg.connect(db.superuser_conninfo()) as conn:
        return {name: [tuple(row) for row in conn.execute(sql)] for name, sql in RULES.items()}


def _local(server: PgServer) -> setup.Server:
    """The server through its unix socket, as whoever runs it would upgrade on the machine."""
    return setup.Server(str(server.socket_dir), server.port)


def _upgrade(db: SecuredDatabase, password: str | None = None):
    return setup.upgrade(_local(db.server), db.name, superuser=SUPERUSER,
                         superuser_password=db.server.password if password is None
                         else password)


def _to_0008(db: SecuredDatabase) -> None:
    """Make `db`'s records as a server set up before 0009 keeps them, mid-upgrade: its
    rules taken away (as the upgrade's first step does), then 0009's two columns gone and
    the version 0008. Its rows stay."""
    engine = create_engine(db.server.url(db.name))
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f'SET LOCAL ROLE "{db.owner}"')
            install.clear_rules(conn)
            conn.exec_driver_sql("ALTER TABLE staff_member DROP COLUMN language")
            conn.exec_driver_sql("ALTER TABLE resident DROP COLUMN documents_language")
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0008'")
    finally:
        engine.dispose()


def test_upgrade_at_head_makes_exactly_the_rules_init_made(pg_secured: SecuredDatabase) -> None:
    before = _rules(pg_secured)
    # Not vacuous: the need-to-know policies, every guard and the staff functions are there.
    assert len(before["policies"]) > 30 and len(before["triggers"]) > 20
    assert len(before["functions"]) > 15 and before["columns"]
    done = _upgrade(pg_secured)
    assert (done.was, done.now, done.migrated) == (migrate.HEAD, migrate.HEAD, False)
    after = _rules(pg_secured)
    for name in RULES:
        assert after[name] == before[name], name


def test_records_in_the_older_form_are_brought_up_to_date_and_used_as_before(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    with ServerVault.unlock(profile, pg_secured.admin, pg_secured.admin_password) as vault:
        houses.add_house(vault, name="Hollyhock House", area="Northtown",  # type: ignore[arg-type]
                         address="17 Zebrafinch Crescent", phone="07700 900417")
    rules_at_init = _rules(pg_secured)
    with psycopg.connect(pg_secured.superuser_conninfo()) as conn:
        events = conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]  # type: ignore[index]
    _to_0008(pg_secured)

    done = _upgrade(pg_secured)

    assert (done.was, done.now, done.migrated) == ("0008", migrate.HEAD, True)
    after = _rules(pg_secured)
    for name in RULES:  # the new columns' grants, every policy and guard: as init makes them
        assert after[name] == rules_at_init[name], name
    engine = create_engine(pg_secured.server.url(pg_secured.name))
    with engine.connect() as conn:
        assert rule_problems(conn) == []  # what `refugedesk check` compares
    engine.dispose()
    with ServerVault.unlock(profile, pg_secured.admin, pg_secured.admin_password) as vault:
        houses.add_house(vault, name="Foxglove House", area="Southtown",  # type: ignore[arg-type]
                         address="3 Wagtail Row", phone="07700 900418")
        with vault.session() as session:
            # 0009's default for staff already on file.
            assert session.scalars(select(StaffMember.language)).all() == ["en"]
            assert set(session.scalars(select(House.address))) == {
                "17 Zebrafinch Crescent", "3 Wagtail Row"}
            chain = audit.verify(session)
    # The chain goes on through the upgrade, computed by the server's trigger made again.
    assert chain.ok and chain.events == events + 1


def test_nothing_changes_while_someone_is_connected(pg_secured: SecuredDatabase) -> None:
    _to_0008(pg_secured)
    with psycopg.connect(pg_secured.superuser_conninfo()), \
            pytest.raises(ServerInUse) as raised:
        _upgrade(pg_secured)
    assert raised.value.connections == 1 and "nothing was changed" in str(raised.value)
    with psycopg.connect(pg_secured.superuser_conninfo()) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0008",)
        assert conn.execute("SELECT count(*) FROM pg_policies").fetchone() == (0,)


def test_what_is_refused_changes_nothing(pg_secured: SecuredDatabase) -> None:
    before = _rules(pg_secured)
    with pytest.raises(WrongPassword):
        _upgrade(pg_secured, password="not the password")
    with psycopg.connect(pg_secured.superuser_conninfo(), autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0042'")
    with pytest.raises(ServerRecordsNewer):
        _upgrade(pg_secured)
    with psycopg.connect(pg_secured.superuser_conninfo(), autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = %s", (migrate.HEAD,))
    # Signed in as the administrator's own login: no right to change the server's rules.
    login = pg_secured.login_password(pg_secured.admin, pg_secured.admin_password)
    with pytest.raises(ServerRightsMissing):
        setup.upgrade(_local(pg_secured.server), pg_secured.name, superuser=pg_secured.admin,
                      superuser_password=login)
    assert _rules(pg_secured) == before


def test_a_database_without_refugedesk_is_not_upgraded(pg_server: PgServer) -> None:
    database = pg_server.create_database()
    try:
        with pytest.raises(ServerNotSetUp):
            setup.upgrade(_local(pg_server), database, superuser=SUPERUSER,
                          superuser_password=pg_server.password)
    finally:
        pg_server.drop_database(database)


def test_the_command_upgrades_and_says_what_it_did(pg_secured: SecuredDatabase, capsys,
                                                   monkeypatch, tmp_path: Path) -> None:
    server = pg_secured.server
    if server.ca_file is None:
        pytest.skip(server.tls_missing_reason)
    _to_0008(pg_secured)
    monkeypatch.setattr(sys, "stdin", io.StringIO(server.password + "\n"))
    code = main(["server", "upgrade", "--host", "localhost", "--port", str(server.port),
                 "--database", pg_secured.name, "--ca", str(server.ca_file),
                 "--superuser", SUPERUSER, "--password-stdin"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "were in form 0008 and are now in form " + migrate.HEAD in out
    assert server.password not in out + err


def test_a_role_that_may_create_roles_upgrades_as_init_let_it_set_up(
        pg_secured: SecuredDatabase) -> None:
    """A managed PostgreSQL gives no superuser, only a role that may create roles and
    databases (what init accepts): it acts as the owner for the upgrade's transaction only."""
    import secrets

    from psycopg import sql

    ops, password = f"{pg_secured.prefix}ops", secrets.token_urlsafe(12)
    with psycopg.connect(pg_secured.superuser_conninfo(), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(
            sql.Identifier(ops), sql.Literal(password)))
        if conn.info.server_version >= 160000:  # as if it had made the owner itself
            conn.execute(sql.SQL("GRANT {} TO {} WITH ADMIN OPTION").format(
                sql.Identifier(pg_secured.owner), sql.Identifier(ops)))
    _to_0008(pg_secured)
    with pytest.raises(ServerRightsMissing):  # not yet allowed to connect to the database
        setup.upgrade(_local(pg_secured.server), pg_secured.name, superuser=ops,
                      superuser_password=password)
    with psycopg.connect(pg_secured.superuser_conninfo(), autocommit=True) as conn:
        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(  # as init gives it
            sql.Identifier(pg_secured.name), sql.Identifier(ops)))
    done = setup.upgrade(_local(pg_secured.server), pg_secured.name, superuser=ops,
                         superuser_password=password)
    assert (done.was, done.now) == ("0008", migrate.HEAD)
    with psycopg.connect(pg_secured.superuser_conninfo()) as conn:
        # Not left the owner's member (on 16 and newer it had the ADMIN OPTION before).
        assert conn.execute("SELECT pg_has_role(%s, %s, 'USAGE')",
                            (ops, pg_secured.owner)).fetchone() == (
            conn.info.server_version >= 160000,)
    engine = create_engine(pg_secured.server.url(pg_secured.name))
    with engine.connect() as conn:
        assert rule_problems(conn) == []
    engine.dispose()
