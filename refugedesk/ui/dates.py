"""Date entry, the one way every form takes a date (shared/UX.md: weekday shown, calendar
popup, only the dates RefugeDesk takes).

Two kinds of field, because a date is either always there or may be unknown:
- `date_edit` / `date_time_edit` (DayEdit / DayTimeEdit): a day (or a day and a time) that
  always has a value, typed as dd/mm/yyyy or picked on a calendar, weekday shown, kept to
  refugedesk.dates' range; Tab never changes it; `day_of` / `instant` read it back.
- `date_line`: a date that may be left empty (a date of birth nobody knows), typed as
  dd/mm/yyyy; `parse_day` reads it, `check_date` says under the field what is wrong as it is
  typed, `typed_day` refuses it on saving next to its field.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from refugedesk import dates, i18n
from refugedesk.errors import ValidationError
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.ui.look import set_role
from refugedesk.ui.widgets import line_edit, say

DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d")
#: Shown through translate("DateEntry", ...): the language is chosen after import.
DATE_HINT = QT_TRANSLATE_NOOP("DateEntry", "dd/mm/yyyy")
BAD_DATE = QT_TRANSLATE_NOOP("DateEntry",
                             "Write the date as day/month/year, for example 14/03/2019.")


def _weekday(day: QDate, *, short: bool = True) -> str:
    """The weekday in the language in use ("Mon" / "Llun"; "Monday" / "Dydd Llun")."""
    return i18n.locale().toString(day, "ddd" if short else "dddd")


# --- a date that is always there ----------------------------------------------------------------


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


#: `date` inside the classes below is their own method (as in Qt's): this names the type.
Day = date


def _as_qdate(day: QDate | Day) -> QDate:
    return day if isinstance(day, QDate) else qdate(day)


class DayEdit(QWidget):
    """A day that always has a value: typed as dd/mm/yyyy (or picked on the calendar), its
    weekday said beside it, kept to refugedesk.dates' range. Tab goes to the next field and
    never changes the date (Qt's own date field walks its day, month and year on Tab, and
    takes no typed "12/03/2026"). Something typed that is not a date, or is out of range, is
    put back to the date it had, and the line beside says so.

    It answers as Qt's QDateEdit does (`date`, `setDate`, `dateChanged`, `setDateRange`), so
    forms and tests read it the same way."""

    dateChanged = Signal(QDate)

    def __init__(self, day: QDate | Day, *, name: str, accessible: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._minimum, self._maximum = qdate(dates.EARLIEST), qdate(dates.LATEST)
        self._date = self._clamped(_as_qdate(day))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.line = QLineEdit(objectName=f"{name}Text")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.line.setMaxLength(20)
        self.line.setPlaceholderText(translate("DateEntry", DATE_HINT))
        # Never squeezed below a whole date, at any text size (a narrow form once showed "026").
        metrics = self.line.fontMetrics()
        self.line.setMinimumWidth(metrics.horizontalAdvance("00/00/00000") + 28)
        self.line.setMaximumWidth(metrics.horizontalAdvance("00/00/00000") + 48)
        self.pick = QToolButton()
        self.pick.setObjectName(f"{name}Calendar")
        self.pick.setArrowType(Qt.ArrowType.DownArrow)  # as a drop-down list shows its choices
        self.pick.setToolTip(translate("DateEntry", "Choose the date on a calendar"))
        self.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typed or picked: Tab skips it
        self.weekday = QLabel(objectName=f"{name}Weekday")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.weekday.setTextFormat(Qt.TextFormat.PlainText)
        # The widest short weekday of the language ("Wed"; "Gwen" in Welsh).
        self.weekday.setMinimumWidth(max(metrics.horizontalAdvance(_weekday(
            QDate(2026, 11, 30).addDays(i))) for i in range(7)) + 4)
        row.addWidget(self.line)
        row.addWidget(self.weekday, 1)
        row.addWidget(self.pick)
        # The form grows rather than squeeze the date under its weekday.
        self.setMinimumWidth(self.line.minimumWidth() + self.weekday.minimumWidth()
                             + self.pick.sizeHint().width() + 2 * row.spacing() + 4)
        self.setFocusProxy(self.line)
        self.setAccessibleName(accessible)
        self.line.editingFinished.connect(self._commit)
        self.line.installEventFilter(self)  # and on leaving it, however focus goes
        self.line.textEdited.connect(self._typed)
        self.pick.clicked.connect(self._show_calendar)
        self._show(self._date)

    # -- what QDateEdit offers ---------------------------------------------------------------

    def date(self) -> QDate:
        """The date shown; while she is typing, the date typed if it is a whole one."""
        typed = self._read(self.line.text())
        return typed if typed is not None else self._date

    def setDate(self, day: QDate | Day) -> None:
        self._set(self._clamped(_as_qdate(day)))

    def setDateRange(self, minimum: QDate | Day, maximum: QDate | Day) -> None:
        self._minimum, self._maximum = _as_qdate(minimum), _as_qdate(maximum)
        self._set(self._clamped(self._date))

    def setMinimumDate(self, minimum: QDate | Day) -> None:
        self.setDateRange(minimum, self._maximum)

    def setMaximumDate(self, maximum: QDate | Day) -> None:
        self.setDateRange(self._minimum, maximum)

    def minimumDate(self) -> QDate:
        return self._minimum

    def maximumDate(self) -> QDate:
        return self._maximum

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)
        self.line.setAccessibleDescription(
            translate("DateEntry", "Day, month and year, for example 14/03/2026"))
        self.pick.setAccessibleName(
            translate("DateEntry", "{name}: choose on a calendar").format(name=name))

    # -- inside ------------------------------------------------------------------------------

    def _clamped(self, day: QDate) -> QDate:
        return min(max(day, self._minimum), self._maximum)

    def _read(self, text: str) -> QDate | None:
        try:
            day = parse_day(text)
        except ValueError:  # not typed as numbers: perhaps a date as RefugeDesk shows one
            try:
                day = _read_shown(text)
            except ValueError:
                return None
        if day is None:
            return None
        found = qdate(day)
        return found if self._minimum <= found <= self._maximum else None

    def _show(self, day: QDate, note: str = "") -> None:
        self.line.setText(day.toString("dd/MM/yyyy"))
        self.weekday.setText(note or _weekday(day))
        self.weekday.setAccessibleName(note or _weekday(day, short=False))
        set_role(self.weekday, "error" if note else "hint")

    def _set(self, day: QDate, note: str = "") -> None:
        changed = day != self._date
        self._date = day
        self._show(day, note)
        if changed:
            self.dateChanged.emit(day)

    def _typed(self, text: str) -> None:
        day = self._read(text)
        self.weekday.setText(_weekday(day) if day is not None else "")
        self.weekday.setAccessibleName(_weekday(day, short=False) if day is not None else "")
        set_role(self.weekday, "hint")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.FocusOut:
            self._commit()
        return super().eventFilter(watched, event)

    def _commit(self) -> None:
        if not shiboken6.isValid(self.line):  # focus lost as the form is being deleted
            return
        text = self.line.text()
        if text.strip() == self._date.toString("dd/MM/yyyy"):
            return  # as it was (or already put back, with the note kept)
        day = self._read(text)
        if day is not None:
            self._set(day)
        else:
            first, last = self._minimum.toString("dd/MM/yyyy"), self._maximum.toString(
                "dd/MM/yyyy")
            kept = i18n.locale().toString(self._date, "ddd d MMM yyyy")
            self._set(self._date, translate(
                "DateEntry", "Not a date from {first} to {last}: kept {day}").format(
                    first=first, last=last, day=kept))

    def _show_calendar(self) -> None:
        calendar = QCalendarWidget(self)
        calendar.setObjectName(f"{self.objectName()}Popup")
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setDateRange(self._minimum, self._maximum)
        calendar.setSelectedDate(self._date)
        calendar.setGridVisible(True)

        def chosen(day: QDate) -> None:
            self._set(day)
            calendar.close()
            self.line.setFocus()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        calendar.move(self.mapToGlobal(self.pick.geometry().bottomLeft()))
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.show()
        calendar.setFocus()
        self.calendar = calendar


def _read_shown(text: str) -> Day | None:
    """A date as RefugeDesk shows one elsewhere ("30 Nov 2026", "Mon 30 Nov 2026"), in
    English or in the language in use ("Llun 30 Tach 2026")."""
    words = text.split()
    if words and words[0].rstrip(",").isalpha() and len(words) == 4:
        words = words[1:]
    try:
        return datetime.strptime(" ".join(words), "%d %b %Y").date()
    except ValueError:
        pass
    shown = i18n.locale().toDate(" ".join(words), "d MMM yyyy")
    if shown.isValid():
        return shown.toPython()  # type: ignore[return-value]  # toPython(): a date
    raise ValueError(text) from None


class TimeEdit(QTimeEdit):
    """Hours and minutes; Tab goes to the next field, never to the minutes (so tabbing
    through a time never changes it)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002  (Qt's name)
        return QWidget.focusNextPrevChild(self, next)


class DayTimeEdit(QWidget):
    """A day and a time: a DayEdit and hours:minutes. Answers as QDateTimeEdit does
    (`dateTime`, `setDateTime`, `dateTimeChanged`, `date`, `setDateRange`)."""

    dateTimeChanged = Signal(QDateTime)

    def __init__(self, when: QDateTime, *, name: str, accessible: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.day = DayEdit(when.date(), name=f"{name}Day", accessible=accessible)
        self.time = TimeEdit(when.time(), objectName=f"{name}Time")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.time.setDisplayFormat("HH:mm")
        row.addWidget(self.day, 1)
        row.addWidget(self.time)
        self.setMinimumWidth(self.day.minimumWidth() + self.time.sizeHint().width()
                             + row.spacing())
        self.setFocusProxy(self.day)
        self.setAccessibleName(accessible)
        self.day.dateChanged.connect(lambda _d: self.dateTimeChanged.emit(self.dateTime()))
        self.time.timeChanged.connect(lambda _t: self.dateTimeChanged.emit(self.dateTime()))

    def dateTime(self) -> QDateTime:
        return QDateTime(self.day.date(), QTime(self.time.time().hour(),
                                                self.time.time().minute()))

    def setDateTime(self, when: QDateTime) -> None:
        self.day.setDate(when.date())
        self.time.setTime(when.time())

    def date(self) -> QDate:
        return self.day.date()

    def setDate(self, day: QDate | Day) -> None:
        self.day.setDate(day)

    def setDateRange(self, minimum: QDate | Day, maximum: QDate | Day) -> None:
        self.day.setDateRange(minimum, maximum)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.day.setAccessibleName(translate("DateEntry", "{name}: day").format(name=name))
        self.time.setAccessibleName(
            translate("DateEntry", "{name}: time (hours and minutes)").format(name=name))


def date_edit(name: str, accessible: str, day: date) -> DayEdit:
    """A day: typed dd/mm/yyyy or picked, weekday shown, within RefugeDesk's range."""
    return DayEdit(day, name=name, accessible=accessible)


def day_of(edit: DayEdit | DayTimeEdit) -> date:
    return edit.date().toPython()  # type: ignore[return-value]


def date_time_edit(name: str, accessible: str, when: QDateTime | None = None) -> DayTimeEdit:
    """A day and a time (now unless `when`), within RefugeDesk's range."""
    when = QDateTime.currentDateTime() if when is None else when
    return DayTimeEdit(when, name=name, accessible=accessible)


def instant(edit: DayTimeEdit) -> datetime:
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
    edit = line_edit(name, accessible, placeholder=translate("DateEntry", DATE_HINT))
    edit.setMaximumWidth(160)
    return edit


def check_date(edit: QLineEdit, message: QLabel, problem=None) -> bool:
    """Say next to a date field what is wrong with it (as it is typed). True when all right."""
    try:
        day = parse_day(edit.text())
    except ValueError:
        say(message, translate("DateEntry", BAD_DATE))
        return False
    err = dates.date_problem(day) or (problem(day) if problem is not None else None)
    say(message, str(err) if err else "")
    return err is None


def typed_day(edit: QLineEdit, field: str) -> date | None:
    """A date typed as day/month/year (empty: none). Unreadable: said next to the field."""
    try:
        return parse_day(edit.text())
    except ValueError:
        raise ValidationError(translate("DateEntry", BAD_DATE), field=field) from None
