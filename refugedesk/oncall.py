"""The on-call rota: who is on call for each night (the night that starts on `night_of`).

Managers and administrators keep it (access.require_rota_keeper); everyone may read it. The
handover offers tonight's on-call worker as its receiver (ui/handover_dialogs.py). Every change
is one transaction with its audit event, which names staff ids and dates, never a resident.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from refugedesk import access, audit, dates
from refugedesk.db.models import OnCall, StaffMember
from refugedesk.db.vault import Vault
from refugedesk.errors import DatesOutOfOrder, ValidationError
from refugedesk.i18n import translate

#: The most nights one read or one change of the rota may span (a year and a bit).
MAX_RANGE = 400
#: The rota's note for a night, as the column allows.
NOTE_LIMIT = 200


@dataclass(frozen=True)
class Night:
    """One night of the rota as shown: who is on call (None: nobody set) and the note."""

    night_of: date
    staff_id: int | None
    name: str | None
    note: str


def _nights(nights: Iterable[date]) -> list[date]:
    days = sorted(set(nights))
    if not days:
        raise ValidationError(translate("Oncall", "Choose the night or nights first."),
                              field="nights")
    if len(days) > MAX_RANGE:
        raise ValidationError(translate("Oncall", "Change at most {limit} nights at a time.")
                              .format(limit=MAX_RANGE), field="nights")
    for day in days:
        if not isinstance(day, date):
            raise TypeError("nights must be dates")
        dates.check_date(day, field="nights")
    return days


def _shown(days: list[date]) -> str:
    """The nights for the audit detail: a single date, or first..last and how many."""
    if len(days) == 1:
        return days[0].isoformat()
    return f"{days[0].isoformat()}..{days[-1].isoformat()} ({len(days)} nights)"


def set_on_call(vault: Vault, *, nights: Iterable[date], staff_id: int,
                note: str = "") -> None:
    """Put `staff_id` on call for each of `nights`, replacing whoever was set. Managers and
    administrators; only an active staff member; dates in range; the note at most 200
    characters."""
    days = _nights(nights)
    note = (note or "").strip()
    if len(note) > NOTE_LIMIT:
        raise ValidationError(translate("Oncall", "Keep the note to {limit} characters.").format(
            limit=NOTE_LIMIT), field="note")
    person = access.require_rota_keeper(vault)
    with vault.transaction() as session:
        member = session.get(StaffMember, staff_id)
        if member is None or not member.active:
            raise ValidationError(translate("Oncall", "Choose someone whose account is in use."),
                                  field="staff")
        rows = {r.night_of: r for r in session.scalars(
            select(OnCall).where(OnCall.night_of.in_(days)))}
        for day in days:
            row = rows.get(day)
            if row is None:
                session.add(OnCall(night_of=day, staff_id=staff_id, note=note,
                                   created_by_id=person.id, updated_by_id=person.id))
            else:
                row.staff_id, row.note, row.updated_by_id = staff_id, note, person.id
        audit.record(session, person, "on_call_set", record_type="staff_member",
                     record_id=staff_id, detail=f"nights={_shown(days)} staff={staff_id}")


def clear(vault: Vault, *, nights: Iterable[date]) -> int:
    """Nobody on call for these nights (as far as the rota says). Returns how many nights had
    someone set. Managers and administrators."""
    days = _nights(nights)
    person = access.require_rota_keeper(vault)
    with vault.transaction() as session:
        rows = list(session.scalars(select(OnCall).where(OnCall.night_of.in_(days))))
        for row in rows:
            session.delete(row)
        if rows:
            audit.record(session, person, "on_call_cleared",
                         detail=f"nights={_shown(days)} had="
                                + ",".join(str(r.staff_id) for r in rows))
        return len(rows)


def rota(session: Session, *, first: date, last: date) -> list[Night]:
    """Every night from `first` to `last` (both included), whether anyone is set or not."""
    dates.check_dates(first=first, last=last)
    if last < first:
        raise DatesOutOfOrder(translate("Oncall", "The last night comes before the first."),
                              field="last")
    if (last - first).days >= MAX_RANGE:
        raise ValidationError(translate("Oncall", "Show at most {limit} nights at a time.")
                              .format(limit=MAX_RANGE), field="last")
    found = {night: (sid, name, note) for night, sid, name, note in session.execute(
        select(OnCall.night_of, OnCall.staff_id, StaffMember.display_name, OnCall.note)
        .join(StaffMember, OnCall.staff_id == StaffMember.id)
        .where(OnCall.night_of >= first, OnCall.night_of <= last))}
    nights = []
    for n in range((last - first).days + 1):
        day = first + timedelta(days=n)
        sid, name, note = found.get(day, (None, None, ""))
        nights.append(Night(day, sid, name, note))
    return nights


def tonight(session: Session, today: date) -> Night | None:
    """Who is on call for the night of `today`, if the rota says; None if nobody is set or
    the one set is no longer active (her account was switched off)."""
    dates.check_date(today, field="today")
    found = session.execute(
        select(OnCall.staff_id, StaffMember.display_name, OnCall.note, StaffMember.active)
        .join(StaffMember, OnCall.staff_id == StaffMember.id)
        .where(OnCall.night_of == today)).first()
    if found is None or not found.active:
        return None
    return Night(today, found.staff_id, found.display_name, found.note)
