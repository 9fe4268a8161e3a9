"""The staff list as a Qt table model over refugedesk.staff.list_staff."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLabel

from refugedesk import staff
from refugedesk.db.vault import Vault
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.ui import operations

COLUMNS = (QT_TRANSLATE_NOOP("StaffModel", "Name"), QT_TRANSLATE_NOOP("StaffModel", "Username"),
           QT_TRANSLATE_NOOP("StaffModel", "Role"), QT_TRANSLATE_NOOP("StaffModel", "Account"))
Index = QModelIndex | QPersistentModelIndex


class StaffTableModel(QAbstractTableModel):
    def __init__(self, vault: Vault, parent: Any = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.rows: list[staff.StaffRow] = []
        #: Where a failed read is said (the page's message line).
        self.message: QLabel | None = None

    def refresh(self) -> None:
        person = self.vault.person
        outcome = operations.read(None, self.vault, lambda session: staff.list_staff(
            session, person), message=self.message)
        if not outcome.ok:
            return
        rows = outcome.value or []
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("StaffModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (row.display_name, row.username, row.role.label,
                    translate("StaffModel", "On") if row.active
                    else translate("StaffModel", "Switched off"))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            from PySide6.QtGui import QColor

            return QColor("#5f6a68")  # switched off: greyer, still 5.1:1 on the rows
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def row_for(self, username: str) -> int:
        for number, row in enumerate(self.rows):
            if row.username == username:
                return number
        return -1
