"""Her record: the header (who, where, key worker, risk level, live alerts) above the tabs:
Overview, Risk, Needs, Support plan, Contacts, Referrals out, Programmes, Reviews, Incidents.

Each tab is built the first time it is shown and reads its data then, and again when something
on the record changes (operations.changes() announcing one of CARES_ABOUT), so opening a record
costs the header and the first tab only.

Opened by a click, her record never holds the window up: `read_opening` (the audited open and
the Overview's reads) runs in the background while the page shows `OpeningView` ("Opening her
record…"); then the record is shown `staged`: the header and the tab bar in one turn of the
event loop, the Overview built and filled with what was read in the next, so no single step
stops the window for long (benchmarks/stalls.py). Built directly (`staged=False`), everything
is there when the constructor returns, as tests and the other ways in expect.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from refugedesk import plans, residents
from refugedesk.db.vault import Vault
from refugedesk.i18n import translate
from refugedesk.residents import Alert, RecordHeader
from refugedesk.ui import dialogs, operations
from refugedesk.ui.changes import Change, Kinds
from refugedesk.ui.record.common import RecordTab, risk_phrase
from refugedesk.ui.record.contacts import ContactsTab
from refugedesk.ui.record.contacts_dialogs import ContactDialog
from refugedesk.ui.record.incidents import IncidentsTab
from refugedesk.ui.record.needs import NeedsTab
from refugedesk.ui.record.overview import OverviewReads, OverviewTab, overview_reads
from refugedesk.ui.record.plan import PlanTab
from refugedesk.ui.record.programmes import ProgrammesTab
from refugedesk.ui.record.referrals_out import ReferralsOutTab
from refugedesk.ui.record.reviews import ReviewsTab
from refugedesk.ui.record.risk import RiskTab
from refugedesk.ui.widgets import PAGE_MARGINS, button, label, message_label, say

#: The kinds of change (operations.changes()) that can alter what her record shows.
CARES_ABOUT = frozenset({Change.RESIDENTS, Change.STAYS, Change.INCIDENTS, Change.CONTACTS,
                         Change.PLANS, Change.STAFF, Change.REVIEWS})
#: The tabs, in the order they are shown.
TABS: list[type[RecordTab]] = [OverviewTab, RiskTab, NeedsTab, PlanTab, ContactsTab,
                               ReferralsOutTab, ProgrammesTab, ReviewsTab, IncidentsTab]


@dataclass(frozen=True)
class Opening:
    """What opening her record reads: the header (read in the audited open) and the
    Overview's first reads."""

    header: RecordHeader
    overview: OverviewReads


def read_opening(vault: Vault, resident_id: int, *, today: date | None = None) -> Opening:
    """Open her record (audited: residents.open_record) and read her Overview. Domain calls
    only, so it runs on the worker thread (operations.background)."""
    header = residents.open_record(vault, resident_id, today=today)
    return Opening(header, vault.read(lambda session: overview_reads(session, resident_id)))


class OpeningView(QWidget):
    """What the page shows while her record is read: one calm line, nothing about her."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordOpening")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 12)
        layout.addWidget(label(translate("RecordWindow", "Opening her record…"), role="hint",
                               name="recordOpeningText"))
        layout.addStretch(1)


def _alert_line(alert: Alert) -> str:
    """One alert as plain text: "Warning: …" or "Note: …"; the under-18 flag says what it is
    itself."""
    if alert.kind == "under_18":
        return alert.message
    if alert.urgent:
        return translate("RecordWindow", "Warning: {message}").format(message=alert.message)
    return translate("RecordWindow", "Note: {message}").format(message=alert.message)


def _alert_html(alert: Alert) -> str:
    """One alert line as the header shows it; the message is always escaped (it may hold
    text someone typed)."""
    message = escape(alert.message)
    if alert.kind == "under_18":
        return f"<b>{message}</b>"
    if alert.urgent:
        return translate("RecordWindow", "<b>Warning:</b> {message}").format(message=message)
    return translate("RecordWindow", "Note: {message}").format(message=message)


class RecordHeaderView(QFrame):
    """Name, reference, where she is, key worker, risk level and live alerts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordHeader")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        self.name = label(name="recordName", role="heading")
        self.facts = label(name="recordFacts")
        for typed in (self.name, self.facts):  # her name, reference, rooms: typed text
            typed.setTextFormat(Qt.TextFormat.PlainText)
        self.alerts = label(name="recordAlerts", role="note")
        self.alerts.setTextFormat(Qt.TextFormat.RichText)
        self.alerts.setAccessibleName(translate("RecordWindow", "Alerts"))
        for widget in (self.name, self.facts, self.alerts):
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(widget)
        self._lines: list[str] = []

    def show_header(self, h: RecordHeader) -> None:
        self.name.setText(translate("RecordWindow", "{name} (known as {known_as})").format(
            name=h.name, known_as=h.known_as) if h.known_as else h.name)
        where = (translate("RecordWindow", "{house}, {room}").format(house=h.house, room=h.room)
                 if h.house else translate("RecordWindow", "Not in refuge now"))
        risk_text = (risk_phrase(h.risk_level) if h.risk_level
                     else translate("RecordWindow", "Risk not assessed yet"))
        self.facts.setText(translate(
            "RecordWindow", "Reference {reference}  ·  {where}  ·  Key worker: {key_worker}  ·  "
            "{risk}").format(reference=h.reference, where=where,
                             key_worker=h.key_worker or translate("RecordWindow", "none yet"),
                             risk=risk_text))
        if h.alerts:
            self._lines = [_alert_line(a) for a in h.alerts]
            self.alerts.setText("<br>".join(_alert_html(a) for a in h.alerts))
            self.alerts.show()
        else:
            self._lines = []
            self.alerts.setText("")
            self.alerts.hide()

    def alert_lines(self) -> list[str]:
        """The alerts as plain text lines (what a user reads)."""
        return list(self._lines)


class ResidentRecord(QWidget):
    """One resident's record. `back` asks the page to show the list again."""

    back = Signal()

    def __init__(self, vault: Vault, header: RecordHeader, parent: QWidget | None = None,
                 *, today: date | None = None, overview: OverviewReads | None = None,
                 staged: bool = False) -> None:
        """`overview`: the Overview's reads, made already (by `read_opening`). `staged`: the
        first tab is built on the next turn of the event loop, not in the constructor."""
        super().__init__(parent)
        self.setObjectName("residentRecord")
        self.vault = vault
        self.resident_id = header.resident_id
        self.today = today
        #: The last dialog opened from her record (tests read it).
        self.dialog: QDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        top = QHBoxLayout()
        back = button(translate("RecordWindow", "◀ Back to the list"), "recordBackButton")
        back.setShortcut(QKeySequence("Alt+Left"))
        back.clicked.connect(self.back)
        top.addWidget(back)
        top.addStretch(1)
        add_contact = button(translate("RecordWindow", "Add contact…"), "recordAddContactButton",
                             primary=True)
        add_contact.setToolTip(translate("RecordWindow", "Add a contact with her (Ctrl+K)"))
        add_contact.clicked.connect(self.add_contact)
        QShortcut(QKeySequence("Ctrl+K"), self, activated=self.add_contact)  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        # Ctrl+Tab and Ctrl+Shift+Tab go through her tabs wherever the focus is on her record
        # (Qt's own does only with the focus inside the tabs, never just after she is opened).
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+Shift+Tab", -1), ("Ctrl+Shift+Backtab", -1)):
            QShortcut(QKeySequence(keys), self, activated=lambda s=step: self.step_tab(s))  # type: ignore[call-overload]  # activated= kwarg: not in the stubs
        top.addWidget(add_contact)
        layout.addLayout(top)
        self.header_view = RecordHeaderView(self)
        layout.addWidget(self.header_view)
        # Under the tabs, so a message never moves them (a click meant for a tab lands on it);
        # it belongs to the tab that said it and goes when another tab is chosen.
        self.message = message_label("recordMessage")

        self.tabs = QTabWidget(objectName="recordTabs")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.tabs.setAccessibleName(translate("RecordWindow", "Parts of her record"))
        for kind in TABS:
            tab = kind(self)
            if isinstance(tab, OverviewTab):
                tab.given, tab.lists_later = overview, staged
            self.tabs.addTab(tab, kind.tab_title())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.tabs.currentChanged.connect(lambda _i: say(self.message, ""))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.header_view.show_header(header)
        if staged:
            QTimer.singleShot(0, self, lambda: self._tab_shown(self.tabs.currentIndex()))
        else:
            self._tab_shown(0)
        operations.changes().changed.connect(self._changed)

    def _tab_shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, RecordTab) and self.vault.is_open:
            tab.show_now()

    def _changed(self, kinds: Kinds) -> None:
        if not (kinds & CARES_ABOUT) or not self.vault.is_open:
            return
        resident_id, today = self.resident_id, self.today
        outcome = operations.read(self, self.vault, lambda session: residents.header(
            session, resident_id, today=today), message=self.message)
        if outcome.ok:
            self.header_view.show_header(outcome.value)
        for i in range(self.tabs.count()):
            self.tabs.widget(i).stale = True  # type: ignore[union-attr]  # every tab is a RecordTab
        self._tab_shown(self.tabs.currentIndex())

    def show_tab(self, name: str) -> RecordTab:
        """Show the tab whose page has this object name (e.g. "recordContacts"), as clicking
        it would: it is built and read if it was not yet."""
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if tab.objectName() == name:  # type: ignore[union-attr]  # objectName= kwarg: not in the stubs
                self.tabs.setCurrentIndex(i)
                self._tab_shown(i)  # already current (a staged opening): built now
                return tab  # type: ignore[return-value]
        raise KeyError(name)

    def open_dialog(self, dialog: QDialog) -> QDialog:
        self.dialog = dialogs.show(dialog)
        return self.dialog

    def step_tab(self, step: int) -> None:
        """The next tab (step 1) or the one before (-1), going round."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def add_contact(self) -> QDialog | None:
        """Add a contact with her, from any tab (Ctrl+K)."""
        resident_id = self.resident_id
        goals = operations.read(self, self.vault, lambda session: plans.open_goals(
            session, resident_id), message=self.message)
        if not goals.ok:
            return None
        return self.open_dialog(ContactDialog(self.vault, resident_id, goals.value, self))
