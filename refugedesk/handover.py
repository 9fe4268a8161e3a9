"""The shift handover: a draft built from the records, house by house, sent from one worker to
another (sending seals it), acknowledged by the receiver, corrected only by addenda.

A handover covers the instants [period_start, period_end): from the end of the previous sent
handover to now, so nothing in between is missed, even across a weekend. Every line of a draft
comes from a record and names it (record_type, record_id); the writer can leave lines out and
adds free text per house and for the whole service, but cannot make up a line.

Dates in a draft (arrivals, departures, due dates) are the service's local dates: an arrival on
the day of the previous handover is shown again, rather than risk missing one recorded after it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from refugedesk import audit, dates, incidents, residents, whereabouts
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import (
    CourtOrder,
    DepartureReason,
    Handover,
    HandoverAddendum,
    House,
    PlanAction,
    Referral,
    ReferralOut,
    ReferralOutStatus,
    ReferralStatus,
    Reservation,
    ReservationState,
    Resident,
    RiskAssessment,
    RiskLevel,
    Room,
    StaffMember,
    Stay,
    SupportPlan,
)
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Vault
from refugedesk.errors import NotAllowed, NotFound, ValidationError
from refugedesk.occupancy_board import initials

#: Court orders ending within this many days are a risk change worth handing over.
ORDER_LAPSING_DAYS = 14
#: With no earlier handover, a draft covers this long.
FIRST_PERIOD = timedelta(hours=24)

#: The sections of a house's part of the draft, in the order they are read out.
SECTIONS: dict[str, str] = {
    "in": "Who is in",
    "arrived": "Arrivals",
    "left": "Departures",
    "expected": "Expected before the next handover",
    "risk": "Risk changes",
    "incident": "Incidents",
    "overdue_back": "Not back when expected",
    "action": "Actions due or overdue",
    "referral": "Referrals waiting for an answer",
}
SERVICE = "service"


class HandoverSealed(ValidationError):
    """A sent handover is kept as it was sent: add an addendum instead."""

    def __init__(self) -> None:
        super().__init__("This handover has been sent, so it cannot be changed. Add an "
                         "addendum instead.", field="handover")


class NotTheReceiver(NotAllowed):
    message = "Only the person it was handed to can acknowledge this handover."


class NotSentYet(ValidationError):
    def __init__(self) -> None:
        super().__init__("This handover has not been sent yet.", field="handover")


# --- the draft ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One line of a draft and the record it comes from."""

    section: str
    text: str
    record_type: str
    record_id: int


@dataclass(frozen=True)
class HousePart:
    """One house's part of the draft (house_id None: the whole service)."""

    house_id: int | None
    name: str
    lines: tuple[Line, ...] = ()

    @property
    def key(self) -> str:
        return SERVICE if self.house_id is None else str(self.house_id)

    def section(self, section: str) -> list[Line]:
        return [line for line in self.lines if line.section == section]

    def headed(self) -> list[tuple[str, list[Line]]]:
        """(heading, lines) for each section that has lines, in reading order."""
        return [(heading, lines) for key, heading in SECTIONS.items()
                if (lines := self.section(key))]


@dataclass(frozen=True)
class Draft:
    period_start: datetime
    period_end: datetime
    #: The day the next handover is expected (the next weekday): "expected" looks this far.
    next_handover_on: date
    houses: tuple[HousePart, ...]
    service: HousePart

    @property
    def parts(self) -> tuple[HousePart, ...]:
        return (*self.houses, self.service)

    def lines(self) -> list[Line]:
        return [line for part in self.parts for line in part.lines]

    def leaving_out(self, omitted: Iterable[Line]) -> Draft:
        """The same draft without some lines: the writer's edit. Nothing can be added."""
        gone = set(omitted)
        keep = [replace(p, lines=tuple(ln for ln in p.lines if ln not in gone))
                for p in self.parts]
        return replace(self, houses=tuple(keep[:-1]), service=keep[-1])

    def to_json(self) -> str:
        return json.dumps({
            "period_start": self.period_start.isoformat(),
            "period_end": self.period_end.isoformat(),
            "next_handover_on": self.next_handover_on.isoformat(),
            "parts": [{"house_id": p.house_id, "name": p.name,
                       "lines": [[ln.section, ln.text, ln.record_type, ln.record_id]
                                 for ln in p.lines]} for p in self.parts],
        }, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Draft:
        data = json.loads(text)
        parts = [HousePart(p["house_id"], p["name"], tuple(Line(*ln) for ln in p["lines"]))
                 for p in data["parts"]]
        return cls(datetime.fromisoformat(data["period_start"]),
                   datetime.fromisoformat(data["period_end"]),
                   date.fromisoformat(data["next_handover_on"]),
                   tuple(parts[:-1]), parts[-1])


def _aware(value: datetime, what: str) -> datetime:
    if value.tzinfo is None:
        raise ValueError(f"{what} must be timezone-aware")
    return value


def _local_day(instant: datetime) -> date:
    return instant.astimezone().date()


def _time(instant: datetime) -> str:
    local = instant.astimezone()
    return f"{local:%a} {local.day} {local:%b %H:%M}"


def next_weekday(day: date) -> date:
    """The day after `day`, skipping Saturday and Sunday (Friday's handover looks to Monday)."""
    nxt = day + timedelta(days=1)
    while nxt.weekday() >= 5:
        nxt += timedelta(days=1)
    return nxt


def previous_end(session: Session, *, before: datetime | None = None) -> datetime | None:
    """Where the last sent handover's period ended (before `before`, if given)."""
    dates.check_dates(before=before)
    query = select(Handover.period_end).where(Handover.sealed_at.is_not(None))
    if before is not None:
        query = query.where(Handover.period_end <= before)
    # Instants are stored as UTC ISO text of one format, so text order is time order.
    return session.scalar(query.order_by(Handover.period_end.desc()).limit(1))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 'ren' if word == 'child' else 's'}"


@dataclass
class _Here:
    """Who is staying in each house on the day: the map from residents to houses."""

    stays: list[tuple[Stay, Room, str | None]] = field(default_factory=list)
    house_of_resident: dict[int, int] = field(default_factory=dict)
    ref_of_resident: dict[int, str] = field(default_factory=dict)


def _here(session: Session, day: date) -> _Here:
    here = _Here()
    rows = session.execute(
        select(Stay, Room, Resident.reference)
        .join(Room, Stay.room_id == Room.id)
        .outerjoin(Resident, Stay.resident_id == Resident.id)
        .where(Stay.arrived_on <= day, or_(Stay.left_on.is_(None), Stay.left_on > day))
        .order_by(Room.house_id, Room.name, Stay.id))
    for stay, room, ref in rows:
        here.stays.append((stay, room, ref))
        if stay.resident_id is not None:
            here.house_of_resident[stay.resident_id] = room.house_id
            here.ref_of_resident[stay.resident_id] = ref or stay.household_ref
    return here


def _room(name: str) -> str:
    """"room 3", but "Room 3" as it is when the room is already named so."""
    return name if name.lower().startswith(("room", "flat", "unit")) else f"room {name}"


def _who(stay: Stay, reference: str | None) -> str:
    return f"{reference or stay.household_ref} ({initials(stay.name)})"


def draft(session: Session, *, since: datetime | None = None,
          until: datetime | None = None) -> Draft:
    """Build a handover draft for [since, until) from the records. `since` defaults to the end
    of the previous sent handover (or a day before `until` when there is none); `until` to now.
    """
    dates.check_dates(since=since, until=until)
    until = _aware(until, "until") if until is not None else utcnow()
    if since is None:
        since = previous_end(session, before=until) or until - FIRST_PERIOD
    since = _aware(since, "since")
    if since >= until:
        raise ValidationError("The handover's period ends before it starts.", field="since")
    today, first_day = _local_day(until), _local_day(since)
    horizon = next_weekday(today)
    lines: dict[int | None, list[Line]] = {}

    def add(house_id: int | None, section: str, text: str, record_type: str,
            record_id: int) -> None:
        lines.setdefault(house_id, []).append(Line(section, text, record_type, record_id))

    houses = list(session.execute(
        select(House.id, House.name).where(or_(House.retired_on.is_(None),
                                               House.retired_on > today))
        .order_by(House.name, House.id)))
    here = _here(session, today)

    # Who is in
    for stay, room, ref in here.stays:
        children = f", {_plural(stay.children_count, 'child')}" if stay.children_count else ""
        add(room.house_id, "in", f"{_who(stay, ref)}, {_room(room.name)}{children}", "stay",
            stay.id)

    # Arrivals and departures in the period, and departures due before the next handover
    moved = DepartureReason.MOVED_ROOM.value
    for stay, room, ref in session.execute(
            select(Stay, Room, Resident.reference).join(Room, Stay.room_id == Room.id)
            .outerjoin(Resident, Stay.resident_id == Resident.id)
            .where(or_(and_(Stay.arrived_on >= first_day, Stay.arrived_on <= today,
                            Stay.moved_from_id.is_(None)),
                       and_(Stay.left_on >= first_day, Stay.left_on <= horizon,
                            Stay.departure_reason != moved)))
            .order_by(Stay.arrived_on, Stay.id)):
        if first_day <= stay.arrived_on <= today and stay.moved_from_id is None:
            add(room.house_id, "arrived", f"{_who(stay, ref)} arrived "
                f"{fmt_day(stay.arrived_on)}, {_room(room.name)}", "stay", stay.id)
        if (stay.left_on is not None and first_day <= stay.left_on <= horizon
                and stay.departure_reason != moved):
            reason = DepartureReason(stay.departure_reason or "other").label.lower()
            verb = "left" if stay.left_on <= today else "due to leave"
            add(room.house_id, "left", f"{_who(stay, ref)} {verb} {fmt_day(stay.left_on)}, "
                f"{_room(room.name)} ({reason})", "stay", stay.id)

    # Arrivals expected: offers still held, arriving by the next handover
    for offer, room, name, children in session.execute(
            select(Reservation, Room, Referral.name, Referral.children_count)
            .join(Room, Reservation.room_id == Room.id)
            .join(Referral, Reservation.referral_id == Referral.id)
            .where(Reservation.state == ReservationState.HELD.value,
                   Reservation.held_until > until, Reservation.arriving_on <= horizon)
            .order_by(Reservation.arriving_on, Reservation.id)):
        kids = f", {_plural(children, 'child')}" if children else ""
        add(room.house_id, "expected", f"{initials(name)} (referral {offer.referral_id}) "
            f"expected {fmt_day(offer.arriving_on)}, {_room(room.name)}{kids}; held until "
            f"{_time(offer.held_until)}", "reservation", offer.id)

    # Risk changes: new DASH results in the period, court orders lapsing soon
    for assessment, ref in session.execute(
            select(RiskAssessment, Resident.reference)
            .join(Resident, RiskAssessment.resident_id == Resident.id)
            .where(RiskAssessment.assessed_at >= since, RiskAssessment.assessed_at < until)
            .order_by(RiskAssessment.assessed_at, RiskAssessment.id)):
        level = RiskLevel(assessment.level).label.lower()
        add(here.house_of_resident.get(assessment.resident_id), "risk",
            f"{ref}: DASH {_time(assessment.assessed_at)}, score {assessment.score}, "
            f"{level} risk", "resident", assessment.resident_id)
    if here.house_of_resident:
        for order in session.scalars(
                select(CourtOrder).where(
                    CourtOrder.resident_id.in_(list(here.house_of_resident)),
                    CourtOrder.expires_on >= today,
                    CourtOrder.expires_on <= today + timedelta(days=ORDER_LAPSING_DAYS))
                .order_by(CourtOrder.expires_on, CourtOrder.id)):
            assert order.expires_on is not None
            add(here.house_of_resident[order.resident_id], "risk",
                f"{here.ref_of_resident[order.resident_id]}: "
                f"{residents.order_ends(order.kind)} {fmt_day(order.expires_on)}",
                "resident", order.resident_id)

    # Incidents in the period
    for incident in incidents.incidents_between(session, since, until):
        house_id = incident.house_id
        if house_id is None:
            house_id = next((here.house_of_resident[r] for r in incident.resident_ids
                             if r in here.house_of_resident), None)
        who = f" ({', '.join(incident.references)})" if incident.references else ""
        parts = [f"{_time(incident.at)} {incident.kind.label}{who}."]
        if incident.what_happened:
            parts.append(f"What happened: {incident.what_happened}")
        if incident.action_taken:
            parts.append(f"Action taken: {incident.action_taken}")
        if incident.police_ref:
            parts.append(f"Police reference: {incident.police_ref}")
        add(house_id, "incident", " ".join(parts), "incident", incident.id)

    # Residents not back when expected
    for away in whereabouts.overdue_back(session, now=until):
        contact = "contactable" if away.contactable else "not contactable"
        steps = "; ".join(f"{_time(s.at)} {s.what}" + (f" ({s.by})" if s.by else "")
                          for s in away.steps)
        add(away.house_id, "overdue_back",
            f"{away.reference}: out since {_time(away.out_at)}, expected back "
            f"{_time(away.expected_back)}, {contact}. "
            + (f"Steps taken: {steps}" if steps else "No steps logged yet."),
            "stay", away.stay_id)

    # Actions due (by the next handover) or overdue, on current plans of residents here
    if here.house_of_resident:
        for action, resident_id in session.execute(
                select(PlanAction, SupportPlan.resident_id)
                .join(SupportPlan, PlanAction.plan_id == SupportPlan.id)
                .where(SupportPlan.superseded_at.is_(None), PlanAction.done_at.is_(None),
                       PlanAction.due_on <= horizon,
                       SupportPlan.resident_id.in_(list(here.house_of_resident)))
                .order_by(PlanAction.due_on, PlanAction.id)):
            assert action.due_on is not None
            when = ("overdue since" if action.due_on < today else "due") + " " + fmt_day(
                action.due_on)
            add(here.house_of_resident[resident_id], "action",
                f"{here.ref_of_resident[resident_id]}: {action.what} ({when})", "resident",
                resident_id)

        # Referrals out waiting for the other agency's answer
        waiting_out = [ReferralOutStatus.MADE.value, ReferralOutStatus.ACKNOWLEDGED.value]
        for ref_out in session.scalars(
                select(ReferralOut).where(
                    ReferralOut.status.in_(waiting_out),
                    ReferralOut.resident_id.in_(list(here.house_of_resident)))
                .order_by(ReferralOut.made_on, ReferralOut.id)):
            from refugedesk.db.models import Agency

            agency = ref_out.agency_name or Agency(ref_out.agency).label
            follow = (f", follow up {fmt_day(ref_out.follow_up_on)}"
                      if ref_out.follow_up_on else "")
            add(here.house_of_resident[ref_out.resident_id], "referral",
                f"{here.ref_of_resident[ref_out.resident_id]}: referred to {agency} "
                f"{fmt_day(ref_out.made_on)}{follow}", "resident", ref_out.resident_id)

    # Referrals to the service waiting for our answer
    for referral in session.scalars(
            select(Referral).where(Referral.status.in_(
                [ReferralStatus.NEW.value, ReferralStatus.ASSESSING.value]))
            .order_by(Referral.received_at, Referral.id)):
        add(None, "referral", f"Referral {referral.id} ({initials(referral.name)}), received "
            f"{_time(referral.received_at)}: {ReferralStatus(referral.status).label.lower()}",
            "referral", referral.id)

    parts = tuple(HousePart(hid, name, tuple(lines.get(hid, ()))) for hid, name in houses)
    known = {hid for hid, _ in houses}
    for hid in list(lines):  # a record in a retired house still gets handed over
        if hid is not None and hid not in known:
            lines.setdefault(None, []).extend(lines.pop(hid))
    return Draft(since, until, horizon, parts, HousePart(None, "Whole service",
                                                         tuple(lines.get(None, ()))))


# --- sending, acknowledging, addenda -------------------------------------------------------------


def _notes_json(notes: Mapping[int | None, str] | None) -> str:
    clean = {(SERVICE if k is None else str(k)): v.strip()
             for k, v in (notes or {}).items() if v and v.strip()}
    return json.dumps(clean, ensure_ascii=False, sort_keys=True)


def _receiver(session: Session, vault: Vault, to_staff_id: int) -> StaffMember:
    member = session.get(StaffMember, to_staff_id)
    if member is None or not member.active:
        raise ValidationError("Choose who the handover is to.", field="to")
    if member.id == vault.person.id:
        raise ValidationError("Hand over to someone else: the worker taking over.", field="to")
    return member


def _write(vault: Vault, draft: Draft, *, to_staff_id: int, shift: str,
           notes: Mapping[int | None, str] | None, handover_id: int | None,
           seal: bool) -> int:
    if vault.person.id is None:
        raise NotAllowed("Sign in as yourself to write a handover.")
    with vault.transaction() as session:
        _receiver(session, vault, to_staff_id)
        if handover_id is None:
            row = Handover(from_staff_id=vault.person.id, created_by_id=vault.person.id)
            session.add(row)
        else:
            found = session.get(Handover, handover_id)
            if found is None:
                raise NotFound("handover")
            if found.sealed_at is not None:
                raise HandoverSealed()
            if found.from_staff_id != vault.person.id:
                raise NotAllowed("Only the person writing this handover can change it.")
            row = found
        row.period_start, row.period_end = draft.period_start, draft.period_end
        row.to_staff_id = to_staff_id
        row.shift = shift.strip()[:60]
        row.draft = draft.to_json()
        row.notes = _notes_json(notes)
        row.updated_by_id = vault.person.id
        if seal:
            row.sealed_at = utcnow()
        session.flush()
        audit.record(session, vault.person, "handover_sent" if seal else "handover_saved",
                     record_type="handover", record_id=row.id, detail=f"to={to_staff_id}")
        return row.id


def save(vault: Vault, draft: Draft, *, to_staff_id: int, shift: str = "",
         notes: Mapping[int | None, str] | None = None, handover_id: int | None = None) -> int:
    """Keep a draft to finish later (not sent, so still editable by its writer)."""
    return _write(vault, draft, to_staff_id=to_staff_id, shift=shift, notes=notes,
                  handover_id=handover_id, seal=False)


def send(vault: Vault, draft: Draft, *, to_staff_id: int, shift: str = "",
         notes: Mapping[int | None, str] | None = None, handover_id: int | None = None) -> int:
    """Send the handover to `to_staff_id`: it is saved and sealed. `notes` is the free text per
    house id (None: the whole service). Returns its id."""
    return _write(vault, draft, to_staff_id=to_staff_id, shift=shift, notes=notes,
                  handover_id=handover_id, seal=True)


def acknowledge(vault: Vault, handover_id: int) -> None:
    """The receiver has read it. Only she can acknowledge it; doing it twice changes nothing."""
    with vault.transaction() as session:
        row = session.get(Handover, handover_id)
        if row is None:
            raise NotFound("handover")
        if row.sealed_at is None:
            raise NotSentYet()
        if row.to_staff_id != vault.person.id:
            raise NotTheReceiver()
        if row.acknowledged_at is not None:
            return
        row.acknowledged_at = utcnow()
        row.acknowledged_by_id = vault.person.id
        row.updated_by_id = vault.person.id
        audit.record(session, vault.person, "handover_acknowledged", record_type="handover",
                     record_id=row.id)


def add_addendum(vault: Vault, handover_id: int, text: str) -> int:
    """A correction or addition to a sent handover (the sealed text stays as it was)."""
    text = text.strip()
    if not text:
        raise ValidationError("Write the correction or addition.", field="addendum")
    with vault.transaction() as session:
        row = session.get(Handover, handover_id)
        if row is None:
            raise NotFound("handover")
        if row.sealed_at is None:
            raise NotSentYet()
        addendum = HandoverAddendum(handover_id=row.id, text=text, by_id=vault.person.id,
                                    at=utcnow())
        session.add(addendum)
        session.flush()
        audit.record(session, vault.person, "handover_addendum", record_type="handover",
                     record_id=row.id, detail=f"addendum={addendum.id}")
        return addendum.id


# --- reading ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Addendum:
    text: str
    by: str | None
    at: datetime


@dataclass(frozen=True)
class HandoverView:
    id: int
    period_start: datetime
    period_end: datetime
    from_staff_id: int
    from_name: str
    to_staff_id: int
    to_name: str
    shift: str
    draft: Draft
    notes: dict[str, str]
    sealed_at: datetime | None
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    addenda: tuple[Addendum, ...]

    def note_for(self, part: HousePart) -> str:
        return self.notes.get(part.key, "")

    @property
    def title(self) -> str:
        end = self.period_end.astimezone()
        shift = f" ({self.shift})" if self.shift else ""
        return f"Handover {end.day} {end:%b %Y %H:%M}{shift}"


def get(session: Session, handover_id: int) -> HandoverView:
    """A handover as stored. Reading a resident's details this way is not audited by itself:
    the UI opens handovers through `open_handover`."""
    row = session.get(Handover, handover_id)
    if row is None:
        raise NotFound("handover")
    names = dict(session.execute(select(StaffMember.id, StaffMember.display_name).where(
        StaffMember.id.in_([row.from_staff_id, row.to_staff_id,
                            row.acknowledged_by_id or row.from_staff_id]))).all())
    addenda = [Addendum(a.text, name, a.at) for a, name in session.execute(
        select(HandoverAddendum, StaffMember.display_name)
        .outerjoin(StaffMember, HandoverAddendum.by_id == StaffMember.id)
        .where(HandoverAddendum.handover_id == row.id)
        .order_by(HandoverAddendum.at, HandoverAddendum.id))]
    return HandoverView(
        row.id, row.period_start, row.period_end, row.from_staff_id,
        names.get(row.from_staff_id, "?"), row.to_staff_id, names.get(row.to_staff_id, "?"),
        row.shift, Draft.from_json(row.draft), json.loads(row.notes), row.sealed_at,
        row.acknowledged_at,
        names.get(row.acknowledged_by_id) if row.acknowledged_by_id else None,
        tuple(addenda))


def open_handover(vault: Vault, handover_id: int) -> HandoverView:
    """Open a handover to read it; the audit trail says who opened which one."""
    with vault.transaction() as session:
        view = get(session, handover_id)
        audit.record(session, vault.person, "handover_opened", record_type="handover",
                     record_id=handover_id)
        return view


def note_export(vault: Vault, handover_id: int) -> None:
    """Record that a handover was printed or saved as a PDF (it leaves the vault)."""
    with vault.transaction() as session:
        if session.get(Handover, handover_id) is None:
            raise NotFound("handover")
        audit.record(session, vault.person, "handover_exported", record_type="handover",
                     record_id=handover_id)


@dataclass(frozen=True)
class HandoverRow:
    id: int
    period_start: datetime
    period_end: datetime
    from_staff_id: int
    from_name: str
    to_staff_id: int
    to_name: str
    shift: str
    sealed_at: datetime | None
    acknowledged_at: datetime | None


def _rows(session: Session, query) -> list[HandoverRow]:  # type: ignore[no-untyped-def]
    sender, receiver = aliased(StaffMember), aliased(StaffMember)
    query = (query.add_columns(sender.display_name, receiver.display_name)
             .join(sender, Handover.from_staff_id == sender.id)
             .join(receiver, Handover.to_staff_id == receiver.id))
    return [HandoverRow(h.id, h.period_start, h.period_end, h.from_staff_id, s, h.to_staff_id,
                        r, h.shift, h.sealed_at, h.acknowledged_at)
            for h, s, r in session.execute(query)]


def waiting(session: Session, staff_id: int) -> list[HandoverRow]:
    """Sent handovers not yet acknowledged that she wrote or is to receive, oldest first."""
    return _rows(session, select(Handover).where(
        Handover.sealed_at.is_not(None), Handover.acknowledged_at.is_(None),
        or_(Handover.to_staff_id == staff_id, Handover.from_staff_id == staff_id))
        .order_by(Handover.sealed_at, Handover.id))


def unsent(session: Session, staff_id: int) -> list[HandoverRow]:
    """Her drafts saved and not sent yet, newest first."""
    return _rows(session, select(Handover).where(
        Handover.sealed_at.is_(None), Handover.from_staff_id == staff_id)
        .order_by(Handover.updated_at.desc(), Handover.id.desc()))


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search(session: Session, *, on: date | None = None, house_id: int | None = None,
           reference: str = "", word: str = "", limit: int = 200) -> list[HandoverRow]:
    """Sent handovers, newest first: covering the local day `on`, with a part for the house
    (lines or free text), naming a resident reference, or containing a word (in the lines,
    the free text or an addendum)."""
    dates.check_dates(on=on)
    query = select(Handover).where(Handover.sealed_at.is_not(None))
    if on is not None:
        start = datetime.combine(on, datetime.min.time()).astimezone()
        query = query.where(Handover.period_start < start + timedelta(days=1),
                            Handover.period_end > start)
    for text in (reference.strip(), word.strip()):
        if text:
            pattern = _like(text)
            in_addenda = select(HandoverAddendum.id).where(
                HandoverAddendum.handover_id == Handover.id,
                HandoverAddendum.text.like(pattern, escape="\\")).exists()
            query = query.where(or_(Handover.draft.like(pattern, escape="\\"),
                                    Handover.notes.like(pattern, escape="\\"), in_addenda))
    query = query.order_by(Handover.period_end.desc(), Handover.id.desc())
    rows = _rows(session, query)
    if house_id is not None:
        keep = set()
        stored = dict(session.execute(select(Handover.id, Handover.draft).where(
            Handover.id.in_([r.id for r in rows]))).all()) if rows else {}
        notes = dict(session.execute(select(Handover.id, Handover.notes).where(
            Handover.id.in_([r.id for r in rows]))).all()) if rows else {}
        for hid, text in stored.items():
            parts = Draft.from_json(text).houses
            if (any(p.house_id == house_id and p.lines for p in parts)
                    or str(house_id) in json.loads(notes[hid])):
                keep.add(hid)
        rows = [r for r in rows if r.id in keep]
    return rows[:limit]
