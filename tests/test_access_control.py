"""Who can still get in, and what a copied file gives away: the findings of the first security
review, each as the test that would have caught it."""

from __future__ import annotations

import json
import os
import shutil
import stat

import pytest
from conftest import ADMIN_PASSWORD, reopen
from helpers.raw import connect, raw_key

from refugedesk import access, houses, referrals, staff
from refugedesk.db import keyslots
from refugedesk.db.keyslots import KeyFile, keyfile_path, slot_id_for
from refugedesk.db.models import ReferralChannel, ReferralSource, RiskLevel, Role
from refugedesk.db.vault import Vault
from refugedesk.errors import (
    AccountInactive,
    NotAllowed,
    TooManyAttempts,
    UnknownUser,
    VaultClosed,
    WrongPassword,
)

WREN = "wren"
WREN_PASSWORD = "saffron tulip meadow 3"
BEA = "bea"
BEA_PASSWORD = "copper kettle river 9"


@pytest.fixture
def team(new_vault):
    ada, _code = new_vault
    staff.add_staff(ada, username=WREN, display_name="Wren Worker", role=Role.SUPPORT_WORKER,
                    password=WREN_PASSWORD)
    staff.add_staff(ada, username=BEA, display_name="Bea Admin", role=Role.ADMINISTRATOR,
                    password=BEA_PASSWORD)
    return ada


def _id(vault: Vault, username: str) -> int:
    with vault.session() as s:
        return next(r.id for r in staff.list_staff(s) if r.username == username)


def test_a_switched_off_worker_can_do_nothing_more_in_a_window_left_open(team, vault_path):
    wren = reopen(vault_path, WREN, WREN_PASSWORD)
    try:
        staff.deactivate(team, _id(team, WREN))
        with pytest.raises(AccountInactive):
            referrals.receive(wren, name="J. D.", channel=ReferralChannel.PHONE,
                              source=ReferralSource.POLICE, risk_level=RiskLevel.HIGH)
        with pytest.raises(AccountInactive):
            houses.add_house(wren, name="Oak House", area="Westford")
        access.lock(wren)  # locking her screen still works
    finally:
        wren.close()
    with team.session() as s:
        assert referrals.list_referrals(s) == []


def test_a_backup_made_after_a_switch_off_does_not_open_with_her_password(team, vault_path,
                                                                         tmp_path):
    other_window = reopen(vault_path, "ada", ADMIN_PASSWORD)  # signed in before the switch-off
    try:
        staff.deactivate(team, _id(team, WREN))
        db_file, key_file = access.backup(other_window, tmp_path / "later-backup")
    finally:
        other_window.close()
    data = json.loads(key_file.read_text())
    assert data["failed_attempts"] == []
    assert slot_id_for(data["vault_id"], WREN) not in data["slots"]
    with pytest.raises(UnknownUser):
        Vault.unlock(db_file, WREN, WREN_PASSWORD)
    Vault.unlock(db_file, BEA, BEA_PASSWORD).close()


def test_an_old_password_and_an_old_key_file_open_nothing_after_change_and_rotation(
        team, vault_path, tmp_path):
    old_keys = tmp_path / "copied.rdkeys"
    shutil.copyfile(keyfile_path(vault_path), old_keys)
    with reopen(vault_path, BEA, BEA_PASSWORD) as bea:
        staff.change_own_password(bea, BEA_PASSWORD, "marigold ferry lamp 12")
    team.close()
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        access.rotate_key(ada)
    # The old key file with her old password gives an old private key; pasted into today's key
    # file it opens nothing, and the key it unseals from the old file no longer opens the vault.
    old = KeyFile.load(old_keys)
    sid = slot_id_for(old.vault_id, BEA)
    stale_key = old.unlock_user(BEA, BEA_PASSWORD)
    with pytest.raises(Exception):  # noqa: B017 - any refusal from SQLCipher will do
        connect(vault_path, stale_key).execute("SELECT count(*) FROM staff_member").fetchone()
    current = json.loads(keyfile_path(vault_path).read_text())
    current["slots"][sid]["private"] = json.loads(old_keys.read_text())["slots"][sid]["private"]
    keyfile_path(vault_path).write_text(json.dumps(current))
    with pytest.raises(Exception) as info:  # noqa: B017
        Vault.unlock(vault_path, BEA, BEA_PASSWORD)
    assert not isinstance(info.value, AssertionError)
    assert connect(vault_path, raw_key(vault_path, "ada", ADMIN_PASSWORD)).execute(
        "SELECT count(*) FROM staff_member").fetchone()[0] == 3


def test_a_switched_off_administrator_cannot_restore_herself_back(team, vault_path, tmp_path):
    db_file, _ = access.backup(team, tmp_path / "before")
    staff.deactivate(team, _id(team, BEA))
    team.close()
    with pytest.raises(NotAllowed):
        access.restore(db_file, vault_path, BEA, BEA_PASSWORD)
    with pytest.raises(UnknownUser):
        Vault.unlock(vault_path, BEA, BEA_PASSWORD)


def test_a_closed_vault_reads_nothing(team):
    team.close()
    with pytest.raises(VaultClosed), team.session() as s:
        staff.list_staff(s)


def test_wrong_tries_elsewhere_do_not_lock_her_out_here(team, vault_path, monkeypatch):
    team.close()
    monkeypatch.setattr(keyslots, "_this_computer", lambda: "office-pc-2")
    for _ in range(3):
        with pytest.raises(WrongPassword):
            Vault.unlock(vault_path, WREN, "not her password at all")
    with pytest.raises(TooManyAttempts):  # the keyboard being guessed at must wait
        Vault.unlock(vault_path, WREN, WREN_PASSWORD)
    monkeypatch.setattr(keyslots, "_this_computer", lambda: "office-pc-1")
    Vault.unlock(vault_path, WREN, WREN_PASSWORD).close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_command_line_writes_files_only_their_owner_can_read(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "demo.rdb"
    subprocess.run([sys.executable, "-m", "refugedesk", "demo", "--db", str(path)], check=True,
                   capture_output=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    for p in (path, keyfile_path(path)):
        assert stat.S_IMODE(p.stat().st_mode) & 0o077 == 0, p


def test_an_export_that_cannot_be_recorded_leaves_no_file(team, vault_path, tmp_path):
    from datetime import date

    from refugedesk.errors import VaultBusy
    from refugedesk.reports.occupancy import export_occupancy

    team.busy_timeout_ms = 100
    team.close()
    ada = Vault.unlock(vault_path, "ada", ADMIN_PASSWORD, busy_timeout_ms=100)
    holder = connect(vault_path, raw_key(vault_path, "ada", ADMIN_PASSWORD))
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(VaultBusy):
            export_occupancy(ada, start=date(2026, 1, 1), end=date(2026, 1, 31),
                             out=tmp_path / "names.xlsx", include_names=True)
    finally:
        holder.rollback()
        holder.close()
        ada.close()
    assert not (tmp_path / "names.xlsx").exists()
    assert not (tmp_path / "names.xlsx.part").exists()
