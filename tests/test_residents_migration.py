"""Migration 0003 (the resident's record) on a vault that already holds houses and stays: the
stay table is rebuilt to link each stay to a resident, and nothing in it may be lost."""

from __future__ import annotations

from pathlib import Path

from helpers import oldvault
from helpers.raw import connect, raw_key

from refugedesk.db import migrate
from refugedesk.db.vault import Vault

STAY_COLUMNS = ("id, room_id, referral_id, reservation_id, moved_from_id, household_ref, name, "
                "children_count, children_ages, arrived_on, first_arrived_on, left_on, "
                "departure_reason, created_at, updated_at, created_by_id, updated_by_id")
T = "2026-01-05T09:00:00.000000+00:00"


def _vault_at_0002_with_stays(path: Path) -> bytes:
    oldvault.build(path, "0002")
    key = raw_key(path, "admin", oldvault.PASSWORD)
    conn = connect(path, key)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO house (id, name, area, address, phone, notes, accepts_nrpf, "
                 "pets_allowed, languages, opened_on, created_at, updated_at) VALUES "
                 "(1, 'Old House', 'Oldtown', '', '', '', 0, 0, '', '2025-01-01', ?, ?)", (T, T))
    conn.execute("INSERT INTO room (id, house_id, name, adult_places, child_places, cots, "
                 "wheelchair_accessible, ground_floor, self_contained, notes, opened_on, "
                 "created_at, updated_at) VALUES (1, 1, 'Room 1', 1, 2, 0, 0, 0, 0, '', "
                 "'2025-01-01', ?, ?)", (T, T))
    # a stay that moved room (the second points back at the first) and one still open
    conn.execute("INSERT INTO stay (id, room_id, household_ref, name, children_count, "
                 "children_ages, arrived_on, first_arrived_on, left_on, departure_reason, "
                 "created_at, updated_at, created_by_id) VALUES (1, 1, 'H-1', 'Old Resident', "
                 "1, '4', '2025-02-01', '2025-02-01', '2025-03-01', 'moved_room', ?, ?, 1)",
                 (T, T))
    conn.execute("INSERT INTO stay (id, room_id, moved_from_id, household_ref, name, "
                 "children_count, children_ages, arrived_on, first_arrived_on, created_at, "
                 "updated_at) VALUES (2, 1, 1, 'H-1', 'Old Resident', 1, '4', '2025-03-01', "
                 "'2025-02-01', ?, ?)", (T, T))
    conn.execute("COMMIT")
    conn.close()
    return key


def test_a_0002_vault_with_stays_migrates_and_keeps_every_stay(tmp_path):
    path = tmp_path / "old.rdb"
    key = _vault_at_0002_with_stays(path)
    conn = connect(path, key)
    before = conn.execute(f"SELECT {STAY_COLUMNS} FROM stay ORDER BY id").fetchall()
    conn.close()
    assert len(before) == 2

    with Vault.unlock(path, "admin", oldvault.PASSWORD) as vault, vault.engine.connect() as c:
        assert migrate.current_revision(c) == migrate.HEAD
        assert migrate.schema_problems(c) == []
        assert c.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []

    conn = connect(path, key)
    try:
        after = conn.execute(f"SELECT {STAY_COLUMNS} FROM stay ORDER BY id").fetchall()
        assert after == before
        assert conn.execute("SELECT resident_id FROM stay").fetchall() == [(None,), (None,)]
        # the rebuilt table still has its rules and its indexes
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'stay'").fetchone()[0]
        assert "stay_dates_in_order" in sql and "REFERENCES resident" in sql
        indexes = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'stay'")}
        assert {"ix_stay_room_dates", "ix_stay_left_on", "ix_stay_household_ref",
                "ix_stay_resident_id"} <= indexes
    finally:
        conn.close()
