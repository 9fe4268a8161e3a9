"""A vault full of content, written by the app at schema revision 0008 (tests/data/vault-0008.*,
made by tests/helpers/contentvault_0008.py with the code of commit 10fc7de), opens in today's
app: migration 0009 and any later one keep every row of every table as it was (on the columns
there were at 0008), the file, its audit chain and its signed roster stay sound, every account
signs in as before, every record reads back through today's domain functions, and what 0008
added (the rota, a form draft, her rights: the retention schedule and a decision, need-to-know
houses and a record opened anyway, the privacy notice, what a consent covers, a lawful basis,
subject access and erasure requests, contact safety "not asked yet") reads back unchanged.

The checks shared with the earlier content vaults' tests are in tests/helpers/contentchecks.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import contentchecks as checks
from helpers import contentvault_0008 as cv8
from helpers.raw import rows_in
from sqlalchemy import select

from refugedesk import access, erasure, need_to_know, privacy_notice, retention
from refugedesk.db.models import (
    AccessReason,
    ErasureDecision,
    OnCall,
    ReferralOut,
    Resident,
    StaffMember,
)
from refugedesk.db.vault import Vault
from refugedesk.errors import RefugeDeskError

DATA = Path(__file__).with_name("data")
KEPT = DATA / "vault-0008.rdb"
ADMIN_PW = cv8.ACCOUNTS["admin"][2]


def test_the_kept_vault_is_revision_0008_and_full(tmp_path):
    revision, before = checks.kept_and_full(KEPT, tmp_path)
    assert revision == cv8.REVISION == "0008"
    assert checks.count(before, "staff_roster") == len(cv8.ROSTER)
    for table in ("on_call", "form_draft", "retention_decision", "erasure_request",
                  "subject_access", "staff_house", "access_reason"):
        assert checks.count(before, table) >= 1, table
    calls = {c for (c,) in rows_in(before["resident"], ("safe_to_call",))}
    assert {None, 0, 1} <= calls  # "not asked yet" beside both answers


@pytest.fixture
def migrated(tmp_path):
    """(path, raw dump before, raw dump after): the copy opened once by today's code."""
    return checks.open_migrated(KEPT, tmp_path)


def test_migrating_keeps_every_row_of_every_table(migrated):
    path, before, after = migrated
    checks.assert_every_row_kept(path, before, after)


def test_everyone_works_in_english_and_no_one_has_chosen_her_documents_language(migrated):
    """0009's columns start as the app was: English, and not asked yet."""
    path, _before, _after = migrated
    with Vault.unlock(path, "admin", ADMIN_PW) as vault, vault.session() as s:
        assert {m.language for m in s.scalars(select(StaffMember))} == {"en"}
        assert {r.documents_language for r in s.scalars(select(Resident))} == {None}


def test_check_is_clean_and_everyone_signs_in(migrated):
    path, _before, _after = migrated
    for username, (_name, role, password) in cv8.ACCOUNTS.items():
        with access.sign_in(path, username, password) as vault:
            assert vault.person.role.value == role
            assert vault.roster is not None and vault.roster.seq == len(cv8.ROSTER)
            assert access.check(vault) == []
    with pytest.raises(RefugeDeskError):
        access.sign_in(path, cv8.LEAVER[0], cv8.LEAVER[2])


def test_what_0008_added_reads_back(migrated):
    path, before, _after = migrated
    with Vault.unlock(path, "admin", ADMIN_PW) as vault, vault.session() as s:
        schedule = retention.schedule(s)
        assert (schedule.adult_years, schedule.child_age, schedule.referral_years,
                schedule.draft_days) == tuple(cv8.SCHEDULE.values())
        assert privacy_notice.notice(s).text == cv8.NOTICE
        assert [n.note for n in s.scalars(select(OnCall))] == ["Mobile on (fictional)"] * 2
        worker = s.scalars(select(StaffMember).where(StaffMember.username == "worker")).one()
        assert len(need_to_know.houses_of(s, worker.id)) == 1
        assert [r.reason for r in s.scalars(select(AccessReason))] in ([], [cv8.OPEN_ANYWAY])
        assert cv8.LAWFUL_BASIS in [r.lawful_basis for r in s.scalars(select(ReferralOut))]
        decided = [erasure.requests_for(s, rid) for (rid,) in
                   rows_in(before["erasure_request"], ("resident_id",))]
        kinds = sorted(str(r.decision) for rows in decided for r in rows)
        assert str(ErasureDecision.REFUSE) in kinds and "None" in kinds
        given = [r.privacy_notice_given_on for r in s.scalars(select(Resident))]
        assert cv8.TODAY in given


def test_every_record_reads_back_through_todays_domain(migrated):
    path, before, _after = migrated
    checks.every_record_reads_back(path, before)


def test_need_to_know_still_holds_the_worker_to_her_house(migrated):
    path, before, _after = migrated
    with access.sign_in(path, "worker", cv8.ACCOUNTS["worker"][2]) as vault:
        with vault.session() as s:
            ids = [rid for (rid,) in rows_in(before["resident"], ("id",))]
            refused = [rid for rid in ids if not need_to_know.may_open(s, vault.person, rid)]
        assert refused
        with pytest.raises(RefugeDeskError):
            need_to_know.open_record(vault, refused[0])


def test_spot_checks_through_the_domain(migrated):
    """The shared checks read every record as the worker: her houses are cleared first (an
    administrator's step), as they were for the vaults made before need-to-know."""
    path, before, _after = migrated
    with Vault.unlock(path, "admin", ADMIN_PW) as vault:
        with vault.session() as s:
            worker = s.scalars(select(StaffMember).where(StaffMember.username == "worker")).one()
        need_to_know.set_houses(vault, worker.id, [])
    checks.spot_checks(path, before)
