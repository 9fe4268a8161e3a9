"""What the tabs of her record share: read-only tables, the tab base (built the first time it
is shown, read again when her record changes), the record form base, and saving a PDF."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from refugedesk.capacity_rules import fmt_day
from refugedesk.db.vault import ReadSession, Vault
from refugedesk.progress import Progress
from refugedesk.ui import operations
from refugedesk.ui.changes import Change
from refugedesk.ui.forms import FormDialog
from refugedesk.ui.widgets import button, list_table, say

T = TypeVar("T")


class ResidentRecord(Protocol):
    """What a tab needs of the record window that holds it (ui/record/window.py): the tabs are
    built by the window, so they know it only through this, and the package has no cycle."""

    vault: Vault
    resident_id: int
    message: QLabel
    today: date | None
    dialog: QDialog | None

    def open_dialog(self, dialog: QDialog) -> QDialog: ...
    def add_contact(self) -> QDialog | None: ...

#: What a change on her record announces to the other views.
RECORD_CHANGED = frozenset({Change.RESIDENTS})


def day_text(day: date | None, empty: str = "—") -> str:
    return fmt_day(day) if day else empty


def table(name: str, accessible: str, columns: list[str],
          widths: Iterable[int] = ()) -> QTableWidget:
    """A read-only list (widgets.list_table) whose rows wrap; `widths` for the first columns."""
    widget = list_table(QTableWidget(0, len(columns)), name, accessible)
    widget.setHorizontalHeaderLabels(columns)
    widget.setWordWrap(True)
    for col, width in enumerate(widths):
        widget.setColumnWidth(col, width)
    return widget


def fill(widget: QTableWidget, rows: list[list[str]], data: list[object] | None = None) -> None:
    """Show `rows`; `data` (one per row) is kept on each row's first cell."""
    widget.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if data is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, data[r])
            widget.setItem(r, c, item)
    widget.resizeRowsToContents()


def cells(widget: QTableWidget) -> list[list[str]]:
    """What a table shows, row by row (tests and screen readers read the same)."""
    return [[widget.item(r, c).text() if widget.item(r, c) else ""  # type: ignore[union-attr]  # checked by the if
             for c in range(widget.columnCount())] for r in range(widget.rowCount())]


def selected(widget: QTableWidget) -> object | None:
    """The data kept on the selected row (see `fill`), or None when no row is selected."""
    chosen = widget.selectionModel().selectedRows()
    if not chosen:
        return None
    return widget.item(chosen[0].row(), 0).data(Qt.ItemDataRole.UserRole)  # type: ignore[union-attr]  # fill() sets every cell


def pdf_file_dialog(parent: QWidget, *, name: str, title: str, file_name: str,
                    write: Callable[[str], None]) -> QFileDialog:
    """A Save dialog for a PDF, in her Documents folder; `write` gets the chosen path. A dialog
    object opened without a modal loop, so the idle lock can still cover it."""
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    dialog = QFileDialog(parent, title, str(Path(folder) / file_name), "PDF (*.pdf)")
    dialog.setObjectName(name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("pdf")
    dialog.fileSelected.connect(write)
    return dialog


class RecordDialog(FormDialog):
    """A form on her record: each field has its own message line under it."""

    changed = RECORD_CHANGED

    def __init__(self, vault: Vault, resident_id: int, *, name: str, title: str, intro: str,
                 save: str, parent: QWidget | None = None) -> None:
        super().__init__(vault, name=name, title=title, intro=intro, save=save, parent=parent)
        self.resident_id = resident_id


class RecordTab(QWidget):
    """One tab of her record. Empty until it is first shown; then `build` makes its widgets and
    `load` reads what it shows, again each time it is shown after her record changed."""

    #: The page's object name (tests and `ResidentRecord.show_tab` find the tab by it).
    name = ""
    #: The tab's title, with its keyboard mnemonic.
    title = ""

    def __init__(self, record: ResidentRecord) -> None:
        super().__init__(objectName=self.name)  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.record = record
        self.vault = record.vault
        self.resident_id = record.resident_id
        self.message = record.message
        self.built = False
        self.stale = True
        #: The last background job started from this tab (tests wait for it).
        self.job: operations.Job | None = None

    @property
    def today(self) -> date:
        return self.record.today or date.today()

    def show_now(self) -> None:
        """Build on first showing; read again if her record changed since it was read."""
        if not self.built:
            layout = QVBoxLayout(self)
            layout.setContentsMargins(10, 10, 10, 10)
            self.build(layout)
            self.built = True
        if self.stale:
            self.stale = False
            self.load()

    def build(self, layout: QVBoxLayout) -> None:
        raise NotImplementedError

    def load(self) -> None:
        raise NotImplementedError

    def top_row(self, layout: QVBoxLayout, lead: QWidget,
                buttons: list[tuple[str, str, Callable[[], object]]]) -> list[QPushButton]:
        """A row of `lead` (a summary or a hint, taking the room) then buttons, each (text,
        object name, what a click does); returns the buttons."""
        row = QHBoxLayout()
        row.addWidget(lead, 1)
        made = []
        for text, name, slot in buttons:
            b = button(text, name)
            b.clicked.connect(slot)
            row.addWidget(b)
            made.append(b)
        layout.addLayout(row)
        return made

    def open(self, dialog: QDialog) -> QDialog:
        return self.record.open_dialog(dialog)

    def say(self, text: str, *, role: str = "error") -> None:
        say(self.message, text, role=role)

    def write_file(self, write: Callable[[Progress], Path], *, label: str,
                   saved: str) -> operations.Job:
        """Write a PDF in the background (`write(progress)` returns where it went); when done,
        "`saved`: <path>" in the record's message, or why not."""

        def done(outcome: operations.Outcome[Path]) -> None:
            if outcome.ok:
                self.say(f"{saved}: {outcome.value}", role="ok")

        self.job = operations.background(self, lambda task: write(task.progress), label=label,
                                         message=self.message, on_done=done)
        return self.job

    def read(self, fn: Callable[[ReadSession], T]) -> operations.Outcome[T]:
        """A quick read for the tab; a busy or damaged vault is said in the record's message
        (check `.ok` before using `.value`)."""
        return operations.read(self, self.vault, fn, message=self.message)

    def run(self, action: Callable[[], object], *, changed: Iterable[Change] = ()) -> bool:
        """One quick action from the tab (not a form): refusals in the record's message."""
        return operations.run(self, action, message=self.message, changed=changed).ok
