"""Export the occupancy spreadsheet from the Houses page: choose the period (nights, both dates
included), where to save it, and, for managers, whether to include names (recorded in the audit
trail). The work is reports.occupancy.export_occupancy, the same call as
`refugedesk export occupancy`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QWidget

from refugedesk.db.vault import Vault
from refugedesk.errors import ValidationError
from refugedesk.reports.occupancy import export_occupancy
from refugedesk.ui import dialogs, operations
from refugedesk.ui.board_dialogs import BoardDialog, date_edit, day_of
from refugedesk.ui.widgets import button, line_edit, say


def last_month(today: date) -> tuple[date, date]:
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


class ExportOccupancyDialog(BoardDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, name="exportDialog", title="Export occupancy",
                         intro="A spreadsheet for managers and funders: summary, daily and "
                               "monthly occupancy, and the stays. Safe-house addresses are "
                               "never included.", save="Export", parent=parent)
        start, end = last_month(date.today())
        self.start = date_edit("exportFrom", "First night", start)
        self.end = date_edit("exportTo", "Last night", end)
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        self.path = line_edit("exportPath", "Save as")
        self.path.setText(str(Path(folder) / f"occupancy-{start:%Y-%m}.xlsx"))
        browse = button("Choose…", "exportBrowse")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.names = QCheckBox("Include residents' names (managers only; recorded in the "
                               "audit trail)", objectName="exportIncludeNames")
        self.names.setEnabled(vault.person.is_manager_or_admin)
        self.form.addRow("First night", self.start)
        self.form.addRow("Last night", self.end)
        self.form.addRow("Save as", row)
        self.form.addRow("", self.names)
        self.setMinimumWidth(560)
        self.written: Path | None = None

    def browse(self) -> None:
        # A dialog object opened non-modally, not the static getSaveFileName: a native modal
        # loop would stay on top of the lock screen when the idle lock fires.
        dialog = QFileDialog(self, "Save the occupancy spreadsheet", self.path.text(),
                             "Excel (*.xlsx)")
        dialog.setObjectName("exportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
        dialog.fileSelected.connect(self.path.setText)
        self.file_dialog = dialog
        dialogs.show(dialog)

    def action(self) -> Callable[[], object]:
        text = self.path.text().strip()
        if not text:
            def nothing() -> None:
                raise ValidationError("Choose where to save the spreadsheet.")
            return nothing

        def run() -> Path:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                return export_occupancy(self.vault, start=day_of(self.start),
                                        end=day_of(self.end), out=Path(text),
                                        include_names=self.names.isChecked())
            finally:
                QGuiApplication.restoreOverrideCursor()
        return run

    def submit(self) -> bool:
        outcome = operations.run(self, self.action(), message=self.message)
        if outcome.ok:
            self.written = outcome.value  # type: ignore[assignment]
            parent_message = getattr(self.parentWidget(), "message", None)
            if parent_message is not None:
                say(parent_message, f"Occupancy spreadsheet saved: {self.written}", role="ok")
            self.accept()
        return outcome.ok
