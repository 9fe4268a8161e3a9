"""The handover screens: write one (the draft house by house, free text, to whom, Send), read
one (Acknowledge, addenda, PDF), and the history with search.

Every action is one domain call through operations.run; success announces "handovers" so the
Today page refreshes. Dialogs open with dialogs.show (non-modal, so the lock can hide them).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListView,
    QPlainTextEdit,
    QScrollArea,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from refugedesk import handover, houses, staff
from refugedesk.db.vault import Vault
from refugedesk.handover import Draft, HandoverView, HousePart, Line
from refugedesk.ui import dialogs, operations
from refugedesk.ui.changes import Change
from refugedesk.ui.dates import date_edit, day_of
from refugedesk.ui.widgets import button, label, line_edit, message_label, say

CHANGED = frozenset({Change.HANDOVERS})
LineRole = Qt.ItemDataRole.UserRole + 1


def _when(instant) -> str:  # type: ignore[no-untyped-def]
    local = instant.astimezone()
    return f"{local:%a} {local.day} {local:%b %Y %H:%M}"


class PartEditor(QGroupBox):
    """One house's part of the draft: its lines (untick to leave one out) and free text."""

    def __init__(self, part: HousePart, parent: QWidget | None = None) -> None:
        super().__init__(part.name, parent)
        self.part = part
        self.setObjectName(f"handoverPart_{part.key}")
        layout = QVBoxLayout(self)
        self.model = QStandardItemModel(self)
        for heading, lines in part.headed():
            head = QStandardItem(heading)
            head.setEditable(False)
            head.setSelectable(False)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            self.model.appendRow(head)
            for line in lines:
                item = QStandardItem(line.text)
                item.setEditable(False)
                item.setCheckable(True)
                item.setCheckState(Qt.CheckState.Checked)
                item.setData(line, LineRole)
                item.setToolTip("Untick to leave this line out of the handover.")
                self.model.appendRow(item)
        if part.lines:
            self.view = QListView(objectName=f"handoverLines_{part.key}")
            self.view.setAccessibleName(f"{part.name}: lines from the records")
            self.view.setModel(self.model)
            self.view.setWordWrap(True)
            self.view.setUniformItemSizes(False)
            self.view.setMinimumHeight(min(60 + 22 * self.model.rowCount(), 320))
            layout.addWidget(self.view)
        else:
            layout.addWidget(label("Nothing from the records.", role="hint"))
        self.notes = QPlainTextEdit(objectName=f"handoverNotes_{part.key}")
        self.notes.setAccessibleName(f"Notes for {part.name}")
        self.notes.setPlaceholderText(f"Anything else the next worker should know about "
                                      f"{part.name.lower() if part.house_id is None else part.name}")
        self.notes.setFixedHeight(64)
        layout.addWidget(self.notes)

    def left_out(self) -> list[Line]:
        out = []
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            line = item.data(LineRole)
            if line is not None and item.checkState() != Qt.CheckState.Checked:
                out.append(line)
        return out


class WriteHandoverDialog(QDialog):
    """Write and send a handover: the draft built from the records, house by house."""

    def __init__(self, vault: Vault, parent: QWidget | None = None, *,
                 resume_id: int | None = None) -> None:
        """`resume_id`: a draft she kept earlier. The lines are built again from the records
        (they may have changed since); her notes, the shift and the receiver are kept."""
        super().__init__(parent)
        self.vault = vault
        self.setObjectName("writeHandoverDialog")
        self.setWindowTitle("Write handover")
        self.resize(820, 760)
        self.sent_id: int | None = resume_id
        kept = None
        with vault.session() as session:
            self.draft: Draft = handover.draft(session)
            if resume_id is not None:
                kept = handover.get(session, resume_id)
            people = [p for p in staff.colleagues(session)
                      if p.active and p.id != vault.person.id]

        layout = QVBoxLayout(self)
        layout.addWidget(label("Write handover", role="subheading"))
        layout.addWidget(label(
            f"From the records of {_when(self.draft.period_start)} to "
            f"{_when(self.draft.period_end)} (since the last handover sent). Untick a line to "
            "leave it out; add anything else in the notes. Once sent, it cannot be changed: "
            "corrections are added as addenda.", role="hint", name="handoverPeriod"))
        form = QFormLayout()
        self.to = QComboBox(objectName="handoverTo")
        self.to.setAccessibleName("Hand over to")
        for person in people:
            self.to.addItem(person.display_name, person.id)
        form.addRow("Hand over to", self.to)
        self.to_error = message_label("handoverToError")
        form.addRow("", self.to_error)
        self.shift = line_edit("handoverShift", "Shift", placeholder="e.g. Night on call")
        self.shift.setMaxLength(60)
        form.addRow("Shift", self.shift)
        layout.addLayout(form)

        scroll = QScrollArea(objectName="handoverDraftScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        box = QWidget()
        parts_layout = QVBoxLayout(box)
        shown = [p for p in self.draft.houses if p.lines] + [self.draft.service]
        self.editors = [PartEditor(p, box) for p in shown]
        for editor in self.editors:
            parts_layout.addWidget(editor)
        quiet = [p.name for p in self.draft.houses if not p.lines]
        if quiet:
            parts_layout.addWidget(label("Nothing from the records for: " + ", ".join(quiet)
                                         + ". Use the whole-service notes for them.",
                                         role="hint", name="handoverQuietHouses"))
        parts_layout.addStretch(1)
        scroll.setWidget(box)
        layout.addWidget(scroll, 1)

        self.message = message_label("writeHandoverMessage")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        save = button("Keep as draft", "handoverKeepButton")
        save.setToolTip("Save it unsent, to finish later.")
        save.clicked.connect(lambda: self.submit(send=False))
        row.addWidget(save)
        row.addStretch(1)
        cancel = button("Cancel", "writeHandoverCancel")
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        self.send_button = button("Send handover", "handoverSendButton", primary=True)
        self.send_button.clicked.connect(lambda: self.submit(send=True))
        row.addWidget(self.send_button)
        layout.addLayout(row)
        if kept is not None:
            self.to.setCurrentIndex(max(0, self.to.findData(kept.to_staff_id)))
            self.shift.setText(kept.shift)
            for editor in self.editors:
                editor.notes.setPlainText(kept.notes.get(editor.part.key, ""))
        if not people:
            self.send_button.setEnabled(False)
            say(self.to_error, "There is nobody else to hand over to: an "
                                          "administrator can add staff accounts.")

    def editor(self, house_id: int | None) -> PartEditor:
        for editor in self.editors:
            if editor.part.house_id == house_id:
                return editor
        raise KeyError(house_id)

    def edited(self) -> Draft:
        return self.draft.leaving_out([ln for e in self.editors for ln in e.left_out()])

    def submit(self, *, send: bool) -> bool:
        to = self.to.currentData()
        notes = {e.part.house_id: e.notes.toPlainText() for e in self.editors}
        edited, shift = self.edited(), self.shift.text()
        if to is None:
            say(self.to_error, "Choose who the handover is to.")
            return False

        def act() -> int:
            call = handover.send if send else handover.save
            return call(self.vault, edited, to_staff_id=to, shift=shift, notes=notes,
                        handover_id=self.sent_id)

        outcome = operations.run(self, act, message=self.message,
                                 fields={"to": self.to_error}, changed=CHANGED)
        if outcome.ok:
            self.sent_id = outcome.value
            if send:
                self.accept()
            else:
                say(self.message, "Kept as a draft. It has not been sent.",
                               role="ok")
        return outcome.ok


class HandoverDialog(QDialog):
    """Read a handover: the sealed text, Acknowledge (for the receiver), addenda, PDF."""

    def __init__(self, vault: Vault, view: HandoverView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.view = view
        self.setObjectName("handoverDialog")
        self.setWindowTitle(view.title)
        self.resize(760, 720)
        layout = QVBoxLayout(self)
        self.status = label(name="handoverStatus", role="note")
        layout.addWidget(self.status)
        self.text = QTextBrowser(objectName="handoverText")
        self.text.setAccessibleName("The handover")
        self.text.setOpenLinks(False)
        layout.addWidget(self.text, 1)
        self.addendum = QPlainTextEdit(objectName="addendumText")
        self.addendum.setAccessibleName("Addendum")
        self.addendum.setPlaceholderText("A correction or something to add (the sent text "
                                         "stays as it was)")
        self.addendum.setFixedHeight(60)
        layout.addWidget(self.addendum)
        self.message = message_label("handoverMessage")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.add_button = button("Add addendum", "addAddendumButton")
        self.add_button.clicked.connect(self.add_addendum)
        row.addWidget(self.add_button)
        print_button = button("Print…", "handoverPrintButton")
        print_button.clicked.connect(self.ask_print)
        row.addWidget(print_button)
        pdf = button("Save as PDF…", "handoverPdfButton")
        pdf.clicked.connect(lambda: self.ask_pdf(compact=False))
        row.addWidget(pdf)
        compact = button("Compact PDF…", "handoverCompactPdfButton")
        compact.setToolTip("A page per house, for printing.")
        compact.clicked.connect(lambda: self.ask_pdf(compact=True))
        row.addWidget(compact)
        row.addStretch(1)
        self.ack_button = button("Acknowledge", "handoverAcknowledgeButton", primary=True)
        self.ack_button.clicked.connect(self.acknowledge)
        row.addWidget(self.ack_button)
        close = button("Close", "handoverClose")
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.show_view(view)

    def show_view(self, view: HandoverView) -> None:
        from refugedesk.reports.handover_pdf import html

        self.view = view
        self.text.setHtml(html(view))
        sealed = view.sealed_at is not None
        mine = view.to_staff_id == self.vault.person.id
        if not sealed:
            state = "Not sent yet."
        elif view.acknowledged_at:
            state = f"Acknowledged by {view.acknowledged_by} {_when(view.acknowledged_at)}."
        elif mine:
            state = "Handed to you: read it, then acknowledge it."
        else:
            state = f"Waiting for {view.to_name} to acknowledge it."
        self.status.setText(state)
        self.ack_button.setVisible(sealed and mine and view.acknowledged_at is None)
        self.add_button.setEnabled(sealed)
        self.addendum.setEnabled(sealed)

    def _reload(self) -> None:
        with self.vault.session() as session:
            self.show_view(handover.get(session, self.view.id))

    def acknowledge(self) -> bool:
        outcome = operations.run(self, lambda: handover.acknowledge(self.vault, self.view.id),
                                 message=self.message, changed=CHANGED)
        if outcome.ok:
            self._reload()
        return outcome.ok

    def add_addendum(self) -> bool:
        text = self.addendum.toPlainText()
        outcome = operations.run(
            self, lambda: handover.add_addendum(self.vault, self.view.id, text),
            message=self.message, fields={"addendum": self.message}, changed=CHANGED)
        if outcome.ok:
            self.addendum.clear()
            self._reload()
        return outcome.ok

    def ask_pdf(self, *, compact: bool) -> QFileDialog:
        chooser = QFileDialog(self, "Save the handover as a PDF")
        chooser.setObjectName("handoverPdfChooser")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter("PDF (*.pdf)")
        chooser.setDefaultSuffix("pdf")
        end = self.view.period_end.astimezone()
        chooser.selectFile(f"handover-{end:%Y-%m-%d-%H%M}{'-compact' if compact else ''}.pdf")
        chooser.fileSelected.connect(lambda path: self.save_pdf(Path(path), compact=compact))
        dialogs.show(chooser)
        return chooser

    def ask_print(self) -> QDialog:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.view.title)
        chooser = QPrintDialog(printer, self)
        chooser.setObjectName("handoverPrintDialog")
        chooser.accepted.connect(lambda: self.print_to(printer))
        self._printer = printer  # kept alive while the dialog is open
        dialogs.show(chooser)
        return chooser

    def print_to(self, printer) -> bool:  # type: ignore[no-untyped-def]
        """Print on `printer` (a QPrinter set up by the print dialog, or by a test)."""
        from refugedesk.reports.handover_pdf import paint

        def act() -> int:
            handover.note_export(self.vault, self.view.id)
            return paint(self.view, printer)

        outcome = operations.run(self, act, message=self.message)
        if outcome.ok:
            say(self.message, "Sent to the printer. Collect it straight away.", role="ok")
        return outcome.ok

    def save_pdf(self, path: Path, *, compact: bool = False) -> bool:
        from refugedesk.reports.handover_pdf import write_pdf

        def act() -> Path:
            handover.note_export(self.vault, self.view.id)
            return write_pdf(self.view, path, compact=compact)

        outcome = operations.run(self, act, message=self.message)
        if outcome.ok:
            say(self.message, f"Saved {path.name}. It holds residents' details: "
                                         "keep it as safe as the vault.", role="ok")
        return outcome.ok


def open_handover(vault: Vault, handover_id: int, parent: QWidget) -> HandoverDialog | None:
    """Open a handover to read (the opening is audited)."""
    outcome = operations.run(parent, lambda: handover.open_handover(vault, handover_id))
    if not outcome.ok or outcome.value is None:
        return None
    return dialogs.show(HandoverDialog(vault, outcome.value, parent))  # type: ignore[return-value]


HISTORY_COLUMNS = ["Covers", "From", "To", "Shift", "Acknowledged"]


class HistoryDialog(QDialog):
    """Sent handovers, newest first, searched by date, house, resident reference or word."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setObjectName("handoverHistoryDialog")
        self.setWindowTitle("Handover history")
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(label("Handover history", role="subheading"))
        row = QHBoxLayout()
        self.use_date = QCheckBox("Covering", objectName="historyUseDate")
        self.date = date_edit("historyDate", "Handovers covering this date", date.today())
        self.house = QComboBox(objectName="historyHouse")
        self.house.setAccessibleName("House")
        self.house.addItem("Any house", None)
        with vault.session() as session:
            for h in houses.list_houses(session, active_only=False):
                self.house.addItem(h.name, h.id)
        self.reference = line_edit("historyReference", "Resident reference",
                                   placeholder="Reference")
        self.word = line_edit("historyWord", "Word", placeholder="Word")
        search = button("Search", "historySearchButton", primary=True)
        search.clicked.connect(self.search)
        self.word.returnPressed.connect(self.search)
        self.reference.returnPressed.connect(self.search)
        for widget in (self.use_date, self.date, self.house, self.reference, self.word, search):
            row.addWidget(widget)
        layout.addLayout(row)
        self.model = QStandardItemModel(0, len(HISTORY_COLUMNS), self)
        self.model.setHorizontalHeaderLabels(HISTORY_COLUMNS)
        self.table = QTableView(objectName="historyTable")
        self.table.setAccessibleName("Handovers found")
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
        open_button = button("Open", "historyOpenButton")
        open_button.clicked.connect(self.open_selected)
        buttons.addWidget(open_button)
        close = button("Close", "historyClose")
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.ids: list[int] = []
        self.search()

    def search(self) -> None:
        with self.vault.session() as session:
            rows = handover.search(
                session, on=day_of(self.date) if self.use_date.isChecked() else None,
                house_id=self.house.currentData(), reference=self.reference.text(),
                word=self.word.text())
        self.model.removeRows(0, self.model.rowCount())
        self.ids = []
        for r in rows:
            cells = [f"{_when(r.period_start)} to {_when(r.period_end)}", r.from_name,
                     r.to_name, r.shift,
                     _when(r.acknowledged_at) if r.acknowledged_at else "Not yet"]
            items = [QStandardItem(c) for c in cells]
            self.model.appendRow(items)
            self.ids.append(r.id)
        self.found.setText(f"{len(rows)} handover{'s' * (len(rows) != 1)} found."
                           if rows else "No handover matches.")

    def open_row(self, row: int) -> HandoverDialog | None:
        if 0 <= row < len(self.ids):
            return open_handover(self.vault, self.ids[row], self)
        return None

    def open_selected(self) -> HandoverDialog | None:
        rows = self.table.selectionModel().selectedRows()
        return self.open_row(rows[0].row()) if rows else None
