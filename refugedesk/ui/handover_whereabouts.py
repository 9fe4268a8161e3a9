"""Whereabouts, the house log book on screen: who is signed out, who is not back when expected
(marked "● Not back" in the board's NOT BACK amber, again every 30 s while it is open, with the
steps taken), sign out (at the time she left, which may be a while ago), signed back, log a
step. Opened from the Today page (its "Signed out…" button, or a "Not back when expected"
line).

Each action is one domain call through operations.run and announces "whereabouts", so the
Today page refreshes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimer
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refugedesk import i18n, whereabouts
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Vault
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.ui import operations
from refugedesk.ui.board_model import NOT_BACK_COLOURS
from refugedesk.ui.changes import Change
from refugedesk.ui.dates import date_time_edit, instant
from refugedesk.ui.widgets import button, label, line_edit, message_label, say
from refugedesk.whereabouts import Away

CHANGED = frozenset({Change.WHEREABOUTS})
COLUMNS = ["", QT_TRANSLATE_NOOP("HandoverWhereabouts", "Resident"),
           QT_TRANSLATE_NOOP("HandoverWhereabouts", "House"),
           QT_TRANSLATE_NOOP("HandoverWhereabouts", "Out since"),
           QT_TRANSLATE_NOOP("HandoverWhereabouts", "Expected back"),
           QT_TRANSLATE_NOOP("HandoverWhereabouts", "Contactable"),
           QT_TRANSLATE_NOOP("HandoverWhereabouts", "Steps taken")]
#: The first column of someone not back by the time she expected: a mark and words, on the
#: board's NOT BACK amber (colour is never the only signal).
NOT_BACK_MARK = QT_TRANSLATE_NOOP("HandoverWhereabouts", "● Not back")
#: How often the open dialog looks again at who has become late (no database read: the
#: expected-back times are already on screen).
LATE_CHECK_MS = 30_000


def _when(instant) -> str:
    """"Mon 30 Nov 16:30" / "Llun 30 Tach 16:30", in local time."""
    local = instant.astimezone()
    return i18n.locale().toString(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)),
        "ddd d MMM HH:mm")


class WhereaboutsDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setObjectName("whereaboutsDialog")
        self.setWindowTitle(translate("HandoverWhereabouts", "Signed out"))
        # Roomy, but never taller or wider than the screen (1024x600; 150% scaling).
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(940, screen.width() - 40), min(600, screen.height() - 60))
        self.away: list[Away] = []
        #: What time it is (a test moves it on and calls `mark_late`, the timer's slot).
        self.clock: Callable[[], datetime] = utcnow
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("HandoverWhereabouts", "Signed out"), role="subheading"))
        layout.addWidget(label(translate(
            "HandoverWhereabouts", "Residents out now. \"● Not back\" marks someone not back "
            "by the time she expected: log each step you take."), role="hint"))
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels(
            [translate("HandoverWhereabouts", column) if column else "" for column in COLUMNS])
        self.table = QTableView(objectName="whereaboutsTable")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setAccessibleName(translate("HandoverWhereabouts", "Residents signed out"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        steps = QHBoxLayout()
        self.step = line_edit("whereaboutsStep", translate("HandoverWhereabouts", "Step taken"),
                              placeholder=translate("HandoverWhereabouts",
                                                    "e.g. Tried her phone, no answer"))
        steps.addWidget(self.step, 1)
        log = button(translate("HandoverWhereabouts", "Log step"), "whereaboutsLogStepButton")
        log.clicked.connect(self.log_step)
        self.step.returnPressed.connect(self.log_step)
        steps.addWidget(log)
        back = button(translate("HandoverWhereabouts", "She is back"), "whereaboutsBackButton")
        back.clicked.connect(self.sign_back)
        steps.addWidget(back)
        layout.addLayout(steps)

        layout.addWidget(label(translate("HandoverWhereabouts", "Sign someone out"),
                               role="subheading"))
        form = QFormLayout()
        self.who = QComboBox(objectName="whereaboutsWho")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.who.setAccessibleName(translate("HandoverWhereabouts", "Who is going out"))
        # (The message line is made further down: a failure here gets a plain box.)
        for person in operations.read(self, vault, whereabouts.staying_now).value_or([]):
            self.who.addItem(person.label, person.stay_id)
        form.addRow(translate("HandoverWhereabouts", "Who"), self.who)
        # Written up after she went: the time she really left, not the time it was typed.
        self.left_at = date_time_edit("whereaboutsLeftAt",
                                      translate("HandoverWhereabouts", "Left at"),
                                      QDateTime.currentDateTime())
        self.left_at.setToolTip(translate("HandoverWhereabouts", "When she went out. Change it "
                                          "if she left a while ago (up to 24 hours back)."))
        form.addRow(translate("HandoverWhereabouts", "Left at"), self.left_at)
        self.left_at_error = message_label("whereaboutsLeftAtError")
        form.addRow("", self.left_at_error)
        self.expected = date_time_edit("whereaboutsExpected",
                                       translate("HandoverWhereabouts", "Expected back"),
                                       QDateTime.currentDateTime().addSecs(3 * 3600))
        form.addRow(translate("HandoverWhereabouts", "Expected back"), self.expected)
        self.contactable = QCheckBox(  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
            translate("HandoverWhereabouts", "We can reach her while she is out"),
            objectName="whereaboutsContactable")
        self.contactable.setChecked(True)
        form.addRow("", self.contactable)
        self.expected_error = message_label("whereaboutsExpectedError")
        form.addRow("", self.expected_error)
        layout.addLayout(form)
        self.message = message_label("whereaboutsMessage")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        out = button(translate("HandoverWhereabouts", "Sign out"), "whereaboutsSignOutButton",
                     primary=True)
        out.clicked.connect(self.sign_out)
        row.addWidget(out)
        close = button(translate("HandoverWhereabouts", "Close"), "whereaboutsClose")
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()
        self.late_timer = QTimer(self)
        self.late_timer.setInterval(LATE_CHECK_MS)
        self.late_timer.timeout.connect(self.mark_late)
        self.late_timer.start()

    def refresh(self) -> None:
        outcome = operations.read(self, self.vault, whereabouts.out_now, message=self.message)
        if not outcome.ok:
            return
        self.away = outcome.value or []
        self.model.removeRows(0, self.model.rowCount())
        for a in self.away:
            steps = "; ".join(
                translate("HandoverWhereabouts", "{when} {step} ({by})").format(
                    when=_when(s.at), step=s.what, by=s.by) if s.by else
                translate("HandoverWhereabouts", "{when} {step}").format(
                    when=_when(s.at), step=s.what)
                for s in a.steps)
            cells = ["", a.reference,
                     translate("HandoverWhereabouts", "{house}, {room}").format(
                         house=a.house, room=a.room),
                     _when(a.out_at), _when(a.expected_back),
                     translate("HandoverWhereabouts", "Yes") if a.contactable
                     else translate("HandoverWhereabouts", "No"), steps]
            self.model.appendRow([QStandardItem(c) for c in cells])
        self.mark_late()
        self.table.resizeColumnsToContents()

    def mark_late(self) -> None:
        """Mark, in place, everyone not back by the time she expected, now: someone can
        become late while the dialog is open (the timer calls this every 30 s). The rows,
        the selection and a step being typed are left as they are."""
        now = self.clock()
        for row, a in enumerate(self.away):
            item = self.model.item(row, 0)
            if item is None:
                continue
            late = a.overdue(now)
            mark = translate("HandoverWhereabouts", NOT_BACK_MARK)
            if (item.text() == mark) == late:
                continue
            item.setText(mark if late else "")
            item.setAccessibleText(
                translate("HandoverWhereabouts", "Not back by the time she expected") if late
                else "")
            for column in range(self.model.columnCount()):
                cell = self.model.item(row, column)
                if cell is not None:
                    cell.setBackground(QColor(NOT_BACK_COLOURS[0]) if late else QBrush())
        self.table.resizeColumnToContents(0)

    def select_stay(self, stay_id: int) -> bool:
        for row, a in enumerate(self.away):
            if a.stay_id == stay_id:
                self.table.selectRow(row)
                return True
        return False

    def selected(self) -> Away | None:
        rows = self.table.selectionModel().selectedRows()
        return self.away[rows[0].row()] if rows else None

    def _need_selection(self) -> Away | None:
        away = self.selected()
        if away is None:
            say(self.message, translate("HandoverWhereabouts", "Choose her in the list first."))
        return away

    def _after(self, ok: bool, keep: int | None) -> bool:
        if ok:
            self.refresh()
            if keep is not None:
                self.select_stay(keep)
        return ok

    def log_step(self) -> bool:
        away = self._need_selection()
        if away is None:
            return False
        what = self.step.text()
        outcome = operations.run(
            self, lambda: whereabouts.log_step(self.vault, away.sign_out_id, what=what),
            message=self.message, fields={"what": self.message}, changed=CHANGED)
        if outcome.ok:
            self.step.clear()
        return self._after(outcome.ok, away.stay_id)

    def sign_back(self) -> bool:
        away = self._need_selection()
        if away is None:
            return False
        outcome = operations.run(self, lambda: whereabouts.sign_back(self.vault,
                                                                     away.sign_out_id),
                                 message=self.message, changed=CHANGED)
        return self._after(outcome.ok, None)

    def sign_out(self) -> bool:
        stay = self.who.currentData()
        left = instant(self.left_at)
        expected = instant(self.expected)
        contactable = self.contactable.isChecked()
        outcome = operations.run(
            self, lambda: whereabouts.sign_out(self.vault, stay_id=stay, out_at=left,
                                               expected_back=expected,
                                               contactable=contactable),
            message=self.message, fields={"expected_back": self.expected_error,
                                          "out_at": self.left_at_error},
            changed=CHANGED)
        if outcome.ok:  # the next one out leaves now, unless told otherwise
            self.left_at.setDateTime(QDateTime.currentDateTime())
        return self._after(outcome.ok, stay)
