"""Read-only views of a resident's record for the screens that show it: her details, children,
consent, safety and court orders, her stays, and the programmes she is on. Plain dataclasses,
no Qt; nothing here writes (opening a record is audited by residents.open_record).

Also the small checks the intake wizard runs as she types, which reuse the domain's own rules
so the form says exactly what saving would say.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from refugedesk import consent_rules, history, residents, staff
from refugedesk.db.models import (
    Abuser,
    Attendance,
    AttendanceState,
    Child,
    ChildSex,
    Consent,
    ConsentHow,
    CourtOrder,
    CourtOrderKind,
    DepartureReason,
    House,
    Programme,
    ProgrammeDelivery,
    ProgrammeEnrolment,
    ProgrammeSession,
    Room,
    StaffMember,
    Stay,
)
from refugedesk.errors import ValidationError
from refugedesk.i18n import locale, translate


@dataclass(frozen=True)
class ChildView:
    id: int
    name: str
    date_of_birth: date | None
    school: str
    child_protection_plan: bool
    child_in_need: bool
    social_worker: str
    needs: str
    #: None: not recorded.
    sex: ChildSex | None = None

    def age(self, on: date) -> int | None:
        if self.date_of_birth is None:
            return None
        born = self.date_of_birth
        return max(0, on.year - born.year - ((on.month, on.day) < (born.month, born.day)))


@dataclass(frozen=True)
class ConsentView:
    id: int
    what: str
    shared_with: str
    given_on: date
    explained_by: str | None
    withdrawn_on: date | None
    #: What it covers (consent_rules keys, in the form's order) and how she gave it.
    covers: tuple[str, ...] = ()
    how_given: ConsentHow | None = None

    @property
    def covers_words(self) -> str:
        """"She agreed to share with: the police, MARAC" (consent_rules.sentence)."""
        return consent_rules.sentence(self.covers)


@dataclass(frozen=True)
class AbuserView:
    id: int
    name: str
    description: str
    vehicle: str
    known_areas: tuple[str, ...]


@dataclass(frozen=True)
class CourtOrderView:
    id: int
    kind: CourtOrderKind
    made_on: date | None
    expires_on: date | None
    notes: str


@dataclass(frozen=True)
class StayView:
    id: int
    house: str
    room: str
    arrived_on: date
    left_on: date | None
    departure_reason: DepartureReason | None


@dataclass(frozen=True)
class ResidentDetails:
    """Everything on the Overview tab of her record."""

    id: int
    reference: str
    name: str
    known_as: str
    date_of_birth: date | None
    language: str
    needs_interpreter: bool
    access_needs: str
    immigration_status: str
    nrpf: bool
    gp: str
    safe_to_call: bool | None
    safe_to_text: bool | None
    code_word: str
    times_to_avoid: str
    key_worker_id: int | None
    key_worker: str | None
    children: tuple[ChildView, ...]
    consents: tuple[ConsentView, ...]
    abusers: tuple[AbuserView, ...]
    court_orders: tuple[CourtOrderView, ...]
    stays: tuple[StayView, ...]


def staff_names(session: Session) -> dict[int, str]:
    """Every staff member's display name by id (for "assessed by", "explained by")."""
    return dict(session.execute(select(StaffMember.id, StaffMember.display_name)).all())


def resident_details(session: Session, resident_id: int) -> ResidentDetails:
    """Her details, children, consent, safety, court orders and stays (newest stay first)."""
    r = residents.load_resident(session, resident_id)
    children = tuple(
        ChildView(c.id, c.name, c.date_of_birth, c.school, c.child_protection_plan,
                  c.child_in_need, c.social_worker, c.needs, c.sex)
        for c in session.scalars(select(Child).where(Child.resident_id == resident_id)
                                 .order_by(Child.date_of_birth.is_(None), Child.date_of_birth,
                                           Child.id)))
    consent_rows = list(session.scalars(select(Consent).where(
        Consent.resident_id == resident_id).order_by(Consent.given_on.desc(), Consent.id)))
    names = staff.display_names(session, {r.key_worker_id}
                         | {c.explained_by_id for c in consent_rows})
    consents = tuple(ConsentView(c.id, c.what, c.shared_with, c.given_on,
                                 names.get(c.explained_by_id) if c.explained_by_id else None,
                                 c.withdrawn_on, tuple(consent_rules.read_covers(c.covers)),
                                 c.how_given) for c in consent_rows)
    abusers = tuple(
        AbuserView(a.id, a.name, a.description, a.vehicle,
                   tuple(x for x in a.known_areas.splitlines() if x.strip()))
        for a in session.scalars(select(Abuser).where(Abuser.resident_id == resident_id)
                                 .order_by(Abuser.id)))
    orders = tuple(
        CourtOrderView(o.id, o.kind, o.made_on, o.expires_on, o.notes)
        for o in session.scalars(select(CourtOrder).where(CourtOrder.resident_id == resident_id)
                                 .order_by(CourtOrder.expires_on.is_(None),
                                           CourtOrder.expires_on, CourtOrder.id)))
    stays = tuple(
        StayView(s.id, house, room, s.arrived_on, s.left_on,
                 s.departure_reason)
        for s, room, house in session.execute(
            select(Stay, Room.name, House.name).join(Room, Stay.room_id == Room.id)
            .join(House, Room.house_id == House.id).where(Stay.resident_id == resident_id)
            .order_by(Stay.arrived_on.desc(), Stay.id.desc())))
    return ResidentDetails(
        r.id, r.reference, r.name, r.known_as, r.date_of_birth, r.language,
        r.needs_interpreter, r.access_needs, r.immigration_status, r.nrpf, r.gp,
        r.safe_to_call, r.safe_to_text, r.code_word, r.times_to_avoid, r.key_worker_id,
        names.get(r.key_worker_id) if r.key_worker_id else None, children, consents, abusers,
        orders, stays)


@dataclass(frozen=True)
class ProgrammeProgress:
    """A programme she is enrolled on (or has a session marked for), and how far through it
    she is. Sessions outside her stays count only as community support (history.py);
    `not_counted` says how many were left out."""

    programme_id: int
    name: str
    attended: int
    missed: int
    excused: int
    to_complete: int
    #: Her latest session marked, or the day she enrolled if none is marked yet.
    last_session_on: date
    facilitator: str = ""
    delivery: ProgrammeDelivery = ProgrammeDelivery.IN_PERSON
    enrolled_on: date | None = None
    not_counted: int = 0
    community_support: int = 0

    @property
    def completed(self) -> bool:
        return self.attended >= self.to_complete


def programmes_for(session: Session, resident_id: int) -> list[ProgrammeProgress]:
    """The programmes she is enrolled on or has attendance recorded on, most recent first."""
    counted = history.counter(session, resident_id)
    found: dict[int, dict[str, Any]] = {}
    for p, enrolled_on in session.execute(
            select(Programme, ProgrammeEnrolment.enrolled_on)
            .join(ProgrammeEnrolment, ProgrammeEnrolment.programme_id == Programme.id)
            .where(ProgrammeEnrolment.resident_id == resident_id)):
        found[p.id] = {"programme": p, "enrolled_on": enrolled_on, "last": enrolled_on,
                       "counts": {}, "not_counted": 0, "community": 0}
    for p, state, held_on, community in session.execute(
            select(Programme, Attendance.state, ProgrammeSession.held_on,
                   Attendance.community_support)
            .join(ProgrammeSession, ProgrammeSession.programme_id == Programme.id)
            .join(Attendance, Attendance.session_id == ProgrammeSession.id)
            .where(Attendance.resident_id == resident_id)):
        entry = found.setdefault(p.id, {"programme": p, "enrolled_on": None, "last": held_on,
                                        "counts": {}, "not_counted": 0, "community": 0})
        entry["last"] = max(entry["last"], held_on)
        if not counted(held_on, community):
            entry["not_counted"] += 1
            continue
        entry["community"] += 1 if community else 0
        entry["counts"][state] = entry["counts"].get(state, 0) + 1
    progress = [ProgrammeProgress(
        pid, e["programme"].name, e["counts"].get(AttendanceState.ATTENDED, 0),
        e["counts"].get(AttendanceState.MISSED, 0),
        e["counts"].get(AttendanceState.EXCUSED, 0), e["programme"].sessions_to_complete,
        e["last"], e["programme"].facilitator, e["programme"].delivery, e["enrolled_on"],
        e["not_counted"], e["community"])
        for pid, e in found.items()]
    return sorted(progress, key=lambda p: (p.last_session_on, p.programme_id), reverse=True)


@dataclass(frozen=True)
class SessionChoice:
    session_id: int
    programme: str
    number: int
    held_on: date

    @property
    def label(self) -> str:
        from PySide6.QtCore import QDate  # here: the sign-in window's worker imports this module

        day = locale().toString(QDate(self.held_on.year, self.held_on.month, self.held_on.day),
                                "ddd d MMM yyyy")
        return translate("ResidentViews", "{programme}: session {number}, {day}").format(
            programme=self.programme, number=self.number, day=day)


def programme_sessions(session: Session, *, resident_id: int | None = None,
                       limit: int = 300, today: date | None = None) -> list[SessionChoice]:
    """Sessions to record attendance against, the most recent first: of the programmes she is
    enrolled on (or already has a session marked for), or with no resident, of every one.
    Only sessions held by today: nobody can have come to one still to come."""
    query = (select(ProgrammeSession.id, Programme.name, ProgrammeSession.number,
                    ProgrammeSession.held_on)
             .join(Programme, Programme.id == ProgrammeSession.programme_id)
             .where(ProgrammeSession.held_on <= (today or date.today())))
    if resident_id is not None:
        hers = {p.programme_id for p in programmes_for(session, resident_id)}
        query = query.where(Programme.id.in_(hers))
    rows = session.execute(query.order_by(ProgrammeSession.held_on.desc(),
                                          ProgrammeSession.id.desc()).limit(limit))
    return [SessionChoice(*row) for row in rows]


# --- checks the intake wizard runs as she types ------------------------------------------------


def child_date_problem(date_of_birth: date | None, *,
                       today: date | None = None) -> ValidationError | None:
    """What saving a child with this date of birth would refuse (the domain's own rule and
    words), or None."""
    try:
        residents.check_child({"date_of_birth": date_of_birth}, today=today or date.today())
    except ValidationError as err:
        return err
    return None


def resident_date_problem(date_of_birth: date | None, *,
                          today: date | None = None) -> ValidationError | None:
    """Her own date of birth, checked by the domain's rule (only the date is looked at, so no
    database is needed)."""
    try:
        residents.check_birth_date(date_of_birth, today=today or date.today())
    except ValidationError as err:
        return err
    return None
