"""Crashes: a process killed with SIGKILL loses at most the transaction it was in, and the vault
opens afterwards. The killed processes are real (tests/helpers/*.py), so nothing is simulated
inside SQLite."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, reopen
from helpers.raw import connect, raw_key

from refugedesk import access, audit, staff
from refugedesk.db.keyslots import keyfile_path
from refugedesk.db.models import Role
from refugedesk.db.vault import Vault

HELPERS = Path(__file__).with_name("helpers")
ROUNDS = 5
BEA_PASSWORD = "copper kettle river 9"


def _start(script: str, *args: str, password: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, str(HELPERS / script), *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    proc.stdin.write(password + "\n")
    proc.stdin.close()
    return proc


def _event_ids(path: Path) -> set[int]:
    conn = connect(path, raw_key(path, "ada", ADMIN_PASSWORD))
    try:
        return {r[0] for r in conn.execute("SELECT id FROM audit_event")}
    finally:
        conn.close()


@pytest.mark.slow
def test_killed_writer_loses_only_its_open_transaction(new_vault, vault_path):
    vault, _ = new_vault
    vault.close()
    rng = random.Random(20261126)
    reported: list[int] = []
    for round_no in range(ROUNDS):
        proc = _start("writer.py", str(vault_path), "ada", password=ADMIN_PASSWORD)
        try:
            assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
            wanted = rng.randint(5, 60)
            deadline = time.monotonic() + 10
            seen = 0
            while seen < wanted and time.monotonic() < deadline:
                line = proc.stdout.readline()
                if not line:
                    break
                reported.append(int(line))
                seen += 1
            assert seen == wanted, f"round {round_no}: writer stopped early: {proc.stderr.read()}"
            proc.send_signal(signal.SIGKILL)  # somewhere inside the next transaction
        finally:
            proc.kill()
            proc.wait(timeout=10)
            # anything it printed before dying was committed too
            reported.extend(int(x) for x in proc.stdout.read().split())
            proc.stdout.close()
            proc.stderr.close()
        assert proc.returncode == -signal.SIGKILL

        with reopen(vault_path, "ada", ADMIN_PASSWORD) as after:
            assert after.integrity_problems() == []
            assert access.check(after) == []
        present = _event_ids(vault_path)
        missing = set(reported) - present
        assert not missing, f"round {round_no}: committed events lost: {sorted(missing)[:10]}"
    assert len(reported) >= ROUNDS * 5
    # no transaction was half kept: every one has all three of its events or none
    conn = connect(vault_path, raw_key(vault_path, "ada", ADMIN_PASSWORD))
    try:
        details = [r[0] for r in conn.execute(
            "SELECT detail FROM audit_event WHERE kind = 'crash_test'")]
    finally:
        conn.close()
    parts = list(Counter(tuple(d.split(":")[:2]) for d in details).items())  # (pid, n)
    assert parts and {count for _txn, count in parts} == {3}, parts[:5]


@pytest.mark.slow
@pytest.mark.parametrize("moment", ["before_rekey", "after_rekey"])
def test_rotation_killed_midway_leaves_a_vault_that_opens(new_vault, vault_path, moment):
    """A power cut during key rotation must not lock everyone out. Killed after the database
    was rekeyed but before the new key file replaced the old one, the new key file is left as
    `.rdkeys.next`; the next sign-in must finish the job."""
    vault, code = new_vault
    staff.add_staff(vault, username="bea", display_name="Bea", role=Role.MANAGER,
                    password=BEA_PASSWORD)
    with vault.session() as s:
        staff_before = [(r.username, r.role, r.active) for r in staff.list_staff(s)]
    vault.close()
    old_key = raw_key(vault_path, "ada", ADMIN_PASSWORD)

    proc = _start("rekey_crash.py", str(vault_path), "ada", moment, password=ADMIN_PASSWORD)
    proc.wait(timeout=30)
    out, err = proc.stdout.read(), proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, f"{out}\n{err}"

    for username, password in (("ada", ADMIN_PASSWORD), ("bea", BEA_PASSWORD)):
        with reopen(vault_path, username, password) as v:
            with v.session() as s:
                assert [(r.username, r.role, r.active) for r in staff.list_staff(s)] == (
                    staff_before)
            assert v.integrity_problems() == []
            with v.session() as s:
                assert audit.verify(s).ok
    Vault.unlock_with_recovery(vault_path, code).close()
    if moment == "after_rekey":
        assert raw_key(vault_path, "ada", ADMIN_PASSWORD) != old_key, "the rotation stands"
    # and the next rotation works as usual
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as v:
        access.rotate_key(v)
    reopen(vault_path, "bea", BEA_PASSWORD).close()
    assert not keyfile_path(vault_path).with_name("refuge.rdkeys.next").exists()
