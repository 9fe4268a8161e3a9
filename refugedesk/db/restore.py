"""Restoring a backup over a vault: the backup is staged, opened and checked, the vault as it is
now is checked (its administrator, or the recovery code when it cannot be opened), nobody may
have it open, and only then are the files swapped, the old ones kept beside it."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from refugedesk.db import trust
from refugedesk.db.engine import (
    DEFAULT_BUSY_TIMEOUT_MS,
    sidecars,
)
from refugedesk.db.keyslots import (
    RECOVERY_SLOT,
    VAULT_SUFFIX,
    KeyFile,
    keyfile_path,
)
from refugedesk.db.locks import (
    OPEN_ELSEWHERE,
    open_lock_path,
    restore_lock,
    sqlite_in_use_elsewhere,
)
from refugedesk.db.vault import Vault
from refugedesk.errors import (
    AccountInactive,
    BackupInvalid,
    KeyFileDamaged,
    KeyFileMissing,
    NotAllowed,
    NotAVault,
    RecoveryCodeNeeded,
    TrustBroken,
    UnknownUser,
    VaultBusy,
    VaultNotFound,
    WrongPassword,
)
from refugedesk.i18n import translate

# --- restore ----------------------------------------------------------------------------------


def _restore_by(username: str | None, password: str | None, recovery_code: str | None,
                path: Path, busy_timeout_ms: int, *, witness: bool = True) -> Vault:
    """Open with the password or the recovery code. `witness=False` for the backup being
    checked: it is older than what this computer saw by nature, so its roster is verified back
    to its anchor but not compared with the witness (the recovery code's identity still is)."""
    if recovery_code is not None:
        return Vault.unlock_with_recovery(path, recovery_code, busy_timeout_ms=busy_timeout_ms)
    return Vault.unlock(path, username or "", password or "", witness=witness,
                        busy_timeout_ms=busy_timeout_ms)


def _check_current_vault(target: Path, username: str | None, password: str | None,
                         recovery_code: str | None, busy_timeout_ms: int,
                         allowed: Callable[[Vault], None] | None) -> None:
    """Before replacing a vault: the person restoring must be allowed to in the vault as it is
    NOW (an account switched off or demoted since the backup must not bring herself back by
    restoring it). A vault that cannot be opened (its key file missing or damaged, the file
    damaged, foreign or gone) proves nothing about anyone, so only the recovery code replaces
    it: RecoveryCodeNeeded for a password; a code that the current key file, if it can still
    be read, does not accept is WrongRecoveryCode. (The code has already opened the backup.)
    Runs under the restore's exclusive open-lock."""
    try:
        current = _restore_by(username, password, recovery_code, target, busy_timeout_ms)
    except (VaultNotFound, NotAVault, KeyFileMissing, KeyFileDamaged) as exc:
        if recovery_code is None:
            raise RecoveryCodeNeeded() from exc
        with contextlib.suppress(KeyFileMissing, KeyFileDamaged):
            KeyFile.load(keyfile_path(target)).unlock_recovery(recovery_code)
        return
    except (WrongPassword, UnknownUser, AccountInactive) as exc:
        raise NotAllowed(translate(
            "DbRestore", "To replace this vault you must be able to sign in to it as it is now, "
            "as an administrator, with the same password as in the backup.")) from exc
    except TrustBroken as exc:
        # Its staff accounts were changed outside RefugeDesk: nobody's rights in it can be
        # trusted, so only the recovery code may replace it.
        raise RecoveryCodeNeeded(translate(
            "DbRestore", "{problem} Restoring over it needs your organisation's recovery code: "
            "run 'refugedesk restore --recovery-code'. Nothing was changed.").format(
                problem=exc.detail)) from exc
    try:
        if allowed is not None:
            allowed(current)
        current.engine.dispose()
        conn = current.raw_connection()
        try:
            # Leaving WAL mode needs every other connection closed (SQLite's own view).
            try:
                alone = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
            except sqlcipher3.OperationalError:
                alone = False
            if alone:
                conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
    finally:
        current.close()
    if not alone:
        raise VaultBusy(translate("DbLocks", OPEN_ELSEWHERE))


def _staged_files(staged: Path) -> list[Path]:
    kpath = keyfile_path(staged)
    return [staged, kpath, *sidecars(staged), open_lock_path(staged),
            kpath.with_name(kpath.name + ".lock"), kpath.with_name(kpath.name + ".next")]


def restore(backup: Path, target: Path, username: str | None = None,
            password: str | None = None, *, recovery_code: str | None = None,
            busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
            allowed: Callable[[Vault], None] | None = None) -> None:
    """Replace the vault at `target` with `backup`, only after a copy of the backup has been
    opened with the given credentials (a password, or the recovery code) - migrating it if it
    is older - and has passed both integrity checks. The backup itself is never changed.

    In order, each refusal leaving the files exactly as they were:
    - nobody may have the vault open: the exclusive open-lock (VaultBusy), and SQLite's own
      locks held by any other process, neither needing the key file or the key;
    - the backup must open with the credentials and pass its checks (BackupInvalid);
    - the credentials must be allowed in the vault as it is now (NotAllowed); over a vault that
      cannot be opened, only the recovery code (RecoveryCodeNeeded).
    The replaced files are set aside as `<name>.before-restore-<time>`, not deleted.
    """
    if (recovery_code is None) == (username is None or password is None):
        raise TypeError("give a username and password, or a recovery code")
    backup = Path(backup)
    target = Path(target)
    if not backup.is_file():
        raise BackupInvalid()
    if not keyfile_path(backup).exists():
        raise KeyFileMissing()
    made_folder = not target.parent.exists()
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = target.with_name(f"{target.stem}.restoring{VAULT_SUFFIX}")
    try:
        with restore_lock(target):
            if sqlite_in_use_elsewhere(target):
                raise VaultBusy(translate("DbLocks", OPEN_ELSEWHERE))
            try:
                for leftover in _staged_files(staged):
                    leftover.unlink(missing_ok=True)
                shutil.copyfile(backup, staged)
                shutil.copyfile(keyfile_path(backup), keyfile_path(staged))
                _check_staged(staged, username, password, recovery_code, busy_timeout_ms,
                              allowed)
                _check_current_vault(target, username, password, recovery_code,
                                     busy_timeout_ms, allowed)
                if sqlite_in_use_elsewhere(target):  # opened meanwhile by another program
                    raise VaultBusy(translate("DbLocks", OPEN_ELSEWHERE))
            except BaseException:
                for leftover in _staged_files(staged):
                    with contextlib.suppress(OSError):
                        leftover.unlink(missing_ok=True)
                raise
            _swap_in(staged, target)
    except BaseException:
        if made_folder:
            with contextlib.suppress(OSError):
                target.parent.rmdir()  # only if it is still empty
        raise


def _check_staged(staged: Path, username: str | None, password: str | None,
                  recovery_code: str | None, busy_timeout_ms: int,
                  allowed: Callable[[Vault], None] | None) -> None:
    """Open the staged copy of the backup with the credentials, check both integrity checks
    and `allowed`. With the recovery code, the key file's recovery slot must also be the one
    the backup records inside its encrypted database."""
    try:
        with _restore_by(username, password, recovery_code, staged, busy_timeout_ms,
                         witness=False) as check:
            if check.integrity_problems():
                raise BackupInvalid()
            if _cut_since_written(check):
                raise BackupInvalid(translate(
                    "DbRestore", "This backup was changed after it was written (its audit "
                    "trail no longer holds the newest event it had then), so nothing was "
                    "replaced. Use another backup, and tell your manager."))
            if recovery_code is not None and check.active_slots().get(RECOVERY_SLOT) != \
                    check.keyfile.public_key(RECOVERY_SLOT):
                raise BackupInvalid(translate(
                    "DbRestore", "The recovery slot in the backup's key file is not the one the "
                    "backup records, so nothing was replaced. Check you chose the right backup "
                    "and its own key file."))
            if allowed is not None:
                allowed(check)
    except (NotAVault, VaultNotFound):
        raise BackupInvalid() from None


def _cut_since_written(backup: Vault) -> bool:
    """A backup's key file carries the copy's audit head as it was written: does the backup
    still hold that event, unchanged? (Backups made before heads were kept pass.)"""
    head = backup.keyfile.backup_head
    if not head or not head.get("audit_id"):
        return False
    seen = trust.Witness(audit_id=int(head["audit_id"]), audit_hash=str(head["audit_hash"]),
                         seen_at=str(head.get("at", "")))
    with backup.session() as session:
        return bool(trust.audit_problems(session, seen))


def _swap_in(staged: Path, target: Path) -> None:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    # Set the old files aside, with any WAL beside them (it may hold committed work), rather
    # than deleting them: a mistaken restore can still be undone by hand.
    if target.exists():
        kept = target.with_name(f"{target.name}.before-restore-{stamp}")
        for side, kept_side in zip(sidecars(target), sidecars(kept), strict=True):
            if side.exists():
                os.replace(side, kept_side)
        os.replace(target, kept)
    kpath = keyfile_path(target)
    if kpath.exists():
        os.replace(kpath, kpath.with_name(f"{kpath.name}.before-restore-{stamp}"))
    os.replace(keyfile_path(staged), kpath)
    os.replace(staged, target)
