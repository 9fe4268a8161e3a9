"""The shift handover: a draft built from the records, house by house, sent from one worker to
another (sending seals it), acknowledged by the receiver, corrected only by addenda.

A handover covers the instants [period_start, period_end): from the end of the previous sent
handover to now, so nothing in between is missed, even across a weekend. Every line of a draft
comes from a record and names it (record_type, record_id); the writer can leave lines out and
adds free text per house and for the whole service, but cannot make up a line.

The draft itself is built in handover_draft.py; this module saves, sends, acknowledges, reads
and searches handovers.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session, aliased

from refugedesk import audit, dates, oncall
from refugedesk.db import sealed
from refugedesk.db.models import Handover, HandoverAddendum, StaffMember
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Vault
from refugedesk.errors import (
    HandoverSealed,
    NotAllowed,
    NotFound,
    NotSentYet,
    NotTheReceiver,
    ValidationError,
)
from refugedesk.handover_draft import (
    FIRST_PERIOD,
    ORDER_LAPSING_DAYS,
    SECTIONS,
    SERVICE,
    Draft,
    HousePart,
    Line,
    draft,
    next_weekday,
    previous_end,
)
from refugedesk.i18n import QT_TRANSLATE_NOOP, locale, translate

# The draft is built in handover_draft.py; `handover.draft(...)` stays the way in, and the
# errors of this workflow (in errors.py) can be caught as `handover.HandoverSealed` too.
__all__ = [
    "FIRST_PERIOD", "ORDER_LAPSING_DAYS", "SECTIONS", "SERVICE", "Addendum", "Draft",
    "HandoverRow", "HandoverSealed", "HandoverView", "HousePart", "Line", "NotSentYet",
    "NotTheReceiver", "acknowledge", "add_addendum", "draft", "get", "next_weekday",
    "note_export", "open_handover", "previous_end", "save", "search", "send", "Suggested",
    "suggested_receiver", "unsent", "waiting",
]


# --- sending, acknowledging, addenda -------------------------------------------------------------


def _notes_json(notes: Mapping[int | None, str] | None) -> str:
    clean = {(SERVICE if k is None else str(k)): v.strip()
             for k, v in (notes or {}).items() if v and v.strip()}
    return json.dumps(clean, ensure_ascii=False, sort_keys=True)


def _receiver(session: Session, vault: Vault, to_staff_id: int) -> StaffMember:
    member = session.get(StaffMember, to_staff_id)
    if member is None or not member.active:
        raise ValidationError(translate("Handover", "Choose who the handover is to."),
                              field="to")
    if member.id == vault.person.id:
        raise ValidationError(translate("Handover",
                                        "Hand over to someone else: the worker taking over."),
                              field="to")
    return member


def _write(vault: Vault, draft: Draft, *, to_staff_id: int, shift: str,
           notes: Mapping[int | None, str] | None, handover_id: int | None,
           seal: bool) -> int:
    if vault.person.id is None:
        raise NotAllowed(translate("Handover", "Sign in as yourself to write a handover."))
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
                raise NotAllowed(translate("Handover",
                                           "Only the person writing this handover can change it."))
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
        raise ValidationError(translate("Handover", "Write the correction or addition."),
                              field="addendum")
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


# --- who to hand over to ---------------------------------------------------------------------------

#: Why a receiver was offered, in the words shown beside the "Hand over to" field (kept
#: as a key: `Suggested.why` reads it in the language in use).
ON_CALL_TONIGHT = QT_TRANSLATE_NOOP("Handover", "On call tonight (rota)")
LAST_TIME = QT_TRANSLATE_NOOP("Handover", "You handed over to her last time")


@dataclass(frozen=True)
class Suggested:
    staff_id: int
    #: ON_CALL_TONIGHT or LAST_TIME.
    reason: str

    @property
    def why(self) -> str:
        return translate("Handover", self.reason)


def suggested_receiver(session: Session, *, writer_id: int | None,
                       today: date) -> Suggested | None:
    """Who a new handover should go to unless the writer chooses otherwise: tonight's on-call
    worker from the rota (if one is set, active, and not the writer), else the last person
    this writer sent a handover to (if still active), else nobody (she chooses)."""
    night = oncall.tonight(session, today)
    if night is not None and night.staff_id is not None and night.staff_id != writer_id:
        return Suggested(night.staff_id, ON_CALL_TONIGHT)
    if writer_id is None:
        return None
    last = session.execute(
        select(Handover.to_staff_id, StaffMember.active)
        .join(StaffMember, Handover.to_staff_id == StaffMember.id)
        .where(Handover.from_staff_id == writer_id, Handover.sealed_at.is_not(None),
               Handover.to_staff_id != writer_id)
        .order_by(Handover.sealed_at.desc(), Handover.id.desc()).limit(1)).first()
    if last is None or not last.active:
        return None
    return Suggested(last.to_staff_id, LAST_TIME)


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
        from PySide6.QtCore import QDate, QDateTime, QTime  # here: the worker imports this module

        end = self.period_end.astimezone()
        when = locale().toString(QDateTime(QDate(end.year, end.month, end.day),
                                           QTime(end.hour, end.minute)), "d MMM yyyy HH:mm")
        if self.shift:
            return translate("Handover", "Handover {when} ({shift})").format(
                when=when, shift=self.shift)
        return translate("Handover", "Handover {when}").format(when=when)


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


def _rows(session: Session, query: Select[Handover]) -> list[HandoverRow]:
    sender, receiver = aliased(StaffMember), aliased(StaffMember)
    joined = (query.add_columns(sender.display_name, receiver.display_name)
              .join(sender, Handover.from_staff_id == sender.id)
              .join(receiver, Handover.to_staff_id == receiver.id))
    return [HandoverRow(h.id, h.period_start, h.period_end, h.from_staff_id, s, h.to_staff_id,
                        r, h.shift, h.sealed_at, h.acknowledged_at)
            for h, s, r in session.execute(joined)]


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


def _containing(session: Session, ids: list[int], texts: list[str]) -> set[int]:
    """Of the handovers `ids`, those whose lines, free text or addenda hold every one of
    `texts`, ignoring case: what search's LIKE finds, for where SQL cannot read the text."""
    written: dict[int, list[str]] = {}
    for hid, lines, notes in session.execute(select(Handover.id, Handover.draft, Handover.notes)
                                             .where(Handover.id.in_(ids))):
        written[hid] = [lines, notes]
    for hid, text in session.execute(select(HandoverAddendum.handover_id, HandoverAddendum.text)
                                     .where(HandoverAddendum.handover_id.in_(ids))):
        written[hid].append(text)
    wanted = [text.casefold() for text in texts]
    return {hid for hid, parts in written.items()
            if all(w in "\n".join(parts).casefold() for w in wanted)}


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
    texts = [text for text in (reference.strip(), word.strip()) if text]
    # On a server the handover is sealed (db/sealed.py): SQL cannot look inside it, so the
    # sent handovers are read back and searched here (a service sends a few a day).
    in_sql = not sealed.seals(session.get_bind().dialect)
    for text in texts if in_sql else ():
        pattern = _like(text)
        in_addenda = select(HandoverAddendum.id).where(
            HandoverAddendum.handover_id == Handover.id,
            HandoverAddendum.text.like(pattern, escape="\\")).exists()
        query = query.where(or_(Handover.draft.like(pattern, escape="\\"),
                                Handover.notes.like(pattern, escape="\\"), in_addenda))
    query = query.order_by(Handover.period_end.desc(), Handover.id.desc())
    rows = _rows(session, query)
    if texts and not in_sql and rows:
        found = _containing(session, [r.id for r in rows], texts)
        rows = [r for r in rows if r.id in found]
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
