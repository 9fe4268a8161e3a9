"""Staff members: accounts, roles, passwords. Each account is also a key slot (see
db/keyslots.py), so switching an account off really removes that person's way into the vault.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeGuard

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from refugedesk import audit, credentials
from refugedesk.db.models import Role, StaffMember
from refugedesk.db.vault import Person, Vault
from refugedesk.errors import (
    LastAdministrator,
    NotAllowed,
    UsernameTaken,
    ValidationError,
    WeakPassword,
)
from refugedesk.i18n import translate
from refugedesk.server import staff as server_staff
from refugedesk.server.vault import ServerVault

MIN_PASSWORD_LENGTH = 10
USERNAME_RE = re.compile(r"^[a-z][a-z0-9._-]{1,63}$")
#: A few of the passwords most often tried first; the length rule catches most others.
COMMON = {
    "password", "password1", "password12", "password123", "passw0rd", "qwerty", "qwertyuiop",
    "1234567890", "123456789", "12345678", "letmein", "iloveyou", "welcome", "welcome1",
    "admin", "administrator", "refugedesk", "changeme", "football", "sunshine", "monkey",
}


def password_problems(password: str, *, username: str = "") -> list[str]:
    """Plain reasons a password is too weak; empty when it is fine. Shown as the user types."""
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(translate(
            "Staff", "Use at least {count} characters. Three or four unrelated words make a "
            "strong, memorable password.").format(count=MIN_PASSWORD_LENGTH))
    lowered = password.lower()
    if lowered in COMMON or lowered.rstrip("0123456789!") in COMMON:
        problems.append(translate("Staff", "This password is too common. Choose something less predictable."))
    if username and len(username) >= 3 and username.lower() in lowered:
        problems.append(translate("Staff", "Do not include your username in your password."))
    if password and len(set(password)) < 5:
        problems.append(translate("Staff", "Use a wider mix of characters."))
    if password.isdigit() and len(password) >= MIN_PASSWORD_LENGTH:
        problems.append(translate("Staff", "Do not use only numbers."))
    return problems


def check_password(password: str, *, username: str = "") -> None:
    credentials.check_typed_password(password)
    problems = password_problems(password, username=username)
    if problems:
        raise WeakPassword(problems[0])


def check_username(username: str) -> str:
    credentials.check_typed_username(username)
    cleaned = username.strip().lower()
    if not USERNAME_RE.match(cleaned):
        raise ValidationError(
            translate("Staff", "A username starts with a letter and uses only letters, numbers, "
                      "dots, dashes or underscores (2 to 64 characters)."), field="username")
    return cleaned


def _on_server(vault: object) -> TypeGuard[ServerVault]:
    """A server's staff are its login roles too: their changes go through the server's own
    functions (refugedesk/server/staff.py) rather than a key file and the signed roster."""
    return isinstance(vault, ServerVault)


def _require_admin(vault: Vault) -> None:
    if not vault.confirm_person().is_admin:
        raise NotAllowed()


@dataclass(frozen=True)
class StaffRow:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool


def list_staff(session: Session, viewer: Person | None = None) -> list[StaffRow]:
    """Every account with its username and role: for administrators and managers (and for
    code acting for nobody in particular, `viewer=None`: the self-test). A support worker
    gets NotAllowed; she sees colleagues' names through `colleagues`."""
    if viewer is not None and not viewer.is_manager_or_admin:
        raise NotAllowed()
    members = session.scalars(select(StaffMember).order_by(StaffMember.display_name))
    return [StaffRow(m.id, m.username, m.display_name, m.role, m.active) for m in members]


@dataclass(frozen=True)
class Colleague:
    """What any worker may know of a colleague: her name, to choose a key worker or whom to
    hand over to. Not her username (half of what signs in) nor her role."""

    id: int
    display_name: str
    active: bool


def colleagues(session: Session) -> list[Colleague]:
    members = session.execute(
        select(StaffMember.id, StaffMember.display_name, StaffMember.active)
        .order_by(StaffMember.display_name))
    return [Colleague(i, name, bool(active)) for i, name, active in members]


def display_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    """The display names of these staff members (None ids are skipped), by id."""
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    return dict(session.execute(select(StaffMember.id, StaffMember.display_name).where(
        StaffMember.id.in_(wanted))).all())


def _active_admins(session: Session) -> int:
    return session.scalar(
        select(func.count()).select_from(StaffMember).where(
            StaffMember.active, StaffMember.role == Role.ADMINISTRATOR)
    ) or 0


def add_staff(vault: Vault, *, username: str, display_name: str, role: Role,
              password: str, check_strength: bool = True) -> int:
    """Add an account (administrators only). Returns its id."""
    _require_admin(vault)
    username = check_username(username)
    if not display_name.strip():
        raise ValidationError(translate("Staff", "Enter the person's name."),
                              field="display_name")
    if check_strength:
        check_password(password, username=username)
    if _on_server(vault):
        # The model's own length rules (db/models/base.py), on a row that is never saved: the
        # server's function writes the row itself, and a name too long for its column must
        # be the same plain refusal there as in a file.
        StaffMember(username=username, display_name=display_name.strip())
        return server_staff.add(vault, username=username, display_name=display_name.strip(),
                                role=role, password=password)
    with vault.transaction() as session:
        if session.scalar(select(StaffMember.id).where(StaffMember.username == username)):
            raise UsernameTaken(username)
        public, identity = vault.add_slot(username, password)
        try:
            member = StaffMember(
                username=username, display_name=display_name.strip(), role=Role(role),
                active=True, slot_public_key=public, password_changed_at=datetime.now(UTC),
                created_by_id=vault.person.id, updated_by_id=vault.person.id,
            )
            session.add(member)
            session.flush()
            audit.record(session, vault.person, "staff_added", record_type="staff",
                         record_id=member.id, detail=f"role={member.role}")
            vault.sign_roster(session, identities={member.id: identity})
        except BaseException:
            vault.remove_slot(username)
            raise
        return member.id


def set_role(vault: Vault, staff_id: int, role: Role) -> None:
    _require_admin(vault)
    if _on_server(vault):
        return server_staff.set_role(vault, staff_id, role)
    with vault.transaction() as session:
        member = session.get_one(StaffMember, staff_id)
        if (member.role == Role.ADMINISTRATOR and role is not Role.ADMINISTRATOR
                and member.active and _active_admins(session) <= 1):
            raise LastAdministrator()
        member.role = Role(role)
        member.updated_by_id = vault.person.id
        audit.record(session, vault.person, "staff_role_changed", record_type="staff",
                     record_id=staff_id, detail=f"role={member.role}")
        vault.sign_roster(session, changing={staff_id})


def deactivate(vault: Vault, staff_id: int) -> None:
    """Switch an account off: her key slot is deleted, so her password opens nothing."""
    _require_admin(vault)
    if _on_server(vault):
        return server_staff.deactivate(vault, staff_id)
    with vault.transaction() as session:
        member = session.get_one(StaffMember, staff_id)
        if not member.active:
            return
        if member.role == Role.ADMINISTRATOR and _active_admins(session) <= 1:
            raise LastAdministrator()
        member.active = False
        member.slot_public_key = None
        member.updated_by_id = vault.person.id
        audit.record(session, vault.person, "staff_deactivated", record_type="staff",
                     record_id=staff_id)
        vault.sign_roster(session, identities={staff_id: None})
        vault.remove_slot(member.username)


def reactivate(vault: Vault, staff_id: int, new_password: str) -> None:
    """Switch an account back on with a new password set by the administrator."""
    _require_admin(vault)
    if _on_server(vault):
        with vault.session() as session:
            check_password(new_password,
                           username=session.get_one(StaffMember, staff_id).username)
        return server_staff.reactivate(vault, staff_id, new_password)
    with _new_slot(vault, staff_id) as (session, member):
        check_password(new_password, username=member.username)
        member.slot_public_key, identity = vault.add_slot(member.username, new_password)
        member.active = True
        member.password_changed_at = datetime.now(UTC)
        member.updated_by_id = vault.person.id
        audit.record(session, vault.person, "staff_reactivated", record_type="staff",
                     record_id=staff_id)
        vault.sign_roster(session, identities={staff_id: identity})


def reset_password(vault: Vault, staff_id: int, new_password: str) -> None:
    """An administrator (or the recovery code) sets a new password for someone who forgot hers.
    Her slot is replaced by a new one; her old password stops working."""
    _require_admin(vault)
    if _on_server(vault):
        with vault.session() as session:
            member = session.get_one(StaffMember, staff_id)
            if not member.active:
                raise ValidationError(translate("Staff", "Switch the account on first."),
                                      field="username")
            check_password(new_password, username=member.username)
        return server_staff.reset_password(vault, staff_id, new_password)
    with _new_slot(vault, staff_id) as (session, member):
        if not member.active:
            raise ValidationError(translate("Staff", "Switch the account on first."),
                                  field="username")
        check_password(new_password, username=member.username)
        member.slot_public_key, identity = vault.add_slot(member.username, new_password)
        member.password_changed_at = datetime.now(UTC)
        member.updated_by_id = vault.person.id
        audit.record(session, vault.person, "password_reset", record_type="staff",
                     record_id=staff_id)
        vault.sign_roster(session, identities={staff_id: identity})


def change_own_password(vault: Vault, old_password: str, new_password: str) -> None:
    """A new slot for her under the new password, with the same identity. Everyone else's
    slot is untouched. Until the database has committed, the key file keeps her slot as it
    was too (a crash at any point leaves the two agreeing: see Vault._settle_password_change)."""
    if vault.person.id is None:
        raise NotAllowed()
    check_password(new_password, username=vault.person.username)
    if new_password == old_password:
        raise WeakPassword(translate("Staff", "The new password must be different from the old "
                                     "one."))
    if _on_server(vault):
        return server_staff.change_own_password(vault, old_password, new_password)
    with _new_slot(vault, vault.person.id) as (session, member):
        member.slot_public_key = vault.change_slot_password(
            vault.person.username, old_password, new_password)
        member.password_changed_at = datetime.now(UTC)
        member.updated_by_id = vault.person.id
        audit.record(session, vault.person, "password_changed", record_type="staff",
                     record_id=member.id)


@contextmanager
def _new_slot(vault: Vault, staff_id: int) -> Iterator[tuple[Session, StaffMember]]:
    """A transaction that gives an account a new slot: the key file keeps her slot as it was
    until the database has committed, then settles on whichever key the database holds (the
    new one, or the old one if the change failed), so the two never disagree."""
    username: str | None = None
    try:
        with vault.transaction() as session:
            member = session.get_one(StaffMember, staff_id)
            username = member.username
            yield session, member
    finally:
        if username is not None:
            with vault.session() as session:
                recorded = session.scalar(
                    select(StaffMember.slot_public_key).where(StaffMember.id == staff_id))
            vault.settle_slot(username, bytes(recorded) if recorded else None)
