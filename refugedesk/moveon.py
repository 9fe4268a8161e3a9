"""Move-on: the day she leaves the refuge, why, where to, and whether support carries on.

`move_on` is one user action (one transaction):

- the stay ends through capacity's own departure rule (`capacity.depart_in`): her last night is
  the night before `on`, so the room shows free on the board from the night of `on`;
- the move-on record (destination, support after she leaves, a note) is kept beside the stay;
  the date and reason stay where they always were, on the stay;
- her support plan is closed, never deleted:
  * a goal the worker gives an outcome for in `goal_outcomes` (agreed with her at the
    celebration review) takes that outcome;
  * every other goal still open becomes "not achieved" (it was asked for and not reached while
    she was here; it still counts in the requested-outcomes figure, see reviews.py);
  * the plan version is marked superseded, so its actions not done stop showing as
    outstanding or overdue on Today and in the handover; the plan still shows them, as
    "dropped" (not done when she moved on). If she comes back, a new plan starts at the next
    version number.

A move-on can be recorded on or before today (it records that she has gone; a leaving date
still to come is planned on the board with capacity.depart). A date more than a day in the past
is asked about first by the screens (`past_date_question`); a stay recorded in error has no
move-on (capacity.depart_in refuses it). Recording it again for the same
stay corrects the record (date, reason, destination, support); goals already closed are not
touched again.

Audit: `stay_departed` (from capacity), `goal_status_changed` for each goal closed,
`plan_closed`, and `move_on_recorded` or `move_on_corrected` on the resident (or on the stay
when it is not linked to a record). Details hold ids and counts only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from refugedesk import audit, dates
from refugedesk.capacity import depart_in
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import (
    DepartureReason,
    Destination,
    Goal,
    GoalStatus,
    MoveOn,
    PlanAction,
    Stay,
    SupportAfter,
    SupportPlan,
)
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Vault
from refugedesk.errors import DateInFuture, NotFound, ValidationError
from refugedesk.i18n import Counted, day_name, translate
from refugedesk.plans import current_plan_id

# This module's words with a count (refugedesk.i18n.Counted: lupdate reads the name).
MovingOn = Counted("MovingOn")


@dataclass(frozen=True)
class MoveOnResult:
    stay_id: int
    #: Goals given an outcome here (from `goal_outcomes` or closed as not achieved).
    goals_closed: int
    #: Actions not done when her plan was closed.
    actions_dropped: int
    corrected: bool


def move_on(vault: Vault, *, stay_id: int, on: date, reason: DepartureReason,
            destination: Destination, support_after: SupportAfter, note: str = "",
            goal_outcomes: Mapping[int, GoalStatus] = {},
            today: date | None = None) -> MoveOnResult:
    """She has left (or leaves today): see the module docstring for everything it does."""
    dates.check_dates(on=on)
    reason = DepartureReason(reason)
    destination = Destination(destination)
    support_after = SupportAfter(support_after)
    outcomes = {gid: GoalStatus(s) for gid, s in goal_outcomes.items()}
    if any(s is GoalStatus.OPEN for s in outcomes.values()):
        raise ValidationError(translate("MovingOn", "Give each goal what became of it: it cannot "
                                        "stay open once she has moved on."), field="goals")
    if on > (today or date.today()):
        raise DateInFuture(translate("MovingOn", "Record the move-on on the day she leaves or "
                                     "after; plan a leaving date on the board."), field="on")
    person = vault.person
    with vault.transaction() as session:
        stay: Stay = depart_in(session, person, stay_id=stay_id, on=on, reason=reason)
        record = session.scalar(select(MoveOn).where(MoveOn.stay_id == stay.id))
        corrected = record is not None
        if record is None:
            record = MoveOn(stay_id=stay.id, created_by_id=person.id)
            session.add(record)
        record.destination = destination
        record.support_after = support_after
        record.note = note.strip()
        record.updated_by_id = person.id
        session.flush()

        closed = dropped = 0
        plan_id = current_plan_id(session, stay.resident_id) if stay.resident_id else None
        if outcomes and plan_id is None:
            raise ValidationError(translate("MovingOn", "She has no open plan whose goals could "
                                            "be closed."), field="goals")
        if plan_id is not None and not corrected:
            goals = {g.id: g for g in session.scalars(select(Goal).where(
                Goal.plan_id == plan_id))}
            if set(outcomes) - set(goals):
                raise NotFound("goal")
            for goal in sorted(goals.values(), key=lambda g: g.id):
                status = outcomes.get(goal.id)
                if status is None and goal.status == GoalStatus.OPEN:
                    status = GoalStatus.NOT_ACHIEVED
                if status is None or status == goal.status:
                    continue
                goal.status = status
                goal.updated_by_id = person.id
                closed += 1
                audit.record(session, person, "goal_status_changed", record_type="resident",
                             record_id=stay.resident_id,
                             detail=f"goal={goal.id} status={status}")
            dropped = session.scalar(select(func.count()).select_from(PlanAction).where(
                PlanAction.plan_id == plan_id, PlanAction.done_at.is_(None))) or 0
            plan = session.get_one(SupportPlan, plan_id)
            plan.superseded_at = utcnow()
            plan.updated_by_id = person.id
            session.flush()
            audit.record(session, person, "plan_closed", record_type="resident",
                         record_id=stay.resident_id,
                         detail=f"plan={plan.id} goals_closed={closed} "
                                f"actions_dropped={dropped}")
        audit.record(session, person, "move_on_corrected" if corrected else "move_on_recorded",
                     record_type="resident" if stay.resident_id else "stay",
                     record_id=stay.resident_id or stay.id,
                     detail=f"stay={stay.id} move_on={record.id}")
        return MoveOnResult(stay.id, closed, dropped, corrected)


#: A leaving date further back than this many days is asked about before it is recorded.
PAST_DAYS_WITHOUT_ASKING = 1


def past_date_question(on: date, *, today: date | None = None) -> str | None:
    """What to ask before recording a leaving date more than a day in the past (a move-on, or
    a departure on the board), or None when there is nothing to ask. A date typed six days
    back by mistake would end her stay, free her room and close her plan for nights she was
    still there; yesterday is the usual case of a form filled in the next morning."""
    today = today or date.today()
    days = (today - on).days
    if days <= PAST_DAYS_WITHOUT_ASKING:
        return None
    return MovingOn.tr("The leaving date, {day}, was %n days ago. Her room will show "
                     "free from that night. Is that the day she really left?", None, days
                     ).format(day=f"{day_name(on)} {fmt_day(on)}")


@dataclass(frozen=True)
class MoveOnView:
    stay_id: int
    left_on: date
    reason: DepartureReason
    destination: Destination
    support_after: SupportAfter
    note: str


def move_on_for(session: Session, stay_id: int) -> MoveOnView | None:
    """Her move-on record for a stay, or None if none was recorded."""
    row = session.execute(select(MoveOn, Stay).join(Stay, MoveOn.stay_id == Stay.id).where(
        MoveOn.stay_id == stay_id)).first()
    if row is None:
        return None
    record, stay = row
    # A stay with a move-on record has left, so it has a date and a reason.
    return MoveOnView(stay.id, stay.left_on, stay.departure_reason,  # type: ignore[arg-type]
                      record.destination, record.support_after,
                      record.note)
