"""The vault on disk: encrypted, and each way of failing to open it gives its own plain error
and changes nothing."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
import sqlcipher3
from conftest import ADMIN_PASSWORD
from helpers.raw import connect, dump, files_state, listing, raw_key

from refugedesk import access, staff
from refugedesk.db.keyslots import keyfile_path
from refugedesk.db.models import Role
from refugedesk.db.vault import Vault, failure_delay
from refugedesk.errors import (
    AccountInactive,
    KeyFileDamaged,
    KeyFileMissing,
    NotAVault,
    TooManyAttempts,
    UnknownUser,
    VaultBusy,
    VaultExists,
    VaultNotFound,
    WrongPassword,
    WrongRecoveryCode,
)

ORGANISATION = "Lanternfield Women's Aid"
STAFF_NAME = "Priyanka Oduya-Halloran"
WORKER_PASSWORD = "teapot harbour violin 7"


@pytest.fixture
def closed_vault(tmp_path):
    """A vault with an administrator and a support worker, closed. Returns its path."""
    path = tmp_path / "refuge.rdb"
    vault, _code = access.set_up(path, organisation=ORGANISATION, username="ada",
                                 display_name="Ada Lovegood", password=ADMIN_PASSWORD)
    staff.add_staff(vault, username="priya", display_name=STAFF_NAME,
                    role=Role.SUPPORT_WORKER, password=WORKER_PASSWORD)
    vault.close()
    return path


def _unchanged(path, attempt):
    """Run `attempt` (which must raise) and show the files on disk did not change."""
    before = files_state(path)
    names = listing(path.parent)
    with pytest.raises(Exception) as info:
        attempt()
    assert files_state(path) == before
    assert listing(path.parent) == names
    return info.value


# --- encrypted at rest ------------------------------------------------------------------------


def test_nothing_written_is_readable_on_disk(tmp_path):
    path = tmp_path / "refuge.rdb"
    vault, _code = access.set_up(path, organisation=ORGANISATION, username="ada",
                                 display_name="Ada Lovegood", password=ADMIN_PASSWORD)
    staff.add_staff(vault, username="priya", display_name=STAFF_NAME,
                    role=Role.SUPPORT_WORKER, password=WORKER_PASSWORD)
    secrets_written = [ORGANISATION, STAFF_NAME, "Ada Lovegood", "priya", "Lanternfield"]
    wal = path.with_name(path.name + "-wal")
    assert wal.exists(), "the vault runs in WAL mode while open"
    for file in (path, wal, keyfile_path(path)):
        data = file.read_bytes()
        for text in secrets_written:
            assert text.encode() not in data, f"{text!r} readable in {file.name}"
            assert text.encode("utf-16-le") not in data
    vault.close()
    data = path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    for text in secrets_written:
        assert text.encode() not in data
    assert ADMIN_PASSWORD.encode() not in keyfile_path(path).read_bytes()


def test_sqlcipher_opens_it_with_the_raw_key_and_nothing_else(closed_vault):
    key = raw_key(closed_vault, "priya", WORKER_PASSWORD)
    assert len(key) == 32
    assert key.hex() not in keyfile_path(closed_vault).read_text()

    conn = connect(closed_vault, key)
    names = {r[0] for r in conn.execute("SELECT display_name FROM staff_member")}
    conn.close()
    assert names == {"Ada Lovegood", STAFF_NAME}

    for wrong in (None, bytes(32), bytes([key[0] ^ 1]) + key[1:]):
        conn = connect(closed_vault, wrong)
        with pytest.raises(sqlcipher3.DatabaseError):
            conn.execute("SELECT count(*) FROM staff_member").fetchall()
        conn.close()
    # and the standard library's SQLite cannot read it either
    plain = sqlite3.connect(closed_vault)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()


# --- each typed error, nothing changed ------------------------------------------------------


def test_wrong_password(closed_vault):
    err = _unchanged(closed_vault, lambda: Vault.unlock(closed_vault, "priya", "not it at all"))
    assert isinstance(err, WrongPassword)
    assert "not it at all" not in str(err)


def test_unknown_user(closed_vault):
    err = _unchanged(closed_vault, lambda: Vault.unlock(closed_vault, "nobody", WORKER_PASSWORD))
    assert isinstance(err, UnknownUser)


def test_missing_vault_is_not_created(tmp_path):
    missing = tmp_path / "nowhere" / "refuge.rdb"
    with pytest.raises(VaultNotFound):
        Vault.unlock(missing, "ada", ADMIN_PASSWORD)
    with pytest.raises(VaultNotFound):
        Vault.unlock_with_recovery(missing, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    assert not missing.parent.exists()
    other = tmp_path / "refuge.rdb"
    with pytest.raises(VaultNotFound):
        access.sign_in(other, "ada", ADMIN_PASSWORD)
    assert listing(tmp_path) == set()


def test_a_folder_is_not_a_vault_file(closed_vault):
    """`--db` pointed at the folder rather than the file: say no vault is there, not that
    the folder's (nonexistent) key file is missing."""
    for wrong in (closed_vault.parent, closed_vault.parent.parent):
        err = _unchanged(closed_vault, lambda w=wrong: Vault.unlock(w, "ada", ADMIN_PASSWORD))
        assert isinstance(err, VaultNotFound)


def test_missing_key_file(closed_vault):
    keyfile_path(closed_vault).unlink()
    err = _unchanged(closed_vault, lambda: Vault.unlock(closed_vault, "ada", ADMIN_PASSWORD))
    assert isinstance(err, KeyFileMissing)


@pytest.mark.parametrize("garbage", [b"{not json", b"", b"\xff\xfe\x00", b"null", b"[1, 2]",
                                     b'"text"', b'{"format": "something-else"}'])
def test_damaged_key_file(closed_vault, garbage):
    keyfile_path(closed_vault).write_bytes(garbage)
    err = _unchanged(closed_vault, lambda: Vault.unlock(closed_vault, "ada", ADMIN_PASSWORD))
    assert isinstance(err, KeyFileDamaged)


def test_damaged_slot_inside_a_valid_key_file(closed_vault):
    kpath = keyfile_path(closed_vault)
    data = json.loads(kpath.read_text())
    vault_id = data["vault_id"]
    from refugedesk.db.keyslots import slot_id_for

    sid = slot_id_for(vault_id, "ada")
    data["slots"][sid]["private"]["ct"] = "%%% not base64 %%%"
    kpath.write_text(json.dumps(data))
    err = _unchanged(closed_vault, lambda: Vault.unlock(closed_vault, "ada", ADMIN_PASSWORD))
    assert isinstance(err, KeyFileDamaged)


def test_slot_copied_under_another_username_does_not_open(closed_vault):
    """Priya copies her own slot over Ada's in the key file, hoping to sign in as the
    administrator with her own password. The slot is bound to its name: refused."""
    from refugedesk.db.keyslots import slot_id_for

    kpath = keyfile_path(closed_vault)
    data = json.loads(kpath.read_text())
    vid = data["vault_id"]
    data["slots"][slot_id_for(vid, "ada")] = data["slots"][slot_id_for(vid, "priya")]
    kpath.write_text(json.dumps(data))
    err = _unchanged(closed_vault, lambda: Vault.unlock(closed_vault, "ada", WORKER_PASSWORD))
    # AES-GCM cannot tell "wrong password" from "slot moved": both fail authentication.
    assert isinstance(err, (WrongPassword, KeyFileDamaged))
    # Her own account still works as before.
    Vault.unlock(closed_vault, "priya", WORKER_PASSWORD).close()


def _plain_sqlite(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE staff_member (id INTEGER PRIMARY KEY, username TEXT)")
    conn.execute("INSERT INTO staff_member (username) VALUES ('ada')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("damage", ["truncated", "half", "random", "plain_sqlite", "empty"])
def test_not_a_vault(closed_vault, damage):
    data = closed_vault.read_bytes()
    if damage == "truncated":
        closed_vault.write_bytes(data[:1000])
    elif damage == "half":
        closed_vault.write_bytes(data[: len(data) // 2])
    elif damage == "random":
        closed_vault.write_bytes(os.urandom(len(data)))
    elif damage == "plain_sqlite":
        closed_vault.unlink()
        _plain_sqlite(closed_vault)
    else:
        closed_vault.write_bytes(b"")
    err = _unchanged(closed_vault, lambda: Vault.unlock(closed_vault, "ada", ADMIN_PASSWORD))
    assert isinstance(err, NotAVault)


def test_key_file_from_another_vault(tmp_path, closed_vault):
    """Both vaults have an `ada` with the same password: her slot in the other key file opens,
    but its key is not this vault's key."""
    other = tmp_path / "other" / "refuge.rdb"
    vault, _ = access.set_up(other, organisation="Other Refuge", username="ada",
                             display_name="Ada Elsewhere", password=ADMIN_PASSWORD)
    vault.close()
    shutil.copyfile(keyfile_path(other), keyfile_path(closed_vault))
    err = _unchanged(closed_vault, lambda: Vault.unlock(closed_vault, "ada", ADMIN_PASSWORD))
    assert isinstance(err, NotAVault)


def test_account_switched_off_with_an_old_key_file_copy(closed_vault, tmp_path):
    """A copy of the key file from before her account was switched off still holds her slot;
    the vault itself says she is inactive, so she is refused."""
    old_copy = tmp_path / "kept.rdkeys"
    shutil.copyfile(keyfile_path(closed_vault), old_copy)
    with access.sign_in(closed_vault, "ada", ADMIN_PASSWORD) as vault:
        with vault.session() as s:
            priya = next(r for r in staff.list_staff(s) if r.username == "priya")
        staff.deactivate(vault, priya.id)
    shutil.copyfile(old_copy, keyfile_path(closed_vault))
    err = _unchanged(closed_vault, lambda: Vault.unlock(closed_vault, "priya", WORKER_PASSWORD))
    assert isinstance(err, AccountInactive)


def test_vault_busy_while_another_program_writes(closed_vault):
    key = raw_key(closed_vault, "ada", ADMIN_PASSWORD)
    with access.sign_in(closed_vault, "ada", ADMIN_PASSWORD) as vault:
        before = dump(closed_vault, key)
    holder = connect(closed_vault, key)
    holder.execute("BEGIN IMMEDIATE")
    try:
        vault = Vault.unlock(closed_vault, "ada", ADMIN_PASSWORD, busy_timeout_ms=150)
        try:
            with pytest.raises(VaultBusy), vault.transaction() as session:
                session.execute(sa.text("SELECT 1"))  # BEGIN IMMEDIATE itself waits, then gives up
            with pytest.raises(VaultBusy):
                staff.add_staff(vault, username="bea", display_name="Bea Busy",
                                role=Role.MANAGER, password="copper kettle river 9")
            with pytest.raises(VaultBusy):
                access.lock(vault)
        finally:
            vault.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert dump(closed_vault, key) == before
    # The slot prepared for the refused new account was not left behind.
    with pytest.raises(UnknownUser):
        Vault.unlock(closed_vault, "bea", "copper kettle river 9")


def test_too_many_attempts_then_allowed_again(closed_vault):
    for _ in range(3):
        with pytest.raises(WrongPassword):
            Vault.unlock(closed_vault, "priya", "wrong guess number")
    before = files_state(closed_vault)
    with pytest.raises(TooManyAttempts) as info:
        Vault.unlock(closed_vault, "priya", WORKER_PASSWORD)  # even the right one waits
    assert 0 < info.value.wait_seconds <= 2
    assert "wait" in str(info.value)
    assert files_state(closed_vault) == before
    # Someone else is not slowed down by Priya's failures.
    Vault.unlock(closed_vault, "ada", ADMIN_PASSWORD).close()


def test_failure_delay_grows_and_caps():
    now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

    def ago(*seconds):
        return [now - timedelta(seconds=s) for s in seconds]

    assert failure_delay([], now) == 0
    assert failure_delay(ago(1, 2), now) == 0
    assert failure_delay(ago(0, 0, 0), now) == 2
    assert failure_delay(ago(0, 0, 0, 0), now) == 4
    assert failure_delay(ago(*[0] * 5), now) == 8
    assert failure_delay(ago(*[0] * 30), now) == 60
    # the wait counts from the last failure
    assert failure_delay(ago(1, 5, 9), now) == 1
    assert failure_delay(ago(3, 5, 9), now) == 0
    # failures older than 15 minutes are forgotten
    assert failure_delay(ago(16 * 60, 17 * 60, 18 * 60, 0), now) == 0


def test_wrong_recovery_code(tmp_path):
    path = tmp_path / "refuge.rdb"
    vault, code = access.set_up(path, organisation=ORGANISATION, username="ada",
                                display_name="Ada", password=ADMIN_PASSWORD)
    vault.close()
    wrong = ("B" if code[0] != "B" else "C") + code[1:]
    err = _unchanged(path, lambda: Vault.unlock_with_recovery(path, wrong))
    assert isinstance(err, WrongRecoveryCode)
    # The right code opens it, typed in lower case without dashes.
    with Vault.unlock_with_recovery(path, code.lower().replace("-", " ")) as opened:
        assert opened.person.is_admin


def test_create_refuses_to_overwrite(closed_vault):
    before = files_state(closed_vault)
    with pytest.raises(VaultExists):
        access.set_up(closed_vault, organisation="Again", username="eve",
                      display_name="Eve", password="another long password 1")
    assert files_state(closed_vault) == before


def test_damage_anywhere_in_the_file_is_reported_never_a_crash(closed_vault):
    """Flip one byte in each page in turn. Each time, either signing in is refused as damaged
    (NotAVault) or it succeeds and `check` lists the damage. No other exception may escape:
    that would be a 'something went wrong' crash instead of 'restore from a backup'."""
    with access.sign_in(closed_vault, "ada", ADMIN_PASSWORD) as vault:
        for _ in range(150):  # enough audit events to fill several pages
            access.lock(vault)
    pristine = closed_vault.read_bytes()
    pages = len(pristine) // 4096
    assert pages >= 15
    outcomes = {"refused": 0, "reported": 0}
    for page in range(pages):
        damaged = bytearray(pristine)
        damaged[page * 4096 + 2048] ^= 0x5A
        closed_vault.write_bytes(bytes(damaged))
        for side in ("-wal", "-shm"):
            closed_vault.with_name(closed_vault.name + side).unlink(missing_ok=True)
        try:
            vault = access.sign_in(closed_vault, "ada", ADMIN_PASSWORD)
        except NotAVault:
            outcomes["refused"] += 1
            continue
        with vault:
            problems = access.check(vault)
        assert problems, f"page {page}: damage not reported"
        outcomes["reported"] += 1
    assert outcomes["refused"] + outcomes["reported"] == pages


def test_a_reading_session_refuses_a_change_even_after_the_key_changes(new_vault):
    """The same rule as a server's (db/reading.py): a change sent through a reading session is
    refused, never quietly rolled back, so the screens' tests (run on files) catch what a
    server would refuse; and it holds after the vault's key is changed."""
    from refugedesk.db.models import Organisation
    from refugedesk.db.reading import ReadingSessionWrote

    vault, _ = new_vault
    for _ in range(2):
        with vault.session() as s:
            name = s.scalar(sa.select(Organisation.name))
            with pytest.raises(ReadingSessionWrote):
                s.execute(sa.update(Organisation).values(name="Changed while reading"))
        with vault.session() as s:
            assert s.scalar(sa.select(Organisation.name)) == name
        access.rotate_key(vault)
