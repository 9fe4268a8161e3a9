"""The dates RefugeDesk takes, decided in one place.

Every date a person types (a date of birth, an arrival, a review, a report's period on the
command line) must fall between EARLIEST and LATEST. Outside that range a date is a typing
slip (year 1, year 9999, 20226 for 2026), never a real event in a refuge, and left unchecked
it crashes the code that adds or subtracts days from it (`date.max + 1 day` overflows) or
turns up on her record as nonsense. A period of nights is capped by MAX_NIGHTS for the same
reason.

    dates.check_dates(arrived_on=on)          # raises DateOutOfRange(field="arrived_on")
    problem = dates.date_problem(day)         # the same rule as a message, or None

LATEST + MAX_NIGHTS days, and EARLIEST less a few years, are still far inside what Python's
dates hold, so no sum the app does on an accepted date can overflow.
"""

from __future__ import annotations

from datetime import date, datetime

from refugedesk.errors import DateOutOfRange, ValidationError
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate

#: The first and last dates RefugeDesk takes. 1900 covers any date of birth of a woman or
#: child in a refuge today; 2200 leaves court orders and plans ending far ahead room enough.
EARLIEST = date(1900, 1, 1)
LATEST = date(2200, 12, 31)
#: The most nights one offer, stay or room search can span: five years.
MAX_NIGHTS = 5 * 366

#: The range in words, marked for translation at import and translated where it is shown
#: (`range_text()`): the language is chosen later, at sign-in. Its years are EARLIEST's and
#: LATEST's (tests/test_welsh_g4a.py checks they agree).
RANGE_TEXT = QT_TRANSLATE_NOOP("Dates", "RefugeDesk takes dates from 1900 to 2200")


def range_text() -> str:
    """RANGE_TEXT in the language in use."""
    return translate("Dates", RANGE_TEXT)


def shown(day: date) -> str:
    """dd/mm/yyyy for any date, even year 1 (strftime does not pad the year everywhere)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def date_problem(value: date | datetime | None, *,
                 field: str | None = None) -> DateOutOfRange | None:
    """Why this date cannot be used (as the error to raise or show), or None when it can.
    None (no date given) is fine here: whether a date is required is the caller's rule."""
    if value is None:
        return None
    if not isinstance(value, date):
        raise TypeError(f"{field or 'value'} must be a date")
    day = value.date() if isinstance(value, datetime) else value  # no time-zone sums here
    if EARLIEST <= day <= LATEST:
        return None
    return DateOutOfRange(
        translate("Dates", "{day} cannot be right: check the year. {range}.").format(
            day=shown(day), range=range_text()), field=field)


def check_date(value: date | datetime | None, *, field: str | None = None) -> None:
    """Raise DateOutOfRange (a ValidationError naming `field`) for a date outside the range."""
    problem = date_problem(value, field=field)
    if problem is not None:
        raise problem


def check_dates(**values: date | datetime | None) -> None:
    """check_date for each keyword, the keyword being the form field it came from."""
    for field, value in values.items():
        check_date(value, field=field)


def check_nights(nights: int, *, field: str = "nights") -> None:
    """At most MAX_NIGHTS (each caller refuses fewer than one night in its own words)."""
    if not isinstance(nights, int) or isinstance(nights, bool):
        raise TypeError(f"{field} must be a whole number")
    if nights > MAX_NIGHTS:
        raise ValidationError(
            translate("Dates", "That is more than {nights} nights (five years). Check the "
                      "number of nights.").format(nights=MAX_NIGHTS), field=field)


__all__ = ["EARLIEST", "LATEST", "MAX_NIGHTS", "RANGE_TEXT", "check_date", "check_dates",
           "check_nights", "date_problem", "range_text", "shown"]
