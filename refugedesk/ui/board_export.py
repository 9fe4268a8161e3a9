"""Export a spreadsheet for a period: choose the dates (both included), where to save it, who
it is for (outside the service, the default: small counts hidden; or inside: exact counts,
recorded in the audit trail), and for the occupancy spreadsheet, for managers, whether to
include names (inside only; recorded). The work is the same call as `refugedesk export occupancy` / `export outcomes`, run in
the background with a progress bar; a spreadsheet can be stopped (nothing is saved or
recorded), a report for court cannot (making it is recorded before the PDF is written).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from refugedesk.db.vault import Vault
from refugedesk.errors import ValidationError
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.progress import Progress
from refugedesk.reports.output import check_export_target
from refugedesk.reports.suppression import small_number_threshold
from refugedesk.ui import dialogs, operations
from refugedesk.ui.dates import date_edit, day_of
from refugedesk.ui.forms import FormDialog
from refugedesk.ui.widgets import button, line_edit, say

#: The choice for funders and commissioners, with the service's threshold.
OUTSIDE = QT_TRANSLATE_NOOP("BoardExport", "Funders, commissioners: counts under {threshold} "
                                           "hidden")


def last_month(today: date) -> tuple[date, date]:
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


class SpreadsheetExportDialog(FormDialog):
    """The period, where to save it, then `export(vault, start=, end=, out=, progress=,
    [cancelled=,] **options())` in the background."""

    #: What is said about the file, whole sentences for each kind of file (shown through
    #: translate("BoardExport", ...)): "Occupancy spreadsheet saved: …".
    saved_text = QT_TRANSLATE_NOOP("BoardExport", "Spreadsheet saved: {path}")
    save_title = QT_TRANSLATE_NOOP("BoardExport", "Save the spreadsheet")
    writing_text = QT_TRANSLATE_NOOP("BoardExport", "Writing the spreadsheet…")
    where_text = QT_TRANSLATE_NOOP("BoardExport", "Choose where to save the spreadsheet.")
    suffix = "xlsx"
    file_filter = "Excel (*.xlsx)"
    #: Whether Stop is offered (the export must then take `cancelled`).
    cancellable = True

    def __init__(self, vault: Vault, *, name: str, prefix: str, title: str, intro: str,
                 file_stem: str, export: Callable[..., Path],
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, name=name, title=title, intro=intro,
                         save=translate("BoardExport", "Export"), parent=parent)
        self.export = export
        start, end = last_month(date.today())
        self.start = date_edit(f"{prefix}From", translate("BoardExport", "First night"), start)
        self.end = date_edit(f"{prefix}To", translate("BoardExport", "Last night"), end)
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        self.path = line_edit(f"{prefix}Path", translate("BoardExport", "Save as"))
        self.path.setText(str(Path(folder) / f"{file_stem}-{start:%Y-%m}.{self.suffix}"))
        browse = button(translate("BoardExport", "Choose…"), f"{prefix}Browse")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.form.addRow(translate("BoardExport", "First night"), self.start)
        self.form.addRow(translate("BoardExport", "Last night"), self.end)
        self.form.addRow(translate("BoardExport", "Save as"), row)
        self.setMinimumWidth(560)
        self.written: Path | None = None
        self.file_dialog: QFileDialog | None = None
        self.job: operations.Job | None = None

    def options(self) -> dict[str, object]:
        return {}

    def add_audience(self, prefix: str) -> None:
        """Ask who the spreadsheet is for. Outside the service (funders, commissioners) is the
        default: small counts hidden. Inside keeps exact counts; the audit trail says which."""
        self.for_outside = QRadioButton(  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
            translate("BoardExport", OUTSIDE).format(threshold=5),
            objectName=f"{prefix}ForOutside")
        self.for_inside = QRadioButton(  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
            translate("BoardExport", "Inside the service: exact counts (recorded)"),
            objectName=f"{prefix}ForInside")
        self.for_inside.setToolTip(translate("BoardExport",
                                             "Exact counts, for the service's own use. The "
                                             "audit trail records that this version was made."))
        self.for_outside.setAccessibleName(translate("BoardExport", "For outside the service"))
        self.for_inside.setAccessibleName(translate("BoardExport", "For inside the service"))
        group = QButtonGroup(self)
        group.addButton(self.for_outside)
        group.addButton(self.for_inside)
        self.for_outside.setChecked(True)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.for_outside)
        column.addWidget(self.for_inside)
        self.form.addRow(translate("BoardExport", "For whom"), column)
        threshold = operations.read(self, self.vault, small_number_threshold)
        if threshold.ok and threshold.value is not None:
            self.for_outside.setText(translate("BoardExport", OUTSIDE).format(
                threshold=threshold.value))

    def audience(self) -> dict[str, object]:
        return {"for_outside": self.for_outside.isChecked()}

    def browse(self) -> None:
        # A dialog object opened non-modally, not the static getSaveFileName: a native modal
        # loop would stay on top of the lock screen when the idle lock fires.
        dialog = QFileDialog(self, translate("BoardExport", self.save_title), self.path.text(),
                             self.file_filter)
        dialog.setObjectName("exportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(self.suffix)
        dialog.fileSelected.connect(self.path.setText)
        self.file_dialog = dialog
        dialogs.show(dialog)

    def submit(self) -> bool:
        """Start the export in the background. False when refused at once (no place chosen,
        or a place that would replace the vault): the dialog stays with her choices."""
        text = self.path.text().strip()
        outcome = operations.run(self, lambda: self._target(text), message=self.message,
                                 fields=self.field_messages)
        if not outcome.ok:
            return False
        export, vault, out = self.export, self.vault, Path(text)
        kwargs = {"start": day_of(self.start), "end": day_of(self.end), "out": out,
                  **self.options()}

        cancellable = self.cancellable

        def work(task: operations.Task) -> Path:
            stop = {"cancelled": task.cancelled} if cancellable else {}
            return export(vault, progress=task.progress, **stop, **kwargs)

        self.save.setEnabled(False)
        self.job = operations.background(
            self, work, label=translate("BoardExport", self.writing_text),
            cancellable=self.cancellable,
            message=self.message, fields=self.field_messages, on_done=self._exported)
        return True

    def _target(self, text: str) -> None:
        if not text:
            raise ValidationError(translate("BoardExport", self.where_text))
        # Never over the vault, its key file or a backup: refused with a plain message before
        # any work, and the dialog stays open with her choices.
        check_export_target(Path(text), vault_path=self.vault.path)

    def _exported(self, outcome: operations.Outcome[Path]) -> None:
        self.save.setEnabled(True)
        if outcome.ok:
            self.saved(outcome.value)
            self.accept()

    def saved(self, value: object) -> None:
        self.written = value  # type: ignore[assignment]
        parent_message = getattr(self.parentWidget(), "message", None)
        if parent_message is not None:
            say(parent_message, translate("BoardExport", self.saved_text).format(
                path=self.written), role="ok")


class ExportOccupancyDialog(SpreadsheetExportDialog):
    saved_text = QT_TRANSLATE_NOOP("BoardExport", "Occupancy spreadsheet saved: {path}")
    save_title = QT_TRANSLATE_NOOP("BoardExport", "Save the occupancy spreadsheet")
    writing_text = QT_TRANSLATE_NOOP("BoardExport", "Writing the occupancy spreadsheet…")
    where_text = QT_TRANSLATE_NOOP("BoardExport",
                                   "Choose where to save the occupancy spreadsheet.")

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        from refugedesk.reports.occupancy import export_occupancy

        super().__init__(vault, name="exportDialog", prefix="export",
                         title=translate("BoardExport", "Export occupancy"),
                         intro=translate("BoardExport",
                                         "A spreadsheet for managers and funders: summary, "
                                         "daily and monthly occupancy, and the stays (for "
                                         "outside the service, the summary and monthly "
                                         "occupancy only). Safe-house addresses are never "
                                         "included."), file_stem="occupancy",
                         export=export_occupancy, parent=parent)
        self.names = QCheckBox(  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
            translate("BoardExport", "Include residents' names (managers only; recorded)"),
            objectName="exportIncludeNames")
        self.add_audience("export")
        self.form.addRow("", self.names)
        self.manager = vault.person.is_manager_or_admin
        self.for_inside.toggled.connect(lambda _on: self.names_allowed())
        self.names_allowed()

    def names_allowed(self) -> None:
        """Names only in the version for inside the service, and only for managers."""
        inside = self.for_inside.isChecked()
        self.names.setEnabled(self.manager and inside)
        if not self.manager:
            self.names.setToolTip(translate(
                "BoardExport", "Only a manager or an administrator can include names."))
        elif not inside:
            self.names.setChecked(False)
            self.names.setToolTip(translate(
                "BoardExport", "Names are only in the version for inside the service."))
        else:
            self.names.setToolTip("")

    def options(self) -> dict[str, object]:
        return {"include_names": self.names.isChecked() and self.names.isEnabled(),
                **self.audience()}


class ExportOutcomesDialog(SpreadsheetExportDialog):
    saved_text = QT_TRANSLATE_NOOP("BoardExport", "Outcomes spreadsheet saved: {path}")
    save_title = QT_TRANSLATE_NOOP("BoardExport", "Save the outcomes spreadsheet")
    writing_text = QT_TRANSLATE_NOOP("BoardExport", "Writing the outcomes spreadsheet…")
    where_text = QT_TRANSLATE_NOOP("BoardExport",
                                   "Choose where to save the outcomes spreadsheet.")

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        from refugedesk.reports.outcomes import export_outcomes

        super().__init__(vault, name="outcomesDialog", prefix="outcomes",
                         title=translate("BoardExport", "Export outcomes"),
                         intro=translate("BoardExport",
                                         "For commissioners: women and children supported, "
                                         "requested outcomes achieved by need area, change in "
                                         "need scores, exits, MARAC and referrals out (for "
                                         "outside the service, the summary only). Counts only: "
                                         "no names."),
                         file_stem="outcomes", export=export_outcomes, parent=parent)
        self.add_audience("outcomes")

    def options(self) -> dict[str, object]:
        return self.audience()


class CourtReportDialog(SpreadsheetExportDialog):
    """A report for court about one resident, for a period, with the worker's narrative."""

    saved_text = QT_TRANSLATE_NOOP("BoardExport", "Report for court saved: {path}")
    save_title = QT_TRANSLATE_NOOP("BoardExport", "Save the report for court")
    writing_text = QT_TRANSLATE_NOOP("BoardExport", "Writing the report for court…")
    where_text = QT_TRANSLATE_NOOP("BoardExport", "Choose where to save the report for court.")
    suffix = "pdf"
    file_filter = "PDF (*.pdf)"
    cancellable = False

    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None) -> None:
        from refugedesk.reports.court_report import court_report, write_court_report
        from refugedesk.ui.widgets import text_box

        def export(vault: Vault, *, start: date, end: date, out: Path, narrative: str,
                   progress: Progress) -> Path:
            report = court_report(vault, resident_id=resident_id, start=start, end=end,
                                  narrative=narrative)
            return write_court_report(report, out, progress=progress)

        super().__init__(vault, name="courtReportDialog", prefix="court",
                         title=translate("BoardExport", "Report for court"),
                         intro=translate("BoardExport",
                                         "Contacts offered and attended, programme attendance "
                                         "and changes in her needs scores for the period, with "
                                         "your account. Making one is recorded in the audit "
                                         "trail."),
                         file_stem="court-report", export=export, parent=parent)
        self.narrative = text_box("courtNarrative", translate("BoardExport", "Your account"),
                                  height=140,
                                  placeholder=translate("BoardExport",
                                                        "What you have seen of her progress "
                                                        "and the support given, in your own "
                                                        "words"))
        self.form.addRow(translate("BoardExport", "Your account"), self.narrative)

    def options(self) -> dict[str, object]:
        return {"narrative": self.narrative.toPlainText()}
