"""Date entry, the one way every form takes a date (shared/UX.md: weekday shown, calendar
popup, only the dates RefugeDesk takes).

Two kinds of field, because a date is either always there or may be unknown:
- `date_edit` / `date_time_edit`: a day (or a day and a time) that always has a value, picked
  or typed, kept to refugedesk.dates' range; `day_of` / `instant` read it back.
- `date_line`: a date that may be left empty (a date of birth nobody knows), typed as
  dd/mm/yyyy; `parse_day` reads it, `check_date` says under the field what is wrong as it is
  typed, `typed_day` refuses it on saving next to its field.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QLabel, QLineEdit

from refugedesk import dates
from refugedesk.errors import ValidationError
from refugedesk.ui.widgets import line_edit, say

DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d")
DATE_HINT = "dd/mm/yyyy"
BAD_DATE = "Write the date as day/month/year, for example 14/03/2019."


# --- a date that is always there ----------------------------------------------------------------


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def in_date_range(edit: QDateTimeEdit) -> QDateTimeEdit:
    """Keep a date (or date and time) field to the dates RefugeDesk takes (refugedesk/dates.py):
    Qt's own range runs to the year 9999, which the domain refuses."""
    edit.setDateRange(qdate(dates.EARLIEST), qdate(dates.LATEST))
    return edit


def date_edit(name: str, accessible: str, day: date) -> QDateEdit:
    """A day: weekday shown, calendar popup, within RefugeDesk's range."""
    edit = QDateEdit(qdate(day), objectName=name)  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
    in_date_range(edit)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    edit.setAccessibleName(accessible)
    return edit


def day_of(edit: QDateEdit) -> date:
    return edit.date().toPython()  # type: ignore[return-value]


def date_time_edit(name: str, accessible: str, when: QDateTime | None = None) -> QDateTimeEdit:
    """A day and a time (now unless `when`): weekday shown, calendar popup, in range."""
    when = QDateTime.currentDateTime() if when is None else when
    edit = in_date_range(QDateTimeEdit(when, objectName=name))  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
    edit.setDisplayFormat("ddd d MMM yyyy HH:mm")
    edit.setCalendarPopup(True)
    edit.setAccessibleName(accessible)
    return edit


def instant(edit: QDateTimeEdit) -> datetime:
    """The chosen local date and time as a UTC instant."""
    return edit.dateTime().toPython().astimezone().astimezone(UTC)  # type: ignore[attr-defined]  # toPython(): a datetime


# --- a date that may be left empty, typed as text -----------------------------------------------


def parse_day(text: str) -> date | None:
    """A typed date, or None when empty. ValueError when it cannot be read."""
    text = text.strip()
    if not text:
        return None
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def stored_day(text: str) -> str:
    """What a draft keeps: ISO text for a date that can be read, else exactly what was typed
    (finishing will ask for it to be corrected; nothing is thrown away)."""
    try:
        day = parse_day(text)
    except ValueError:
        return text.strip()
    return day.isoformat() if day else ""


def shown_day(stored: Any) -> str:
    """A draft's date back as the form shows it."""
    text = str(stored or "")
    try:
        return date.fromisoformat(text).strftime("%d/%m/%Y")
    except ValueError:
        return text


def date_line(name: str, accessible: str) -> QLineEdit:
    """A date that may be left empty, typed as dd/mm/yyyy."""
    edit = line_edit(name, accessible, placeholder=DATE_HINT)
    edit.setMaximumWidth(160)
    return edit


def check_date(edit: QLineEdit, message: QLabel, problem=None) -> bool:
    """Say next to a date field what is wrong with it (as it is typed). True when all right."""
    try:
        day = parse_day(edit.text())
    except ValueError:
        say(message, BAD_DATE)
        return False
    err = dates.date_problem(day) or (problem(day) if problem is not None else None)
    say(message, str(err) if err else "")
    return err is None


def typed_day(edit: QLineEdit, field: str) -> date | None:
    """A date typed as day/month/year (empty: none). Unreadable: said next to the field."""
    try:
        return parse_day(edit.text())
    except ValueError:
        raise ValidationError(BAD_DATE, field=field) from None
