"""Move-on: the departure closes the stay (the room is free on the board from the night she
leaves), keeps where she went, and closes her plan as documented: goals given an outcome keep
it, the other open goals become not achieved, actions not done are dropped, nothing deleted."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from test_reviews import TODAY, amy  # noqa: F401  (the fixture)

from refugedesk import capacity, plans
from refugedesk.db.models import (
    ActionOwner,
    AuditEvent,
    DepartureReason,
    Destination,
    Goal,
    GoalStatus,
    SupportAfter,
    SupportPlan,
)
from refugedesk.errors import DateInFuture, ValidationError
from refugedesk.moveon import move_on, move_on_for
from refugedesk.occupancy_board import TileState
from refugedesk.reviews import requested_outcomes

LEAVES = date(2026, 8, 31)


def _goals(vault, rid):
    with vault.session() as s:
        return {g.her_words: GoalStatus(g.status) for g in s.scalars(
            select(Goal).join(SupportPlan, Goal.plan_id == SupportPlan.id).where(
                SupportPlan.resident_id == rid).order_by(Goal.id))}


def test_move_on_closes_the_stay_and_her_plan(amy):  # noqa: F811
    vault, rid, stay, room, _ = amy
    with vault.session() as s:
        plan = plans.current_plan_id(s, rid)
        college = s.scalar(select(Goal.id).where(Goal.her_words == "Start a college course"))
    action = plans.add_action(vault, plan_id=plan, what="Ring the college",
                              owner=ActionOwner.HER, due_on=date(2026, 8, 1))
    with vault.session() as s:
        assert [o.action_id for o in plans.overdue_actions(s, resident_id=rid, today=TODAY)] \
            == [action]
    with pytest.raises(ValidationError, match="cannot stay open"):
        move_on(vault, stay_id=stay, on=LEAVES, reason=DepartureReason.PLANNED_MOVE_ON,
                destination=Destination.SOCIAL_HOUSING, support_after=SupportAfter.OUTREACH,
                goal_outcomes={college: GoalStatus.OPEN}, today=TODAY)
    with pytest.raises(DateInFuture):
        move_on(vault, stay_id=stay, on=date(2026, 9, 2), reason=DepartureReason.OTHER,
                destination=Destination.UNKNOWN, support_after=SupportAfter.NONE, today=TODAY)

    # At the celebration review she and her worker agreed the college goal is part-way there;
    # "Learn to drive" was already not achieved; nothing else is open.
    result = move_on(vault, stay_id=stay, on=LEAVES, reason=DepartureReason.PLANNED_MOVE_ON,
                     destination=Destination.SOCIAL_HOUSING,
                     support_after=SupportAfter.OUTREACH, note="Outreach from Monday",
                     goal_outcomes={college: GoalStatus.PARTLY_ACHIEVED}, today=TODAY)
    assert (result.goals_closed, result.actions_dropped, result.corrected) == (1, 1, False)

    with vault.session() as s:
        before = {t.room_id: t for t in capacity.board(s, on=LEAVES - date.resolution)
                  .houses[0].tiles}
        that_day = {t.room_id: t for t in capacity.board(s, on=LEAVES).houses[0].tiles}
        after = {t.room_id: t for t in capacity.board(s, on=LEAVES + date.resolution)
                 .houses[0].tiles}
        record = move_on_for(s, stay)
        assert plans.current_plan_id(s, rid) is None
        assert plans.overdue_actions(s, resident_id=rid, today=TODAY) == []
        (closed_plan,) = [pid for pid, version, _ in plans.versions(s, rid) if version == 2]
        view = plans.plan_view(s, closed_plan)
        assert [a.became for a in view.actions] == ["dropped"]  # kept, shown as not done
    assert before[room].state is TileState.OCCUPIED
    assert that_day[room].is_free and that_day[room].state is TileState.LEAVING_TODAY
    assert after[room].state is TileState.FREE and after[room].stay_id is None
    assert (record.left_on, record.reason, record.destination, record.support_after,
            record.note) == (LEAVES, DepartureReason.PLANNED_MOVE_ON,
                             Destination.SOCIAL_HOUSING, SupportAfter.OUTREACH,
                             "Outreach from Monday")
    goals = _goals(vault, rid)
    assert goals["Start a college course"] is GoalStatus.PARTLY_ACHIEVED
    assert goals["Learn to drive"] is GoalStatus.NOT_ACHIEVED
    assert goals["Go back to my old job"] is GoalStatus.NO_LONGER_WANTED  # untouched
    with vault.session() as s:
        # nothing deleted: 8 goals asked for, one of them copied into version 2
        assert len(s.scalars(select(Goal.id)).all()) == 9
        assert requested_outcomes(s, rid).percent == 83  # 5 of 6

    # A correction changes the record, not her goals; a new plan takes the next version.
    again = move_on(vault, stay_id=stay, on=LEAVES, reason=DepartureReason.PLANNED_MOVE_ON,
                    destination=Destination.PRIVATE_RENTED,
                    support_after=SupportAfter.RESETTLEMENT, today=TODAY)
    assert (again.corrected, again.goals_closed) == (True, 0)
    new_plan = plans.start_plan(vault, resident_id=rid)
    with vault.session() as s:
        assert move_on_for(s, stay).destination is Destination.PRIVATE_RENTED
        assert plans.plan_view(s, new_plan).version == 3
        kinds = [(e.kind, e.record_type, e.record_id, e.detail) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.kind.in_([
                "stay_departed", "plan_closed", "move_on_recorded", "move_on_corrected",
                "goal_status_changed"])).order_by(AuditEvent.id))][-6:]
    assert kinds == [
        ("stay_departed", "stay", stay, "on=2026-08-31 reason=planned_move_on"),
        ("goal_status_changed", "resident", rid, f"goal={college} status=partly_achieved"),
        ("plan_closed", "resident", rid, f"plan={closed_plan} goals_closed=1 actions_dropped=1"),
        ("move_on_recorded", "resident", rid, f"stay={stay} move_on=1"),
        ("stay_departed", "stay", stay, "on=2026-08-31 reason=planned_move_on"),
        ("move_on_corrected", "resident", rid, f"stay={stay} move_on=1"),
    ]


def test_open_goals_become_not_achieved_when_she_leaves_without_notice(amy):  # noqa: F811
    vault, rid, stay, room, _ = amy
    move_on(vault, stay_id=stay, on=LEAVES, reason=DepartureReason.LEFT_WITHOUT_NOTICE,
            destination=Destination.UNKNOWN, support_after=SupportAfter.NONE, today=TODAY)
    goals = _goals(vault, rid)
    assert goals["Start a college course"] is GoalStatus.NOT_ACHIEVED
    assert GoalStatus.OPEN not in {goals[w] for w in goals if w != "Find a flat near my sister"}
    with vault.session() as s:
        figure = requested_outcomes(s, rid)
        assert (figure.counted, figure.achieved, figure.not_achieved) == (6, 4, 2)


def test_a_failed_move_on_changes_nothing(amy):  # noqa: F811
    vault, rid, stay, room, _ = amy
    with pytest.raises(ValidationError):
        move_on(vault, stay_id=stay, on=LEAVES, reason=DepartureReason.PLANNED_MOVE_ON,
                destination=Destination.OWN_TENANCY, support_after=SupportAfter.NONE,
                goal_outcomes={999_999: GoalStatus.ACHIEVED}, today=TODAY)
    with vault.session() as s:
        assert move_on_for(s, stay) is None
        assert plans.current_plan_id(s, rid) is not None
        assert capacity.board(s, on=LEAVES + date.resolution).houses[0].tiles[0].state \
            is TileState.OCCUPIED
    with pytest.raises(ValidationError, match="Move"):
        move_on(vault, stay_id=stay, on=LEAVES, reason=DepartureReason.MOVED_ROOM,
                destination=Destination.UNKNOWN, support_after=SupportAfter.NONE, today=TODAY)
