"""A table model that reads its rows a batch at a time as the view scrolls, so a list over
100k records never loads them all. Subclasses say how to fetch a batch and what each cell shows.

The first batch may be read in the background (`show_first`); the batches after it are read
by Qt's lazy fetch, on the window's thread, because the view asks for them synchronously
while it scrolls. Each is one indexed page of `batch` rows, so it stays quick; an error there
(a busy or damaged vault) is said in the model's `message` label, never raised into Qt.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLabel, QWidget

from refugedesk.db.vault import Vault
from refugedesk.i18n import translate
from refugedesk.ui import operations

Index = QModelIndex | QPersistentModelIndex


class LazyTableModel(QAbstractTableModel):
    """Rows fetched `batch` at a time. The row object itself is under Qt.UserRole.

    `columns` are the headers: in English, marked with QT_TRANSLATE_NOOP in the translation
    context `columns_context`, and translated when shown (with no context they are shown as
    they are, e.g. already translated by the subclass)."""

    columns: list[str] = []
    columns_context = ""
    batch = 200

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.rows: list[Any] = []
        self._more = True
        #: Where a failed fetch is said (set by the page that shows the list).
        self.message: QLabel | None = None

    # --- for subclasses ----------------------------------------------------------------------

    def fetch(self, session: Any, *, offset: int, limit: int) -> list[Any]:
        """The next rows, from a domain query."""
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What a cell shows for `role` (Display and AccessibleText by default)."""
        raise NotImplementedError

    # --- the model ---------------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = []
        self._more = True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def show_first(self, batch: list[Any]) -> None:
        """Show `batch` (the first `self.batch` rows, read elsewhere) in place of any rows."""
        self.beginResetModel()
        self.rows = list(batch)
        self._more = len(batch) == self.batch
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more or not self.vault.is_open:
            return
        # Synchronous on purpose (see the module docstring): one indexed page of rows.
        outcome = operations.read(None, self.vault, lambda session: self.fetch(
            session, offset=len(self.rows), limit=self.batch), message=self.message)
        if not outcome.ok:
            self._more = False  # not asked again and again while the view scrolls
            return
        batch = outcome.value or []
        self._more = len(batch) == self.batch
        if batch:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(batch) - 1)
            self.rows.extend(batch)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            text = self.columns[section]
            return translate(self.columns_context, text) if self.columns_context else text
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row
        return self.cell(row, index.column(), role)
