"""The signed-in person's day: handovers to read or acknowledge, residents not back when
expected, her actions due and overdue (for the residents staying now), her planned contacts, arrivals expected, referrals
waiting, court orders lapsing soon. Each item names the record it is about, so the Today page
can open it.

Reviews due are not listed yet: no review record exists to read them from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from refugedesk import handover, stay_corrections, whereabouts
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import (
    ActionOwner,
    Contact,
    ContactState,
    CourtOrder,
    House,
    PlanAction,
    Referral,
    ReferralOut,
    ReferralOutStatus,
    ReferralStatus,
    Reservation,
    ReservationState,
    Resident,
    Room,
    Stay,
    SupportPlan,
)
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Person
from refugedesk.i18n import QT_TRANSLATE_NOOP, Labels, locale, translate, with_count
from refugedesk.occupancy_board import initials
from refugedesk.resident_header import (
    ADULT_AGE,
    in_days,
    order_ends_on,
    under_18_age,
    under_18_note,
    under_18_text,
)

#: The groups of the page, in the order they are shown (read in the language in use).
GROUPS: Labels[str] = Labels("Today", {
    "handovers": QT_TRANSLATE_NOOP("Today", "Handovers"),
    "overdue_back": QT_TRANSLATE_NOOP("Today", "Not back when expected"),
    "under_18": QT_TRANSLATE_NOOP("Today", "Under 18"),
    "actions": QT_TRANSLATE_NOOP("Today", "My actions due and overdue"),
    "contacts": QT_TRANSLATE_NOOP("Today", "My planned contacts"),
    "reviews": QT_TRANSLATE_NOOP("Today", "Reviews due within 7 days"),
    "arrivals": QT_TRANSLATE_NOOP("Today", "Arrivals expected"),
    "referrals": QT_TRANSLATE_NOOP("Today", "Referrals to us waiting for our answer"),
    "follow_ups": QT_TRANSLATE_NOOP("Today", "Follow up referrals made for her"),
    "court_orders": QT_TRANSLATE_NOOP("Today", "Court orders ending within 14 days"),
    "opened_outside": QT_TRANSLATE_NOOP("Today", "Opened outside her houses (last 7 days)"),
})
#: Who does a MARAC action, when no agency is named.
_OWNERS = Labels("Today", {
    ActionOwner.HER: QT_TRANSLATE_NOOP("Today", "her"),
    ActionOwner.KEY_WORKER: QT_TRANSLATE_NOOP("Today", "key worker"),
    ActionOwner.AGENCY: QT_TRANSLATE_NOOP("Today", "agency"),
})
COURT_ORDER_DAYS = 14
REVIEW_DAYS = 7


@dataclass(frozen=True)
class TodayItem:
    """One line of the Today page. `record_type`/`record_id` name what it opens: handover,
    handover_draft (hers, not sent), stay, resident, reservation or referral."""

    group: str
    text: str
    record_type: str
    record_id: int
    urgent: bool = False


def _time(instant: datetime) -> str:
    """ "3 Mar 16:30", in the language in use."""
    from PySide6.QtCore import QDate, QDateTime, QTime  # here: the worker imports this module

    local = instant.astimezone()
    return locale().toString(QDateTime(QDate(local.year, local.month, local.day),
                                       QTime(local.hour, local.minute)), "d MMM HH:mm")


def _handovers(session: Session, person: Person) -> list[TodayItem]:
    items = [TodayItem("handovers", translate(
        "Today", "Finish your handover to {name}: kept as a draft, not sent").format(
        name=row.to_name), "handover_draft", row.id, urgent=True)
             for row in handover.unsent(session, person.id or 0)]
    for row in handover.waiting(session, person.id or 0):
        sent = _time(row.sealed_at) if row.sealed_at else ""
        if row.to_staff_id == person.id:
            text = (translate("Today", "Read and acknowledge the handover from {name} "
                              "({shift}), sent {sent}") if row.shift else
                    translate("Today", "Read and acknowledge the handover from {name}, sent "
                              "{sent}"))
            items.append(TodayItem("handovers", text.format(
                name=row.from_name, shift=row.shift, sent=sent), "handover", row.id,
                urgent=True))
        else:
            text = (translate("Today", "Your handover to {name} ({shift}), sent {sent}: not "
                              "acknowledged yet") if row.shift else
                    translate("Today", "Your handover to {name}, sent {sent}: not "
                              "acknowledged yet"))
            items.append(TodayItem("handovers", text.format(
                name=row.to_name, shift=row.shift, sent=sent), "handover", row.id))
    return items


def _overdue_back(session: Session, now: datetime) -> list[TodayItem]:
    items = []
    for away in whereabouts.overdue_back(session, now=now):
        n = len(away.steps)
        if away.contactable:
            text = (with_count(translate(
                "Today", "{ref} ({house}): expected back {time}, contactable; %n step(s) "
                "logged"), n) if n else translate(
                "Today", "{ref} ({house}): expected back {time}, contactable; no steps logged "
                "yet"))
        else:
            text = (with_count(translate(
                "Today", "{ref} ({house}): expected back {time}, not contactable; %n step(s) "
                "logged"), n) if n else translate(
                "Today", "{ref} ({house}): expected back {time}, not contactable; no steps "
                "logged yet"))
        items.append(TodayItem("overdue_back", text.format(
            ref=away.reference, house=away.house, time=_time(away.expected_back)), "stay",
            away.stay_id, urgent=True))
    return items


def _staying(today: date) -> Select[int | None]:
    """The residents staying in a house on `today` (the ones whose actions are live)."""
    return select(Stay.resident_id).where(
        Stay.resident_id.is_not(None), Stay.arrived_on <= today,
        or_(Stay.left_on.is_(None), Stay.left_on > today), stay_corrections.counts())


def _under_18(session: Session, today: date) -> list[TodayItem]:
    """Residents staying now who are under 18 (the whole service's, as in the handover), each
    with the service's safeguarding note."""
    rows = session.execute(
        select(Resident.id, Resident.reference, Resident.date_of_birth, House.name)
        .join(Stay, Stay.resident_id == Resident.id)
        .join(Room, Stay.room_id == Room.id).join(House, Room.house_id == House.id)
        .where(Resident.date_of_birth >= date(today.year - ADULT_AGE - 1, 1, 1),
               Stay.arrived_on <= today, or_(Stay.left_on.is_(None), Stay.left_on > today))
        .order_by(Resident.reference, Resident.id))
    items: list[TodayItem] = []
    seen: set[int] = set()
    note = ""
    for resident_id, ref, born, house in rows:
        age = under_18_age(born, today)
        if age is None or resident_id in seen:
            continue
        seen.add(resident_id)
        note = note or under_18_note(session)
        items.append(TodayItem("under_18", f"{ref} ({house}): {under_18_text(age, note)}",
                               "resident", resident_id, urgent=True))
    return items


def _actions(session: Session, person: Person, today: date) -> list[TodayItem]:
    rows = session.execute(
        select(PlanAction, Resident.id, Resident.reference)
        .join(SupportPlan, PlanAction.plan_id == SupportPlan.id)
        .join(Resident, SupportPlan.resident_id == Resident.id)
        .where(Resident.key_worker_id == person.id, Resident.id.in_(_staying(today)),
               SupportPlan.superseded_at.is_(None),
               PlanAction.done_at.is_(None), PlanAction.due_on <= today)
        .order_by(PlanAction.due_on, PlanAction.id))
    items = []
    for action, resident_id, ref in rows:
        # due_on <= today above keeps only actions with a due date
        overdue = action.due_on < today  # type: ignore[operator]
        # An action a MARAC meeting agreed says so, and who does it (plans.overdue_actions).
        if action.marac_referral_id is not None:
            text = (translate("Today", "{ref}: MARAC action ({who}): {what} (overdue since "
                              "{day})") if overdue else
                    translate("Today", "{ref}: MARAC action ({who}): {what} (due today)"))
        else:
            text = (translate("Today", "{ref}: {what} (overdue since {day})") if overdue else
                    translate("Today", "{ref}: {what} (due today)"))
        items.append(TodayItem("actions", text.format(
            ref=ref, who=action.agency or _OWNERS[action.owner], what=action.what,
            day=fmt_day(action.due_on) if overdue else ""),  # type: ignore[arg-type]
            "resident", resident_id, urgent=overdue))
    return items


def _contacts(session: Session, person: Person, now: datetime) -> list[TodayItem]:
    end_of_day = datetime.combine(now.astimezone().date() + timedelta(days=1),
                                  datetime.min.time()).astimezone()
    rows = session.execute(
        select(Contact, Resident.reference)
        .join(Resident, Contact.resident_id == Resident.id)
        .where(Contact.staff_id == person.id, Contact.state == ContactState.PLANNED,
               Contact.at < end_of_day)
        .order_by(Contact.at, Contact.id))
    items = []
    for contact, ref in rows:
        past = contact.at < now
        text = (translate("Today", "{time} {ref} (time passed: mark it attended or missed)")
                if past else translate("Today", "{time} {ref}"))
        items.append(TodayItem("contacts", text.format(time=_time(contact.at), ref=ref),
                               "resident", contact.resident_id, urgent=False))
    return items


def _arrivals(session: Session, now: datetime, today: date) -> list[TodayItem]:
    rows = session.execute(
        select(Reservation, Room.name, House.name, Referral.name)
        .join(Room, Reservation.room_id == Room.id)
        .join(House, Room.house_id == House.id)
        .join(Referral, Reservation.referral_id == Referral.id)
        .where(Reservation.state == ReservationState.HELD,
               Reservation.held_until > now,
               Reservation.arriving_on <= today + timedelta(days=1))
        .order_by(Reservation.arriving_on, Reservation.id))
    return [TodayItem("arrivals", translate(
        "Today", "{initials} expected {day}, {room} at {house} (held until {until})").format(
        initials=initials(name), day=fmt_day(offer.arriving_on), room=room, house=house,
        until=_time(offer.held_until)), "reservation", offer.id)
        for offer, room, house, name in rows]


def _referrals(session: Session, person: Person, today: date) -> list[TodayItem]:
    items = [TodayItem("referrals", translate(
        "Today", "Referral {number} ({initials}), received {time}: {status}").format(
        number=r.id, initials=initials(r.name), time=_time(r.received_at),
        status=r.status.label.lower()), "referral", r.id)
             for r in session.scalars(select(Referral).where(Referral.status.in_(
                 [ReferralStatus.NEW, ReferralStatus.ASSESSING]))
                 .order_by(Referral.received_at, Referral.id))]
    open_states = [s for s in ReferralOutStatus if s.is_outstanding]
    for ref_out, ref in session.execute(
            select(ReferralOut, Resident.reference)
            .join(Resident, ReferralOut.resident_id == Resident.id)
            .where(Resident.key_worker_id == person.id, Resident.id.in_(_staying(today)),
                   ReferralOut.status.in_(open_states), ReferralOut.follow_up_on <= today)
            .order_by(ReferralOut.follow_up_on, ReferralOut.id)):
        assert ref_out.follow_up_on is not None
        agency = ref_out.agency_name or ref_out.agency.label
        items.append(TodayItem("follow_ups", translate(
            "Today", "{ref}: follow up the referral to {agency} (since {day})").format(
            ref=ref, agency=agency, day=fmt_day(ref_out.follow_up_on)), "resident",
            ref_out.resident_id))
    return items


def _reviews(session: Session, person: Person, today: date) -> list[TodayItem]:
    """Reviews not yet held, due within a week or overdue, for the women she is key worker to
    who are staying now."""
    from refugedesk.db.models import Review, ReviewKind

    rows = session.execute(
        select(Review, Resident.reference)
        .join(Resident, Review.resident_id == Resident.id)
        .where(Resident.key_worker_id == person.id, Resident.id.in_(_staying(today)),
               Review.held_on.is_(None), Review.due_on.is_not(None),
               Review.due_on <= today + timedelta(days=REVIEW_DAYS))
        .order_by(Review.due_on, Review.id))
    items = []
    for review, ref in rows:
        assert review.due_on is not None
        celebration = review.kind == ReviewKind.CELEBRATION
        overdue = review.due_on < today
        if celebration:
            text = (translate("Today", "{ref}: Celebration of achievement was due {day}")
                    if overdue else
                    translate("Today", "{ref}: Celebration of achievement due {day}"))
        else:
            text = (translate("Today", "{ref}: Review was due {day}") if overdue else
                    translate("Today", "{ref}: Review due {day}"))
        items.append(TodayItem("reviews", text.format(ref=ref, day=fmt_day(review.due_on)),
                               "resident", review.resident_id, urgent=overdue))
    return items


def _court_orders(session: Session, today: date) -> list[TodayItem]:
    staying = _staying(today)
    rows = session.execute(
        select(CourtOrder, Resident.reference)
        .join(Resident, CourtOrder.resident_id == Resident.id)
        .where(CourtOrder.resident_id.in_(staying), CourtOrder.expires_on >= today,
               CourtOrder.expires_on <= today + timedelta(days=COURT_ORDER_DAYS))
        .order_by(CourtOrder.expires_on, CourtOrder.id))
    items = []
    for order, ref in rows:
        assert order.expires_on is not None
        days = (order.expires_on - today).days
        items.append(TodayItem("court_orders", f"{ref}: "
                               f"{order_ends_on(order.kind, order.expires_on)} "
                               f"({in_days(days)})", "resident",
                               order.resident_id, urgent=days <= 7))
    return items


def _opened_outside(session: Session, person: Person, now: datetime) -> list[TodayItem]:
    """Managers and administrators: records a worker opened outside her houses ("Open
    anyway") in the last 7 days, with her reason (need_to_know.py)."""
    from refugedesk import need_to_know

    if not person.is_manager_or_admin:
        return []
    return [TodayItem("opened_outside", translate(
        "Today", "{who} opened {ref} on {time}: “{reason}”").format(
        who=row.who, ref=row.reference, time=_time(row.at), reason=row.reason),
        "resident", row.resident_id)
            for row in need_to_know.opened_outside(session, person, now=now)]


def items(session: Session, person: Person, *, now: datetime | None = None) -> list[TodayItem]:
    """Everything on her Today page, grouped in GROUPS order."""
    now = now or utcnow()
    today = now.astimezone().date()
    return (_under_18(session, today) + _handovers(session, person) + _overdue_back(session, now)
            + _actions(session, person, today) + _contacts(session, person, now)
            + _reviews(session, person, today)
            + _arrivals(session, now, today) + _referrals(session, person, today)
            + _court_orders(session, today) + _opened_outside(session, person, now))


def room_of(session: Session, record_type: str, record_id: int) -> int | None:
    """The room a stay or an offer is for (the Houses page opens at that room)."""
    if record_type == "stay":
        return session.scalar(select(Stay.room_id).where(Stay.id == record_id))
    if record_type == "reservation":
        return session.scalar(select(Reservation.room_id).where(Reservation.id == record_id))
    return None
