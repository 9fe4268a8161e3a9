""""Her data…": her subject access request, from her record's Overview tab.

When she asked (the due date, one calendar month later, shown beside it), the items a manager
reviews before release (ticked: withheld, with the reason she gives), and "Save the pack…",
which writes the ZIP in the background (refugedesk/reports/subject_access_pdf.py). Anyone can
record that she asked; only a manager or an administrator can release (the button says why
when it is disabled, and the domain checks again)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from refugedesk import subject_access
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.vault import Vault
from refugedesk.i18n import QT_TRANSLATE_NOOP, put_count, translate
from refugedesk.reports import subject_access_pdf
from refugedesk.subject_access import REASON_MAX, Candidate, RequestRow, SubjectAccessPack
from refugedesk.ui import operations
from refugedesk.ui.changes import Change
from refugedesk.ui.dates import date_edit, day_of
from refugedesk.ui.record.common import RecordDialog
from refugedesk.ui.widgets import button, label, prefer_size, say

Index = QModelIndex | QPersistentModelIndex
# Marked for translation here, translated where shown (the language is chosen at sign-in).
NOT_A_MANAGER = QT_TRANSLATE_NOOP("RecordHerDataDialog", "Only a manager or an administrator can review and "
                                  "release her data. You can record that she asked, and a "
                                  "manager will do the rest.")


class WithholdModel(QAbstractTableModel):
    """The items to review: Withhold (a tick), What it is, What it says, Why withheld (typed,
    only for a ticked item)."""

    # Marked for translation here, translated in headerData.
    HEADERS = (QT_TRANSLATE_NOOP("RecordHerDataDialog", "Withhold"),
               QT_TRANSLATE_NOOP("RecordHerDataDialog", "What it is"),
               QT_TRANSLATE_NOOP("RecordHerDataDialog", "What it says"),
               QT_TRANSLATE_NOOP("RecordHerDataDialog", "Why it is withheld"))
    WITHHOLD, ITEM, SAYS, WHY = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Candidate] = []
        self.ticked: dict[str, bool] = {}
        self.why: dict[str, str] = {}

    def set_items(self, items: list[Candidate]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.ticked = {c.key: c.default for c in items}
        self.why = {c.key: c.reason for c in items}
        self.endResetModel()

    def withheld(self) -> dict[str, str]:
        return {c.key: self.why[c.key] for c in self.items if self.ticked[c.key]}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802  # Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("RecordHerDataDialog", self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.WITHHOLD:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.WHY and self.ticked.get(self.items[index.row()].key):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, col = self.items[index.row()], index.column()
        ticked = self.ticked[item.key]
        if role == Qt.ItemDataRole.CheckStateRole and col == self.WITHHOLD:
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.WITHHOLD:
                return translate("RecordHerDataDialog", "Withhold") if ticked else translate("RecordHerDataDialog", "Release")
            if col == self.ITEM:
                return item.label
            if col == self.SAYS:
                return " ".join(item.preview.split())[:120]
            if col == self.WHY:
                return self.why[item.key] if ticked else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.ITEM:
                return item.label
            if col == self.SAYS:
                return item.preview
            if col == self.WHY and ticked:
                return translate("RecordHerDataDialog", "Why it is withheld (double-click to change): "
                                 "{reason}").format(reason=self.why[item.key])
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        key = self.items[index.row()].key
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.WITHHOLD:
            self.ticked[key] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and index.column() == self.WHY:
            self.why[key] = str(value)[:REASON_MAX]
        else:
            return False
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        return True


class ReasonDelegate(QStyledItemDelegate):
    """The reason is typed into a one-line field that takes no more than the domain does."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(REASON_MAX)
            editor.setAccessibleName(translate("RecordHerDataDialog", "Why it is withheld"))
        return editor


class HerDataDialog(RecordDialog):
    changed = frozenset({Change.RESIDENTS})

    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(
            vault, resident_id, name="herData", title=translate("RecordHerDataDialog", "Her data"),
            intro=translate("RecordHerDataDialog", "Everything we hold about her, for her to have within one "
                            "calendar month of asking. Before it is released a manager "
                            "reviews the items below: ticked items are withheld and replaced "
                            "by the reason, so say why."),
            save=translate("RecordHerDataDialog", "Save the pack…"), parent=parent)
        self.today = today or date.today()
        self.pack: SubjectAccessPack | None = None
        self.open_request: RequestRow | None = None
        self.file_dialog: QFileDialog | None = None
        self.job: operations.Job | None = None

        self.asked = date_edit("herDataAsked", translate("RecordHerDataDialog", "When she asked for her data"),
                               self.today)
        self.asked.dateChanged.connect(self._show_due)
        self.add_field(translate("RecordHerDataDialog", "She &asked on"), self.asked, "requested_on")
        self.due = label(name="herDataDue")
        self.due.setAccessibleName(translate("RecordHerDataDialog", "When her data is due"))
        self.form.addRow(translate("RecordHerDataDialog", "Due"), self.due)
        self.record = button(translate("RecordHerDataDialog", "&Record that she asked"), "herDataRecord")
        self.record.clicked.connect(self.record_request)
        self.recorded = label(name="herDataRecorded", role="hint")
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.record)
        line.addWidget(self.recorded, 1)
        self.form.addRow("", row)

        self.model = WithholdModel(self)
        self.table = QTableView(objectName="herDataItems")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setAccessibleName(
            translate("RecordHerDataDialog", "Items to review before release: tick to withhold"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(WithholdModel.WHY, ReasonDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # The columns share the width and their text wraps, so the reason is always in view.
        # Rows are two lines high, whatever they hold (the whole text shows on hover): sizing
        # each row to its text took seconds for a record with thousands of notes.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WithholdModel.WITHHOLD, QHeaderView.ResizeMode.Fixed)
        metrics = self.table.fontMetrics()
        self.table.setColumnWidth(WithholdModel.WITHHOLD,
                                  metrics.horizontalAdvance(translate("RecordHerDataDialog", "Withhold")) + 48)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.lineSpacing() * 2 + 10)
        self.table.setMinimumHeight(240)
        self.table.setMinimumWidth(600)
        self.items_hint = label(translate("RecordHerDataDialog", "Reading her data…"), role="hint",
                                name="herDataItemsHint")
        self.add_field(translate("RecordHerDataDialog", "To review"), self.items_hint)
        self.form.addRow(self.table)

        if not subject_access.can_release(vault.person):
            self.save.setEnabled(False)
            self.save.setToolTip(translate("RecordHerDataDialog", NOT_A_MANAGER))
            self.table.setEnabled(False)
            self.table.setToolTip(translate("RecordHerDataDialog", NOT_A_MANAGER))
        self._show_due()
        prefer_size(self, 900, 640)  # the list scrolls on a small screen
        self._load()

    # --- reading ---------------------------------------------------------------------------

    def _load(self) -> None:
        rid, today = self.resident_id, self.today
        outcome = operations.read(self, self.vault, lambda s: subject_access.requests_for(s, rid),
                                  message=self.message)
        if outcome.ok:
            self.open_request = next((r for r in outcome.value if r.released_on is None), None)
            if self.open_request is not None:
                from refugedesk.ui.dates import qdate

                self.asked.setDate(qdate(self.open_request.requested_on))
        self._show_recorded()
        vault = self.vault

        def gather(task: Any) -> SubjectAccessPack:
            with vault.session() as session:
                return subject_access.gather(session, rid, today=today)

        self.job = operations.background(self, gather,
                                         label=translate("RecordHerDataDialog", "Reading her data…"),
                                         message=self.message, on_done=self._loaded)

    def _loaded(self, outcome: operations.Outcome[SubjectAccessPack]) -> None:
        if not outcome.ok:
            self.items_hint.setText(
                translate("RecordHerDataDialog", "Her data could not be read. Close this and try again."))
            return
        self.pack = outcome.value
        self.model.set_items(self.pack.candidates)
        areas = sum(1 for a in self.pack.areas if a.records)
        ticked = len(self.model.withheld())
        count = len(self.pack.candidates)
        parts = put_count(translate("RecordHerDataDialog", "Her data has %n part.") if areas == 1
                          else translate("RecordHerDataDialog", "Her data has %n parts."), areas)
        if not count:
            self.items_hint.setText(translate("RecordHerDataDialog", "{parts} Nothing is suggested for "
                                              "withholding.").format(parts=parts))
            self.mark_clean()
            return
        items = put_count(
            translate("RecordHerDataDialog",
                      "%n item to review; {ticked} ticked to withhold as suggested.")
            if count == 1 else
            translate("RecordHerDataDialog",
                      "%n items to review; {ticked} ticked to withhold as suggested."),
            count).format(ticked=ticked)
        if not subject_access.can_release(self.vault.person):
            then = translate("RecordHerDataDialog", "A manager reviews them and saves the pack for her.")
        else:
            then = translate("RecordHerDataDialog", "Untick what she may have; double-click a reason to change it.")
        self.items_hint.setText(translate("RecordHerDataDialog", "{parts} {items} {then}").format(
            parts=parts, items=items, then=then))
        self.mark_clean()

    def _show_due(self) -> None:
        due = subject_access.due_on(day_of(self.asked))
        self.due.setText(translate("RecordHerDataDialog", "by {day}, one calendar month after she asked").format(
            day=fmt_day(due)))
        self._show_recorded()

    def _show_recorded(self) -> None:
        req = self.open_request
        if req is not None and req.requested_on == day_of(self.asked):
            self.recorded.setText(translate("RecordHerDataDialog", "Recorded: she asked on {asked}, due by "
                                            "{due}.").format(asked=fmt_day(req.requested_on),
                                                               due=fmt_day(req.due_on)))
            self.record.setEnabled(False)
            self.record.setToolTip(translate("RecordHerDataDialog", "Already recorded for this date."))
        else:
            self.recorded.setText("")
            self.record.setEnabled(True)
            self.record.setToolTip("")

    # --- acting ----------------------------------------------------------------------------

    def record_request(self) -> bool:
        rid, asked, today, vault = self.resident_id, day_of(self.asked), self.today, self.vault
        outcome = operations.run(self, lambda: subject_access.record_request(
            vault, resident_id=rid, requested_on=asked, today=today),
            message=self.message, fields=self.field_messages, changed=self.changed)
        if outcome.ok:
            self.open_request = RequestRow(outcome.value, asked, subject_access.due_on(asked),
                                           None, 0)
            self._show_recorded()
            self.mark_clean()
        return outcome.ok

    def submit(self) -> bool:
        """Save the pack…: check the reasons, then ask where to save the .zip."""
        if self.pack is None:
            say(self.message, translate("RecordHerDataDialog", "Her data is still being read. Try again in a moment."))
            return False
        if not subject_access.can_release(self.vault.person):
            say(self.message, translate("RecordHerDataDialog", NOT_A_MANAGER))
            return False
        if any(not why.strip() for why in self.model.withheld().values()):
            say(self.message, translate("RecordHerDataDialog", "Say why each ticked item is withheld (double-click its "
                                        "reason)."))
            return False
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        dialog = QFileDialog(self, translate("RecordHerDataDialog", "Save her data"), str(Path(folder) / "her-data.zip"),
                             translate("RecordHerDataDialog", "ZIP file (*.zip)"))
        dialog.setObjectName("herDataFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("zip")
        dialog.fileSelected.connect(self.write)
        self.file_dialog = dialog
        dialog.open()
        return True

    def write(self, path: str) -> operations.Job:
        vault, rid, pack = self.vault, self.resident_id, self.pack
        assert pack is not None
        withheld = self.model.withheld()
        asked = day_of(self.asked)
        req = self.open_request
        request_id = req.id if req is not None and req.requested_on == asked else None
        today = self.today

        def export(task: Any) -> subject_access_pdf.Released:
            return subject_access_pdf.export(
                vault, rid, Path(path), withheld=withheld, request_id=request_id,
                requested_on=asked, today=today, progress=task.progress,
                cancelled=task.cancelled)

        self.job = operations.background(self, export,
                                         label=translate("RecordHerDataDialog", "Saving her data…"),
                                         cancellable=True, message=self.message,
                                         fields=self.field_messages, changed=self.changed,
                                         on_done=self._written)
        return self.job

    def _written(self, outcome: operations.Outcome[subject_access_pdf.Released]) -> None:
        if not outcome.ok:
            return
        done = outcome.value
        count = len(done.withheld)
        if not count:
            held = translate("RecordHerDataDialog", "nothing withheld")
        elif count == 1:
            held = put_count(translate("RecordHerDataDialog", "%n item withheld"), count)
        else:
            held = put_count(translate("RecordHerDataDialog", "%n items withheld"), count)
        say(self.message, translate("RecordHerDataDialog", "Saved to {path} ({withheld}). The file is not encrypted: "
                                    "give it to her safely, then delete your copy.").format(
            path=done.path, withheld=held), role="ok")
        self.open_request = None
        self._show_recorded()
        self.mark_clean()
