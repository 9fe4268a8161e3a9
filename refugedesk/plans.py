"""Her support plan: goals in her own words, actions under them, and versions.

A review starts a new version: the open goals and the actions not yet done are carried into
it (each copy points back at what it was carried from), and the old version stays exactly as
it was, so the next review can read what the last plan said and what became of each action.
Only the current version's actions count as outstanding or overdue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from refugedesk import audit, dates
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import (
    ActionOwner,
    Goal,
    GoalStatus,
    NeedArea,
    PlanAction,
    Resident,
    SupportPlan,
)
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Person, Vault
from refugedesk.errors import DateInFuture, NotFound, ValidationError
from refugedesk.i18n import QT_TRANSLATE_NOOP, Labels, translate

#: The longest action (what is to be done) and agency name taken.
MAX_WHAT = 1000
MAX_AGENCY = 120


def _tracked(person: Person) -> dict[str, int | None]:
    return {"created_by_id": person.id, "updated_by_id": person.id}


def current_plan_id(session: Session, resident_id: int) -> int | None:
    return session.scalar(select(SupportPlan.id).where(
        SupportPlan.resident_id == resident_id, SupportPlan.superseded_at.is_(None)))


def ensure_plan(session: Session, person: Person, resident_id: int) -> int:
    """Her current plan, starting one if she has none (a follow-up action needs one): version
    1, or the next number if an earlier plan was closed when she moved on."""
    plan_id = current_plan_id(session, resident_id)
    if plan_id is not None:
        return plan_id
    if session.get(Resident, resident_id) is None:
        raise NotFound("resident")
    # After a move-on closed her plan, a new one (if she comes back) takes the next number.
    version = (session.scalar(select(func.max(SupportPlan.version)).where(
        SupportPlan.resident_id == resident_id)) or 0) + 1
    plan = SupportPlan(resident_id=resident_id, version=version, **_tracked(person))
    session.add(plan)
    session.flush()
    audit.record(session, person, "plan_started", record_type="resident",
                 record_id=resident_id, detail=f"plan={plan.id} version={version}")
    return plan.id


def start_plan(vault: Vault, *, resident_id: int) -> int:
    """Her first plan (version 1); if she already has one, that one. Returns its id."""
    with vault.transaction() as session:
        return ensure_plan(session, vault.person, resident_id)


def _current(session: Session, plan_id: int) -> SupportPlan:
    plan = session.get(SupportPlan, plan_id)
    if plan is None:
        raise NotFound("support plan")
    if plan.superseded_at is not None:
        raise ValidationError(translate(
            "Plans", "This is an earlier version of her plan; change the current one."),
            field="plan")
    return plan


def add_goal(vault: Vault, *, plan_id: int, her_words: str, area: NeedArea | None = None,
             success_looks_like: str = "") -> int:
    """A goal she chose, in her own words. Returns its id."""
    her_words = her_words.strip()
    if not her_words:
        raise ValidationError(translate("Plans", "Write the goal in her own words."),
                              field="her_words")
    with vault.transaction() as session:
        plan = _current(session, plan_id)
        goal = Goal(plan_id=plan.id, her_words=her_words,
                    area=NeedArea(area) if area else None,
                    success_looks_like=success_looks_like.strip(),
                    status=GoalStatus.OPEN, **_tracked(vault.person))
        session.add(goal)
        session.flush()
        audit.record(session, vault.person, "goal_added", record_type="resident",
                     record_id=plan.resident_id, detail=f"goal={goal.id}")
        return goal.id


#: What a goal's status can be set to, in the words the Plan tab uses (read in the language
#: in use).
STATUS_WORDS: Labels[GoalStatus] = Labels("Plans", {
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("Plans", "Achieved"),
    GoalStatus.PARTLY_ACHIEVED: QT_TRANSLATE_NOOP("Plans", "Partly achieved"),
    GoalStatus.NOT_ACHIEVED: QT_TRANSLATE_NOOP("Plans", "Not achieved"),
    GoalStatus.NO_LONGER_WANTED: QT_TRANSLATE_NOOP("Plans", "No longer wanted"),
    GoalStatus.OPEN: QT_TRANSLATE_NOOP("Plans", "Open again (still working on it)")})


def goal_began_on(session: Session, goal: Goal) -> date:
    """The day the plan this goal was first written into began (a goal carried through later
    versions keeps the day of the first)."""
    first = goal
    while first.carried_from_id is not None:
        first = session.get_one(Goal, first.carried_from_id)
    plan = session.get_one(SupportPlan, first.plan_id)
    return plan.created_at.astimezone().date()


def set_goal_status(vault: Vault, goal_id: int, status: GoalStatus, *, on: date | None = None,
                    today: date | None = None) -> None:
    """Set what became of a goal, at any time (not only at a review): achieved, partly
    achieved, not achieved, no longer wanted, or open again. `on` (default today) is when; not
    in the future, not before her plan began. Open again clears the date. The requested-
    outcomes figure (refugedesk/reviews.py) counts the statuses set so far."""
    status = GoalStatus(status)
    today = today or date.today()
    on = on or today
    dates.check_dates(on=on)
    if on > today:
        raise DateInFuture(translate(
            "Plans", "A goal's status is set once it has happened, not ahead of it."),
            field="on")
    with vault.transaction() as session:
        goal = session.get(Goal, goal_id)
        if goal is None:
            raise NotFound("goal")
        plan = _current(session, goal.plan_id)
        began = goal_began_on(session, goal)
        if status is not GoalStatus.OPEN and on < began:
            raise ValidationError(translate(
                "Plans", "Her plan began on {day}: the date cannot be before that.").format(
                day=fmt_day(began)), field="on")
        goal.status = status
        goal.status_on = None if status is GoalStatus.OPEN else on
        goal.updated_by_id = vault.person.id
        audit.record(session, vault.person, "goal_status_changed", record_type="resident",
                     record_id=plan.resident_id, detail=f"goal={goal.id} status={status}")


def check_action(what: str, owner: ActionOwner, agency: str) -> tuple[str, ActionOwner, str]:
    """An action's what, who and agency as they are saved, or the reason they cannot be."""
    what, agency = what.strip(), agency.strip()
    owner = ActionOwner(owner)
    if not what:
        raise ValidationError(translate("Plans", "Say what is to be done."), field="what")
    if len(what) > MAX_WHAT:
        raise ValidationError(translate("Plans", "Say it in at most {limit} characters.").format(
            limit=MAX_WHAT), field="what")
    if owner is ActionOwner.AGENCY and not agency:
        raise ValidationError(translate("Plans", "Name the agency that will do it."),
                              field="agency")
    if len(agency) > MAX_AGENCY:
        raise ValidationError(translate(
            "Plans", "An agency's name is at most {limit} characters.").format(
            limit=MAX_AGENCY), field="agency")
    return what, owner, agency if owner is ActionOwner.AGENCY else ""


def add_action_in(session: Session, person: Person, *, plan_id: int, what: str,
                  owner: ActionOwner, goal_id: int | None = None, agency: str = "",
                  due_on: date | None = None, marac_referral_id: int | None = None) -> int:
    """`add_action` inside the caller's transaction (a missed session adds a follow-up; a
    MARAC meeting adds the actions it agreed, with `marac_referral_id`)."""
    what, owner, agency = check_action(what, owner, agency)
    plan = _current(session, plan_id)
    if goal_id is not None:
        goal = session.get(Goal, goal_id)
        if goal is None or goal.plan_id != plan.id:
            raise NotFound("goal")
    action = PlanAction(plan_id=plan.id, goal_id=goal_id, what=what, owner=owner,
                        agency=agency, due_on=due_on, marac_referral_id=marac_referral_id,
                        **_tracked(person))
    session.add(action)
    session.flush()
    audit.record(session, person, "action_added", record_type="resident",
                 record_id=plan.resident_id, detail=f"action={action.id}" + (
                     f" marac={marac_referral_id}" if marac_referral_id else ""))
    return action.id


def add_action(vault: Vault, *, plan_id: int, what: str, owner: ActionOwner,
               goal_id: int | None = None, agency: str = "", due_on: date | None = None) -> int:
    """An action: what, who (her, her key worker or another agency), by when."""
    dates.check_dates(due_on=due_on)
    with vault.transaction() as session:
        return add_action_in(session, vault.person, plan_id=plan_id, what=what, owner=owner,
                             goal_id=goal_id, agency=agency, due_on=due_on)


def complete_action(vault: Vault, action_id: int, *, done_at: datetime | None = None) -> None:
    dates.check_dates(done_at=done_at)
    with vault.transaction() as session:
        action = session.get(PlanAction, action_id)
        if action is None:
            raise NotFound("action")
        plan = _current(session, action.plan_id)
        action.done_at = done_at or utcnow()
        action.updated_by_id = vault.person.id
        audit.record(session, vault.person, "action_done", record_type="resident",
                     record_id=plan.resident_id, detail=f"action={action.id}")


def new_version(vault: Vault, *, resident_id: int) -> int:
    """A review: a new version of her plan carrying over the open goals and the actions not
    done (of open goals, or with no goal). The old version is kept as it was. Returns the new
    plan's id."""
    with vault.transaction() as session:
        old_id = current_plan_id(session, resident_id)
        if old_id is None:
            raise ValidationError(translate("Plans", "She has no plan yet: start one first."),
                                  field="plan")
        old = session.get_one(SupportPlan, old_id)
        old.superseded_at = utcnow()
        old.updated_by_id = vault.person.id
        session.flush()
        new = SupportPlan(resident_id=resident_id, version=old.version + 1,
                          **_tracked(vault.person))
        session.add(new)
        session.flush()
        goal_map: dict[int, int] = {}
        for goal in session.scalars(select(Goal).where(
                Goal.plan_id == old.id, Goal.status == GoalStatus.OPEN).order_by(Goal.id)):
            copy = Goal(plan_id=new.id, her_words=goal.her_words, area=goal.area,
                        success_looks_like=goal.success_looks_like, status=goal.status,
                        carried_from_id=goal.id, **_tracked(vault.person))
            session.add(copy)
            session.flush()
            goal_map[goal.id] = copy.id
        for action in session.scalars(select(PlanAction).where(
                PlanAction.plan_id == old.id, PlanAction.done_at.is_(None)).order_by(
                PlanAction.id)):
            if action.goal_id is not None and action.goal_id not in goal_map:
                continue  # its goal was closed at this review
            session.add(PlanAction(
                plan_id=new.id, goal_id=goal_map.get(action.goal_id) if action.goal_id else None,
                what=action.what, owner=action.owner, agency=action.agency,
                due_on=action.due_on, carried_from_id=action.id,
                marac_referral_id=action.marac_referral_id, **_tracked(vault.person)))
        session.flush()
        audit.record(session, vault.person, "plan_reviewed", record_type="resident",
                     record_id=resident_id, detail=f"plan={new.id} version={new.version}")
        return new.id


# --- reading -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionView:
    id: int
    goal_id: int | None
    what: str
    owner: ActionOwner
    agency: str
    due_on: date | None
    done_at: datetime | None
    carried_from_id: int | None
    #: For an earlier version: what became of it ("done", "carried", "dropped").
    became: str
    #: The MARAC referral whose meeting agreed it (then it is one of her MARAC actions).
    marac_referral_id: int | None = None

    @property
    def marac(self) -> bool:
        return self.marac_referral_id is not None


@dataclass(frozen=True)
class GoalView:
    id: int
    her_words: str
    area: NeedArea | None
    success_looks_like: str
    status: GoalStatus
    carried_from_id: int | None
    #: When the status was set (None while open, and for goals set before it was kept).
    status_on: date | None = None


@dataclass(frozen=True)
class PlanView:
    id: int
    resident_id: int
    version: int
    created_at: datetime
    superseded_at: datetime | None
    goals: tuple[GoalView, ...]
    actions: tuple[ActionView, ...]

    @property
    def current(self) -> bool:
        return self.superseded_at is None


def plan_view(session: Session, plan_id: int) -> PlanView:
    """One version of her plan with its goals and actions; for an earlier version, each action
    says what became of it at the review."""
    plan = session.get(SupportPlan, plan_id)
    if plan is None:
        raise NotFound("support plan")
    goals = session.scalars(select(Goal).where(Goal.plan_id == plan.id).order_by(Goal.id))
    actions = list(session.scalars(select(PlanAction).where(
        PlanAction.plan_id == plan.id).order_by(PlanAction.id)))
    carried = set(session.scalars(select(PlanAction.carried_from_id).where(
        PlanAction.carried_from_id.in_([a.id for a in actions]))))

    def became(a: PlanAction) -> str:
        if a.done_at is not None:
            return "done"
        if plan.superseded_at is None:
            return "open"
        return "carried" if a.id in carried else "dropped"

    return PlanView(
        plan.id, plan.resident_id, plan.version, plan.created_at, plan.superseded_at,
        tuple(GoalView(g.id, g.her_words, g.area,
                       g.success_looks_like, g.status, g.carried_from_id, g.status_on)
              for g in goals),
        tuple(ActionView(a.id, a.goal_id, a.what, a.owner, a.agency, a.due_on,
                         a.done_at, a.carried_from_id, became(a), a.marac_referral_id)
              for a in actions))


def versions(session: Session, resident_id: int) -> list[tuple[int, int, datetime]]:
    """(plan id, version, created at) of every version of her plan, newest first."""
    return [tuple(r) for r in session.execute(  # type: ignore[misc]  # rows of three
        select(SupportPlan.id, SupportPlan.version, SupportPlan.created_at).where(
            SupportPlan.resident_id == resident_id).order_by(SupportPlan.version.desc()))]


@dataclass(frozen=True)
class OverdueAction:
    action_id: int
    resident_id: int
    reference: str
    what: str
    owner: ActionOwner
    due_on: date
    days_overdue: int
    #: Agreed at a MARAC meeting (Today and her record label it so).
    marac: bool = False
    agency: str = ""


def overdue_actions(session: Session, *, resident_id: int | None = None,
                    key_worker_id: int | None = None,
                    today: date | None = None) -> list[OverdueAction]:
    """Actions of current plans not done by their due date (due before today), oldest first:
    for one resident, or for every resident of one key worker."""
    today = today or date.today()
    query = (select(PlanAction, Resident.id, Resident.reference)
             .join(SupportPlan, PlanAction.plan_id == SupportPlan.id)
             .join(Resident, SupportPlan.resident_id == Resident.id)
             .where(SupportPlan.superseded_at.is_(None), PlanAction.done_at.is_(None),
                    PlanAction.due_on < today))
    if resident_id is not None:
        query = query.where(SupportPlan.resident_id == resident_id)
    if key_worker_id is not None:
        query = query.where(Resident.key_worker_id == key_worker_id)
    rows = session.execute(query.order_by(PlanAction.due_on, PlanAction.id))
    # due_on < today above keeps only actions with a due date
    return [OverdueAction(a.id, rid, ref, a.what, a.owner, a.due_on,  # type: ignore[arg-type]
                          (today - a.due_on).days,  # type: ignore[operator]
                          a.marac_referral_id is not None, a.agency) for a, rid, ref in rows]


def open_goals(session: Session, resident_id: int) -> list[GoalView]:
    """The goals of her current plan she is still working on (none without a plan)."""
    plan_id = current_plan_id(session, resident_id)
    if plan_id is None:
        return []
    return [g for g in plan_view(session, plan_id).goals if g.status is GoalStatus.OPEN]
