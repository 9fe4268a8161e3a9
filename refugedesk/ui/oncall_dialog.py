"""The on-call rota screen: who is on call each night for the next six weeks (night, weekday,
who, note); managers and administrators set or clear the nights selected. Everyone can open it
to see who is on call; for a support worker the controls are off and their tooltip says why.

Reads and writes go through ui/operations to refugedesk/oncall.py (the domain re-checks the
role, the person and the dates). Opened from the Today page, beside "Write handover…", whose
receiver it sets.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refugedesk import access, i18n, oncall, staff
from refugedesk.db.vault import Vault
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.oncall import Night
from refugedesk.ui import dialogs, operations
from refugedesk.ui.dates import date_edit, day_of
from refugedesk.ui.widgets import button, combo, label, line_edit, list_table, message_label, say

Index = QModelIndex | QPersistentModelIndex


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open at `width` x `height`, or smaller on a small screen (1024x600, or 150% scaling)."""
    room = window.screen().availableGeometry()
    window.resize(min(width, room.width() - 24), min(height, room.height() - 48))


#: How many nights the screen shows from its first night.
NIGHTS = 42
READ_ONLY = QT_TRANSLATE_NOOP("OnCallDialog",
                              "Only a manager or an administrator can change the on-call rota.")
NOTHING_SELECTED = QT_TRANSLATE_NOOP("OnCallDialog", "Select one or more nights in the list first.")


class RotaModel(QAbstractTableModel):
    """The nights shown: night, weekday, who is on call ("Nobody set"), the note."""

    HEADERS = (QT_TRANSLATE_NOOP("OnCallDialog", "Night"), QT_TRANSLATE_NOOP("OnCallDialog", "Day"),
               QT_TRANSLATE_NOOP("OnCallDialog", "On call"),
               QT_TRANSLATE_NOOP("OnCallDialog", "Note"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nights: list[Night] = []
        self.today = date.today()
        self._bold = QFont()
        self._bold.setBold(True)

    def show_nights(self, nights: list[Night], today: date) -> None:
        self.beginResetModel()
        self.nights, self.today = nights, today
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.nights)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return translate("OnCallDialog", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.nights):
            return None
        night = self.nights[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                text = f"{night.night_of:%d/%m/%Y}"
                return (translate("OnCallDialog", "{day} (tonight)").format(day=text)
                        if night.night_of == self.today else text)
            if column == 1:
                return i18n.day_name(night.night_of)
            if column == 2:
                return night.name or translate("OnCallDialog", "Nobody set")
            return night.note
        if role == Qt.ItemDataRole.FontRole and night.night_of == self.today:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and night.name is None:
            return Qt.GlobalColor.darkGray
        return None


class OnCallDialog(QDialog):
    """The rota: read by everyone, kept by managers and administrators."""

    def __init__(self, vault: Vault, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.today = today or date.today()
        self.setObjectName("onCallDialog")
        self.setWindowTitle(translate("OnCallDialog", "On-call rota"))
        fit_to_screen(self, 760, 600)
        may_change = access.may_keep_rota(vault.person)

        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("OnCallDialog", "On-call rota"), role="subheading"))
        layout.addWidget(label(
            translate("OnCallDialog", "Who is on call each night. Write handover offers "
                      "tonight's on-call worker as the person to hand over to.") if may_change
            else translate("OnCallDialog", "Who is on call each night. Write handover offers "
                           "tonight's on-call worker as the person to hand over to. Managers "
                           "and administrators keep the rota."),
            role="hint", name="onCallIntro"))
        top = QHBoxLayout()
        top.addWidget(label(translate("OnCallDialog", "Six weeks from"), wrap=False))
        self.first = date_edit("onCallFrom",
                               translate("OnCallDialog", "Show six weeks of nights from"),
                               self.today)
        self.first.dateChanged.connect(lambda _d: self.reload())
        top.addWidget(self.first)
        for text, name, weeks, accessible in [
                (translate("OnCallDialog", "◀ Earlier"), "onCallEarlier", -6,
                 translate("OnCallDialog", "Earlier weeks")),
                (translate("OnCallDialog", "Later ▶"), "onCallLater", 6,
                 translate("OnCallDialog", "Later weeks"))]:
            step = button(text, name, accessible=accessible)
            step.clicked.connect(lambda _=False, w=weeks: self.step(w))
            top.addWidget(step)
        top.addStretch(1)
        layout.addLayout(top)

        self.model = RotaModel(self)
        self.table = list_table(QTableView(), "onCallTable",
                                translate("OnCallDialog", "Nights and who is on call"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # Who and the note share what is left, eliding rather than scrolling sideways.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        layout.addWidget(self.table, 1)

        form = QFormLayout()
        self.who = combo("onCallWho", translate("OnCallDialog", "Who is on call"), [])
        self.who.setPlaceholderText(translate("OnCallDialog", "Choose who is on call"))
        self.who.setSizeAdjustPolicy(self.who.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.who.setMinimumContentsLength(20)
        form.addRow(translate("OnCallDialog", "On call"), self.who)
        self.note = line_edit("onCallNote", translate("OnCallDialog", "Note for the night"),
                              placeholder=translate("OnCallDialog",
                                                    "e.g. till 08:00, cover for Bea"))
        self.note.setMaxLength(oncall.NOTE_LIMIT)
        form.addRow(translate("OnCallDialog", "Note"), self.note)
        layout.addLayout(form)
        self.message = message_label("onCallMessage")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.set_button = button(translate("OnCallDialog", "Set for the selected nights"), "onCallSetButton",
                                 primary=True)
        self.set_button.clicked.connect(self.set_selected)
        row.addWidget(self.set_button)
        self.clear_button = button(translate("OnCallDialog", "Clear the selected nights"),
                                   "onCallClearButton")
        self.clear_button.clicked.connect(self.clear_selected)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        close = button(translate("OnCallDialog", "Close"), "onCallClose")
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)

        self.may_change = may_change
        if not may_change:
            for widget in (self.who, self.note, self.set_button, self.clear_button):
                widget.setEnabled(False)
                widget.setToolTip(translate("OnCallDialog", READ_ONLY))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        self.reload()
        self._selection()
        self.table.setFocus()  # the arrow keys choose nights at once
        self.table.setCurrentIndex(self.model.index(0, 0))

    # --- reading ---------------------------------------------------------------------------

    def first_night(self) -> date:
        return day_of(self.first)

    def step(self, weeks: int) -> None:
        self.first.setDate(self.first_night() + timedelta(weeks=weeks))

    def reload(self) -> bool:
        first = self.first_night()
        last = first + timedelta(days=NIGHTS - 1)

        def read(session) -> tuple[list[Night], list[staff.Colleague]]:
            return (oncall.rota(session, first=first, last=last),
                    [p for p in staff.colleagues(session) if p.active])

        outcome = operations.read(self, self.vault, read, message=self.message)
        if not outcome.ok:
            return False
        nights, people = outcome.value
        selected = self.selected_nights()  # kept across the reload, where still shown
        chosen = self.who.currentData()
        self.who.clear()
        for person in people:
            self.who.addItem(person.display_name, person.id)
        self.who.setCurrentIndex(self.who.findData(chosen) if chosen is not None else -1)
        self.model.show_nights(nights, self.today)
        self._select(set(selected))
        self._selection()
        return True

    def selected_nights(self) -> list[date]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.nights[r].night_of for r in rows if r < len(self.model.nights)]

    def select_nights(self, first: date, count: int = 1) -> None:
        """Select `count` nights from `first` (as shift-clicking would)."""
        self._select({first + timedelta(days=n) for n in range(count)})
        self.table.setFocus()

    def _select(self, nights: set[date]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row, night in enumerate(self.model.nights):
            if night.night_of in nights:
                selection.select(self.model.index(row, 0), selection.SelectionFlag.Select
                                 | selection.SelectionFlag.Rows)

    def _selection(self) -> None:
        if not self.may_change:
            return
        picked = bool(self.table.selectionModel().selectedRows())
        for widget in (self.set_button, self.clear_button):
            widget.setEnabled(picked)
            widget.setToolTip("" if picked else translate("OnCallDialog", NOTHING_SELECTED))

    # --- changing --------------------------------------------------------------------------

    def set_selected(self) -> bool:
        nights, who, note = self.selected_nights(), self.who.currentData(), self.note.text()
        if who is None:
            say(self.message, translate("OnCallDialog", "Choose who is on call."))
            return False
        outcome = operations.run(
            self, lambda: oncall.set_on_call(self.vault, nights=nights, staff_id=who,
                                             note=note),
            message=self.message, fields={"staff": self.message, "note": self.message,
                                          "nights": self.message})
        if outcome.ok:
            self.reload()
            count = len(nights)
            text = (translate("OnCallDialog", "{name} is on call for {count} night.")
                    if count == 1 else
                    translate("OnCallDialog", "{name} is on call for {count} nights."))
            say(self.message, text.format(name=self.who.currentText(),
                                          count=i18n.number(count)), role="ok")
        return outcome.ok

    def clear_selected(self) -> bool:
        nights = self.selected_nights()
        outcome = operations.run(self, lambda: oncall.clear(self.vault, nights=nights),
                                 message=self.message, fields={"nights": self.message})
        if outcome.ok:
            self.reload()
            count = len(nights)
            say(self.message, translate("OnCallDialog", "Nobody is set for that night now.")
                if count == 1 else translate("OnCallDialog", "Nobody is set for those nights now."),
                role="ok")
        return outcome.ok


def open_rota(vault: Vault, parent: QWidget) -> QDialog:
    return dialogs.show(OnCallDialog(vault, parent))
