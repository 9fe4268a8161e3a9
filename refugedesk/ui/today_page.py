"""The Today page: the signed-in person's day, grouped (handovers to read or acknowledge,
residents not back when expected, her actions, her planned contacts, arrivals expected,
referrals waiting, court orders ending soon), and the handover: write one, or look back.

Each line opens what it is about: a handover opens here; someone not back when expected opens
the log book (Signed out…) at her line; a stay or an offer opens the Houses page at that room; a referral the Referrals page; a resident her record on the Residents page
(when that page can open records). The page refreshes when any of those records change.

Her day is read in the background (at a full service's scale the planned contacts alone take
over a second), so the window paints at once: "Reading your day…" shows until the lines come;
the lines already shown stay while a later refresh reads. A newer refresh wins: an older one
still running is dropped when it ends.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QTreeView, QVBoxLayout, QWidget

from refugedesk import i18n, today
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Vault
from refugedesk.i18n import translate
from refugedesk.today import GROUPS, TodayItem
from refugedesk.ui import dialogs, operations
from refugedesk.ui.changes import Change, Kinds
from refugedesk.ui.flow import FlowRow
from refugedesk.ui.handover_dialogs import open_handover, write_handover
from refugedesk.ui.handover_history import HistoryDialog
from refugedesk.ui.handover_whereabouts import WhereaboutsDialog
from refugedesk.ui.oncall_dialog import open_rota
from refugedesk.ui.widgets import PAGE_MARGINS, busy_bar, button, label, message_label, say

ItemRole = Qt.ItemDataRole.UserRole + 1
CARES_ABOUT = frozenset({Change.HANDOVERS, Change.STAYS, Change.REFERRALS, Change.RESIDENTS,
                         Change.WHEREABOUTS, Change.CONTACTS, Change.PLANS, Change.INCIDENTS})


class TodayPage(QWidget):
    """Her day, and the handover."""

    #: (record_type, record_id) of a line opened, for whoever wants to follow it.
    opened = Signal(str, int)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self.vault = vault
        self.items: list[TodayItem] = []
        self.dialog: QWidget | None = None  # the last dialog opened (tests read it)
        #: The reading of her day running in the background; an older one's lines are dropped.
        self.refresh_job: operations.Job | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        top = FlowRow(spacing=8)  # the buttons go underneath on a narrow screen
        top.addWidget(label(translate("TodayPage", "Today"), role="heading"))
        self.when = label(name="todayDate", role="hint", wrap=False)
        top.addWidget(self.when)
        top.add_stretch()
        write = button(translate("TodayPage", "Write handover…"), "writeHandoverButton", primary=True)
        write.clicked.connect(lambda: self.write_handover())
        top.addWidget(write)
        rota = button(translate("TodayPage", "On-call rota…"), "onCallRotaButton")
        rota.setToolTip(translate(
            "TodayPage", "Who is on call each night; managers and administrators keep it."))
        rota.clicked.connect(self.open_rota)
        top.addWidget(rota)
        out = button(translate("TodayPage", "Signed out…"), "whereaboutsButton")
        out.setToolTip(translate(
            "TodayPage", "The log book: who is out, sign out, signed back, steps taken."))
        out.clicked.connect(lambda: self.open_whereabouts())
        top.addWidget(out)
        history = button(translate("TodayPage", "Handover history…"),
                         "handoverHistoryButton")
        history.clicked.connect(self.handover_history)
        top.addWidget(history)
        refresh = button(translate("TodayPage", "Refresh"), "todayRefreshButton")
        refresh.setShortcut(QKeySequence("F5"))
        refresh.clicked.connect(self.refresh)
        top.addWidget(refresh)
        layout.addLayout(top)

        self.summary = label(name="todaySummary", role="note")
        layout.addWidget(self.summary)
        self.reading = message_label("todayReading")
        layout.addWidget(self.reading)
        self.busy = busy_bar("todayBusy", translate("TodayPage", "Reading your day"))
        layout.addWidget(self.busy)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(objectName="todayList")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.tree.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.tree.setAccessibleName(translate("TodayPage", "Your day"))
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.activated.connect(self.open_index)
        self.tree.doubleClicked.connect(self.open_index)
        layout.addWidget(self.tree, 1)
        self.message = message_label("todayMessage")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(label(translate("TodayPage", "Select a line and press Enter (or Open) to go to it."),
                            role="hint", wrap=False))
        row.addStretch(1)
        open_button = button(translate("TodayPage", "Open"), "todayOpenButton")
        open_button.clicked.connect(self.open_selected)
        row.addWidget(open_button)
        layout.addLayout(row)

        operations.changes().changed.connect(self._changed)
        self.refresh()

    # --- data ------------------------------------------------------------------------------

    def _changed(self, kinds: Kinds) -> None:
        if kinds & CARES_ABOUT and self.vault.is_open:
            self.refresh()

    def refresh(self, *, now: datetime | None = None) -> operations.Job | None:
        """Read her day in the background; the lines are shown when it has been read (a newer
        refresh started meanwhile wins: this one's lines are dropped)."""
        if not self.vault.is_open:
            return None
        now = now or utcnow()
        person = self.vault.person
        local = now.astimezone()
        self.when.setText(i18n.long_date(local, weekday=True))

        def read(outcome: operations.Outcome[list[TodayItem]]) -> None:
            if job is not self.refresh_job:
                return  # a newer refresh is on its way
            if outcome.ok:
                say(self.reading, "")
                self._show(outcome.value or [])
            # otherwise why not is said in self.reading; the lines shown before stay

        job = operations.background(
            self, operations.reading(self.vault, lambda session: today.items(
                session, person, now=now)),
            label=translate("TodayPage", "Reading your day…"), progress=self.busy, message=self.reading, on_done=read)
        self.refresh_job = job
        say(self.reading, translate("TodayPage", "Reading your day…"), role="hint")
        return job

    def _show(self, items: list[TodayItem]) -> None:
        self.items = items
        self.model.clear()
        for key, heading in GROUPS.items():
            lines = [i for i in self.items if i.group == key]
            if not lines:
                continue
            # The group's name is refugedesk/today.py's (marked there for translation).
            group = QStandardItem(translate("TodayPage", "{group} ({count})").format(
                group=translate("Today", heading), count=i18n.number(len(lines))))
            group.setSelectable(False)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            for item in lines:
                child = QStandardItem(("● " if item.urgent else "") + item.text)
                child.setData(item, ItemRole)
                child.setToolTip(translate("TodayPage", "Press Enter to open."))
                group.appendRow(child)
            self.model.appendRow(group)
        self.tree.expandAll()
        urgent = sum(1 for i in self.items if i.urgent)
        if not self.items:
            self.summary.setText(translate("TodayPage", "Nothing is waiting for you today."))
        else:
            # A count is a {count} in a whole sentence, English singular and plural each
            # their own (after a figure a Welsh noun stays singular: one form does for all).
            count = len(self.items)
            if urgent:
                text = (translate("TodayPage", "{count} thing today, {urgent} marked ● to look "
                                  "at first.") if count == 1 else
                        translate("TodayPage", "{count} things today, {urgent} marked ● to "
                                  "look at first."))
            else:
                text = (translate("TodayPage", "{count} thing today.") if count == 1
                        else translate("TodayPage", "{count} things today."))
            self.summary.setText(text.format(count=i18n.number(count),
                                             urgent=i18n.number(urgent)))

    def shown_lines(self) -> list[str]:
        """The text of every line, group headings first: what a user reads."""
        out = []
        for row in range(self.model.rowCount()):
            group = self.model.item(row)
            out.append(group.text())
            out.extend(group.child(r).text() for r in range(group.rowCount()))
        return out

    def index_of(self, record_type: str, record_id: int) -> QModelIndex:
        for row in range(self.model.rowCount()):
            group = self.model.item(row)
            for r in range(group.rowCount()):
                item: TodayItem = group.child(r).data(ItemRole)
                if (item.record_type, item.record_id) == (record_type, record_id):
                    return group.child(r).index()
        return QModelIndex()

    # --- opening ---------------------------------------------------------------------------

    def open_selected(self) -> None:
        self.open_index(self.tree.currentIndex())

    def open_index(self, index: QModelIndex) -> None:
        item = index.data(ItemRole) if index.isValid() else None
        if isinstance(item, TodayItem):
            self.open_item(item)

    def open_item(self, item: TodayItem) -> None:
        say(self.message, "")
        self.opened.emit(item.record_type, item.record_id)
        if item.record_type == "handover":
            self.dialog = open_handover(self.vault, item.record_id, self)
        elif item.record_type == "handover_draft":
            self.write_handover(resume_id=item.record_id)
        elif item.group == "overdue_back":
            self.open_whereabouts(stay_id=item.record_id)
        elif item.record_type in ("stay", "reservation"):
            outcome = operations.read(self, self.vault, lambda session: today.room_of(
                session, item.record_type, item.record_id), message=self.message)
            if not outcome.ok:
                return
            room = outcome.value
            page = self._go("houses")
            if page is not None and room is not None and hasattr(page, "select_room"):
                try:
                    page.select_room(room)
                except KeyError:
                    say(self.message, translate("TodayPage", "That room is not on today's board."),
                        role="note")
        elif item.record_type == "referral":
            page = self._go("referrals")
            if page is not None and hasattr(page, "select"):
                page.select(item.record_id)
        elif item.record_type == "resident":
            page = self._go("residents")
            opener = getattr(page, "open_resident", None)
            if callable(opener):
                opener(item.record_id)
            else:
                say(self.message, translate("TodayPage", "Her record opens from the Residents page."),
                    role="note")

    def _go(self, key: str) -> QWidget | None:
        """Show another page of the main window, if this page is in one."""
        window = self.window()
        show = getattr(window, "show_page", None)
        if not callable(show):
            say(self.message, translate("TodayPage", "Open it from its own page."), role="note")
            return None
        if not show(key):
            return None
        return window.page_widget(key)  # type: ignore[attr-defined]

    # --- the handover ----------------------------------------------------------------------

    def write_handover(self, *, resume_id: int | None = None) -> operations.Job:
        """The draft is gathered in the background; the form opens when it is ready."""

        def opened(dialog: QWidget) -> None:
            self.dialog = dialog

        self.job = write_handover(self.vault, self, resume_id=resume_id, message=self.message,
                                  opened=opened)
        return self.job

    def open_whereabouts(self, *, stay_id: int | None = None) -> QWidget:
        dialog = WhereaboutsDialog(self.vault, self)
        if stay_id is not None:
            dialog.select_stay(stay_id)
        self.dialog = dialogs.show(dialog)
        return self.dialog

    def open_rota(self) -> QWidget:
        self.dialog = open_rota(self.vault, self)
        return self.dialog

    def handover_history(self) -> QWidget:
        self.dialog = dialogs.show(HistoryDialog(self.vault, self))
        return self.dialog
