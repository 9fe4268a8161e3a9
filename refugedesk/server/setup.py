"""Setting up a service's PostgreSQL server (`refugedesk server init`) and checking that a
server is the one its certificate authority vouches for (`refugedesk server connect`).

`initialise` does, on a server reached as its superuser (or a role with CREATEROLE and
CREATEDB, as managed PostgreSQL services give), what a service's server needs before anyone
signs in:

1. the database, if it does not exist yet (`CREATE DATABASE`, on its own: PostgreSQL refuses
   it inside a transaction);
2. then, in ONE transaction on that database:
   - the schema's owner role, `refugedesk_owner_<database>`: NOLOGIN (nobody signs in as it;
     the staff functions run as it, SECURITY DEFINER) and CREATEROLE (refugedesk_add_staff
     makes logins); the database is given to it;
   - the three group roles (roles.create_group_roles), the owner allowed to hand them out;
   - as the owner (`SET LOCAL ROLE`, so every table, function and trigger belongs to it and
     not to the superuser): install.install_everything (the schema, the audit chain, the
     grants and staff functions, the key slots and the live notifications);
   - the first administrator through refugedesk_add_staff, her password sent only as a SCRAM
     verifier computed here (passwords.scram_verifier), and the service key with her slot and
     the recovery slot (key_slots.create_service_key).

PostgreSQL's roles and DDL are transactional, so a failure anywhere in step 2 leaves the
server as it was: no owner, no groups made, no tables. Only step 1 stands apart: if step 2
fails on a database init has just made, init drops that database again; should even that
fail (the connection lost, say), what is left is an empty database, and a second run uses it
(an empty database is set up as a new one would be). A database that already holds
RefugeDesk's tables, or anyone else's, is refused before anything is changed.

The whole of step 2 holds an advisory lock on the database, so two inits started at once
cannot both set it up: the second waits, then finds it set up and refuses.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from refugedesk.errors import (
    RefugeDeskError,
    ServerAlreadySetUp,
    ServerDatabaseNotEmpty,
    ServerHoldsAnotherService,
    ServerInUse,
    ServerNotTrusted,
    ServerRefused,
    ServerRightsMissing,
    ServerUnreachable,
    UsernameTaken,
    ValidationError,
    WrongPassword,
)
from refugedesk.i18n import translate
from refugedesk.server.profile import check_database

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy import Connection, Engine

    from refugedesk.db.vault import Vault
    from refugedesk.server.move import MoveReport
    from refugedesk.server.upgrade import Upgraded

#: The database every PostgreSQL server has, where init asks whether the service's exists.
MAINTENANCE_DATABASE = "postgres"

#: The login `server connect` names when it checks a server without signing in: no such
#: role exists (no staff login may start with "refugedesk_"), and its password is a random
#: one made for the check, so no real password is ever sent.
CHECK_USER = "refugedesk_connection_check"

#: The tables that say RefugeDesk is already set up in a database.
OUR_TABLES = ("alembic_version", "staff_member", "refugedesk_service_key")


@dataclass(frozen=True)
class Server:
    """Where a server is. Over the network a connection is always TLS with the server's
    certificate checked against `ca_file` and its name against `host` (verify-full). A `host`
    that is a folder is PostgreSQL's unix socket on this very computer, where TLS does not
    apply (the connection never leaves the machine)."""

    host: str
    port: int
    ca_file: Path | None = None

    @property
    def local(self) -> bool:
        return self.host.startswith("/")

    def conninfo(self, database: str, user: str, password: str) -> str:
        from psycopg.conninfo import make_conninfo

        params: dict[str, Any] = {
            "host": self.host, "port": int(self.port), "dbname": database, "user": user,
            # A password given here is the only one used: libpq reads PGPASSWORD or a
            # ~/.pgpass only when none is given, and init and the check always give one.
            "password": password,
            "connect_timeout": 10, "application_name": "RefugeDesk",
            "gssencmode": "disable",
        }
        if not self.local:
            if self.ca_file is None:
                raise ValueError("a server over the network is reached with its CA certificate")
            params |= {"sslmode": "verify-full", "sslrootcert": str(self.ca_file)}
        return str(make_conninfo(**params))


# --- what went wrong, in plain words -------------------------------------------------------


def _kind(exc: BaseException) -> str:
    """What a failed connection's message says happened (libpq's words are English whatever
    the language, and carry no SQLSTATE for failures before sign-in)."""
    text = str(exc).lower()
    if "certificate" in text or "does not match host name" in text or "ssl error" in text \
            or "tlsv1 alert" in text or "sslv3 alert" in text:
        return "not trusted"
    if "does not support ssl" in text or "ssl was required" in text:
        return "no tls"
    if "password authentication failed" in text:
        return "password"
    if "no password supplied" in text:
        return "no password"
    if "pg_hba.conf" in text:
        return "refused"
    if "permission denied for database" in text:
        return "no connect"
    if "database" in text and "does not exist" in text:
        return "no database"
    return "unreachable"


def _not_accepted() -> WrongPassword:
    return WrongPassword(translate(
        "Server", "The server did not accept that user and password. Check both (and Caps "
        "Lock) and try again. Nothing was changed."))


def typed_error(exc: BaseException) -> RefugeDeskError:
    """A psycopg failure to connect as the typed error a person can act on."""
    kind = _kind(exc)
    if kind == "not trusted":
        return ServerNotTrusted()
    if kind == "no tls":
        return ServerNotTrusted(translate(
            "Server", "The server does not offer an encrypted connection (TLS), so RefugeDesk "
            "did not send a password. Whoever runs it must turn TLS on (ssl = on in "
            "postgresql.conf)."))
    if kind in ("password", "no password"):
        return _not_accepted()
    if kind == "refused":
        return ServerRefused()
    if kind == "no connect":
        return ServerRightsMissing()
    if kind == "no database":
        return ServerRefused(translate(
            "Server", "There is no database of that name on the server. Check its name."))
    return ServerUnreachable()


@contextmanager
def _connected(conninfo: str, *, autocommit: bool = False) -> Iterator[psycopg.Connection]:
    import psycopg

    try:
        conn = psycopg.connect(conninfo, autocommit=autocommit)
    except psycopg.OperationalError as exc:
        raise typed_error(exc) from None
    with conn:
        yield conn


# --- server connect ------------------------------------------------------------------------


def check_server(server: Server, database: str) -> None:
    """Whether the server at `server` answers with a certificate its CA vouches for, for the
    name it was given. Raises ServerNotTrusted (TLS or name refused: no password would be
    sent), or ServerUnreachable (nothing answered).

    It signs in as nobody: the profile is the whole office's, made by whoever looks after the
    computers, who may have no staff login, so it asks for no password and sends no real
    one (a random one for a login that does not exist). libpq completes and verifies the
    TLS handshake before it says who is signing in, so a server that then refuses that
    login ("password authentication failed", or its pg_hba.conf) has already shown the
    right certificate for the right name. Each staff member's own password is checked when
    she signs in."""
    import secrets

    import psycopg

    throwaway = secrets.token_urlsafe(24)
    try:
        psycopg.connect(server.conninfo(check_database(database), CHECK_USER,
                                        throwaway)).close()
    except psycopg.OperationalError as exc:
        if _kind(exc) in ("password", "no password", "refused"):
            return
        raise typed_error(exc) from None


# --- server init ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SetUp:
    database: str
    owner: str
    admin: str
    #: The organisation's recovery code: shown once, kept nowhere.
    recovery_code: str
    #: Whether init made the database (else it was there, empty).
    made_database: bool


def owner_role(database: str) -> str:
    """The schema's owner for `database`: one per database, since roles are the server's.
    PostgreSQL names are at most 63 bytes: a long database name is shortened with a hash."""
    from refugedesk.server.roles import OWNER_PREFIX

    name = f"{OWNER_PREFIX}{database}"
    if len(name) > 63:
        name = name[:50] + "_" + hashlib.sha256(database.encode()).hexdigest()[:12]
    return name


def check_admin_username(username: str) -> str:
    """staff.check_username's rule, and what refugedesk_add_staff refuses besides: longer
    than PostgreSQL's 63 characters, or a name of PostgreSQL's or RefugeDesk's own roles."""
    from refugedesk import staff

    username = staff.check_username(username)
    if len(username) > 63 or username.startswith(("pg_", "refugedesk_")):
        raise ValidationError(translate(
            "Server", "On a server a username is at most 63 characters and cannot start with "
            "pg_ or refugedesk_. Choose another."), field="username")
    return username


def quote_ident(name: str) -> str:
    """A role or database name quoted for SQL (they are checked names, but quote anyway)."""
    return '"' + name.replace('"', '""') + '"'


def _has_rights(conn: psycopg.Connection) -> bool:
    row = conn.execute("SELECT rolsuper, rolcreaterole AND rolcreatedb FROM pg_roles "
                       "WHERE rolname = current_user").fetchone()
    return bool(row and (row[0] or row[1]))


def initialise(server: Server, database: str, *, superuser: str, superuser_password: str,
               organisation: str, admin_username: str, admin_name: str, admin_password: str,
               use_btree_gist: bool = True) -> SetUp:
    """Set up `database` on `server` for a refuge service and make its first administrator
    (see the module's doc). Returns what was made and the recovery code. Raises
    ServerAlreadySetUp, ServerDatabaseNotEmpty or ServerHoldsAnotherService (nothing
    changed), WrongPassword,
    ServerNotTrusted, ServerUnreachable, ServerRefused or ServerRightsMissing."""
    from refugedesk import staff

    check_database(database)
    if not organisation.strip():
        raise ValidationError(translate("Access", "Enter the name of your service."),
                              field="organisation")
    admin_username = check_admin_username(admin_username)
    if not admin_name.strip():
        raise ValidationError(translate("Access", "Enter your name."), field="display_name")
    staff.check_password(admin_password, username=admin_username)
    if not superuser_password:
        raise _not_accepted()
    owner = owner_role(database)

    # 1. The database: CREATE DATABASE cannot run inside a transaction.
    made = _make_database(server, database, superuser, superuser_password,
                          superuser_only=False)
    # 2. Everything else, in one transaction on it.
    try:
        code = _set_up(server.conninfo(database, superuser, superuser_password), owner,
                       organisation.strip(), admin_username, admin_name.strip(), admin_password,
                       use_btree_gist)
    except BaseException:
        if made:
            _drop_quietly(server, database, superuser, superuser_password)
        raise
    return SetUp(database, owner, admin_username, code, made)


def _make_database(server: Server, database: str, superuser: str, password: str, *,
                   superuser_only: bool) -> bool:
    """The service's database, made if missing (outside a transaction, as PostgreSQL
    requires) once the rights are checked: a superuser, or with `superuser_only` False a role
    that may create roles and databases. Returns whether it was made here."""
    with _connected(server.conninfo(MAINTENANCE_DATABASE, superuser, password),
                    autocommit=True) as conn:
        row = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
                           ).fetchone()
        if not ((row and row[0]) or (not superuser_only and _has_rights(conn))):
            raise ServerRightsMissing()
        made = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                            (database,)).fetchone() is None
        if made:
            conn.execute(f"CREATE DATABASE {quote_ident(database)} ENCODING 'UTF8' "
                         "TEMPLATE template0")
    return made


def _drop_quietly(server: Server, database: str, superuser: str, password: str) -> None:
    """Take back a database init made, after a failure: what the failure says matters more
    than this (if it cannot be dropped, it is left empty and a second run uses it)."""
    import psycopg

    try:
        with psycopg.connect(server.conninfo(MAINTENANCE_DATABASE, superuser, password),
                             autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {quote_ident(database)}")
    except psycopg.Error:
        pass


def _set_up(conninfo: str, owner: str, organisation: str, admin: str, admin_name: str,
            admin_password: str, use_btree_gist: bool) -> str:
    import psycopg
    from psycopg import errors
    from sqlalchemy.exc import DBAPIError

    engine = _engine(conninfo)
    try:
        with engine.begin() as conn:
            return _in_one_transaction(conn, owner, organisation, admin, admin_name,
                                       admin_password, use_btree_gist)
    except (DBAPIError, psycopg.Error) as exc:
        # SQLAlchemy wraps what it runs; what runs on the raw cursor (execute_script) is not.
        orig = exc.orig if isinstance(exc, DBAPIError) else exc
        if isinstance(orig, errors.InsufficientPrivilege):
            raise ServerRightsMissing() from None
        if isinstance(orig, errors.DuplicateObject):  # her login exists on this server
            raise UsernameTaken(admin) from None
        raise
    finally:
        engine.dispose()


def _refuse_unless_empty(conn: Connection) -> None:
    """Nothing is made in a database that holds anything. Two set-ups (or moves) at once: the
    second waits here, then finds the tables and refuses."""
    run = conn.exec_driver_sql
    run("SELECT pg_advisory_xact_lock(hashtext('refugedesk server init'))")
    tables = {name for (name,) in run(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f')")}
    if tables & set(OUR_TABLES):
        raise ServerAlreadySetUp()
    if tables:
        raise ServerDatabaseNotEmpty()


def move_vault(server: Server, database: str, *, superuser: str, superuser_password: str,
               source: Vault, password: str) -> MoveReport:
    """`refugedesk migrate-to-server`: the database made if missing (refused, changing
    nothing, if it holds anything), its owner and the group roles, then the vault `source`
    (open as an administrator, whose `password` it is) moved in and checked (server/move.py).
    Needs a superuser: the copy sets the server's triggers aside, as pg_restore does. A
    database it made is dropped again if the move fails; the vault file is never changed."""
    from refugedesk.server import move

    check_database(database)
    check_admin_username(source.person.username)
    if not superuser_password:
        raise _not_accepted()
    owner = owner_role(database)
    made = _make_database(server, database, superuser, superuser_password,
                          superuser_only=True)
    engine = _engine(server.conninfo(database, superuser, superuser_password))

    def before(conn: Connection) -> None:
        _refuse_unless_empty(conn)
        _make_owner(conn, owner)

    try:
        return move.move(source, engine, owner=owner, username=source.person.username,
                         password=password, before=before)
    except BaseException:
        if made:
            engine.dispose()
            _drop_quietly(server, database, superuser, superuser_password)
        raise
    finally:
        engine.dispose()


def upgrade(server: Server, database: str, *, superuser: str,
            superuser_password: str) -> Upgraded:
    """`refugedesk server upgrade`: the records on `database` brought to this copy's form and
    the server's rules made afresh, in one transaction (server/upgrade.py), signed in as the
    server's superuser or a role that may create roles. Raises ServerNotSetUp,
    ServerRecordsNewer or ServerInUse (nothing changed), WrongPassword, ServerNotTrusted,
    ServerUnreachable, ServerRefused or ServerRightsMissing."""
    import psycopg
    from psycopg import errors
    from sqlalchemy.exc import DBAPIError

    from refugedesk.server.upgrade import upgrade_records

    check_database(database)
    if not superuser_password:
        raise _not_accepted()
    engine = _engine(server.conninfo(database, superuser, superuser_password))
    try:
        with engine.begin() as conn:
            return upgrade_records(conn)
    except (DBAPIError, psycopg.Error) as exc:
        orig = exc.orig if isinstance(exc, DBAPIError) else exc
        if isinstance(orig, errors.InsufficientPrivilege):
            raise ServerRightsMissing() from None
        if isinstance(orig, errors.LockNotAvailable):  # someone connected after the check
            raise ServerInUse() from None
        raise
    finally:
        engine.dispose()


def _engine(conninfo: str) -> Engine:
    """An engine of one connection at a time on `conninfo`, its failures typed."""
    import psycopg
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    def connect() -> psycopg.Connection:
        try:
            return psycopg.connect(conninfo)
        except psycopg.OperationalError as exc:
            raise typed_error(exc) from None

    # Statements' parameters (SCRAM verifiers, key slots) never go into an error's text.
    return create_engine("postgresql+psycopg://", creator=connect, poolclass=NullPool,
                         hide_parameters=True)


def _make_owner(conn: Connection, owner: str) -> tuple[str, bool]:
    """The schema's owner role and the group roles, and the database given to the owner.
    Returns who is signed in and whether she is a superuser. Raises ServerHoldsAnotherService
    on a server that has another service's database (its staff are in the same groups)."""
    from refugedesk.server import roles

    run = conn.exec_driver_sql
    me, superuser = run("SELECT session_user, rolsuper FROM pg_roles "
                        "WHERE rolname = session_user").one()
    others = roles.other_services(conn, owner)
    if others:
        raise ServerHoldsAnotherService(others[0])

    # The owner: no login, and CREATEROLE for refugedesk_add_staff (SECURITY DEFINER, run as
    # the owner) to make staff logins. One left by a database of this name that was dropped
    # is used again, made as it should be.
    if run("SELECT 1 FROM pg_roles WHERE rolname = %s", (owner,)).first():
        run(f"ALTER ROLE {quote_ident(owner)} NOLOGIN NOSUPERUSER CREATEROLE NOCREATEDB")
    else:
        run(f"CREATE ROLE {quote_ident(owner)} NOLOGIN NOSUPERUSER CREATEROLE NOCREATEDB")
    if not superuser:
        # A CREATEROLE role may act as the owner (SET ROLE, giving it the database) only as
        # its member; taken back at the end.
        run(f"GRANT {quote_ident(owner)} TO {quote_ident(me)}")
    roles.create_group_roles(conn, owner)
    db = run("SELECT current_database()").scalar_one()
    run(f"ALTER DATABASE {quote_ident(db)} OWNER TO {quote_ident(owner)}")

    return str(me), bool(superuser)


def _in_one_transaction(conn: Connection, owner: str, organisation: str, admin: str,
                        admin_name: str, admin_password: str, use_btree_gist: bool) -> str:
    from refugedesk.server import key_slots, roles
    from refugedesk.server.install import install_everything
    from refugedesk.server.passwords import scram_verifier

    run = conn.exec_driver_sql
    _refuse_unless_empty(conn)
    me, superuser = _make_owner(conn, owner)

    # As the owner: everything made from here is the owner's, not the superuser's.
    run(f"SET LOCAL ROLE {quote_ident(owner)}")
    install_everything(conn, use_btree_gist=use_btree_gist)
    # refugedesk_add_staff checks that whoever signed in is an administrator: a superuser is
    # every role's member; a CREATEROLE role is made one for this call only (the owner may
    # hand the group out), within this transaction.
    if not superuser:
        run(f"GRANT {quote_ident(roles.ADMIN)} TO {quote_ident(me)}")
    run("SELECT refugedesk_add_staff(%s, %s, %s, %s)",
        (admin, admin_name, "administrator", scram_verifier(conn, admin, admin_password)))
    if not superuser:
        run(f"REVOKE {quote_ident(roles.ADMIN)} FROM {quote_ident(me)}")
    _sealer, code = key_slots.create_service_key(conn, admin, admin_password,
                                                 organisation=organisation)
    if not superuser:
        # Nobody else may connect (roles.grant_privileges): the role that set it up keeps
        # that right (given by the owner, whose database it now is), to bring it up to date
        # later (`server upgrade`).
        db = run("SELECT current_database()").scalar_one()
        run(f"GRANT CONNECT ON DATABASE {quote_ident(db)} TO {quote_ident(me)}")
    run("RESET ROLE")
    if not superuser:
        run(f"REVOKE {quote_ident(owner)} FROM {quote_ident(me)}")
    return code


# --- what to put in the server's own files -------------------------------------------------


def settings_advice(database: str) -> str:
    """What init prints afterwards: the lines for pg_hba.conf and postgresql.conf, in plain
    words (docs/server.md says the same)."""
    from refugedesk.server.roles import WORKER

    hba = "\n".join([
        f"    hostssl {database} +{WORKER} 0.0.0.0/0 scram-sha-256",
        f"    hostssl {database} +{WORKER} ::/0      scram-sha-256",
        "    host    all all 0.0.0.0/0 reject",
        "    host    all all ::/0      reject",
    ])
    conf = "\n".join([
        "    ssl = on",
        "    ssl_cert_file = 'server.crt'",
        "    ssl_key_file = 'server.key'",
        "    ssl_min_protocol_version = 'TLSv1.2'",
        "    password_encryption = scram-sha-256",
    ])
    return "\n".join([
        translate("Server", "Now make the server accept staff only over an encrypted "
                            "connection, with their own password.\nIn pg_hba.conf, put these "
                            "lines above any other 'host' lines and remove the\nothers (staff "
                            "sign in from anywhere, always with TLS; everything else is\n"
                            "refused; where the offices have fixed addresses, put those in "
                            "place of\n0.0.0.0/0 and ::/0):"),
        "", hba, "",
        translate("Server", "In postgresql.conf (the certificate and key files are the "
                            "server's own, made as\ndocs/server.md shows):"),
        "", conf, "",
        translate("Server", "Then restart PostgreSQL. Keep the 'local' lines, which let the "
                            "server's own\nadministrator sign in on the server itself."),
    ])
