"""The SQLAlchemy engine over one SQLCipher file, opened with a raw 256-bit key.

A raw key skips SQLCipher's PBKDF2 (about 100 ms per connection); the slow password work happens
once, in the key slots. Every connection gets the same pragmas, and write transactions take the
write lock up front (BEGIN IMMEDIATE), so two copies of the app on one vault never interleave a
read-check-write.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from refugedesk.errors import NotAVault, VaultBusy, VaultClosed, VaultNotFound

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

    Raises VaultNotFound, NotAVault (wrong key, damaged or foreign file) or VaultBusy.
    """
    _silence_sqlcipher()
    path = Path(path)
    if not create and not path.exists():
        raise VaultNotFound()
    try:
        conn = sqlcipher3.connect(
            _uri(path, create=create), uri=True, isolation_level=None,
            check_same_thread=False, timeout=busy_timeout_ms / 1000,
        )
    except sqlcipher3.OperationalError:
        raise VaultNotFound() from None
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # The key is only checked on the first read; make that read happen here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a power cut must not lose a transaction the worker was told was saved.
        conn.execute("PRAGMA synchronous = FULL")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise translate(exc) from None
    return conn


def translate(exc: BaseException) -> BaseException:
    """Map a SQLCipher error to our typed error, or return it unchanged if it is a bug."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED") or "locked" in text:
        return VaultBusy()
    if name in {"SQLITE_NOTADB", "SQLITE_CORRUPT"} or "not a database" in text or "malformed" in text:
        return NotAVault()
    return exc


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
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        # The driver is in autocommit (isolation_level=None); we say when transactions start.
        immediate = conn.get_execution_options().get(IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
