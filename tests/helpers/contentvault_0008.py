"""Build a vault full of fictional content at schema revision 0008 (safety, the rota and her
rights), as that version of the app wrote it. Kept beside the vault it made,
tests/data/vault-0008.rdb (see the README there for the exact commands): it was run once
against commit 10fc7de, the last commit at revision 0008, and refuses to run against any other
revision.

What it writes, all made up:
- everything tests/helpers/contentvault_0007.py writes (contentvault.py's content, the signed
  roster of eight versions, one woman's journey), with the same accounts, passwords, recovery
  code, seed and TODAY, records before an arrival written as community support as 0007 asks;
  0008 refuses a sign-out written up more than 24 hours after she left, and contentvault.py's
  sign-outs hang on TODAY (2026-11-27), so that limit is lifted while it writes them, as if
  they had been written on the day;
- what revision 0008 added, through the app's own functions: a woman whose contact safety is
  "not asked yet" (NULL) beside the four answers 0007 recorded; two nights of the on-call rota;
  a DASH form draft kept by the worker; the retention schedule changed from its defaults and a
  manager's decision to keep a referral longer; need-to-know houses for the worker and a
  record she opened anyway, with a reason; a privacy notice and the day she was given it;
  consent with what it covers and how she gave it; a referral out on a lawful basis because her
  consent did not cover it; a subject access request; an erasure request, refused with a
  reason, and one still waiting.

The witness goes to a temporary folder and is thrown away, as for vault-0006 and vault-0007.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from unittest import mock

from helpers import contentvault as cv
from helpers import contentvault_0006 as cv6
from helpers import contentvault_0007 as cv7

#: The schema revision this generator was written for and run at.
REVISION = "0008"
#: The commit whose code wrote tests/data/vault-0008.rdb.
COMMIT = "10fc7de"
TODAY = cv.TODAY
ORGANISATION = cv.ORGANISATION
ACCOUNTS = cv.ACCOUNTS
LEAVER = cv.LEAVER
RECOVERY_CODE = cv.RECOVERY_CODE
ROSTER = cv6.ROSTER
NOTICE = "How Content Vault Refuges uses what you tell us (fictional notice)."
OPEN_ANYWAY = "Covering the on-call phone tonight (fictional)"
KEEP_REASON = "Court case still open (fictional)"
REFUSED_REASON = "A court order requires us to keep it (fictional)"
LAWFUL_BASIS = "Vital interests: risk to life (fictional)"
SCHEDULE = {"adult_years": 7, "child_age": 25, "referral_years": 2, "draft_days": 14}


def build(path: Path) -> dict[str, int]:
    """Write the vault at `path` (and its key file beside it). Returns the rows per table."""
    from refugedesk import contacts, incidents, programmes, whereabouts
    from refugedesk.db.trust import WITNESS_ENV
    from refugedesk.db.vault import Vault

    cv.require_revision(REVISION, COMMIT)
    with tempfile.TemporaryDirectory(prefix="contentvault-witness-") as seen, \
            mock.patch.dict(os.environ, {WITNESS_ENV: seen}), \
            mock.patch.object(contacts, "log_contact",
                              cv7._as_community_support(contacts.log_contact)), \
            mock.patch.object(incidents, "log_incident",
                              cv7._as_community_support(incidents.log_incident)), \
            mock.patch.object(programmes, "record_attendance",
                              cv7._as_community_support(programmes.record_attendance)), \
            mock.patch.object(whereabouts, "MAX_RECORDED_LATE", timedelta(days=3650)):
        cv.write(path)
        cv6._roster_changes(Path(path))
        cv7._journey(Path(path))
        _rights_and_rota(Path(path))
        return cv.counts(path, Vault)


def _rights_and_rota(path: Path) -> None:
    from sqlalchemy import select

    from refugedesk import (
        drafts,
        erasure,
        need_to_know,
        oncall,
        privacy_notice,
        referrals_out,
        residents,
        retention,
        subject_access,
    )
    from refugedesk.db.models import (
        Agency,
        ConsentHow,
        ErasureDecision,
        House,
        Referral,
        Resident,
        RetentionChoice,
        StaffMember,
        Stay,
    )
    from refugedesk.db.vault import Vault

    with Vault.unlock(path, "admin", ACCOUNTS["admin"][2]) as vault:
        retention.set_schedule(vault, **SCHEDULE)
        privacy_notice.set_notice(vault, NOTICE)
        with vault.session() as s:
            staff = {m.username: m.id for m in s.scalars(select(StaffMember))}
            ids = list(s.scalars(select(Resident.id).order_by(Resident.id)))
            houses = list(s.scalars(select(House.id).order_by(House.id)))
            became_stays = select(Stay.referral_id).where(Stay.referral_id.is_not(None))
            referral = s.scalars(select(Referral.id).where(Referral.id.not_in(became_stays))
                                 .order_by(Referral.id)).first()
            in_refuge = list(s.scalars(select(Stay.resident_id).where(Stay.left_on.is_(None))
                                       .order_by(Stay.id)))
        assert referral is not None and len(houses) >= 2 and len(in_refuge) >= 3
        need_to_know.set_houses(vault, staff["worker"], houses[:1])
        # 0008 made these NULLable: asked of nobody yet ("not asked yet").
        residents.update_resident(vault, ids[5], safe_to_call=None, safe_to_text=None)

    with Vault.unlock(path, "manager", ACCOUNTS["manager"][2]) as vault:
        oncall.set_on_call(vault, nights=[TODAY, TODAY + timedelta(days=1)],
                           staff_id=staff["worker"], note="Mobile on (fictional)")
        retention.decide(vault, record_type="referral", record_id=referral,
                         choice=RetentionChoice.KEEP, reason=KEEP_REASON,
                         keep_until=TODAY + timedelta(days=365), today=TODAY)
        refused = erasure.record_request(vault, resident_id=ids[6], received_on=TODAY,
                                         today=TODAY)
        erasure.decide(vault, refused.id, decision=ErasureDecision.REFUSE,
                       reason=REFUSED_REASON, today=TODAY)
        erasure.record_request(vault, resident_id=ids[7], received_on=TODAY, today=TODAY)

    with Vault.unlock(path, "worker", ACCOUNTS["worker"][2]) as vault:
        her = in_refuge[0]
        privacy_notice.record_given(vault, her, on=TODAY, today=TODAY)
        residents.add_consent(vault, resident_id=her, what="Share with MARAC and the police",
                              given_on=TODAY, today=TODAY, covers=["marac", "agency:police"],
                              how_given=ConsentHow.WRITTEN)
        referrals_out.make_referral(vault, resident_id=her, agency=Agency.HOUSING,
                                    made_on=TODAY, reason="Move-on housing (fictional)",
                                    lawful_basis=LAWFUL_BASIS, today=TODAY)
        subject_access.record_request(vault, resident_id=her, requested_on=TODAY,
                                      today=TODAY)
        drafts.keep(vault, form="dash", resident_id=her,
                    data={"q1": "yes", "notes": "Half-typed answer (fictional)"})
        with vault.session() as s:
            elsewhere = [r for r in in_refuge
                         if not need_to_know.may_open(s, vault.person, r)]
        if elsewhere:
            need_to_know.open_anyway(vault, elsewhere[0], reason=OPEN_ANYWAY, today=TODAY)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python -m helpers.contentvault_0008 OUT.rdb   "
                         "(see tests/data/README.md)")
    for table, rows in build(Path(sys.argv[1])).items():
        print(f"{rows:6d}  {table}")
