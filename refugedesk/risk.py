"""Risk: the DASH checklist (SafeLives Domestic Abuse, Stalking and Honour-based violence risk
identification), its score and level, the history of assessments, and MARAC referrals.

Scoring follows the published guidance: the score is the number of "yes" answers; 14 or more is
high risk, 10 to 13 medium, below 10 standard. A worker may also rate her high risk by
professional judgement (with the reason: strangulation, threats to kill, stalking, her own
fear...) or by escalation (repeated incidents, police call-outs), whatever the score. High risk
means a MARAC referral; a referral within 12 months of an earlier one is a repeat.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from refugedesk import audit, dates, plans
from refugedesk.db.models import (
    ActionOwner,
    DashAnswer,
    MaracReferral,
    PlanAction,
    Resident,
    RiskAssessment,
    RiskLevel,
    RiskRoute,
    SupportPlan,
)
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Vault
from refugedesk.errors import DateInFuture, IncompleteChecklist, NotFound, ValidationError
from refugedesk.i18n import QT_TRANSLATE_NOOP, Texts, translate, with_count

#: The 24 DASH questions, in the published order, in plain words (a paraphrase of the topics of
#: the SafeLives checklist; the worker asks them in her own way).
#: Each is read in the language in use (`DASH_QUESTIONS[i]` translates it); the numbering is
#: SafeLives' own (question 1 is DASH_QUESTIONS[0]).
DASH_QUESTIONS: Sequence[str] = Texts("Risk", (
    QT_TRANSLATE_NOOP("Risk", "Did the latest incident leave her injured?"),
    QT_TRANSLATE_NOOP("Risk", "Is she very frightened?"),
    QT_TRANSLATE_NOOP("Risk", "Is she afraid of something in particular: more violence, being killed, harm to others?"),
    QT_TRANSLATE_NOOP("Risk", "Is she cut off from family and friends?"),
    QT_TRANSLATE_NOOP("Risk", "Is she feeling low, depressed or thinking of suicide?"),
    QT_TRANSLATE_NOOP("Risk", "Has she separated, or tried to, from the abuser in the past year?"),
    QT_TRANSLATE_NOOP("Risk", "Is there conflict over contact with the children?"),
    QT_TRANSLATE_NOOP("Risk", "Does the abuser keep calling, texting, following, watching or harassing her?"),
    QT_TRANSLATE_NOOP("Risk", "Is she pregnant, or has she had a baby in the last 18 months?"),
    QT_TRANSLATE_NOOP("Risk", "Is the abuse happening more often?"),
    QT_TRANSLATE_NOOP("Risk", "Is the abuse getting worse?"),
    QT_TRANSLATE_NOOP("Risk", "Does the abuser try to control everything she does, or is he very jealous?"),
    QT_TRANSLATE_NOOP("Risk", "Has the abuser ever used a weapon or an object to hurt her?"),
    QT_TRANSLATE_NOOP("Risk", "Has the abuser threatened to kill her or someone else, and she believed it?"),
    QT_TRANSLATE_NOOP("Risk", "Has the abuser ever strangled, choked, suffocated or tried to drown her?"),
    QT_TRANSLATE_NOOP("Risk", "Does the abuser do or say sexual things that make her feel bad or that hurt her or others?"),
    QT_TRANSLATE_NOOP("Risk", "Is there anyone else who has threatened her or whom she is afraid of?"),
    QT_TRANSLATE_NOOP("Risk", "Has the abuser hurt anyone else: children, relatives, a former partner, a stranger?"),
    QT_TRANSLATE_NOOP("Risk", "Has the abuser ever hurt or mistreated an animal or a family pet?"),
    QT_TRANSLATE_NOOP("Risk", "Are there money worries: she depends on him, or he has recently lost his job?"),
    QT_TRANSLATE_NOOP("Risk", "Has the abuser had problems with drugs, alcohol or mental health in the past year?"),
    QT_TRANSLATE_NOOP("Risk", "Has the abuser ever threatened or attempted suicide?"),
    QT_TRANSLATE_NOOP("Risk", "Has the abuser ever broken bail, an injunction or a formal agreement?"),
    QT_TRANSLATE_NOOP("Risk", "Has the abuser been in trouble with the police, or does he have a criminal record?"),
))
assert len(DASH_QUESTIONS) == 24

HIGH_FROM = 14
MEDIUM_FROM = 10
#: A MARAC referral this close after an earlier one (or closer) is a repeat.
REPEAT_WINDOW_MONTHS = 12


def level_for_score(score: int) -> RiskLevel:
    """Standard below 10, medium 10 to 13, high at 14 or more."""
    if not 0 <= score <= len(DASH_QUESTIONS):
        raise ValueError(f"a DASH score is between 0 and 24, not {score}")
    if score >= HIGH_FROM:
        return RiskLevel.HIGH
    if score >= MEDIUM_FROM:
        return RiskLevel.MEDIUM
    return RiskLevel.STANDARD


@dataclass(frozen=True)
class DashItem:
    """One answer: yes, no or not known, with the worker's comment."""

    answer: DashAnswer
    comment: str = ""


def score(answers: Sequence[DashItem | DashAnswer | str]) -> int:
    """The DASH score: how many of the 24 answers are yes."""
    return sum(1 for a in _items(answers) if a.answer is DashAnswer.YES)


def _items(answers: Sequence[DashItem | DashAnswer | str]) -> list[DashItem]:
    items = [a if isinstance(a, DashItem) else DashItem(DashAnswer(a)) for a in answers]
    items = [DashItem(DashAnswer(i.answer), i.comment.strip()) for i in items]
    if len(items) != len(DASH_QUESTIONS):
        answered = len(items)
        raise IncompleteChecklist(with_count(translate(
            "Risk", "Answer all {total} questions (yes, no or not known); %n (is/are) "
            "answered."), answered).format(total=len(DASH_QUESTIONS)),
            field="answers")
    return items


@dataclass(frozen=True)
class Outcome:
    """What an assessment found. `needs_marac`: high risk, so refer her to MARAC."""

    assessment_id: int
    score: int
    level: RiskLevel
    route: RiskRoute
    needs_marac: bool


def assess(vault: Vault, *, resident_id: int, answers: Sequence[DashItem | DashAnswer | str],
           judgement_reason: str = "", escalation_reason: str = "",
           assessed_at: datetime | None = None) -> Outcome:
    """Record a completed DASH checklist. The level comes from the score, unless the worker
    rates her high by professional judgement or by escalation (either needs a reason). Her
    record's risk level becomes that of her latest assessment."""
    dates.check_dates(assessed_at=assessed_at)
    items = _items(answers)
    total = sum(1 for i in items if i.answer is DashAnswer.YES)
    level = level_for_score(total)
    judgement_reason, escalation_reason = judgement_reason.strip(), escalation_reason.strip()
    if judgement_reason and escalation_reason:
        raise ValidationError(translate("Risk",
                                        "Choose one: professional judgement or escalation."),
                              field="route")
    route = RiskRoute.SCORE
    reason = judgement_reason or escalation_reason
    if level is not RiskLevel.HIGH and reason:
        route = RiskRoute.PROFESSIONAL_JUDGEMENT if judgement_reason else RiskRoute.ESCALATION
        level = RiskLevel.HIGH
    now = utcnow()
    assessed_at = assessed_at or now
    if assessed_at.tzinfo is None:
        raise ValueError("assessed_at must be timezone-aware")
    if assessed_at > now + timedelta(minutes=5):
        raise DateInFuture(translate("Risk", "An assessment cannot be dated in the future."),
                           field="assessed_at")
    with vault.transaction() as session:
        resident = session.get(Resident, resident_id)
        if resident is None:
            raise NotFound("resident")
        row = RiskAssessment(
            resident_id=resident_id, assessed_at=assessed_at, assessed_by_id=vault.person.id,
            answers=json.dumps([[i.answer.value, i.comment] for i in items]), score=total,
            level=level, route=route, reason=reason,
            created_by_id=vault.person.id, updated_by_id=vault.person.id)
        session.add(row)
        session.flush()
        latest = _latest(session, resident_id)
        assert latest is not None
        resident.risk_level = latest.level
        resident.updated_by_id = vault.person.id
        audit.record(session, vault.person, "risk_assessed", record_type="resident",
                     record_id=resident_id,
                     detail=f"assessment={row.id} level={level} route={route}")
        return Outcome(row.id, total, level, route, needs_marac(session, resident_id))


def _latest(session: Session, resident_id: int) -> RiskAssessment | None:
    return session.scalars(select(RiskAssessment).where(
        RiskAssessment.resident_id == resident_id).order_by(
        RiskAssessment.assessed_at.desc(), RiskAssessment.id.desc()).limit(1)).first()


@dataclass(frozen=True)
class AssessmentRow:
    id: int
    assessed_at: datetime
    assessed_by_id: int | None
    score: int
    level: RiskLevel
    route: RiskRoute
    reason: str
    answers: tuple[DashItem, ...]


def history(session: Session, resident_id: int) -> list[AssessmentRow]:
    """Every DASH she has had, newest first."""
    rows = session.scalars(select(RiskAssessment).where(
        RiskAssessment.resident_id == resident_id).order_by(
        RiskAssessment.assessed_at.desc(), RiskAssessment.id.desc()))
    return [AssessmentRow(r.id, r.assessed_at, r.assessed_by_id, r.score, r.level,
                          r.route, r.reason,
                          tuple(DashItem(DashAnswer(a), c) for a, c in json.loads(r.answers)))
            for r in rows]


def needs_marac(session: Session, resident_id: int) -> bool:
    """Her latest assessment is high risk and no MARAC referral has been made since it."""
    latest = _latest(session, resident_id)
    if latest is None or latest.level != RiskLevel.HIGH:
        return False
    since = session.scalar(select(MaracReferral.id).where(
        MaracReferral.resident_id == resident_id,
        MaracReferral.referred_on >= latest.assessed_at.date()).limit(1))
    return since is None


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


@dataclass(frozen=True)
class MaracRow:
    id: int
    referred_on: date
    reason: str
    actions: str
    repeat_of_id: int | None
    #: The earlier referral this repeats, with its actions, so the repeat is read against it.
    repeat_of_on: date | None = None
    repeat_of_actions: str = ""

    @property
    def is_repeat(self) -> bool:
        return self.repeat_of_id is not None


def refer_to_marac(vault: Vault, *, resident_id: int, referred_on: date, reason: str = "",
                   actions: str = "", risk_assessment_id: int | None = None,
                   today: date | None = None) -> MaracRow:
    """Record a MARAC referral. One made within 12 months of an earlier referral (a year to
    the day included) is flagged as a repeat and points at the latest earlier one."""
    dates.check_dates(referred_on=referred_on)
    if referred_on > (today or date.today()):
        raise DateInFuture(translate("Risk", "A MARAC referral cannot be dated in the future."),
                           field="referred_on")
    with vault.transaction() as session:
        if session.get(Resident, resident_id) is None:
            raise NotFound("resident")
        earlier = session.scalars(select(MaracReferral).where(
            MaracReferral.resident_id == resident_id,
            MaracReferral.referred_on <= referred_on,
            MaracReferral.referred_on >= _year_before(referred_on)).order_by(
            MaracReferral.referred_on.desc(), MaracReferral.id.desc()).limit(1)).first()
        row = MaracReferral(resident_id=resident_id, referred_on=referred_on,
                            reason=reason.strip(), actions=actions.strip(),
                            risk_assessment_id=risk_assessment_id,
                            repeat_of_id=earlier.id if earlier else None,
                            created_by_id=vault.person.id, updated_by_id=vault.person.id)
        session.add(row)
        session.flush()
        audit.record(session, vault.person, "marac_referred", record_type="resident",
                     record_id=resident_id,
                     detail=f"marac={row.id}" + (f" repeat_of={earlier.id}" if earlier else ""))
        return _marac_row(session, row)


def record_marac_actions(vault: Vault, marac_id: int, *, actions: str) -> None:
    """Notes on what the MARAC agreed, as free text (how actions were kept before each had an
    owner and a due date; shown as "Notes from before"). New actions: `add_marac_actions`."""
    with vault.transaction() as session:
        row = session.get(MaracReferral, marac_id)
        if row is None:
            raise NotFound("MARAC referral")
        row.actions = actions.strip()
        row.updated_by_id = vault.person.id
        audit.record(session, vault.person, "marac_actions_changed", record_type="resident",
                     record_id=row.resident_id, detail=f"marac={row.id}")


@dataclass(frozen=True)
class MaracAction:
    """One action a MARAC agreed: who does it (her, her key worker, or an agency named), what,
    and the date it is due by."""

    what: str
    owner: ActionOwner
    due_on: date | None
    agency: str = ""


def add_marac_actions(vault: Vault, marac_id: int, *, actions: Sequence[MaracAction]) -> list[int]:
    """The actions a MARAC meeting agreed, each on her support plan (started if she has none)
    as one of her MARAC actions, so an overdue one shows on Today like any overdue action. All
    are saved, or none. Returns the actions' ids."""
    if not actions:
        raise ValidationError(translate("Risk", "Add at least one action to the list."),
                              field="actions")
    several = len(actions) > 1
    for n, action in enumerate(actions, start=1):
        if action.due_on is None:
            raise ValidationError(
                translate("Risk", "Action {number}: give the date it is due by.").format(
                    number=n) if several
                else translate("Risk", "Give the date it is due by."), field="due_on")
        dates.check_dates(due_on=action.due_on)
        try:
            plans.check_action(action.what, action.owner, action.agency)
        except ValidationError as err:
            raise ValidationError(
                translate("Risk", "Action {number}: {problem}").format(
                    number=n, problem=str(err)) if several else str(err),
                field=err.field) from None
    with vault.transaction() as session:
        row = session.get(MaracReferral, marac_id)
        if row is None:
            raise NotFound("MARAC referral")
        plan_id = plans.ensure_plan(session, vault.person, row.resident_id)
        ids = [plans.add_action_in(session, vault.person, plan_id=plan_id, what=a.what,
                                   owner=a.owner, agency=a.agency, due_on=a.due_on,
                                   marac_referral_id=row.id) for a in actions]
        audit.record(session, vault.person, "marac_actions_added", record_type="resident",
                     record_id=row.resident_id, detail=f"marac={row.id} actions={len(ids)}")
        return ids


@dataclass(frozen=True)
class MaracActionRow:
    action_id: int
    marac_referral_id: int
    what: str
    owner: ActionOwner
    agency: str
    due_on: date | None
    done_at: datetime | None

    def overdue(self, today: date) -> bool:
        return self.done_at is None and self.due_on is not None and self.due_on < today


def marac_actions(session: Session, resident_id: int) -> dict[int, list[MaracActionRow]]:
    """Her MARAC actions by referral, as her current plan holds them (an action carried into a
    new version of her plan is shown once, as it is now; one of a closed plan as it was)."""
    rows = session.execute(
        select(PlanAction, SupportPlan.superseded_at)
        .join(SupportPlan, PlanAction.plan_id == SupportPlan.id)
        .join(MaracReferral, PlanAction.marac_referral_id == MaracReferral.id)
        .where(MaracReferral.resident_id == resident_id)
        .order_by(PlanAction.due_on, PlanAction.id))
    found = list(rows)
    carried = {a.carried_from_id for a, _ in found if a.carried_from_id is not None}
    out: dict[int, list[MaracActionRow]] = {}
    for a, _superseded in found:
        if a.id in carried:
            continue  # a later version of her plan holds it now
        assert a.marac_referral_id is not None
        out.setdefault(a.marac_referral_id, []).append(MaracActionRow(
            a.id, a.marac_referral_id, a.what, a.owner, a.agency, a.due_on, a.done_at))
    return out


def _marac_row(session: Session, row: MaracReferral) -> MaracRow:
    earlier = session.get(MaracReferral, row.repeat_of_id) if row.repeat_of_id else None
    return MaracRow(row.id, row.referred_on, row.reason, row.actions, row.repeat_of_id,
                    earlier.referred_on if earlier else None,
                    earlier.actions if earlier else "")


def marac_history(session: Session, resident_id: int) -> list[MaracRow]:
    """Her MARAC referrals, newest first, each repeat with the referral it repeats."""
    rows = session.scalars(select(MaracReferral).where(
        MaracReferral.resident_id == resident_id).order_by(
        MaracReferral.referred_on.desc(), MaracReferral.id.desc()))
    return [_marac_row(session, r) for r in rows]
