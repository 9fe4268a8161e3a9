"""What the tabs of her record share: read-only tables, the tab base (built the first time it
is shown, read again when her record changes), the record form base, and saving a PDF."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtCore import QDate, QDateTime, QStandardPaths, Qt, QTime, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from refugedesk import drafts, i18n
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import RiskLevel
from refugedesk.db.vault import ReadSession, Vault
from refugedesk.errors import RefugeDeskError
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.progress import Progress
from refugedesk.ui import dialogs, operations
from refugedesk.ui.changes import Change
from refugedesk.ui.flow import FlowRow
from refugedesk.ui.forms import FormDialog, named_values, restore_values
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

#: How often a long form's typed work is kept as a draft while it changes.
DRAFT_EVERY_MS = 15_000

#: What a change on her record announces to the other views.
RECORD_CHANGED = frozenset({Change.RESIDENTS})


def day_text(day: date | None, empty: str = "—") -> str:
    return fmt_day(day) if day else empty


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_and_month(day: date) -> str:
    """"07 Nov 2026" / "07 Tach 2026": a day in a list, the month named in the language in
    use (i18n's QLocale, never strftime's English)."""
    return i18n.locale().toString(_qdate(day), "dd MMM yyyy")


def weekday_and_time(moment: datetime, *, year: bool = True) -> str:
    """"Sat 07 Nov 2026 16:30" ("Sat 07 Nov 16:30" without the year), in the language in
    use; `moment` as it is (the caller turns it to local time)."""
    return i18n.locale().toString(
        QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute)),
        "ddd dd MMM yyyy HH:mm" if year else "ddd dd MMM HH:mm")


#: Her risk level as a phrase of its own ("High risk", on her record's header) and inside a
#: sentence ("high risk"): whole phrases, as the level's place differs between languages.
_RISK_PHRASES = {
    RiskLevel.STANDARD: (QT_TRANSLATE_NOOP("RecordCommon", "Standard risk"),
                         QT_TRANSLATE_NOOP("RecordCommon", "standard risk")),
    RiskLevel.MEDIUM: (QT_TRANSLATE_NOOP("RecordCommon", "Medium risk"),
                       QT_TRANSLATE_NOOP("RecordCommon", "medium risk")),
    RiskLevel.HIGH: (QT_TRANSLATE_NOOP("RecordCommon", "High risk"),
                     QT_TRANSLATE_NOOP("RecordCommon", "high risk")),
}


def risk_phrase(level: RiskLevel, *, in_sentence: bool = False) -> str:
    """"High risk", or "high risk" inside a sentence, in the language in use."""
    return translate("RecordCommon", _RISK_PHRASES[level][1 if in_sentence else 0])


#: Cells longer than this show their whole text on hover (her words, steps taken, notes).
WHOLE_ON_HOVER = 24


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
            if len(text) > WHOLE_ON_HOVER:
                item.setToolTip(text)  # a narrow column cuts it short: whole on hover
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
    """A form on her record: each field has its own message line under it.

    A long form sets `draft_form` (a name in refugedesk.drafts.FORMS): what is typed into it
    is kept as a draft every DRAFT_EVERY_MS while it changes, and whenever the form is hidden
    (the screen locking) or closed without asking (signing out, a colleague taking over); the
    next time this worker opens the same form for the same woman, it fills in again from the
    draft and says so. Saving the form, or choosing to leave without saving, ends the draft.
    `draft_data` / `restore_draft` add what the named fields do not hold (a table's ticks)."""

    changed = RECORD_CHANGED
    draft_form: str | None = None

    def __init__(self, vault: Vault, resident_id: int, *, name: str, title: str, intro: str,
                 save: str, parent: QWidget | None = None) -> None:
        super().__init__(vault, name=name, title=title, intro=intro, save=save, parent=parent)
        self.resident_id = resident_id
        self._kept: dict[str, object] | None = None  # what the draft holds now
        self._finished = False  # saved, or left on purpose: nothing more to keep
        self.draft_timer = QTimer(self)
        self.draft_timer.setInterval(DRAFT_EVERY_MS)
        self.draft_timer.timeout.connect(self.keep_draft)

    # --- the draft ---------------------------------------------------------------------------

    def draft_data(self) -> dict[str, object]:
        return named_values(self)

    def restore_draft(self, data: dict[str, object]) -> bool:
        """Fill the form in from a draft; False if the draft does not belong to it."""
        restore_values(self, data)
        return True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  # Qt's name
        first = self._clean is None
        super().showEvent(event)
        if first and self.draft_form is not None:
            self._offer_draft()
            self.draft_timer.start()

    def _offer_draft(self) -> None:
        form, resident_id, person = self.draft_form, self.resident_id, self.vault.person
        assert form is not None
        outcome = operations.read(self, self.vault, lambda session: drafts.kept(
            session, person, form=form, resident_id=resident_id))
        draft = outcome.value if outcome.ok else None
        if draft is None or not self.restore_draft(draft.data):
            return
        self._kept = self.draft_data()
        say(self.message, translate(
            "RecordCommon", "Carried on from what you typed on {day} at {time}, not saved yet. "
            "Save it, or Cancel to leave it.").format(
                day=fmt_day(draft.saved_at),
                time=i18n.time_of_day(draft.saved_at.astimezone())), role="hint")

    def keep_draft(self) -> bool:
        """Keep what is typed now, if it changed (quietly: a busy vault tries again later)."""
        if self.draft_form is None or self._finished or not self.vault.is_open \
                or not self.typed_work():
            return False
        data = self.draft_data()
        if data == self._kept:
            return False
        try:
            drafts.keep(self.vault, form=self.draft_form, resident_id=self.resident_id,
                        data=data)
        except RefugeDeskError:
            return False
        self._kept = data
        return True

    def _end_draft(self, why: str) -> None:
        self._finished = True
        self.draft_timer.stop()
        if self.draft_form is None or self._kept is None or not self.vault.is_open:
            return
        try:
            drafts.drop(self.vault, form=self.draft_form, resident_id=self.resident_id, why=why)
        except RefugeDeskError:
            return
        self._kept = None

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.keep_draft()  # the screen locking hides it; a colleague may take over next
        super().hideEvent(event)

    def accept(self) -> None:
        self._end_draft("saved")
        super().accept()

    def leave(self) -> None:
        """She chose to leave without saving: the draft goes too."""
        self._end_draft("thrown away")
        super().leave()

    def reject(self) -> None:
        if self._leaving or dialogs.leaving(self):
            self.keep_draft()  # closed for her (signing out): kept for next time
        super().reject()


class RecordTab(QWidget):
    """One tab of her record. Empty until it is first shown; then `build` makes its widgets and
    `load` reads what it shows, again each time it is shown after her record changed."""

    #: The page's object name (tests and `ResidentRecord.show_tab` find the tab by it).
    name = ""
    #: The tab's title, with its keyboard mnemonic, marked with QT_TRANSLATE_NOOP in its own
    #: module's context ("RecordPlan" for ui/record/plan.py): `tab_title` translates it.
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

    @classmethod
    def tab_title(cls) -> str:
        """The title in the language in use, looked up in the context of the module that
        defines the tab (ui/record/plan.py: "RecordPlan")."""
        module = cls.__module__.rsplit(".", 1)[-1]
        context = "Record" + "".join(word.capitalize() for word in module.split("_"))
        return translate(context, cls.title)

    def build(self, layout: QVBoxLayout) -> None:
        raise NotImplementedError

    def load(self) -> None:
        raise NotImplementedError

    def top_row(self, layout: QVBoxLayout, lead: QWidget,
                buttons: list[tuple[str, str, Callable[[], object]]]) -> list[QPushButton]:
        """`lead` (a summary or a hint), then the tab's buttons in a row that wraps on a
        narrow screen, each (text, object name, what a click does); returns the buttons."""
        layout.addWidget(lead)
        row = FlowRow()
        made = []
        for text, name, slot in buttons:
            b = button(text, name)
            b.clicked.connect(slot)
            row.addWidget(b)
            made.append(b)
        layout.addLayout(row)
        return made

    def open(self, dialog: QDialog) -> QDialog:
        # What the tab said before (e.g. "Select a referral first") is over once a form opens.
        self.say("")
        return self.record.open_dialog(dialog)

    def say(self, text: str, *, role: str = "error") -> None:
        say(self.message, text, role=role)

    def write_file(self, write: Callable[[Progress], Path], *, label: str,
                   saved: str) -> operations.Job:
        """Write a PDF in the background (`write(progress)` returns where it went); when done,
        "`saved`: <path>" in the record's message, or why not."""

        def done(outcome: operations.Outcome[Path]) -> None:
            if outcome.ok:
                self.say(translate("RecordCommon", "{saved}: {path}").format(
                    saved=saved, path=outcome.value), role="ok")

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
