"""Audit trail… (Reports page, managers and administrators): who opened, changed or exported
what, and when, filtered by person, resident (her reference) and dates; and "Export for an
inquiry…". The domain is refugedesk/audit_view.py: it refuses anyone else, and the audit holds
no values, so neither does this list.

The first page is read in the background (a filter along a large trail can take a moment);
later pages come as the list scrolls, one indexed page at a time (ui/lazy_model.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refugedesk import audit_view, i18n, staff
from refugedesk.audit_view import AuditFilter, AuditRow
from refugedesk.db.vault import Vault
from refugedesk.errors import NotAllowed, ValidationError
from refugedesk.i18n import translate
from refugedesk.reports.output import check_export_target
from refugedesk.ui import dialogs, operations
from refugedesk.ui.dates import date_edit, day_of
from refugedesk.ui.forms import FormDialog
from refugedesk.ui.lazy_model import LazyTableModel
from refugedesk.ui.widgets import (
    busy_bar,
    button,
    combo,
    label,
    line_edit,
    list_table,
    message_label,
    prefer_size,
    say,
)

#: The days shown when the dialog opens (an inquiry types an earlier first day).
FIRST_DAYS = 30


class AuditModel(LazyTableModel):
    """Events newest first, a page at a time, each page after the last row shown."""

    columns = audit_view.COLUMNS
    batch = audit_view.PAGE

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.filter = AuditFilter()

    def fetch(self, session: Any, *, offset: int, limit: int) -> list[AuditRow]:
        after = self.rows[-1] if offset and self.rows else None
        return audit_view.events(session, self.vault.person, self.filter, after=after,
                                 limit=limit)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        """The column names are refugedesk/audit_view.py's (marked there for translation)."""
        header = super().headerData(section, orientation, role)
        return translate("AuditView", header) if isinstance(header, str) else header

    def cell(self, row: AuditRow, column: int, role: int) -> str | None:
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and row.detail:
            return row.detail
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        return [row.when, row.who, row.what, row.record, row.detail][column]


class AuditDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        if not vault.person.is_manager_or_admin:
            raise NotAllowed(audit_view.NOT_ALLOWED)
        super().__init__(parent)
        self.vault = vault
        self.setObjectName("auditDialog")
        self.setWindowTitle(translate("AuditDialog", "Audit trail"))
        self.dialog: QDialog | None = None
        self.job: operations.Job | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("AuditDialog", "Audit trail"), role="subheading"))
        layout.addWidget(label(translate("AuditDialog", "Who opened, changed or exported what, "
                                         "and when. It never holds what was written in a "
                                         "record."), role="hint"))

        grid = QGridLayout()
        people = operations.read(self, vault, lambda s: staff.list_staff(s, vault.person)).value
        self.who = combo("auditWho", translate("AuditDialog", "Person"), [
            (translate("AuditDialog", "Anyone"), "")] + [
            (f"{p.display_name} ({p.username})", p.username) for p in people or []])
        self.who.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.who.setMinimumContentsLength(12)
        self.reference = line_edit("auditReference",
                                   translate("AuditDialog", "Resident's reference"),
                                   placeholder=translate("AuditDialog", "Any resident"))
        self.reference.setMaxLength(audit_view.REFERENCE_MAX)
        today = date.today()
        self.since = date_edit("auditFrom", translate("AuditDialog", "From"),
                               today - timedelta(days=FIRST_DAYS))
        self.until = date_edit("auditTo", translate("AuditDialog", "To"), today)
        for column, (text, widget) in enumerate((
                (translate("AuditDialog", "Person"), self.who),
                (translate("AuditDialog", "Resident"), self.reference),
                (translate("AuditDialog", "From"), self.since),
                (translate("AuditDialog", "To"), self.until))):
            caption = label(text, wrap=False)
            caption.setBuddy(widget)
            grid.addWidget(caption, 0, column)
            grid.addWidget(widget, 1, column)
        self.show_button = button(translate("AuditDialog", "Show"), "auditShowButton",
                                  primary=True, accessible=translate(
                                      "AuditDialog", "Show the events for these choices"))
        grid.addWidget(self.show_button, 1, 4)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.message = message_label("auditMessage")
        layout.addWidget(self.message)

        self.model = AuditModel(vault, self)
        self.model.message = self.message
        self.table = list_table(QTableView(), "auditTable",
                                translate("AuditDialog", "Audit events"))
        self.table.setModel(self.model)
        for column, width in enumerate([150, 110, 190, 150]):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        self.busy = busy_bar("auditReading", translate("AuditDialog", "Reading the audit trail"))
        layout.addWidget(self.busy)
        self.status = label(name="auditStatus", role="hint")
        layout.addWidget(self.status)

        row = QHBoxLayout()
        self.export_button = button(translate("AuditDialog", "Export for an inquiry…"),
                                    "auditExportButton")
        row.addWidget(self.export_button)
        row.addStretch(1)
        close = button(translate("AuditDialog", "Close"), "auditClose")
        close.clicked.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)

        self.show_button.clicked.connect(self.refresh)
        self.reference.returnPressed.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        self.setMinimumSize(640, 420)
        prefer_size(self, 900, 600)
        self.refresh()

    def chosen(self) -> AuditFilter:
        return AuditFilter(who=self.who.currentData() or "", reference=self.reference.text(),
                           since=day_of(self.since), until=day_of(self.until))

    def refresh(self) -> operations.Job:
        """Read the first page for the choices made, in the background."""
        vault, person, filt = self.vault, self.vault.person, self.chosen()

        def shown(outcome: operations.Outcome[list[AuditRow]]) -> None:
            if job is not self.job:
                return  # a newer reading is on its way
            if not outcome.ok:
                return  # said in the message line; the rows shown before stay
            self.model.filter = filt
            self.model.show_first(outcome.value or [])
            count = len(outcome.value or [])
            self.status.setText(
                translate("AuditDialog", "Nothing happened that matches these choices.")
                if not count else
                translate("AuditDialog", "The newest {count} events; scroll down for older "
                          "ones.").format(count=i18n.number(count))
                if count == audit_view.PAGE else
                translate("AuditDialog", "{count} event, newest first.").format(
                    count=i18n.number(count)) if count == 1 else
                translate("AuditDialog", "{count} events, newest first.").format(
                    count=i18n.number(count)))

        job = operations.background(
            self, operations.reading(vault, lambda s: audit_view.events(s, person, filt)),
            label=translate("AuditDialog", "Reading the audit trail…"), progress=self.busy, message=self.message,
            on_done=shown)
        self.job = job
        return job

    def export(self) -> QDialog:
        self.dialog = dialogs.show(ExportAuditDialog(self.vault, self.chosen(), self))
        return self.dialog


class ExportAuditDialog(FormDialog):
    """Where to save the trail, as filtered, for an inquiry; written in the background."""

    def __init__(self, vault: Vault, filt: AuditFilter, parent: QWidget | None = None) -> None:
        super().__init__(vault, name="auditExportDialog",
                         title=translate("AuditDialog", "Export for an inquiry"),
                         intro=translate("AuditDialog", "A spreadsheet of the events chosen in "
                                         "the audit trail: when, who, what and which record, "
                                         "never what was written. Making it is recorded in the "
                                         "audit trail. Keep the file safe and delete it when "
                                         "the inquiry is over."),
                         save=translate("AuditDialog", "Export"), parent=parent)
        self.filter = filt
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        self.path = line_edit("auditExportPath", translate("AuditDialog", "Save as"))
        self.path.setText(str(Path(folder) / f"audit-trail-{date.today():%Y-%m-%d}.xlsx"))
        browse = button(translate("AuditDialog", "Choose…"), "auditExportBrowse")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.form.addRow(translate("AuditDialog", "Save as"), row)
        self.form.addRow("", label(translate("AuditDialog", "{choices}.").format(
            choices=audit_view.describe(filt)), role="hint", name="auditExportWhat"))
        self.setMinimumWidth(560)
        self.written: Path | None = None
        self.job: operations.Job | None = None
        self.file_dialog: QFileDialog | None = None

    def browse(self) -> None:
        dialog = QFileDialog(self, translate("AuditDialog", "Save the audit trail"),
                             self.path.text(), translate("AuditDialog", "Excel (*.xlsx)"))
        dialog.setObjectName("exportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
        dialog.fileSelected.connect(self.path.setText)
        self.file_dialog = dialog
        dialogs.show(dialog)

    def action(self) -> Callable[[], object]:  # not used: submit runs in the background
        raise NotImplementedError

    def submit(self) -> bool:
        text = self.path.text().strip()

        def target() -> None:
            if not text:
                raise ValidationError(translate("AuditDialog",
                                                "Choose where to save the audit trail."))
            check_export_target(Path(text), vault_path=self.vault.path)

        if not operations.run(self, target, message=self.message).ok:
            return False
        vault, filt, out = self.vault, self.filter, Path(text)
        self.save.setEnabled(False)
        self.job = operations.background(
            self, lambda task: audit_view.export_audit(
                vault, filt, out, progress=task.progress, cancelled=task.cancelled),
            label=translate("AuditDialog", "Writing the audit trail…"), cancellable=True,
            message=self.message,
            on_done=self._exported)
        return True

    def _exported(self, outcome: operations.Outcome[tuple[Path, int]]) -> None:
        self.save.setEnabled(True)
        if not outcome.ok or outcome.value is None:
            return
        self.written, count = outcome.value
        parent_message = getattr(self.parentWidget(), "message", None)
        if parent_message is not None:
            text = (translate("AuditDialog", "Audit trail saved ({count} event): {file}")
                    if count == 1 else
                    translate("AuditDialog", "Audit trail saved ({count} events): {file}"))
            say(parent_message, text.format(count=i18n.number(count), file=self.written),
                role="ok")
        self.accept()
