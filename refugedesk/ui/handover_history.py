"""Handover history: sent handovers, newest first, searched by date, house, resident
reference or word; opening one is audited (ui/handover_dialogs.open_handover)."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refugedesk import handover, houses, i18n
from refugedesk.db.vault import Vault
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.ui import accessible, operations
from refugedesk.ui.dates import date_edit, day_of
from refugedesk.ui.handover_dialogs import HandoverDialog, open_handover, shown_when
from refugedesk.ui.widgets import button, label, line_edit

HISTORY_COLUMNS = [QT_TRANSLATE_NOOP("HandoverHistory", "Covers"),
                   QT_TRANSLATE_NOOP("HandoverHistory", "From"),
                   QT_TRANSLATE_NOOP("HandoverHistory", "To"),
                   QT_TRANSLATE_NOOP("HandoverHistory", "Shift"),
                   QT_TRANSLATE_NOOP("HandoverHistory", "Acknowledged")]


class HistoryDialog(QDialog):
    """Sent handovers, newest first, searched by date, house, resident reference or word."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setObjectName("handoverHistoryDialog")
        self.setWindowTitle(translate("HandoverHistory", "Handover history"))
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("HandoverHistory", "Handover history"), role="subheading"))
        row = QHBoxLayout()
        self.use_date = QCheckBox(translate("HandoverHistory", "Covering"), objectName="historyUseDate")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.date = date_edit("historyDate",
                              translate("HandoverHistory", "Handovers covering this date"),
                              date.today())
        self.house = QComboBox(objectName="historyHouse")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.house.setAccessibleName(translate("HandoverHistory", "House"))
        accessible.label_when_shown(self.house)
        self.house.addItem(translate("HandoverHistory", "Any house"), None)
        for h in operations.read(self, vault, lambda session: houses.list_houses(
                session, active_only=False)).value or []:
            self.house.addItem(h.name, h.id)
        self.reference = line_edit("historyReference",
                                   translate("HandoverHistory", "Resident reference"),
                                   placeholder=translate("HandoverHistory", "Reference"))
        self.word = line_edit("historyWord", translate("HandoverHistory", "Word"),
                              placeholder=translate("HandoverHistory", "Word"))
        search = button(translate("HandoverHistory", "Search"), "historySearchButton", primary=True)
        search.clicked.connect(self.search)
        self.word.returnPressed.connect(self.search)
        self.reference.returnPressed.connect(self.search)
        for widget in (self.use_date, self.date, self.house, self.reference, self.word, search):
            row.addWidget(widget)
        layout.addLayout(row)
        self.model = QStandardItemModel(0, len(HISTORY_COLUMNS), self)
        self.model.setHorizontalHeaderLabels(
            [translate("HandoverHistory", column) for column in HISTORY_COLUMNS])
        self.table = QTableView(objectName="historyTable")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setAccessibleName(translate("HandoverHistory", "Handovers found"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda idx: self.open_row(idx.row()))
        layout.addWidget(self.table, 1)
        self.found = label(name="historyFound", role="hint")
        layout.addWidget(self.found)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        open_button = button(translate("HandoverHistory", "Open"), "historyOpenButton")
        open_button.clicked.connect(self.open_selected)
        buttons.addWidget(open_button)
        close = button(translate("HandoverHistory", "Close"), "historyClose")
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.ids: list[int] = []
        self.search()

    def search(self) -> None:
        on = day_of(self.date) if self.use_date.isChecked() else None
        house_id, reference, word = (self.house.currentData(), self.reference.text(),
                                     self.word.text())
        outcome = operations.read(self, self.vault, lambda session: handover.search(
            session, on=on, house_id=house_id, reference=reference, word=word),
            message=self.found)
        if not outcome.ok:
            return
        rows = outcome.value or []
        self.model.removeRows(0, self.model.rowCount())
        self.ids = []
        for r in rows:
            cells = [translate("HandoverHistory", "{start} to {end}").format(
                         start=shown_when(r.period_start), end=shown_when(r.period_end)),
                     r.from_name, r.to_name, r.shift,
                     shown_when(r.acknowledged_at) if r.acknowledged_at
                     else translate("HandoverHistory", "Not yet")]
            items = [QStandardItem(c) for c in cells]
            self.model.appendRow(items)
            self.ids.append(r.id)
        count = len(rows)
        self.found.setText(
            translate("HandoverHistory", "No handover matches.") if not count else
            (translate("HandoverHistory", "{count} handover found.") if count == 1 else
             translate("HandoverHistory", "{count} handovers found.")).format(
                count=i18n.number(count)))

    def open_row(self, row: int) -> HandoverDialog | None:
        if 0 <= row < len(self.ids):
            return open_handover(self.vault, self.ids[row], self)
        return None

    def open_selected(self) -> HandoverDialog | None:
        rows = self.table.selectionModel().selectedRows()
        return self.open_row(rows[0].row()) if rows else None
