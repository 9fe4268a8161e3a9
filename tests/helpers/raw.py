"""Reading a vault with sqlcipher3 directly, as another program would, so the tests do not
trust the code they are checking (refugedesk.db.engine is not used here)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import sqlcipher3

from refugedesk.db.keyslots import KeyFile, keyfile_path


def raw_key(db_path: Path, username: str, password: str) -> bytes:
    """The database key, from the key file and one person's password."""
    return KeyFile.load(keyfile_path(db_path)).unlock_user(username, password)


def connect(db_path: Path, key: bytes | None) -> sqlcipher3.Connection:
    """A plain sqlcipher3 connection to an existing file (never creates one)."""
    conn = sqlcipher3.connect(f"file:{quote(str(Path(db_path).resolve()))}?mode=rw", uri=True,
                              isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def dump(db_path: Path, key: bytes) -> dict[str, list[tuple]]:
    """Every row of every table, in rowid order: equal dumps mean equal data."""
    conn = connect(db_path, key)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()
                for t in tables}
    finally:
        conn.close()


def files_state(db_path: Path) -> dict[str, bytes | None]:
    """The bytes of the vault file, its key file's slots and its WAL, to show nothing changed."""
    import json

    db_path = Path(db_path)
    state: dict[str, bytes | None] = {}
    for p in (db_path, db_path.with_name(db_path.name + "-wal")):
        state[p.name] = p.read_bytes() if p.exists() else None
    kpath = keyfile_path(db_path)
    if kpath.exists():
        raw = kpath.read_bytes()
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
        if isinstance(data, dict):
            # Failed attempts are noted in the key file by design; everything else must stay.
            data.pop("failed_attempts", None)
            raw = json.dumps(data, sort_keys=True).encode()
        state[kpath.name] = raw
    else:
        state[kpath.name] = None
    return state


def listing(folder: Path) -> set[str]:
    return {p.name for p in Path(folder).iterdir()}


def dump_by_column(db_path: Path, key: bytes) -> dict[str, tuple[tuple[str, ...], list[tuple]]]:
    """Every table's column names and rows (rowid order), so two dumps can be compared on the
    columns they share even after a migration added some."""
    conn = connect(db_path, key)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        out: dict[str, tuple[tuple[str, ...], list[tuple]]] = {}
        for t in tables:
            columns = tuple(r[1] for r in conn.execute(f'PRAGMA table_info("{t}")'))
            listed = ", ".join(f'"{c}"' for c in columns)
            out[t] = (columns, conn.execute(f'SELECT {listed} FROM "{t}" ORDER BY rowid')
                      .fetchall())
        return out
    finally:
        conn.close()


def rows_in(dumped: tuple[tuple[str, ...], list[tuple]], columns: tuple[str, ...]) -> list[tuple]:
    """A table's rows from `dump_by_column`, cut down to `columns` (in that order)."""
    names, rows = dumped
    index = [names.index(c) for c in columns]
    return [tuple(row[i] for i in index) for row in rows]
