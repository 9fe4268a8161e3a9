"""A vault full of content, written by the app at schema revision 0005 (tests/data/vault-0005.*,
made by tests/helpers/contentvault.py with the code of commit 4a88628), opens in today's app:
the migrations keep every row of every table as it was, the file and its audit chain stay
sound, and every record reads back through today's domain functions.

The counts read through the domain are compared with a raw sqlcipher3 dump taken before the
migration (tests/helpers/raw.py), not with figures written here, so a migration that loses or
changes a row fails. The checks both kept content vaults share are in
tests/helpers/contentchecks.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import contentchecks as checks
from helpers import contentvault as cv
from helpers.raw import dump_by_column, raw_key, rows_in

from refugedesk import access
from refugedesk.db.vault import Vault
from refugedesk.errors import RefugeDeskError

DATA = Path(__file__).with_name("data")
KEPT = DATA / "vault-0005.rdb"
ADMIN_PW = cv.ACCOUNTS["admin"][2]
MANAGER_PW = cv.ACCOUNTS["manager"][2]
WORKER_PW = cv.ACCOUNTS["worker"][2]


def test_the_kept_vault_is_revision_0005_and_full(tmp_path):
    revision, before = checks.kept_and_full(KEPT, tmp_path)
    assert revision == cv.REVISION == "0005"
    assert "staff_roster" not in before  # revision 0006's table


@pytest.fixture
def migrated(tmp_path):
    """(path, raw dump before, raw dump after): the copy opened once by today's code."""
    return checks.open_migrated(KEPT, tmp_path)


def test_migrating_keeps_every_row_of_every_table(migrated):
    path, before, after = migrated
    checks.assert_every_row_kept(path, before, after)
    assert after["staff_roster"][1] == []  # not signed until an administrator protects it


def test_check_finds_only_the_unsigned_roster_until_protected(migrated):
    path, before, _after = migrated
    old_events = rows_in(before["audit_event"], ("id", "hash"))
    with access.sign_in(path, "admin", ADMIN_PW) as vault:
        report = access.check_report(vault)
        assert len(report.problems) == 1, report.problems
        assert report.problems[0].startswith("Staff accounts are not signed yet")
        # the chain walked every event: those the old version wrote, and the sign-in now
        stored = dump_by_column(path, raw_key(path, "admin", ADMIN_PW))["audit_event"]
        assert report.events == len(stored[1]) > len(old_events)
        access.protect_staff_accounts(vault, cv.RECOVERY_CODE)
        assert access.check_report(vault).problems == []
    for username, password in (("manager", MANAGER_PW), ("worker", WORKER_PW)):
        with access.sign_in(path, username, password) as vault:
            assert access.check(vault) == []
            assert access.organisation(vault).name == cv.ORGANISATION
    with pytest.raises(RefugeDeskError):  # deactivated at 0005: her slot went with her
        access.sign_in(path, cv.LEAVER[0], cv.LEAVER[2])
    Vault.unlock_with_recovery(path, cv.RECOVERY_CODE.lower()).close()
    # what the old version wrote in the audit trail is still there, unchanged, at its start
    now = dump_by_column(path, raw_key(path, "admin", ADMIN_PW))
    assert rows_in(now["audit_event"], ("id", "hash"))[:len(old_events)] == old_events


def test_every_record_reads_back_through_todays_domain(migrated):
    path, before, _after = migrated
    checks.every_record_reads_back(path, before)


def test_spot_checks_through_the_domain(migrated):
    path, before, _after = migrated
    checks.spot_checks(path, before)
