"""Staff accounts on a server: what refugedesk/staff.py does to a key file and the roster, done
through the server's own functions (issue 17).

On a server a staff member is her login role as much as her `staff_member` row, and staff roles
may not write either: an administrator adds, moves, switches off and resets colleagues only
through `refugedesk_add_staff`, `refugedesk_set_staff` and `refugedesk_set_password`
(server/roles.py), which check again that she is an administrator and keep the two together.
Her key slot for the service key (server/key_slots.py) is given with her first password and
with every password an administrator sets, and goes when she is switched off.

A password never reaches the server in clear: the client sends its SCRAM-SHA-256 verifier
(libpq computes it), and her key slot is wrapped under Argon2id of it on this computer.

refugedesk/staff.py checks what is typed (username, display name, password strength) and who is
asking, then hands a ServerVault's work to these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from refugedesk import audit
from refugedesk.db import sealed
from refugedesk.db.models import Role, StaffMember
from refugedesk.errors import LastAdministrator, UsernameTaken
from refugedesk.server import key_slots
from refugedesk.server.audit_chain import execute_script
from refugedesk.server.passwords import scram_verifier

if TYPE_CHECKING:
    from refugedesk.server.vault import ServerVault

_LAST_ADMIN = "the last active administrator"


def _refused(exc: DBAPIError, username: str) -> Exception:
    state = getattr(exc.orig, "sqlstate", None)
    if state == "42710":  # duplicate_object: the login exists
        return UsernameTaken(username)
    if state == "23514" and _LAST_ADMIN in str(exc.orig):
        return LastAdministrator()
    return exc


def add(vault: ServerVault, *, username: str, display_name: str, role: Role,
        password: str) -> int:
    """Her login and row (refugedesk_add_staff), then her key slot, in one transaction."""
    with vault.transaction() as session:
        conn = session.connection()
        if session.scalar(select(StaffMember.id).where(StaffMember.username == username)):
            raise UsernameTaken(username)
        try:
            staff_id: int = conn.exec_driver_sql(
                "SELECT refugedesk_add_staff(%s, %s, %s, %s)",
                (username, display_name, Role(role).value,
                 scram_verifier(conn, username, password))).scalar_one()
            key_slots.give_key_slot(conn, sealed.sealer_of(vault.engine), username, password)
        except DBAPIError as exc:
            raise _refused(exc, username) from None
        session.expire_all()
        return staff_id


def _set(vault: ServerVault, staff_id: int, *, role: Role | None = None,
         active: bool | None = None, password: str | None = None) -> None:
    with vault.transaction() as session:
        conn = session.connection()
        member = session.get_one(StaffMember, staff_id)
        username = member.username
        try:
            if password is not None:
                conn.exec_driver_sql("SELECT refugedesk_set_password(%s, %s)",
                                     (username, scram_verifier(conn, username, password)))
            if role is not None or active is not None:
                conn.exec_driver_sql(
                    "SELECT refugedesk_set_staff(%s, %s, %s)",
                    (username, Role(role or member.role_enum).value,
                     member.active if active is None else active))
            if password is not None:
                key_slots.give_key_slot(conn, sealed.sealer_of(vault.engine), username,
                                        password)
        except DBAPIError as exc:
            raise _refused(exc, username) from None
        session.expire_all()


def set_role(vault: ServerVault, staff_id: int, role: Role) -> None:
    _set(vault, staff_id, role=role)


def deactivate(vault: ServerVault, staff_id: int) -> None:
    """NOLOGIN, and her key slot deleted (a trigger does it with the switch)."""
    _set(vault, staff_id, active=False)


def reactivate(vault: ServerVault, staff_id: int, new_password: str) -> None:
    """A new password first (the server's function checks the login is hers), then LOGIN,
    then a new key slot under the new password."""
    _set(vault, staff_id, active=True, password=new_password)


def reset_password(vault: ServerVault, staff_id: int, new_password: str) -> None:
    _set(vault, staff_id, password=new_password)


def change_own_password(vault: ServerVault, old_password: str, new_password: str) -> None:
    """Her login's password (ALTER ROLE CURRENT_USER, which PostgreSQL lets everyone do) and
    her key slot under the new one (which checks the old), in one transaction; then the open
    vault reconnects with the new password."""
    with vault.transaction() as session:
        conn = session.connection()
        key_slots.change_my_password(conn, vault.person.username, old_password, new_password)
        from psycopg import sql  # the server's driver, loaded only by a server

        verifier = scram_verifier(conn, vault.person.username, new_password)
        statement = sql.SQL("ALTER ROLE CURRENT_USER PASSWORD {}").format(sql.Literal(verifier))
        raw = conn.connection.dbapi_connection
        execute_script(conn, statement.as_string(raw))  # type: ignore[arg-type]
        # Her row's password_changed_at is stamped by refugedesk_set_my_key_slot (staff may
        # not write staff_member themselves).
        audit.record(session, vault.person, "password_changed", record_type="staff",
                     record_id=vault.person.id)
    vault.use_password(new_password)
