"""The Signed out dialog: someone who becomes late while it is open is marked, in words and
the NOT BACK amber, without losing the selection or a step being typed; a resident is signed
out at the time she really left, and a time in the future is refused under the field with
nothing lost."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from test_handover import _resident_in, service  # noqa: F401  (the fixture)

from refugedesk import whereabouts
from refugedesk.db.types import utcnow
from refugedesk.ui.board_model import NOT_BACK_COLOURS
from refugedesk.ui.handover_whereabouts import LATE_CHECK_MS, NOT_BACK_MARK, WhereaboutsDialog


def _open(qtbot, vault) -> WhereaboutsDialog:
    dialog = WhereaboutsDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _click(qtbot, dialog, name: str) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def test_someone_who_becomes_late_while_it_is_open_is_marked(qtbot, service):  # noqa: F811
    vault = service["vault"]
    _, stay = _resident_in(service, "R-4")
    now = utcnow()
    whereabouts.sign_out(vault, stay_id=stay, out_at=now - timedelta(hours=1),
                         expected_back=now + timedelta(minutes=10))
    dialog = _open(qtbot, vault)
    assert dialog.late_timer.isActive() and dialog.late_timer.interval() == LATE_CHECK_MS
    first = dialog.model.item(0, 0)
    assert first.text() == ""  # not late yet
    dialog.table.selectRow(0)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "whereaboutsStep"), "Tried her ph")

    dialog.clock = lambda: now + timedelta(minutes=9)
    dialog.late_timer.timeout.emit()
    assert dialog.model.item(0, 0).text() == ""
    dialog.clock = lambda: now + timedelta(minutes=11)  # 30 s later, past her time
    dialog.late_timer.timeout.emit()
    assert dialog.model.item(0, 0).text() == NOT_BACK_MARK
    assert dialog.model.item(0, 1).background().color() == QColor(NOT_BACK_COLOURS[0])
    # marked in place: still her row selected, the step still being typed
    assert dialog.selected() is not None and dialog.selected().stay_id == stay
    assert dialog.findChild(QLineEdit, "whereaboutsStep").text() == "Tried her ph"


def test_she_is_signed_out_at_the_time_she_left_and_the_future_is_refused(
        qtbot, service):  # noqa: F811
    vault = service["vault"]
    _, stay = _resident_in(service, "R-5")
    dialog = _open(qtbot, vault)
    left_at = dialog.left_at
    opened = QDateTime.currentDateTime()
    assert abs(left_at.dateTime().secsTo(opened)) < 120  # "Left at" starts at now
    error = dialog.findChild(QLabel, "whereaboutsLeftAtError")

    later = opened.addSecs(2 * 3600)  # two hours from now: not yet
    left_at.setDateTime(later)
    _click(qtbot, dialog, "whereaboutsSignOutButton")
    assert error.isVisible() and "later than now" in error.text()
    assert dialog.model.rowCount() == 0
    shown = "dd/MM/yyyy HH:mm"  # what was typed stays as it was
    assert left_at.dateTime().toString(shown) == later.toString(shown)

    left_at.setDateTime(opened.addSecs(-30 * 60))  # she left half an hour ago
    dialog.expected.setDateTime(opened.addSecs(-5 * 60))  # and was due back 5 minutes ago
    _click(qtbot, dialog, "whereaboutsSignOutButton")
    assert not error.isVisible()
    assert dialog.model.rowCount() == 1
    assert dialog.model.item(0, 0).text() == NOT_BACK_MARK  # late at once
    with vault.session() as s:
        [away] = whereabouts.out_now(s)
    minutes_ago = (utcnow() - away.out_at).total_seconds() / 60
    assert away.stay_id == stay and 29 <= minutes_ago <= 32
