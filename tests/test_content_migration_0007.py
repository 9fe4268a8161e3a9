"""A vault full of content, written by the app at schema revision 0007 (tests/data/vault-0007.*,
made by tests/helpers/contentvault_0007.py with the code of commit cd35073), opens in today's
app: migration 0008 and any later one keep every row of every table as it was (on the columns
there were at 0007), the file, its audit chain and its signed roster stay sound, every account
signs in as before, every record reads back through today's domain functions, and what 0007
added (stay corrections, community support, enrolments, the service's age rule, MARAC actions)
and the contact-safety answers recorded at 0007 read back unchanged.

The checks shared with the vault-0005 and vault-0006 tests are in tests/helpers/contentchecks.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import contentchecks as checks
from helpers import contentvault_0007 as cv7
from helpers.raw import rows_in
from sqlalchemy import select

from refugedesk import access, service_rules
from refugedesk.db.models import OnCall, Resident, StayCorrection
from refugedesk.db.vault import Vault
from refugedesk.errors import RefugeDeskError

DATA = Path(__file__).with_name("data")
KEPT = DATA / "vault-0007.rdb"
ADMIN_PW = cv7.ACCOUNTS["admin"][2]


def test_the_kept_vault_is_revision_0007_and_full(tmp_path):
    revision, before = checks.kept_and_full(KEPT, tmp_path)
    assert revision == cv7.REVISION == "0007"
    assert checks.count(before, "staff_roster") == len(cv7.ROSTER)
    assert checks.count(before, "stay_correction") == 2
    assert checks.count(before, "programme_enrolment") >= 1
    flags = {f for table in ("contact", "incident", "attendance")
             for (f,) in rows_in(before[table], ("community_support",))}
    assert flags == {0, 1}  # written both ways at 0007


@pytest.fixture
def migrated(tmp_path):
    """(path, raw dump before, raw dump after): the copy opened once by today's code."""
    return checks.open_migrated(KEPT, tmp_path)


def test_migrating_keeps_every_row_of_every_table(migrated):
    path, before, after = migrated
    checks.assert_every_row_kept(path, before, after)
    assert checks.count(after, "on_call") == 0  # the rota starts empty


def test_the_contact_safety_answers_are_kept(migrated):
    """0008 lets them be 'not asked yet' (NULL); what 0007 recorded stays as it was."""
    path, before, _after = migrated
    was = {i: (bool(c), bool(t)) for i, c, t in
           rows_in(before["resident"], ("id", "safe_to_call", "safe_to_text"))}
    assert {(False, True), (True, False), (False, False), (True, True)} <= set(was.values())
    with Vault.unlock(path, "admin", ADMIN_PW) as vault, vault.session() as s:
        now = {r.id: (r.safe_to_call, r.safe_to_text) for r in s.scalars(select(Resident))}
    assert now == was


def test_check_is_clean_and_everyone_signs_in(migrated):
    path, _before, _after = migrated
    for username, (_name, role, password) in cv7.ACCOUNTS.items():
        with access.sign_in(path, username, password) as vault:
            assert vault.person.role.value == role
            assert vault.roster is not None and vault.roster.seq == len(cv7.ROSTER)
            assert access.check(vault) == []
    with pytest.raises(RefugeDeskError):
        access.sign_in(path, cv7.LEAVER[0], cv7.LEAVER[2])


def test_what_0007_added_reads_back(migrated):
    path, _before, _after = migrated
    with Vault.unlock(path, "admin", ADMIN_PW) as vault, vault.session() as s:
        rules = service_rules.service_rules(s)
        assert rules.boys_age_limit == cv7.BOYS_AGE_LIMIT
        assert rules.under_18_note == cv7.UNDER_18_NOTE
        kinds = sorted(c.kind.value for c in s.scalars(select(StayCorrection)))
        assert kinds == ["arrival_date", "recorded_in_error"]
        assert s.scalars(select(OnCall)).all() == []


def test_every_record_reads_back_through_todays_domain(migrated):
    path, before, _after = migrated
    checks.every_record_reads_back(path, before)


def test_spot_checks_through_the_domain(migrated):
    path, before, _after = migrated
    checks.spot_checks(path, before)
