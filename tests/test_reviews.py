"""Reviews: the requested-outcomes figure on a known case (goals she no longer wanted do not
count against her), what a review gathers, versions kept on every re-save, and the audit."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import sqlalchemy.exc
from sqlalchemy import select, text

from refugedesk import assessment, capacity, contacts, houses, plans, programmes, residents
from refugedesk.db.models import (
    AssessmentStage,
    AttendanceState,
    AuditEvent,
    ContactMode,
    ContactPlace,
    GoalStatus,
    NeedArea,
    ReviewKind,
)
from refugedesk.errors import DateInFuture, ValidationError
from refugedesk.reviews import (
    Moment,
    gather,
    requested_outcomes,
    review_versions,
    reviews_for,
    save_review,
    schedule_review,
)

pytestmark = pytest.mark.both_engines  # each test on a file and on a server

TODAY = date(2026, 9, 1)
ARRIVED = date(2026, 1, 5)


def _goal(vault, plan, words, status=None, area=None):
    goal = plans.add_goal(vault, plan_id=plan, her_words=words, area=area)
    if status is not None:
        plans.set_goal_status(vault, goal, status)
    return goal


@pytest.fixture
def amy(new_vault):
    """Amy (known as Amy, full name Amy Example) in Bluebell Room of Larkspur House, with needs
    scored at intake and since, a plan over two versions, a completed programme and contacts."""
    vault, _ = new_vault
    house = houses.add_house(vault, name="Larkspur House", area="Northtown",
                             address="14 Secret Lane", opened_on=date(2020, 1, 1))
    room = houses.add_room(vault, house_id=house, name="Bluebell Room", opened_on=date(2020, 1, 1))
    rid = residents.create_resident(vault, reference="R-1", name="Amy Example", known_as="Amy")
    stay = capacity.arrive(vault, room_id=room, on=ARRIVED, household_ref="H-1",
                           name="Amy Example")
    residents.link_stay(vault, resident_id=rid, stay_id=stay)
    assessment.record_needs(vault, resident_id=rid, assessed_on=ARRIVED,
                            stage=AssessmentStage.INTAKE, today=TODAY, scores={
                                NeedArea.SAFETY: 1, NeedArea.MENTAL_HEALTH: 2,
                                NeedArea.MONEY_BENEFITS: 2, NeedArea.HOUSING_MOVE_ON: 1})
    assessment.record_needs(vault, resident_id=rid, assessed_on=date(2026, 8, 20),
                            stage=AssessmentStage.REVIEW, today=TODAY, scores={
                                NeedArea.SAFETY: 4, NeedArea.MENTAL_HEALTH: 4,
                                NeedArea.MONEY_BENEFITS: 5, NeedArea.HOUSING_MOVE_ON: 3})
    # Version 1 of her plan: one goal achieved, one she no longer wanted, one carried on.
    plan = plans.start_plan(vault, resident_id=rid)
    _goal(vault, plan, "Open my own bank account", GoalStatus.ACHIEVED, NeedArea.MONEY_BENEFITS)
    _goal(vault, plan, "Go back to my old job", GoalStatus.NO_LONGER_WANTED)
    carried = _goal(vault, plan, "Find a flat near my sister", area=NeedArea.HOUSING_MOVE_ON)
    plan = plans.new_version(vault, resident_id=rid)
    with vault.session() as s:
        (copy,) = [g for g in plans.plan_view(s, plan).goals if g.carried_from_id == carried]
    plans.set_goal_status(vault, copy.id, GoalStatus.ACHIEVED)
    _goal(vault, plan, "Register with a GP", GoalStatus.ACHIEVED)
    _goal(vault, plan, "Sleep through the night", GoalStatus.PARTLY_ACHIEVED)
    _goal(vault, plan, "Learn to drive", GoalStatus.NOT_ACHIEVED)
    _goal(vault, plan, "Join a choir", GoalStatus.NO_LONGER_WANTED)
    _goal(vault, plan, "Start a college course")  # still open
    prog = programmes.create_programme(vault, name="Freedom Programme", sessions_to_complete=2)
    for n, held in enumerate((date(2026, 3, 2), date(2026, 3, 9)), start=1):
        sid = programmes.add_session(vault, programme_id=prog, number=n, held_on=held)
        programmes.record_attendance(vault, community_support=True, session_id=sid, resident_id=rid,
                                     state=AttendanceState.ATTENDED)
    keys = contacts.log_contact(vault, community_support=True, resident_id=rid, at=datetime(2026, 7, 3, 10, tzinfo=UTC),
                                mode=ContactMode.FACE_TO_FACE, place=ContactPlace.OFFICE,
                                notes="Keys collected for the new flat")
    return vault, rid, stay, room, keys


def test_requested_outcomes_on_a_known_case(amy):
    vault, rid, *_ = amy
    with vault.session() as s:
        figure = requested_outcomes(s, rid)
    # 8 goals asked for (the carried goal once); 2 no longer wanted leave the count;
    # 3 achieved in full + 1 partly = 4 of the 6 that count.
    assert (figure.asked, figure.no_longer_wanted, figure.counted) == (8, 2, 6)
    assert (figure.achieved_in_full, figure.partly, figure.not_achieved,
            figure.still_open) == (3, 1, 1, 1)
    assert figure.achieved == 4
    assert figure.share == pytest.approx(4 / 6)
    assert figure.percent == 67  # not 50: goals she no longer wanted do not count against her
    assert figure.share_in_full == pytest.approx(3 / 6)


def test_no_goals_gives_no_figure_rather_than_nought(new_vault):
    vault, _ = new_vault
    rid = residents.create_resident(vault, reference="R-9", name="Beth Example")
    plan = plans.start_plan(vault, resident_id=rid)
    with vault.session() as s:
        assert requested_outcomes(s, rid).percent is None
    _goal(vault, plan, "Take up swimming", GoalStatus.NO_LONGER_WANTED)
    with vault.session() as s:
        figure = requested_outcomes(s, rid)
    assert (figure.asked, figure.counted, figure.share, figure.percent) == (1, 0, None, None)


def test_the_celebration_review_gathers_her_journey(amy):
    vault, rid, stay, _, keys = amy
    review = schedule_review(vault, resident_id=rid, kind=ReviewKind.CELEBRATION,
                             due_on=date(2026, 8, 25), stay_id=stay)
    save_review(vault, review, held_on=date(2026, 8, 28), attended="Amy; Sam (key worker)",
                her_words="I did so much more than I thought I could.",
                next_steps="Outreach visits weekly for the first month.",
                moments=[Moment(keys, "The day you got the keys to your flat")], today=TODAY)
    with vault.session() as s:
        summary = gather(s, review)
    assert summary.her_name == "Amy" and summary.full_name == "Amy Example"
    assert summary.kind is ReviewKind.CELEBRATION and summary.held_on == date(2026, 8, 28)
    assert [(d.area, d.first, d.latest) for d in summary.needs] == [
        (NeedArea.SAFETY, 1, 4), (NeedArea.MENTAL_HEALTH, 2, 4),
        (NeedArea.MONEY_BENEFITS, 2, 5), (NeedArea.HOUSING_MOVE_ON, 1, 3)]
    assert [(g.her_words, g.status) for g in summary.goals][:3] == [
        ("Open my own bank account", GoalStatus.ACHIEVED),
        ("Go back to my old job", GoalStatus.NO_LONGER_WANTED),
        ("Find a flat near my sister", GoalStatus.ACHIEVED)]
    assert len(summary.goals) == 8 and summary.figure.percent == 67
    assert [(p.name, p.sessions_attended, p.completed_on) for p in summary.programmes] == [
        ("Freedom Programme", 2, date(2026, 3, 9))]
    assert [(m.contact_id, m.words, m.contact_notes) for m in summary.moments] == [
        (keys, "The day you got the keys to your flat", "Keys collected for the new flat")]
    assert summary.attended == "Amy; Sam (key worker)"


def test_saving_again_makes_a_new_version_and_keeps_the_old(amy):
    vault, rid, *_ = amy
    review = schedule_review(vault, resident_id=rid, kind=ReviewKind.INTERIM,
                             due_on=date(2026, 4, 1))
    with vault.session() as s:
        (row,) = reviews_for(s, rid)
        assert (row.version, row.held_on, row.overdue(TODAY)) == (0, None, True)
        assert gather(s, review).version == 0
    assert save_review(vault, review, held_on=date(2026, 4, 2), her_words="First words",
                       today=TODAY) == 1
    assert save_review(vault, review, held_on=date(2026, 4, 2), her_words="Second thoughts",
                       next_steps="Check in monthly", today=TODAY) == 2
    with vault.session() as s:
        assert [v.version for v in review_versions(s, review)] == [2, 1]
        assert gather(s, review).her_words == "Second thoughts"
        first = gather(s, review, version=1)
        assert (first.her_words, first.next_steps, first.version,
                first.latest_version) == ("First words", "", 1, 2)
        assert not reviews_for(s, rid)[0].overdue(TODAY)
    # The schema itself refuses to rewrite or delete a saved version.
    with vault.transaction() as s, pytest.raises(sqlalchemy.exc.IntegrityError,
                                                 match="cannot be changed"):
        s.execute(text("UPDATE review_version SET her_words = 'edited'"))
    with vault.transaction() as s, pytest.raises(sqlalchemy.exc.IntegrityError,
                                                 match="cannot be deleted"):
        s.execute(text("DELETE FROM review_version"))
    with vault.session() as s:
        assert gather(s, review, version=1).her_words == "First words"


def test_review_validation(amy):
    vault, rid, *_ = amy
    with pytest.raises(ValidationError, match="due"):
        schedule_review(vault, resident_id=rid, kind=ReviewKind.INTERIM)
    review = schedule_review(vault, resident_id=rid, kind=ReviewKind.CELEBRATION)
    with pytest.raises(DateInFuture):
        save_review(vault, review, held_on=date(2026, 9, 2), today=TODAY)
    other = residents.create_resident(vault, reference="R-2", name="Someone Else")
    theirs = contacts.log_contact(vault, community_support=True, resident_id=other,
                                  at=datetime(2026, 7, 1, 9, tzinfo=UTC),
                                  mode=ContactMode.PHONE, place=ContactPlace.OTHER)
    with pytest.raises(ValidationError, match="her own contact log"):
        save_review(vault, review, held_on=TODAY, moments=[Moment(theirs)], today=TODAY)
    with vault.session() as s:
        assert review_versions(s, review) == []


def test_every_review_change_is_audited_without_what_was_written(amy):
    vault, rid, *_ = amy
    review = schedule_review(vault, resident_id=rid, kind=ReviewKind.CELEBRATION)
    save_review(vault, review, held_on=TODAY, her_words="Zephyrine Marchbank", today=TODAY)
    save_review(vault, review, held_on=TODAY, next_steps="Tiddlywink", today=TODAY)
    with vault.session() as s:
        events = s.scalars(select(AuditEvent).where(
            AuditEvent.kind.in_(["review_scheduled", "review_saved"])).order_by(
            AuditEvent.id)).all()
        trail = " ".join(e.detail for e in s.scalars(select(AuditEvent)))
    assert [(e.kind, e.record_type, e.record_id, e.detail) for e in events] == [
        ("review_scheduled", "resident", rid, f"review={review} kind=celebration"),
        ("review_saved", "resident", rid, f"review={review} version=1"),
        ("review_saved", "resident", rid, f"review={review} version=2")]
    for secret in ("Zephyrine", "Marchbank", "Tiddlywink"):
        assert secret not in trail
