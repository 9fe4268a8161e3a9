"""Moving a file vault onto the service's server (`refugedesk migrate-to-server`, issue 17).

A service that outgrows one PC keeps everything it has: every record, its id, its times, and
the audit trail with its hash chain unbroken, so `audit.verify` on the server accepts the same
chain the file had, and the move itself is its next event. What changes is where the records
live and who holds keys:

- The records are copied table by table, in the order their links need, into a database that
  `install_everything` has just made; the crown jewels are sealed on the way (db/sealed.py).
  The copy runs with the server's triggers and links set aside for the session (as
  pg_restore does), so the audit events go in as they were rather than re-chained, and is one
  transaction: a failure leaves the database empty of records.
- Then, before anything is committed, each table is read back from the server, opened, and
  compared with the file's, record by record. A difference is a `MoveCheckFailed` naming the
  table, and nothing stays on the server, records or logins; the file is never changed.
- Logins: the administrator moving it gets her login and key slot with her password. Every
  other colleague gets a login nobody knows the password of and no key slot, because her
  password only ever opened her own slot in the key file: an administrator gives each a first
  password in Admin (Set new password), which makes her slot. A colleague already switched off
  in the file gets a login that cannot sign in.
- A new recovery code: the file's opened the file's key, not the service key.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, Integer, Table, insert, select
from sqlalchemy.orm import Session

from refugedesk.db import sealed
from refugedesk.db.models import AuditEvent, Base, Organisation, StaffMember
from refugedesk.db.vault import Vault
from refugedesk.errors import RefugeDeskError, UsernameTaken
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.server import key_slots
from refugedesk.server.audit_chain import execute_script
from refugedesk.server.install import install_everything
from refugedesk.server.passwords import scram_verifier
from refugedesk.server.roles import GROUP_OF_ROLE

BATCH = 500


class MoveCheckFailed(RefugeDeskError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The records on the server do not match the vault file, so the move is not "
        "finished. The vault file is unchanged: keep using it, and tell your administrator.")


@dataclass
class MoveReport:
    #: table -> records copied and checked
    tables: dict[str, int] = field(default_factory=dict)
    recovery_code: str = ""
    #: colleagues who need a first password from an administrator before they can sign in
    need_password: list[str] = field(default_factory=list)


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _rows(conn: Connection | Session, table: Table) -> list[dict[str, object]]:
    order = [c for c in table.primary_key.columns] or list(table.columns)
    return [dict(row) for row in conn.execute(select(table).order_by(*order)).mappings()]


def move(source: Vault, target: Engine, *, owner: str, username: str, password: str,
         before: Callable[[Connection], None] | None = None) -> MoveReport:
    """Copy `source` (open as an administrator, `username`) into the empty database `target`
    (an engine as a superuser: triggers are set aside), then check it. `owner` owns the
    database and has CREATEROLE, and the group roles exist (`roles.create_group_roles`), as
    `server init` leaves them."""
    if not source.person.is_admin:
        from refugedesk.errors import NotAllowed

        raise NotAllowed()
    report = MoveReport()
    with source.session() as reading, target.begin() as conn:
        if before is not None:  # in the same transaction: the owner made, say
            before(conn)
        staff = _rows(reading, StaffMember.__table__)  # type: ignore[arg-type]
        _check_logins_free(conn, [str(m["username"]) for m in staff])
        conn.exec_driver_sql(f'SET LOCAL ROLE "{owner}"')
        install_everything(conn)
        conn.exec_driver_sql("RESET ROLE")
        # As pg_restore: no triggers (the chain is copied as it is) and links checked by the
        # comparison below rather than row by row in table order.
        conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        sealer, report.recovery_code = key_slots.create_service_key(
            conn, username, password, organisation=None)
        sealed.attach(target, sealer)
        for table in _tables():
            rows = _rows(reading, table)
            for start in range(0, len(rows), BATCH):
                conn.execute(insert(table), rows[start:start + BATCH])
            report.tables[table.name] = len(rows)
            _advance_sequence(conn, table, rows)
        last = reading.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
        if last is not None:
            conn.exec_driver_sql("UPDATE refugedesk_audit_head SET last_id = %s, last_hash = %s",
                                 (last.id, last.hash))
        conn.execute(Organisation.__table__.update().values(  # type: ignore[attr-defined]
            recovery_public_key=key_slots.recovery_public_key(conn)))
        # The logins are the owner's to make, as refugedesk_add_staff makes them, so its
        # functions may later change them (PostgreSQL 16 lets a CREATEROLE role change only
        # the roles it administers).
        conn.exec_driver_sql(f'SET LOCAL ROLE "{owner}"')
        report.need_password = _make_logins(conn, staff, username, password)
        conn.exec_driver_sql("RESET ROLE")
        # Checked before anything is committed: a failed check leaves no records and no
        # logins on the server.
        _check(reading, conn)
    return report


def _check_logins_free(conn: Connection, usernames: list[str]) -> None:
    """Roles are the whole server's: a colleague's name already a role there (another
    service's, or an earlier try) is refused before anything is made; so is a name a server
    login may not have (PostgreSQL's own, or RefugeDesk's: refugedesk_recovery is the
    recovery slot's row)."""
    from refugedesk.server.setup import check_admin_username

    for name in usernames:
        check_admin_username(name)
    taken = conn.exec_driver_sql("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)",
                                 (usernames,)).scalars().all()
    if taken:
        raise UsernameTaken(taken[0])


def _advance_sequence(conn: Connection, table: Table, rows: list[dict[str, object]]) -> None:
    """Rows came with their ids: the next new one must follow them."""
    for column in table.primary_key.columns:
        if isinstance(column.type, Integer) and column.autoincrement is not False and rows \
                and table.name != "audit_event":  # the chain numbers events from its head
            sequence = conn.exec_driver_sql("SELECT pg_get_serial_sequence(%s, %s)",
                                            (table.name, column.name)).scalar()
            if sequence:
                conn.exec_driver_sql("SELECT setval(%s, %s)",
                                     (sequence, max(int(str(r[column.name])) for r in rows)))


def _make_logins(conn: Connection, staff: list[dict[str, object]], username: str,
                 password: str) -> list[str]:
    from psycopg import sql  # the server's driver, loaded only by a server

    waiting = []
    for member in staff:
        name, role, active = str(member["username"]), str(member["role"]), bool(member["active"])
        if name == username:
            verifier = scram_verifier(conn, name, password)
        else:
            verifier = scram_verifier(conn, name, secrets.token_urlsafe(32))  # nobody's
            if active:
                waiting.append(name)
        statement = sql.SQL(
            "CREATE ROLE {name} {login} NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
            "NOBYPASSRLS INHERIT IN ROLE {group} PASSWORD {verifier}").format(
                name=sql.Identifier(name), login=sql.SQL("LOGIN" if active else "NOLOGIN"),
                group=sql.Identifier(GROUP_OF_ROLE[role]), verifier=sql.Literal(verifier))
        raw = conn.connection.dbapi_connection
        execute_script(conn, statement.as_string(raw))  # type: ignore[arg-type]
    return waiting


#: What the move changes on purpose: the service's recovery slot is new (the file's code opened
#: the file's key), and the organisation row holds its public key.
CHANGED = {("organisation", "recovery_public_key")}


def _comparable(rows: list[dict[str, object]], table: Table) -> list[dict[str, object]]:
    return [{k: v for k, v in row.items() if (table.name, k) not in CHANGED} for row in rows]


def _check(reading: Session, conn: Connection) -> None:
    """Every table, record by record, as the app reads it from each."""
    for table in _tables():
        if _comparable(_rows(reading, table), table) != _comparable(_rows(conn, table), table):
            raise MoveCheckFailed(translate(
                "ServerMove", "The records of {table} on the server do not match the vault "
                "file, so the move is not finished. The vault file is unchanged: keep using "
                "it, and tell your administrator.").format(table=table.name))
