"""Her record: the header (who, where, key worker, risk level, live alerts) above every tab,
and the tabs: Overview, Risk, Needs, Support plan, Contacts, Referrals out, Programmes,
Incidents.

A tab reads its data the first time it is shown, and again when something on the record
changes (operations.changes() announcing "residents"), so opening a record costs the header
and the first tab only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from refugedesk import (
    assessment,
    contacts,
    incidents,
    plans,
    referrals_out,
    resident_views,
    residents,
    risk,
    staff,
)
from refugedesk.capacity_rules import fmt_day
from refugedesk.contacts import ContactRow
from refugedesk.db.models import AssessmentStage, ContactState, GoalStatus
from refugedesk.db.vault import Vault
from refugedesk.residents import RecordHeader
from refugedesk.ui import dialogs, operations
from refugedesk.ui.lazy_model import LazyTableModel
from refugedesk.ui.resident_dialogs import (
    MODE_LABELS,
    PLACE_LABELS,
    STATE_LABELS,
    ActionDialog,
    AttendanceDialog,
    ChildDialog,
    ContactDialog,
    CourtOrderDialog,
    DashDialog,
    DetailsDialog,
    GoalDialog,
    IncidentDialog,
    MaracActionsDialog,
    MaracDialog,
    NeedsDialog,
    ReferralOutDialog,
    ReferralOutUpdateDialog,
    owner_text,
)
from refugedesk.ui.star_chart import Spoke, StarChart
from refugedesk.ui.widgets import button, label, message_label, say

Index = QModelIndex | QPersistentModelIndex
CONTACT_BATCH = 100
#: The kinds of change (operations.changes()) that can alter what her record shows.
CARES_ABOUT = frozenset({"residents", "stays", "incidents", "contacts", "plans", "staff",
                         "reviews"})
STAGE_LABELS = {AssessmentStage.INTAKE: "at intake", AssessmentStage.REVIEW: "at a review",
                AssessmentStage.MOVE_ON: "at move-on"}


def _day(day: date | None, empty: str = "—") -> str:
    return fmt_day(day) if day else empty


def _yes(value: bool) -> str:
    return "Yes" if value else "No"


def table(name: str, accessible: str, columns: list[str]) -> QTableWidget:
    widget = QTableWidget(0, len(columns), objectName=name)
    widget.setAccessibleName(accessible)
    widget.setHorizontalHeaderLabels(columns)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setWordWrap(True)
    widget.verticalHeader().hide()
    widget.horizontalHeader().setStretchLastSection(True)
    widget.setAlternatingRowColors(True)
    return widget


def fill(widget: QTableWidget, rows: list[list[str]], data: list[object] | None = None) -> None:
    widget.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if data is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, data[r])
            widget.setItem(r, c, item)
    widget.resizeRowsToContents()


def cells(widget: QTableWidget) -> list[list[str]]:
    """What a table shows, row by row (tests and screen readers read the same)."""
    return [[widget.item(r, c).text() if widget.item(r, c) else ""
             for c in range(widget.columnCount())] for r in range(widget.rowCount())]


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
        self.alerts = label(name="recordAlerts", role="note")
        self.alerts.setTextFormat(Qt.TextFormat.RichText)
        self.alerts.setAccessibleName("Alerts")
        for widget in (self.name, self.facts, self.alerts):
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(widget)

    def show_header(self, h: RecordHeader) -> None:
        self.name.setText(h.name + (f" (known as {h.known_as})" if h.known_as else ""))
        where = f"{h.house}, {h.room}" if h.house else "Not in refuge now"
        risk_text = f"{h.risk_level.label} risk" if h.risk_level else "Risk not assessed yet"
        self.facts.setText(f"Reference {h.reference}  ·  {where}  ·  Key worker: "
                           f"{h.key_worker or 'none yet'}  ·  {risk_text}")
        if h.alerts:
            self._lines = [("Warning: " if a.urgent else "Note: ") + a.message
                           for a in h.alerts]
            self.alerts.setText("<br>".join(
                ("<b>Warning:</b> " if a.urgent else "Note: ") + escape(a.message)
                for a in h.alerts))
            self.alerts.show()
        else:
            self._lines = []
            self.alerts.setText("")
            self.alerts.hide()

    def alert_lines(self) -> list[str]:
        """The alerts as plain text lines (what a user reads)."""
        return list(self._lines)


class ContactsModel(LazyTableModel):
    """Her contacts newest first, a page at a time (a long stay can have hundreds)."""

    COLUMNS = ["When", "Kind", "How and where", "Minutes", "Staff", "Notes"]
    columns = COLUMNS
    batch = CONTACT_BATCH

    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.resident_id = resident_id

    def fetch(self, session, *, offset: int, limit: int) -> list[ContactRow]:  # type: ignore[no-untyped-def]
        return contacts.contacts_for(session, self.resident_id, offset=offset, limit=limit)

    def cell(self, c: ContactRow, column: int, role: int) -> str | None:
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return c.notes or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        notes = c.notes.replace("\n", " ")
        return [f"{c.at.astimezone():%a %d %b %Y %H:%M}", STATE_LABELS[c.state],
                f"{MODE_LABELS[c.mode]}, {PLACE_LABELS[c.place].lower()}", str(c.minutes),
                c.staff or "—", notes if len(notes) <= 140 else notes[:139] + "…"
                ][column]


class ResidentRecord(QWidget):
    """One resident's record. `back` asks the page to show the list again."""

    back = Signal()

    def __init__(self, vault: Vault, header: RecordHeader, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("residentRecord")
        self.vault = vault
        self.resident_id = header.resident_id
        self.today = today
        self.dialog: QDialog | None = None
        self._loaded: set[int] = set()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 14, 28, 12)
        top = QHBoxLayout()
        back = button("◀ Back to the list", "recordBackButton")
        back.setShortcut(QKeySequence("Alt+Left"))
        back.clicked.connect(self.back)
        top.addWidget(back)
        top.addStretch(1)
        add_contact = button("Add contact…", "recordAddContactButton", primary=True)
        add_contact.setToolTip("Add a contact with her (Ctrl+K)")
        add_contact.clicked.connect(self.add_contact)
        QShortcut(QKeySequence("Ctrl+K"), self, activated=self.add_contact)
        top.addWidget(add_contact)
        layout.addLayout(top)
        self.header_view = RecordHeaderView(self)
        layout.addWidget(self.header_view)
        self.message = message_label("recordMessage")
        layout.addWidget(self.message)

        self.tabs = QTabWidget(objectName="recordTabs")
        self.tabs.setAccessibleName("Parts of her record")
        self.loaders: list[Callable[[], None]] = []
        for title, build, load in [
                ("&Overview", self._build_overview, self._load_overview),
                ("R&isk", self._build_risk, self._load_risk),
                ("&Needs", self._build_needs, self._load_needs),
                ("Support &plan", self._build_plan, self._load_plan),
                ("&Contacts", self._build_contacts, self._load_contacts),
                ("Re&ferrals out", self._build_referrals, self._load_referrals),
                ("Pro&grammes", self._build_programmes, self._load_programmes),
                ("Re&views", self._build_reviews, self._load_reviews),
                ("Incid&ents", self._build_incidents, self._load_incidents)]:
            self.tabs.addTab(build(), title)
            self.loaders.append(load)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.header_view.show_header(header)
        self._tab_shown(0)
        operations.changes().changed.connect(self._changed)

    # --- loading -----------------------------------------------------------------------------

    def _tab_shown(self, index: int) -> None:
        if index >= 0 and index not in self._loaded and self.vault.is_open:
            self._loaded.add(index)
            self.loaders[index]()

    def _changed(self, kinds: frozenset[str]) -> None:
        if not (kinds & CARES_ABOUT) or not self.vault.is_open:
            return
        with self.vault.session() as session:
            header = residents.header(session, self.resident_id, today=self.today)
        self.header_view.show_header(header)
        self._loaded = set()
        self._tab_shown(self.tabs.currentIndex())

    def show_tab(self, name: str) -> QWidget:
        """Show the tab whose page has this object name (e.g. "recordContacts")."""
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).objectName() == name:
                self.tabs.setCurrentIndex(i)
                return self.tabs.widget(i)
        raise KeyError(name)

    def _page(self, name: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(objectName=name)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        return page, layout

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialogs.show(dialog)
        return self.dialog

    # --- Overview ------------------------------------------------------------------------------

    def _build_overview(self) -> QWidget:
        page, layout = self._page("recordOverview")
        top = QHBoxLayout()
        top.addStretch(1)
        edit = button("Edit her details…", "overviewEditDetails")
        edit.clicked.connect(self.edit_details)
        top.addWidget(edit)
        for text, name, dialog in [("Add a child…", "overviewAddChild", ChildDialog),
                                   ("Add a court order…", "overviewAddOrder",
                                    CourtOrderDialog)]:
            b = button(text, name)
            b.clicked.connect(lambda _=False, d=dialog: self._open(
                d(self.vault, self.resident_id, self)))
            top.addWidget(b)
        layout.addLayout(top)
        scroll = QScrollArea(objectName="overviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.overview = label(name="overviewText")
        self.overview.setTextFormat(Qt.TextFormat.RichText)
        self.overview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.overview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll.setWidget(self.overview)
        layout.addWidget(scroll)
        return page

    def _load_overview(self) -> None:
        with self.vault.session() as session:
            d = resident_views.resident_details(session, self.resident_id)
        today = self.today or date.today()
        e = escape

        def rows(pairs: list[tuple[str, str]]) -> str:
            return "".join(f"<tr><td style='padding-right:14px;color:#55615f'>{e(k)}</td>"
                           f"<td>{e(v)}</td></tr>" for k, v in pairs if v)

        parts = ["<h3>About her</h3><table>", rows([
            ("Name", d.name), ("Known as", d.known_as), ("Reference", d.reference),
            ("Date of birth", _day(d.date_of_birth, "")),
            ("Language", d.language + (" (needs an interpreter)" if d.needs_interpreter
                                       else "")),
            ("Disability and access", d.access_needs),
            ("Immigration status", d.immigration_status),
            ("No recourse to public funds", "Yes" if d.nrpf else ""), ("GP", d.gp),
            ("Key worker", d.key_worker or "None yet")]), "</table>",
            "<h3>Contacting her safely</h3><table>", rows([
                ("Phone calls", "Safe to call" if d.safe_to_call else "Do not phone her"),
                ("Text messages", "Safe to text" if d.safe_to_text else "Do not text her"),
                ("Code word", "Yes: check it before you talk" if d.code_word else "None"),
                ("Times to avoid", d.times_to_avoid)]), "</table>",
            "<h3>Children</h3>"]
        if not d.children:
            parts.append("<p>No children on her record.</p>")
        for c in d.children:
            age = c.age(today)
            facts = [f"born {_day(c.date_of_birth)}" + (f" (age {age})" if age is not None
                                                        else "")
                     if c.date_of_birth else "date of birth not known"]
            if c.school:
                facts.append(c.school)
            if c.child_protection_plan:
                facts.append("on a child protection plan")
            if c.child_in_need:
                facts.append("child in need")
            if c.social_worker:
                facts.append(f"social worker: {c.social_worker}")
            parts.append(f"<p><b>{e(c.name)}</b>: {e('; '.join(facts))}"
                         + (f"<br>Needs: {e(c.needs)}" if c.needs else "") + "</p>")
        parts.append("<h3>Consent to share</h3>")
        if not d.consents:
            parts.append("<p>No consent recorded yet.</p>")
        for c in d.consents:
            status = (f"withdrawn on {_day(c.withdrawn_on)}" if c.withdrawn_on
                      else "in force")
            parts.append(f"<p>{e(c.what)}, with {e(c.shared_with)}: agreed on "
                         f"{_day(c.given_on)}, explained by {e(c.explained_by or 'not recorded')}"
                         f" ({status}).</p>")
        parts.append("<h3>Safety</h3>")
        if not d.abusers:
            parts.append("<p>Nothing recorded about the person she fled.</p>")
        for a in d.abusers:
            parts.append("<table>" + rows([
                ("Name", a.name), ("Description", a.description), ("Vehicle", a.vehicle),
                ("Known areas (never placed here)", ", ".join(a.known_areas))]) + "</table>")
        parts.append("<h3>Court orders and bail conditions</h3>")
        if not d.court_orders:
            parts.append("<p>None recorded.</p>")
        for o in d.court_orders:
            ends = f"ends {_day(o.expires_on)}" if o.expires_on else "no end date"
            ended = " (ended)" if o.expires_on and o.expires_on < today else ""
            parts.append(f"<p>{e(o.kind.label)}: made {_day(o.made_on, 'date not known')}, "
                         f"{ends}{ended}" + (f". {e(o.notes)}" if o.notes else "") + "</p>")
        parts.append("<h3>Stays</h3>")
        if not d.stays:
            parts.append("<p>No stays linked to her record.</p>")
        for s in d.stays:
            until = (f"to {_day(s.left_on)}" + (f" ({s.departure_reason.label.lower()})"
                                               if s.departure_reason else "")
                     if s.left_on else "(here now)")
            parts.append(f"<p>{e(s.house)}, {e(s.room)}: from {_day(s.arrived_on)} "
                         f"{e(until)}</p>")
        self.overview.setText("".join(parts))

    def edit_details(self) -> QDialog:
        with self.vault.session() as session:
            details = resident_views.resident_details(session, self.resident_id)
            workers = [(s.display_name, s.id) for s in staff.colleagues(session)
                       if s.active or s.id == details.key_worker_id]
        return self._open(DetailsDialog(self.vault, details, workers, self))

    # --- Risk ----------------------------------------------------------------------------------

    def _build_risk(self) -> QWidget:
        page, layout = self._page("recordRisk")
        top = QHBoxLayout()
        self.risk_summary = label(name="riskSummary", role="subheading")
        top.addWidget(self.risk_summary, 1)
        new = button("New DASH checklist…", "riskNewDashButton")
        new.clicked.connect(self.add_dash)
        top.addWidget(new)
        layout.addLayout(top)
        prompt_row = QHBoxLayout()
        self.marac_prompt = label(name="maracPrompt", role="note")
        prompt_row.addWidget(self.marac_prompt, 1)
        self.marac_button = button("Record MARAC referral…", "recordMaracButton")
        self.marac_button.clicked.connect(self.add_marac)
        prompt_row.addWidget(self.marac_button)
        layout.addLayout(prompt_row)
        layout.addWidget(label("DASH risk checklists, newest first", role="hint"))
        self.dash_table = table("dashHistory", "DASH history",
                                ["Date", "Score", "Level", "Reached by",
                                 "Reason", "Assessed by"])
        for col, width in enumerate([110, 60, 80, 180, 300]):
            self.dash_table.setColumnWidth(col, width)
        layout.addWidget(self.dash_table, 2)
        marac_row = QHBoxLayout()
        marac_row.addWidget(label("MARAC referrals, newest first. A referral within 12 months "
                                  "of an earlier one is a repeat.", role="hint"), 1)
        actions = button("Record actions agreed…", "maracActionsButton")
        actions.clicked.connect(self.marac_actions)
        marac_row.addWidget(actions)
        layout.addLayout(marac_row)
        self.marac_table = table("maracHistory", "MARAC referrals",
                                 ["Referred on", "Repeat?", "Reason", "Actions agreed"])
        for col, width in enumerate([110, 240, 220]):
            self.marac_table.setColumnWidth(col, width)
        layout.addWidget(self.marac_table, 1)
        return page

    def _load_risk(self) -> None:
        with self.vault.session() as session:
            dash = risk.history(session, self.resident_id)
            marac = risk.marac_history(session, self.resident_id)
            due = risk.needs_marac(session, self.resident_id)
            names = resident_views.staff_names(session)
        if dash:
            latest = dash[0]
            self.risk_summary.setText(
                f"Latest DASH: score {latest.score} of 24, {latest.level.label.lower()} risk "
                f"(by {latest.route.label.lower()}), on {latest.assessed_at.astimezone():%d %b %Y}")
        else:
            self.risk_summary.setText("No DASH risk checklist recorded yet.")
        self.marac_prompt.setText("MARAC referral suggested: her latest assessment is high "
                                  "risk and no MARAC referral has been recorded since." if due
                                  else "")
        self.marac_prompt.setVisible(due)
        fill(self.dash_table, [[f"{a.assessed_at.astimezone():%d %b %Y}", str(a.score),
                                a.level.label, a.route.label, a.reason,
                                names.get(a.assessed_by_id, "—") if a.assessed_by_id else "—"]
                               for a in dash])
        self._latest_dash = dash[0].id if dash else None
        fill(self.marac_table, [[
            _day(m.referred_on),
            (f"Yes: repeat of {_day(m.repeat_of_on)}" + (f". Earlier actions: "
                                                         f"{m.repeat_of_actions}"
                                                         if m.repeat_of_actions else "")
             if m.is_repeat else "No"),
            m.reason, m.actions] for m in marac], list(marac))
        if marac:
            self.marac_table.selectRow(0)

    def add_dash(self) -> QDialog:
        return self._open(DashDialog(self.vault, self.resident_id, self))

    def add_marac(self) -> QDialog:
        latest = getattr(self, "_latest_dash", None)
        return self._open(MaracDialog(self.vault, self.resident_id, latest, self))

    def marac_actions(self) -> QDialog | None:
        chosen = self.marac_table.selectionModel().selectedRows()
        if not chosen:
            say(self.message, "Select a MARAC referral in the list first.")
            return None
        row = self.marac_table.item(chosen[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return self._open(MaracActionsDialog(self.vault, self.resident_id, row, self))

    # --- Needs ---------------------------------------------------------------------------------

    def _build_needs(self) -> QWidget:
        page, layout = self._page("recordNeeds")
        top = QHBoxLayout()
        self.needs_summary = label(name="needsSummary", role="hint")
        top.addWidget(self.needs_summary, 1)
        new = button("New needs assessment…", "needsNewButton")
        new.clicked.connect(self.add_needs)
        top.addWidget(new)
        layout.addLayout(top)
        row = QHBoxLayout()
        self.needs_table = table("needsTable", "Needs scores, first and latest",
                                 ["Area", "First", "Latest", "Change", "Her words (latest)"])
        for col, width in enumerate([210, 60, 60, 110]):
            self.needs_table.setColumnWidth(col, width)
        row.addWidget(self.needs_table, 1)
        self.star = StarChart(page)
        row.addWidget(self.star, 1)
        layout.addLayout(row, 1)
        return page

    def _load_needs(self) -> None:
        with self.vault.session() as session:
            travelled = assessment.distance_travelled(session, self.resident_id)
            done = assessment.assessments(session, self.resident_id)
        latest_words = done[-1].her_words if done else {}
        if done:
            first, last = done[0], done[-1]
            self.needs_summary.setText(
                f"{len(done)} needs assessment{'s' if len(done) != 1 else ''}: the first on "
                f"{_day(first.assessed_on)} ({STAGE_LABELS[first.stage]}), the latest on "
                f"{_day(last.assessed_on)} ({STAGE_LABELS[last.stage]}). Each area is scored "
                "1 (in crisis) to 5 (no worries here).")
        else:
            self.needs_summary.setText("No needs assessment recorded yet.")

        def change(n: int) -> str:
            if n > 0:
                return f"Better by {n}"
            if n < 0:
                return f"Harder by {-n}"
            return "No change"

        fill(self.needs_table, [[t.area.label, str(t.first), str(t.latest), change(t.change),
                                 latest_words.get(t.area, "")] for t in travelled])
        self.star.set_spokes([Spoke(t.area.label, t.first, t.latest) for t in travelled])

    def add_needs(self) -> QDialog:
        return self._open(NeedsDialog(self.vault, self.resident_id, self))

    # --- Support plan --------------------------------------------------------------------------

    def _build_plan(self) -> QWidget:
        page, layout = self._page("recordPlan")
        top = QHBoxLayout()
        self.plan_summary = label(name="planSummary", role="subheading")
        top.addWidget(self.plan_summary, 1)
        self.plan_version = QComboBox(objectName="planVersion")
        self.plan_version.setAccessibleName("Version of her plan to show")
        self.plan_version.currentIndexChanged.connect(lambda _i: self._show_plan())
        top.addWidget(self.plan_version)
        self.plan_buttons: dict[str, QPushButton] = {}
        for key, text, slot in [("start", "Start her plan", self.start_plan),
                                ("goal", "Add goal…", self.add_goal),
                                ("action", "Add action…", self.add_action),
                                ("done", "Mark action done", self.mark_done),
                                ("review", "Review: new version…", self.ask_review)]:
            b = button(text, f"plan{key.capitalize()}Button")
            b.clicked.connect(slot)
            top.addWidget(b)
            self.plan_buttons[key] = b
        layout.addLayout(top)
        self.overdue_note = label(name="planOverdue", role="note")
        layout.addWidget(self.overdue_note)
        layout.addWidget(label("Goals she has chosen, in her words", role="hint"))
        self.goals_table = table("planGoals", "Goals", ["Goal, in her words", "Area",
                                                        "Success looks like", "Status"])
        for col, width in enumerate([320, 170, 240]):
            self.goals_table.setColumnWidth(col, width)
        layout.addWidget(self.goals_table, 1)
        layout.addWidget(label("Actions", role="hint"))
        self.actions_table = table("planActions", "Actions", ["What", "Goal", "Who", "By when",
                                                              "Done"])
        for col, width in enumerate([320, 220, 150, 130]):
            self.actions_table.setColumnWidth(col, width)
        layout.addWidget(self.actions_table, 2)
        self.plan_id: int | None = None
        self._goals: list[plans.GoalView] = []
        return page

    def _load_plan(self) -> None:
        """Read which versions there are; show the chosen one (the current by default)."""
        with self.vault.session() as session:
            found = plans.versions(session, self.resident_id)
            self.plan_id = plans.current_plan_id(session, self.resident_id)
        # Looking at an earlier version: stay on it. Otherwise show the current one (which
        # after a review is the new version).
        keep = self.plan_version.currentData() if self.plan_version.currentIndex() > 0 else None
        self.plan_version.blockSignals(True)
        self.plan_version.clear()
        for plan_id, version, created in found:
            current = plan_id == self.plan_id
            self.plan_version.addItem(
                f"Version {version}" + (" (current)" if current else
                                        f" (from {created.astimezone():%d %b %Y})"), plan_id)
        index = self.plan_version.findData(keep) if keep is not None else -1
        self.plan_version.setCurrentIndex(index if index >= 0 else 0)
        self.plan_version.blockSignals(False)
        self.plan_version.setVisible(len(found) > 1)
        self._show_plan()

    def _show_plan(self) -> None:
        today = self.today or date.today()
        shown = self.plan_version.currentData()
        with self.vault.session() as session:
            view = plans.plan_view(session, shown) if shown is not None else None
            overdue = plans.overdue_actions(session, resident_id=self.resident_id, today=today)
        current = view is not None and view.current
        self._goals = list(view.goals) if current and view else []
        self.plan_buttons["start"].setVisible(view is None)
        for key in ("goal", "action", "done", "review"):
            self.plan_buttons[key].setVisible(view is not None)
            self.plan_buttons[key].setEnabled(current)
        if view is None:
            self.plan_summary.setText("She has no support plan yet.")
            fill(self.goals_table, [])
            fill(self.actions_table, [])
            self.overdue_note.hide()
            return
        if current:
            self.plan_summary.setText(f"Support plan, version {view.version} (started "
                                      f"{view.created_at.astimezone():%d %b %Y})")
        else:
            self.plan_summary.setText(
                f"Version {view.version}, as it was until the review on "
                f"{view.superseded_at.astimezone():%d %b %Y}")  # type: ignore[union-attr]
        if overdue and current:
            self.overdue_note.setText(
                f"{len(overdue)} action{'s are' if len(overdue) != 1 else ' is'} overdue: "
                + "; ".join(f"{o.what} ({o.days_overdue} day"
                            f"{'s' if o.days_overdue != 1 else ''} late)" for o in overdue))
            self.overdue_note.show()
        else:
            self.overdue_note.hide()
        goals = {g.id: g for g in view.goals}
        fill(self.goals_table, [[g.her_words, g.area.label if g.area else "—",
                                 g.success_looks_like, g.status.label] for g in view.goals],
             [g.id for g in view.goals])
        self.actions_table.setHorizontalHeaderLabels(
            ["What", "Goal", "Who", "By when", "Done" if current else "What became of it"])

        def late(a: plans.ActionView) -> bool:
            return current and a.done_at is None and a.due_on is not None and a.due_on < today

        def due(a: plans.ActionView) -> str:
            if a.due_on is None:
                return "No date"
            if late(a):
                days = (today - a.due_on).days
                return f"Overdue: was due {_day(a.due_on)} ({days} day{'s' if days != 1 else ''})"
            return _day(a.due_on)

        def became(a: plans.ActionView) -> str:
            if a.done_at is not None:
                return f"Done {a.done_at.astimezone():%d %b %Y}"
            return {"open": "Not yet", "carried": "Not done: carried into the next version",
                    "dropped": "Not done: dropped at the review"}.get(a.became, a.became)

        fill(self.actions_table, [[
            a.what, goals[a.goal_id].her_words if a.goal_id in goals else "—",
            owner_text(a.owner, a.agency), due(a), became(a)]
            for a in view.actions], [a.id for a in view.actions])
        for r, a in enumerate(view.actions):
            if late(a):
                item = self.actions_table.item(r, 3)
                font = item.font()
                font.setBold(True)
                item.setFont(font)

    def start_plan(self) -> None:
        operations.run(self, lambda: plans.start_plan(self.vault, resident_id=self.resident_id),
                       message=self.message, changed={"residents", "plans"})

    def ask_review(self) -> None:
        if self.plan_id is None:
            return
        self.dialog = dialogs.confirm(
            self, name="planReviewConfirm", title="Start a new version of her plan?",
            text="The plan as it is now is kept, so the next review can read it. Open goals "
                 "and the actions not yet done are carried into the new version.",
            yes="Start the new version",
            on_yes=lambda: operations.run(
                self, lambda: plans.new_version(self.vault, resident_id=self.resident_id),
                message=self.message, changed={"residents", "plans"}))

    def add_goal(self) -> QDialog | None:
        if getattr(self, "plan_id", None) is None:
            return None
        return self._open(GoalDialog(self.vault, self.resident_id, self.plan_id, self))

    def add_action(self) -> QDialog | None:
        if getattr(self, "plan_id", None) is None:
            return None
        goals = [g for g in self._goals if g.status is GoalStatus.OPEN]
        return self._open(ActionDialog(self.vault, self.resident_id, self.plan_id, goals, self))

    def mark_done(self) -> None:
        rows = self.actions_table.selectionModel().selectedRows()
        if not rows:
            say(self.message, "Select an action in the list first.")
            return
        action_id = self.actions_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        operations.run(self, lambda: plans.complete_action(self.vault, action_id),
                       message=self.message, changed={"residents", "plans"})

    # --- Contacts ------------------------------------------------------------------------------

    def _build_contacts(self) -> QWidget:
        page, layout = self._page("recordContacts")
        top = QHBoxLayout()
        self.contacts_summary = label(name="contactsSummary", role="hint")
        top.addWidget(self.contacts_summary, 1)
        self.contact_buttons: dict[ContactState, QPushButton] = {}
        for state, text, name in [(ContactState.ATTENDED, "It happened", "contactHappened"),
                                  (ContactState.MISSED, "She missed it", "contactMissed")]:
            b = button(text, name)
            b.setToolTip("For a planned contact: record what became of it")
            b.clicked.connect(lambda _=False, st=state: self.mark_contact(st))
            b.setEnabled(False)
            top.addWidget(b)
            self.contact_buttons[state] = b
        add = button("Add contact…", "contactsAddButton")
        add.clicked.connect(self.add_contact)
        top.addWidget(add)
        layout.addLayout(top)
        self.contacts_model = ContactsModel(self.vault, self.resident_id, self)
        self.contacts_view = QTableView(objectName="contactsTable")
        self.contacts_view.setAccessibleName("Contacts with her")
        self.contacts_view.setModel(self.contacts_model)
        self.contacts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts_view.setAlternatingRowColors(True)
        self.contacts_view.verticalHeader().hide()
        self.contacts_view.horizontalHeader().setStretchLastSection(True)
        self.contacts_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate([190, 140, 190, 70, 140]):
            self.contacts_view.setColumnWidth(col, width)
        layout.addWidget(self.contacts_view, 1)
        self.contacts_view.selectionModel().selectionChanged.connect(
            lambda *_: self._contact_selected())
        return page

    def selected_contact(self) -> ContactRow | None:
        rows = self.contacts_view.selectionModel().selectedRows()
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def _contact_selected(self) -> None:
        c = self.selected_contact()
        planned = c is not None and c.state is ContactState.PLANNED
        for b in self.contact_buttons.values():
            b.setEnabled(planned)

    def mark_contact(self, state: ContactState) -> None:
        c = self.selected_contact()
        if c is None or c.state is not ContactState.PLANNED:
            return
        operations.run(self, lambda: contacts.mark_contact(self.vault, c.id, state),
                       message=self.message, changed={"residents", "contacts"})

    def _load_contacts(self) -> None:
        with self.vault.session() as session:
            total = contacts.count_contacts(session, self.resident_id)
        self.contacts_model.reload()
        self._contact_selected()
        self.contacts_summary.setText(
            "No contacts recorded yet." if total == 0 else
            f"{total} contact{'s' if total != 1 else ''}, newest first.")

    def add_contact(self) -> QDialog:
        with self.vault.session() as session:
            plan_id = plans.current_plan_id(session, self.resident_id)
            goals = [g for g in plans.plan_view(session, plan_id).goals
                     if g.status is GoalStatus.OPEN] if plan_id is not None else []
        return self._open(ContactDialog(self.vault, self.resident_id, goals, self))

    # --- Referrals out, programmes, incidents ----------------------------------------------------

    def _build_referrals(self) -> QWidget:
        page, layout = self._page("recordReferralsOut")
        top = QHBoxLayout()
        top.addWidget(label("Referrals made for her to other agencies, newest first.",
                            role="hint"), 1)
        self.referral_update = button("Update…", "referralOutUpdateButton")
        self.referral_update.setToolTip("Record what became of the selected referral")
        self.referral_update.clicked.connect(self.update_referral)
        top.addWidget(self.referral_update)
        add = button("Make a referral…", "referralOutAddButton")
        add.clicked.connect(lambda: self._open(ReferralOutDialog(self.vault, self.resident_id,
                                                                 self)))
        top.addWidget(add)
        layout.addLayout(top)
        self.referrals_table = table("referralsOutTable", "Referrals out",
                                     ["Made on", "Agency", "Reason", "Status", "Follow up",
                                      "Outcome"])
        for col, width in enumerate([110, 190, 220, 100, 170]):
            self.referrals_table.setColumnWidth(col, width)
        layout.addWidget(self.referrals_table, 1)
        return page

    def _load_referrals(self) -> None:
        with self.vault.session() as session:
            rows = referrals_out.for_resident(session, self.resident_id, today=self.today)

        def follow(r: referrals_out.ReferralOutRow) -> str:
            if r.follow_up_on is None:
                return "—"
            if r.follow_up_due:
                return f"Follow up now (due {_day(r.follow_up_on)})"
            return _day(r.follow_up_on)

        fill(self.referrals_table, [[_day(r.made_on), r.agency_label, r.reason,
                                     r.status.value.capitalize(), follow(r), r.outcome]
                                    for r in rows], list(rows))
        if rows:
            self.referrals_table.selectRow(0)

    def update_referral(self) -> QDialog | None:
        chosen = self.referrals_table.selectionModel().selectedRows()
        if not chosen:
            say(self.message, "Select a referral in the list first.")
            return None
        row = self.referrals_table.item(chosen[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return self._open(ReferralOutUpdateDialog(self.vault, row, self))

    def _build_programmes(self) -> QWidget:
        page, layout = self._page("recordProgrammes")
        top = QHBoxLayout()
        top.addWidget(label("Group programmes she has joined. A certificate can be printed "
                            "for a programme she has completed.", role="hint"), 1)
        attendance = button("Record attendance…", "programmeAttendanceButton")
        attendance.clicked.connect(self.record_attendance)
        top.addWidget(attendance)
        self.certificate_button = button("Certificate…", "programmeCertificateButton")
        self.certificate_button.clicked.connect(self.save_certificate)
        top.addWidget(self.certificate_button)
        layout.addLayout(top)
        self.programmes_table = table("programmesTable", "Programmes",
                                      ["Programme", "Attended", "Missed", "Excused",
                                       "Completed?"])
        self.programmes_table.setColumnWidth(0, 260)
        layout.addWidget(self.programmes_table, 1)
        return page

    def record_attendance(self) -> QDialog:
        with self.vault.session() as session:
            choices = resident_views.programme_sessions(session)
        return self._open(AttendanceDialog(self.vault, self.resident_id, choices, self))

    def save_certificate(self) -> QDialog | None:
        """Her completion certificate for the selected programme, as a PDF she can keep."""
        chosen = self.programmes_table.selectionModel().selectedRows()
        if not chosen:
            say(self.message, "Select a programme in the list first.")
            return None
        progress = self.programmes_table.item(chosen[0].row(), 0).data(
            Qt.ItemDataRole.UserRole)
        from refugedesk.reports.certificate_pdf import certificate, write_certificate

        outcome = operations.run(self, lambda: certificate(
            self.vault, programme_id=progress.programme_id, resident_id=self.resident_id),
            message=self.message)
        if not outcome.ok:
            return None
        cert = outcome.value
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        dialog = QFileDialog(self, "Save her certificate",
                             str(Path(folder) / f"certificate-{progress.name}.pdf"),
                             "PDF (*.pdf)")
        dialog.setObjectName("certificateFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")

        def write(path: str) -> None:
            done = operations.run(self, lambda: write_certificate(cert, Path(path)),
                                  message=self.message)
            if done.ok:
                say(self.message, f"Certificate saved: {done.value}", role="ok")

        dialog.fileSelected.connect(write)
        return self._open(dialog)

    def _load_programmes(self) -> None:
        with self.vault.session() as session:
            rows = resident_views.programmes_for(session, self.resident_id)
        fill(self.programmes_table, [
            [p.name, f"{p.attended} of {p.to_complete} needed", str(p.missed), str(p.excused),
             "Yes" if p.completed else "Not yet"] for p in rows], list(rows))
        if rows:
            self.programmes_table.selectRow(0)

    # --- Reviews and move-on ---------------------------------------------------------------------

    def _build_reviews(self) -> QWidget:
        page, layout = self._page("recordReviews")
        top = QHBoxLayout()
        top.addWidget(label("Her reviews, and the celebration of achievement before she moves "
                            "on. Saving a review again keeps the earlier version.",
                            role="hint"), 1)
        plan = button("Plan a review…", "reviewPlanButton")
        plan.clicked.connect(self.plan_review)
        top.addWidget(plan)
        hold = button("Hold a review…", "reviewHoldButton")
        hold.clicked.connect(self.hold_review)
        top.addWidget(hold)
        self.review_again_button = button("Save a new version…", "reviewAgainButton")
        self.review_again_button.setToolTip("Record the selected review again, as a new version")
        self.review_again_button.clicked.connect(self.review_again)
        top.addWidget(self.review_again_button)
        court = button("Report for court…", "courtReportButton")
        court.clicked.connect(self.report_for_court)
        top.addWidget(court)
        self.move_on_button = button("Move on…", "recordMoveOnButton")
        self.move_on_button.setToolTip("Record the day she leaves the refuge")
        self.move_on_button.clicked.connect(self.move_on)
        top.addWidget(self.move_on_button)
        layout.addLayout(top)
        self.reviews_figure = label(name="reviewsFigure")
        layout.addWidget(self.reviews_figure)
        self.reviews_table = table("reviewsTable", "Reviews",
                                   ["Kind", "Due", "Held", "Version"])
        for col, width in enumerate([240, 140, 140]):
            self.reviews_table.setColumnWidth(col, width)
        layout.addWidget(self.reviews_table, 1)
        copies = QHBoxLayout()
        copies.addStretch(1)
        for text, name, copy in [("Her copy (PDF)…", "reviewHerCopyButton", "her"),
                                 ("File copy (PDF)…", "reviewFileCopyButton", "file")]:
            b = button(text, name)
            b.clicked.connect(lambda _=False, c=copy: self.save_review_copy(c))
            copies.addWidget(b)
        layout.addLayout(copies)
        return page

    def _load_reviews(self) -> None:
        from refugedesk import reviews
        from refugedesk.ui.review_dialog import figure_text

        today = self.today or date.today()
        with self.vault.session() as session:
            rows = reviews.reviews_for(session, self.resident_id)
            figure = reviews.requested_outcomes(session, self.resident_id)
            self._stay_here = self._current_stay_id(session, today)
        self.reviews_figure.setText("Requested outcomes: " + figure_text(figure))

        def due(r: reviews.ReviewRow) -> str:
            if r.overdue(today):
                return f"Overdue: was due {_day(r.due_on)}"
            return _day(r.due_on)

        fill(self.reviews_table, [[r.kind.label, due(r), _day(r.held_on, "Not held yet"),
                                   str(r.version) if r.version else "—"] for r in rows],
             list(rows))
        if rows:
            self.reviews_table.selectRow(len(rows) - 1)
        self.move_on_button.setEnabled(self._stay_here is not None)

    def _current_stay_id(self, session, today: date) -> int | None:  # type: ignore[no-untyped-def]
        stays = resident_views.resident_details(session, self.resident_id).stays
        here = [s for s in stays if s.arrived_on <= today
                and (s.left_on is None or s.left_on > today)]
        return here[0].id if here else None

    def selected_review(self):  # type: ignore[no-untyped-def]
        chosen = self.reviews_table.selectionModel().selectedRows()
        if not chosen:
            return None
        return self.reviews_table.item(chosen[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def plan_review(self) -> QDialog:
        from refugedesk.ui.resident_dialogs import PlanReviewDialog

        return self._open(PlanReviewDialog(self.vault, self.resident_id, self))

    def hold_review(self) -> QDialog:
        from refugedesk.ui.review_dialog import ReviewDialog

        return self._open(ReviewDialog(self.vault, self.resident_id, None, self,
                                       today=self.today))

    def review_again(self) -> QDialog | None:
        from refugedesk.ui.review_dialog import ReviewDialog

        row = self.selected_review()
        if row is None:
            say(self.message, "Select a review in the list first.")
            return None
        return self._open(ReviewDialog(self.vault, self.resident_id, row.id, self,
                                       today=self.today))

    def save_review_copy(self, copy: str) -> QDialog | None:
        """Her copy or the file copy of the selected review (its latest version), as a PDF."""
        from refugedesk.reports.review_pdf import write_file_copy, write_her_copy

        row = self.selected_review()
        if row is None or not row.version:
            say(self.message, "Select a review that has been held first.")
            return None
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        held = f"{row.held_on:%Y-%m-%d}" if row.held_on else "review"
        name, title = ((f"celebrating-you-{held}.pdf", "Save her copy") if copy == "her" else
                       (f"review-file-copy-{held}.pdf", "Save the file copy"))
        dialog = QFileDialog(self, title, str(Path(folder) / name), "PDF (*.pdf)")
        dialog.setObjectName("reviewFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        write_copy = write_her_copy if copy == "her" else write_file_copy

        def write(path: str) -> None:
            done = operations.run(self, lambda: write_copy(self.vault, row.id, Path(path)),
                                  message=self.message)
            if done.ok:
                say(self.message, ("Her copy" if copy == "her" else "File copy")
                    + f" saved: {done.value}", role="ok")

        dialog.fileSelected.connect(write)
        return self._open(dialog)

    def move_on(self) -> QDialog | None:
        from refugedesk.ui.moveon_dialog import MoveOnDialog

        today = self.today or date.today()
        with self.vault.session() as session:
            stay_id = self._current_stay_id(session, today)
            plan_id = plans.current_plan_id(session, self.resident_id)
            goals = [g for g in plans.plan_view(session, plan_id).goals
                     if g.status is GoalStatus.OPEN] if plan_id is not None else []
        if stay_id is None:
            say(self.message, "She is not in refuge now, so there is no stay to move on from.")
            return None
        return self._open(MoveOnDialog(self.vault, self.resident_id, stay_id, goals, self,
                                       today=self.today))

    def report_for_court(self) -> QDialog:
        from refugedesk.ui.board_export import CourtReportDialog

        return self._open(CourtReportDialog(self.vault, self.resident_id, self))

    def _build_incidents(self) -> QWidget:
        page, layout = self._page("recordIncidents")
        top = QHBoxLayout()
        top.addWidget(label("Incidents she was involved in, newest first.", role="hint"), 1)
        add = button("Record an incident…", "incidentAddButton")
        add.clicked.connect(self.add_incident)
        top.addWidget(add)
        layout.addLayout(top)
        self.incidents_table = table("incidentsTable", "Incidents",
                                     ["When", "Kind", "House", "What happened", "What was done",
                                      "Police reference", "Who was told"])
        for col, width in enumerate([140, 190, 110, 220, 200, 110]):
            self.incidents_table.setColumnWidth(col, width)
        layout.addWidget(self.incidents_table, 1)
        return page

    def _load_incidents(self) -> None:
        with self.vault.session() as session:
            rows = incidents.incidents_for(session, self.resident_id)
        fill(self.incidents_table, [[f"{i.at.astimezone():%d %b %Y %H:%M}", i.kind.label,
                                     i.house or "—", i.what_happened, i.action_taken,
                                     i.police_ref, i.who_was_told] for i in rows])

    def add_incident(self) -> QDialog:
        return self._open(IncidentDialog(self.vault, self.resident_id, None, self))

