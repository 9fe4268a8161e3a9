"""Support plans: goals and actions, versions that keep what the last plan said, and the
overdue actions shown on her record and to her key worker."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from refugedesk import plans, residents, staff
from refugedesk.db.models import ActionOwner, GoalStatus, NeedArea, Role
from refugedesk.errors import ValidationError

pytestmark = pytest.mark.both_engines  # each test on a file and on a server

TODAY = date(2030, 6, 15)


@pytest.fixture
def two_women(new_vault):
    vault, _ = new_vault
    kim = staff.add_staff(vault, username="kim", display_name="Kim Keyworker",
                          role=Role.SUPPORT_WORKER, password="a long enough password 9")
    amy = residents.create_resident(vault, reference="R-1", name="Amy Example",
                                    key_worker_id=kim)
    bea = residents.create_resident(vault, reference="R-2", name="Bea Sample")
    return vault, kim, amy, bea


def test_goals_and_actions_are_checked(two_women):
    vault, _kim, amy, bea = two_women
    plan = plans.start_plan(vault, resident_id=amy)
    assert plans.start_plan(vault, resident_id=amy) == plan  # one current plan
    with pytest.raises(ValidationError, match="her own words"):
        plans.add_goal(vault, plan_id=plan, her_words="  ")
    goal = plans.add_goal(vault, plan_id=plan, her_words="I want my own flat",
                          area=NeedArea.HOUSING_MOVE_ON, success_looks_like="Keys in hand")
    with pytest.raises(ValidationError, match="Name the agency"):
        plans.add_action(vault, plan_id=plan, goal_id=goal, what="Bid for homes",
                         owner=ActionOwner.AGENCY)
    bea_plan = plans.start_plan(vault, resident_id=bea)
    with pytest.raises(ValidationError, match="could not be found"):
        plans.add_action(vault, plan_id=bea_plan, goal_id=goal, what="x", owner=ActionOwner.HER)


def test_overdue_actions_for_her_record_and_for_her_key_worker(two_women):
    vault, kim, amy, bea = two_women
    plan = plans.start_plan(vault, resident_id=amy)
    goal = plans.add_goal(vault, plan_id=plan, her_words="Sort out my money")
    late = plans.add_action(vault, plan_id=plan, goal_id=goal, what="Claim Universal Credit",
                            owner=ActionOwner.KEY_WORKER, due_on=TODAY - timedelta(days=3))
    done = plans.add_action(vault, plan_id=plan, goal_id=goal, what="Open a bank account",
                            owner=ActionOwner.HER, due_on=TODAY - timedelta(days=10))
    plans.add_action(vault, plan_id=plan, what="Due today, not late yet", owner=ActionOwner.HER,
                     due_on=TODAY)
    plans.add_action(vault, plan_id=plan, what="No date", owner=ActionOwner.HER)
    plans.complete_action(vault, done, done_at=datetime(2030, 6, 1, tzinfo=UTC))
    bea_plan = plans.start_plan(vault, resident_id=bea)
    bea_late = plans.add_action(vault, plan_id=bea_plan, what="See the GP",
                                owner=ActionOwner.HER, due_on=TODAY - timedelta(days=30))
    with vault.session() as s:
        mine = plans.overdue_actions(s, resident_id=amy, today=TODAY)
        assert [(o.action_id, o.days_overdue, o.reference) for o in mine] == [(late, 3, "R-1")]
        assert [o.action_id for o in plans.overdue_actions(s, key_worker_id=kim,
                                                           today=TODAY)] == [late]
        assert [o.action_id for o in plans.overdue_actions(s, today=TODAY)] == [bea_late, late]
        assert plans.overdue_actions(s, resident_id=amy, today=TODAY - timedelta(days=3)) == []


def test_a_new_version_carries_open_goals_and_actions_and_keeps_the_old_one(two_women):
    vault, kim, amy, _bea = two_women
    v1 = plans.start_plan(vault, resident_id=amy)
    flat = plans.add_goal(vault, plan_id=v1, her_words="I want my own flat")
    course = plans.add_goal(vault, plan_id=v1, her_words="Start a course")
    bid = plans.add_action(vault, plan_id=v1, goal_id=flat, what="Register for housing",
                           owner=ActionOwner.KEY_WORKER, due_on=TODAY - timedelta(days=1))
    viewed = plans.add_action(vault, plan_id=v1, goal_id=flat, what="View a flat",
                              owner=ActionOwner.HER)
    enrol = plans.add_action(vault, plan_id=v1, goal_id=course, what="Enrol", owner=ActionOwner.HER)
    plans.complete_action(vault, viewed)
    plans.set_goal_status(vault, course, GoalStatus.NO_LONGER_WANTED)

    v2 = plans.new_version(vault, resident_id=amy)
    with vault.session() as s:
        old, new = plans.plan_view(s, v1), plans.plan_view(s, v2)
        assert [v[1] for v in plans.versions(s, amy)] == [2, 1]
        # the old version says what it said, and what became of each action
        assert not old.current and new.current and new.version == 2
        assert [(g.her_words, g.status) for g in old.goals] == [
            ("I want my own flat", GoalStatus.OPEN), ("Start a course",
                                                      GoalStatus.NO_LONGER_WANTED)]
        assert {a.id: a.became for a in old.actions} == {bid: "carried", viewed: "done",
                                                         enrol: "dropped"}
        # only the open goal and its undone action come across, pointing back
        assert [(g.her_words, g.carried_from_id) for g in new.goals] == [
            ("I want my own flat", flat)]
        assert [(a.what, a.carried_from_id, a.goal_id) for a in new.actions] == [
            ("Register for housing", bid, new.goals[0].id)]
        # the carried copy is overdue once, not twice
        assert [o.what for o in plans.overdue_actions(s, key_worker_id=kim, today=TODAY)] == [
            "Register for housing"]
    # an earlier version cannot be changed any more
    with pytest.raises(ValidationError, match="earlier version"):
        plans.add_goal(vault, plan_id=v1, her_words="Too late")
    with pytest.raises(ValidationError, match="earlier version"):
        plans.complete_action(vault, bid)
    with pytest.raises(ValidationError, match="no plan yet"):
        plans.new_version(vault, resident_id=_bea)
