"""Mistakes in an arrival put right: its date, its room, or the whole stay recorded in error.

Each correction is one user action (one `vault.transaction()`): the rules are checked under the
write lock, the stay is changed, a StayCorrection row keeps what it was, what it became and the
reason in her worker's words, and an audit event says who did it and to which stay (ids and
dates only, never the reason).

Who may correct
---------------
Any worker may correct an arrival in the first CORRECTION_DAYS (7) days after it was recorded
(the stay's `created_at`): that is when a slip is noticed, by whoever made it or her colleague
on the next shift. After that only a manager or an administrator may: a stay that has stood for
a week has been counted in handovers and perhaps in a report, so changing it is a decision, not
a slip. A worker who tries later gets CorrectionTooLate (nothing changed).

What can be corrected
---------------------
- `change_arrival_date`: the night she really arrived. Not after today (a correction says what
  happened), before the day she left (a stay with no nights is what "recorded in error" is
  for), and the room must be open and free for every night of the new dates (the same rules
  as an arrival: capacity_rules.check_bookable, her own stay left out). `first_arrived_on`
  follows the arrival date, so the stay_first_arrival_first CHECK always holds.
- `change_room`: the room she is really in, for all the stay's nights. The room must be open
  and free for them, take her children, and not be in one of her excluded areas (the rules an
  arrival and a move apply). The offer she came on, if any, stays as it was (converted).
- `record_in_error`: the stay never happened. It keeps its row and its history, but leaves on
  the day it arrived with the reason RECORDED_IN_ERROR, so it holds no nights anywhere (the
  placement rules treat an empty interval as no nights) and every count leaves it out
  (`counts()` below is the rule the board, Today, the handover and the reports use). An offer it
  converted stays converted and her referral keeps its outcome: the room was offered and she
  was placed, only the stay's record was wrong; her record, if linked, is kept.

Refused, each with StayNotCorrectable and a plain reason:
- a stay already recorded in error (nothing more to correct);
- a stay that is part of a move between rooms (it ended with a move, or began with one): the
  move put her nights in two rooms and correcting one of them alone would leave the other
  wrong; correct the move's own stays with a manager instead;
- recording in error a stay with a move-on record or a review (planned or held) on it: those
  are her history, and a stay that never happened cannot have them;
- recording in error while she is signed out (sign her back in first).
A departed stay may still have its arrival date or room corrected (within the rules above).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from refugedesk import audit, dates
from refugedesk.capacity_rules import (
    check_bookable,
    check_children,
    excluded,
    excluded_areas,
    fmt_day,
    lapse_offers,
    load_room,
    room_label,
    split_areas,
)
from refugedesk.db.models import (
    DepartureReason,
    House,
    MoveOn,
    Referral,
    Review,
    Room,
    SignOut,
    StaffMember,
    Stay,
    StayCorrection,
    StayCorrectionKind,
)
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Person, Vault
from refugedesk.errors import (
    CorrectionTooLate,
    DateInFuture,
    DatesOutOfOrder,
    ExcludedArea,
    NotFound,
    StayNotCorrectable,
    ValidationError,
)
from refugedesk.i18n import translate

#: A support worker may correct an arrival this many days after it was recorded.
CORRECTION_DAYS = 7
#: The longest reason kept (a few sentences; the form stops typing here too).
MAX_REASON = 500

IN_ERROR = DepartureReason.RECORDED_IN_ERROR


def counts() -> ColumnElement[bool]:
    """SQL: a stay that counts (anything but one recorded in error). Every place that counts
    stays, arrivals or departures uses it; a stay with no departure reason counts."""
    return or_(Stay.departure_reason.is_(None), Stay.departure_reason != IN_ERROR)


# --- the rules shared by the three corrections -------------------------------------------------


def _reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(translate(
            "StayCorrections", "Say why this is being corrected (a few words are enough)."),
            field="reason")
    if len(reason) > MAX_REASON:
        raise ValidationError(translate(
            "StayCorrections", "Keep the reason to {limit} characters.").format(
            limit=MAX_REASON), field="reason")
    return reason


def late_for_worker(stay: Stay, now: datetime | None = None) -> bool:
    """Whether the arrival was recorded more than CORRECTION_DAYS days ago."""
    return (now or utcnow()) - stay.created_at > timedelta(days=CORRECTION_DAYS)


def _check_allowed(person: Person, stay: Stay) -> None:
    if not person.is_manager_or_admin and late_for_worker(stay):
        raise CorrectionTooLate(CORRECTION_DAYS)


def _problem(session: Session, stay: Stay) -> str | None:
    """Why no correction at all can be made to this stay, or None."""
    if stay.departure_reason == IN_ERROR:
        return translate("StayCorrections", "This stay is already recorded in error, so there "
                         "is nothing more to correct.")
    moved_on = stay.departure_reason == DepartureReason.MOVED_ROOM
    if moved_on or stay.moved_from_id is not None:
        return translate("StayCorrections", "She moved room during this stay, so its dates "
                         "and rooms are shared with the move. Ask a manager to put the move "
                         "right.")
    return None


def _load(session: Session, person: Person, stay_id: int) -> Stay:
    stay = session.get(Stay, stay_id)
    if stay is None:
        raise NotFound("stay")
    problem = _problem(session, stay)
    if problem:
        raise StayNotCorrectable(problem)
    _check_allowed(person, stay)
    return stay


def _her_excluded_areas(session: Session, stay: Stay) -> list[str]:
    """Her record's excluded areas, or before she has one, the referral that brought her."""
    if stay.resident_id is not None:
        return excluded_areas(session, stay.resident_id)
    referral = session.get(Referral, stay.referral_id) if stay.referral_id else None
    return split_areas(referral.excluded_areas) if referral else []


def _record(session: Session, person: Person, stay: Stay, kind: StayCorrectionKind,
            reason: str, *, was_on: date | None = None, now_on: date | None = None,
            was_room: int | None = None, now_room: int | None = None,
            detail: str) -> int:
    row = StayCorrection(stay_id=stay.id, kind=kind, reason=reason, was_arrived_on=was_on,
                         now_arrived_on=now_on, was_room_id=was_room, now_room_id=now_room,
                         created_by_id=person.id, updated_by_id=person.id)
    session.add(row)
    stay.updated_by_id = person.id
    session.flush()
    audit.record(session, person, "stay_corrected", record_type="stay", record_id=stay.id,
                 detail=f"correction={row.id} kind={kind} {detail}")
    return row.id


# --- the three corrections ---------------------------------------------------------------------


def change_arrival_date(vault: Vault, stay_id: int, on: date, reason: str, *,
                        today: date | None = None) -> int:
    """She really arrived on `on`. Returns the correction's id. See the module docstring."""
    dates.check_dates(on=on)
    reason = _reason(reason)
    if on > (today or date.today()):
        raise DateInFuture(translate("StayCorrections", "A correction records the night she "
                                     "really arrived: it cannot be later than today."),
                           field="on")
    with vault.transaction() as session:
        lapse_offers(session)
        stay = _load(session, vault.person, stay_id)
        was = stay.arrived_on
        if on == was:
            raise ValidationError(translate("StayCorrections",
                                            "That is already her arrival date."), field="on")
        if stay.left_on is not None and on >= stay.left_on:
            raise DatesOutOfOrder(translate(
                "StayCorrections", "She left on {day}, so she must have arrived before "
                "that.").format(day=fmt_day(stay.left_on)), field="on")
        room = load_room(session, stay.room_id)
        check_bookable(session, room, on, stay.left_on, ignore_stay=stay.id)
        stay.arrived_on = on
        if stay.first_arrived_on == was or stay.first_arrived_on > on:
            stay.first_arrived_on = on
        return _record(session, vault.person, stay, StayCorrectionKind.ARRIVAL_DATE, reason,
                       was_on=was, now_on=on,
                       detail=f"was={was.isoformat()} now={on.isoformat()}")


def change_room(vault: Vault, stay_id: int, room_id: int, reason: str) -> int:
    """She is really in room `room_id`, for all the stay's nights. Returns the correction's
    id. See the module docstring."""
    reason = _reason(reason)
    with vault.transaction() as session:
        lapse_offers(session)
        stay = _load(session, vault.person, stay_id)
        if stay.room_id == room_id:
            raise ValidationError(translate("StayCorrections",
                                            "She is already recorded in that room."),
                                  field="room")
        room = load_room(session, room_id)
        if excluded(_her_excluded_areas(session, stay), room.house):
            raise ExcludedArea(room.house.name, room.house.area)
        check_children(room, stay.children_count, stay.children_ages)
        check_bookable(session, room, stay.arrived_on, stay.left_on, ignore_stay=stay.id)
        was = stay.room_id
        stay.room_id = room.id
        return _record(session, vault.person, stay, StayCorrectionKind.ROOM, reason,
                       was_room=was, now_room=room.id, detail=f"was_room={was} now_room={room.id}")


def record_in_error(vault: Vault, stay_id: int, reason: str) -> int:
    """The stay never happened: it holds no nights from now on and no count includes it; her
    record and the stay's row are kept. Returns the correction's id. See the module docstring."""
    reason = _reason(reason)
    with vault.transaction() as session:
        lapse_offers(session)
        stay = _load(session, vault.person, stay_id)
        if session.scalar(select(MoveOn.id).where(MoveOn.stay_id == stay.id)) is not None:
            raise StayNotCorrectable(translate(
                "StayCorrections", "Her move-on has been recorded on this stay, so it cannot "
                "be recorded in error. Correct the move-on instead."))
        if session.scalar(select(Review.id).where(Review.stay_id == stay.id)) is not None:
            raise StayNotCorrectable(translate(
                "StayCorrections", "A review belongs to this stay, so it cannot be recorded "
                "in error. Ask a manager what to do."))
        if session.scalar(select(SignOut.id).where(SignOut.stay_id == stay.id,
                                                   SignOut.back_at.is_(None))) is not None:
            raise StayNotCorrectable(translate(
                "StayCorrections", "She is signed out just now. Sign her back in first."))
        was_left = stay.left_on
        stay.left_on = stay.arrived_on
        stay.departure_reason = IN_ERROR
        left = was_left.isoformat() if was_left else "none"
        return _record(session, vault.person, stay, StayCorrectionKind.RECORDED_IN_ERROR,
                       reason, was_on=stay.arrived_on, was_room=stay.room_id,
                       detail=f"arrived={stay.arrived_on.isoformat()} was_left={left}")


# --- reading: the dialog's facts and her record's history --------------------------------------


@dataclass(frozen=True)
class CorrectableStay:
    """What the correction dialog shows about a stay before anything is chosen."""

    stay_id: int
    household_ref: str
    room_id: int
    room: str
    arrived_on: date
    left_on: date | None
    #: Why nothing can be corrected (shown, and Save disabled), or None.
    problem: str | None


def correctable(session: Session, stay_id: int, person: Person) -> CorrectableStay:
    """The stay as the dialog shows it, with why it cannot be corrected by `person`, if so."""
    stay = session.get(Stay, stay_id)
    if stay is None:
        raise NotFound("stay")
    room = load_room(session, stay.room_id)
    problem = _problem(session, stay)
    if problem is None and not person.is_manager_or_admin and late_for_worker(stay):
        problem = str(CorrectionTooLate(CORRECTION_DAYS))
    return CorrectableStay(stay.id, stay.household_ref, room.id, room_label(room),
                           stay.arrived_on, stay.left_on, problem)


@dataclass(frozen=True)
class RoomChoice:
    room_id: int
    label: str


def room_choices(session: Session, stay_id: int) -> list[RoomChoice]:
    """Rooms in open houses other than hers, by house and room (the save checks each rule
    and says plainly what stands in the way)."""
    stay = session.get(Stay, stay_id)
    if stay is None:
        raise NotFound("stay")
    rows = session.execute(
        select(Room.id, Room.name, House.name).join(House, Room.house_id == House.id)
        .where(Room.id != stay.room_id, Room.retired_on.is_(None), House.retired_on.is_(None))
        .order_by(House.name, Room.name)).all()
    return [RoomChoice(rid, f"{room}, {house}") for rid, room, house in rows]


@dataclass(frozen=True)
class CorrectionView:
    """One correction as her record's stays list shows it (read-only)."""

    stay_id: int
    kind: StayCorrectionKind
    reason: str
    at: datetime
    by: str | None
    was: str
    now: str

    @property
    def text(self) -> str:
        when = fmt_day(self.at.astimezone().date())
        change = (f": {self.was} → {self.now}" if self.now else "")
        text = (translate("StayCorrections", "{what} ({when} by {by}). Why: {reason}")
                if self.by else translate("StayCorrections", "{what} ({when}). Why: {reason}"))
        return text.format(what=f"{self.kind.label}{change}", when=when, by=self.by,
                           reason=self.reason)


def corrections(session: Session, stay_ids: list[int]) -> dict[int, list[CorrectionView]]:
    """The corrections of each of these stays, oldest first."""
    if not stay_ids:
        return {}
    rooms = {rid: f"{room}, {house}" for rid, room, house in session.execute(
        select(Room.id, Room.name, House.name).join(House, Room.house_id == House.id))}
    out: dict[int, list[CorrectionView]] = {}
    for c, by in session.execute(
            select(StayCorrection, StaffMember.display_name)
            .outerjoin(StaffMember, StaffMember.id == StayCorrection.created_by_id)
            .where(StayCorrection.stay_id.in_(stay_ids))
            .order_by(StayCorrection.created_at, StayCorrection.id)):
        if c.kind == StayCorrectionKind.ARRIVAL_DATE:
            was = fmt_day(c.was_arrived_on) if c.was_arrived_on else ""
            now = fmt_day(c.now_arrived_on) if c.now_arrived_on else ""
        elif c.kind == StayCorrectionKind.ROOM:
            was = rooms.get(c.was_room_id or 0, "")
            now = rooms.get(c.now_room_id or 0, "")
        else:
            was = now = ""
        out.setdefault(c.stay_id, []).append(
            CorrectionView(c.stay_id, StayCorrectionKind(c.kind), c.reason, c.created_at, by,
                           was, now))
    return out
