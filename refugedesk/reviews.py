"""Reviews of her support: interim reviews (planned at intervals, with a due date) and the
celebration-of-achievement review before she moves on.

A review is planned (`schedule_review`), then held and saved (`save_review`). Saving again
adds a new version; every earlier version stays readable (`review_versions`, and
`gather(..., version=n)`), and the schema refuses to change or delete a saved version.

`gather` brings together what the meeting looks at: her needs scores at intake against now,
area by area (assessment.distance_travelled); each goal she asked for and what became of it;
the programmes she completed; the moments chosen from her contact log; her own words; who
attended; the next steps; and the headline figure below.

The headline figure: requested outcomes achieved
-------------------------------------------------
Each goal she asked for counts once, however many versions of her plan it was carried
through (the goal's latest copy says what became of it). Then

    share achieved = (achieved + partly achieved) / (goals asked for - goals no longer wanted)

- A goal she no longer wanted does not count against her: it leaves the denominator.
- Partly achieved counts as achieved in the headline (she moved towards what she asked for);
  `OutcomeFigure.achieved_in_full` and its share are kept beside it, so nothing is hidden.
- A goal still open, or not achieved, counts in the denominator and not in the numerator.
- With no goal left to count the share is None ("no goals to count yet"), never 0% or 100%.
- A goal's status can be set at any time, with the day (plans.set_goal_status, from the Plan
  tab), so an interim review counts the statuses set so far, not only those set at move-on.

Programmes count as completed only on the sessions within one of her stays or marked as
community support (refugedesk/history.py).

Every change writes an audit event on the resident (kinds `review_scheduled`,
`review_saved`); the documents write `review_document_made` (see reports/review_pdf.py).
Details hold ids and versions, never what was written.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from refugedesk import audit, dates
from refugedesk.assessment import DistanceTravelled, distance_travelled
from refugedesk.db.models import (
    Attendance,
    Contact,
    Goal,
    GoalStatus,
    NeedArea,
    Organisation,
    Programme,
    ProgrammeSession,
    Resident,
    Review,
    ReviewKind,
    ReviewVersion,
    StaffMember,
    Stay,
    SupportPlan,
)
from refugedesk.db.vault import Vault
from refugedesk.errors import DateInFuture, NotFound, ValidationError
from refugedesk.i18n import translate
from refugedesk.programmes import completed_on, completion


@dataclass(frozen=True)
class Moment:
    """A contact chosen for the review. `words` are what her copy says about it, written with
    her; the contact's own notes appear only on the file copy."""

    contact_id: int
    words: str = ""


def schedule_review(vault: Vault, *, resident_id: int, kind: ReviewKind,
                    due_on: date | None = None, stay_id: int | None = None) -> int:
    """Plan a review. An interim review needs a due date. Returns its id."""
    dates.check_dates(due_on=due_on)
    kind = ReviewKind(kind)
    if kind is ReviewKind.INTERIM and due_on is None:
        raise ValidationError(translate("Reviews", "Give the date the review is due."),
                              field="due_on")
    with vault.transaction() as session:
        if session.get(Resident, resident_id) is None:
            raise NotFound("resident")
        if stay_id is not None:
            stay = session.get(Stay, stay_id)
            if stay is None or stay.resident_id != resident_id:
                raise NotFound("stay")
        review = Review(resident_id=resident_id, stay_id=stay_id, kind=kind,
                        due_on=due_on, version=0, created_by_id=vault.person.id,
                        updated_by_id=vault.person.id)
        session.add(review)
        session.flush()
        audit.record(session, vault.person, "review_scheduled", record_type="resident",
                     record_id=resident_id, detail=f"review={review.id} kind={kind}")
        return review.id


def save_review(vault: Vault, review_id: int, *, held_on: date, attended: str = "",
                her_words: str = "", next_steps: str = "", moments: Sequence[Moment] = (),
                today: date | None = None) -> int:
    """Record what was said at the review, as a new version (the first saving is version 1).
    Earlier versions are kept as they were. `moments` are contacts from her own log. Returns
    the new version's number."""
    dates.check_dates(held_on=held_on)
    if held_on > (today or date.today()):
        raise DateInFuture(translate("Reviews", "A review is saved once it has been held."),
                           field="held_on")
    chosen = [Moment(m.contact_id, m.words.strip()) for m in moments]
    if len({m.contact_id for m in chosen}) != len(chosen):
        raise ValidationError(translate("Reviews", "Each moment is chosen once."),
                              field="moments")
    with vault.transaction() as session:
        review = session.get(Review, review_id)
        if review is None:
            raise NotFound("review")
        ids = {m.contact_id for m in chosen}
        if ids:
            hers = set(session.scalars(select(Contact.id).where(
                Contact.id.in_(ids), Contact.resident_id == review.resident_id)))
            if hers != ids:
                raise ValidationError(translate("Reviews",
                                                "Choose moments from her own contact log."),
                                      field="moments")
        review.version += 1
        review.held_on = held_on
        review.updated_by_id = vault.person.id
        session.add(ReviewVersion(
            review_id=review.id, version=review.version, held_on=held_on,
            attended=attended.strip(), her_words=her_words.strip(),
            next_steps=next_steps.strip(),
            moments=json.dumps([{"contact_id": m.contact_id, "words": m.words}
                                for m in chosen]),
            created_by_id=vault.person.id, updated_by_id=vault.person.id))
        session.flush()
        audit.record(session, vault.person, "review_saved", record_type="resident",
                     record_id=review.resident_id,
                     detail=f"review={review.id} version={review.version}")
        return review.version


# --- reading -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewRow:
    id: int
    kind: ReviewKind
    due_on: date | None
    held_on: date | None
    version: int

    def overdue(self, today: date) -> bool:
        return self.held_on is None and self.due_on is not None and self.due_on < today


def reviews_for(session: Session, resident_id: int) -> list[ReviewRow]:
    """Her reviews, planned and held, by due (or held) date."""
    rows = session.scalars(select(Review).where(Review.resident_id == resident_id))
    found = [ReviewRow(r.id, r.kind, r.due_on, r.held_on, r.version) for r in rows]
    return sorted(found, key=lambda r: (r.due_on or r.held_on or date.max, r.id))


@dataclass(frozen=True)
class VersionRow:
    version: int
    held_on: date
    saved_at: datetime
    saved_by: str | None


def review_versions(session: Session, review_id: int) -> list[VersionRow]:
    """Every saved version of a review, newest first."""
    rows = session.execute(
        select(ReviewVersion, StaffMember.display_name)
        .outerjoin(StaffMember, ReviewVersion.created_by_id == StaffMember.id)
        .where(ReviewVersion.review_id == review_id)
        .order_by(ReviewVersion.version.desc()))
    return [VersionRow(v.version, v.held_on, v.created_at, name) for v, name in rows]


@dataclass(frozen=True)
class GoalOutcome:
    goal_id: int
    her_words: str
    area: NeedArea | None
    status: GoalStatus


@dataclass(frozen=True)
class OutcomeFigure:
    """Her requested outcomes (see the module docstring for the rule)."""

    asked: int
    achieved_in_full: int
    partly: int
    not_achieved: int
    still_open: int
    no_longer_wanted: int

    @property
    def counted(self) -> int:
        """Goals that count: asked for, less those she no longer wanted."""
        return self.asked - self.no_longer_wanted

    @property
    def achieved(self) -> int:
        return self.achieved_in_full + self.partly

    @property
    def share(self) -> float | None:
        """The headline share (0 to 1), or None with no goals to count."""
        return self.achieved / self.counted if self.counted else None

    @property
    def share_in_full(self) -> float | None:
        return self.achieved_in_full / self.counted if self.counted else None

    @property
    def percent(self) -> int | None:
        """The headline as a whole percentage, rounded half up."""
        share = self.share
        return None if share is None else int(share * 100 + 0.5)


def goal_outcomes(session: Session, resident_id: int) -> list[GoalOutcome]:
    """Each goal she asked for, once: the latest copy of it across her plan versions (a goal
    carried into a later version is the same goal), oldest first."""
    goals = list(session.scalars(select(Goal).join(
        SupportPlan, Goal.plan_id == SupportPlan.id).where(
        SupportPlan.resident_id == resident_id).order_by(Goal.id)))
    carried = {g.carried_from_id for g in goals if g.carried_from_id is not None}
    return [GoalOutcome(g.id, g.her_words, g.area,
                        g.status) for g in goals if g.id not in carried]


def outcome_figure(goals: Sequence[GoalOutcome]) -> OutcomeFigure:
    count = {status: sum(1 for g in goals if g.status is status) for status in GoalStatus}
    return OutcomeFigure(len(goals), count[GoalStatus.ACHIEVED],
                         count[GoalStatus.PARTLY_ACHIEVED], count[GoalStatus.NOT_ACHIEVED],
                         count[GoalStatus.OPEN], count[GoalStatus.NO_LONGER_WANTED])


def requested_outcomes(session: Session, resident_id: int) -> OutcomeFigure:
    return outcome_figure(goal_outcomes(session, resident_id))


@dataclass(frozen=True)
class ProgrammeDone:
    name: str
    sessions_attended: int
    completed_on: date | None


def programmes_completed(session: Session, resident_id: int) -> list[ProgrammeDone]:
    ids = list(session.scalars(select(ProgrammeSession.programme_id).join(
        Attendance, Attendance.session_id == ProgrammeSession.id).where(
        Attendance.resident_id == resident_id).distinct()))
    done = []
    for programme in session.scalars(select(Programme).where(Programme.id.in_(ids))
                                     .order_by(Programme.name, Programme.id)):
        # Only sessions within one of her stays count, or community support (history.py).
        c = completion(session, programme_id=programme.id, resident_id=resident_id)
        if c.completed:
            done.append(ProgrammeDone(programme.name, c.attended, completed_on(
                session, programme_id=programme.id, resident_id=resident_id)))
    return done


@dataclass(frozen=True)
class MomentView:
    contact_id: int
    at: datetime
    words: str
    #: The contact's own notes: for the file copy only.
    contact_notes: str


@dataclass(frozen=True)
class ReviewSummary:
    review_id: int
    resident_id: int
    reference: str
    #: Her name as she likes to be known (known-as if she gave one).
    her_name: str
    full_name: str
    organisation: str
    kind: ReviewKind
    due_on: date | None
    held_on: date | None
    version: int
    latest_version: int
    attended: str
    her_words: str
    next_steps: str
    needs: tuple[DistanceTravelled, ...]
    goals: tuple[GoalOutcome, ...]
    figure: OutcomeFigure
    programmes: tuple[ProgrammeDone, ...]
    moments: tuple[MomentView, ...]


def gather(session: Session, review_id: int, *, version: int | None = None) -> ReviewSummary:
    """Everything the review shows, as saved in `version` (default: the latest). The needs,
    goals and programmes are read as they are now."""
    review = session.get(Review, review_id)
    if review is None:
        raise NotFound("review")
    resident = session.get_one(Resident, review.resident_id)
    wanted = version if version is not None else review.version
    saved = None
    if wanted:
        saved = session.scalar(select(ReviewVersion).where(
            ReviewVersion.review_id == review.id, ReviewVersion.version == wanted))
        if saved is None:
            raise NotFound("version of this review")
    moments: list[MomentView] = []
    if saved is not None:
        chosen = json.loads(saved.moments)
        contacts = {c.id: c for c in session.scalars(select(Contact).where(
            Contact.id.in_([m["contact_id"] for m in chosen])))}
        moments = [MomentView(m["contact_id"], contacts[m["contact_id"]].at, m["words"],
                              contacts[m["contact_id"]].notes) for m in chosen]
        moments.sort(key=lambda m: m.at)
    goals = goal_outcomes(session, resident.id)
    return ReviewSummary(
        review.id, resident.id, resident.reference, resident.known_as.strip() or resident.name,
        resident.name, session.scalar(select(Organisation.name)) or "",
        review.kind, review.due_on, saved.held_on if saved else None,
        saved.version if saved else 0, review.version,
        saved.attended if saved else "", saved.her_words if saved else "",
        saved.next_steps if saved else "",
        tuple(distance_travelled(session, resident.id)), tuple(goals), outcome_figure(goals),
        tuple(programmes_completed(session, resident.id)), tuple(moments))
