"""Lock files beside a vault: who has it open (every open Vault holds a shared lock; a restore
needs the exclusive one), and who may change its key file (read-change-write under one lock).
Taken without the key file or the database key, so they work for a vault nobody can open."""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from refugedesk.db.engine import (
    typed_error,
)
from refugedesk.db.keyslots import (
    keyfile_path,
)
from refugedesk.errors import (
    DiskProblem,
    VaultBusy,
)
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate

# --- lock files: who has the vault open, and who may change its key file ---------------------
#
# Both are advisory locks on small files beside the vault, taken without the key file or the
# database key, so they work for a vault nobody can open. POSIX: flock (shared or exclusive).
# Windows: msvcrt's byte-range locks, exclusive only; a shared holder locks one byte of
# 1.._WIN_SPAN and an exclusive one the whole range, so they still exclude each other.
# The last one out removes the file, holding the exclusive lock while it does; whoever opened the
# file just before that finds, once locked, that the name no longer leads to it, and starts again.

OPEN_LOCK_SUFFIX = ".open"
_WIN_SPAN = 4096

#: The open-lock files this process holds exclusively for a restore, with the thread doing it:
#: that restore's own checks open the vault under its exclusive lock.
_restoring: dict[str, int] = {}

#: Messages marked here and translated where they are raised (the language is chosen after
#: import).
OPEN_ELSEWHERE = QT_TRANSLATE_NOOP(
    "DbLocks",
    "The vault is open in RefugeDesk, here or on another computer. Close it everywhere "
    "(work typed into it during a restore would be lost), then restore again."
)
BEING_RESTORED = QT_TRANSLATE_NOOP(
    "DbLocks",
    "A backup is being restored into this vault, here or on another computer. Wait until it "
    "has finished, then try again."
)


def open_lock_path(db_path: Path) -> Path:
    """`refuge.rdb` -> `refuge.rdb.open`: locked shared by every open Vault object."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + OPEN_LOCK_SUFFIX)


def _lock_key(db_path: Path) -> str:
    return str(open_lock_path(db_path).resolve())


def _lock_once(fd: int, *, exclusive: bool, block: bool) -> bool:
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import msvcrt
        import secrets

        if exclusive:
            os.lseek(fd, 0, os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK if block else msvcrt.LK_NBLCK, _WIN_SPAN + 1)  # type: ignore[attr-defined]  # Windows only
            except OSError:
                return False
            return True
        for _ in range(16):
            os.lseek(fd, 1 + secrets.randbelow(_WIN_SPAN), os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]  # Windows only
            except OSError:
                continue
            return True
        return False
    import fcntl

    flags = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
    try:
        fcntl.flock(fd, flags if block else flags | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _still_named(fd: int, lock_path: Path) -> bool:
    """Whether `lock_path` still names the file `fd` has open (the last holder before us may
    have removed it between our open and our lock)."""
    if os.name == "nt":  # pragma: no cover - an open file cannot be removed there
        return True
    try:
        named = os.stat(lock_path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (named.st_dev, named.st_ino)


def _acquire_lock_file(lock_path: Path, *, exclusive: bool, wait_s: float | None,
                       busy_message: str) -> int:
    """Lock `lock_path` (made if missing); returns the descriptor that holds the lock. Waits
    up to `wait_s` seconds (None: as long as it takes), then VaultBusy(busy_message)."""
    deadline = None if wait_s is None else time.monotonic() + wait_s
    while True:
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            # Nothing has been done yet: a read-only folder or a full drive says so plainly.
            mapped = typed_error(exc)
            if isinstance(mapped, DiskProblem):
                raise type(mapped)(nothing_changed=True, filename=str(lock_path)) from None
            raise
        try:
            locked = _lock_once(fd, exclusive=exclusive, block=wait_s is None)
            if locked and _still_named(fd, lock_path):
                return fd
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
        if locked:
            continue  # removed under us by the last holder: lock the new file instead
        if deadline is not None and time.monotonic() >= deadline:
            raise VaultBusy(translate("DbLocks", busy_message) if busy_message else None)
        time.sleep(0.02)


def release_lock_file(fd: int, lock_path: Path) -> None:
    """Let go; the last holder removes the file, so nothing is left beside the vault."""
    try:
        if os.name != "nt" and _lock_once(fd, exclusive=True, block=False) \
                and _still_named(fd, lock_path):
            with contextlib.suppress(OSError):
                lock_path.unlink()
    finally:
        os.close(fd)  # closing releases the lock


def hold_open(db_path: Path, busy_timeout_ms: int) -> int | None:
    """The shared open-lock for a Vault object; None when this thread is restoring this very
    vault (its checks run under the restore's exclusive lock)."""
    if _restoring.get(_lock_key(db_path)) == threading.get_ident():
        return None
    return _acquire_lock_file(open_lock_path(db_path), exclusive=False,
                              wait_s=busy_timeout_ms / 1000, busy_message=BEING_RESTORED)


@contextmanager
def restore_lock(target: Path) -> Iterator[None]:
    """The exclusive open-lock, taken at once or VaultBusy: nobody has the vault open (in any
    copy of RefugeDesk that takes the shared lock), and nobody can open it until the restore
    is over."""
    fd = _acquire_lock_file(open_lock_path(target), exclusive=True, wait_s=0,
                            busy_message=OPEN_ELSEWHERE)
    key = _lock_key(target)
    _restoring[key] = threading.get_ident()
    try:
        yield
    finally:
        _restoring.pop(key, None)
        release_lock_file(fd, open_lock_path(target))


#: SQLite's own locks (see its os_unix.c / os_win.c): a connection in WAL mode holds a shared
#: lock on byte 128 of the `-shm` file (its "dead man switch") and on the database file's shared
#: range from 0x40000002, 510 bytes, for as long as it is open.
_SQLITE_LOCKS = (("-shm", 128, 1), ("", 0x40000002, 510))


def sqlite_in_use_elsewhere(target: Path) -> bool:
    """Whether another process has the vault file open through SQLite (an older RefugeDesk
    that takes no open-lock, or another program), read from SQLite's own locks: no key needed.
    Called only under the restore's exclusive open-lock, when no connection of this process
    is on the vault (closing a descriptor drops this process's POSIX locks on the file)."""
    for suffix, start, length in _SQLITE_LOCKS:
        path = target.with_name(target.name + suffix)
        try:
            fd = os.open(path, os.O_RDWR)
        except OSError:  # not there (nobody has it open), or not ours to open
            continue
        try:
            if os.name == "nt":  # pragma: no cover - exercised on Windows only
                import msvcrt

                os.lseek(fd, start, os.SEEK_SET)
                try:
                    msvcrt.locking(fd, msvcrt.LK_NBLCK, length)  # type: ignore[attr-defined]  # Windows only
                except OSError:
                    return True
                os.lseek(fd, start, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, length)  # type: ignore[attr-defined]  # Windows only
            else:
                import fcntl

                try:
                    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, length, start)
                except OSError:
                    return True
                fcntl.lockf(fd, fcntl.LOCK_UN, length, start)
        finally:
            os.close(fd)
    return False


@contextmanager
def keyfile_lock(db_path: Path) -> Iterator[None]:
    """Serialise read-change-write of a vault's key file between processes (an advisory lock on
    `<vault>.rdkeys.lock`), so two computers saving at once cannot undo each other's change.
    The lock file is removed by the last one out."""
    lock_path = keyfile_path(Path(db_path)).with_name(
        keyfile_path(Path(db_path)).name + ".lock")
    fd = _acquire_lock_file(lock_path, exclusive=True, wait_s=None, busy_message="")
    try:
        yield
    finally:
        release_lock_file(fd, lock_path)


