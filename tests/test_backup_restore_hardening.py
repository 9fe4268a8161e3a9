"""Backups and restores that cannot skip their checks (security review, findings 3 and 4).

Finding 3: a restore over a vault that cannot be opened (key file renamed, a header byte
flipped, the vault deleted) went ahead with no check of who was restoring, and while another
copy of RefugeDesk had the vault open. Now it needs the recovery code, and "open elsewhere" is
told from locks that need neither the key file nor the key.

Finding 4: a backup of a damaged vault said "Backup written". Now every backup is read back
and checked before it is called written, and a failure leaves nothing behind.

Every vault here is a real encrypted vault in tmp_path; the "other window" is a real process.
"""

from __future__ import annotations

import errno
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, reopen
from helpers.raw import connect, dump, files_state, listing, raw_key
from sqlalchemy import select

from refugedesk import access, staff
from refugedesk.cli import main
from refugedesk.db import keyslots
from refugedesk.db.keyslots import RECOVERY_SLOT, KeyFile, keyfile_path
from refugedesk.db.models import AuditEvent, Role
from refugedesk.db.vault import Vault, open_lock_path
from refugedesk.errors import (
    BackupFailed,
    NotAllowed,
    RecoveryCodeNeeded,
    TrustBroken,
    VaultBusy,
    VaultDamaged,
    WrongRecoveryCode,
)

HELPERS = Path(__file__).with_name("helpers")
DORA = "dora"
DORA_PASSWORD = "velvet harbour lamp 77"
PAGE = 4096


# --- fixtures and helpers -------------------------------------------------------------------


@pytest.fixture
def office(new_vault, vault_path, tmp_path):
    """Ada and Dora, both administrators, and a backup taken then. Returns (backup file,
    recovery code, Dora's staff id). The vault is closed."""
    ada, code = new_vault
    dora_id = staff.add_staff(ada, username=DORA, display_name="Dora Admin",
                              role=Role.ADMINISTRATOR, password=DORA_PASSWORD)
    backup_file, _ = access.backup(ada, tmp_path / "stick" / "monday")
    ada.close()
    return backup_file, code, dora_id


def _take_away_dora(vault_path: Path, dora_id: int, how: str) -> None:
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        if how == "demoted":
            staff.set_role(ada, dora_id, Role.SUPPORT_WORKER)
        else:
            staff.deactivate(ada, dora_id)


def _attack(vault_path: Path, attack: str) -> None:
    """What Dora does to the vault before restoring her old backup."""
    assert not vault_path.with_name(vault_path.name + "-wal").exists()
    if attack == "rename_key_file":
        keyfile_path(vault_path).rename(vault_path.with_name("notes.txt"))
    elif attack == "flip_header_byte":
        _flip(vault_path, 20)
    elif attack == "delete_vault":
        vault_path.unlink()
    else:  # a foreign file where the vault was
        vault_path.write_bytes(b"SQLite format 3\x00" + bytes(PAGE - 16))


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def _everything(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def _kinds_and_actors(path: Path, key: bytes) -> list[tuple[str, str, str]]:
    conn = connect(path, key)
    try:
        return conn.execute("SELECT kind, actor, detail FROM audit_event ORDER BY id").fetchall()
    finally:
        conn.close()


def _role_of(path: Path, key: bytes, username: str) -> tuple[str, int]:
    conn = connect(path, key)
    try:
        return conn.execute("SELECT role, active FROM staff_member WHERE username = ?",
                            (username,)).fetchone()
    finally:
        conn.close()


def run_cli(capsys, monkeypatch, argv: list[str], stdin: str = ""):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


# --- finding 3: restore over a vault that cannot be opened ----------------------------------


@pytest.mark.parametrize("how", ["demoted", "switched_off"])
@pytest.mark.parametrize("attack", ["rename_key_file", "flip_header_byte", "delete_vault",
                                    "foreign_file"])
def test_a_demoted_or_switched_off_admin_cannot_restore_over_a_vault_she_broke(
        office, vault_path, tmp_path, how, attack):
    backup_file, code, dora_id = office
    _take_away_dora(vault_path, dora_id, how)
    key = raw_key(vault_path, "ada", ADMIN_PASSWORD)
    _attack(vault_path, attack)
    before = files_state(vault_path)
    names = _everything(tmp_path)

    with pytest.raises(NotAllowed) as refused:
        access.restore(backup_file, vault_path, DORA, DORA_PASSWORD)
    assert files_state(vault_path) == before, "nothing replaced"
    assert _everything(tmp_path) == names, "no staged copy, lock or set-aside file left"
    if isinstance(refused.value, RecoveryCodeNeeded):
        assert "recovery code" in str(refused.value)
        assert "cannot be opened" in str(refused.value)
    else:  # her account is gone from the key file: she simply cannot sign in to it
        assert (how, attack) == ("switched_off", "flip_header_byte")

    # The organisation's recovery code does it, and says so in the restored vault's trail.
    access.restore_with_recovery(backup_file, vault_path, code)
    assert not any(".restoring" in n or n.endswith((".lock", ".open"))
                   for n in _everything(tmp_path))
    assert _role_of(vault_path, key, DORA) == ("administrator", 1)  # the backup, as chosen
    kind, actor, detail = _kinds_and_actors(vault_path, key)[-1]
    assert (kind, actor) == ("restore", "recovery")
    assert detail == "from=monday.rdb; with the recovery code"
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as ada:
        assert access.check(ada) == []


@pytest.mark.parametrize("attack", ["rename_key_file", "flip_header_byte", "delete_vault"])
def test_a_wrong_recovery_code_restores_nothing(office, vault_path, tmp_path, attack):
    backup_file, code, dora_id = office
    _take_away_dora(vault_path, dora_id, "switched_off")
    _attack(vault_path, attack)
    before = files_state(vault_path)
    names = _everything(tmp_path)
    wrong = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ"
    assert wrong != code
    with pytest.raises(WrongRecoveryCode):
        access.restore_with_recovery(backup_file, vault_path, wrong)
    assert files_state(vault_path) == before
    assert _everything(tmp_path) == names


def test_the_code_must_also_open_the_vault_here_when_its_key_file_can_be_read(
        office, vault_path, tmp_path):
    """Dora still holds the backup's database key (her slot in the backup's key file). She can
    give that key file a recovery slot of her own, and record its public key inside the backup
    too. With the vault's own key file still readable, her code is checked against it."""
    backup_file, code, dora_id = office
    _take_away_dora(vault_path, dora_id, "demoted")
    backup_keys = KeyFile.load(keyfile_path(backup_file))
    old_key = backup_keys.unlock_user(DORA, DORA_PASSWORD)
    her_code = keyslots.new_recovery_code()
    forged_public = backup_keys.add_slot(RECOVERY_SLOT, keyslots.normalise_recovery_code(her_code),
                                         old_key)
    backup_keys.save()

    # The key file alone: her slot's identity is not the vault's trust anchor (and the backup
    # itself records another recovery key).
    with pytest.raises(TrustBroken) as refused:
        access.restore_with_recovery(backup_file, vault_path, her_code)
    assert "recovery slot" in str(refused.value)

    conn = connect(backup_file, old_key)
    conn.execute("UPDATE organisation SET recovery_public_key = ?", (forged_public,))
    conn.close()
    _flip(vault_path, 20)
    before = files_state(vault_path)
    names = _everything(tmp_path)
    # Refused at the backup already: her code's identity is not the vault's trust anchor
    # (what this computer saw, and what the backup's own signed roster names).
    with pytest.raises(TrustBroken):
        access.restore_with_recovery(backup_file, vault_path, her_code)
    assert files_state(vault_path) == before
    assert _everything(tmp_path) == names


def test_restore_with_the_code_when_every_administrator_is_switched_off(
        office, vault_path, tmp_path):
    backup_file, code, _ = office
    key = raw_key(vault_path, "ada", ADMIN_PASSWORD)
    conn = connect(vault_path, key)  # how it got that way does not matter here
    conn.execute("UPDATE staff_member SET active = 0 WHERE role = 'administrator'")
    conn.close()
    with pytest.raises(NotAllowed):
        access.restore(backup_file, vault_path, "ada", ADMIN_PASSWORD)
    access.restore_with_recovery(backup_file, vault_path, code)
    assert _role_of(vault_path, key, "ada") == ("administrator", 1)
    assert _kinds_and_actors(vault_path, key)[-1][:2] == ("restore", "recovery")


def test_restore_with_the_code_over_a_sound_vault_needs_the_code_to_open_it(
        office, vault_path, tmp_path):
    backup_file, code, _ = office
    other = tmp_path / "elsewhere" / "v.rdb"
    v, other_code = access.set_up(other, organisation="Elsewhere", username="ada",
                                  display_name="Ada", password=ADMIN_PASSWORD)
    v.close()
    before = files_state(other)
    with pytest.raises(WrongRecoveryCode):  # our code, another organisation's vault
        access.restore_with_recovery(backup_file, other, code)
    assert files_state(other) == before
    with pytest.raises(WrongRecoveryCode):  # its code does not open our backup
        access.restore_with_recovery(backup_file, other, other_code)
    assert files_state(other) == before
    access.restore_with_recovery(backup_file, vault_path, code)
    assert len([n for n in listing(tmp_path) if ".before-restore-" in n]) == 2


def test_restore_into_an_empty_place_needs_the_recovery_code(office, tmp_path):
    backup_file, code, _ = office
    target = tmp_path / "new-pc" / "refuge.rdb"
    with pytest.raises(RecoveryCodeNeeded):
        access.restore(backup_file, target, "ada", ADMIN_PASSWORD)
    assert not target.parent.exists()
    access.restore_with_recovery(backup_file, target, code)
    assert listing(target.parent) == {"refuge.rdb", "refuge.rdkeys"}
    reopen(target, DORA, DORA_PASSWORD).close()


# --- finding 3: open elsewhere, told without the key ----------------------------------------


class Holder:
    """A second process with the vault open (tests/helpers/holder.py)."""

    def __init__(self, *args: str, stdin_first: str | None = None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(HELPERS / "holder.py"), *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if stdin_first is not None:
            self.send(stdin_first)
        line = self.proc.stdout.readline().strip()
        assert line == "ready", self.proc.stderr.read()

    def send(self, line: str) -> None:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def save(self, n: int) -> list[int]:
        self.send(f"save {n}")
        return [int(self.proc.stdout.readline()) for _ in range(n)]

    def quit(self) -> None:
        if self.proc.poll() is None:
            self.send("quit")
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.mark.parametrize("attack", ["none", "rename_key_file", "flip_header_byte"])
def test_restore_refused_while_another_process_has_the_vault_open(
        office, vault_path, tmp_path, attack):
    backup_file, code, _ = office
    key = raw_key(vault_path, "ada", ADMIN_PASSWORD)
    holder = Holder(str(vault_path), "ada", stdin_first=ADMIN_PASSWORD)
    try:
        assert holder.save(1)
        hidden = vault_path.with_name("notes.txt")
        if attack == "rename_key_file":
            keyfile_path(vault_path).rename(hidden)
        elif attack == "flip_header_byte":
            _flip(vault_path, 20)
        before = files_state(vault_path)
        names = _everything(tmp_path)
        for restore in (lambda: access.restore(backup_file, vault_path, "ada", ADMIN_PASSWORD),
                        lambda: access.restore_with_recovery(backup_file, vault_path, code)):
            with pytest.raises(VaultBusy) as refused:
                restore()
            assert "open in RefugeDesk" in str(refused.value)
            assert files_state(vault_path) == before
            assert _everything(tmp_path) == names
        if attack == "rename_key_file":
            hidden.rename(keyfile_path(vault_path))
        elif attack == "flip_header_byte":
            _flip(vault_path, 20)
        saved = holder.save(3)  # her window carries on: nothing she saves now is lost
    finally:
        holder.quit()
    ids = {r[0] for r in connect(vault_path, key).execute("SELECT id FROM audit_event")}
    assert set(saved) <= ids
    # Closed everywhere: now it goes ahead.
    access.restore(backup_file, vault_path, "ada", ADMIN_PASSWORD)


def test_restore_refused_while_a_program_without_the_lock_has_it_open(
        office, vault_path, tmp_path):
    """An older RefugeDesk, or another SQLCipher program: it takes no RefugeDesk lock, but
    SQLite's own locks on the -shm and vault files show it, without any key."""
    backup_file, code, _ = office
    key = raw_key(vault_path, "ada", ADMIN_PASSWORD)
    holder = Holder(str(vault_path), "--raw", key.hex())
    try:
        keyfile_path(vault_path).rename(vault_path.with_name("notes.txt"))
        before = files_state(vault_path)
        names = _everything(tmp_path)
        with pytest.raises(VaultBusy):
            access.restore_with_recovery(backup_file, vault_path, code)
        assert files_state(vault_path) == before
        assert _everything(tmp_path) == names
    finally:
        holder.quit()
    access.restore_with_recovery(backup_file, vault_path, code)


def test_nobody_can_open_the_vault_while_a_restore_holds_it(office, vault_path):
    """The other side of the lock: while a restore (here or on another computer) holds the
    exclusive lock, signing in waits, then says so, rather than opening files being
    replaced."""
    import fcntl
    import os

    if os.name != "posix":
        pytest.skip("flock is the POSIX lock")
    lock = open_lock_path(vault_path)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        with pytest.raises(VaultBusy) as refused:
            Vault.unlock(vault_path, "ada", ADMIN_PASSWORD, busy_timeout_ms=200)
        assert "being restored" in str(refused.value)
    finally:
        os.close(fd)
    with Vault.unlock(vault_path, "ada", ADMIN_PASSWORD):
        assert lock.exists()
        reopen(vault_path, DORA, DORA_PASSWORD).close()
        assert lock.exists(), "still held by the other window"
    assert not lock.exists(), "the last one out removes it"


# --- the command line ----------------------------------------------------------------------


def test_cli_restore_with_the_recovery_code(capsys, monkeypatch, office, vault_path, tmp_path):
    backup_file, code, dora_id = office
    _take_away_dora(vault_path, dora_id, "switched_off")
    key = raw_key(vault_path, "ada", ADMIN_PASSWORD)
    _attack(vault_path, "rename_key_file")
    names = _everything(tmp_path)

    status, out, err = run_cli(capsys, monkeypatch,
                               ["restore", "--db", str(vault_path), "--from", str(backup_file),
                                "--user", DORA, "--yes", "--password-stdin"],
                               stdin=DORA_PASSWORD + "\n")
    assert status == 1
    assert err.startswith("refugedesk: The vault here cannot be opened")
    assert "refugedesk restore --recovery-code" in err
    assert _everything(tmp_path) == names

    status, out, err = run_cli(capsys, monkeypatch,
                               ["restore", "--db", str(vault_path), "--from", str(backup_file),
                                "--recovery-code", "--yes", "--password-stdin"],
                               stdin="WRON-GCOD-EWRO-NGCO-DEWR-ONGC\n")
    assert status == 1 and "recovery code is not right" in err
    assert _everything(tmp_path) == names

    status, out, err = run_cli(capsys, monkeypatch,
                               ["restore", "--db", str(vault_path), "--from", str(backup_file),
                                "--recovery-code", "--yes", "--password-stdin"],
                               stdin=code.lower() + "\n")
    assert (status, err) == (0, "")
    assert "with the recovery code" in out
    assert code not in out
    assert _kinds_and_actors(vault_path, key)[-1][:2] == ("restore", "recovery")


@pytest.mark.parametrize("argv", [
    ["--recovery-code", "--user", "ada"],  # the code acts for nobody
    [],  # neither
])
def test_cli_restore_says_who_restores(capsys, monkeypatch, office, vault_path, argv):
    backup_file, _, _ = office
    status, _, err = run_cli(capsys, monkeypatch,
                             ["restore", "--db", str(vault_path), "--from", str(backup_file),
                              "--yes", "--password-stdin", *argv], stdin="x\n")
    assert status == 2 and "usage:" in err


# --- finding 4: a backup is checked before it is called written ------------------------------


@pytest.fixture(scope="module")
def damaged_demo(tmp_path_factory):
    """A demo vault with one flipped byte in a page of the resident table, from the middle of
    the file. Returns (pristine folder, file name, the damaged page's number)."""
    from refugedesk.demo import create_demo_vault

    folder = tmp_path_factory.mktemp("damaged")
    path = folder / "demo.rdb"
    create_demo_vault(path).close()
    assert not path.with_name("demo.rdb-wal").exists()
    key = raw_key(path, "admin", "demo")
    pristine = path.read_bytes()
    pages = len(pristine) // PAGE
    scratch = folder / "scratch.rdb"
    order = list(range(pages // 3, pages)) + list(range(pages // 3 - 1, 1, -1))
    for index in order:  # the first page whose damage stops a read of the residents
        damaged = bytearray(pristine)
        damaged[index * PAGE + 1000] ^= 0x5A
        scratch.write_bytes(bytes(damaged))
        conn = connect(scratch, key)
        try:
            conn.execute("SELECT * FROM resident").fetchall()
        except Exception:
            break
        finally:
            conn.close()
    else:
        pytest.fail("no page of the resident table found")
    scratch.unlink()
    for side in folder.glob("scratch.rdb*"):
        side.unlink()
    path.write_bytes(bytes(damaged))
    return folder, path.name, index + 1


@pytest.fixture
def damaged(damaged_demo, tmp_path) -> Path:
    folder, name, _ = damaged_demo
    here = tmp_path / "office"
    here.mkdir()
    for f in (name, Path(name).with_suffix(".rdkeys").name):
        shutil.copyfile(folder / f, here / f)
    return here / name


def test_backup_of_a_damaged_vault_is_refused_and_leaves_nothing(damaged, damaged_demo, tmp_path):
    page = damaged_demo[2]
    key = raw_key(damaged, "admin", "demo")
    events_before = len(_kinds_and_actors(damaged, key))
    with access.sign_in(damaged, "admin", "demo") as vault:
        assert any(f"page {page}" in p for p in access.check(vault)), "check names the page"
        names = _everything(tmp_path)
        with pytest.raises(VaultDamaged) as refused:
            access.backup(vault, tmp_path / "stick" / "friday")
        assert "refugedesk check" in str(refused.value)
        assert "no backup was written" in str(refused.value)
        assert _everything(tmp_path) == names
    kinds = [k for k, _, _ in _kinds_and_actors(damaged, key)[events_before:]]
    assert "backup" not in kinds, "the audit trail does not claim a backup that failed"


def test_cli_backup_of_a_damaged_vault_exits_1(capsys, monkeypatch, damaged, tmp_path):
    names = _everything(tmp_path)
    status, out, err = run_cli(capsys, monkeypatch,
                               ["backup", "--db", str(damaged), "--user", "manager", "--out",
                                str(tmp_path / "friday"), "--password-stdin"], stdin="demo\n")
    assert status == 1
    assert "Backup written" not in out
    assert err.startswith("refugedesk: The vault did not pass its checks, so no backup was "
                          "written")
    assert "Run 'refugedesk check'" in err
    new = _everything(tmp_path) - names
    assert not new, new


def test_a_copy_damaged_on_its_way_to_disk_is_not_kept(new_vault, vault_path, tmp_path,
                                                       monkeypatch):
    """The copy itself is read back and checked, not just the vault it came from."""
    vault, _ = new_vault
    real = Vault._write_copy

    def write_then_damage(self, tmp, **progress):
        real(self, tmp, **progress)
        _flip(tmp, PAGE + 200)

    monkeypatch.setattr(Vault, "_write_copy", write_then_damage)
    names = _everything(tmp_path)
    with pytest.raises(VaultDamaged):
        access.backup(vault, tmp_path / "b.rdb")
    assert _everything(tmp_path) == names
    with vault.session() as s:
        assert "backup" not in list(s.scalars(select(AuditEvent.kind)))


def test_a_vault_whose_audit_trail_was_altered_is_not_backed_up(new_vault, vault_path,
                                                                 tmp_path):
    vault, _ = new_vault
    conn = connect(vault_path, raw_key(vault_path, "ada", ADMIN_PASSWORD))
    conn.execute("UPDATE audit_event SET detail = 'nothing to see' WHERE id = 1")
    conn.close()
    names = _everything(tmp_path)
    with pytest.raises(VaultDamaged):
        access.backup(vault, tmp_path / "b.rdb")
    assert _everything(tmp_path) == names


def test_a_key_file_that_does_not_read_back_is_not_kept(new_vault, vault_path, tmp_path,
                                                        monkeypatch):
    vault, _ = new_vault
    real_save = KeyFile.save

    def save_then_truncate(self, path=None):
        real_save(self, path)
        target = Path(path or self.path)
        if target.parent == tmp_path / "stick":
            target.write_text(target.read_text()[:100])

    monkeypatch.setattr(KeyFile, "save", save_then_truncate)
    names = _everything(tmp_path)
    with pytest.raises(BackupFailed):
        access.backup(vault, tmp_path / "stick" / "b.rdb")
    assert _everything(tmp_path) == names, "not even the folder it made"


@pytest.mark.parametrize("where", ["copy", "key_file"])
def test_a_full_disk_during_the_backup_leaves_nothing(new_vault, vault_path, tmp_path,
                                                      monkeypatch, capsys, where):
    vault, _ = new_vault
    if where == "copy":
        real = Vault._write_copy

        def write_copy(self, tmp, **progress):  # the disk fills up part way through the copy
            real(self, tmp, **progress)
            raise OSError(errno.ENOSPC, "No space left on device", str(tmp))

        monkeypatch.setattr(Vault, "_write_copy", write_copy)
    else:
        def save(self, path=None):  # half a key file, then the disk is full
            Path(path).write_text('{"format": "refugedesk-keys", "slo')
            raise OSError(errno.ENOSPC, "No space left on device", str(path))

        monkeypatch.setattr(KeyFile, "save", save)
    names = _everything(tmp_path)
    with pytest.raises(BackupFailed) as refused:
        access.backup(vault, tmp_path / "b.rdb")
    assert "The drive is full" in str(refused.value)  # in plain words, not errno text
    assert "Nothing was left behind" in str(refused.value)
    assert _everything(tmp_path) == names
    with vault.session() as s:
        assert "backup" not in list(s.scalars(select(AuditEvent.kind)))
    vault.close()

    names = _everything(tmp_path)  # closed: no WAL, no open-lock
    status, out, err = run_cli(capsys, monkeypatch,
                               ["backup", "--db", str(vault_path), "--user", "ada", "--out",
                                str(tmp_path / "c.rdb"), "--password-stdin"],
                               stdin=ADMIN_PASSWORD + "\n")
    assert status == 1 and "Backup written" not in out
    assert err.startswith("refugedesk: The backup could not be written. The drive is full")
    assert _everything(tmp_path) == names


def test_a_sound_backup_is_checked_and_opens_with_its_own_key_file(new_vault, vault_path,
                                                                   tmp_path):
    vault, code = new_vault
    staff.add_staff(vault, username=DORA, display_name="Dora Admin", role=Role.MANAGER,
                    password=DORA_PASSWORD)
    db_file, key_file = access.backup(vault, tmp_path / "stick" / "b")
    assert listing(tmp_path / "stick") == {"b.rdb", "b.rdkeys"}
    keys = KeyFile.load(key_file)
    assert keys.has_user("ada") and keys.has_user(DORA) and RECOVERY_SLOT in keys.slot_ids()
    key = keys.unlock_recovery(code)
    assert key == raw_key(vault_path, "ada", ADMIN_PASSWORD)
    assert dump(db_file, key)["organisation"] == dump(vault_path, key)["organisation"]
    with Vault.unlock(db_file, DORA, DORA_PASSWORD) as copy:
        assert copy.person.role is Role.MANAGER
        assert copy.integrity_problems() == []
    assert listing(tmp_path / "stick") == {"b.rdb", "b.rdkeys"}, "no lock file left"
