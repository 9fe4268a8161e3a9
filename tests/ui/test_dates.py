"""One date entry everywhere (shared/UX.md): typed as dd/mm/yyyy, the weekday said beside it,
a calendar to pick from, kept to the dates RefugeDesk takes, and Tab goes on to the next field
without changing the date or time (Qt's own field walked its sections on Tab: tabbing through
a referral's Received time once changed 09:33 to 04:41)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from refugedesk import dates
from refugedesk.ui.dates import date_edit, date_time_edit, day_of


def _form(qtbot, *fields):
    box = QWidget()
    layout = QVBoxLayout(box)
    for field in fields:
        layout.addWidget(field)
    after = QLineEdit(objectName="after")
    layout.addWidget(after)
    qtbot.addWidget(box)
    box.show()
    box.activateWindow()
    qtbot.waitActive(box)
    return box, after


def test_a_typed_date_is_taken_and_its_weekday_said(qtbot):
    edit = date_edit("when", "When", date(2026, 11, 30))
    _box, after = _form(qtbot, edit)
    assert edit.line.text() == "30/11/2026" and edit.weekday.text() == "Mon"
    assert edit.weekday.accessibleName() == "Monday"
    seen = []
    edit.dateChanged.connect(seen.append)
    edit.line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit.line)
    edit.line.selectAll()
    qtbot.keyClicks(edit.line, "12/03/2026")
    assert edit.weekday.text() == "Thu"      # said as it is typed
    assert day_of(edit) == date(2026, 3, 12)      # Enter on the form would save this
    qtbot.keyClick(edit.line, Qt.Key.Key_Tab)
    assert _box.focusWidget() is after
    assert day_of(edit) == date(2026, 3, 12) and seen == [QDate(2026, 3, 12)]
    assert edit.line.text() == "12/03/2026"


def test_something_that_is_not_a_date_is_put_back_and_said(qtbot):
    edit = date_edit("when", "When", date(2026, 11, 30))
    _box, _after = _form(qtbot, edit)
    for typed in ("31/02/2026", "soon", "01/01/1800"):
        edit.line.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is edit.line)
        edit.line.selectAll()
        qtbot.keyClicks(edit.line, typed)
        qtbot.keyClick(edit.line, Qt.Key.Key_Tab)
        assert day_of(edit) == date(2026, 11, 30), typed
        assert edit.line.text() == "30/11/2026"
        assert edit.weekday.text().startswith("Not a date from 01/01/1900")


def test_tabbing_through_a_date_and_time_changes_neither(qtbot):
    when = QDateTime(QDate(2026, 11, 30), QTime(9, 33))
    edit = date_time_edit("received", "Received", when)
    box, after = _form(qtbot, edit)
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit.day.line)
    qtbot.keyClick(edit.day.line, Qt.Key.Key_Tab)
    assert box.focusWidget() is edit.time
    qtbot.keyClick(edit.time, Qt.Key.Key_Tab)
    assert box.focusWidget() is after
    assert edit.dateTime() == when


def test_dates_keep_to_refugedesks_range_and_the_calendar_picks(qtbot):
    edit = date_edit("when", "When", date(2026, 11, 30))
    _box, _after = _form(qtbot, edit)
    edit.setDate(QDate(9999, 12, 31))
    assert day_of(edit) == dates.LATEST
    edit.setDate(date(2026, 11, 30))
    qtbot.mouseClick(edit.pick, Qt.MouseButton.LeftButton)
    calendar = edit.calendar
    assert calendar.isVisible() and calendar.selectedDate() == QDate(2026, 11, 30)
    calendar.clicked.emit(QDate(2026, 12, 24))
    assert day_of(edit) == date(2026, 12, 24) and not calendar.isVisible()
