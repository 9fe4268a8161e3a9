"""An open server: the same working surface as a file `Vault`, on the service's PostgreSQL.

    vault = ServerVault.unlock(ServerProfile.load(path), "amina", password)
    with vault.transaction() as session:     # one user action, SERIALIZABLE, all or nothing
        ...
    vault.close()

The domain sees what it sees of a file vault: `person`, `confirm_person`, `session`, `read`,
`transaction`, `is_open`, `close`, `engine`. What differs underneath:

- She connects as her own login (SCRAM, TLS verified against the profile's authority), so the
  server refuses what her role may not do whatever this object is asked (server/roles.py).
- The service key is opened through her own key slot and given to the engine, so the crown
  jewels are sealed before they are sent and opened when read (db/sealed.py).
- A write runs SERIALIZABLE: where a file vault has one writer at a time (BEGIN IMMEDIATE),
  two offices writing at once either both stand as if one came after the other, or one is
  refused with a plain "someone else was changing this; nothing was saved, try again". The
  exclusion constraints refuse a double booking even so.
- Cut off: a server that cannot be reached, or a connection lost part-way, is
  ServerUnreachable; PostgreSQL has undone the unfinished transaction, and nothing is kept on
  this computer to send later (a local copy would fork the records).

Key slots, the staff roster and rotation are the server's business here (key_slots.py,
roles.py), not a key file's.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import URL, Connection, Engine, create_engine, event, select
from sqlalchemy.exc import DBAPIError, DisconnectionError, StatementError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from refugedesk.credentials import check_typed_password, check_typed_username
from refugedesk.db import sealed
from refugedesk.db.models import StaffMember
from refugedesk.db.reading import hold_to_reading
from refugedesk.db.vault import Person, ReadSession
from refugedesk.errors import (
    AccountInactive,
    NotAllowed,
    RefugeDeskError,
    SealedValueUnreadable,
    ServerNotTrusted,
    ServerRecordsNewer,
    ServerRecordsOlder,
    ServerUnreachable,
    ServiceKeyChanged,
    UnknownUser,
    VaultBusy,
    VaultClosed,
    WrongPassword,
)
from refugedesk.i18n import Counted, translate
from refugedesk.server import key_slots
from refugedesk.server.key_rotation import KEY_CHANGED_STATE, say_generation
from refugedesk.server.live import Listener
from refugedesk.server.profile import ServerProfile

T = TypeVar("T")

# This module's words with a count (refugedesk.i18n.Counted: lupdate reads the name).
ServerVaultCheck = Counted("ServerVaultCheck")

#: SQLSTATEs of a transaction PostgreSQL undid because another ran at the same moment (or
#: one held what it needed longer than it would wait: lock_not_available).
_CONFLICT_STATES = {"40001", "40P01", "55P03"}


def server_error(exc: BaseException) -> BaseException:
    """The typed error for a psycopg error (or SQLAlchemy's wrapper of one), or `exc` itself
    when it is not about the server's reach, trust or a clash (then it may be a bug)."""
    if isinstance(exc, StatementError) and isinstance(exc.orig, RefugeDeskError):
        return exc.orig  # raised by a sealed column, inside SQLAlchemy
    orig = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    state = getattr(orig, "sqlstate", None)
    text = str(orig).lower()
    if state == KEY_CHANGED_STATE:
        return ServiceKeyChanged()
    if state == "42883":
        # undefined_function: a RefugeDesk function this copy calls is not on the server,
        # whose rules are older than this copy (server upgrade makes them; no migration
        # marks them, so check_revision cannot tell).
        return ServerRecordsOlder()
    if state in _CONFLICT_STATES:
        return VaultBusy(translate(
            "ServerVault", "Someone else was changing the same records at the same moment, so "
            "nothing was saved. Try again."))
    if state == "42501":  # insufficient_privilege: the server refused what her role may not
        return NotAllowed()
    if state == "28P01" or "password authentication failed" in text:
        return WrongPassword()
    if "not permitted to log in" in text:
        return AccountInactive()
    if "certificate verify failed" in text or "does not match host name" in text \
            or "root certificate file" in text:
        return ServerNotTrusted()
    if state is None or state.startswith("08") or state in {"57P01", "57P02", "57P03"}:
        # Could not connect, or the connection went (network, the server restarting).
        import psycopg

        if isinstance(orig, psycopg.OperationalError):
            return ServerUnreachable()
    return exc


def check_revision(conn: Connection) -> None:
    """The server's records are in the form this copy's models are (migrate.HEAD), or they
    are not opened: a file vault migrates itself when it opens, but a server is shared by
    every office, and is brought up to date by whoever runs it, not by the first copy of a
    newer RefugeDesk to sign in. Raises ServerRecordsOlder or ServerRecordsNewer."""
    from sqlalchemy.exc import ProgrammingError

    from refugedesk.db import migrate

    # Read directly (Alembic's own reader is a slower import, and sign-in waits for this).
    # A database without the table is not RefugeDesk's: its error ends this (read-only)
    # transaction, which the caller then rolls back.
    try:
        revision = conn.exec_driver_sql("SELECT max(version_num) FROM alembic_version").scalar()
    except ProgrammingError as exc:
        if getattr(exc.orig, "sqlstate", None) != "42P01":  # undefined_table
            raise
        revision = None
    if revision == migrate.HEAD:
        return
    if revision is not None and revision.isdigit() and int(revision) < int(migrate.HEAD):
        raise ServerRecordsOlder()
    raise ServerRecordsNewer()


#: A transaction begun this soon (seconds) after confirm_person does not read who is acting
#: again (ServerVault.transaction).
CONFIRMED_FOR = 1.0


#: A pooled connection left unused this long (seconds) is checked with a round trip before it
#: is used again (ServerVault's engine). One in steady use is not: the check would cost every
#: action a round trip. One the server or the network dropped while it sat is replaced
#: unseen; one dropped within the last few seconds makes that action "cannot be reached, try
#: again" (nothing half-saved: the server undoes an unfinished transaction), and the pool
#: starts afresh for the next.
PING_AFTER_IDLE = 10.0


def _engine(url: str | URL, *, read_only: bool = False) -> Engine:
    # A reading engine's connections are read-only on the server's side: every transaction
    # on them, each statement's own included, refuses to change anything, even inside a
    # function (ServerVault._use).
    extra: dict[str, Any] = (
        {"connect_args": {"options": "-c default_transaction_read_only=on"}} if read_only
        else {})
    engine = create_engine(url, hide_parameters=True, **extra)
    event.listen(engine, "checkin", _note_idle)
    event.listen(engine, "checkout", _ping_if_idle)
    if not read_only:
        event.listen(engine, "checkout", _say_which_key(engine))
    return engine


def _say_which_key(engine: Engine) -> Callable[[Any, ConnectionPoolEntry, object], None]:
    """A writing connection tells the server which key this copy holds, once per key (the
    server refuses its writes of sealed values when that key is no longer the service's:
    server/key_rotation.py). None is said before the key is opened (sign-in)."""
    def say(dbapi_connection: Any, record: ConnectionPoolEntry, _proxy: object) -> None:
        sealer = getattr(engine.dialect, sealed.ATTRIBUTE, None)
        if sealer is None or record.info.get("key_generation") == sealer.generation:
            return
        import psycopg

        try:
            say_generation(dbapi_connection, sealer.generation)
        except psycopg.Error as exc:
            raise DisconnectionError() from exc
        record.info["key_generation"] = sealer.generation

    return say


def _note_idle(_dbapi_connection: object, record: ConnectionPoolEntry) -> None:
    record.info["idle_since"] = time.monotonic()


def _ping_if_idle(dbapi_connection: Any, record: ConnectionPoolEntry,
                  _proxy: object) -> None:
    since = record.info.get("idle_since")
    if since is None or time.monotonic() - since < PING_AFTER_IDLE:
        return
    import psycopg

    try:
        dbapi_connection.execute("SELECT 1")
        dbapi_connection.rollback()
    except psycopg.Error as exc:
        raise DisconnectionError() from exc  # the pool replaces it and checks out again


class ServerVault:
    """An open server, for one staff member. Make one with `unlock`."""

    def __init__(self, profile: ServerProfile, engine: Engine, person: Person) -> None:
        self.profile = profile
        #: The profile's place: where the window's title and recent-places list say she is.
        self.path = Path(profile.path) if profile.path else Path(profile.describe())
        self.person = person
        self.identity: bytes | None = None
        self.trust_notes: list[str] = []
        #: A file vault's signed staff roster: on a server the server's own roles and
        #: functions keep who may do what (server/roles.py), so there is none.
        self.roster = None
        #: When confirm_person last re-read her (time.monotonic), until a transaction uses it.
        self._confirmed_at: float | None = None
        self._use(engine)
        self._open = True

    @classmethod
    def unlock(cls, profile: ServerProfile, username: str, password: str) -> ServerVault:
        """Sign in as her own login and open the service key through her own slot."""
        check_typed_username(username)
        check_typed_password(password)
        username = username.strip().lower()
        engine = _engine(profile.url(username, password))
        try:
            with engine.connect() as conn:
                check_revision(conn)
                sealer = key_slots.open_service_key(conn, username, password)
                member = Session(bind=conn).scalar(
                    select(StaffMember).where(StaffMember.username == username))
                conn.commit()  # her slot, when it was renewed to a changed service key
            if member is None:
                # A login the service's server has that is not one of its staff.
                raise UnknownUser()
            if not member.active:
                raise AccountInactive()
            sealed.attach(engine, sealer)
            return cls(profile, engine,
                       Person(member.id, member.username, member.display_name, member.role_enum))
        except DBAPIError as exc:
            engine.dispose()
            raise server_error(exc) from None
        except BaseException:
            engine.dispose()
            raise

    def use_password(self, password: str) -> None:
        """After she changed her password: new connections sign in with the new one (the pool's
        open ones were made with the old and are closed)."""
        self._start_again(self.profile.url(self.person.username, password),
                          sealed.sealer_of(self.engine))

    def use_sealer(self, sealer: sealed.Sealer) -> None:
        """After she changed the service key (key_rotation.py): new connections work with
        the new key, and say so to the server."""
        self._start_again(self.engine.url, sealer)

    def _start_again(self, url: str | URL, sealer: sealed.Sealer) -> None:
        engine = _engine(url)
        sealed.attach(engine, sealer)
        self._let_go()
        self._use(engine)

    def _use(self, engine: Engine) -> None:
        """Work through `engine` (given the sealer), and a reading engine of its own beside it.
        Reading needs no transaction: at READ COMMITTED each statement sees the records as
        committed when it starts, in a transaction or not, and a BEGIN and a ROLLBACK around a
        search would be two round trips more than its own statements. So reading sessions run
        each statement on its own, on connections the server holds to reading
        (default_transaction_read_only), and anything but a SELECT is refused here first with
        a plain error (db/reading.py)."""
        self.engine = engine
        self._reading_engine = _engine(engine.url, read_only=True)
        sealed.attach(self._reading_engine, sealed.sealer_of(engine))
        reading = hold_to_reading(
            self._reading_engine.execution_options(isolation_level="AUTOCOMMIT"))
        self._reader = sessionmaker(reading, expire_on_commit=False)
        self._writer = sessionmaker(engine.execution_options(isolation_level="SERIALIZABLE"),
                                    expire_on_commit=False)

    def listen(self, on_change: Callable[[set[str]], None],
               on_lost: Callable[[BaseException], None] | None = None) -> Listener:
        """Changes other offices make, as they commit (server/live.py), on a connection of
        its own as her. Stop it before closing the vault."""
        from psycopg.conninfo import make_conninfo

        url = self.engine.url
        params = {k: str(v) for k, v in url.query.items()}
        conninfo = make_conninfo(user=url.username, password=url.password, dbname=url.database,
                                 **params)
        # It connects on its own thread; a failure to is `on_lost`'s, with the typed error.
        def lost(exc: BaseException) -> None:
            if on_lost is not None:
                on_lost(server_error(exc))

        return Listener(conninfo, on_change, lost)

    def verify_password(self, username: str, password: str) -> Person:
        """The lock screen. On a server the connection is her login, so only she may unlock
        it: a colleague signs in as herself (signing out first), and the server then holds
        her to her own role. Her password is checked against her own key slot."""
        check_typed_username(username)
        check_typed_password(password)
        if username.strip().lower() != self.person.username:
            raise NotAllowed(translate(
                "ServerVault", "On the service's server each person signs in as herself: sign "
                "out, then sign in with your own name and password."))
        try:
            with self.engine.connect() as conn:
                sealer = key_slots.open_service_key(conn, self.person.username, password)
                conn.commit()  # her slot, when it was renewed to a changed service key
        except DBAPIError as exc:
            raise server_error(exc) from None
        if sealer != sealed.sealer_of(self.engine):
            self.use_sealer(sealer)  # an administrator changed the key while she was away
        return self.confirm_person()

    def integrity_problems(self) -> list[str]:
        """What `refugedesk check` asks of a server besides the audit chain: each staff
        member's login as her row says (signing in or not, in her role's group), no login in
        RefugeDesk's groups that is not one of the staff, every protected value opening
        with the service's key (one that does not was changed on the server), and the
        server's rules (guards, triggers, need-to-know policies, functions) as RefugeDesk
        made them (rules_check.py)."""
        from refugedesk.server.rules_check import rule_problems

        with self.engine.connect() as conn:
            return (_login_problems(conn) + rule_problems(conn)
                    + _sealed_problems(conn, sealed.sealer_of(self.engine)))

    def remember(self) -> None:
        """What a file vault does here (keep this computer's witness of its signed roster)
        has no counterpart on a server: the server keeps who may do what itself."""

    # --- who is acting ----------------------------------------------------------------------

    def confirm_person(self) -> Person:
        """Re-read who is acting before a permission check (a colleague may have switched her
        off or changed her role since she signed in)."""
        with self.session() as session:
            self._recheck_person(session)
        self._confirmed_at = time.monotonic()
        return self.person

    def _recheck_person(self, session: Session) -> None:
        try:
            member = session.get(StaffMember, self.person.id)
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == "42501":
                # Switched off while signed in: the server took her out of every group.
                raise AccountInactive() from None
            raise
        if member is None or not member.active:
            raise AccountInactive()
        if member.role_enum is not self.person.role:
            self.person = Person(member.id, member.username, member.display_name,
                                 member.role_enum)

    # --- sessions ---------------------------------------------------------------------------

    def session(self) -> Session:
        """A session for reading. Use as a context manager."""
        self._check_open()
        return self._reader()

    def read(self, fn: Callable[[ReadSession], T]) -> T:
        try:
            with self.session() as session:
                return fn(session)
        except (DBAPIError, StatementError) as exc:
            mapped = server_error(exc)
            if mapped is exc:
                raise
            raise self._why_unreadable(mapped) from None
        except SealedValueUnreadable as exc:
            raise self._why_unreadable(exc) from None

    def _why_unreadable(self, exc: BaseException) -> BaseException:
        """A sealed value that does not open because an administrator changed the service
        key since this copy opened it is ServiceKeyChanged (sign in again), not a value
        changed on the server."""
        if not isinstance(exc, SealedValueUnreadable):
            return exc
        try:
            with self.session() as session:
                generation = session.connection().exec_driver_sql(
                    "SELECT generation FROM refugedesk_service_key").scalar()
        except DBAPIError:
            return exc
        if generation is not None and generation != sealed.sealer_of(self.engine).generation:
            return ServiceKeyChanged()
        return exc

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: committed whole at the end, or undone whole on any error, by the
        server (a lost connection included)."""
        self._check_open()
        session = self._writer()
        try:
            with session.begin():
                # Most actions confirm who is acting, then begin their transaction: the two
                # are one action, and the second read of her row one more round trip to the
                # server. Whatever the app reads, the server itself refuses a login switched
                # off or moved out of a group (roles.py) at her next statement.
                confirmed, self._confirmed_at = self._confirmed_at, None
                if confirmed is None or time.monotonic() - confirmed > CONFIRMED_FOR:
                    self._recheck_person(session)
                yield session
        except (DBAPIError, StatementError) as exc:
            mapped = server_error(exc)
            if mapped is exc:
                raise
            raise self._why_unreadable(mapped) from None
        except SealedValueUnreadable as exc:
            raise self._why_unreadable(exc) from None
        finally:
            session.close()

    # --- closing ----------------------------------------------------------------------------

    def _check_open(self) -> None:
        if not self._open:
            raise VaultClosed()

    @property
    def is_open(self) -> bool:
        return self._open

    def close(self) -> None:
        if self._open:
            self._open = False
            self._let_go()

    def _let_go(self) -> None:
        """Close both engines' connections; the service key goes with them."""
        for engine in (self.engine, self._reading_engine):
            sealed.attach(engine, None)
            engine.dispose()

    def __enter__(self) -> ServerVault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _login_problems(conn: Connection) -> list[str]:
    from refugedesk.server.roles import GROUP_OF_ROLE, GROUPS, other_services

    problems = []
    staff = {name: (role, active) for name, role, active in conn.exec_driver_sql(
        "SELECT username, role, active FROM staff_member")}
    logins = {name: (can_login, set(groups or ())) for name, can_login, groups in
              conn.exec_driver_sql(
                  "SELECT r.rolname, r.rolcanlogin, array_agg(g.rolname) FROM pg_roles r "
                  "JOIN pg_auth_members m ON m.member = r.oid "
                  "JOIN pg_roles g ON g.oid = m.roleid AND g.rolname = ANY(%s) "
                  "GROUP BY r.rolname, r.rolcanlogin", (list(GROUPS),))}
    for name, (role, active) in sorted(staff.items()):
        can_login, groups = logins.get(name, (False, set()))
        if active and not can_login:
            problems.append(translate("ServerVault", "{name} is switched on in RefugeDesk but "
                                      "cannot sign in to the server.").format(name=name))
        elif not active and can_login:
            problems.append(translate("ServerVault", "{name} is switched off in RefugeDesk but "
                                      "can still sign in to the server.").format(name=name))
        if can_login and groups != {GROUP_OF_ROLE.get(role)}:
            problems.append(translate("ServerVault", "{name}'s login on the server does not have "
                                      "her RefugeDesk role.").format(name=name))
    # The schema's owner hands the groups out (roles.create_group_roles), so is in them.
    owner = conn.exec_driver_sql("SELECT pg_get_userbyid(datdba) FROM pg_database "
                                 "WHERE datname = current_database()").scalar()
    for name in sorted(set(logins) - set(staff) - {owner}):
        if name in GROUPS:
            continue  # the groups themselves, nested in each other
        problems.append(translate("ServerVault", "The server has a login, {name}, in "
                                  "RefugeDesk's staff groups that is not one of the staff.")
                        .format(name=name))
    for database in other_services(conn, str(owner)):
        problems.append(translate("ServerVault", "The server also holds another RefugeDesk "
                                  "service, {database}: its staff can reach this service's "
                                  "database too.").format(database=database))
    return problems


def _sealed_problems(conn: Connection, sealer: sealed.Sealer) -> list[str]:
    from sqlalchemy import ColumnElement, String, cast, column, func, table

    from refugedesk.db.models import Base
    from refugedesk.errors import SealedValueUnreadable

    problems = []
    for table_name, column_name in sealed.sealed_columns(Base.metadata):
        kind = Base.metadata.tables[table_name].columns[column_name].type
        json_text = isinstance(kind, sealed.Sealed) and kind.json_text
        purpose = f"{table_name}.{column_name}"
        # Read as the text the server holds (not through the sealed type, which would stop at
        # the first), and open each here.
        stored: ColumnElement[str] = cast(column(column_name), String)
        if table_name == sealed.RULED_TABLE:
            # Her own sealed columns only through need-to-know (server/need_to_know.py): a
            # worker may not SELECT them, and is given the values of the records she may open.
            stored = func.refugedesk_resident_sealed(column("id"), column_name,
                                                     type_=String())
        bad = 0
        for (value,) in conn.execute(select(stored).select_from(table(table_name))):
            if value in (None, ""):
                continue
            try:
                sealer.open(purpose, json.loads(value) if json_text else value)
            except (SealedValueUnreadable, ValueError, TypeError):
                bad += 1
        if bad:
            problems.append(ServerVaultCheck.tr(
                "%n protected values in {place} cannot be opened with the service's key: "
                "they were changed on the server.",
                "%n protected value in {place} cannot be opened with the service's key: it "
                "was changed on the server.", bad).format(place=purpose))
    return problems
