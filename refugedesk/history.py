"""The history rules: what happened with her happened during one of her stays, unless it was
community support.

A keywork contact, an incident she was involved in, or a programme session she is marked for
is dated on a day. That day must fall within one of her stays (from the day she arrived to the
day she left, both included; a stay still going has no end), or the record must say it is
community support: support given outside any stay on purpose (before she came in, after she
moved on, or to a woman who never stays). Anything else is a slip (a wrong year, the wrong
woman) and is refused with `OutsideStay`, so the form can ask "Is this community support?".
A woman with no stay at all (community support only) is asked the same question.

A stay recorded in error holds no nights and is no stay here.

The reports (the review, the report for court, programme completion and her certificate) count
only what is within a stay or marked as community support, so a record that a later correction
of her arrival put outside her stays does not count until someone looks at it.

    history.check(session, resident_id, day, community_support=False, field="at")
    counted = history.counter(session, resident_id)   # counted(day, community_support) -> bool
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import DepartureReason, Resident, Stay
from refugedesk.errors import NotFound, OutsideStay
from refugedesk.i18n import translate


@dataclass(frozen=True)
class Span:
    """One stay as days: [arrived_on, left_on], both included; left_on None while she is here."""

    arrived_on: date
    left_on: date | None

    def holds(self, day: date) -> bool:
        return self.arrived_on <= day and (self.left_on is None or day <= self.left_on)


def local_day(when: date | datetime) -> date:
    """The day an instant fell on here (a contact at 00:30 local time is that day's)."""
    if isinstance(when, datetime):
        return when.astimezone().date() if when.tzinfo else when.date()
    return when


def spans(session: Session, resident_id: int) -> list[Span]:
    """Her stays as days, oldest first (stays recorded in error left out)."""
    rows = session.execute(
        select(Stay.arrived_on, Stay.left_on, Stay.departure_reason)
        .where(Stay.resident_id == resident_id).order_by(Stay.arrived_on, Stay.id))
    return [Span(arrived, left) for arrived, left, reason in rows
            if reason != DepartureReason.RECORDED_IN_ERROR]


def within(found: list[Span], day: date) -> bool:
    return any(s.holds(day) for s in found)


def why_outside(found: list[Span], day: date, *, who: str = "she") -> str:
    """Why `day` is outside all of these stays, in plain words (`who`: "she", or a resident's
    reference when an incident names several)."""
    she = who == "she"
    if not found:
        text = (translate("History", "{day} is outside any stay: she has no stay with the "
                          "service on record.") if she else
                translate("History", "{day} is outside any stay: {who} has no stay with the "
                          "service on record."))
        return text.format(day=fmt_day(day), who=who)
    first = found[0]
    if day < first.arrived_on:
        text = (translate("History", "{day} is before she arrived ({arrived}).") if she else
                translate("History", "{day} is before {who} arrived ({arrived})."))
        return text.format(day=fmt_day(day), who=who, arrived=fmt_day(first.arrived_on))
    before = [s for s in found if s.left_on is not None and s.left_on < day]
    after = [s for s in found if s.arrived_on > day]
    left = before[-1].left_on
    assert left is not None  # filtered above
    if before and after:
        text = (translate("History", "{day} is between stays: she left on {left} and came "
                          "back on {back}.") if she else
                translate("History", "{day} is between stays: {who} left on {left} and came "
                          "back on {back}."))
        return text.format(day=fmt_day(day), who=who, left=fmt_day(left),
                           back=fmt_day(after[0].arrived_on))
    text = (translate("History", "{day} is after she left ({left}).") if she else
            translate("History", "{day} is after {who} left ({left})."))
    return text.format(day=fmt_day(day), who=who, left=fmt_day(left))


def check(session: Session, resident_id: int, when: date | datetime, *,
          community_support: bool, field: str, who: str = "she") -> None:
    """Refuse (OutsideStay, naming `field`) a record dated outside all of her stays, unless it
    is community support."""
    if community_support:
        return
    if session.get(Resident, resident_id) is None:
        raise NotFound("resident")
    day = local_day(when)
    found = spans(session, resident_id)
    if not within(found, day):
        raise OutsideStay(why_outside(found, day, who=who), field=field)


def counter(session: Session, resident_id: int) -> Callable[[date | datetime, bool], bool]:
    """Whether a record of hers counts in a report: dated within a stay, or community support.
    Her stays are read once."""
    found = spans(session, resident_id)

    def counted(when: date | datetime, community_support: bool) -> bool:
        return bool(community_support) or within(found, local_day(when))

    return counted
