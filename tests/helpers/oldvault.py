"""Build a vault as an earlier RefugeDesk would have: schema migrated only up to `revision`,
rows written with plain SQL in that revision's columns (today's models may have more).

Used by tests/test_migrations.py, and once to make the vault kept in tests/data/ (see the
README there): `python -m helpers.oldvault OUT.rdb 0001` run from tests/.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from refugedesk.audit import GENESIS, digest
from refugedesk.db import migrate
from refugedesk.db.engine import connect_raw, make_engine
from refugedesk.db.keyslots import (
    RECOVERY_SLOT,
    KeyFile,
    keyfile_path,
    new_database_key,
)
from refugedesk.db.models import AuditEvent

PASSWORD = "demo"
ORGANISATION = "Old Version Refuge (fictional)"
STAFF = [  # id, username, display name, role
    (1, "admin", "Olive Oldadmin", "administrator"),
    (2, "manager", "Mona Oldmanager", "manager"),
    (3, "worker", "Wendy Oldworker", "support_worker"),
]
RECOVERY_CODE = "OLDV-AULT-RECO-VERY-CODE-2345"


def build(path: Path, revision: str) -> None:
    path = Path(path)
    key = new_database_key()
    keyfile = KeyFile.new()
    keyfile.mark_demo()
    recovery_public = keyfile.add_slot(RECOVERY_SLOT, RECOVERY_CODE, key)
    publics = {u: keyfile.add_user(u, PASSWORD, key) for _, u, _, _ in STAFF}
    connect_raw(path, key, create=True).close()
    engine = make_engine(path, lambda: key)
    from alembic import command

    start = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    def ts(minutes: int) -> str:
        return (start + timedelta(minutes=minutes)).isoformat(timespec="microseconds")

    with engine.connect() as conn:
        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        conn.commit()
        raw = conn.connection.driver_connection
        raw.execute("BEGIN IMMEDIATE")
        raw.execute(
            "INSERT INTO organisation (id, name, is_demo, idle_lock_minutes, "
            "recovery_public_key, created_at) VALUES (1, ?, 1, 20, ?, ?)",
            (ORGANISATION, recovery_public, ts(0)))
        for n, (sid, username, name, role) in enumerate(STAFF):
            raw.execute(
                "INSERT INTO staff_member (id, username, display_name, role, active, "
                "slot_public_key, password_changed_at, created_at, updated_at, created_by_id, "
                "updated_by_id) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
                (sid, username, name, role, publics[username], ts(n), ts(n), ts(n),
                 None if sid == 1 else 1, None if sid == 1 else 1))
        prev = GENESIS
        for n, (kind, actor_id, detail) in enumerate([
            ("vault_created", 1, "old version"), ("staff_added", 1, "role=manager"),
            ("staff_added", 1, "role=support_worker"), ("sign_in", 2, ""),
            ("lock", 2, ""), ("sign_in", 3, ""),
        ]):
            actor = STAFF[actor_id - 1][1]
            event = AuditEvent(at=start + timedelta(minutes=10 + n), actor_id=actor_id,
                               actor=actor, kind=kind, record_type=None, record_id=None,
                               detail=detail)
            chained = digest(prev, event)
            raw.execute(
                "INSERT INTO audit_event (at, actor_id, actor, kind, record_type, record_id, "
                "detail, prev_hash, hash) VALUES (?, ?, ?, ?, NULL, NULL, ?, ?, ?)",
                (ts(10 + n), actor_id, actor, kind, detail, prev, chained))
            prev = chained
        raw.execute("COMMIT")
    engine.dispose()
    keyfile.save(keyfile_path(path))


if __name__ == "__main__":
    build(Path(sys.argv[1]), sys.argv[2])
