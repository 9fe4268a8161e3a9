"""The Residents page: find a resident (by her name, known-as name, reference or a child's
name, narrowed by filters), open her record, and start or carry on an intake.

The list is a lazily fetched table model: a page of rows at a time from
residents.search_residents, more as the view scrolls, so it stays quick with 100,000 residents
on file. The search itself (the first page for what she typed) runs in the background, with a
slim bar under the list: a name search over every resident on file can take a moment, and
typing never waits for it. The record opens in the same page (the lock hides it with the page), through
residents.open_record so the opening is audited.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refugedesk import arrivals, houses, intake, residents, staff
from refugedesk.db.models import RiskLevel
from refugedesk.db.vault import Vault
from refugedesk.errors import NeedToKnow
from refugedesk.i18n import QT_TRANSLATE_NOOP, Counted, translate
from refugedesk.residents import ResidentRow
from refugedesk.ui import dialogs, operations
from refugedesk.ui.changes import Change, Kinds
from refugedesk.ui.lazy_model import LazyTableModel
from refugedesk.ui.widgets import (
    PAGE_MARGINS,
    busy_bar,
    button,
    combo,
    label,
    line_edit,
    list_table,
    message_label,
    say,
)

Index = QModelIndex | QPersistentModelIndex
BATCH = 200
#: The list's headers, shown through translate("ResidentsPage", ...).
COLUMNS = [QT_TRANSLATE_NOOP("ResidentsPage", "Name"),
           QT_TRANSLATE_NOOP("ResidentsPage", "Reference"),
           QT_TRANSLATE_NOOP("ResidentsPage", "Where now"),
           QT_TRANSLATE_NOOP("ResidentsPage", "Key worker"),
           QT_TRANSLATE_NOOP("ResidentsPage", "Risk")]
#: The kinds of change (operations.changes()) that can alter the list.
CARES_ABOUT = frozenset({Change.RESIDENTS, Change.STAYS, Change.STAFF})
SEARCH_DELAY_MS = 250


class ResidentsModel(LazyTableModel):
    """Residents in name order, fetched BATCH rows at a time as the view scrolls."""

    columns = COLUMNS
    batch = BATCH

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.text = ""
        self.filters: dict[str, object] = {}

    def found(self, text: str, filters: dict[str, object], first: list[ResidentRow]) -> None:
        """Show what a search found (its first batch, read in the background)."""
        self.text = text
        self.filters = filters
        self.show_first(first)

    def fetch(self, session, *, offset: int, limit: int) -> list[ResidentRow]:
        return residents.search_residents(session, self.text, offset=offset, limit=limit,
                                          **self.filters)  # type: ignore[arg-type]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ResidentsPage", self.columns[section])
        return super().headerData(section, orientation, role)

    def cell(self, row: ResidentRow, column: int, role: int) -> str | None:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        return row_text(row)[column]


def row_text(r: ResidentRow) -> list[str]:
    name = (translate("ResidentsPage", "{name} (known as {known_as})").format(
        name=r.name, known_as=r.known_as) if r.known_as else r.name)
    where = (f"{r.house}, {r.room}" if r.in_refuge
             else translate("ResidentsPage", "Not in refuge now"))
    return [name, r.reference, where, r.key_worker or translate("ResidentsPage", "None yet"),
            r.risk_level.label if r.risk_level else translate("ResidentsPage", "Not assessed")]


class ResidentsTable(QTableView):
    """The list's view: Enter (or Return) on a row opens her record, as a double-click does."""

    enter_pressed = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.currentIndex().isValid():
            self.enter_pressed.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class ResidentsPage(QWidget):
    """The list of residents, and her record when one is opened."""
    #: This page's words with a count (refugedesk.i18n.Counted), in the "ResidentsPage" context
    #: whatever the class of the object (Qt's own tr() would take the runtime class's).
    tr = staticmethod(Counted("ResidentsPage").tr)  # type: ignore[assignment]

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("residentsPage")
        self.vault = vault
        self.dialog: QDialog | None = None  # the last dialog opened (tests read it)
        self.record: QWidget | None = None
        #: Her record being opened in the background (open_resident_soon), if any.
        self.opening: operations.Job | None = None
        self._stale = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(objectName="residentsStack")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        outer.addWidget(self.stack)

        self.list_view = QWidget(objectName="residentsList")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        layout = QVBoxLayout(self.list_view)
        layout.setContentsMargins(*PAGE_MARGINS)
        top = QHBoxLayout()
        top.addWidget(label(translate("ResidentsPage", "Residents"), role="heading"))
        top.addStretch(1)
        self.drafts_button = button(translate("ResidentsPage", "Intakes saved part-way…"),
                                    "intakeDraftsButton")
        self.drafts_button.clicked.connect(self.show_drafts)
        top.addWidget(self.drafts_button)
        new = button(translate("ResidentsPage", "New intake…"), "newIntakeButton", primary=True)
        new.clicked.connect(lambda: self.new_intake())
        top.addWidget(new)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self.search_edit = line_edit("residentsSearch",
                                     translate("ResidentsPage", "Find a resident"),
                                     placeholder=translate("ResidentsPage",
                                                           "Find by her name, known-as name, "
                                                           "reference or a child's name"))
        self.search_edit.setClearButtonEnabled(True)
        filters.addWidget(self.search_edit, 2)
        # Opens on the women here now, not on years of women who have left.
        self.show_filter = combo("residentsShowFilter", translate("ResidentsPage", "Show"), [
            (translate("ResidentsPage", "In refuge now"), "here"),
            (translate("ResidentsPage", "Everyone on file"), "all"),
            (translate("ResidentsPage", "Left in the last year"), "left")])
        #: Typing a name widened "In refuge now" to everyone on file (undone when the search
        #: box is emptied); a Show the worker picks herself is kept as she chose it.
        self._widened = False
        self._show_chosen = False
        filters.addWidget(self.show_filter)
        self.house_filter = combo("residentsHouseFilter", translate("ResidentsPage", "House"),
                                  [(translate("ResidentsPage", "Any house"), None)])
        filters.addWidget(self.house_filter)
        self.worker_filter = combo("residentsKeyWorkerFilter",
                                   translate("ResidentsPage", "Key worker"),
                                   [(translate("ResidentsPage", "Any key worker"), None)])
        filters.addWidget(self.worker_filter)
        self.risk_filter = combo(
            "residentsRiskFilter", translate("ResidentsPage", "Risk level"),
            [(translate("ResidentsPage", "Any risk level"), None)]
            + [(translate("ResidentsPage", "{risk} risk").format(risk=r.label), r.value)
               for r in reversed(list(RiskLevel))])
        filters.addWidget(self.risk_filter)
        for choice in (self.show_filter, self.house_filter, self.worker_filter,
                       self.risk_filter):
            # A long house or worker name is cut short here (whole in the list), so the
            # filters never push the page past a small screen's edge.
            choice.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            choice.setMinimumContentsLength(8)
        layout.addLayout(filters)
        self.message = message_label("residentsMessage")
        layout.addWidget(self.message)

        self.model = ResidentsModel(vault, self)
        #: The search running in the background; an older one's rows are dropped.
        self.search_job: operations.Job | None = None
        self.table = list_table(ResidentsTable(), "residentsTable",
                                translate("ResidentsPage", "Residents"))
        self.table.setModel(self.model)
        for column, width in enumerate([300, 110, 220, 170]):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self.open_index)
        self.table.enter_pressed.connect(self.open_index)
        layout.addWidget(self.table, 1)
        self.busy = busy_bar("residentsSearching", translate("ResidentsPage", "Searching"))
        layout.addWidget(self.busy)

        bottom = QHBoxLayout()
        self.status = label(name="residentsStatus", role="hint")
        self.model.message = self.status
        bottom.addWidget(self.status, 1)
        self.open_button = button(translate("ResidentsPage", "Open her record"),
                                  "openResidentButton")
        self.open_button.clicked.connect(lambda: self.open_index(self.table.currentIndex()))
        bottom.addWidget(self.open_button)
        layout.addLayout(bottom)
        self.stack.addWidget(self.list_view)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._widen_for_search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.show_filter.activated.connect(lambda _i: self._show_was_chosen())
        self.search_edit.returnPressed.connect(self._search_now)
        for box in (self.show_filter, self.house_filter, self.worker_filter,
                    self.risk_filter):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        operations.changes().changed.connect(self._changed)
        self._need_to_know()
        self._fill_choices()
        self.refresh()

    def _need_to_know(self) -> None:
        """A worker who sees only her houses' records in full: the list shows names,
        references and key workers, not where each woman is or her risk (nor filters by them)."""
        from refugedesk import need_to_know

        person = self.vault.person
        everything = operations.read(self, self.vault, lambda s: need_to_know.sees_everything(
            s, person), message=self.message).value
        limited = everything is False
        for column in (COLUMNS.index("Where now"), COLUMNS.index("Risk")):
            self.table.setColumnHidden(column, limited)
        self.house_filter.setVisible(not limited)
        self.risk_filter.setVisible(not limited)

    # --- the list --------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        """Houses and key workers for the filters, keeping what is chosen."""
        def choices(session):
            return (houses.list_houses(session),
                    [s for s in staff.colleagues(session) if s.active],
                    len(intake.open_drafts(session)))

        outcome = operations.read(self, self.vault, choices, message=self.message)
        if not outcome.ok:
            return
        house_list, workers, draft_count = outcome.value
        for box, items in ((self.house_filter, [(h.name, h.id) for h in house_list]),
                           (self.worker_filter, [(s.display_name, s.id) for s in workers])):
            keep = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for text, data in items:
                box.addItem(text, data)
            box.setCurrentIndex(max(0, box.findData(keep)) if keep is not None else 0)
            box.blockSignals(False)
        self.drafts_button.setText(translate("ResidentsPage",
                                             "Intakes saved part-way ({count})…").format(
            count=draft_count))
        self.drafts_button.setEnabled(draft_count > 0)

    def filters(self) -> dict[str, object]:
        show = self.show_filter.currentData()
        risk = self.risk_filter.currentData()
        return {"in_refuge_now": show == "here", "left_in_last_year": show == "left",
                "house_id": self.house_filter.currentData(),
                "key_worker_id": self.worker_filter.currentData(),
                "risk_level": RiskLevel(risk) if risk else None}

    def _set_show(self, value: str) -> None:
        self.show_filter.blockSignals(True)
        self.show_filter.setCurrentIndex(self.show_filter.findData(value))
        self.show_filter.blockSignals(False)

    def _widen_for_search(self, text: str) -> None:
        """A name typed is looked for among everyone on file: a woman who left last year
        and rings again must be found. The Show list says so while the search lasts; with
        the search box empty it is "In refuge now" again. Not when the worker chose what to
        show herself."""
        typed = bool(text.strip())
        if typed and not self._widened and not self._show_chosen \
                and self.show_filter.currentData() == "here":
            self._set_show("all")
            self._widened = True
        elif not typed and self._widened:
            self._set_show("here")
            self._widened = False

    def _show_was_chosen(self) -> None:
        self._show_chosen = True
        self._widened = False

    def _search_now(self) -> None:
        self.refresh(select_first=True)

    def refresh(self, *, select_first: bool = False) -> operations.Job | None:
        """Search in the background for what is typed and chosen; the list shows it when
        found (`select_first`: then go to the first row, as Enter in the search box does)."""
        if not self.vault.is_open:
            return None
        self._timer.stop()
        text, filters = self.search_edit.text(), self.filters()

        def found(outcome: operations.Outcome[list[ResidentRow]]) -> None:
            if job is not self.search_job or not outcome.ok:
                return  # a newer search is on its way; or why not was said in the status
            self.model.found(text, filters, outcome.value or [])
            self._say_count(text, filters)
            if select_first and self.model.rowCount():
                self.table.setFocus()
                self.table.selectRow(0)

        job = operations.background(
            self, operations.reading(self.vault, lambda session: residents.search_residents(
                session, text, offset=0, limit=BATCH, **filters)),  # type: ignore[arg-type]
            label=translate("ResidentsPage", "Searching…"), progress=self.busy,
            message=self.status, on_done=found)
        self.search_job = job
        return job

    def _say_count(self, text: str, filters: dict[str, object]) -> None:
        count = self.model.rowCount()
        typed = bool(text.strip())
        narrowed = any(v for k, v in filters.items() if k != "in_refuge_now")
        if count == 0 and not typed and not narrowed and filters.get("in_refuge_now"):
            text = translate("ResidentsPage",
                             "No one is in refuge now. Choose \"Everyone on file\" under Show "
                             "to see women who have left, or start with New intake.")
        elif count == 0:
            text = (translate("ResidentsPage",
                              "No one on file matches. Check the spelling, or clear the "
                              "filters.")
                    if typed or narrowed or filters.get("in_refuge_now")
                    else translate("ResidentsPage",
                                   "No residents on file yet. Start with New intake."))
        elif self.model.canFetchMore(QModelIndex()):
            text = ResidentsPage.tr("Showing the first %n; scroll down for more.", "", count)
        else:
            text = ResidentsPage.tr("%n residents.", "%n resident.", count)
        if typed and self._widened:
            text += " " + translate("ResidentsPage",
                                    "Searched everyone on file, not only those in refuge now.")
        say(self.status, text, role="hint")
        self._selection()

    def _selection(self) -> None:
        self.open_button.setEnabled(self.table.selectionModel().hasSelection())

    def _changed(self, kinds: Kinds) -> None:
        if kinds & CARES_ABOUT and self.vault.is_open:
            if self.record is not None:
                self._stale = True  # read again when she goes back to the list
                return
            self._fill_choices()
            self.refresh()

    @property
    def selected(self) -> ResidentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def shown_names(self) -> list[str]:
        """The names in the list as it shows them (what a user reads)."""
        return [self.model.index(r, 0).data() for r in range(self.model.rowCount())]

    # --- her record ------------------------------------------------------------------------

    def open_index(self, index: Index) -> None:
        if index.isValid():
            row = index.data(Qt.ItemDataRole.UserRole)
            self.open_resident_soon(row.id)

    def open_resident_soon(self, resident_id: int) -> operations.Job:
        """Open her record as a click does: read in the background ("Opening her record…"
        meanwhile), then shown a part at a time (record/window.py). `self.record` is set once
        it is shown; the job is kept in `self.opening` (tests wait for it)."""
        from refugedesk.ui.record.window import OpeningView, ResidentRecord, read_opening

        self.close_record()
        waiting = OpeningView(self)
        self.stack.addWidget(waiting)
        self.stack.setCurrentWidget(waiting)
        vault = self.vault

        def opened(outcome: operations.Outcome[Any]) -> None:
            try:
                if self.opening is not job:
                    return  # another record was asked for meanwhile: it shows when read
                if outcome.ok:
                    self._show_record(ResidentRecord(vault, outcome.value.header, parent=self,
                                                     overview=outcome.value.overview,
                                                     staged=True))
                else:
                    self.stack.setCurrentWidget(self.list_view)
                    if isinstance(outcome.error, NeedToKnow):  # not in her houses: the card
                        self._show_card(outcome.error)
            finally:  # the waiting line goes once what replaces it is on screen
                self.stack.removeWidget(waiting)
                waiting.setParent(None)  # out of the page at once, not at the next turn
                waiting.deleteLater()

        job = self.opening = operations.background(
            self, lambda _task: read_opening(vault, resident_id),
            label=translate("ResidentsPage", "Opening her record…"),
            message=self.message, on_done=opened)
        return job

    def open_resident(self, resident_id: int, *, today: date | None = None) -> QWidget | None:
        """Open her record in place of the list (audited). None if it could not be opened."""
        outcome = operations.run(self, lambda: residents.open_record(self.vault, resident_id,
                                                                     today=today),
                                 message=self.message)
        if isinstance(outcome.error, NeedToKnow):
            self._show_card(outcome.error)
            return None
        if not outcome.ok or outcome.value is None:
            return None
        return self.show_record(outcome.value)

    def _show_card(self, refused: NeedToKnow) -> None:
        """Not in her houses: the minimal card, with Open anyway… (need_to_know.py)."""
        from refugedesk.ui.need_to_know_dialogs import CardDialog

        card = CardDialog(self.vault, refused.card, self)
        card.opened.connect(self.show_record)
        self.dialog = dialogs.show(card)

    def show_record(self, opened: residents.RecordHeader) -> QWidget:
        """Show a record already opened (and audited) in place of the list."""
        from refugedesk.ui.record.window import ResidentRecord

        self.close_record()
        self.opening = None  # one still being read in the background is not shown over this
        return self._show_record(ResidentRecord(self.vault, opened, parent=self))

    def _show_record(self, record: QWidget) -> QWidget:
        self.record = record
        record.back.connect(self.close_record)  # type: ignore[attr-defined]  # a ResidentRecord
        self.stack.addWidget(record)
        self.stack.setCurrentWidget(record)
        return record

    def close_record(self) -> None:
        if self.record is not None:
            self.stack.removeWidget(self.record)
            self.record.deleteLater()
            self.record = None
        self.stack.setCurrentWidget(self.list_view)
        if self._stale and self.vault.is_open:
            self._stale = False
            self._fill_choices()
            self.refresh()
        self.table.setFocus()

    # --- intake ----------------------------------------------------------------------------

    def new_intake(self, *, draft_id: int | None = None, stay_id: int | None = None,
                   prefill: dict[str, Any] | None = None) -> QDialog:
        """Start an intake (for the stay she arrived on, if given, filled in with `prefill`),
        or carry one on."""
        from refugedesk.ui.intake_wizard import IntakeWizard

        wizard = IntakeWizard(self.vault, draft_id=draft_id, stay_id=stay_id, prefill=prefill,
                              parent=self)
        wizard.finished_intake.connect(self._intake_finished)
        wizard.saved_part_way.connect(lambda _d: self._intake_saved())
        self.dialog = dialogs.show(wizard)
        return self.dialog

    def start_intake(self, stay_id: int, *, ask_returning: bool = True) -> QDialog | None:
        """Her intake for the stay she arrived on: linked to it and filled in from it and its
        referral (or her record, if the stay is on one; or "Is she already on file?" first)."""
        from refugedesk.ui import start_intake

        def open_wizard(stay: arrivals.StayForIntake) -> QDialog:
            if stay.draft_id is not None:
                return self.new_intake(draft_id=stay.draft_id)
            return self.new_intake(stay_id=stay.stay_id, prefill=arrivals.intake_prefill(stay))

        shown = start_intake.begin(self, self.vault, stay_id, message=self.message,
                                   open_wizard=open_wizard, open_record=self.open_resident,
                                   ask_returning=ask_returning)
        if shown is not None:
            self.dialog = shown
        return shown

    def show_drafts(self) -> QDialog:
        from refugedesk.ui.intake_wizard import DraftsDialog

        drafts = DraftsDialog(self.vault, parent=self)
        drafts.carry_on.connect(lambda draft_id: self.new_intake(draft_id=draft_id))
        self.dialog = dialogs.show(drafts)
        return self.dialog

    def _intake_saved(self) -> None:
        self._fill_choices()
        say(self.message, translate("ResidentsPage",
                                    "The intake is saved. Carry on with it from “Intakes saved "
                                    "part-way” when you are ready."), role="ok")

    def _intake_finished(self, resident_id: int) -> None:
        self._fill_choices()
        self.refresh()
        self.open_resident(resident_id)
