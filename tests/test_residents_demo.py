"""The demo vault's residents: every stay has a fictional woman's record behind it, and the
record's functions work on them."""

from __future__ import annotations

from sqlalchemy import func, select

from refugedesk import access, contacts, plans, residents
from refugedesk.db.models import Child, Contact, Incident, ReferralOut, Resident, Stay


def test_demo_stays_have_residents_with_records(demo_vault):
    vault = demo_vault
    with vault.session() as s:
        count = lambda model: s.scalar(select(func.count()).select_from(model))  # noqa: E731
        assert count(Resident) == count(Stay) > 100
        assert s.scalar(select(func.count()).select_from(Stay).where(
            Stay.resident_id.is_(None))) == 0
        assert count(Child) > 50 and count(Contact) > 500 and count(ReferralOut) > 50
        assert count(Incident) > 5
        here = residents.search_residents(s, in_refuge_now=True, limit=1000)
        assert len(here) > 20 and all(r.house and r.room for r in here)
        child = s.scalars(select(Child)).first()
        found = residents.search_residents(s, child.name.split()[0], limit=1000)
        assert child.resident_id in [r.id for r in found]
        overdue = plans.overdue_actions(s)
        assert overdue, "the demo shows some overdue actions"
        first = here[0]
        assert contacts.contacts_for(s, first.id, limit=5)
        assert plans.current_plan_id(s, first.id) is not None
        surnames = {r.name.split()[-1] for r in s.scalars(select(Resident))}
        # The demo shows every answer to "safe to phone / text?", "not asked yet" included.
        asked = {(r.safe_to_call, r.safe_to_text) for r in s.scalars(select(Resident))}
        assert {(None, None), (False, False), (True, True)} <= asked
    assert surnames <= {"Example", "Sample", "Placeholder", "Madeup", "Testcase", "Fictional",
                        "Dummy", "Notreal", "Specimen", "Mockley"}
    header = residents.open_record(vault, first.id)
    assert header.house == first.house and header.risk_level is not None
    assert access.check(vault) == []
