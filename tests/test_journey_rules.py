"""Issue 13, the domain: a goal's status set at any time with its day, MARAC actions with an
owner and a due date (on Today when overdue), programmes set up with a facilitator and how
they are delivered, enrolment, and the history rules: a contact, an incident or a session dated
outside her stays is refused unless it is community support, and the reports count only what
is within a stay or community support."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from refugedesk import (
    capacity,
    contacts,
    history,
    houses,
    incidents,
    plans,
    programmes,
    residents,
    reviews,
    risk,
    today,
)
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import (
    ActionOwner,
    Attendance,
    AttendanceState,
    AuditEvent,
    Contact,
    ContactMode,
    ContactPlace,
    DepartureReason,
    Goal,
    GoalStatus,
    Incident,
    IncidentKind,
    PlanAction,
    ProgrammeDelivery,
    ProgrammeEnrolment,
    ReviewKind,
    Stay,
)
from refugedesk.errors import DateInFuture, OutsideStay, ValidationError
from refugedesk.programmes import SessionPlan
from refugedesk.reports.certificate_pdf import certificate
from refugedesk.reports.court_report import court_report
from refugedesk.resident_views import programmes_for

TODAY = date.today()
ARRIVED = TODAY - timedelta(days=60)


def at(day: date, hour: int = 11) -> datetime:
    """Eleven in the morning, local time, on `day`, as a UTC instant; today before eleven,
    a moment ago (what has happened cannot be in the future, and the tests run at any hour)."""
    wanted = datetime.combine(day, time(hour)).astimezone()
    now = datetime.now().astimezone()
    if day == now.date() and wanted > now:
        wanted = max(now - timedelta(seconds=1), datetime.combine(day, time(0)).astimezone())
    return wanted.astimezone(UTC)


@pytest.fixture
def here(new_vault):
    """Rosa, in Willow Room 4 since 60 days ago, key worker the signed-in administrator; Wren,
    who stayed 300 to 200 days ago and again from 100 days ago to 50 days ago; Cara, community
    support only (no stay)."""
    vault, _ = new_vault
    opened = TODAY - timedelta(days=1000)
    willow = houses.add_house(vault, name="Willow House", area="Northtown", opened_on=opened)
    rooms = [houses.add_room(vault, house_id=willow, name=f"Room {n}", child_places=2,
                             opened_on=opened) for n in (4, 5)]
    rosa = residents.create_resident(vault, reference="R-0500", name="Rosa Example",
                                     key_worker_id=vault.person.id)
    stay = capacity.arrive(vault, room_id=rooms[0], on=ARRIVED, household_ref="H-0500",
                           name="Rosa Example")
    residents.link_stay(vault, resident_id=rosa, stay_id=stay)
    wren = residents.create_resident(vault, reference="R-0501", name="Wren Sample")
    for start, end in ((300, 200), (100, 50)):
        s = capacity.arrive(vault, room_id=rooms[1], on=TODAY - timedelta(days=start),
                            household_ref=f"H-05{start}", name="Wren Sample")
        capacity.depart(vault, stay_id=s, on=TODAY - timedelta(days=end),
                        reason=DepartureReason.PLANNED_MOVE_ON)
        residents.link_stay(vault, resident_id=wren, stay_id=s)
    cara = residents.create_resident(vault, reference="R-0502", name="Cara Community")
    return vault, {"rosa": rosa, "wren": wren, "cara": cara, "willow": willow}


def count(vault, model) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def audit_kinds(vault, resident_id: int) -> list[str]:
    with vault.session() as s:
        return list(s.scalars(select(AuditEvent.kind).where(
            AuditEvent.record_type == "resident", AuditEvent.record_id == resident_id)
            .order_by(AuditEvent.id)))


# --- a goal's status, at any time, with its day ------------------------------------------------


def test_a_goal_status_is_set_with_its_day_and_counted_by_an_interim_review(here):
    vault, ids = here
    plan = plans.start_plan(vault, resident_id=ids["rosa"])
    flat = plans.add_goal(vault, plan_id=plan, her_words="Find a flat near my sister")
    bank = plans.add_goal(vault, plan_id=plan, her_words="Open a bank account")
    swim = plans.add_goal(vault, plan_id=plan, her_words="Learn to swim")
    plans.set_goal_status(vault, flat, GoalStatus.ACHIEVED, on=TODAY)
    plans.set_goal_status(vault, bank, GoalStatus.PARTLY_ACHIEVED)
    plans.set_goal_status(vault, swim, GoalStatus.NO_LONGER_WANTED, on=TODAY)
    with vault.session() as s:
        view = plans.plan_view(s, plan)
        assert [(g.status, g.status_on) for g in view.goals] == [
            (GoalStatus.ACHIEVED, TODAY), (GoalStatus.PARTLY_ACHIEVED, TODAY),
            (GoalStatus.NO_LONGER_WANTED, TODAY)]
    assert audit_kinds(vault, ids["rosa"]).count("goal_status_changed") == 3

    # an interim review, before any move-on, counts what is set so far: 2 of 2 counted
    review = reviews.schedule_review(vault, resident_id=ids["rosa"], kind=ReviewKind.INTERIM,
                                     due_on=TODAY)
    reviews.save_review(vault, review, held_on=TODAY, attended="Rosa and Ada")
    with vault.session() as s:
        summary = reviews.gather(s, review)
    assert summary.kind is ReviewKind.INTERIM
    assert (summary.figure.achieved, summary.figure.counted, summary.figure.percent) == (2, 2, 100)

    # open again: she is working on it again; the day is cleared and the figure follows
    plans.set_goal_status(vault, bank, GoalStatus.OPEN)
    with vault.session() as s:
        goal = s.get(Goal, bank)
        assert (goal.status, goal.status_on) == (GoalStatus.OPEN, None)
        assert reviews.requested_outcomes(s, ids["rosa"]).percent == 50


def test_a_goal_status_in_the_future_or_before_her_plan_is_refused_and_nothing_changes(here):
    vault, ids = here
    plan = plans.start_plan(vault, resident_id=ids["rosa"])
    goal = plans.add_goal(vault, plan_id=plan, her_words="Get the children into school")
    with pytest.raises(DateInFuture) as err:
        plans.set_goal_status(vault, goal, GoalStatus.ACHIEVED, on=TODAY + timedelta(days=1))
    assert err.value.field == "on"
    with pytest.raises(ValidationError, match="Her plan began on") as err:
        plans.set_goal_status(vault, goal, GoalStatus.ACHIEVED, on=TODAY - timedelta(days=3))
    assert err.value.field == "on"
    with pytest.raises(ValidationError):
        plans.set_goal_status(vault, goal, GoalStatus.ACHIEVED, on=date(1, 1, 1))
    with vault.session() as s:
        row = s.get(Goal, goal)
        assert (row.status, row.status_on) == (GoalStatus.OPEN, None)
    assert "goal_status_changed" not in audit_kinds(vault, ids["rosa"])


# --- MARAC actions with an owner and a due date --------------------------------------------------


def test_marac_actions_go_on_her_plan_and_an_overdue_one_is_on_today(here):
    vault, ids = here
    marac = risk.refer_to_marac(vault, resident_id=ids["rosa"],
                                referred_on=TODAY - timedelta(days=20), reason="Threats")
    with vault.session() as s:
        assert plans.current_plan_id(s, ids["rosa"]) is None
    made = risk.add_marac_actions(vault, marac.id, actions=[
        risk.MaracAction("Flag her address for a rapid response", ActionOwner.AGENCY,
                         TODAY - timedelta(days=3), agency="Police"),
        risk.MaracAction("Apply for a non-molestation order", ActionOwner.HER,
                         TODAY + timedelta(days=10)),
    ])
    assert len(made) == 2
    with vault.session() as s:
        plan_id = plans.current_plan_id(s, ids["rosa"])
        assert plan_id is not None  # her plan was started for them
        view = plans.plan_view(s, plan_id)
        assert [(a.what, a.owner, a.agency, a.marac) for a in view.actions] == [
            ("Flag her address for a rapid response", ActionOwner.AGENCY, "Police", True),
            ("Apply for a non-molestation order", ActionOwner.HER, "", True)]
        overdue = plans.overdue_actions(s, resident_id=ids["rosa"])
        assert [(o.what, o.marac, o.days_overdue) for o in overdue] == [
            ("Flag her address for a rapid response", True, 3)]
        listed = risk.marac_actions(s, ids["rosa"])[marac.id]
        assert [a.overdue(TODAY) for a in listed] == [True, False]
        on_today = [i.text for i in today.items(s, vault.person) if i.group == "actions"]
    assert on_today == [f"R-0500: MARAC action (Police): Flag her address for a rapid response "
                        f"(overdue since {fmt_day(TODAY - timedelta(days=3))})"]
    assert "marac_actions_added" in audit_kinds(vault, ids["rosa"])

    # a review carries a MARAC action not done into the new version, still a MARAC action
    plans.new_version(vault, resident_id=ids["rosa"])
    with vault.session() as s:
        view = plans.plan_view(s, plans.current_plan_id(s, ids["rosa"]))
        assert [a.marac for a in view.actions] == [True, True]
        assert len(risk.marac_actions(s, ids["rosa"])[marac.id]) == 2


def test_a_marac_action_without_a_due_date_or_an_agency_name_saves_none(here):
    vault, ids = here
    marac = risk.refer_to_marac(vault, resident_id=ids["rosa"], referred_on=TODAY)
    good = risk.MaracAction("Refer to the IDVA service", ActionOwner.KEY_WORKER, TODAY)
    with pytest.raises(ValidationError, match="due by") as err:
        risk.add_marac_actions(vault, marac.id, actions=[
            good, risk.MaracAction("Safety plan", ActionOwner.HER, None)])
    assert err.value.field == "due_on"
    with pytest.raises(ValidationError, match="Name the agency") as err:
        risk.add_marac_actions(vault, marac.id, actions=[
            good, risk.MaracAction("Visit", ActionOwner.AGENCY, TODAY, agency=" ")])
    assert err.value.field == "agency"
    with pytest.raises(ValidationError, match="at least one"):
        risk.add_marac_actions(vault, marac.id, actions=[])
    assert count(vault, PlanAction) == 0
    # the free-text actions from before stay readable beside the new ones
    risk.record_marac_actions(vault, marac.id, actions="Police to flag her address")
    risk.add_marac_actions(vault, marac.id, actions=[good])
    with vault.session() as s:
        assert risk.marac_history(s, ids["rosa"])[0].actions == "Police to flag her address"
        assert [a.what for a in risk.marac_actions(s, ids["rosa"])[marac.id]] == [
            "Refer to the IDVA service"]


# --- programmes: set up, enrol, attend ----------------------------------------------------------


def _freedom(vault, willow: int | None = None, *, first: date | None = None) -> int:
    first = first or TODAY - timedelta(days=7 * 6)
    return programmes.create_programme(
        vault, name="Freedom Programme", facilitator="Jo Facilitator",
        delivery=ProgrammeDelivery.VIRTUAL, house_id=willow, sessions_to_complete=10,
        sessions=[SessionPlan(n + 1, first + timedelta(weeks=n), f"Topic {n + 1}")
                  for n in range(12)])


def test_a_programme_is_set_up_with_its_sessions_and_she_is_enrolled_and_attends(here):
    vault, ids = here
    prog = _freedom(vault, ids["willow"])
    with vault.session() as s:
        row = programmes.programme(s, prog)
    assert (row.name, row.facilitator, row.delivery, row.house, row.sessions_to_complete,
            len(row.sessions), row.enrolled) == (
        "Freedom Programme", "Jo Facilitator", ProgrammeDelivery.VIRTUAL, "Willow House", 10,
        12, 0)
    assert [s.topic for s in row.sessions][:2] == ["Topic 1", "Topic 2"]

    programmes.enrol(vault, programme_id=prog, resident_id=ids["rosa"],
                     enrolled_on=TODAY - timedelta(days=43))
    with pytest.raises(ValidationError, match="already enrolled"):
        programmes.enrol(vault, programme_id=prog, resident_id=ids["rosa"])
    with pytest.raises(DateInFuture):
        programmes.enrol(vault, programme_id=prog, resident_id=ids["wren"],
                         enrolled_on=TODAY + timedelta(days=1))
    with vault.session() as s:
        (progress,) = programmes_for(s, ids["rosa"])  # enrolled, nothing marked yet
        assert (progress.attended, progress.to_complete, progress.facilitator) == (
            0, 10, "Jo Facilitator")
    programmes.record_attendance(vault, session_id=row.sessions[0].id, resident_id=ids["rosa"],
                                 state=AttendanceState.ATTENDED)
    with vault.session() as s:
        assert programmes.completion(s, programme_id=prog, resident_id=ids["rosa"]).attended == 1
        assert programmes.programme(s, prog).enrolled == 1

    # attending a first session enrols a woman who was not enrolled yet (dated that session)
    programmes.record_attendance(vault, session_id=row.sessions[0].id, resident_id=ids["cara"],
                                 state=AttendanceState.ATTENDED, community_support=True)
    with vault.session() as s:
        on = s.scalar(select(ProgrammeEnrolment.enrolled_on).where(
            ProgrammeEnrolment.resident_id == ids["cara"]))
    assert on == row.sessions[0].held_on
    assert "programme_enrolled" in audit_kinds(vault, ids["cara"])


def test_a_programme_needing_more_sessions_than_it_has_is_refused(here):
    vault, _ids = here
    two = [SessionPlan(1, TODAY), SessionPlan(2, TODAY + timedelta(days=7))]
    with pytest.raises(ValidationError, match="more sessions") as err:
        programmes.create_programme(vault, name="Recovery Toolkit", sessions_to_complete=3,
                                    sessions=two)
    assert err.value.field == "sessions_to_complete"
    with pytest.raises(ValidationError, match="listed twice"):
        programmes.create_programme(vault, name="Recovery Toolkit", sessions_to_complete=1,
                                    sessions=[SessionPlan(1, TODAY), SessionPlan(1, TODAY)])
    with pytest.raises(ValidationError, match="at least one"):
        programmes.create_programme(vault, name="Recovery Toolkit", sessions_to_complete=1,
                                    sessions=[])
    with pytest.raises(ValidationError, match="at most"):
        programmes.create_programme(vault, name="x" * 121, sessions_to_complete=1, sessions=two)
    with vault.session() as s:
        assert programmes.programmes_list(s) == []


# --- the history rules ------------------------------------------------------------------------------


def test_a_contact_outside_her_stays_is_refused_unless_it_is_community_support(here):
    vault, ids = here

    def log(resident: str, day: date, **extra) -> int:
        return contacts.log_contact(vault, resident_id=ids[resident], at=at(day),
                                    mode=ContactMode.PHONE, place=ContactPlace.OTHER,
                                    notes="Talked about next week", **extra)

    before = ARRIVED - timedelta(days=1)
    with pytest.raises(OutsideStay, match="before she arrived") as err:
        log("rosa", before)
    assert err.value.field == "at"
    assert count(vault, Contact) == 0
    log("rosa", ARRIVED)  # the day she arrived is within her stay
    log("wren", TODAY - timedelta(days=50))  # so is the day she left
    with pytest.raises(OutsideStay, match="between stays"):
        log("wren", TODAY - timedelta(days=150))
    with pytest.raises(OutsideStay, match="after she left"):
        log("wren", TODAY - timedelta(days=10))
    with pytest.raises(OutsideStay, match="no stay"):
        log("cara", TODAY)
    assert count(vault, Contact) == 2

    community = log("rosa", before, community_support=True)
    log("cara", TODAY, community_support=True)
    with vault.session() as s:
        assert s.get(Contact, community).community_support
        assert contacts.contacts_for(s, ids["rosa"])[-1].community_support
    assert count(vault, Contact) == 4


def test_an_incident_outside_her_stays_is_refused_unless_it_is_community_support(here):
    vault, ids = here
    kwargs = dict(kind=IncidentKind.ABUSER_CONTACT, what_happened="He called her")
    with pytest.raises(OutsideStay, match="R-0501") as err:  # two involved: named by reference
        incidents.log_incident(vault, at=at(TODAY - timedelta(days=5)),
                               resident_ids=[ids["rosa"], ids["wren"]], **kwargs)
    assert err.value.field == "at"
    with pytest.raises(OutsideStay, match="before she arrived"):
        incidents.log_incident(vault, at=at(ARRIVED - timedelta(days=2)),
                               resident_ids=[ids["rosa"]], **kwargs)
    assert count(vault, Incident) == 0
    incidents.log_incident(vault, at=at(TODAY - timedelta(days=5)),
                           resident_ids=[ids["rosa"]], **kwargs)
    made = incidents.log_incident(vault, at=at(ARRIVED - timedelta(days=2)),
                                  resident_ids=[ids["rosa"]], community_support=True, **kwargs)
    with vault.session() as s:
        assert [i.community_support for i in incidents.incidents_for(s, ids["rosa"])] == [
            False, True]
        assert s.get(Incident, made).community_support
    # an incident in a house that names nobody has no stay to check
    incidents.log_incident(vault, at=at(TODAY - timedelta(days=900)), house_id=ids["willow"],
                           **kwargs)


def test_attendance_before_she_arrived_is_refused_unless_it_is_community_support(here):
    vault, ids = here
    prog = _freedom(vault, first=ARRIVED - timedelta(weeks=2))
    with vault.session() as s:
        sessions = programmes.programme(s, prog).sessions
    with pytest.raises(OutsideStay, match="before she arrived") as err:
        programmes.record_attendance(vault, session_id=sessions[0].id, resident_id=ids["rosa"],
                                     state=AttendanceState.ATTENDED)
    assert err.value.field == "session"
    assert count(vault, Attendance) == 0 and count(vault, ProgrammeEnrolment) == 0
    programmes.record_attendance(vault, session_id=sessions[0].id, resident_id=ids["rosa"],
                                 state=AttendanceState.ATTENDED, community_support=True)
    programmes.record_attendance(vault, session_id=sessions[2].id, resident_id=ids["rosa"],
                                 state=AttendanceState.ATTENDED)
    with vault.session() as s:
        assert programmes.completion(s, programme_id=prog, resident_id=ids["rosa"]).attended == 2
        flags = sorted(s.scalars(select(Attendance.community_support)))
    assert flags == [False, True]


# --- reports count only what is within a stay, or community support -----------------------------


def _outside_without_the_flag(vault, model, row_id: int) -> None:
    """A record from before the rule (or put outside her stays by a later correction of her
    arrival): dated outside her stays, not marked as community support."""
    with vault.transaction() as s:
        s.get(model, row_id).community_support = False


def test_the_court_report_review_and_certificate_count_only_within_a_stay(here):
    vault, ids = here
    rosa = ids["rosa"]
    for day, community in ((ARRIVED + timedelta(days=3), False),
                           (ARRIVED - timedelta(days=3), True),
                           (ARRIVED - timedelta(days=4), True)):
        contacts.log_contact(vault, resident_id=rosa, at=at(day), mode=ContactMode.PHONE,
                             place=ContactPlace.OTHER, community_support=community)
    with vault.session() as s:
        stray = s.scalar(select(Contact.id).where(
            Contact.at == at(ARRIVED - timedelta(days=4))))
    _outside_without_the_flag(vault, Contact, stray)

    prog = programmes.create_programme(
        vault, name="Freedom Programme", sessions_to_complete=2,
        sessions=[SessionPlan(1, ARRIVED - timedelta(days=5)),
                  SessionPlan(2, ARRIVED + timedelta(days=2)),
                  SessionPlan(3, ARRIVED + timedelta(days=9))])
    with vault.session() as s:
        sessions = programmes.programme(s, prog).sessions
    first = programmes.record_attendance(vault, session_id=sessions[0].id, resident_id=rosa,
                                         state=AttendanceState.ATTENDED, community_support=True)
    programmes.record_attendance(vault, session_id=sessions[1].id, resident_id=rosa,
                                 state=AttendanceState.ATTENDED)
    with vault.session() as s:
        assert programmes.completion(s, programme_id=prog, resident_id=rosa).completed
    _outside_without_the_flag(vault, Attendance, first)  # the court report then counted it

    report = court_report(vault, resident_id=rosa, start=ARRIVED - timedelta(days=10),
                          end=TODAY, narrative="She has engaged well.")
    assert (report.offered, report.attended) == (2, 2)  # not the stray contact
    (line,) = report.programmes
    assert (line.attended, line.attended_overall, line.completed) == (1, 1, False)
    with vault.session() as s:
        done = programmes.completion(s, programme_id=prog, resident_id=rosa)
        assert (done.attended, done.completed) == (1, False)
        assert reviews.programmes_completed(s, rosa) == []
        (progress,) = programmes_for(s, rosa)
        assert (progress.attended, progress.not_counted) == (1, 1)
    with pytest.raises(ValidationError, match="1 of 2 sessions"):
        certificate(vault, programme_id=prog, resident_id=rosa)

    programmes.record_attendance(vault, session_id=sessions[2].id, resident_id=rosa,
                                 state=AttendanceState.ATTENDED)
    cert = certificate(vault, programme_id=prog, resident_id=rosa)
    assert (cert.sessions_attended, cert.completed_on) == (2, ARRIVED + timedelta(days=9))


def test_a_stay_recorded_in_error_is_no_stay_for_the_history_rules(here):
    vault, ids = here
    room = houses.add_room(vault, house_id=ids["willow"], name="Room 6", child_places=1,
                           opened_on=TODAY - timedelta(days=1000))
    day = TODAY - timedelta(days=700)
    stay = capacity.arrive(vault, room_id=room, on=day, household_ref="H-0700",
                           name="Cara Community")
    capacity.depart(vault, stay_id=stay, on=day + timedelta(days=5),
                    reason=DepartureReason.PLANNED_MOVE_ON)
    residents.link_stay(vault, resident_id=ids["cara"], stay_id=stay)
    contacts.log_contact(vault, resident_id=ids["cara"], at=at(day + timedelta(days=1)),
                         mode=ContactMode.PHONE, place=ContactPlace.OTHER)
    with vault.transaction() as s:  # as a correction of the arrival would leave it
        row = s.get(Stay, stay)
        row.left_on, row.departure_reason = row.arrived_on, DepartureReason.RECORDED_IN_ERROR
    with pytest.raises(OutsideStay, match="no stay"):
        contacts.log_contact(vault, resident_id=ids["cara"], at=at(day),
                             mode=ContactMode.PHONE, place=ContactPlace.OTHER)
    with vault.session() as s:  # and the contact logged then no longer counts
        counted = history.counter(s, ids["cara"])
        assert not counted(at(day + timedelta(days=1)), False)
        assert counted(at(day + timedelta(days=1)), True)
