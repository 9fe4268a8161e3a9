"""Group programmes (for example a 12-session Freedom Programme): sessions, who came, and who
completed. A missed session puts a "check she is safe" action on her plan for her key worker:
a woman who stops turning up may be in danger."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from refugedesk import audit, dates
from refugedesk.db.models import (
    ActionOwner,
    Attendance,
    AttendanceState,
    House,
    Programme,
    ProgrammeSession,
    Resident,
)
from refugedesk.db.vault import Vault
from refugedesk.errors import NotFound, ValidationError
from refugedesk.plans import add_action_in, ensure_plan

#: The follow-up a missed session creates, due the day after the session.
CHECK_SAFE = "Check she is safe: she missed session {number} of {programme}"


def create_programme(vault: Vault, *, name: str, sessions_to_complete: int,
                     house_id: int | None = None) -> int:
    """A programme; she completes it by attending `sessions_to_complete` of its sessions."""
    name = name.strip()
    if not name:
        raise ValidationError("Name the programme.", field="name")
    if sessions_to_complete < 1:
        raise ValidationError("At least one session is needed to complete it.",
                              field="sessions_to_complete")
    with vault.transaction() as session:
        if house_id is not None and session.get(House, house_id) is None:
            raise NotFound("house")
        row = Programme(name=name, sessions_to_complete=sessions_to_complete,
                        house_id=house_id, created_by_id=vault.person.id,
                        updated_by_id=vault.person.id)
        session.add(row)
        session.flush()
        audit.record(session, vault.person, "programme_created", record_type="programme",
                     record_id=row.id)
        return row.id


def add_session(vault: Vault, *, programme_id: int, number: int, held_on: date,
                topic: str = "") -> int:
    dates.check_dates(held_on=held_on)
    if number < 1:
        raise ValidationError("Sessions are numbered from 1.", field="number")
    with vault.transaction() as session:
        if session.get(Programme, programme_id) is None:
            raise NotFound("programme")
        taken = session.scalar(select(ProgrammeSession.id).where(
            ProgrammeSession.programme_id == programme_id, ProgrammeSession.number == number))
        if taken is not None:
            raise ValidationError(f"Session {number} is already planned.", field="number")
        row = ProgrammeSession(programme_id=programme_id, number=number, held_on=held_on,
                               topic=topic.strip(), created_by_id=vault.person.id,
                               updated_by_id=vault.person.id)
        session.add(row)
        session.flush()
        audit.record(session, vault.person, "programme_session_added",
                     record_type="programme", record_id=programme_id,
                     detail=f"session={row.id}")
        return row.id


def record_attendance(vault: Vault, *, session_id: int, resident_id: int,
                      state: AttendanceState) -> int:
    """Record (or correct) whether she came to a session. The first time she is marked as
    missing it, a follow-up action "check she is safe" goes on her current plan for her key
    worker, due the next day. Returns the attendance id."""
    state = AttendanceState(state)
    with vault.transaction() as session:
        sitting = session.get(ProgrammeSession, session_id)
        if sitting is None:
            raise NotFound("session")
        if session.get(Resident, resident_id) is None:
            raise NotFound("resident")
        row = session.scalar(select(Attendance).where(
            Attendance.session_id == session_id, Attendance.resident_id == resident_id))
        if row is None:
            row = Attendance(session_id=session_id, resident_id=resident_id, state=state,
                             created_by_id=vault.person.id, updated_by_id=vault.person.id)
            session.add(row)
        else:
            row.state = state
            row.updated_by_id = vault.person.id
        session.flush()
        if state is AttendanceState.MISSED and row.follow_up_action_id is None:
            programme = session.get_one(Programme, sitting.programme_id)
            plan_id = ensure_plan(session, vault.person, resident_id)
            row.follow_up_action_id = add_action_in(
                session, vault.person, plan_id=plan_id, owner=ActionOwner.KEY_WORKER,
                what=CHECK_SAFE.format(number=sitting.number, programme=programme.name),
                due_on=sitting.held_on + timedelta(days=1))
        audit.record(session, vault.person, "attendance_recorded", record_type="resident",
                     record_id=resident_id, detail=f"session={session_id} state={state}")
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
    """How far she is through a programme."""
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise NotFound("programme")
    counts = dict(session.execute(
        select(Attendance.state, func.count()).join(
            ProgrammeSession, Attendance.session_id == ProgrammeSession.id).where(
            ProgrammeSession.programme_id == programme_id,
            Attendance.resident_id == resident_id).group_by(Attendance.state)).all())
    return Completion(counts.get(AttendanceState.ATTENDED, 0),
                      counts.get(AttendanceState.MISSED, 0),
                      programme.sessions_to_complete)
