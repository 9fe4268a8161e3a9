"""Getting in and keeping safe, as staff would see it: two people on one vault, switching an
account off and on, password changes, key rotation, backup and restore, failed sign-ins."""

from __future__ import annotations

import shutil

import pytest
from conftest import ADMIN_PASSWORD, reopen
from helpers.raw import dump, files_state, listing, raw_key
from sqlalchemy import select

from refugedesk import access, staff
from refugedesk.db.keyslots import keyfile_path
from refugedesk.db.models import AuditEvent, Role
from refugedesk.db.vault import Vault
from refugedesk.errors import (
    AccountInactive,
    BackupInvalid,
    KeyFileMissing,
    NotAllowed,
    NotAVault,
    UnknownUser,
    VaultBusy,
    VaultExists,
    WrongPassword,
)

BEA_PASSWORD = "copper kettle river 9"
CAL_PASSWORD = "saffron tulip meadow 3"


@pytest.fixture
def team(new_vault, vault_path):
    """Ada (administrator), Bea (manager) and Cal (support worker). Vault closed; returns the
    recovery code."""
    vault, code = new_vault
    staff.add_staff(vault, username="bea", display_name="Bea Manager", role=Role.MANAGER,
                    password=BEA_PASSWORD)
    staff.add_staff(vault, username="cal", display_name="Cal Worker", role=Role.SUPPORT_WORKER,
                    password=CAL_PASSWORD)
    vault.close()
    return code


def _staff_id(vault: Vault, username: str) -> int:
    with vault.session() as s:
        return next(r.id for r in staff.list_staff(s) if r.username == username)


def _kinds(vault: Vault) -> list[str]:
    with vault.session() as s:
        return list(s.scalars(select(AuditEvent.kind).order_by(AuditEvent.id)))


def test_two_staff_open_the_same_vault_at_once(team, vault_path):
    ada = reopen(vault_path, "ada", ADMIN_PASSWORD)
    bea = reopen(vault_path, "bea", BEA_PASSWORD)
    try:
        assert ada.person.role is Role.ADMINISTRATOR
        assert bea.person.role is Role.MANAGER and bea.person.display_name == "Bea Manager"
        access.set_idle_lock(ada, 25)
        assert access.organisation(bea).idle_lock_minutes == 25  # sees Ada's change
    finally:
        ada.close()
        bea.close()


def test_switching_an_account_off_ends_access_and_on_again_restores_it(team, vault_path):
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        cal_id = _staff_id(ada, "cal")
        staff.deactivate(ada, cal_id)
    with pytest.raises((UnknownUser, AccountInactive, WrongPassword)):
        Vault.unlock(vault_path, "cal", CAL_PASSWORD)
    # her old password cannot even unwrap a key any more: the slot is gone from the key file
    from refugedesk.db.keyslots import KeyFile

    assert not KeyFile.load(keyfile_path(vault_path)).has_user("cal")

    new_password = "lighthouse biscuit 44"
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        staff.reactivate(ada, cal_id, new_password)
        with ada.session() as s:
            assert next(r for r in staff.list_staff(s) if r.username == "cal").active
    with pytest.raises(WrongPassword):
        Vault.unlock(vault_path, "cal", CAL_PASSWORD)
    with reopen(vault_path, "cal", new_password) as cal:
        assert cal.person.role is Role.SUPPORT_WORKER
    # Bea was never affected
    reopen(vault_path, "bea", BEA_PASSWORD).close()


def test_switched_off_while_signed_in_cannot_unlock_the_lock_screen(team, vault_path):
    cal = reopen(vault_path, "cal", CAL_PASSWORD)
    try:
        with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
            staff.deactivate(ada, _staff_id(ada, "cal"))
        access.lock(cal)
        # Cal's open window still holds the old key file in memory; the vault itself says no.
        with pytest.raises((UnknownUser, AccountInactive, WrongPassword)):
            access.unlock(cal, "cal", CAL_PASSWORD)
    finally:
        cal.close()


def test_password_change_leaves_colleagues_working(team, vault_path):
    new = "marigold ferry lamp 12"
    with reopen(vault_path, "bea", BEA_PASSWORD) as bea:
        with pytest.raises(WrongPassword):
            staff.change_own_password(bea, "not my password", new)
        staff.change_own_password(bea, BEA_PASSWORD, new)
    with pytest.raises(WrongPassword):
        Vault.unlock(vault_path, "bea", BEA_PASSWORD)
    reopen(vault_path, "bea", new).close()
    reopen(vault_path, "ada", ADMIN_PASSWORD).close()
    reopen(vault_path, "cal", CAL_PASSWORD).close()


def test_key_rotation_keeps_everyone_and_locks_out_old_key_file_copies(team, vault_path,
                                                                        tmp_path):
    old_keyfile = tmp_path / "copied-before.rdkeys"
    shutil.copyfile(keyfile_path(vault_path), old_keyfile)
    old_key = raw_key(vault_path, "ada", ADMIN_PASSWORD)
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        before = dump(vault_path, old_key)
        staff.deactivate(ada, _staff_id(ada, "cal"))
        access.rotate_key(ada)
        # still usable right after the rotation, in the same window
        access.set_idle_lock(ada, 15)
    new_key = raw_key(vault_path, "ada", ADMIN_PASSWORD)
    assert new_key != old_key
    after = dump(vault_path, new_key)
    assert after["organisation"][0][:2] == before["organisation"][0][:2]
    assert [r[1] for r in after["staff_member"]] == [r[1] for r in before["staff_member"]]

    for user, password in (("ada", ADMIN_PASSWORD), ("bea", BEA_PASSWORD)):
        with reopen(vault_path, user, password) as v:
            assert v.person.username == user
    with Vault.unlock_with_recovery(vault_path, team) as rec:
        assert rec.person.is_admin
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        assert "key_rotated" in _kinds(ada)
        assert access.check(ada) == []

    # An old copy of the key file (which still had Cal's slot) opens nothing now.
    shutil.copyfile(old_keyfile, keyfile_path(vault_path))
    for user, password in (("ada", ADMIN_PASSWORD), ("cal", CAL_PASSWORD)):
        with pytest.raises(NotAVault):
            Vault.unlock(vault_path, user, password)


def test_key_rotation_refused_while_another_window_is_open(team, vault_path):
    key = raw_key(vault_path, "ada", ADMIN_PASSWORD)
    before_keys = keyfile_path(vault_path).read_bytes()
    other = reopen(vault_path, "bea", BEA_PASSWORD)
    try:
        with Vault.unlock(vault_path, "ada", ADMIN_PASSWORD, busy_timeout_ms=100) as ada:
            with ada.session() as s:
                s.scalar(select(AuditEvent.id).limit(1))  # Bea's window has a connection open
            with other.session() as s:
                s.scalar(select(AuditEvent.id).limit(1))
            before = dump(vault_path, key)
            with pytest.raises(VaultBusy):
                access.rotate_key(ada)
            assert dump(vault_path, key) == before
            # Ada's own window keeps working after the refusal
            access.set_idle_lock(ada, 30)
        # Bea's window too, with the key that is still the key
        access.lock(other)
    finally:
        other.close()
    assert keyfile_path(vault_path).read_bytes() == before_keys
    assert not keyfile_path(vault_path).with_name("refuge.rdkeys.next").exists()
    assert raw_key(vault_path, "ada", ADMIN_PASSWORD) == key


def test_only_administrators_rotate_and_managers_back_up(team, vault_path, tmp_path):
    with reopen(vault_path, "cal", CAL_PASSWORD) as cal:
        with pytest.raises(NotAllowed):
            access.rotate_key(cal)
        with pytest.raises(NotAllowed):
            access.backup(cal, tmp_path / "b.rdb")
        with pytest.raises(NotAllowed):
            access.set_idle_lock(cal, 5)
    with reopen(vault_path, "bea", BEA_PASSWORD) as bea:
        with pytest.raises(NotAllowed):
            access.rotate_key(bea)
        access.backup(bea, tmp_path / "b.rdb")
    assert not (tmp_path / "c.rdb").exists()
    assert (tmp_path / "b.rdb").exists() and (tmp_path / "b.rdkeys").exists()


def test_backup_then_restore_gives_identical_data(team, vault_path, tmp_path):
    key = raw_key(vault_path, "ada", ADMIN_PASSWORD)
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        access.set_idle_lock(ada, 45)
        backup_file, backup_keys = access.backup(ada, tmp_path / "backups" / "monday")
        assert backup_file.name == "monday.rdb" and backup_keys.name == "monday.rdkeys"
        assert backup_file.read_bytes()[:16] != b"SQLite format 3\x00"
        backed_up = dump(backup_file, key)
        # life goes on after the backup
        staff.add_staff(ada, username="dee", display_name="Dee Later", role=Role.MANAGER,
                        password="orange pebble forest 5")
        access.set_idle_lock(ada, 90)
    assert dump(vault_path, key) != backed_up
    backup_bytes = backup_file.read_bytes()

    access.restore(backup_file, vault_path, "ada", ADMIN_PASSWORD)
    restored = dump(vault_path, key)
    # identical apart from the restore's own audit event, appended at the end, and the
    # roster version that says which version the restore replaced (for other computers)
    appended = ("audit_event", "sqlite_sequence", "staff_roster")
    assert {t: rows for t, rows in restored.items() if t not in appended} == {
        t: rows for t, rows in backed_up.items() if t not in appended}
    kept = len(backed_up["staff_roster"])
    assert restored["staff_roster"][:kept] == backed_up["staff_roster"]
    assert ['"replaces"' in row[1] for row in restored["staff_roster"][kept:]] == [True]
    assert restored["audit_event"][: len(backed_up["audit_event"])] == backed_up["audit_event"]
    assert [r[4] for r in restored["audit_event"][len(backed_up["audit_event"]):]] == [
        "restore"]
    assert backup_file.read_bytes() == backup_bytes, "the backup itself is never changed"
    with pytest.raises(UnknownUser):
        Vault.unlock(vault_path, "dee", "orange pebble forest 5")
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        assert access.organisation(ada).idle_lock_minutes == 45
        assert access.check(ada) == []
    # the replaced vault was set aside, not deleted
    kept = [n for n in listing(tmp_path) if ".before-restore-" in n]
    assert len(kept) == 2


@pytest.mark.parametrize("damage", ["truncated", "random", "no_key_file", "missing",
                                    "other_vault", "one_byte"])
def test_restore_from_a_bad_backup_changes_nothing(team, vault_path, tmp_path, damage):
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        backup_file, backup_keys = access.backup(ada, tmp_path / "b.rdb")
    data = backup_file.read_bytes()
    if damage == "truncated":
        backup_file.write_bytes(data[: len(data) // 2])
    elif damage == "random":
        import os

        backup_file.write_bytes(os.urandom(len(data)))
    elif damage == "one_byte":  # a single flipped bit on the stick, in the last page
        flipped = bytearray(data)
        flipped[len(data) - 4096 + 1000] ^= 0x01
        backup_file.write_bytes(bytes(flipped))
    elif damage == "no_key_file":
        backup_keys.unlink()
    elif damage == "missing":
        backup_file.unlink()
    else:  # a sound backup of another organisation's vault, whose key file got swapped
        other = tmp_path / "other" / "v.rdb"
        v, _ = access.set_up(other, organisation="Elsewhere", username="ada",
                             display_name="Ada", password=ADMIN_PASSWORD)
        v.close()
        shutil.copyfile(keyfile_path(other), backup_keys)
    before = files_state(vault_path)
    names = listing(tmp_path)
    with pytest.raises((BackupInvalid, KeyFileMissing)):
        access.restore(backup_file, vault_path, "ada", ADMIN_PASSWORD)
    assert files_state(vault_path) == before
    assert listing(tmp_path) == names, "no staged copy left behind"
    reopen(vault_path, "ada", ADMIN_PASSWORD).close()


def test_restore_needs_an_administrator_of_the_backup(team, vault_path, tmp_path):
    with reopen(vault_path, "bea", BEA_PASSWORD) as bea:
        backup_file, _ = access.backup(bea, tmp_path / "b.rdb")
    before = files_state(vault_path)
    with pytest.raises(NotAllowed):
        access.restore(backup_file, vault_path, "bea", BEA_PASSWORD)
    with pytest.raises(WrongPassword):
        access.restore(backup_file, vault_path, "ada", "not the password")
    assert files_state(vault_path) == before


def test_backup_refuses_to_overwrite(team, vault_path, tmp_path):
    (tmp_path / "b.rdb").write_bytes(b"precious")
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        with pytest.raises(VaultExists):
            access.backup(ada, tmp_path / "b.rdb")
        # the audit trail must not claim a backup that was never written
        assert "backup" not in _kinds(ada)
        access.backup(ada, tmp_path / "c.rdb")
        assert _kinds(ada).count("backup") == 1
    assert (tmp_path / "b.rdb").read_bytes() == b"precious"


def test_failed_sign_ins_reach_the_audit_at_the_next_sign_in(team, vault_path):
    for user in ("bea", "bea", "nobody"):
        with pytest.raises((WrongPassword, UnknownUser)):
            access.sign_in(vault_path, user, "a guess at it")
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada, ada.session() as s:
        failed = s.execute(
            select(AuditEvent.actor, AuditEvent.kind).where(
                AuditEvent.kind == "sign_in_failed")
        ).all()
    assert sorted(a for a, _ in failed) == ["bea", "bea", "unknown username"]
    # and they are written once, not again at the next sign-in
    with reopen(vault_path, "bea", BEA_PASSWORD) as bea:
        assert _kinds(bea).count("sign_in_failed") == 3
        assert "a guess at it" not in str(dump(vault_path, raw_key(vault_path, "bea",
                                                                  BEA_PASSWORD)))


def test_the_recovery_code_resets_a_forgotten_administrator_password(team, vault_path):
    with access.sign_in_with_recovery(vault_path, team) as rec:
        ada_id = _staff_id(rec, "ada")
        staff.reset_password(rec, ada_id, "brand new admin pass 8")
        assert _kinds(rec)[-2:] == ["recovery_code_used", "password_reset"]
    with pytest.raises(WrongPassword):
        Vault.unlock(vault_path, "ada", ADMIN_PASSWORD)
    reopen(vault_path, "ada", "brand new admin pass 8").close()


def test_an_older_window_saving_the_key_file_keeps_a_colleagues_changes(team, vault_path):
    """Bea's window has been open since the morning. Ada then adds Dee and switches Cal off in
    her own window. When Bea's window next writes the key file (a mistyped password at her
    lock screen, her own password change), it must not put back the key file as it was when
    Bea signed in: Dee must still get in, and Cal's slot must stay gone."""
    from refugedesk.db.keyslots import KeyFile

    bea = reopen(vault_path, "bea", BEA_PASSWORD)
    try:
        with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
            staff.add_staff(ada, username="dee", display_name="Dee New", role=Role.MANAGER,
                            password="orange pebble forest 5")
            staff.deactivate(ada, _staff_id(ada, "cal"))
        access.lock(bea)
        with pytest.raises(WrongPassword):
            access.unlock(bea, "bea", "mistyped password")
        reopen(vault_path, "dee", "orange pebble forest 5").close()
        staff.change_own_password(bea, BEA_PASSWORD, "marigold ferry lamp 12")
        access.unlock(bea, "bea", "marigold ferry lamp 12")
    finally:
        bea.close()
    keys = KeyFile.load(keyfile_path(vault_path))
    assert keys.has_user("dee") and not keys.has_user("cal")
    reopen(vault_path, "dee", "orange pebble forest 5").close()
    reopen(vault_path, "bea", "marigold ferry lamp 12").close()
    with pytest.raises((UnknownUser, AccountInactive)):
        Vault.unlock(vault_path, "cal", CAL_PASSWORD)


def test_rotation_in_an_older_window_keeps_colleagues_added_elsewhere(team, vault_path):
    """Ada's window was opened before Dee was added (by Ada on another computer, since
    closed). Rotating the key in the older window must reseal it to Dee's slot too."""
    ada = reopen(vault_path, "ada", ADMIN_PASSWORD)
    try:
        with reopen(vault_path, "ada", ADMIN_PASSWORD) as elsewhere:
            staff.add_staff(elsewhere, username="dee", display_name="Dee New",
                            role=Role.SUPPORT_WORKER, password="orange pebble forest 5")
        access.rotate_key(ada)
    finally:
        ada.close()
    reopen(vault_path, "dee", "orange pebble forest 5").close()
    reopen(vault_path, "bea", BEA_PASSWORD).close()


def test_a_window_left_behind_by_a_rotation_cannot_undo_it(team, vault_path):
    """Two administrator windows: the first rotation attempt is refused because the other is
    open, which leaves the refused window with no connection; the other window then rotates.
    The window left behind has the old key. Whatever is typed at its lock screen, it must not
    write its old key file back, which would lock everyone out."""
    left_behind = reopen(vault_path, "ada", ADMIN_PASSWORD)
    other = Vault.unlock(vault_path, "ada", ADMIN_PASSWORD, busy_timeout_ms=100)
    try:
        with pytest.raises(VaultBusy):
            access.rotate_key(other)
        access.rotate_key(left_behind)
        for password in ("a mistyped password", ADMIN_PASSWORD):
            with pytest.raises((VaultBusy, NotAVault)):
                access.unlock(other, "ada", password)
        with pytest.raises((VaultBusy, NotAVault)):
            staff.change_own_password(other, ADMIN_PASSWORD, "another admin password 3")
    finally:
        other.close()
        left_behind.close()
    for user, password in (("ada", ADMIN_PASSWORD), ("bea", BEA_PASSWORD)):
        reopen(vault_path, user, password).close()


def test_a_sign_in_refused_as_busy_leaves_nothing_open(team, vault_path):
    """Signing in records an event; if the vault is busy the sign-in is refused. The vault it
    had already unlocked must be closed, not left holding the file open (and the key in
    memory): afterwards an administrator alone on the vault can rotate the key."""
    key = raw_key(vault_path, "ada", ADMIN_PASSWORD)
    from helpers.raw import connect

    holder = connect(vault_path, key)
    holder.execute("BEGIN IMMEDIATE")
    shown = []  # the window keeps the error to show it, traceback and all
    try:
        for _ in range(2):
            with pytest.raises(VaultBusy) as info:
                access.sign_in(vault_path, "bea", BEA_PASSWORD, busy_timeout_ms=100)
            shown.append(info.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Vault.unlock(vault_path, "ada", ADMIN_PASSWORD, busy_timeout_ms=100) as ada:
        access.rotate_key(ada)
    reopen(vault_path, "bea", BEA_PASSWORD).close()


def test_restore_refused_while_the_vault_is_open_elsewhere(team, vault_path, tmp_path):
    """Files replaced under an open window keep receiving its work, which would vanish from
    the restored vault. So the restore waits until the vault is closed everywhere."""
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        backup_file, _ = access.backup(ada, tmp_path / "b.rdb")
    window = reopen(vault_path, "bea", BEA_PASSWORD)
    try:
        names = listing(tmp_path)
        with pytest.raises(VaultBusy):
            access.restore(backup_file, vault_path, "ada", ADMIN_PASSWORD)
        assert listing(tmp_path) == names, "nothing set aside, nothing staged"
        access.lock(window)  # her window carries on, on the same vault
    finally:
        window.close()
    access.restore(backup_file, vault_path, "ada", ADMIN_PASSWORD)
    with reopen(vault_path, "bea", BEA_PASSWORD) as bea:
        assert _kinds(bea)[-2:] == ["restore", "sign_in"]
