"""The handover's draft: the lines built from the records for the period [since, until), house
by house, each naming the record it comes from (record_type, record_id).

One function per section builds its lines, in the order the draft reads them; `draft` puts
them together. Sending, acknowledging and reading handovers are in handover.py.

Dates in a draft (arrivals, departures, due dates) are the service's local dates: an arrival on
the day of the previous handover is shown again, rather than risk missing one recorded after it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from refugedesk import dates, incidents, stay_corrections, whereabouts
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import (
    CourtOrder,
    DepartureReason,
    Handover,
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
    Room,
    Stay,
    SupportPlan,
)
from refugedesk.db.queries import id_in
from refugedesk.db.types import utcnow
from refugedesk.errors import ValidationError
from refugedesk.i18n import (
    QT_TRANSLATE_NOOP,
    Labels,
    short_date,
    time_of_day,
    translate,
    with_count,
)
from refugedesk.occupancy_board import initials
from refugedesk.resident_header import order_ends_on, under_18_age, under_18_note, under_18_text

#: Court orders ending within this many days are a risk change worth handing over.
ORDER_LAPSING_DAYS = 14
#: With no earlier handover, a draft covers this long.
FIRST_PERIOD = timedelta(hours=24)

#: The sections of each house's part, in reading order: what is urgent first (shared/UX.md),
#: then the comings and goings, then who is in. The headings are read in the language in use
#: (the lines themselves are written once, in the writer's language, and kept as sent).
SECTIONS: Labels[str] = Labels("HandoverDraft", {
    "overdue_back": QT_TRANSLATE_NOOP("HandoverDraft", "Not back when expected"),
    "incident": QT_TRANSLATE_NOOP("HandoverDraft", "Incidents"),
    "risk": QT_TRANSLATE_NOOP("HandoverDraft", "Risk changes"),
    "under_18": QT_TRANSLATE_NOOP("HandoverDraft", "Under 18"),
    "arrived": QT_TRANSLATE_NOOP("HandoverDraft", "Arrivals"),
    "left": QT_TRANSLATE_NOOP("HandoverDraft", "Departures"),
    "expected": QT_TRANSLATE_NOOP("HandoverDraft", "Expected before the next handover"),
    "action": QT_TRANSLATE_NOOP("HandoverDraft", "Actions due or overdue"),
    "referral_out": QT_TRANSLATE_NOOP("HandoverDraft",
                                      "Referrals made for her, waiting for the agency"),
    "referral": QT_TRANSLATE_NOOP("HandoverDraft", "Referrals to us waiting for our answer"),
    "in": QT_TRANSLATE_NOOP("HandoverDraft", "Who is in"),
})
#: Sections marked "Urgent" in words wherever the handover is shown or printed.
URGENT = frozenset({"overdue_back", "incident", "risk"})
SERVICE = "service"


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
    """ "Mon 3 Mar 16:30", in the language in use."""
    local = instant.astimezone()
    return f"{short_date(local)} {time_of_day(local)}"


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


@dataclass
class _Here:
    """Who is staying in each house on the day: the map from residents to houses."""

    stays: list[tuple[Stay, Room, str | None]] = field(default_factory=list)
    house_of_resident: dict[int, int] = field(default_factory=dict)
    ref_of_resident: dict[int, str] = field(default_factory=dict)
    #: The house each resident stayed in at some time in the period, including one who left
    #: during it: her DASH and incidents of the period are handed over under that house.
    house_in_period: dict[int, int] = field(default_factory=dict)


def _here(session: Session, day: date, first_day: date | None = None) -> _Here:
    here = _Here()
    for resident_id, house_id in session.execute(
            select(Stay.resident_id, Room.house_id).join(Room, Stay.room_id == Room.id)
            .where(Stay.resident_id.is_not(None), Stay.arrived_on <= day,
                   or_(Stay.left_on.is_(None), Stay.left_on >= (first_day or day)),
                   stay_corrections.counts())
            .order_by(Stay.arrived_on, Stay.id)):
        if resident_id is not None:  # (the query keeps only stays on a record)
            here.house_in_period[resident_id] = house_id  # the latest stay wins
    rows = session.execute(
        select(Stay, Room, Resident.reference)
        .join(Room, Stay.room_id == Room.id)
        .outerjoin(Resident, Stay.resident_id == Resident.id)
        .where(Stay.arrived_on <= day, or_(Stay.left_on.is_(None), Stay.left_on > day),
               stay_corrections.counts())
        .order_by(Room.house_id, Room.name, Stay.id))
    for stay, room, ref in rows:
        here.stays.append((stay, room, ref))
        if stay.resident_id is not None:
            here.house_of_resident[stay.resident_id] = room.house_id
            here.ref_of_resident[stay.resident_id] = ref or stay.household_ref
    return here


#: Room names that already say what they are ("Room 3", "Flat 2", "Ystafell 4").
_NAMED = ("room", "flat", "unit", "ystafell", "fflat", "uned")


def _room(name: str) -> str:
    """"room 3", but "Room 3" as it is when the room is already named so."""
    if name.lower().startswith(_NAMED):
        return name
    return translate("HandoverDraft", "room {name}").format(name=name)


def _who(stay: Stay, reference: str | None) -> str:
    return f"{reference or stay.household_ref} ({initials(stay.name)})"


@dataclass(frozen=True)
class _Period:
    """What every section needs: the period, the local days it touches, and who is here."""

    session: Session
    since: datetime
    until: datetime
    first_day: date
    today: date
    #: The day of the next handover: "expected", "left" and "action" look this far.
    horizon: date
    here: _Here


#: (house id or None for the whole service, line) as each section finds them.
_Found = Iterator[tuple[int | None, Line]]


def _who_is_in(p: _Period) -> _Found:
    for stay, room, ref in p.here.stays:
        n = stay.children_count
        if n:
            text = with_count(translate("HandoverDraft", "{who}, {room}, %n child(ren)"), n)
        else:
            text = translate("HandoverDraft", "{who}, {room}")
        yield room.house_id, Line("in", text.format(who=_who(stay, ref), room=_room(room.name)),
                                  "stay", stay.id)


def _under_18(p: _Period) -> _Found:
    """Residents here who are under 18, under their house, with the service's safeguarding
    note (the same words as her record's header and Today)."""
    if not p.here.house_of_resident:
        return
    note = ""
    for resident_id, born in p.session.execute(
            select(Resident.id, Resident.date_of_birth).where(
                id_in(p.session, Resident.id, p.here.house_of_resident),
                Resident.date_of_birth.is_not(None))
            .order_by(Resident.reference, Resident.id)):
        age = under_18_age(born, p.today)
        if age is None:
            continue
        note = note or under_18_note(p.session)
        yield p.here.house_of_resident[resident_id], Line(
            "under_18", f"{p.here.ref_of_resident[resident_id]}: {under_18_text(age, note)}",
            "resident", resident_id)


def _arrivals_and_departures(p: _Period) -> _Found:
    """Arrivals and departures in the period, and departures due before the next handover."""
    moved = DepartureReason.MOVED_ROOM
    for stay, room, ref in p.session.execute(
            select(Stay, Room, Resident.reference).join(Room, Stay.room_id == Room.id)
            .outerjoin(Resident, Stay.resident_id == Resident.id)
            .where(or_(and_(Stay.arrived_on >= p.first_day, Stay.arrived_on <= p.today,
                            Stay.moved_from_id.is_(None)),
                       and_(Stay.left_on >= p.first_day, Stay.left_on <= p.horizon,
                            Stay.departure_reason != moved)),
                   stay_corrections.counts())
            .order_by(Stay.arrived_on, Stay.id)):
        if p.first_day <= stay.arrived_on <= p.today and stay.moved_from_id is None:
            yield room.house_id, Line("arrived", translate(
                "HandoverDraft", "{who} arrived {day}, {room}").format(
                who=_who(stay, ref), day=fmt_day(stay.arrived_on), room=_room(room.name)),
                "stay", stay.id)
        if (stay.left_on is not None and p.first_day <= stay.left_on <= p.horizon
                and stay.departure_reason != moved):
            reason = (stay.departure_reason or DepartureReason.OTHER).label.lower()
            text = (translate("HandoverDraft", "{who} left {day}, {room} ({reason})")
                    if stay.left_on <= p.today else
                    translate("HandoverDraft", "{who} due to leave {day}, {room} ({reason})"))
            yield room.house_id, Line("left", text.format(
                who=_who(stay, ref), day=fmt_day(stay.left_on), room=_room(room.name),
                reason=reason), "stay", stay.id)


def _expected(p: _Period) -> _Found:
    """Arrivals expected: offers still held, arriving by the next handover."""
    for offer, room, name, children in p.session.execute(
            select(Reservation, Room, Referral.name, Referral.children_count)
            .join(Room, Reservation.room_id == Room.id)
            .join(Referral, Reservation.referral_id == Referral.id)
            .where(Reservation.state == ReservationState.HELD,
                   Reservation.held_until > p.until, Reservation.arriving_on <= p.horizon)
            .order_by(Reservation.arriving_on, Reservation.id)):
        if children:
            text = with_count(translate(
                "HandoverDraft", "{initials} (referral {referral}) expected {day}, {room}, "
                "%n child(ren); held until {until}"), children)
        else:
            text = translate("HandoverDraft", "{initials} (referral {referral}) expected "
                             "{day}, {room}; held until {until}")
        yield room.house_id, Line("expected", text.format(
            initials=initials(name), referral=offer.referral_id,
            day=fmt_day(offer.arriving_on), room=_room(room.name),
            until=_time(offer.held_until)), "reservation", offer.id)


def _risk_changes(p: _Period) -> _Found:
    """New DASH results in the period, then court orders of residents here lapsing soon."""
    for assessment, ref in p.session.execute(
            select(RiskAssessment, Resident.reference)
            .join(Resident, RiskAssessment.resident_id == Resident.id)
            .where(RiskAssessment.assessed_at >= p.since, RiskAssessment.assessed_at < p.until)
            .order_by(RiskAssessment.assessed_at, RiskAssessment.id)):
        yield p.here.house_in_period.get(assessment.resident_id), Line(
            "risk", translate("HandoverDraft", "{ref}: DASH {time}, score {score}, {level} "
                              "risk").format(ref=ref, time=_time(assessment.assessed_at),
                                             score=assessment.score,
                                             level=assessment.level.label.lower()),
            "resident", assessment.resident_id)
    if not p.here.house_of_resident:
        return
    for order in p.session.scalars(
            select(CourtOrder).where(
                id_in(p.session, CourtOrder.resident_id, p.here.house_of_resident),
                CourtOrder.expires_on >= p.today,
                CourtOrder.expires_on <= p.today + timedelta(days=ORDER_LAPSING_DAYS))
            .order_by(CourtOrder.expires_on, CourtOrder.id)):
        assert order.expires_on is not None
        yield p.here.house_of_resident[order.resident_id], Line(
            "risk", f"{p.here.ref_of_resident[order.resident_id]}: "
            f"{order_ends_on(order.kind, order.expires_on)}",
            "resident", order.resident_id)


def _incidents(p: _Period) -> _Found:
    """Incidents in the period, in the house they happened in (or the house of a resident
    they involved)."""
    for incident in incidents.incidents_between(p.session, p.since, p.until):
        house_id = incident.house_id
        if house_id is None:
            house_id = next((p.here.house_in_period[r] for r in incident.resident_ids
                             if r in p.here.house_in_period), None)
        if incident.references:
            first = translate("HandoverDraft", "{time} {kind} ({who}).").format(
                time=_time(incident.at), kind=incident.kind.label,
                who=", ".join(incident.references))
        else:
            first = translate("HandoverDraft", "{time} {kind}.").format(
                time=_time(incident.at), kind=incident.kind.label)
        parts = [first]
        if incident.what_happened:
            parts.append(translate("HandoverDraft", "What happened: {text}").format(
                text=incident.what_happened))
        if incident.action_taken:
            parts.append(translate("HandoverDraft", "Action taken: {text}").format(
                text=incident.action_taken))
        if incident.police_ref:
            parts.append(translate("HandoverDraft", "Police reference: {text}").format(
                text=incident.police_ref))
        yield house_id, Line("incident", " ".join(parts), "incident", incident.id)


def _not_back(p: _Period) -> _Found:
    """Residents not back when expected, with the steps taken so far."""
    for away in whereabouts.overdue_back(p.session, now=p.until):
        steps = "; ".join(f"{_time(s.at)} {s.what}" + (f" ({s.by})" if s.by else "")
                          for s in away.steps)
        out = (translate("HandoverDraft", "{ref}: out since {out}, expected back {back}, "
                         "contactable.") if away.contactable else
               translate("HandoverDraft", "{ref}: out since {out}, expected back {back}, not "
                         "contactable."))
        taken = (translate("HandoverDraft", "Steps taken: {steps}").format(steps=steps)
                 if steps else translate("HandoverDraft", "No steps logged yet."))
        yield away.house_id, Line(
            "overdue_back", out.format(ref=away.reference, out=_time(away.out_at),
                                       back=_time(away.expected_back)) + " " + taken,
            "stay", away.stay_id)


def _actions_due(p: _Period) -> _Found:
    """Actions due (by the next handover) or overdue, on current plans of residents here."""
    if not p.here.house_of_resident:
        return
    for action, resident_id in p.session.execute(
            select(PlanAction, SupportPlan.resident_id)
            .join(SupportPlan, PlanAction.plan_id == SupportPlan.id)
            .where(SupportPlan.superseded_at.is_(None), PlanAction.done_at.is_(None),
                   PlanAction.due_on <= p.horizon,
                   id_in(p.session, SupportPlan.resident_id, p.here.house_of_resident))
            .order_by(PlanAction.due_on, PlanAction.id)):
        assert action.due_on is not None
        text = (translate("HandoverDraft", "{ref}: {what} (overdue since {day})")
                if action.due_on < p.today else
                translate("HandoverDraft", "{ref}: {what} (due {day})"))
        yield p.here.house_of_resident[resident_id], Line(
            "action", text.format(ref=p.here.ref_of_resident[resident_id], what=action.what,
                                  day=fmt_day(action.due_on)),
            "resident", resident_id)


def _referrals_out_waiting(p: _Period) -> _Found:
    """Referrals out, by residents here, waiting for the other agency's answer."""
    if not p.here.house_of_resident:
        return
    for ref_out in p.session.scalars(
            select(ReferralOut).where(
                ReferralOut.status.in_([ReferralOutStatus.MADE, ReferralOutStatus.ACKNOWLEDGED]),
                id_in(p.session, ReferralOut.resident_id, p.here.house_of_resident))
            .order_by(ReferralOut.made_on, ReferralOut.id)):
        agency = ref_out.agency_name or ref_out.agency.label
        if ref_out.follow_up_on:
            text = translate("HandoverDraft",
                             "{ref}: referred to {agency} {day}, follow up {follow_up}")
        else:
            text = translate("HandoverDraft", "{ref}: referred to {agency} {day}")
        yield p.here.house_of_resident[ref_out.resident_id], Line(
            "referral_out", text.format(
                ref=p.here.ref_of_resident[ref_out.resident_id], agency=agency,
                day=fmt_day(ref_out.made_on),
                follow_up=fmt_day(ref_out.follow_up_on) if ref_out.follow_up_on else ""),
            "resident", ref_out.resident_id)


def _referrals_in_waiting(p: _Period) -> _Found:
    """Referrals to the service waiting for our answer (the whole service's part)."""
    for referral in p.session.scalars(
            select(Referral).where(Referral.status.in_(
                [ReferralStatus.NEW, ReferralStatus.ASSESSING]))
            .order_by(Referral.received_at, Referral.id)):
        yield None, Line("referral", translate(
            "HandoverDraft", "Referral {number} ({initials}), received {time}: {status}").format(
            number=referral.id, initials=initials(referral.name),
            time=_time(referral.received_at), status=referral.status.label.lower()),
            "referral", referral.id)


#: The section builders, in the order their lines are added to each part.
_BUILDERS = (_who_is_in, _under_18, _arrivals_and_departures, _expected, _risk_changes, _incidents,
             _not_back, _actions_due, _referrals_out_waiting, _referrals_in_waiting)


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
        raise ValidationError(translate("HandoverDraft",
                                        "The handover's period ends before it starts."),
                              field="since")
    today = _local_day(until)
    period = _Period(session, since, until, _local_day(since), today, next_weekday(today),
                     _here(session, today, _local_day(since)))
    lines: dict[int | None, list[Line]] = {}
    for build in _BUILDERS:
        for house_id, line in build(period):
            lines.setdefault(house_id, []).append(line)
    houses = list(session.execute(
        select(House.id, House.name).where(or_(House.retired_on.is_(None),
                                               House.retired_on > today))
        .order_by(House.name, House.id)))
    parts = tuple(HousePart(hid, name, tuple(lines.get(hid, ()))) for hid, name in houses)
    known = {hid for hid, _ in houses}
    for hid in list(lines):  # a record in a retired house still gets handed over
        if hid is not None and hid not in known:
            lines.setdefault(None, []).extend(lines.pop(hid))
    return Draft(since, until, period.horizon, parts,
                 HousePart(None, translate("HandoverDraft", "Whole service"),
                           tuple(lines.get(None, ()))))
