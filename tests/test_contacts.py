"""The contact log: done, planned and missed contacts, a page at a time, newest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from refugedesk import contacts, plans, residents
from refugedesk.db.models import ContactMode, ContactPlace, ContactState
from refugedesk.errors import DateInFuture, ValidationError


def test_log_list_and_mark_contacts(new_vault):
    vault, _ = new_vault
    amy = residents.create_resident(vault, reference="R-1", name="Amy Example")
    bea = residents.create_resident(vault, reference="R-2", name="Bea Sample")
    plan = plans.start_plan(vault, resident_id=amy)
    goal = plans.add_goal(vault, plan_id=plan, her_words="Feel safe going out")
    start = datetime.now(UTC) - timedelta(days=30)
    ids = [contacts.log_contact(vault, community_support=True, resident_id=amy, at=start + timedelta(days=n),
                                mode=ContactMode.FACE_TO_FACE, place=ContactPlace.HER_ROOM,
                                minutes=30 + n, notes=f"session {n}",
                                goal_ids=[goal] if n == 4 else ())
           for n in range(5)]
    with pytest.raises(DateInFuture, match="record it as planned"):
        contacts.log_contact(vault, community_support=True, resident_id=amy, at=datetime.now(UTC) + timedelta(days=2),
                             mode=ContactMode.PHONE, place=ContactPlace.OFFICE)
    planned = contacts.log_contact(vault, community_support=True, resident_id=amy,
                                   at=datetime.now(UTC) + timedelta(days=2),
                                   mode=ContactMode.PHONE, place=ContactPlace.OFFICE,
                                   state=ContactState.PLANNED)
    with pytest.raises(ValidationError, match="her own plan"):
        contacts.log_contact(vault, community_support=True, resident_id=bea, at=start, mode=ContactMode.PHONE,
                             place=ContactPlace.OFFICE, goal_ids=[goal])
    with pytest.raises(DateInFuture, match="still to come"):
        contacts.mark_contact(vault, planned, ContactState.ATTENDED)
    contacts.mark_contact(vault, ids[0], ContactState.MISSED, minutes=0)
    with vault.session() as s:
        first_page = contacts.contacts_for(s, amy, limit=3)
        second_page = contacts.contacts_for(s, amy, limit=3, offset=3)
        assert [c.id for c in first_page] == [planned, ids[4], ids[3]]
        assert [c.id for c in second_page] == [ids[2], ids[1], ids[0]]
        assert first_page[0].state is ContactState.PLANNED
        assert first_page[1].goal_ids == (goal,) and first_page[1].staff == "Ada Test"
        assert second_page[-1].state is ContactState.MISSED and second_page[-1].minutes == 0
        assert [c.id for c in contacts.contacts_for(s, amy, state=ContactState.MISSED)] == [
            ids[0]]
        assert contacts.count_contacts(s, amy) == 6 and contacts.count_contacts(s, bea) == 0
