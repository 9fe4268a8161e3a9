"""The header of her record, shown wherever it is open: who, where, key worker, risk level, and
the live alerts (court orders lapsing or lapsed, how it is safe to contact her, MARAC, and a
resident under 18 with the service's safeguarding note).

`header` reads and writes nothing; `open_record` is the audited way in.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from refugedesk import audit, risk, stay_corrections
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import (
    CourtOrder,
    CourtOrderKind,
    House,
    MaracReferral,
    Organisation,
    Resident,
    RiskLevel,
    Room,
    StaffMember,
    Stay,
)
from refugedesk.db.vault import Vault
from refugedesk.errors import NotFound
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate, with_count

#: A court order ending within this many days shows as a warning on her record.
ORDER_WARNING_DAYS = 28
#: A lapsed order stays on the header this long (unless a newer one of its kind is in force).
LAPSED_ORDER_SHOWN_DAYS = 90
#: A resident younger than this is still a child (SafeLives: "16-17 you are still a child").
ADULT_AGE = 18
#: What is said beside a resident under 18 when the service has not written its own note
#: (Organisation.under_18_note, set on the Admin page).
UNDER_18_DEFAULT_NOTE = QT_TRANSLATE_NOOP(
    "ResidentHeader", "She is still a child. Follow the safeguarding procedure and tell the "
    "safeguarding lead.")


@dataclass(frozen=True)
class Alert:
    """A live warning on her record's header. `kind`: court_order, contact, marac, under_18."""

    kind: str
    message: str
    urgent: bool = False


@dataclass(frozen=True)
class RecordHeader:
    resident_id: int
    reference: str
    name: str
    known_as: str
    house: str | None
    room: str | None
    key_worker: str | None
    risk_level: RiskLevel | None
    alerts: tuple[Alert, ...]


# Her stay tonight, with its room and house (`current_stay`), or None.
Here = tuple[Stay, Room, House] | None


def current_stay(session: Session, resident_id: int, *,
                 today: date | None = None) -> Here:
    """Her stay tonight, with its room and house, or None when she is not in refuge. The one
    rule for "current": arrived on or before today and not left yet (she leaves in the
    morning, so on her leaving day it is over); were two to overlap, the latest arrival
    (then the latest made) is the current one."""
    today = today or date.today()
    row = session.execute(
        select(Stay, Room, House).join(Room, Stay.room_id == Room.id)
        .join(House, Room.house_id == House.id)
        .where(Stay.resident_id == resident_id, Stay.arrived_on <= today,
               or_(Stay.left_on.is_(None), Stay.left_on > today), stay_corrections.counts())
        .order_by(Stay.arrived_on.desc(), Stay.id.desc()).limit(1)).first()
    return (row[0], row[1], row[2]) if row else None


def court_order_alerts(session: Session, resident_id: int, *, today: date) -> list[Alert]:
    """Orders lapsing within 28 days, and orders lapsed in the last 90 days that no newer
    order of the same kind has replaced."""
    orders = list(session.scalars(select(CourtOrder).where(
        CourtOrder.resident_id == resident_id).order_by(CourtOrder.expires_on)))
    in_force = {o.kind for o in orders if o.expires_on is None or o.expires_on >= today}
    alerts = []
    for order in orders:
        if order.expires_on is None:
            continue
        label = order.kind.label
        days = (order.expires_on - today).days
        if 0 <= days <= ORDER_WARNING_DAYS:
            when = in_days(days)
            alerts.append(Alert("court_order", order_ending(order.kind, order.expires_on, when),
                                urgent=days <= 7))
        elif -LAPSED_ORDER_SHOWN_DAYS <= days < 0 and order.kind not in in_force:
            alerts.append(Alert("court_order", translate(
                "ResidentHeader", "{order} lapsed on {day}.").format(
                order=label, day=fmt_day(order.expires_on)), urgent=True))
    return alerts


def contact_alerts(resident: Resident) -> list[Alert]:
    """How it is safe to reach her. "Do not" is urgent; a question nobody has asked her yet
    (None) is a calm note asking the worker to ask, never read as "safe"."""
    alerts = []
    if resident.safe_to_call is False:
        alerts.append(Alert("contact", translate("ResidentHeader", "Do not phone her."),
                            urgent=True))
    if resident.safe_to_text is False:
        alerts.append(Alert("contact", translate("ResidentHeader", "Do not text her."),
                            urgent=True))
    call_unasked, text_unasked = resident.safe_to_call is None, resident.safe_to_text is None
    if call_unasked and text_unasked:
        alerts.append(Alert("contact", translate(
            "ResidentHeader", "Not asked yet whether it is safe to phone or text her: ask her "
            "before phoning or texting.")))
    elif call_unasked:
        alerts.append(Alert("contact", translate(
            "ResidentHeader", "Not asked yet whether it is safe to phone her: ask her before "
            "phoning.")))
    elif text_unasked:
        alerts.append(Alert("contact", translate(
            "ResidentHeader", "Not asked yet whether it is safe to text her: ask her before "
            "texting.")))
    if resident.times_to_avoid:
        alerts.append(Alert("contact", translate(
            "ResidentHeader", "Do not contact her: {times}").format(
            times=resident.times_to_avoid)))
    if resident.code_word:
        alerts.append(Alert("contact", translate(
            "ResidentHeader", "She has a code word: check it before you talk.")))
    return alerts


def marac_alerts(session: Session, resident_id: int) -> list[Alert]:
    alerts = []
    latest = session.scalars(select(MaracReferral).where(
        MaracReferral.resident_id == resident_id).order_by(
        MaracReferral.referred_on.desc(), MaracReferral.id.desc()).limit(1)).first()
    if latest is not None and latest.repeat_of_id is not None:
        earlier = session.get_one(MaracReferral, latest.repeat_of_id)
        alerts.append(Alert("marac", translate(
            "ResidentHeader", "Repeat MARAC referral: referred before on {day}. Read that "
            "referral's actions.").format(day=fmt_day(earlier.referred_on)), urgent=True))
    if risk.needs_marac(session, resident_id):
        alerts.append(Alert("marac", translate("ResidentHeader",
                                               "High risk: refer her to MARAC."), urgent=True))
    return alerts


def age_on(born: date, day: date) -> int:
    """Her age in whole years on `day`."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def under_18_age(born: date | None, day: date) -> int | None:
    """Her age on `day` when she is under 18 then (and born by then), else None."""
    if born is None or born > day:
        return None
    age = age_on(born, day)
    return age if age < ADULT_AGE else None


def under_18_note(session: Session) -> str:
    """The service's safeguarding note for residents under 18, or the plain default."""
    note = session.scalar(select(Organisation.under_18_note).limit(1))
    return (note or "").strip() or translate("ResidentHeader", UNDER_18_DEFAULT_NOTE)


def under_18_text(age: int, note: str) -> str:
    """The one wording of the flag, on the header, Today and the handover."""
    return translate("ResidentHeader", "Under 18 (she is {age}). {note}").format(
        age=age, note=note)


def under_18_alerts(session: Session, resident: Resident, *, today: date) -> list[Alert]:
    age = under_18_age(resident.date_of_birth, today)
    if age is None:
        return []
    return [Alert("under_18", under_18_text(age, under_18_note(session)), urgent=True)]


class NotRead(enum.Enum):
    NOT_READ = 0


# `header`'s `here` when the caller has not read her stay (the header reads it).
NOT_READ = NotRead.NOT_READ


def header(session: Session, resident_id: int, *, today: date | None = None,
           here: Here | NotRead = NOT_READ) -> RecordHeader:
    """The header shown wherever her record is: who, where, key worker, risk, live alerts.
    Reading it writes nothing; `open_record` is the audited way in. `here` is her
    `current_stay` on `today` when the caller has read it already."""
    today = today or date.today()
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise NotFound("resident")
    if here is NOT_READ:
        here = current_stay(session, resident_id, today=today)
    worker = (session.get(StaffMember, resident.key_worker_id)
              if resident.key_worker_id is not None else None)
    alerts = (under_18_alerts(session, resident, today=today)
              + court_order_alerts(session, resident_id, today=today) + contact_alerts(resident)
              + marac_alerts(session, resident_id))
    return RecordHeader(
        resident.id, resident.reference, resident.name, resident.known_as,
        here[2].name if here else None, here[1].name if here else None,
        worker.display_name if worker else None,
        resident.risk_level,
        tuple(sorted(alerts, key=lambda a: not a.urgent)))


def open_record(vault: Vault, resident_id: int, *, today: date | None = None) -> RecordHeader:
    """Open her record: the header, and an audit event saying who opened which record."""
    with vault.transaction() as session:
        result = header(session, resident_id, today=today)
        audit.record(session, vault.person, "record_opened", record_type="resident",
                     record_id=resident_id)
        return result


def order_ends(kind: CourtOrderKind | str) -> str:
    """ "Non-molestation order ends", "Bail conditions end": the order's name with its verb."""
    kind = CourtOrderKind(kind)
    if kind is CourtOrderKind.BAIL_CONDITIONS:
        return translate("ResidentHeader", "{order} end").format(order=kind.label)
    return translate("ResidentHeader", "{order} ends").format(order=kind.label)


def order_ends_on(kind: CourtOrderKind | str, day: date) -> str:
    """ "Non-molestation order ends 3 Mar 2026" (a line of the handover or Today)."""
    kind = CourtOrderKind(kind)
    if kind is CourtOrderKind.BAIL_CONDITIONS:
        text = translate("ResidentHeader", "{order} end {day}")
    else:
        text = translate("ResidentHeader", "{order} ends {day}")
    return text.format(order=kind.label, day=fmt_day(day))


def in_days(days: int) -> str:
    """ "today", "in 1 day", "in 5 days": how soon something due is."""
    if days == 0:
        return translate("ResidentHeader", "today")
    return with_count(translate("ResidentHeader", "in %n day(s)"), days)


def order_ending(kind: CourtOrderKind | str, day: date, when: str) -> str:
    """ "Non-molestation order ends on 3 Mar 2026 (in 5 days)." (her record's header)."""
    kind = CourtOrderKind(kind)
    if kind is CourtOrderKind.BAIL_CONDITIONS:
        text = translate("ResidentHeader", "{order} end on {day} ({when}).")
    else:
        text = translate("ResidentHeader", "{order} ends on {day} ({when}).")
    return text.format(order=kind.label, day=fmt_day(day), when=when)
