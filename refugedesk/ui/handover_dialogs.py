"""The handover screens: write one (the draft house by house, free text, to whom, Send) and
read one (Acknowledge, addenda, print and PDF). The history is in ui/handover_history.py.

Every action is one domain call through operations.run; success announces "handovers" so the
Today page refreshes. Dialogs open with dialogs.show (non-modal, so the lock can hide them).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from refugedesk import handover, staff
from refugedesk.db.vault import Vault
from refugedesk.handover import Draft, HandoverView, HousePart, Line
from refugedesk.handover_draft import SECTIONS, URGENT
from refugedesk.ui import dialogs, operations
from refugedesk.ui.changes import Change
from refugedesk.ui.forms import KeepsTypedWork
from refugedesk.ui.widgets import button, label, line_edit, message_label, say

CHANGED = frozenset({Change.HANDOVERS})
LineRole = Qt.ItemDataRole.UserRole + 1


def shown_when(instant) -> str:
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
        urgent = {SECTIONS[key] for key in URGENT}
        for heading, lines in part.headed():
            head = QStandardItem(f"Urgent: {heading}" if heading in urgent else heading)
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
            self.view = QListView(objectName=f"handoverLines_{part.key}")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
            self.view.setAccessibleName(f"{part.name}: lines from the records")
            self.view.setModel(self.model)
            self.view.setWordWrap(True)
            self.view.setUniformItemSizes(False)
            self.view.setMinimumHeight(120)
            layout.addWidget(self.view, 1)
        else:
            layout.addWidget(label("Nothing from the records.", role="hint"))
        self.notes = QPlainTextEdit(objectName=f"handoverNotes_{part.key}")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
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


@dataclass(frozen=True)
class HandoverStart:
    """What the Write handover form opens with, read in the background (a busy shift's draft
    has hundreds of lines): the draft, the draft she kept (when resuming), who to hand to."""

    draft: Draft
    kept: HandoverView | None
    people: list[staff.Colleague]
    resume_id: int | None


def start_handover(session, *, me: int | None,
                   resume_id: int | None = None) -> HandoverStart:
    """`resume_id`: a draft she kept earlier. The lines are built again from the records
    (they may have changed since); her notes, the shift and the receiver are kept."""
    kept = handover.get(session, resume_id) if resume_id is not None else None
    people = [p for p in staff.colleagues(session) if p.active and p.id != me]
    return HandoverStart(handover.draft(session), kept, people, resume_id)


def write_handover(vault: Vault, parent: QWidget, *, resume_id: int | None = None,
                   message=None, opened=None) -> operations.Job:
    """Build the draft in the background, then open the form (`opened(dialog)` after)."""
    me = vault.person.id

    def open_form(outcome: operations.Outcome[HandoverStart]) -> None:
        if outcome.ok:
            dialog = dialogs.show(WriteHandoverDialog(vault, outcome.value, parent))
            if opened is not None:
                opened(dialog)

    return operations.background(
        parent, operations.reading(vault, lambda s: start_handover(s, me=me,
                                                                   resume_id=resume_id)),
        label="Gathering the handover from the records…", message=message, on_done=open_form)


class WriteHandoverDialog(KeepsTypedWork):
    """Write and send a handover: the draft built from the records, house by house. Nobody is
    chosen to hand over to until the writer chooses; Send asks first (a sent handover cannot
    be changed); closing with notes typed or lines unticked asks before losing them."""

    def __init__(self, vault: Vault, start: HandoverStart,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setObjectName("writeHandoverDialog")
        self.setWindowTitle("Write handover")
        self.resize(820, 760)
        self.sent_id: int | None = start.resume_id
        self.draft: Draft = start.draft
        kept, people = start.kept, start.people

        layout = QVBoxLayout(self)
        layout.addWidget(label("Write handover", role="subheading"))
        layout.addWidget(label(
            f"From the records of {shown_when(self.draft.period_start)} to "
            f"{shown_when(self.draft.period_end)} (since the last handover sent). Untick a line to "
            "leave it out; add anything else in the notes. Once sent, it cannot be changed: "
            "corrections are added as addenda.", role="hint", name="handoverPeriod"))
        form = QFormLayout()
        self.to = QComboBox(objectName="handoverTo")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.to.setAccessibleName("Hand over to")
        for person in people:
            self.to.addItem(person.display_name, person.id)
        # Nobody by default: the first name in the list is rarely the one on call tonight.
        self.to.setCurrentIndex(-1)
        self.to.setPlaceholderText("Choose who takes over")
        form.addRow("Hand over to", self.to)
        self.to_error = message_label("handoverToError")
        form.addRow("", self.to_error)
        self.shift = line_edit("handoverShift", "Shift", placeholder="e.g. Night on call")
        self.shift.setMaxLength(60)
        form.addRow("Shift", self.shift)
        layout.addLayout(form)

        # One house at a time: the list of parts on the left, the chosen part's lines and
        # notes on the right. A part's editor is built the first time it is shown, so a large
        # service (61 houses, ~1,000 lines) opens at once instead of building every list.
        self._kept_notes = kept.notes if kept is not None else {}
        self._parts = [p for p in self.draft.houses if p.lines] + [self.draft.service]
        self._built: dict[str, PartEditor] = {}
        self.parts_list = QListWidget(objectName="handoverParts")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.parts_list.setAccessibleName("Houses in this handover")
        for part in self._parts:
            count = len(part.lines)
            item = QListWidgetItem(f"{part.name} ({count} line{'s' if count != 1 else ''})"
                                   if count else part.name)
            item.setData(LineRole, part.key)
            self.parts_list.addItem(item)
        self.parts_list.setMaximumWidth(240)
        self.pane = QStackedWidget(objectName="handoverPane")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        split = QHBoxLayout()
        split.addWidget(self.parts_list)
        split.addWidget(self.pane, 1)
        layout.addLayout(split, 1)
        quiet = [p.name for p in self.draft.houses if not p.lines]
        if quiet:
            layout.addWidget(label("Nothing from the records for: " + ", ".join(quiet)
                                   + ". Use the whole-service notes for them.",
                                   role="hint", name="handoverQuietHouses"))
        self.parts_list.currentRowChanged.connect(self._show_part)
        self._build(self.draft.service)  # its notes take anything about the quiet houses
        self.parts_list.setCurrentRow(0)

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
        self.send_button.clicked.connect(self.ask_to_send)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        if kept is not None:
            self.to.setCurrentIndex(max(0, self.to.findData(kept.to_staff_id)))
            self.shift.setText(kept.shift)
        if not people:
            self.send_button.setEnabled(False)
            say(self.to_error, "There is nobody else to hand over to: an "
                                          "administrator can add staff accounts.")

    def _build(self, part: HousePart) -> PartEditor:
        editor = self._built.get(part.key)
        if editor is None:
            editor = PartEditor(part, self.pane)
            editor.notes.setPlainText(self._kept_notes.get(part.key, ""))
            self._built[part.key] = editor
            self.pane.addWidget(editor)
        return editor

    def _show_part(self, row: int) -> None:
        if 0 <= row < len(self._parts):
            self.pane.setCurrentWidget(self._build(self._parts[row]))

    @property
    def editors(self) -> list[PartEditor]:
        """The parts opened so far (a part never opened has nothing left out)."""
        return list(self._built.values())

    def editor(self, house_id: int | None) -> PartEditor:
        """The editor of one part, shown (and built if it was not yet)."""
        for row, part in enumerate(self._parts):
            if part.house_id == house_id:
                self.parts_list.setCurrentRow(row)
                return self._build(part)
        raise KeyError(house_id)

    def edited(self) -> Draft:
        return self.draft.leaving_out([ln for e in self.editors for ln in e.left_out()])

    def notes(self) -> dict[int | None, str]:
        """Every part's notes: typed ones, and those kept from before for parts not opened."""
        notes: dict[int | None, str] = {}
        for part in self._parts:
            built = self._built.get(part.key)
            text = built.notes.toPlainText() if built else self._kept_notes.get(part.key, "")
            notes[part.house_id] = text
        return notes

    def _state(self) -> tuple[object, ...]:
        """What the writer has done (parts are built as they are opened, so this does not
        compare widgets): who to, the shift, every part's notes, the lines left out."""
        return (self.to.currentData(), self.shift.text(), self.notes(),
                [ln for e in self.editors for ln in e.left_out()])

    def mark_clean(self) -> None:
        self._clean = [self._state()]

    def typed_work(self) -> bool:
        return self._clean is not None and [self._state()] != self._clean

    def ask_to_send(self) -> None:
        """Send, once she has said yes to who it goes to (a sent handover cannot be changed)."""
        if self.to.currentData() is None:
            say(self.to_error, "Choose who the handover is to.")
            return
        self.confirm_box = dialogs.confirm(
            self, name="handoverSendConfirm", title="Send the handover?",
            text=f"Send this handover to {self.to.currentText()}? Once it is sent it cannot "
                 "be changed: anything to correct is added to it as a note (an addendum).",
            yes=f"Send to {self.to.currentText()}", cancel="Not yet",
            on_yes=lambda: self.submit(send=True))

    def submit(self, *, send: bool) -> bool:
        to = self.to.currentData()
        notes = self.notes()
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
                self.mark_clean()  # what is kept is no longer at risk
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
        self.job: operations.Job | None = None
        self.resize(760, 720)
        layout = QVBoxLayout(self)
        self.status = label(name="handoverStatus", role="note")
        layout.addWidget(self.status)
        self.text = QTextBrowser(objectName="handoverText")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.text.setAccessibleName("The handover")
        self.text.setOpenLinks(False)
        layout.addWidget(self.text, 1)
        self.addendum = QPlainTextEdit(objectName="addendumText")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
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
        pdf.clicked.connect(lambda: self.ask_pdf(by_house=False))
        row.addWidget(pdf)
        by_house = button("A page per house (PDF)…", "handoverByHousePdfButton")
        by_house.setToolTip("Each house on its own page, to print and leave in that house's "
                            "folder.")
        by_house.clicked.connect(lambda: self.ask_pdf(by_house=True))
        row.addWidget(by_house)
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
            state = f"Acknowledged by {view.acknowledged_by} {shown_when(view.acknowledged_at)}."
        elif mine:
            state = "Handed to you: read it, then acknowledge it."
        else:
            state = f"Waiting for {view.to_name} to acknowledge it."
        self.status.setText(state)
        self.ack_button.setVisible(sealed and mine and view.acknowledged_at is None)
        self.add_button.setEnabled(sealed)
        self.addendum.setEnabled(sealed)

    def _reload(self) -> None:
        view_id = self.view.id
        outcome = operations.read(self, self.vault, lambda session: handover.get(
            session, view_id), message=self.message)
        if outcome.ok:
            self.show_view(outcome.value)

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

    def ask_pdf(self, *, by_house: bool) -> QFileDialog:
        chooser = QFileDialog(self, "Save the handover as a PDF")
        chooser.setObjectName("handoverPdfChooser")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter("PDF (*.pdf)")
        chooser.setDefaultSuffix("pdf")
        end = self.view.period_end.astimezone()
        chooser.selectFile(f"handover-{end:%Y-%m-%d-%H%M}{'-by-house' if by_house else ''}.pdf")
        chooser.fileSelected.connect(lambda path: self.save_pdf(Path(path), by_house=by_house))
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

    def print_to(self, printer) -> operations.Job:
        """Print on `printer` (a QPrinter set up by the print dialog, or by a test)."""
        from refugedesk.reports.handover_pdf import paint

        view = self.view
        return self._export(lambda progress: paint(view, printer, progress=progress),
                            label="Printing the handover…",
                            done="Sent to the printer. Collect it straight away.")

    def save_pdf(self, path: Path, *, by_house: bool = False) -> operations.Job:
        from refugedesk.reports.handover_pdf import write_pdf

        view = self.view
        return self._export(
            lambda progress: write_pdf(view, path, by_house=by_house, progress=progress),
            label="Making the PDF…", done=f"Saved {path.name}. It holds residents' details: "
                                          "keep it as safe as the vault.")

    def _export(self, write, *, label: str, done: str) -> operations.Job:
        """Record the export, then write it in the background, a page at a time. Not
        stoppable: the export is recorded before the first page."""
        vault, view_id = self.vault, self.view.id

        def work(task: operations.Task) -> object:
            handover.note_export(vault, view_id)
            return write(task.progress)

        def finished(outcome: operations.Outcome[object]) -> None:
            if outcome.ok:
                say(self.message, done, role="ok")

        self.job = operations.background(self, work, label=label, message=self.message,
                                         on_done=finished)
        return self.job


def open_handover(vault: Vault, handover_id: int, parent: QWidget) -> HandoverDialog | None:
    """Open a handover to read (the opening is audited)."""
    outcome = operations.run(parent, lambda: handover.open_handover(vault, handover_id))
    if not outcome.ok or outcome.value is None:
        return None
    return dialogs.show(HandoverDialog(vault, outcome.value, parent))  # type: ignore[return-value]
