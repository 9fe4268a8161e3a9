"""Getting in and keeping safe: set-up, sign-in, lock, key rotation, backup and restore.

Each function is one user action and writes its audit event in the same transaction.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from refugedesk import audit, staff
from refugedesk.db import vault as vault_mod
from refugedesk.db.engine import translate
from refugedesk.db.keyslots import slot_id_for
from refugedesk.db.models import Organisation, StaffMember
from refugedesk.db.vault import Person, Vault
from refugedesk.errors import (
    AccountInactive,
    NotAllowed,
    NotAVault,
    UnknownUser,
    ValidationError,
)


@dataclass(frozen=True)
class OrganisationInfo:
    name: str
    is_demo: bool
    idle_lock_minutes: int


def set_up(path: Path, *, organisation: str, username: str, display_name: str,
           password: str) -> tuple[Vault, str]:
    """First run: a new vault with its first administrator. Returns it and the recovery code."""
    if not organisation.strip():
        raise ValidationError("Enter the name of your service.", field="organisation")
    if not display_name.strip():
        raise ValidationError("Enter your name.", field="display_name")
    username = staff.check_username(username)
    staff.check_password(password, username=username)
    vault, code = Vault.create(path, organisation=organisation, username=username,
                               display_name=display_name, password=password)
    with vault.transaction() as session:
        audit.record(session, vault.person, "vault_created")
    return vault, code


def sign_in(path: Path, username: str, password: str, **kwargs: int) -> Vault:
    """Unlock the vault as a staff member and record it (and any failed attempts before)."""
    vault = Vault.unlock(path, username, password, **kwargs)
    _record_opening(vault, "sign_in")
    return vault


def sign_in_with_recovery(path: Path, code: str) -> Vault:
    vault = Vault.unlock_with_recovery(path, code)
    _record_opening(vault, "recovery_code_used")
    return vault


def _record_opening(vault: Vault, kind: str) -> None:
    """Record who opened the vault. If that fails (busy, damaged), the opening fails: close
    the vault rather than leave its connections, and the key, held by a half-signed-in object
    that the caller never receives."""
    try:
        with vault.transaction() as session:
            _flush_failures(vault, session)
            audit.record(session, vault.person, kind)
    except BaseException:
        vault.close()
        raise


def recover_account(path: Path, code: str, username: str, new_password: str) -> None:
    """With the recovery code, give an account a new password (switching it back on if it was
    off). For when every administrator has forgotten her password. Recorded in the audit."""
    username = staff.check_username(username)
    staff.check_password(new_password, username=username)
    with sign_in_with_recovery(path, code) as vault:
        with vault.session() as session:
            member = session.scalar(select(StaffMember).where(StaffMember.username == username))
        if member is None:
            raise UnknownUser()
        if member.active:
            staff.reset_password(vault, member.id, new_password)
        else:
            staff.reactivate(vault, member.id, new_password)


def _flush_failures(vault: Vault, session) -> None:  # type: ignore[no-untyped-def]
    """Failed attempts happen before the vault is open, so they wait in the key file (as
    hashed usernames and times) until the next successful unlock writes them here."""
    attempts = vault.refresh_keyfile().take_failed_attempts()
    if not attempts:
        return
    names = {
        slot_id_for(vault.keyfile.vault_id, u): u
        for u in session.scalars(select(StaffMember.username))
    }
    for attempt in attempts:
        who = names.get(attempt.get("user", ""), "unknown username")
        audit.record(session, None, "sign_in_failed", actor=who,
                     detail=f"attempted at {attempt.get('at', '?')}")
    vault.keyfile.save()


def lock(vault: Vault) -> None:
    """Record that the screen was locked. Locking itself never fails: an account switched off
    meanwhile simply has nothing more recorded under it."""
    with contextlib.suppress(AccountInactive), vault.transaction() as session:
        audit.record(session, vault.person, "lock")


def unlock(vault: Vault, username: str, password: str) -> Person:
    """The lock screen: the same person, or another staff member, gives her password. The
    vault stays open; the person acting changes to whoever unlocked it."""
    person = vault.verify_password(username, password)
    vault.person = person
    with vault.transaction() as session:
        _flush_failures(vault, session)
        audit.record(session, person, "unlock")
    return person


def sign_out(vault: Vault) -> None:
    """Record the sign-out and close the vault (closed even if the record cannot be written)."""
    try:
        with contextlib.suppress(AccountInactive), vault.transaction() as session:
            audit.record(session, vault.person, "sign_out")
    finally:
        vault.close()


def organisation(vault: Vault) -> OrganisationInfo:
    with vault.session() as session:
        org = session.scalars(select(Organisation)).one()
        return OrganisationInfo(org.name, org.is_demo, org.idle_lock_minutes)


def set_idle_lock(vault: Vault, minutes: int) -> None:
    if not vault.confirm_person().is_admin:
        raise NotAllowed()
    if not 1 <= minutes <= 240:
        raise ValidationError("Choose between 1 and 240 minutes.", field="idle_lock_minutes")
    with vault.transaction() as session:
        org = session.scalars(select(Organisation)).one()
        org.idle_lock_minutes = minutes
        audit.record(session, vault.person, "settings_changed",
                     detail=f"idle_lock_minutes={minutes}")


def rotate_key(vault: Vault) -> None:
    """Administrators only: a new database key, resealed to every active account."""
    if not vault.confirm_person().is_admin:
        raise NotAllowed()
    vault.rekey()
    with vault.transaction() as session:
        audit.record(session, vault.person, "key_rotated",
                     detail=f"generation={vault.keyfile.generation}")


def backup(vault: Vault, dest: Path) -> tuple[Path, Path]:
    """An encrypted copy and its key file. Managers and administrators.

    Only called written once read back: the copy opens with the key and passes both integrity
    checks and the audit chain, and its key file matches it (see `Vault.backup`). A damaged
    vault is VaultDamaged, a copy that cannot be written BackupFailed; nothing is left behind.
    """
    if not vault.confirm_person().is_manager_or_admin:
        raise NotAllowed()
    # The event commits only if the copy was written and checked: the audit trail must not
    # claim a backup that failed. The copy comes from a separate connection's snapshot, so it
    # holds everything committed before this (not-yet-committed) event.
    with vault.transaction() as session:
        audit.record(session, vault.person, "backup", detail=f"file={Path(dest).name}")
        return vault.backup(dest, check_copy=lambda copy: audit.verify(copy).problems)


def _admin_only(staged: Vault) -> None:
    if not staged.person.is_admin:
        raise NotAllowed("Only an administrator can restore a backup.")


def restore(backup_path: Path, target: Path, username: str, password: str) -> None:
    """Replace the vault at `target` with a verified backup; the restore is recorded in it.

    The password must open the backup as an administrator and the vault as it is now as an
    active administrator. A vault that cannot be opened needs the recovery code instead
    (RecoveryCodeNeeded: see `restore_with_recovery`)."""
    vault_mod.restore(backup_path, target, username, password, allowed=_admin_only)
    with Vault.unlock(target, username, password) as restored, \
            restored.transaction() as session:
        audit.record(session, restored.person, "restore", detail=f"from={Path(backup_path).name}")


def restore_with_recovery(backup_path: Path, target: Path, code: str) -> None:
    """Replace the vault at `target` with a verified backup, using the organisation's recovery
    code: for a vault that cannot be opened (its key file lost or damaged, the file damaged or
    gone), or when no administrator can sign in. The code must open the backup, and the vault
    here too if its key file can still be read. Recorded in the restored vault's audit trail as
    a restore by the recovery code."""
    vault_mod.restore(backup_path, target, recovery_code=code, allowed=_admin_only)
    with Vault.unlock_with_recovery(target, code) as restored, \
            restored.transaction() as session:
        audit.record(session, restored.person, "restore",
                     detail=f"from={Path(backup_path).name}; with the recovery code")


@dataclass(frozen=True)
class CheckReport:
    problems: list[str]
    #: Audit events read (0 when the walk could not start).
    events: int


def check_report(vault: Vault) -> CheckReport:
    """Integrity of the file (SQLite and SQLCipher's page HMACs) and of the audit chain, with
    the number of audit events walked."""
    problems = vault.integrity_problems()
    events = 0
    try:
        with vault.session() as session:
            chain = audit.verify(session)
        problems += chain.problems
        events = chain.events
    except DBAPIError as exc:
        # A damaged page in the audit trail stops the walk: report it, as the damage it is.
        if not isinstance(translate(exc.orig), NotAVault):
            raise
        problems.append("The audit trail could not be read to the end: the vault file is "
                        "damaged.")
    return CheckReport(problems, events)


def check(vault: Vault) -> list[str]:
    """The problems `check_report` finds; empty when the vault is sound."""
    return check_report(vault).problems
