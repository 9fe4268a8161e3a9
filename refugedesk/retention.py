"""The retention schedule (issue 16): how long records are kept, what is due for review, a
manager's decision for each, and carrying the decisions out.

The schedule lives on the Organisation row; an administrator sets it (`set_schedule`). Sector
defaults: an adult's record 6 years after her last contact, a child's data until the child's
25th birthday, a referral that never became a stay 1 year after its outcome, drafts 90 days.

What is due (`due`):
- **Her record** (a resident not in refuge now and not anonymised yet): due on the later of
  `adult_years` after her last contact and each of her children's `child_age`th birthday (her
  children's data is part of her record, so it is kept as long as the youngest child's). Her
  last contact is the latest of: her stays' departures, contacts with her, reviews held, risk
  and needs assessments, referrals made for her, MARAC referrals, and the day her record was
  made. A child whose date of birth is not recorded leaves the adult rule to decide.
- **A referral that never became a stay**, closed (declined, withdrawn, or offered and not
  taken): `referral_years` after it was closed.
- **Drafts**: an intake never finished, and a long form's unsaved work (form_draft), not touched
  for `draft_days`. The schedule is their decision: `apply` removes them.
A record whose latest decision is "keep" with `keep_until` still ahead is not due; an
"anonymise" or "erase" decision not carried out yet is shown beside the record, waiting.

A manager decides (`decide`): keep longer (a reason and a date), anonymise or erase (a
reason). `apply` carries out every approved anonymise or erase, one transaction each, and
removes the drafts due; then the file is scrubbed (forgetting.scrub_file). Managers and
administrators only; the audit names the decision, never her name or her record's values.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import String, cast, delete, func, or_, select, union_all
from sqlalchemy.orm import Session

from refugedesk import audit, dates, forgetting, i18n
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import (
    Child,
    Contact,
    FormDraft,
    IntakeDraft,
    MaracReferral,
    NeedsAssessment,
    Organisation,
    Referral,
    ReferralOut,
    ReferralStatus,
    Resident,
    RetentionChoice,
    RetentionDecision,
    Review,
    RiskAssessment,
    Stay,
)
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Person, Vault
from refugedesk.errors import NotAllowed, NotFound, StillInRefuge, ValidationError
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate, with_count

#: The ranges the schedule's values may take (the schema's CHECK says the same).
ADULT_YEARS = (1, 100)
CHILD_AGE = (18, 100)
REFERRAL_YEARS = (1, 100)
DRAFT_DAYS = (1, 3650)
#: The longest reason a decision keeps.
REASON_MAX = 1000
RECORD_TYPES = ("resident", "referral")


@dataclass(frozen=True)
class Schedule:
    adult_years: int = 6
    child_age: int = 25
    referral_years: int = 1
    draft_days: int = 90


def schedule(session: Session) -> Schedule:
    org = session.scalars(select(Organisation)).one()
    return Schedule(org.retention_adult_years, org.retention_child_age,
                    org.retention_referral_years, org.retention_draft_days)


#: What each value of the schedule is refused with: not a whole number; out of its range.
_REFUSED = {
    "adult_years": (
        QT_TRANSLATE_NOOP("Retention",
                          "Give the years after an adult's last contact as a whole number."),
        QT_TRANSLATE_NOOP("Retention",
                          "Choose years after an adult's last contact from {low} to {high}.")),
    "child_age": (
        QT_TRANSLATE_NOOP("Retention", "Give the child's age as a whole number."),
        QT_TRANSLATE_NOOP("Retention", "Choose the child's age from {low} to {high}.")),
    "referral_years": (
        QT_TRANSLATE_NOOP("Retention", "Give the years for a referral as a whole number."),
        QT_TRANSLATE_NOOP("Retention", "Choose years for a referral from {low} to {high}.")),
    "draft_days": (
        QT_TRANSLATE_NOOP("Retention", "Give the days for a draft as a whole number."),
        QT_TRANSLATE_NOOP("Retention", "Choose days for a draft from {low} to {high}.")),
}


def _whole(value: object, field_name: str, bounds: tuple[int, int]) -> int:
    not_whole, out_of_range = _REFUSED[field_name]
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(translate("Retention", not_whole), field=field_name)
    low, high = bounds
    if not low <= value <= high:
        raise ValidationError(translate("Retention", out_of_range).format(low=low, high=high),
                              field=field_name)
    return value


def check_schedule(adult_years: int, child_age: int, referral_years: int,
                   draft_days: int) -> Schedule:
    return Schedule(
        _whole(adult_years, "adult_years", ADULT_YEARS),
        _whole(child_age, "child_age", CHILD_AGE),
        _whole(referral_years, "referral_years", REFERRAL_YEARS),
        _whole(draft_days, "draft_days", DRAFT_DAYS))


def set_schedule(vault: Vault, *, adult_years: int, child_age: int, referral_years: int,
                 draft_days: int) -> Schedule:
    """Administrators only: the schedule, saved in one audited step. Returns it as saved."""
    if not vault.confirm_person().is_admin:
        raise NotAllowed(translate("Retention",
                                   "Only an administrator can change the retention schedule."))
    new = check_schedule(adult_years, child_age, referral_years, draft_days)
    with vault.transaction() as session:
        org = session.scalars(select(Organisation)).one()
        old = schedule(session)
        org.retention_adult_years = new.adult_years
        org.retention_child_age = new.child_age
        org.retention_referral_years = new.referral_years
        org.retention_draft_days = new.draft_days
        changed = [f"retention_{k}={getattr(new, k)}" for k in Schedule.__dataclass_fields__
                   if getattr(new, k) != getattr(old, k)]
        if changed:
            audit.record(session, vault.person, "settings_changed", detail=" ".join(changed))
    return new


# --- what is due --------------------------------------------------------------------------------


def add_years(day: date, years: int) -> date:
    """The same day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class DueItem:
    """One record due for review. `reference` names it without naming her (a household
    reference, "Referral 12", "Intake draft 3"); `why` says which rule made it due."""

    kind: str  # "resident", "referral", "intake_draft" or "form_draft"
    record_id: int
    reference: str
    last_contact: date
    due_on: date
    why: str
    #: An anonymise or erase decision waiting for `apply`, if any.
    approved: RetentionChoice | None = None
    children: int = 0

    @property
    def is_draft(self) -> bool:
        return self.kind in ("intake_draft", "form_draft")

    @property
    def kind_text(self) -> str:
        return translate("Retention", _KINDS[self.kind])

    @property
    def state_text(self) -> str:
        if self.is_draft:
            return translate("Retention", "Removed when carried out")
        if self.approved is not None:
            return translate("Retention", "{choice} (approved, waiting)").format(
                choice=self.approved.label)
        return translate("Retention", "To decide")


_KINDS = {"resident": QT_TRANSLATE_NOOP("Retention", "Her record"),
          "referral": QT_TRANSLATE_NOOP("Retention", "Referral"),
          "intake_draft": QT_TRANSLATE_NOOP("Retention", "Intake draft"),
          "form_draft": QT_TRANSLATE_NOOP("Retention", "Form draft")}


def _as_day(value: date | datetime | str | None) -> date | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value) if "T" in value or " " in value \
            else date.fromisoformat(value)
    if isinstance(value, datetime):
        return value.astimezone().date() if value.tzinfo else value.date()
    return value


def _latest_decisions(session: Session) -> dict[tuple[str, int], RetentionDecision]:
    latest: dict[tuple[str, int], RetentionDecision] = {}
    for decision in session.scalars(select(RetentionDecision).order_by(RetentionDecision.id)):
        latest[(decision.record_type, decision.record_id)] = decision
    return latest


def _day_text(column: Any) -> Any:
    """A date or UTC instant column as its 'YYYY-MM-DD' text: read without converting each
    value (100k residents read in milliseconds rather than a second)."""
    return func.substr(cast(column, String), 1, 10)  # a server's dates are dates, not text


def _last_contacts(session: Session) -> dict[int, date]:
    """Each resident's last contact (see the module's docstring), in one query: the latest
    day of each source per resident, then the latest of those."""
    sources = [select(Resident.id.label("rid"), _day_text(Resident.created_at).label("day"))]
    sources.append(select(Stay.resident_id, _day_text(func.max(func.coalesce(
        Stay.left_on, Stay.arrived_on)))).where(Stay.resident_id.is_not(None))
        .group_by(Stay.resident_id))
    for model, column in ((Contact, Contact.at), (Review, Review.held_on),
                          (RiskAssessment, RiskAssessment.assessed_at),
                          (NeedsAssessment, NeedsAssessment.assessed_on),
                          (ReferralOut, ReferralOut.made_on),
                          (MaracReferral, MaracReferral.referred_on)):
        sources.append(select(model.resident_id, _day_text(func.max(column)))
                       .group_by(model.resident_id))
    every = union_all(*sources).subquery()
    rows = session.connection().execute(select(every.c.rid, func.max(every.c.day))
                           .where(every.c.day.is_not(None)).group_by(every.c.rid))
    return {rid: date.fromisoformat(day) for rid, day in rows}


def _check_viewer(viewer: Person | None) -> None:
    if viewer is not None and not viewer.is_manager_or_admin:
        raise NotAllowed(translate(
            "Retention", "Only a manager or an administrator can see what is due for review."))


def due(session: Session, today: date, *, viewer: Person | None = None) -> list[DueItem]:
    """Everything due for review on `today` (see the module's docstring), oldest due first.
    A support worker (`viewer`) is refused; `viewer=None` is code acting for nobody (the
    command line checks the person itself)."""
    _check_viewer(viewer)
    dates.check_dates(today=today)
    rules = schedule(session)
    decisions = _latest_decisions(session)
    items: list[DueItem] = []

    def decided(kind: str, record_id: int) -> tuple[bool, RetentionChoice | None]:
        """(kept out of the list, approved choice waiting)."""
        decision = decisions.get((kind, record_id))
        if decision is None:
            return False, None
        if decision.choice is RetentionChoice.KEEP:
            return decision.keep_until is not None and decision.keep_until > today, None
        if decision.carried_out_at is not None:
            return True, None
        return False, decision.choice

    conn = session.connection()  # plain rows: no ORM bookkeeping for 100k of them
    in_refuge = set(conn.scalars(select(Stay.resident_id).where(
        Stay.resident_id.is_not(None), or_(Stay.left_on.is_(None), Stay.left_on > today))))
    births: defaultdict[int, list[date]] = defaultdict(list)
    counts: defaultdict[int, int] = defaultdict(int)
    for rid, born in conn.execute(select(Child.resident_id,
                                            _day_text(Child.date_of_birth))):
        counts[rid] += 1
        if born is not None:
            births[rid].append(date.fromisoformat(born))
    last = _last_contacts(session)
    for rid, reference in conn.execute(select(Resident.id, Resident.reference).where(
            Resident.anonymised_on.is_(None))):
        if rid in in_refuge or rid not in last:
            continue
        adult_due = add_years(last[rid], rules.adult_years)
        child_due = max((add_years(b, rules.child_age) for b in births[rid]), default=None)
        if child_due is not None and child_due > adult_due:
            due_on, why = child_due, translate(
                "Retention", "her youngest child's {age}th birthday, {day}").format(
                age=rules.child_age, day=fmt_day(child_due))
        else:
            years = rules.adult_years
            due_on, why = adult_due, with_count(translate(
                "Retention", "%n year(s) after her last contact, {day}"),
                years).format(day=fmt_day(last[rid]))
        if due_on > today:
            continue
        hidden, approved = decided("resident", rid)
        if not hidden:
            items.append(DueItem("resident", rid, reference, last[rid], due_on, why, approved,
                                 counts[rid]))

    became_stay = select(Stay.referral_id).where(Stay.referral_id.is_not(None))
    for rid, closed_at in conn.execute(select(Referral.id, Referral.closed_at).where(
            Referral.closed_at.is_not(None), Referral.id.not_in(became_stay),
            Referral.status.not_in([ReferralStatus.NEW, ReferralStatus.ASSESSING,
                                    ReferralStatus.ARRIVED]))):
        closed = _as_day(closed_at)
        assert closed is not None
        due_on = add_years(closed, rules.referral_years)
        if due_on > today:
            continue
        hidden, approved = decided("referral", rid)
        if not hidden:
            years = rules.referral_years
            items.append(DueItem("referral", rid, _referral(rid), closed, due_on,
                                 with_count(translate(
                                     "Retention", "Never a stay; %n year(s) after it was "
                                     "closed, {day}"),
                                     years).format(day=fmt_day(closed)),
                                 approved))

    for kind, model, where in (
            ("intake_draft", IntakeDraft, IntakeDraft.finished_at.is_(None)),
            ("form_draft", FormDraft, FormDraft.id.is_not(None))):
        for draft_id, touched in session.execute(
                select(model.id, model.updated_at).where(where)):
            day = _as_day(touched)
            assert day is not None
            due_on = day.fromordinal(day.toordinal() + rules.draft_days)
            if due_on <= today:
                name = (translate("Retention", "Intake draft {number}") if kind == "intake_draft"
                        else translate("Retention", "Form draft {number}"))
                days = rules.draft_days
                items.append(DueItem(kind, draft_id, name.format(number=draft_id), day, due_on,
                                     with_count(translate(
                                         "Retention", "Not touched for %n day(s)"), days)))
    items.sort(key=lambda i: (i.due_on, i.kind, i.record_id))
    return items


# --- deciding ---------------------------------------------------------------------------------


def _require_manager(vault: Vault, refused: str) -> Person:
    """The signed-in manager or administrator; anyone else is refused with `refused`."""
    person = vault.confirm_person()
    if not person.is_manager_or_admin:
        raise NotAllowed(refused)
    return person


def check_decision(*, record_type: str, choice: RetentionChoice, reason: str,
                   keep_until: date | None, today: date) -> str:
    """Refuse what cannot be saved; returns the reason as kept (trimmed)."""
    if record_type not in RECORD_TYPES:
        raise ValidationError(translate("Retention",
                                        "Only her record or a referral can be decided on."),
                              field="record")
    choice = RetentionChoice(choice)
    reason = reason.strip()
    if not reason:
        raise ValidationError(translate("Retention", "Say why: it is kept with the decision."),
                              field="reason")
    if len(reason) > REASON_MAX:
        raise ValidationError(translate(
            "Retention", "The reason is {length} characters long; keep it to {limit}.").format(
            length=i18n.number(len(reason)), limit=i18n.number(REASON_MAX)), field="reason")
    if choice is RetentionChoice.KEEP:
        if keep_until is None:
            raise ValidationError(translate("Retention", "Choose the day to review it again."),
                                  field="keep_until")
        dates.check_dates(keep_until=keep_until)
        if keep_until <= today:
            raise ValidationError(translate("Retention", "Choose a day after today."),
                                  field="keep_until")
    return reason


def decide(vault: Vault, *, record_type: str, record_id: int, choice: RetentionChoice,
           reason: str, keep_until: date | None = None, today: date | None = None) -> int:
    """A manager's decision on a record that is due: keep longer (a reason and the day to
    review it again), anonymise or erase (carried out by `apply`). Returns the decision's id."""
    _require_manager(vault, translate(
        "Retention", "Only a manager or an administrator can decide what happens to a record."))
    today = today or date.today()
    choice = RetentionChoice(choice)
    reason = check_decision(record_type=record_type, choice=choice, reason=reason,
                            keep_until=keep_until, today=today)
    with vault.transaction() as session:
        model = Resident if record_type == "resident" else Referral
        if session.get(model, record_id) is None:
            raise NotFound("record")
        if record_type == "resident" and choice is not RetentionChoice.KEEP:
            forgetting.check_not_in_refuge(session, record_id, today)
        if record_type == "referral" and forgetting.referral_became_stay(session, record_id):
            raise ValidationError(translate(
                "Retention", "This referral became a stay: it is kept with her record and "
                "decided with it."), field="record")
        decision = RetentionDecision(
            record_type=record_type, record_id=record_id, choice=choice, reason=reason,
            keep_until=keep_until if choice is RetentionChoice.KEEP else None,
            decided_by_id=vault.person.id, created_by_id=vault.person.id,
            updated_by_id=vault.person.id)
        session.add(decision)
        session.flush()
        audit.record(session, vault.person, "retention_decided",
                     record_type="retention_decision", record_id=decision.id,
                     detail=f"{record_type} choice={choice.value}")
        return decision.id


# --- carrying out -------------------------------------------------------------------------------


@dataclass
class Applied:
    """What `apply` did: references only (never names)."""

    anonymised: list[str] = field(default_factory=list)
    erased: list[str] = field(default_factory=list)
    #: (reference, why not) for decisions that could not be carried out now.
    skipped: list[tuple[str, str]] = field(default_factory=list)
    drafts_removed: int = 0

    @property
    def done(self) -> int:
        return len(self.anonymised) + len(self.erased) + self.drafts_removed


def _referral(record_id: int) -> str:
    return translate("Retention", "Referral {number}").format(number=record_id)


def _reference(session: Session, record_type: str, record_id: int) -> str:
    if record_type == "referral":
        return _referral(record_id)
    return session.scalar(select(Resident.reference).where(Resident.id == record_id)) \
        or translate("Retention", "record {number}").format(number=record_id)


def apply(vault: Vault, today: date | None = None, *,
          progress: Callable[[int, int], None] | None = None) -> Applied:
    """Carry out every approved anonymise or erase decision (the latest decision on its
    record, not carried out yet), one transaction each, and remove the drafts due; then scrub
    the file. A woman who has come back into refuge since is skipped (said in `skipped`)."""
    _require_manager(vault, translate(
        "Retention", "Only a manager or an administrator can carry out retention decisions."))
    today = today or date.today()
    result = Applied()
    with vault.session() as session:
        waiting = [d for d in _latest_decisions(session).values()
                   if d.choice is not RetentionChoice.KEEP and d.carried_out_at is None]
        drafts = [i for i in due(session, today) if i.is_draft]
    total = len(waiting) + 1
    for number, decision_row in enumerate(waiting):
        if progress:
            progress(number, total)
        try:
            with vault.transaction() as session:
                decision = session.get_one(RetentionDecision, decision_row.id)
                ref = _reference(session, decision.record_type, decision.record_id)
                model = Resident if decision.record_type == "resident" else Referral
                if session.get(model, decision.record_id) is not None:
                    _carry_out(session, decision.record_type, decision.record_id,
                               decision.choice, today)
                decision.carried_out_at = utcnow()
                audit.record(session, vault.person, "retention_carried_out",
                             record_type="retention_decision", record_id=decision.id,
                             detail=f"{decision.record_type} choice={decision.choice.value}")
            (result.erased if decision_row.choice is RetentionChoice.ERASE
             else result.anonymised).append(ref)
        except StillInRefuge:
            result.skipped.append((ref, translate(
                "Retention", "she is in refuge again: decide again after she moves on")))
    if drafts:
        with vault.transaction() as session:
            intake = [i.record_id for i in drafts if i.kind == "intake_draft"]
            forms = [i.record_id for i in drafts if i.kind == "form_draft"]
            session.execute(delete(IntakeDraft).where(IntakeDraft.id.in_(intake),
                                                      IntakeDraft.finished_at.is_(None)))
            session.execute(delete(FormDraft).where(FormDraft.id.in_(forms)))
            audit.record(session, vault.person, "retention_drafts_removed",
                         detail=f"intake={len(intake)} form={len(forms)}")
        result.drafts_removed = len(drafts)
    if result.done:
        forgetting.scrub_file(vault.engine)
    if progress:
        progress(total, total)
    return result


def _carry_out(session: Session, record_type: str, record_id: int, choice: RetentionChoice,
               today: date) -> None:
    if record_type == "resident":
        if choice is RetentionChoice.ERASE:
            forgetting.erase_resident(session, record_id, today=today)
        else:
            forgetting.anonymise_resident(session, record_id, today=today)
    elif choice is RetentionChoice.ERASE:
        forgetting.erase_referral(session, record_id)
    else:
        forgetting.anonymise_referral(session, record_id)


__all__ = ["Applied", "DueItem", "Schedule", "add_years", "apply", "check_decision",
           "check_schedule", "decide", "due", "schedule", "set_schedule"]
