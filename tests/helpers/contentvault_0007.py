"""Build a vault full of fictional content at schema revision 0007 (one woman's journey), as
that version of the app wrote it. Kept beside the vault it made, tests/data/vault-0007.rdb (see
the README there for the exact commands): it was run once against commit cd35073, the last
commit at revision 0007, and refuses to run against any other revision.

What it writes, all made up:
- everything tests/helpers/contentvault_0006.py writes (the content of contentvault.py and the
  signed roster of eight versions), with the same accounts, passwords, recovery code, seed and
  TODAY. At 0007 a record dated outside all of a woman's stays is refused unless it is marked
  as community support: the incidents, contacts and attendances contentvault.py dates before
  an arrival are written as community support (the 0007 app asks exactly that), so the
  `community_support` columns hold both values;
- what revision 0007 added, through the app's own functions: the service's age rule for boys
  and its under-18 note; a child recorded as a boy and one as a girl; women recorded as safe to
  phone and text and as not (migration 0008 keeps these values); a stay's arrival date
  corrected and another stay recorded in error (stay_correction); a programme with a
  facilitator, delivered online, and a woman enrolled; a goal's status set on a date; an action
  agreed at MARAC.

The witness goes to a temporary folder and is thrown away, as for vault-0006.
"""

from __future__ import annotations

import functools
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any
from unittest import mock

from helpers import contentvault as cv
from helpers import contentvault_0006 as cv6

#: The schema revision this generator was written for and run at.
REVISION = "0007"
#: The commit whose code wrote tests/data/vault-0007.rdb.
COMMIT = "cd35073"
TODAY = cv.TODAY
ORGANISATION = cv.ORGANISATION
ACCOUNTS = cv.ACCOUNTS
LEAVER = cv.LEAVER
RECOVERY_CODE = cv.RECOVERY_CODE
ROSTER = cv6.ROSTER
BOYS_AGE_LIMIT = 16
UNDER_18_NOTE = "Tell the safeguarding lead the same day (fictional)."


def _as_community_support(write: Callable[..., Any]) -> Callable[..., Any]:
    """`write`, retried as community support when 0007 refuses it as outside her stays."""
    from refugedesk.errors import OutsideStay

    @functools.wraps(write)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return write(*args, **kwargs)
        except OutsideStay:
            return write(*args, **{**kwargs, "community_support": True})
    return wrapper


def build(path: Path) -> dict[str, int]:
    """Write the vault at `path` (and its key file beside it). Returns the rows per table."""
    from refugedesk import contacts, incidents, programmes
    from refugedesk.db.trust import WITNESS_ENV
    from refugedesk.db.vault import Vault

    cv.require_revision(REVISION, COMMIT)
    with tempfile.TemporaryDirectory(prefix="contentvault-witness-") as seen, \
            mock.patch.dict(os.environ, {WITNESS_ENV: seen}), \
            mock.patch.object(contacts, "log_contact",
                              _as_community_support(contacts.log_contact)), \
            mock.patch.object(incidents, "log_incident",
                              _as_community_support(incidents.log_incident)), \
            mock.patch.object(programmes, "record_attendance",
                              _as_community_support(programmes.record_attendance)):
        cv.write(path)
        cv6._roster_changes(Path(path))
        _journey(Path(path))
        return cv.counts(path, Vault)


def _journey(path: Path) -> None:
    from sqlalchemy import select

    from refugedesk import plans, programmes, residents, service_rules, stay_corrections
    from refugedesk.db.models import (
        ActionOwner,
        Child,
        ChildSex,
        Goal,
        GoalStatus,
        MaracReferral,
        ProgrammeDelivery,
        Resident,
        Stay,
        SupportPlan,
    )
    from refugedesk.db.vault import Vault

    with Vault.unlock(path, "admin", ACCOUNTS["admin"][2]) as vault:
        service_rules.set_service_rules(vault, boys_age_limit=BOYS_AGE_LIMIT,
                                        under_18_note=UNDER_18_NOTE)
        with vault.session() as s:
            ids = list(s.scalars(select(Resident.id).order_by(Resident.id)))
            kids = list(s.scalars(select(Child.id).order_by(Child.id)))[:2]
            current = list(s.scalars(select(Stay.id).where(Stay.left_on.is_(None))
                                     .order_by(Stay.id)))
            goal = s.scalars(select(Goal.id).order_by(Goal.id)).first()
            marac = s.scalars(select(MaracReferral).order_by(MaracReferral.id)).first()
            plan = None if marac is None else s.scalars(
                select(SupportPlan.id).where(SupportPlan.resident_id == marac.resident_id)
                .order_by(SupportPlan.id.desc())).first()
        assert len(ids) > 4 and len(kids) == 2 and len(current) >= 2
        assert goal is not None and marac is not None
        for n, (call, text) in enumerate([(True, True), (False, True), (True, False),
                                          (False, False)]):
            residents.update_resident(vault, ids[n], safe_to_call=call, safe_to_text=text)
        for child, sex in zip(kids, (ChildSex.BOY, ChildSex.GIRL), strict=True):
            residents.update_child(vault, child, sex=sex)
        with vault.session() as s:
            first = s.get_one(Stay, current[0])
            on = first.arrived_on + timedelta(days=1)
        stay_corrections.change_arrival_date(vault, current[0], on,
                                             "She arrived the day after (fictional)")
        stay_corrections.record_in_error(vault, current[1],
                                         "Entered for the wrong household (fictional)")
        online = programmes.create_programme(
            vault, name="Recovery Toolkit (fictional)", sessions_to_complete=1,
            facilitator="A. Facilitator (fictional)", delivery=ProgrammeDelivery.VIRTUAL)
        programmes.enrol(vault, programme_id=online, resident_id=ids[4],
                         enrolled_on=TODAY - timedelta(days=3))
        plans.set_goal_status(vault, goal, GoalStatus.ACHIEVED)  # on the day of the run
        assert plan is not None, "the MARAC referral's resident has a plan"
        with vault.transaction() as s:
            plans.add_action_in(s, vault.person, plan_id=plan,
                                what="Safety plan agreed at MARAC (fictional)",
                                owner=ActionOwner.AGENCY, agency="Police (fictional)",
                                due_on=TODAY + timedelta(days=7), marac_referral_id=marac.id)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python -m helpers.contentvault_0007 OUT.rdb   "
                         "(see tests/data/README.md)")
    for table, rows in build(Path(sys.argv[1])).items():
        print(f"{rows:6d}  {table}")
