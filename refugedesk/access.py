"""Getting in and keeping safe: set-up, sign-in, lock, key rotation, backup and restore.

Each function is one user action and writes its audit event in the same transaction.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from refugedesk import audit, staff
from refugedesk.db import restore as restore_mod
from refugedesk.db.engine import typed_error
from refugedesk.db.keyslots import slot_id_for
from refugedesk.db.locks import keyfile_lock
from refugedesk.db.models import Organisation, StaffMember
from refugedesk.db.vault import Person, Vault
from refugedesk.errors import (
    AccountInactive,
    NotAllowed,
    NotAVault,
    RefugeDeskError,
    TrustBroken,
    UnknownUser,
    ValidationError,
)
from refugedesk.i18n import translate
from refugedesk.server.profile import ServerProfile, is_profile
from refugedesk.server.vault import ServerVault

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from refugedesk.db.trust import Witness


@dataclass(frozen=True)
class OrganisationInfo:
    name: str
    is_demo: bool
    idle_lock_minutes: int


def set_up(path: Path, *, organisation: str, username: str, display_name: str,
           password: str) -> tuple[Vault, str]:
    """First run: a new vault with its first administrator. Returns it and the recovery code."""
    if not organisation.strip():
        raise ValidationError(translate("Access", "Enter the name of your service."),
                              field="organisation")
    if not display_name.strip():
        raise ValidationError(translate("Access", "Enter your name."), field="display_name")
    username = staff.check_username(username)
    staff.check_password(password, username=username)
    vault, code = Vault.create(path, organisation=organisation, username=username,
                               display_name=display_name, password=password)
    with vault.transaction() as session:
        audit.record(session, vault.person, "vault_created")
    vault.remember()
    return vault, code


def sign_in(path: Path, username: str, password: str, **kwargs: Any) -> Vault:
    """Unlock the vault as a staff member and record it (and any failed attempts before).
    A vault whose staff accounts were changed outside RefugeDesk is refused (TrustBroken),
    and the refusal is recorded in its audit trail and in this computer's witness. Problems
    that do not stop work (the audit trail does not extend what this computer saw) are in
    `vault.trust_notes`, recorded too."""
    if is_profile(path):
        # The service's server (docs/server.md): her own login, her own key slot.
        server = ServerVault.unlock(ServerProfile.load(path), username, password)
        _record_opening(cast(Vault, server), "sign_in")
        return cast(Vault, server)
    vault = Vault.unlock(path, username, password, on_refused=_record_refusal, **kwargs)
    _record_opening(vault, "sign_in")
    return vault


def sign_in_with_recovery(path: Path, code: str) -> Vault:
    vault = Vault.unlock_with_recovery(path, code)
    _record_opening(vault, "recovery_code_used")
    return vault


def _record_refusal(vault: Vault, exc: Exception) -> None:
    """Sign-in refused because the roster does not hold: say so in the audit trail (as the
    system: nobody is signed in). The witness is left as it was, so every later sign-in and
    `check` on this computer find the same break again until it is set right."""
    with contextlib.suppress(Exception), vault.transaction() as session:
        audit.record(session, None, "trust_refused", actor=vault.person.username[:64],
                     detail=str(getattr(exc, "detail", "") or exc)[:500])


def _record_opening(vault: Vault, kind: str) -> None:
    """Record who opened the vault. If that fails (busy, damaged), the opening fails: close
    the vault rather than leave its connections, and the key, held by a half-signed-in object
    that the caller never receives."""
    try:
        with vault.transaction() as session:
            _flush_failures(vault, session)
            for note in vault.trust_notes:
                audit.record(session, vault.person, "tamper_noticed", detail=note[:500])
            audit.record(session, vault.person, kind)
        vault.remember()
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


def _flush_failures(vault: Vault, session: Session) -> None:
    """Failed attempts happen before the vault is open, so they wait in the key file (as
    hashed usernames and times) until the next successful unlock writes them here. A server
    keeps its own log of failed sign-ins (docs/server.md), and has no key file."""
    if isinstance(vault, ServerVault):
        return
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
    with contextlib.suppress(Exception):
        vault.remember()


def unlock(vault: Vault, username: str, password: str) -> Person:
    """The lock screen: the same person, or another staff member, gives her password. The
    vault stays open; the person acting changes to whoever unlocked it."""
    person = vault.verify_password(username, password)
    vault.person = person
    with vault.transaction() as session:
        _flush_failures(vault, session)
        audit.record(session, person, "unlock")
    vault.remember()
    return person


def sign_out(vault: Vault) -> None:
    """Record the sign-out and close the vault (closed even if the record cannot be written)."""
    try:
        with contextlib.suppress(AccountInactive), vault.transaction() as session:
            audit.record(session, vault.person, "sign_out")
        with contextlib.suppress(Exception):
            vault.remember()
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
        raise ValidationError(translate("Access", "Choose between 1 and 240 minutes."),
                              field="idle_lock_minutes")
    with vault.transaction() as session:
        org = session.scalars(select(Organisation)).one()
        org.idle_lock_minutes = minutes
        audit.record(session, vault.person, "settings_changed",
                     detail=f"idle_lock_minutes={minutes}")


def rotate_key(vault: Vault, *, progress: Callable[[int, int], None] | None = None,
               recovery_code: str | None = None) -> list[str]:
    """Administrators only: a new key. In a file vault the database key, resealed to every
    active account; on a server the service key, every protected value sealed again under
    it and each colleague given it at her next sign-in (server/key_rotation.py; a server set
    up by an older RefugeDesk needs `recovery_code` once). Returns the logins it could not be
    given to (a server's only: they need a new password)."""
    if isinstance(vault, ServerVault):
        from refugedesk.server.key_rotation import rotate_service_key

        return rotate_service_key(vault, progress=progress,
                                  recovery_code=recovery_code).left_out
    if not vault.confirm_person().is_admin:
        raise NotAllowed()
    vault.rekey()
    with vault.transaction() as session:
        audit.record(session, vault.person, "key_rotated",
                     detail=f"generation={vault.keyfile.generation}")
    return []


def backup(vault: Vault, dest: Path, *, progress: Callable[[int, int], None] | None = None,
           cancelled: Callable[[], bool] | None = None) -> tuple[Path, Path]:
    """An encrypted copy and its key file. Managers and administrators.

    Only called written once read back: the copy opens with the key and passes both integrity
    checks and the audit chain, and its key file matches it (see `Vault.backup`). A damaged
    vault is VaultDamaged, a copy that cannot be written BackupFailed; nothing is left behind.
    `progress` and `cancelled` go to `Vault.backup` (stopping leaves nothing, not even the
    audit event).
    """
    if not vault.confirm_person().is_manager_or_admin:
        raise NotAllowed()
    # The event commits only if the copy was written and checked: the audit trail must not
    # claim a backup that failed. The copy comes from a separate connection's snapshot, so it
    # holds everything committed before this (not-yet-committed) event.
    with vault.transaction() as session:
        audit.record(session, vault.person, "backup", detail=f"file={Path(dest).name}")
        return vault.backup(dest, check_copy=lambda copy: audit.verify(copy).problems,
                            progress=progress, cancelled=cancelled)


def _admin_only(staged: Vault) -> None:
    if not staged.person.is_admin:
        raise NotAllowed(translate("Access", "Only an administrator can restore a backup."))


def restore(backup_path: Path, target: Path, username: str, password: str) -> None:
    """Replace the vault at `target` with a verified backup; the restore is recorded in it.

    The password must open the backup as an administrator and the vault as it is now as an
    active administrator. A vault that cannot be opened needs the recovery code instead
    (RecoveryCodeNeeded: see `restore_with_recovery`)."""
    seen = _witness_of(target, backup_path)
    restore_mod.restore(backup_path, target, username, password, allowed=_admin_only)
    _record_restore(target, seen, f"from={Path(backup_path).name}",
                    lambda: Vault.unlock(target, username, password))


def _witness_of(target: Path, backup: Path) -> Witness | None:
    """What this computer saw of the vault about to be replaced (None if nothing). A backup
    has its vault's id, so its key file names the vault when the current key file is gone."""
    from refugedesk.db import trust
    from refugedesk.db.keyslots import KeyFile, keyfile_path

    for path in (Path(target), Path(backup)):
        try:
            return trust.load_witness(KeyFile.load(keyfile_path(path)).vault_id)
        except (RefugeDeskError, OSError, ValueError):
            continue
    return None


def _record_restore(target: Path, seen: Witness | None, detail: str,
                    open_restored: Callable[[], Vault]) -> None:
    """After a restore made through RefugeDesk: this computer starts a new record of the
    vault, the restore is in its audit trail, and a roster version signed by the person who
    restored names the version it replaced, so other computers that saw that one accept the
    older roster as a restore rather than flag it as rolled back."""
    from refugedesk.db import trust
    from refugedesk.db.keyslots import KeyFile, keyfile_path

    trust.forget_witness(KeyFile.load(keyfile_path(Path(target))).vault_id)
    with open_restored() as restored:
        with restored.transaction() as session:
            audit.record(session, restored.person, "restore", detail=detail)
        if seen is not None and seen.roster_hash and restored.roster is not None:
            with contextlib.suppress(RefugeDeskError), restored.transaction() as session:
                restored.sign_roster(session, extra={"replaces": {
                    "seq": seen.roster_seq, "hash": seen.roster_hash}})
        restored.remember()


def restore_with_recovery(backup_path: Path, target: Path, code: str) -> None:
    """Replace the vault at `target` with a verified backup, using the organisation's recovery
    code: for a vault that cannot be opened (its key file lost or damaged, the file damaged or
    gone), or when no administrator can sign in. The code must open the backup, and the vault
    here too if its key file can still be read. Recorded in the restored vault's audit trail as
    a restore by the recovery code."""
    seen = _witness_of(target, backup_path)
    restore_mod.restore(backup_path, target, recovery_code=code, allowed=_admin_only)
    _record_restore(target, seen, f"from={Path(backup_path).name}; with the recovery code",
                    lambda: Vault.unlock_with_recovery(target, code))


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
            if not isinstance(vault, ServerVault):  # a server's staff are its logins
                problems += _trust_problems(vault, session)
    except DBAPIError as exc:
        # A damaged page in the audit trail stops the walk: report it, as the damage it is.
        if not isinstance(typed_error(exc.orig), NotAVault):  # type: ignore[arg-type]  # never None
            raise
        problems.append(translate("Access", "The audit trail could not be read to the end: "
                                  "the vault file is damaged."))
    return CheckReport(problems, events)


def _trust_problems(vault: Vault, session: Session) -> list[str]:
    """The signed roster back to its anchor, the staff table against it, and what this
    computer saw (anchor, roster, audit head, and problems noticed here before)."""
    from refugedesk.db import trust

    vault_id = vault.keyfile.vault_id
    witness = trust.load_witness(vault_id)
    try:
        roster = trust.verify(session, vault_id)
    except TrustBroken as exc:
        return [exc.detail or str(exc)]
    found = trust.roster_problems(session, roster, witness)
    found += trust.staff_problems(session, roster)
    found += trust.audit_problems(session, witness)
    if roster is None and not found:
        found.append(translate(
            "Access", "Staff accounts are not signed yet, so a change made outside RefugeDesk "
            "to who may do what would not be noticed. An administrator protects them once with "
            "the recovery code (Admin, or `refugedesk protect`)."))
    if witness is not None:
        found += [translate("Access", "Noticed on this computer on {day}: {problem}").format(
                      day=n["at"][:10], problem=n["what"])
                  for n in witness.noticed if n["what"] not in found]
    return found


def protect_staff_accounts(vault: Vault, code: str) -> None:
    """For a vault made before staff accounts were signed: an administrator gives the recovery
    code once; its identity becomes the trust anchor and signs the roster as it is now. Only
    she is tied to her signing key at once; colleagues are tied when an administrator next
    resets their password (docs/security.md)."""
    from refugedesk.db import trust
    from refugedesk.db.keyslots import RECOVERY_SLOT, identity_public

    person = vault.confirm_person()
    if not person.is_admin or person.id is None or vault.identity is None:
        raise NotAllowed(translate("Access", "Only an administrator, signed in with her own "
                                       "password, can do this."))
    keyfile = vault.refresh_keyfile()
    opened = keyfile.open_recovery(code)
    with vault.transaction() as session:
        if trust.is_protected(session):
            raise ValidationError(translate("Access", "Staff accounts are already protected."),
                                  field="code")
        org = session.scalars(select(Organisation)).one()
        if keyfile.public_key_of_recovery() != bytes(org.recovery_public_key):
            raise TrustBroken(translate("Access", "The recovery code's slot in the key file "
                                        "is not the one this vault records."))
        seed = opened.identity
        if seed is None:
            with keyfile_lock(vault.path):
                current = vault.refresh_keyfile()
                seed = current.give_identity(RECOVERY_SLOT, opened)
                current.save()
        vault.roster = trust.sign_next(
            session, vault_id=keyfile.vault_id, signer=trust.RECOVERY_SIGNER, seed=seed,
            identities={person.id: identity_public(vault.identity)})
        audit.record(session, person, "staff_accounts_protected")
    vault.remember()


def check(vault: Vault) -> list[str]:
    """The problems `check_report` finds; empty when the vault is sound."""
    return check_report(vault).problems


# --- the on-call rota ------------------------------------------------------------------------------


def may_keep_rota(person: Person) -> bool:
    """Who may change the on-call rota: managers and administrators. Everyone may read it (a
    support worker needs to know who is on call tonight)."""
    return person.is_manager_or_admin


def require_rota_keeper(vault: Vault) -> Person:
    """The person acting, re-read, if she may change the on-call rota; else NotAllowed."""
    person = vault.confirm_person()
    if not may_keep_rota(person):
        raise NotAllowed(translate("Access", "Only a manager or an administrator can change the "
                                       "on-call rota."))
    return person
