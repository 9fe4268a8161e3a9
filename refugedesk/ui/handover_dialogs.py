"""The handover screens: write one (the draft house by house, free text, to whom, Send) and
read one (Acknowledge, addenda, print and PDF). The history is in ui/handover_history.py.

Every action is one domain call through operations.run; success announces "handovers" so the
Today page refreshes. Dialogs open with dialogs.show (non-modal, so the lock can hide them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QDate,
    QDateTime,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QListView,
    QPlainTextEdit,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from refugedesk import handover, i18n, staff
from refugedesk.db.vault import Vault
from refugedesk.handover import Draft, HandoverView, HousePart, Line
from refugedesk.handover_draft import URGENT
from refugedesk.i18n import translate
from refugedesk.ui import dialogs, operations
from refugedesk.ui.changes import Change
from refugedesk.ui.forms import KeepsTypedWork
from refugedesk.ui.oncall_dialog import fit_to_screen, open_rota
from refugedesk.ui.widgets import button, label, line_edit, message_label, say

CHANGED = frozenset({Change.HANDOVERS})
LineRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
# The lines' flags, combined once (the view asks for every row at each layout).
_F = Qt.ItemFlag
NO_FLAGS = _F.NoItemFlags
PART_FLAGS = _F.ItemIsEnabled | _F.ItemIsSelectable | _F.ItemIsUserCheckable
QUIET_PART_FLAGS = _F.ItemIsEnabled | _F.ItemIsSelectable
LINE_FLAGS = PART_FLAGS
HEAD_FLAGS = _F.ItemIsEnabled  # a heading: read, not ticked


def shown_when(instant) -> str:
    """"Mon 30 Nov 2026 16:30" / "Llun 30 Tach 2026 16:30", in local time."""
    local = instant.astimezone()
    return i18n.locale().toString(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)),
        "ddd d MMM yyyy HH:mm")


class LinesModel(QAbstractListModel):
    """Every line of the draft as one list, grouped by house: a row per part (each house with
    lines, then the whole service), under it that part's section headings (urgent ones first,
    marked "Urgent:" in words) and its lines, each checkable (untick to leave it out). A
    part's row is checkable too: unticking it leaves all its lines out.

    A flat list read on demand: with rows of one height the view lays out ~1,000 rows without
    asking the model about each one, and paints only those in sight."""

    def __init__(self, parts: list[HousePart], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts = parts
        #: Each row: (part number, what it is: None for the part's own row, a str for a
        #: section heading, a Line for a line).
        self.rows: list[tuple[int, Line | str | None]] = []
        #: The row of each part.
        self.starts: list[int] = []
        for number, part in enumerate(parts):
            self.starts.append(len(self.rows))
            self.rows.append((number, None))
            for heading, lines in part.headed():
                # The section's name is refugedesk/handover_draft.py's (marked there for
                # translation); urgency goes by the section's key, never by its words.
                heading = translate("HandoverDraft", heading)
                urgent = bool(lines) and lines[0].section in URGENT
                self.rows.append((number, translate("HandoverDialogs", "Urgent: {section}")
                                  .format(section=heading) if urgent else heading))
                self.rows.extend((number, line) for line in lines)
        self.counts = [len(part.lines) for part in parts]
        #: The rows of the lines left out, and how many per part.
        self.out: set[int] = set()
        self.left = [0] * len(parts)
        self._bold = QFont()
        self._bold.setBold(True)
        self._part_background = QBrush(QColor("#e6eeec"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def part_of(self, index: Index) -> int:
        """The part (its number in `parts`) a row belongs to."""
        return self.rows[index.row()][0]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return NO_FLAGS
        part, item = self.rows[index.row()]
        if item is None:
            return PART_FLAGS if self.counts[part] else QUIET_PART_FLAGS
        return LINE_FLAGS if isinstance(item, Line) else HEAD_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        part, item = self.rows[index.row()]
        if item is None:
            return self._part_data(part, role)
        if isinstance(item, str):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return item
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return item.text  # a long line elides: hovering shows all of it
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Unchecked if index.row() in self.out
                    else Qt.CheckState.Checked)
        if role == LineRole:
            return item
        return None

    def _part_data(self, part: int, role: int) -> object:
        count = self.counts[part]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            name = self.parts[part].name
            if not count:
                return translate("HandoverDialogs", "{house}: nothing from the records").format(
                    house=name)
            left = self.left[part]
            if left:
                text = (translate("HandoverDialogs", "{house} ({count} line, {left} left out)")
                        if count == 1 else
                        translate("HandoverDialogs", "{house} ({count} lines, {left} left out)"))
            else:
                text = (translate("HandoverDialogs", "{house} ({count} line)") if count == 1
                        else translate("HandoverDialogs", "{house} ({count} lines)"))
            return text.format(house=name, count=i18n.number(count), left=i18n.number(left))
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._part_background
        if role == Qt.ItemDataRole.CheckStateRole and count:
            left = self.left[part]
            return (Qt.CheckState.Checked if not left else Qt.CheckState.Unchecked
                    if left == count else Qt.CheckState.PartiallyChecked)
        if role == Qt.ItemDataRole.ToolTipRole and count:
            return translate("HandoverDialogs", "Untick to leave all of this house's lines out.")
        return None

    def setData(self, index: Index, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        part, item = self.rows[index.row()]
        checked = Qt.CheckState(value) != Qt.CheckState.Unchecked
        if item is None:
            if not self.counts[part]:
                return False
            first = self.starts[part]
            last = self.starts[part + 1] - 1 if part + 1 < len(self.starts) else len(self.rows) - 1
            rows = [r for r in range(first + 1, last + 1) if isinstance(self.rows[r][1], Line)]
        elif isinstance(item, Line):
            rows = [index.row()]
        else:
            return False
        if checked:
            self.out.difference_update(rows)
        else:
            self.out.update(rows)
        self.left[part] = sum(1 for r in self.out if self.rows[r][0] == part)
        top = self.index(self.starts[part])
        self.dataChanged.emit(top, top)
        self.dataChanged.emit(self.index(rows[0]), self.index(rows[-1]))
        return True

    # --- what the writer chose ------------------------------------------------------------

    def left_out(self) -> list[Line]:
        return [line for r in sorted(self.out) if isinstance(line := self.rows[r][1], Line)]

    def texts(self, part: int) -> list[str]:
        """What a part shows under its own row, headings and lines, in order."""
        end = self.starts[part + 1] if part + 1 < len(self.starts) else len(self.rows)
        return [item if isinstance(item, str) else item.text
                for _, item in self.rows[self.starts[part] + 1:end]
                if item is not None]


class IndentedLines(QStyledItemDelegate):
    """Headings and lines drawn a step in from their house's row, so the houses stand out."""

    STEP = 18

    def _indented(self, option: QStyleOptionViewItem, index: Index) -> QStyleOptionViewItem:
        model = index.model()
        if isinstance(model, LinesModel) and model.rows[index.row()][1] is not None:
            option = QStyleOptionViewItem(option)
            option.rect = option.rect.adjusted(self.STEP, 0, 0, 0)
        return option

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, self._indented(option, index), index)

    def editorEvent(self, event: QEvent, model: QAbstractItemModel,
                    option: QStyleOptionViewItem, index: Index) -> bool:
        return super().editorEvent(event, model, self._indented(option, index), index)


@dataclass(frozen=True)
class HandoverStart:
    """What the Write handover form opens with, read in the background (a busy shift's draft
    has hundreds of lines): the draft, the draft she kept (when resuming), who to hand to, and
    who to offer (tonight's on-call worker, else the last one she handed to)."""

    draft: Draft
    kept: HandoverView | None
    people: list[staff.Colleague]
    resume_id: int | None
    suggested: handover.Suggested | None = None


def start_handover(session, *, me: int | None, resume_id: int | None = None,
                   today: date | None = None) -> HandoverStart:
    """`resume_id`: a draft she kept earlier. The lines are built again from the records
    (they may have changed since); her notes, the shift and the receiver are kept."""
    kept = handover.get(session, resume_id) if resume_id is not None else None
    people = [p for p in staff.colleagues(session) if p.active and p.id != me]
    suggested = handover.suggested_receiver(session, writer_id=me,
                                            today=today or date.today())
    return HandoverStart(handover.draft(session), kept, people, resume_id, suggested)


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
        label=translate("HandoverDialogs", "Gathering the handover from the records…"),
        message=message, on_done=open_form)


class WriteHandoverDialog(KeepsTypedWork):
    """Write and send a handover: the draft built from the records, every line in one list
    grouped by house. "Hand over to" offers tonight's on-call worker (the rota), else the last
    one she handed to, else nobody until she chooses; Send asks first, naming the receiver,
    the number of lines and the houses (a sent handover cannot be changed); closing with notes
    typed or lines unticked asks before losing them."""

    def __init__(self, vault: Vault, start: HandoverStart,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setObjectName("writeHandoverDialog")
        self.setWindowTitle(translate("HandoverDialogs", "Write handover"))
        fit_to_screen(self, 820, 760)
        self.sent_id: int | None = start.resume_id
        self.draft: Draft = start.draft
        kept, people = start.kept, start.people

        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("HandoverDialogs", "Write handover"), role="subheading"))
        layout.addWidget(label(
            translate("HandoverDialogs", "From the records of {start} to {end} (since the last "
                      "handover sent). Untick a line, or a whole house, to leave it out (Space "
                      "ticks and unticks the selected one); add anything else in the notes. "
                      "Once sent, it cannot be changed: corrections are added as addenda.")
            .format(start=shown_when(self.draft.period_start),
                    end=shown_when(self.draft.period_end)),
            role="hint", name="handoverPeriod"))
        form = QFormLayout()
        self.to = QComboBox(objectName="handoverTo")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.to.setAccessibleName(translate("HandoverDialogs", "Hand over to"))
        for person in people:
            self.to.addItem(person.display_name, person.id)
        self.to.setPlaceholderText(translate("HandoverDialogs", "Choose who takes over"))
        self.to.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.to.setMinimumContentsLength(18)
        #: Why the receiver shown was chosen for her (the rota, or last time); empty once she
        #: chooses herself or when nobody was offered.
        self.to_why = label(name="handoverToWhy", role="hint", wrap=False)
        to_row = QHBoxLayout()
        to_row.addWidget(self.to)
        to_row.addWidget(self.to_why, 1)
        rota = button(translate("HandoverDialogs", "On-call rota…"), "handoverRotaButton")
        rota.setToolTip(translate(
            "HandoverDialogs", "Who is on call each night; managers and administrators keep it."))
        rota.clicked.connect(lambda: open_rota(self.vault, self))
        to_row.addWidget(rota)
        form.addRow(translate("HandoverDialogs", "Hand over to"), to_row)
        self.to_error = message_label("handoverToError")
        form.addRow("", self.to_error)
        self.shift = line_edit("handoverShift", translate("HandoverDialogs", "Shift"),
                               placeholder=translate("HandoverDialogs", "e.g. Night on call"))
        self.shift.setMaxLength(60)
        form.addRow(translate("HandoverDialogs", "Shift"), self.shift)
        layout.addLayout(form)

        # Every line in one list, a group per house (urgent sections first in each), and the
        # notes of the house selected under it. The lines are a model read on demand, so a
        # large service (61 houses, ~1,000 lines) opens at once.
        self._kept_notes = kept.notes if kept is not None else {}
        self._parts = [p for p in self.draft.houses if p.lines] + [self.draft.service]
        self.lines = LinesModel(self._parts, self)
        self.lines_view = QListView(objectName="handoverLines")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.lines_view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.lines_view.setAccessibleName(
            translate("HandoverDialogs", "The handover's lines, house by house"))
        self.lines_view.setModel(self.lines)
        self.lines_view.setItemDelegate(IndentedLines(self.lines_view))
        # One text line a row, all the same height (a long line elides; hovering shows it
        # all): the view lays out ~1,000 rows without measuring each one's text.
        self.lines_view.setUniformItemSizes(True)
        self.lines_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.lines_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines_view.setMinimumHeight(140)
        layout.addWidget(self.lines_view, 1)
        quiet = [p.name for p in self.draft.houses if not p.lines]
        if quiet:
            layout.addWidget(label(translate(
                "HandoverDialogs", "Nothing from the records for: {houses}. Use the "
                "whole-service notes for them.").format(houses=", ".join(quiet)),
                role="hint", name="handoverQuietHouses"))
        self.notes_label = label(name="handoverNotesFor", wrap=False)
        layout.addWidget(self.notes_label)
        self.notes_stack = QStackedWidget(objectName="handoverNotesStack")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.notes_stack.setFixedHeight(64)
        layout.addWidget(self.notes_stack)
        self._notes: dict[str, QPlainTextEdit] = {}
        self._notes_for(self.draft.service)  # its notes take anything about the quiet houses
        self.lines_view.selectionModel().currentChanged.connect(
            lambda current, _previous: self._show_notes(current))
        self.lines_view.setCurrentIndex(self.lines.index(0))

        self.message = message_label("writeHandoverMessage")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        save = button(translate("HandoverDialogs", "Keep as draft"), "handoverKeepButton")
        save.setToolTip(translate("HandoverDialogs", "Save it unsent, to finish later."))
        save.clicked.connect(lambda: self.submit(send=False))
        row.addWidget(save)
        row.addStretch(1)
        cancel = button(translate("HandoverDialogs", "Cancel"), "writeHandoverCancel")
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        self.send_button = button(translate("HandoverDialogs", "Send handover"), "handoverSendButton",
                                  primary=True)
        self.send_button.clicked.connect(self.ask_to_send)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        if kept is not None:
            self.to.setCurrentIndex(max(0, self.to.findData(kept.to_staff_id)))
            self.shift.setText(kept.shift)
        elif start.suggested is not None and self.to.findData(start.suggested.staff_id) >= 0:
            self.to.setCurrentIndex(self.to.findData(start.suggested.staff_id))
            self.to_why.setText(start.suggested.why)
        else:
            # Nobody: the first name in the list is rarely the one on call tonight.
            self.to.setCurrentIndex(-1)
        self.to.currentIndexChanged.connect(lambda _i: self.to_why.setText(""))
        if not people:
            self.send_button.setEnabled(False)
            self.send_button.setToolTip(
                translate("HandoverDialogs", "There is nobody else to hand over to."))
            say(self.to_error, translate("HandoverDialogs", "There is nobody else to hand "
                                         "over to: an administrator can add staff accounts."))

    def _notes_for(self, part: HousePart) -> QPlainTextEdit:
        """The notes box of a part, made the first time the part is selected."""
        box = self._notes.get(part.key)
        if box is None:
            box = QPlainTextEdit(objectName=f"handoverNotes_{part.key}")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
            box.setTabChangesFocus(True)  # Tab moves on, never types a tab
            box.setAccessibleName(translate("HandoverDialogs", "Notes for {house}").format(
                house=part.name))
            box.setPlaceholderText(
                translate("HandoverDialogs", "Anything else the next worker should know about "
                          "the whole service") if part.house_id is None else
                translate("HandoverDialogs", "Anything else the next worker should know about "
                          "{house}").format(house=part.name))
            box.setPlainText(self._kept_notes.get(part.key, ""))
            self._notes[part.key] = box
            self.notes_stack.addWidget(box)
        return box

    def _show_notes(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        part = self._parts[self.lines.part_of(index)]
        self.notes_stack.setCurrentWidget(self._notes_for(part))
        self.notes_label.setText(
            translate("HandoverDialogs", "Your notes for {house}:").format(house=part.name)
            if part.house_id is not None
            else translate("HandoverDialogs", "Your notes for the whole service:"))

    def _number(self, house_id: int | None) -> int:
        for number, part in enumerate(self._parts):
            if part.house_id == house_id:
                return number
        raise KeyError(house_id)

    def part_index(self, house_id: int | None) -> QModelIndex:
        """The row of one part (None: the whole service), made current so its notes show."""
        index = self.lines.index(self.lines.starts[self._number(house_id)])
        self.lines_view.setCurrentIndex(index)
        self.lines_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        return index

    def lines_of(self, house_id: int | None) -> list[str]:
        """What the list shows under one part: its headings and lines, in order."""
        self.part_index(house_id)
        return self.lines.texts(self._number(house_id))

    def line_index(self, house_id: int | None, row: int) -> QModelIndex:
        """The row-th entry under one part (as numbered by `lines_of`), made current."""
        index = self.lines.index(self.lines.starts[self._number(house_id)] + 1 + row)
        self.lines_view.setCurrentIndex(index)
        self.lines_view.scrollTo(index)
        return index

    def edited(self) -> Draft:
        return self.draft.leaving_out(self.lines.left_out())

    def notes(self) -> dict[int | None, str]:
        """Every part's notes: typed ones, and those kept from before for parts not opened."""
        notes: dict[int | None, str] = {}
        for part in self._parts:
            box = self._notes.get(part.key)
            text = box.toPlainText() if box else self._kept_notes.get(part.key, "")
            notes[part.house_id] = text
        return notes

    def _state(self) -> tuple[object, ...]:
        """What the writer has done (notes boxes are made as parts are selected, so this does
        not compare widgets): who to, the shift, every part's notes, the lines left out."""
        return (self.to.currentData(), self.shift.text(), self.notes(),
                sorted(self.lines.out))

    def mark_clean(self) -> None:
        self._clean = [self._state()]

    def typed_work(self) -> bool:
        return self._clean is not None and [self._state()] != self._clean

    def ask_to_send(self) -> None:
        """Send, once she has said yes to who it goes to, how many lines and which houses (a
        sent handover cannot be changed)."""
        if self.to.currentData() is None:
            say(self.to_error, translate("HandoverDialogs", "Choose who the handover is to."))
            return
        edited, who = self.edited(), self.to.currentText()
        count = len(edited.lines())
        notes = self.notes()
        named = [p.name for p in self.draft.houses
                 if any(q.house_id == p.house_id and q.lines for q in edited.houses)
                 or notes.get(p.house_id, "").strip()]
        if edited.service.lines or notes.get(None, "").strip():
            named.append(translate("HandoverDialogs", "the whole service"))
        if len(named) > 8:
            named = [*named[:6], translate("HandoverDialogs", "{count} more").format(
                count=i18n.number(len(named) - 6))]
        where = (translate("HandoverDialogs", "{some} and {last}").format(
            some=", ".join(named[:-1]), last=named[-1])
            if len(named) > 1 else "".join(named))
        if not count:
            what = (translate("HandoverDialogs", "It has no lines from the records, for "
                              "{houses}.") if where else
                    translate("HandoverDialogs", "It has no lines from the records."))
        elif count == 1:
            what = (translate("HandoverDialogs", "It has {count} line from the records, for "
                              "{houses}.") if where else
                    translate("HandoverDialogs", "It has {count} line from the records."))
        else:
            what = (translate("HandoverDialogs", "It has {count} lines from the records, for "
                              "{houses}.") if where else
                    translate("HandoverDialogs", "It has {count} lines from the records."))
        what = what.format(count=i18n.number(count), houses=where)
        self.confirm_box = dialogs.confirm(
            self, name="handoverSendConfirm",
            title=translate("HandoverDialogs", "Send the handover?"),
            text=translate("HandoverDialogs", "Send this handover to {name}? {what} Once it is "
                           "sent it cannot be changed: anything to correct is added to it as a "
                           "note (an addendum).").format(name=who, what=what),
            yes=translate("HandoverDialogs", "Send to {name}").format(name=who),
            cancel=translate("HandoverDialogs", "Not yet"),
            on_yes=lambda: self.submit(send=True))

    def submit(self, *, send: bool) -> bool:
        to = self.to.currentData()
        notes = self.notes()
        edited, shift = self.edited(), self.shift.text()
        if to is None:
            say(self.to_error, translate("HandoverDialogs", "Choose who the handover is to."))
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
                say(self.message, translate("HandoverDialogs",
                                            "Kept as a draft. It has not been sent."),
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
        self.text.setTabChangesFocus(True)  # Tab moves on, never types a tab
        self.text.setAccessibleName(translate("HandoverDialogs", "The handover"))
        self.text.setOpenLinks(False)
        layout.addWidget(self.text, 1)
        self.addendum = QPlainTextEdit(objectName="addendumText")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.addendum.setTabChangesFocus(True)  # Tab moves on, never types a tab
        self.addendum.setAccessibleName(translate("HandoverDialogs", "Addendum"))
        self.addendum.setPlaceholderText(translate(
            "HandoverDialogs", "A correction or something to add (the sent text stays as it "
            "was)"))
        self.addendum.setFixedHeight(60)
        layout.addWidget(self.addendum)
        self.message = message_label("handoverMessage")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.add_button = button(translate("HandoverDialogs", "Add addendum"), "addAddendumButton")
        self.add_button.clicked.connect(self.add_addendum)
        row.addWidget(self.add_button)
        print_button = button(translate("HandoverDialogs", "Print…"), "handoverPrintButton")
        print_button.clicked.connect(self.ask_print)
        row.addWidget(print_button)
        pdf = button(translate("HandoverDialogs", "Save as PDF…"), "handoverPdfButton")
        pdf.clicked.connect(lambda: self.ask_pdf(by_house=False))
        row.addWidget(pdf)
        by_house = button(translate("HandoverDialogs", "A page per house (PDF)…"),
                          "handoverByHousePdfButton")
        by_house.setToolTip(translate("HandoverDialogs", "Each house on its own page, to print "
                                      "and leave in that house's folder."))
        by_house.clicked.connect(lambda: self.ask_pdf(by_house=True))
        row.addWidget(by_house)
        row.addStretch(1)
        self.ack_button = button(translate("HandoverDialogs", "Acknowledge"),
                                 "handoverAcknowledgeButton", primary=True)
        self.ack_button.clicked.connect(self.acknowledge)
        row.addWidget(self.ack_button)
        close = button(translate("HandoverDialogs", "Close"), "handoverClose")
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
            state = translate("HandoverDialogs", "Not sent yet.")
        elif view.acknowledged_at:
            state = translate("HandoverDialogs", "Acknowledged by {name} {when}.").format(
                name=view.acknowledged_by, when=shown_when(view.acknowledged_at))
        elif mine:
            state = translate("HandoverDialogs", "Handed to you: read it, then acknowledge it.")
        else:
            state = translate("HandoverDialogs", "Waiting for {name} to acknowledge it.").format(
                name=view.to_name)
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
        chooser = QFileDialog(self, translate("HandoverDialogs", "Save the handover as a PDF"))
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
                            label=translate("HandoverDialogs", "Printing the handover…"),
                            done=translate("HandoverDialogs",
                                           "Sent to the printer. Collect it straight away."))

    def save_pdf(self, path: Path, *, by_house: bool = False) -> operations.Job:
        from refugedesk.reports.handover_pdf import write_pdf

        view = self.view
        return self._export(
            lambda progress: write_pdf(view, path, by_house=by_house, progress=progress),
            label=translate("HandoverDialogs", "Making the PDF…"),
            done=translate("HandoverDialogs", "Saved {file}. It holds residents' details: keep "
                           "it as safe as the vault.").format(file=path.name))

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
