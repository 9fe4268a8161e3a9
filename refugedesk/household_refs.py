"""Household references, issued by RefugeDesk in one service-wide format ("H-00001").

Each arrival gets the next number of the "household" reference counter (reference_counter),
counted up inside the caller's write transaction, so two copies of RefugeDesk arriving at the
same moment never get the same number, and an issued number is never issued again, even if
the stay it was given to is later put right or recorded in error.

The counter starts above any "H-<digits>" reference already on a stay or a resident (an older
vault, or one typed by hand), and a number that is in use anyway is skipped, so an issued
reference never clashes with one a person typed. A typed reference is checked too: it may not
belong to another household (a stay of another woman, or of another family not yet on a
record); a woman who comes back keeps the reference she had.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from refugedesk.db.models import ReferenceCounter, Resident, Stay
from refugedesk.errors import HouseholdReferenceTaken, ValidationError
from refugedesk.i18n import translate

#: The counter's name in reference_counter.
COUNTER = "household"
PREFIX = "H-"
#: How a household reference is written: H- and five digits (more once 99,999 are issued).
EXAMPLE = "H-00123"
#: The longest reference the stay and resident columns hold.
MAX_LENGTH = 30
_NUMBERED = re.compile(r"^H-(\d{1,12})$", re.IGNORECASE)


def format_ref(number: int) -> str:
    """The reference for a number: H-00042."""
    return f"{PREFIX}{number:05d}"


def number_of(ref: str) -> int | None:
    """The number of a reference in the service's format (any count of digits), else None."""
    match = _NUMBERED.match(ref.strip())
    return int(match.group(1)) if match else None


def _numbers_in_use(session: Session) -> set[int]:
    """The H-numbers on any stay or resident."""
    numbers = set()
    for column in (Stay.household_ref, Resident.reference):
        for ref in session.scalars(select(column).where(column.like(f"{PREFIX}%"))):
            number = number_of(ref)
            if number is not None:
                numbers.add(number)
    return numbers


def _highest_in_use(session: Session) -> int:
    """The highest H-number on any stay or resident (read once, when the counter is made)."""
    return max(_numbers_in_use(session), default=0)


def _counter(session: Session) -> ReferenceCounter:
    counter = session.get(ReferenceCounter, COUNTER)
    if counter is None:
        counter = ReferenceCounter(name=COUNTER, last=_highest_in_use(session))
        session.add(counter)
        session.flush()
    return counter


def in_use(session: Session, ref: str) -> bool:
    """Whether any stay or resident has this reference already."""
    ref = ref.strip()
    return session.scalar(select(Stay.id).where(Stay.household_ref == ref).limit(1)) is not None \
        or session.scalar(select(Resident.id).where(Resident.reference == ref)) is not None


def _next_free(session: Session, after: int) -> int:
    number = after + 1
    while in_use(session, format_ref(number)):
        number += 1
    return number


def next_household_ref(session: Session) -> str:
    """Issue the next household reference: count the counter up (in the caller's write
    transaction) past any number already in use, and return it."""
    counter = _counter(session)
    counter.last = _next_free(session, counter.last)
    session.flush()
    return format_ref(counter.last)


def suggested_ref(session: Session) -> str:
    """The reference the next arrival would be issued, for a form to offer; nothing is issued
    (a colleague may take it first: then saving says so and offers the next one)."""
    counter = session.get(ReferenceCounter, COUNTER)
    last = counter.last if counter is not None else _highest_in_use(session)
    return format_ref(_next_free(session, last))


def owner_household(session: Session, ref: str) -> tuple[set[int | None], set[int]]:
    """Who has this reference now: the resident ids of the stays that carry it (None for a
    stay not yet on a record), and the ids of the residents whose reference it is."""
    ref = ref.strip()
    stays = set(session.scalars(select(Stay.resident_id).where(Stay.household_ref == ref)))
    residents = set(session.scalars(select(Resident.id).where(Resident.reference == ref)))
    return stays, residents


def check_for_household(session: Session, ref: str, *, resident_id: int | None) -> str:
    """The typed reference, cleaned, if this household may use it: refused (typed error,
    plain message) when another household has it. `resident_id`: the woman arriving, when she
    is already on file (her own earlier reference is hers to keep)."""
    ref = ref.strip()
    if not ref:
        raise ValidationError(translate(
            "HouseholdRefs", "Enter the household reference, or leave the one offered."),
            field="household_ref")
    if len(ref) > MAX_LENGTH:
        raise ValidationError(translate(
            "HouseholdRefs", "A household reference is at most {limit} characters.").format(
            limit=MAX_LENGTH), field="household_ref")
    stays, residents = owner_household(session, ref)
    others = (stays | residents) - ({resident_id} if resident_id is not None else set())
    if others:
        raise HouseholdReferenceTaken(ref, suggested_ref(session))
    return ref


def take(session: Session, ref: str) -> None:
    """A typed reference in the service's format is used up: the counter moves past it, so it
    is never issued to another household later."""
    number = number_of(ref)
    if number is None:
        return
    counter = _counter(session)
    if number > counter.last:
        counter.last = number
        session.flush()


def issue_many(session: Session, count: int) -> list[str]:
    """`count` new references in one go (the demo's bulk stays), in the caller's transaction."""
    counter = _counter(session)
    used = _numbers_in_use(session)
    refs = []
    number = counter.last
    for _ in range(count):
        number += 1
        while number in used:
            number += 1
        refs.append(format_ref(number))
    counter.last = number
    session.flush()
    return refs


__all__ = ["COUNTER", "EXAMPLE", "MAX_LENGTH", "PREFIX", "check_for_household", "format_ref",
           "in_use", "issue_many", "next_household_ref", "number_of", "owner_household",
           "suggested_ref", "take"]
