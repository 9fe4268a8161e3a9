"""The contact log: done, planned and missed contacts, a page at a time, newest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from refugedesk import contacts, plans, residents
from refugedesk.db.models import ContactMode, ContactPlace, ContactState
from refugedesk.errors import DateInFuture, NotFound, ValidationError

pytestmark = pytest.mark.both_engines  # each test on a file and on a server


def test_log_list_and_mark_contacts(new_vault):
    vault, _ = new_vault
    amy = residents.create_resident(vault, reference="R-1", name="Amy Example")
    bea = residents.create_resident(vault, reference="R-2", name="Bea Sample")
    plan = plans.start_plan(vault, resident_id=amy)
    goal = plans.add_goal(vault, plan_id=plan, her_words="Feel safe going out")
    other = plans.add_goal(vault, plan_id=plan, her_words="Find a college course")
    start = datetime.now(UTC) - timedelta(days=30)
    ids = [contacts.log_contact(vault, community_support=True, resident_id=amy, at=start + timedelta(days=n),
                                mode=ContactMode.FACE_TO_FACE, place=ContactPlace.HER_ROOM,
                                minutes=30 + n, notes=f"session {n}",
                                goal_ids={4: [goal], 3: [other, goal]}.get(n, ()))
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
        assert first_page[2].goal_ids == (goal, other) and second_page[0].goal_ids == ()
        assert second_page[-1].state is ContactState.MISSED and second_page[-1].minutes == 0
        assert [c.id for c in contacts.contacts_for(s, amy, state=ContactState.MISSED)] == [
            ids[0]]
        assert contacts.count_contacts(s, amy) == 6 and contacts.count_contacts(s, bea) == 0


def test_her_contact_rules_warn_about_calls_and_texts_she_has_not_agreed_to(new_vault):
    """One rule for the form and the tests: "do not" and "not asked yet" warn, "safe" and
    face to face do not; a video call rings her phone, so the phone rule applies."""
    vault, _ = new_vault
    unasked = residents.create_resident(vault, reference="R-1", name="Amy Example")
    no_texts = residents.create_resident(vault, reference="R-2", name="Bea Sample",
                                         safe_to_call=True, safe_to_text=False)
    no_calls = residents.create_resident(vault, reference="R-3", name="Cara Sample",
                                         safe_to_call=False, safe_to_text=True)
    with vault.session() as s:
        def warns(rid, mode):
            return contacts.contact_rule_warnings(s, rid, mode)

        assert warns(no_texts, ContactMode.TEXT) == ["She asked not to be texted."]
        assert warns(no_texts, ContactMode.PHONE) == []
        assert warns(no_texts, ContactMode.VIDEO) == []
        assert warns(no_calls, ContactMode.PHONE) == [
            "She asked not to be phoned, and this is a phone call."]
        assert warns(no_calls, ContactMode.VIDEO) == [
            "She asked not to be phoned, and this is a video call."]
        assert warns(no_calls, ContactMode.TEXT) == []
        assert warns(unasked, ContactMode.TEXT)[0].startswith(
            "Nobody has asked her yet whether texts are safe.")
        assert warns(unasked, ContactMode.PHONE)[0].startswith(
            "Nobody has asked her yet whether phone calls are safe.")
        for rid in (unasked, no_texts, no_calls):
            assert warns(rid, ContactMode.FACE_TO_FACE) == []
            assert warns(rid, ContactMode.LETTER) == []
        rules = contacts.contact_rules(s, unasked)
        assert (rules.safe_to_call, rules.safe_to_text) == (None, None)
        with pytest.raises(NotFound):
            contacts.contact_rule_warnings(s, 999_999, ContactMode.TEXT)
    # A warning is not a refusal: the worker may still record the text she sent.
    contacts.log_contact(vault, community_support=True, resident_id=no_texts,
                         at=datetime.now(UTC) - timedelta(hours=1), mode=ContactMode.TEXT,
                         place=ContactPlace.OTHER, notes="She texted first")
    with vault.session() as s:
        assert [c.notes for c in contacts.contacts_for(s, no_texts)] == ["She texted first"]
