"""The SQLAlchemy engine over one SQLCipher file, opened with a raw 256-bit key.

A raw key skips SQLCipher's PBKDF2 (about 100 ms per connection); the slow password work happens
once, in the key slots. Every connection gets the same pragmas, and write transactions take the
write lock up front (BEGIN IMMEDIATE), so two copies of the app on one vault never interleave a
read-check-write.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from refugedesk.errors import (
    CannotOpenFile,
    DiskError,
    DiskFull,
    NotAVault,
    RefugeDeskError,
    VaultBusy,
    VaultClosed,
    VaultNotFound,
    VaultReadOnly,
)

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_MS = 5000
IMMEDIATE = "refugedesk_immediate"

_silenced = False


def _silence_sqlcipher() -> None:
    """SQLCipher logs HMAC failures to stderr; the setting is process-wide, so do it once."""
    global _silenced
    if not _silenced:
        conn = sqlcipher3.connect(":memory:")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.close()
        _silenced = True


def _uri(path: Path, *, create: bool) -> str:
    return f"file:{quote(str(path.resolve()))}?mode={'rwc' if create else 'rw'}"


def connect_raw(
    path: Path, key: bytes, *, create: bool = False, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
) -> sqlcipher3.Connection:
    """Open one keyed DB-API connection, with the pragmas every connection gets.

    Raises VaultNotFound, NotAVault (wrong key, damaged or foreign file), VaultBusy, or one of
    the disk's errors (VaultReadOnly, DiskFull, DiskError, CannotOpenFile).
    """
    _silence_sqlcipher()
    path = Path(path)
    if not create and not path.exists():
        raise VaultNotFound()
    if _cannot_write(path):
        # Before SQLite touches anything: opened read-only it would still leave -wal and -shm
        # files beside the vault, and fail at the first write (every sign-in writes).
        raise VaultReadOnly(nothing_changed=True)
    try:
        conn = sqlcipher3.connect(
            _uri(path, create=create), uri=True, isolation_level=None,
            check_same_thread=False, timeout=busy_timeout_ms / 1000,
        )
    except sqlcipher3.OperationalError as exc:
        raise _cannot_open(path, exc) from None
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # The key is only checked on the first read; make that read happen here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        conn.execute("PRAGMA foreign_keys = ON")
        # What is deleted or changed is overwritten with zeros, not left in free space
        # (an anonymised or erased record must not be readable from the file: issue 16).
        conn.execute("PRAGMA secure_delete = ON")
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a power cut must not lose a transaction the worker was told was saved.
        conn.execute("PRAGMA synchronous = FULL")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise typed_error(exc) from None
    return conn


def typed_error(exc: BaseException) -> BaseException:
    """Map a SQLCipher error (or an OSError from writing a file) to our typed error, or return
    it unchanged if it is a bug.

    SQLite undoes a statement or transaction that fails for want of space or of write access,
    so those say nothing was changed; after an I/O error that is not certain."""
    if isinstance(exc, OSError):
        return from_os_error(exc)
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED") or "locked" in text:
        return VaultBusy()
    if name in {"SQLITE_NOTADB", "SQLITE_CORRUPT"} or "not a database" in text or "malformed" in text:
        return NotAVault()
    if name.startswith("SQLITE_READONLY") or name == "SQLITE_PERM" or "readonly database" in text:
        return VaultReadOnly(nothing_changed=True)
    if name == "SQLITE_FULL" or "disk is full" in text:
        return DiskFull(nothing_changed=True)
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return DiskError()
    if name.startswith("SQLITE_CANTOPEN") or "unable to open database file" in text:
        return CannotOpenFile(nothing_changed=True)
    return exc


#: errno values that mean "this place cannot be written", "the drive is full", "the drive
#: failed"; any other OSError is left as it is (it may be a bug).
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_IO_ERRNOS = {errno.EIO}


def from_os_error(exc: OSError) -> BaseException:
    """The typed error for an OSError from reading or writing a file (key file, backup,
    export), or `exc` itself when it is not one of ours. Whether anything was changed is not
    known here, so the message does not say."""
    filename = exc.filename if isinstance(exc.filename, str) else None
    if exc.errno in _READ_ONLY_ERRNOS:
        return VaultReadOnly(filename=filename)
    if exc.errno in _FULL_ERRNOS:
        return DiskFull(filename=filename)
    if exc.errno in _IO_ERRNOS:
        return DiskError(filename=filename)
    return exc


def known_error(exc: BaseException) -> RefugeDeskError | None:
    """The one mapping from an exception to what the user is told, shared by the command line
    and the app: a RefugeDeskError as it is; a database or file error that is about the disk
    (read-only, full, failing, cannot open) or the vault (busy, damaged) as its typed error;
    None for anything else, which is a bug and is shown as one."""
    if isinstance(exc, RefugeDeskError):
        return exc
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        exc = exc.orig
    if isinstance(exc, sqlcipher3.Error | OSError):
        mapped = typed_error(exc)
        if isinstance(mapped, RefugeDeskError):
            return mapped
    return None


def _cannot_write(path: Path) -> bool:
    """Whether the vault file (when it exists) or its folder cannot be written: a read-only
    drive, folder or file, or one this account may not change. `os.access` also says so to
    an administrator account when the drive itself is read-only."""
    folder = path.resolve().parent
    if not folder.is_dir():
        return False  # no folder at all: SQLite says so (CannotOpenFile)
    targets = [folder, *([path] if path.exists() else [])]
    return any(not os.access(target, os.W_OK) for target in targets)


def _cannot_open(path: Path, exc: BaseException) -> RefugeDeskError:
    """SQLite would not open the file at all: say which of our reasons it is."""
    if path.is_dir():
        return VaultNotFound()  # a folder given where the vault file was meant
    mapped = typed_error(exc)
    if isinstance(mapped, RefugeDeskError):
        return mapped
    return CannotOpenFile(nothing_changed=True)


def looks_like_plain_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


def make_engine(
    path: Path, key: Callable[[], bytes], *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
) -> Engine:
    """An engine whose connections are keyed; `engine.execution_options(refugedesk_immediate=
    True)` gives one whose transactions start with BEGIN IMMEDIATE.

    `key` is asked for at each new connection, so once the vault is closed (the key wiped) no
    pooled engine can open the file again."""

    def creator() -> sqlcipher3.Connection:
        current = key()
        if not current:
            raise VaultClosed()
        return connect_raw(path, current, busy_timeout_ms=busy_timeout_ms)

    engine = create_engine(
        "sqlite://", module=sqlcipher3, creator=creator, poolclass=QueuePool,
        pool_size=2, max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # The driver is in autocommit (isolation_level=None); we say when transactions start.
        immediate = conn.get_execution_options().get(IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def sidecars(path: Path) -> list[Path]:
    """The files SQLite keeps beside a database while it is in use."""
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]
