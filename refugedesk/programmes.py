"""Group programmes (for example a 12-session Freedom Programme): who runs it and how, its
sessions, who is enrolled, who came, and who completed. A missed session puts a "check she is
safe" action on her plan for her key worker: a woman who stops turning up may be in danger.

Any staff member may set up a programme and add sessions; her first session enrols her if she
was not enrolled yet. A session dated outside her stays needs community_support, and only
sessions within a stay or marked so count towards completion (refugedesk/history.py;
docs/journey.md)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from refugedesk import audit, dates, history
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import (
    ActionOwner,
    Attendance,
    AttendanceState,
    House,
    Programme,
    ProgrammeDelivery,
    ProgrammeEnrolment,
    ProgrammeSession,
    Resident,
)
from refugedesk.db.vault import Person, Vault
from refugedesk.errors import DateInFuture, NotFound, ValidationError
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.plans import add_action_in, ensure_plan

#: The longest programme or facilitator name, and session topic (the columns' own sizes).
MAX_NAME = 120
MAX_TOPIC = 200
#: The follow-up a missed session creates, due the day after the session (written on her plan
#: in the language of whoever recorded the missed session).
CHECK_SAFE = QT_TRANSLATE_NOOP("Programmes",
                               "Check she is safe: she missed session {number} of {programme}")


@dataclass(frozen=True)
class SessionPlan:
    """One session of a programme as it is set up: its number, date and topic."""

    number: int
    held_on: date
    topic: str = ""


def _clean_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValidationError(translate("Programmes", "Name the programme."), field="name")
    if len(name) > MAX_NAME:
        raise ValidationError(translate(
            "Programmes", "A programme's name is at most {limit} characters.").format(
            limit=MAX_NAME), field="name")
    return name


def _check_sessions(sessions: Sequence[SessionPlan]) -> list[SessionPlan]:
    cleaned = []
    for plan in sessions:
        dates.check_dates(sessions=plan.held_on)
        if plan.number < 1:
            raise ValidationError(translate("Programmes", "Sessions are numbered from 1."),
                                  field="sessions")
        topic = plan.topic.strip()
        if len(topic) > MAX_TOPIC:
            raise ValidationError(translate(
                "Programmes", "A session's topic is at most {limit} characters.").format(
                limit=MAX_TOPIC), field="sessions")
        cleaned.append(SessionPlan(plan.number, plan.held_on, topic))
    numbers = [p.number for p in cleaned]
    if len(set(numbers)) != len(numbers):
        twice = sorted({n for n in numbers if numbers.count(n) > 1})
        raise ValidationError(translate(
            "Programmes", "Session {number} is listed twice: give each session its own "
            "number.").format(number=twice[0]), field="sessions")
    return cleaned


def create_programme(vault: Vault, *, name: str, sessions_to_complete: int,
                     house_id: int | None = None, facilitator: str = "",
                     delivery: ProgrammeDelivery = ProgrammeDelivery.IN_PERSON,
                     sessions: Sequence[SessionPlan] | None = None) -> int:
    """A programme, for one house or (no house) the whole service, with who runs it and how;
    she completes it by attending `sessions_to_complete` of its sessions. `sessions` are set
    up with it (then completion cannot need more sessions than there are); more can be added
    later (`add_session`). Any staff member may set one up (docs/journey.md). Returns its id."""
    name = _clean_name(name)
    facilitator = facilitator.strip()
    if len(facilitator) > MAX_NAME:
        raise ValidationError(translate(
            "Programmes", "The facilitator's name is at most {limit} characters.").format(
            limit=MAX_NAME), field="facilitator")
    delivery = ProgrammeDelivery(delivery)
    if sessions_to_complete < 1:
        raise ValidationError(translate("Programmes",
                                        "At least one session is needed to complete it."),
                              field="sessions_to_complete")
    planned = _check_sessions(sessions or ())
    if sessions is not None and not planned:
        raise ValidationError(translate("Programmes", "Add its sessions: at least one."),
                              field="sessions")
    if planned and sessions_to_complete > len(planned):
        raise ValidationError(translate(
            "Programmes", "Completing it cannot need more sessions ({needed}) than it has "
            "({has}).").format(needed=sessions_to_complete, has=len(planned)),
            field="sessions_to_complete")
    with vault.transaction() as session:
        if house_id is not None and session.get(House, house_id) is None:
            raise NotFound("house")
        row = Programme(name=name, sessions_to_complete=sessions_to_complete,
                        house_id=house_id, facilitator=facilitator, delivery=delivery,
                        created_by_id=vault.person.id, updated_by_id=vault.person.id)
        session.add(row)
        session.flush()
        session.add_all(ProgrammeSession(
            programme_id=row.id, number=p.number, held_on=p.held_on, topic=p.topic,
            created_by_id=vault.person.id, updated_by_id=vault.person.id) for p in planned)
        audit.record(session, vault.person, "programme_created", record_type="programme",
                     record_id=row.id, detail=f"sessions={len(planned)} delivery={delivery}")
        return row.id


def add_session(vault: Vault, *, programme_id: int, number: int, held_on: date,
                topic: str = "") -> int:
    dates.check_dates(held_on=held_on)
    if number < 1:
        raise ValidationError(translate("Programmes", "Sessions are numbered from 1."),
                              field="number")
    if len(topic.strip()) > MAX_TOPIC:
        raise ValidationError(translate(
            "Programmes", "A session's topic is at most {limit} characters.").format(
            limit=MAX_TOPIC), field="topic")
    with vault.transaction() as session:
        if session.get(Programme, programme_id) is None:
            raise NotFound("programme")
        taken = session.scalar(select(ProgrammeSession.id).where(
            ProgrammeSession.programme_id == programme_id, ProgrammeSession.number == number))
        if taken is not None:
            raise ValidationError(translate(
                "Programmes", "Session {number} is already planned.").format(number=number),
                field="number")
        row = ProgrammeSession(programme_id=programme_id, number=number, held_on=held_on,
                               topic=topic.strip(), created_by_id=vault.person.id,
                               updated_by_id=vault.person.id)
        session.add(row)
        session.flush()
        audit.record(session, vault.person, "programme_session_added",
                     record_type="programme", record_id=programme_id,
                     detail=f"session={row.id}")
        return row.id


def _enrol_in(session: Session, person: Person, *, programme_id: int, resident_id: int,
              enrolled_on: date) -> int:
    row = ProgrammeEnrolment(programme_id=programme_id, resident_id=resident_id,
                             enrolled_on=enrolled_on, created_by_id=person.id,
                             updated_by_id=person.id)
    session.add(row)
    session.flush()
    audit.record(session, person, "programme_enrolled", record_type="resident",
                 record_id=resident_id, detail=f"programme={programme_id}")
    return row.id


def enrolled(session: Session, *, programme_id: int, resident_id: int) -> bool:
    return session.scalar(select(ProgrammeEnrolment.id).where(
        ProgrammeEnrolment.programme_id == programme_id,
        ProgrammeEnrolment.resident_id == resident_id)) is not None


def enrol(vault: Vault, *, programme_id: int, resident_id: int, enrolled_on: date | None = None,
          today: date | None = None) -> int:
    """She joins a programme (before or without attending a session yet). Once only; not dated
    in the future. Returns the enrolment's id."""
    today = today or date.today()
    enrolled_on = enrolled_on or today
    dates.check_dates(enrolled_on=enrolled_on)
    if enrolled_on > today:
        raise DateInFuture(translate("Programmes",
                                     "She is enrolled on the day she joins, not ahead of it."),
                           field="enrolled_on")
    with vault.transaction() as session:
        if session.get(Programme, programme_id) is None:
            raise NotFound("programme")
        if session.get(Resident, resident_id) is None:
            raise NotFound("resident")
        if enrolled(session, programme_id=programme_id, resident_id=resident_id):
            raise ValidationError(translate("Programmes",
                                            "She is already enrolled on this programme."),
                                  field="programme")
        return _enrol_in(session, vault.person, programme_id=programme_id,
                         resident_id=resident_id, enrolled_on=enrolled_on)


def record_attendance(vault: Vault, *, session_id: int, resident_id: int,
                      state: AttendanceState, community_support: bool = False,
                      today: date | None = None) -> int:
    """Record (or correct) whether she came to a session. A session still to come is refused
    (DateInFuture: nobody can have come to it yet). A session dated outside all of her
    stays is refused (OutsideStay) unless it is `community_support` (refugedesk/history.py).
    Not yet enrolled, she is enrolled by her first session (dated that day). The first time
    she is marked as missing it, a follow-up action "check she is safe" goes on her current
    plan for her key worker, due the next day. Returns the attendance id."""
    state = AttendanceState(state)
    with vault.transaction() as session:
        sitting = session.get(ProgrammeSession, session_id)
        if sitting is None:
            raise NotFound("session")
        if session.get(Resident, resident_id) is None:
            raise NotFound("resident")
        if sitting.held_on > (today or date.today()):
            raise DateInFuture(translate(
                "Programmes", "Session {number} is on {day}: whether she came can be recorded "
                "on the day or after.").format(number=sitting.number,
                                               day=fmt_day(sitting.held_on)), field="session")
        history.check(session, resident_id, sitting.held_on,
                      community_support=community_support, field="session")
        if not enrolled(session, programme_id=sitting.programme_id, resident_id=resident_id):
            _enrol_in(session, vault.person, programme_id=sitting.programme_id,
                      resident_id=resident_id, enrolled_on=sitting.held_on)
        row = session.scalar(select(Attendance).where(
            Attendance.session_id == session_id, Attendance.resident_id == resident_id))
        if row is None:
            row = Attendance(session_id=session_id, resident_id=resident_id, state=state,
                             community_support=bool(community_support),
                             created_by_id=vault.person.id, updated_by_id=vault.person.id)
            session.add(row)
        else:
            row.state = state
            row.community_support = bool(community_support)
            row.updated_by_id = vault.person.id
        session.flush()
        if state is AttendanceState.MISSED and row.follow_up_action_id is None:
            programme = session.get_one(Programme, sitting.programme_id)
            plan_id = ensure_plan(session, vault.person, resident_id)
            row.follow_up_action_id = add_action_in(
                session, vault.person, plan_id=plan_id, owner=ActionOwner.KEY_WORKER,
                what=translate("Programmes", CHECK_SAFE).format(
                    number=sitting.number, programme=programme.name),
                due_on=sitting.held_on + timedelta(days=1))
        audit.record(session, vault.person, "attendance_recorded", record_type="resident",
                     record_id=resident_id, detail=f"session={session_id} state={state}"
                     + (" community_support" if community_support else ""))
        return row.id


@dataclass(frozen=True)
class Completion:
    attended: int
    missed: int
    to_complete: int

    @property
    def completed(self) -> bool:
        return self.attended >= self.to_complete


def completion(session: Session, *, programme_id: int, resident_id: int) -> Completion:
    """How far she is through a programme. Only sessions within one of her stays count, or
    those marked as community support (refugedesk/history.py)."""
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise NotFound("programme")
    counted = history.counter(session, resident_id)
    counts: dict[AttendanceState, int] = {}
    for state, held_on, community in session.execute(
            select(Attendance.state, ProgrammeSession.held_on, Attendance.community_support)
            .join(ProgrammeSession, Attendance.session_id == ProgrammeSession.id).where(
            ProgrammeSession.programme_id == programme_id,
            Attendance.resident_id == resident_id)):
        if counted(held_on, community):
            counts[state] = counts.get(state, 0) + 1
    return Completion(counts.get(AttendanceState.ATTENDED, 0),
                      counts.get(AttendanceState.MISSED, 0),
                      programme.sessions_to_complete)


def completed_on(session: Session, *, programme_id: int, resident_id: int) -> date | None:
    """The day of the last session she attended that counts (see `completion`)."""
    counted = history.counter(session, resident_id)
    days = [held_on for held_on, community in session.execute(
        select(ProgrammeSession.held_on, Attendance.community_support)
        .join(Attendance, Attendance.session_id == ProgrammeSession.id)
        .where(ProgrammeSession.programme_id == programme_id,
               Attendance.resident_id == resident_id,
               Attendance.state == AttendanceState.ATTENDED)) if counted(held_on, community)]
    return max(days) if days else None


# --- reading: the programmes manager --------------------------------------------------------


@dataclass(frozen=True)
class SessionRow:
    id: int
    number: int
    held_on: date
    topic: str


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    name: str
    facilitator: str
    delivery: ProgrammeDelivery
    house_id: int | None
    #: The house it is for, or None for the whole service.
    house: str | None
    sessions_to_complete: int
    sessions: tuple[SessionRow, ...]
    enrolled: int

    @property
    def first_on(self) -> date | None:
        return min((s.held_on for s in self.sessions), default=None)

    @property
    def last_on(self) -> date | None:
        return max((s.held_on for s in self.sessions), default=None)


def programmes_list(session: Session) -> list[ProgrammeRow]:
    """Every programme with its sessions and how many women are enrolled, the latest first."""
    houses = dict(session.execute(select(House.id, House.name)).all())
    sessions: dict[int, list[SessionRow]] = {}
    for s in session.scalars(select(ProgrammeSession).order_by(ProgrammeSession.number)):
        sessions.setdefault(s.programme_id, []).append(
            SessionRow(s.id, s.number, s.held_on, s.topic))
    counts = dict(session.execute(
        select(ProgrammeEnrolment.programme_id, func.count())
        .group_by(ProgrammeEnrolment.programme_id)).all())
    rows = [ProgrammeRow(p.id, p.name, p.facilitator, p.delivery, p.house_id,
                         houses.get(p.house_id) if p.house_id else None,
                         p.sessions_to_complete, tuple(sessions.get(p.id, [])),
                         counts.get(p.id, 0))
            for p in session.scalars(select(Programme))]
    return sorted(rows, key=lambda r: (r.last_on or date.min, r.id), reverse=True)


def programme(session: Session, programme_id: int) -> ProgrammeRow:
    for row in programmes_list(session):
        if row.id == programme_id:
            return row
    raise NotFound("programme")


def enrolled_ids(session: Session, resident_id: int) -> set[int]:
    """The programmes she is enrolled on."""
    return set(session.scalars(select(ProgrammeEnrolment.programme_id).where(
        ProgrammeEnrolment.resident_id == resident_id)))
