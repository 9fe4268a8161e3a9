"""Backups: an encrypted copy of the vault and its key file, each read back and checked before
it is called written. `BackupMixin` gives `Vault` its `backup` method; it lives here so the
vault's own module stays about opening, keys and sessions."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from refugedesk.db import trust
from refugedesk.db.engine import (
    connect_raw,
    make_engine,
    sidecars,
    typed_error,
)
from refugedesk.db.keyslots import (
    RECOVERY_SLOT,
    VAULT_SUFFIX,
    KeyFile,
    keyfile_path,
    slot_id_for,
)
from refugedesk.errors import (
    BackupFailed,
    DiskProblem,
    KeyFileDamaged,
    KeyFileMissing,
    NotAVault,
    VaultDamaged,
    VaultExists,
)
from refugedesk.i18n import translate


class BackupMixin:
    """`Vault.backup` and its steps. Uses the vault's path, key, key file and roster."""

    if TYPE_CHECKING:
        path: Path
        _key: bytes
        keyfile: KeyFile
        roster: trust.Roster | None
        busy_timeout_ms: int

        def raw_connection(self) -> sqlcipher3.Connection: ...
        def refresh_keyfile(self) -> KeyFile: ...
        def session(self) -> Session: ...

    def backup(self, dest: Path, *,
               check_copy: Callable[[Session], list[str]] | None = None,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> tuple[Path, Path]:
        """Write an encrypted copy (same key) and its key file. Returns both paths.

        SQLite's online backup copies a consistent snapshot even while others write. Nothing is
        called written until it has been read back: the copy must open with the key and pass
        SQLite's `integrity_check`, SQLCipher's `cipher_integrity_check` (every page's HMAC)
        and `check_copy` (the audit chain, given by the caller); the key file must read back as
        written, belong to this vault and key generation, and hold the recovery slot and exactly
        the slots whose public keys the copy records. A vault that fails raises VaultDamaged; a
        copy that cannot be written (a full disk) BackupFailed. Either way no `.part` file, no
        half-written `.rdb` and no key file is left behind.

        `progress(pages copied, pages)` follows the copy, then `progress(0, 0)` (amount not
        known) while it is read back; `cancelled()` is asked between steps of the copy only,
        and stops it (refugedesk.progress.Cancelled) with nothing left behind, as above.
        """
        dest = Path(dest)
        if dest.suffix != VAULT_SUFFIX:
            dest = dest.with_name(dest.name + VAULT_SUFFIX)
        kdest = keyfile_path(dest)
        if dest.exists() or kdest.exists():
            raise VaultExists(translate("DbBackup", "A file with that name already exists. "
                                          "Choose another name."))
        tmp = dest.with_name(dest.name + ".part")
        wrote_keys = False
        new_folders = [f for f in (dest.parent, *dest.parent.parents) if not f.exists()]
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            tmp.unlink(missing_ok=True)
            self._write_copy(tmp, progress=progress, cancelled=cancelled)
            if progress is not None:
                progress(0, 0)
            self._check_copy(tmp, check_copy)
            # The backup's key file: only the accounts active in the copy (not everyone who had
            # a slot when this window signed in), read from the copy itself so the two agree on
            # who may open it, and no failed-attempt notes.
            keys = self.refresh_keyfile().copy()
            recorded, head = self._recorded_slots(tmp, keys.vault_id)
            keys.only_slots(recorded)
            keys.set_backup_head(head)
            wrote_keys = True  # from here on a key file at kdest is ours to remove on failure
            keys.save(kdest)
            self._check_copy_keyfile(kdest, keys, recorded)
            os.replace(tmp, dest)
        except BaseException as exc:
            for leftover in (tmp, *sidecars(tmp)):
                with contextlib.suppress(OSError):
                    leftover.unlink(missing_ok=True)
            if wrote_keys:
                with contextlib.suppress(OSError):
                    kdest.unlink(missing_ok=True)
            for folder in new_folders:  # deepest first; only while still empty
                with contextlib.suppress(OSError):
                    folder.rmdir()
            if isinstance(exc, OSError):
                mapped = typed_error(exc)
                why = translate("Errors", mapped.what) if isinstance(mapped, DiskProblem) else (
                    f"({exc.strerror})" if exc.strerror else "")
                raise BackupFailed(translate(
                    "DbBackup", "The backup could not be written. {why} Nothing was left "
                    "behind. Check there is space and that the folder can be written to, or "
                    "choose another place, then try again.").format(why=why)) from None
            raise
        return dest, kdest

    def _write_copy(self, tmp: Path, *, progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> None:
        """SQLite's online backup of this vault into `tmp`, keyed with the same key, as one
        self-contained file. The source's page HMACs are checked first: a damaged vault is
        refused before anything is copied. Copied 1024 pages (4 MB) a step, reporting to
        `progress` and asking `cancelled` between steps."""
        from refugedesk.progress import Cancelled

        def step(_status: int, remaining: int, total: int) -> None:
            if cancelled is not None and cancelled():
                raise Cancelled()  # SQLite's backup stops; `backup` removes the part-copy
            if progress is not None:
                progress(total - remaining, total)

        try:
            source = self.raw_connection()
            try:
                damaged = [r[0] for r in source.execute("PRAGMA cipher_integrity_check")
                           if r[0] != "ok"]
                if damaged:
                    raise VaultDamaged()
                target = connect_raw(tmp, self._key, create=True)
                try:
                    source.backup(target, pages=1024, progress=step)
                    target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                finally:
                    target.close()
            finally:
                source.close()
        except sqlcipher3.Error as exc:
            raise backup_error(exc) from None
        for side in sidecars(tmp):
            side.unlink(missing_ok=True)

    def _check_copy(self, copy: Path, check_copy: Callable[[Session], list[str]] | None) -> None:
        """Read the written copy back with the key: both integrity checks, then `check_copy`
        (the audit chain). VaultDamaged if anything fails."""
        problems: list[str] = []
        try:
            conn = connect_raw(copy, self._key)
            try:
                for pragma in ("integrity_check", "cipher_integrity_check"):
                    problems += [r[0] for r in conn.execute(f"PRAGMA {pragma}") if r[0] != "ok"]
            finally:
                conn.close()
            if not problems and check_copy is not None:
                key = self._key
                engine = make_engine(copy, lambda: key, busy_timeout_ms=self.busy_timeout_ms)
                try:
                    with Session(engine) as session:
                        problems += check_copy(session)
                except DBAPIError as exc:
                    raise backup_error(exc.orig) from None  # type: ignore[arg-type]  # orig: never None from the driver
                finally:
                    engine.dispose()
            with self._on_copy(copy):
                pass  # every connection above put the copy in WAL mode: back to one file
        except NotAVault:
            raise VaultDamaged() from None
        except sqlcipher3.Error as exc:
            raise backup_error(exc) from None
        if problems:
            raise VaultDamaged()

    @contextlib.contextmanager
    def _on_copy(self, copy: Path) -> Iterator[sqlcipher3.Connection]:
        """A keyed connection to the written copy; afterwards the copy is one self-contained
        file again (journal mode DELETE, no -wal or -shm beside it)."""
        conn = connect_raw(copy, self._key)
        try:
            yield conn
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
        for side in sidecars(copy):
            side.unlink(missing_ok=True)

    def _recorded_slots(self, copy: Path,
                        vault_id: str) -> tuple[dict[str, bytes], dict[str, object]]:
        """Slot id -> public key of every active account and of the recovery slot, as the copy
        records them inside its encrypted database (the recovery slot as the signed roster
        pins it, when there is one: the organisation row can be overwritten by a key holder);
        and the copy's audit and roster heads, which the backup's key file carries."""
        try:
            with self._on_copy(copy) as conn:
                row = conn.execute("SELECT recovery_public_key FROM organisation").fetchone()
                pinned = self.roster.recovery_slot if self.roster is not None else (
                    row[0] if row else None)
                recorded = {RECOVERY_SLOT: pinned} if pinned else {}
                audit_head = conn.execute(
                    "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
                roster_head = conn.execute(
                    "SELECT seq FROM staff_roster ORDER BY seq DESC LIMIT 1").fetchone()
                head: dict[str, object] = {
                    "audit_id": audit_head[0] if audit_head else 0,
                    "audit_hash": audit_head[1] if audit_head else "",
                    "roster_seq": roster_head[0] if roster_head else 0,
                    "at": datetime.now(UTC).isoformat(timespec="seconds")}
                for username, public in conn.execute(
                        "SELECT username, slot_public_key FROM staff_member "
                        "WHERE active AND slot_public_key IS NOT NULL"):
                    recorded[slot_id_for(vault_id, username)] = public
        except NotAVault:
            raise VaultDamaged() from None
        except sqlcipher3.Error as exc:
            raise backup_error(exc) from None
        return recorded, head

    def _check_copy_keyfile(self, kpath: Path, intended: KeyFile,
                            recorded: dict[str, bytes]) -> None:
        """The backup's key file, read back from disk: exactly what was meant to be written, of
        this vault and key generation (both bound into every sealed key), with the recovery
        slot, and every slot's public key the one the copy itself records for an active account
        or the organisation. The key cannot be unsealed without a password; this shows the file
        is whole and the copy will recognise its slots."""
        try:
            written = KeyFile.load(kpath)
        except (KeyFileMissing, KeyFileDamaged):
            raise BackupFailed(translate(
                "DbBackup", "The backup's key file did not read back as it was written, so the "
                "backup was not kept. Nothing was left behind. Try again, or choose another "
                "place.")) from None
        sound = (
            written._data["slots"] == intended._data["slots"]
            and (written.vault_id, written.generation) == (self.keyfile.vault_id,
                                                            self.keyfile.generation)
            and RECOVERY_SLOT in written.slot_ids()
            and all(written.public_key(sid) == recorded.get(sid) for sid in written.slot_ids())
        )
        if not sound:
            raise BackupFailed(translate(
                "DbBackup", "The backup's key file does not match the copy of the vault, so "
                "the backup was not kept. Nothing was left behind. Run 'refugedesk check', "
                "then try again."))


def backup_error(exc: BaseException) -> BaseException:
    """A SQLite error while writing or reading back a backup, as a typed error: a damaged
    vault, a busy one, or a copy that could not be written (a full disk, an I/O error)."""
    mapped = typed_error(exc)
    if isinstance(mapped, NotAVault):
        return VaultDamaged()
    if mapped is not exc:
        return mapped
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY")):
        if name.startswith("SQLITE_FULL"):
            return BackupFailed(translate(
                "DbBackup", "The backup could not be written (the disk is full). Nothing was "
                "left behind. Check there is space and that the folder can be written to, or "
                "choose another place, then try again."))
        return BackupFailed(translate(
            "DbBackup", "The backup could not be written (it could not be saved). Nothing was "
            "left behind. Check there is space and that the folder can be written to, or choose "
            "another place, then try again."))
    return exc


