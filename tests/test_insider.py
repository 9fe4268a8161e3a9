"""Security issue 11, findings 1, 2 and 6: a colleague holding her own key, and a crash while a
password changes. Each test runs the attack as it was reproduced: a worker unlocks the database
key with her own password and the key file, and writes to the file with plain sqlcipher3."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, reopen
from helpers.raw import connect, raw_key

from refugedesk import access, staff
from refugedesk.db import keyslots, trust
from refugedesk.db.keyslots import RECOVERY_SLOT, KeyFile, keyfile_path
from refugedesk.db.models import Role
from refugedesk.db.vault import Vault
from refugedesk.errors import NotAllowed, TrustBroken, WrongPassword, WrongRecoveryCode

WREN, WREN_PASSWORD = "wren", "saffron tulip meadow 3"
MAY, MAY_PASSWORD = "may", "velvet harbour pepper 8"
HELPERS = Path(__file__).parent / "helpers"


@pytest.fixture
def team(new_vault):
    """ada (administrator), may (manager) and wren (support worker); the vault is closed so
    the attacks below work on the files, as she would."""
    ada, code = new_vault
    staff.add_staff(ada, username=WREN, display_name="Wren Worker", role=Role.SUPPORT_WORKER,
                    password=WREN_PASSWORD)
    staff.add_staff(ada, username=MAY, display_name="May Manager", role=Role.MANAGER,
                    password=MAY_PASSWORD)
    ada.close()
    return code


def _as_wren(vault_path: Path, *statements: str, params: tuple = ()) -> None:
    """Wren, with nothing but her own password, the key file and sqlcipher3."""
    conn = connect(vault_path, raw_key(vault_path, WREN, WREN_PASSWORD))
    try:
        for sql in statements:
            conn.execute(sql, params if "?" in sql else ())
    finally:
        conn.close()


def _events(vault_path: Path, kind: str) -> list[tuple]:
    conn = connect(vault_path, raw_key(vault_path, "ada", ADMIN_PASSWORD))
    try:
        return conn.execute("SELECT actor, detail FROM audit_event WHERE kind = ?",
                            (kind,)).fetchall()
    finally:
        conn.close()


# --- 1. A worker cannot make herself administrator -------------------------------------------


def test_a_role_written_outside_refugedesk_grants_nothing_and_is_recorded(team, vault_path):
    _as_wren(vault_path, "UPDATE staff_member SET role = 'administrator' WHERE username = 'wren'")
    with pytest.raises(TrustBroken) as refused:
        access.sign_in(vault_path, WREN, WREN_PASSWORD)
    assert "changed outside RefugeDesk" in str(refused.value)
    assert [actor for actor, _ in _events(vault_path, "trust_refused")] == [WREN]
    # The administrator still signs in; `check` names the account.
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        problems = access.check(ada)
        assert any("was changed outside RefugeDesk" in p for p in problems)
        # Signing anything else now would launder the change: refused until she sets it right.
        with pytest.raises(TrustBroken):
            staff.set_role(ada, _staff_id(ada, MAY), Role.SUPPORT_WORKER)
        staff.set_role(ada, _staff_id(ada, WREN), Role.SUPPORT_WORKER)
        assert not [p for p in access.check(ada) if "changed outside" in p]
    with reopen(vault_path, WREN, WREN_PASSWORD) as wren:
        assert wren.person.role is Role.SUPPORT_WORKER


def test_an_escalation_made_while_she_is_signed_in_is_refused_at_her_next_action(team,
                                                                              vault_path):
    wren = reopen(vault_path, WREN, WREN_PASSWORD)
    try:
        _as_wren(vault_path,
                 "UPDATE staff_member SET role = 'administrator' WHERE username = 'wren'")
        with pytest.raises(TrustBroken):
            access.rotate_key(wren)
        with pytest.raises(TrustBroken):
            access.backup(wren, vault_path.parent / "mine")
        with pytest.raises(TrustBroken):
            staff.deactivate(wren, 1)
    finally:
        wren.close()
    assert not (vault_path.parent / "mine.rdb").exists()


def test_she_cannot_sign_a_roster_of_her_own(team, vault_path):
    """Appending a version signed with her own identity (she holds it, in her slot) fails:
    only an administrator of the version before, or the anchor, can sign."""
    kf = KeyFile.load(keyfile_path(vault_path))
    opened = kf.open_slot_full(keyslots.slot_id_for(kf.vault_id, WREN), WREN_PASSWORD)
    with Vault.unlock(vault_path, "ada", ADMIN_PASSWORD) as ada, ada.transaction() as session:
        from refugedesk.db.models import StaffMember

        wren_row = session.query(StaffMember).filter_by(username=WREN).one()
        wren_row.role = "administrator"
        session.flush()
        with pytest.raises(NotAllowed):
            trust.sign_next(session, vault_id=kf.vault_id, signer=f"staff:{wren_row.id}",
                            seed=opened.identity, changing={wren_row.id})
        session.rollback()


def test_a_roster_replaced_with_her_own_anchor_is_refused_on_a_computer_that_saw_the_vault(
        team, vault_path):
    with reopen(vault_path, "ada", ADMIN_PASSWORD):
        pass  # this computer has now seen the vault and its anchor
    kf = KeyFile.load(keyfile_path(vault_path))
    opened = kf.open_slot_full(keyslots.slot_id_for(kf.vault_id, WREN), WREN_PASSWORD)
    # She empties the roster and signs a new chain with her own identity as the "anchor".
    with Vault.unlock(vault_path, WREN, WREN_PASSWORD) as wren, \
            wren.transaction() as session:
        session.execute(trust.StaffRoster.__table__.delete())
        session.execute(trust.StaffMember.__table__.update()
                        .where(trust.StaffMember.username == WREN).values(role="administrator"))
        trust.sign_next(session, vault_id=kf.vault_id, signer=trust.RECOVERY_SIGNER,
                        seed=opened.identity)
    for user, password in ((WREN, WREN_PASSWORD), ("ada", ADMIN_PASSWORD)):
        with pytest.raises(TrustBroken) as refused:
            access.sign_in(vault_path, user, password)
        assert "trust anchor" in str(refused.value)


def test_a_deleted_roster_is_noticed(team, vault_path):
    with reopen(vault_path, "ada", ADMIN_PASSWORD):
        pass
    _as_wren(vault_path, "DELETE FROM staff_roster",
             "UPDATE staff_member SET role = 'administrator' WHERE username = 'wren'")
    with pytest.raises(TrustBroken) as refused:
        access.sign_in(vault_path, WREN, WREN_PASSWORD)
    assert "removed" in str(refused.value)


def test_a_rolled_back_roster_is_noticed(team, vault_path):
    with reopen(vault_path, "ada", ADMIN_PASSWORD):
        pass  # the witness holds the newest version (may's account)
    _as_wren(vault_path, "DELETE FROM staff_roster WHERE seq = (SELECT max(seq) FROM "
                         "staff_roster)", "DELETE FROM staff_member WHERE username = 'may'")
    with pytest.raises(TrustBroken) as refused:
        access.sign_in(vault_path, "ada", ADMIN_PASSWORD)
    assert "rolled back" in str(refused.value)


def test_an_edited_roster_version_is_refused(team, vault_path):
    conn = connect(vault_path, raw_key(vault_path, WREN, WREN_PASSWORD))
    try:
        seq, body = conn.execute(
            "SELECT seq, body FROM staff_roster ORDER BY seq DESC LIMIT 1").fetchone()
        data = json.loads(body)
        for member in data["members"]:
            if member["username"] == WREN:
                member["role"] = "administrator"
        conn.execute("UPDATE staff_roster SET body = ? WHERE seq = ?",
                     (json.dumps(data, sort_keys=True, separators=(",", ":")), seq))
        conn.execute("UPDATE staff_member SET role = 'administrator' WHERE username = 'wren'")
    finally:
        conn.close()
    with pytest.raises(TrustBroken) as refused:
        access.sign_in(vault_path, WREN, WREN_PASSWORD)
    assert "signature" in str(refused.value)


def test_her_slot_swapped_into_a_managers_name_does_not_sign_in_as_the_manager(team,
                                                                            vault_path):
    """Her own slot copied under the manager's name (new slot id, sealed to the same key):
    the slot opens, but the identity in it is not the manager's, so she is refused."""
    key = raw_key(vault_path, WREN, WREN_PASSWORD)
    kf = KeyFile.load(keyfile_path(vault_path))
    public = kf.add_slot(keyslots.slot_id_for(kf.vault_id, MAY), WREN_PASSWORD, key)
    kf.save()
    _as_wren(vault_path, "UPDATE staff_member SET slot_public_key = ? WHERE username = 'may'",
             params=(public,))
    with pytest.raises(TrustBroken):
        access.sign_in(vault_path, MAY, WREN_PASSWORD)


# --- 1. The recovery code always works ---------------------------------------------------------


def test_an_overwritten_recovery_key_cannot_make_a_rotation_drop_the_recovery_slot(team,
                                                                                 vault_path):
    code = team
    key = raw_key(vault_path, WREN, WREN_PASSWORD)
    kf = KeyFile.load(keyfile_path(vault_path))
    her_code = keyslots.new_recovery_code()
    fake = kf.add_slot(RECOVERY_SLOT, her_code, key)  # her own "recovery" slot
    kf.save()
    _as_wren(vault_path, "UPDATE organisation SET recovery_public_key = ?", params=(fake,))
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        assert any("recovery code's key" in p for p in access.check(ada))
        before = keyfile_path(vault_path).read_bytes()
        with pytest.raises(TrustBroken):
            access.rotate_key(ada)
        assert keyfile_path(vault_path).read_bytes() == before  # nothing was changed
    # Her own code opens her slot, but does not act as the vault's recovery code.
    with pytest.raises(TrustBroken):
        access.sign_in_with_recovery(vault_path, her_code)
    # (The real code's slot is gone from this key file: a backup's key file still has it.)
    with pytest.raises(WrongRecoveryCode):
        access.sign_in_with_recovery(vault_path, code)


def test_after_a_recovery_key_overwrite_in_the_database_only_rotation_keeps_the_real_one(
        team, vault_path):
    code = team
    _as_wren(vault_path, "UPDATE organisation SET recovery_public_key = zeroblob(32)")
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        access.rotate_key(ada)  # seals to the key the signed roster pins, not the row's
    access.recover_account(vault_path, code, "ada", "a brand new pass 77")
    reopen(vault_path, "ada", "a brand new pass 77").close()


def test_the_recovery_code_restores_access_when_every_administrator_is_switched_off(
        team, vault_path):
    code = team
    _as_wren(vault_path, "UPDATE staff_member SET active = 0, slot_public_key = NULL "
                         "WHERE role = 'administrator'")
    with pytest.raises(TrustBroken):
        access.sign_in(vault_path, "ada", ADMIN_PASSWORD)
    access.recover_account(vault_path, code, "ada", "a brand new pass 77")
    with reopen(vault_path, "ada", "a brand new pass 77") as ada:
        assert ada.person.is_admin
        staff.set_role(ada, _staff_id(ada, WREN), Role.SUPPORT_WORKER)


# --- 2. The audit trail cannot be cut unnoticed ------------------------------------------------


@pytest.mark.parametrize("cut", ["newest", "all"])
def test_a_cut_audit_trail_is_noticed_at_sign_in_and_by_check(team, vault_path, cut):
    with reopen(vault_path, "ada", ADMIN_PASSWORD):
        pass  # this computer remembers the head
    if cut == "newest":
        _as_wren(vault_path,
                 "DELETE FROM audit_event WHERE id > (SELECT max(id) - 3 FROM audit_event)",
                 "UPDATE sqlite_sequence SET seq = (SELECT max(id) FROM audit_event) "
                 "WHERE name = 'audit_event'")
    else:
        _as_wren(vault_path, "DELETE FROM audit_event", "DELETE FROM sqlite_sequence")
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        assert any("audit trail no longer holds" in n for n in ada.trust_notes)
        problems = access.check(ada)
    assert any("audit trail no longer holds" in p for p in problems)
    assert _events(vault_path, "tamper_noticed")
    # Noticed once, it stays noticed on this computer.
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        assert any("audit trail no longer holds" in p for p in access.check(ada))


def test_an_untouched_vault_checks_clean(team, vault_path):
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        assert access.check(ada) == []
    with reopen(vault_path, WREN, WREN_PASSWORD):
        pass
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        assert access.check(ada) == []


# --- a vault made before signing ------------------------------------------------------------


def test_an_old_vault_is_flagged_until_protected_with_the_recovery_code(team, vault_path,
                                                                         monkeypatch):
    code = team
    _as_wren(vault_path, "DELETE FROM staff_roster")  # as made before signing existed
    # A fresh computer (no witness) opens it as before, and `check` says it is not protected.
    monkeypatch.setenv(trust.WITNESS_ENV, str(vault_path.parent / "another-computer"))
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        assert any("not signed yet" in p for p in access.check(ada))
        with pytest.raises(WrongRecoveryCode):
            access.protect_staff_accounts(ada, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
        access.protect_staff_accounts(ada, code)
        assert access.check(ada) == []
    _as_wren(vault_path, "UPDATE staff_member SET role = 'administrator' WHERE username='wren'")
    with pytest.raises(TrustBroken):
        access.sign_in(vault_path, WREN, WREN_PASSWORD)


def _staff_id(vault: Vault, username: str) -> int:
    with vault.session() as s:
        return next(r.id for r in staff.list_staff(s) if r.username == username)


# --- 6. A crash while changing a password ------------------------------------------------------


@pytest.mark.parametrize("moment", ["after_keyfile", "after_commit"])
def test_a_crash_while_changing_a_password_never_cuts_her_out(team, vault_path, tmp_path,
                                                              moment):
    new_password = "lantern orchard cobalt 5"
    result = subprocess.run(
        [sys.executable, str(HELPERS / "password_crash.py"), str(vault_path), WREN, moment],
        input=f"{WREN_PASSWORD}\n{new_password}\n", capture_output=True, text=True,
        timeout=120, cwd=Path(__file__).parent)
    assert result.returncode == -9, result.stderr  # it really died by SIGKILL
    works, refused = ((WREN_PASSWORD, new_password) if moment == "after_keyfile"
                      else (new_password, WREN_PASSWORD))
    # Before anyone signs in again: a backup and a key rotation keep her slot.
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        backup_db, _ = access.backup(ada, tmp_path / "after-crash")
        access.rotate_key(ada)
    Vault.unlock(backup_db, WREN, works).close()
    with pytest.raises(WrongPassword):
        Vault.unlock(vault_path, WREN, refused)
    reopen(vault_path, WREN, works).close()
    # And the key file and the database agree: one slot each, the recorded key.
    kf = KeyFile.load(keyfile_path(vault_path))
    assert not any("previous" in slot for slot in kf._data["slots"].values())
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        access.rotate_key(ada)
    reopen(vault_path, WREN, works).close()


def test_a_password_change_that_fails_to_commit_keeps_the_old_password(team, vault_path,
                                                                       monkeypatch):
    wren = reopen(vault_path, WREN, WREN_PASSWORD)
    try:
        def fail(*args, **kwargs):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr("refugedesk.audit.record", fail)
        with pytest.raises(OSError):
            staff.change_own_password(wren, WREN_PASSWORD, "lantern orchard cobalt 5")
    finally:
        monkeypatch.undo()
        wren.close()
    reopen(vault_path, WREN, WREN_PASSWORD).close()
    with pytest.raises(WrongPassword):
        Vault.unlock(vault_path, WREN, "lantern orchard cobalt 5")


def test_text_that_cannot_be_a_password_is_refused_plainly_at_the_vault_itself(team,
                                                                             vault_path):
    """Below the command line and the screens too: never 'the key file is damaged'."""
    from refugedesk.errors import TypedTextRefused

    for username, password in ((WREN, "ab\udcffcd efgh ijkl"), (WREN, "x" * 10_000),
                               ("wr\udcffen", WREN_PASSWORD)):
        with pytest.raises(TypedTextRefused):
            Vault.unlock(vault_path, username, password)
    reopen(vault_path, WREN, WREN_PASSWORD).close()  # and nothing was noted against her


# --- a backup carries the head -------------------------------------------------------------------


def test_a_backup_cut_after_it_was_written_is_not_restored(team, vault_path, tmp_path):
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        backup_db, backup_keys = access.backup(ada, tmp_path / "friday")
    head = KeyFile.load(backup_keys).backup_head
    assert head and head["audit_id"] > 0 and head["roster_seq"] >= 1
    # She trims the newest events out of the backup file itself.
    conn = connect(backup_db, raw_key(vault_path, WREN, WREN_PASSWORD))
    try:
        conn.execute("DELETE FROM audit_event WHERE id > (SELECT max(id) - 2 FROM audit_event)")
        conn.execute("UPDATE sqlite_sequence SET seq = (SELECT max(id) FROM audit_event) "
                     "WHERE name = 'audit_event'")
    finally:
        conn.close()
    from refugedesk.errors import BackupInvalid

    with pytest.raises(BackupInvalid) as refused:
        access.restore(backup_db, vault_path, "ada", ADMIN_PASSWORD)
    assert "changed after it was written" in str(refused.value)


def test_a_restore_through_refugedesk_is_accepted_on_another_computer_that_saw_more(
        team, vault_path, tmp_path, monkeypatch):
    import os

    office_1, office_2 = os.environ[trust.WITNESS_ENV], str(tmp_path / "office-2")
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        backup_db, _ = access.backup(ada, tmp_path / "monday")
        staff.set_role(ada, _staff_id(ada, WREN), Role.MANAGER)  # a newer roster version
    monkeypatch.setenv(trust.WITNESS_ENV, office_2)
    reopen(vault_path, WREN, WREN_PASSWORD).close()  # office 2 sees the newer roster
    monkeypatch.setenv(trust.WITNESS_ENV, office_1)
    access.restore(backup_db, vault_path, "ada", ADMIN_PASSWORD)  # restored at office 1
    monkeypatch.setenv(trust.WITNESS_ENV, office_2)
    with reopen(vault_path, WREN, WREN_PASSWORD) as wren:  # not refused as "rolled back"
        assert wren.person.role is Role.SUPPORT_WORKER


def test_a_changed_account_cannot_unlock_a_colleagues_locked_window(team, vault_path):
    """The lock screen lets a colleague unlock as herself: her row is checked against the
    signed roster there too, and the window stays with whoever locked it."""
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        access.lock(ada)
        _as_wren(vault_path,
                 "UPDATE staff_member SET role = 'administrator' WHERE username = 'wren'")
        with pytest.raises(TrustBroken):
            access.unlock(ada, WREN, WREN_PASSWORD)
        assert ada.person.username == "ada"
        assert access.unlock(ada, "ada", ADMIN_PASSWORD).username == "ada"


def test_the_recovery_code_can_unlock_nothing_it_is_not(team, vault_path):
    """A hostile string as the recovery code (a formula, a lone surrogate, 10,000 letters) is
    the plain 'not right', never 'the key file is damaged'."""
    for hostile in ("=HYPERLINK(\"x\")", "AB\udcffCD", "A" * 10_000):
        with pytest.raises(WrongRecoveryCode):
            access.sign_in_with_recovery(vault_path, hostile)
