"""A vault full of content, written by the app at schema revision 0006 with its signed staff
roster (tests/data/vault-0006.*, made by tests/helpers/contentvault_0006.py with the code of
commit 91c9ac8), opens in today's app: the migrations keep every row of every table as it was
(compared on the columns there were at 0006, so a later migration may add some), the file, its
audit chain and its signed roster stay sound, every account signs in as the roster says and the
leaver does not, the roster still takes versions signed by today's code and still catches a
change made behind its back, and every record reads back through today's domain functions.

The content is the same as vault-0005's (same generator, accounts and TODAY): the checks both
share are in tests/helpers/contentchecks.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import contentchecks as checks
from helpers import contentvault_0006 as cv6
from helpers.raw import connect, dump_by_column, raw_key, rows_in

from refugedesk import access, staff
from refugedesk.db import trust
from refugedesk.db.models import Role
from refugedesk.db.vault import Vault
from refugedesk.errors import RefugeDeskError, TrustBroken

DATA = Path(__file__).with_name("data")
KEPT = DATA / "vault-0006.rdb"
ADMIN_PW = cv6.ACCOUNTS["admin"][2]


def test_the_kept_vault_is_revision_0006_and_full(tmp_path):
    revision, before = checks.kept_and_full(KEPT, tmp_path)
    assert revision == cv6.REVISION == "0006"
    assert checks.count(before, "staff_roster") == len(cv6.ROSTER)


@pytest.fixture
def migrated(tmp_path):
    """(path, raw dump before, raw dump after): the copy opened once by today's code."""
    return checks.open_migrated(KEPT, tmp_path)


def test_migrating_keeps_every_row_of_every_table(migrated):
    path, before, after = migrated
    checks.assert_every_row_kept(path, before, after)  # the roster's versions among them
    assert checks.count(after, "staff_roster") == len(cv6.ROSTER)  # none added by migrating


def _staff(dumped) -> dict[int, tuple[str, str, bool]]:  # type: ignore[no-untyped-def]
    """id -> (username, role, active) of the staff table, from a raw dump."""
    return {i: (u, r, bool(a)) for i, u, r, a in
            rows_in(dumped["staff_member"], ("id", "username", "role", "active"))}


def test_check_is_clean_and_the_signed_roster_holds(migrated):
    path, before, _after = migrated
    old_events = rows_in(before["audit_event"], ("id", "hash"))
    with access.sign_in(path, "admin", ADMIN_PW) as vault:
        report = access.check_report(vault)
        assert report.problems == []
        # the chain walked every event: those the old version wrote, and the sign-in now
        stored = dump_by_column(path, raw_key(path, "admin", ADMIN_PW))["audit_event"]
        assert report.events == len(stored[1]) > len(old_events)
        with vault.session() as s:
            roster = trust.verify(s, vault.keyfile.vault_id)
        assert roster is not None and vault.roster is not None
        assert roster.seq == vault.roster.seq == len(cv6.ROSTER)
        admin = vault.person.id
    # signed by the anchor and the administrator, in the order the old version signed them
    assert rows_in(before["staff_roster"], ("seq", "signer")) == [
        (seq, trust.RECOVERY_SIGNER if who == "anchor" else f"staff:{admin}")
        for seq, (who, _what) in enumerate(cv6.ROSTER, start=1)]
    # the newest version says what the staff table says: every account as made, the leaver off
    members = roster.members
    assert {i: (m.username, m.role, m.active) for i, m in members.items()} == _staff(before)
    assert {m.username: (m.role, m.active, m.identity is not None) for m in members.values()} \
        == {username: (role, True, True) for username, (_n, role, _p) in cv6.ACCOUNTS.items()} \
        | {cv6.LEAVER[0]: (Role.SUPPORT_WORKER.value, False, False)}

    for username, (_name, role, password) in cv6.ACCOUNTS.items():
        with access.sign_in(path, username, password) as vault:
            assert vault.person.role.value == role
            assert vault.roster is not None and vault.roster.seq == len(cv6.ROSTER)
            assert access.check(vault) == []
            assert access.organisation(vault).name == cv6.ORGANISATION
    with pytest.raises(RefugeDeskError):  # switched off at 0006: her slot went with her
        access.sign_in(path, cv6.LEAVER[0], cv6.LEAVER[2])
    Vault.unlock_with_recovery(path, cv6.RECOVERY_CODE.lower()).close()
    # what the old version wrote in the audit trail is still there, unchanged, at its start
    now = dump_by_column(path, raw_key(path, "admin", ADMIN_PW))
    assert rows_in(now["audit_event"], ("id", "hash"))[:len(old_events)] == old_events


def test_the_roster_takes_new_versions_from_todays_code(migrated):
    """The administrator's identity the old version signed still signs: a role change now
    extends the chain, and everyone still signs in as it says."""
    path, before, _after = migrated
    worker = next(i for i, (u, _r, _a) in _staff(before).items() if u == "worker")
    with access.sign_in(path, "admin", ADMIN_PW) as vault:
        staff.set_role(vault, worker, Role.MANAGER)
        assert vault.roster is not None and vault.roster.seq == len(cv6.ROSTER) + 1
        assert access.check(vault) == []
    with access.sign_in(path, "worker", cv6.ACCOUNTS["worker"][2]) as vault:
        assert vault.person.role is Role.MANAGER
        assert access.check(vault) == []


def test_a_change_behind_the_rosters_back_is_still_caught(migrated):
    """Written into the file directly, as someone holding the key could: the migrated roster
    still refuses the account and `check` names it."""
    path, before, _after = migrated
    worker = next(i for i, (u, _r, _a) in _staff(before).items() if u == "worker")
    conn = connect(path, raw_key(path, "worker", cv6.ACCOUNTS["worker"][2]))
    try:
        conn.execute("UPDATE staff_member SET role = 'administrator' WHERE id = ?", (worker,))
    finally:
        conn.close()
    with pytest.raises(TrustBroken):
        access.sign_in(path, "worker", cv6.ACCOUNTS["worker"][2])
    with access.sign_in(path, "admin", ADMIN_PW) as vault:
        assert any(f"Staff account {worker} was changed outside RefugeDesk" in p
                   for p in access.check(vault))


def test_every_record_reads_back_through_todays_domain(migrated):
    path, before, _after = migrated
    checks.every_record_reads_back(path, before)


def test_spot_checks_through_the_domain(migrated):
    path, before, _after = migrated
    checks.spot_checks(path, before)
