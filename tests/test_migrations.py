"""Schema migrations: the newest revision is the one start-up expects, a new vault matches the
models, and an older vault opens in today's app with nothing lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from conftest import ADMIN_PASSWORD
from helpers import oldvault
from helpers.raw import connect, files_state, raw_key

from refugedesk import access
from refugedesk.db import migrate
from refugedesk.db.keyslots import keyfile_path
from refugedesk.db.vault import Vault
from refugedesk.errors import VaultError

DATA = Path(__file__).with_name("data")


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(migrate.alembic_config())


def _revision(path: Path, username: str, password: str) -> str:
    conn = connect(path, raw_key(path, username, password))
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def _rows(path: Path, key: bytes, table: str, columns: str) -> list[tuple]:
    conn = connect(path, key)
    try:
        return conn.execute(f"SELECT {columns} FROM {table} ORDER BY rowid").fetchall()
    finally:
        conn.close()


#: The foundation's columns: whatever later migrations add, these rows must survive unchanged.
FOUNDATION = {
    "organisation": "id, name, is_demo, idle_lock_minutes, recovery_public_key, created_at",
    "staff_member": "id, username, display_name, role, active, slot_public_key, "
                    "password_changed_at, created_at, updated_at, created_by_id, updated_by_id",
    "audit_event": "id, at, actor_id, actor, kind, record_type, record_id, detail, prev_hash, "
                   "hash",
}


def test_head_is_alembics_single_head():
    scripts = _scripts()
    assert len(scripts.get_heads()) == 1, "migrations have branched: merge them"
    assert scripts.get_current_head() == migrate.HEAD


def test_every_migration_only_goes_forward_from_the_one_before():
    revisions = list(_scripts().walk_revisions())  # newest first
    assert revisions[-1].down_revision is None
    for newer, older in zip(revisions, revisions[1:], strict=False):
        assert newer.down_revision == older.revision


def test_a_new_vault_matches_the_models(new_vault, vault_path):
    vault, _ = new_vault
    with vault.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.HEAD
        assert migrate.schema_problems(conn) == []
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert migrate.upgrade(vault.engine) is False  # nothing left to run


@pytest.fixture
def older_vault(tmp_path) -> Path:
    """A vault built at the first revision only, as the first version made it."""
    base = _scripts().get_base()
    if base == migrate.HEAD:
        pytest.skip("only one revision exists so far: nothing older to migrate from")
    path = tmp_path / "old.rdb"
    oldvault.build(path, base)
    assert _revision(path, "admin", oldvault.PASSWORD) == base
    return path


def _opens_migrated_with_nothing_lost(path: Path) -> None:
    key = raw_key(path, "admin", oldvault.PASSWORD)
    before = {t: _rows(path, key, t, cols) for t, cols in FOUNDATION.items()}
    with Vault.unlock(path, "manager", oldvault.PASSWORD) as vault:
        assert vault.person.display_name == "Mona Oldmanager"
        with vault.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
            assert migrate.schema_problems(conn) == []
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert vault.integrity_problems() == []
    after = {t: _rows(path, key, t, cols) for t, cols in FOUNDATION.items()}
    assert after == before
    # every account, the recovery code and the audit chain still work after the migration
    # (made before staff accounts were signed: `check` says so, and nothing else)
    for username in ("admin", "worker"):
        with access.sign_in(path, username, oldvault.PASSWORD) as vault:
            problems = access.check(vault)
            assert len(problems) == 1 and "not signed yet" in problems[0]
            assert access.organisation(vault).name == oldvault.ORGANISATION
    Vault.unlock_with_recovery(path, oldvault.RECOVERY_CODE.lower()).close()
    # protected once with the recovery code, it checks clean
    with access.sign_in(path, "admin", oldvault.PASSWORD) as vault:
        access.protect_staff_accounts(vault, oldvault.RECOVERY_CODE)
        assert access.check(vault) == []


def test_unlocking_an_older_vault_runs_the_pending_migrations(older_vault):
    _opens_migrated_with_nothing_lost(older_vault)


def test_the_vault_kept_from_the_first_version_still_opens(tmp_path):
    """tests/data/vault-0001.* were written once and are never regenerated (see the README)."""
    path = tmp_path / "vault-0001.rdb"
    shutil.copyfile(DATA / "vault-0001.rdb", path)
    shutil.copyfile(DATA / "vault-0001.rdkeys", keyfile_path(path))
    assert _revision(path, "admin", oldvault.PASSWORD) == "0001"
    _opens_migrated_with_nothing_lost(path)


def test_a_vault_from_a_newer_version_is_a_plain_refusal(new_vault, vault_path):
    """An older copy of RefugeDesk (another PC not yet updated) meets a vault a newer one has
    migrated: a plain message, not a crash, and the vault untouched."""
    vault, _ = new_vault
    vault.close()
    conn = connect(vault_path, raw_key(vault_path, "ada", ADMIN_PASSWORD))
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = files_state(vault_path)
    with pytest.raises(VaultError) as info:
        access.sign_in(vault_path, "ada", ADMIN_PASSWORD)
    assert "newer version of RefugeDesk" in str(info.value)
    assert files_state(vault_path) == before
