"""The lists on her record's Overview tab that can be kept up to date after intake: her
children, the consents she gave, and the person she fled (whose known areas keep her
placements away from there). Each is a table with its own buttons; a button that needs a row
says so in its tooltip while it is off.

Everything shown here may be typed text: it goes into table cells (always plain text) and
into labels set to plain text, never rendered as HTML.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from refugedesk import residents, staff
from refugedesk.i18n import translate
from refugedesk.resident_views import AbuserView, ChildView, ConsentView, ResidentDetails
from refugedesk.ui import dialogs
from refugedesk.ui.record.common import RECORD_CHANGED, cells, fill, selected
from refugedesk.ui.record.common import day_text as _day
from refugedesk.ui.record.overview_dialogs import (
    AbuserDialog,
    ChildDialog,
    ConsentDialog,
    WithdrawConsentDialog,
)
from refugedesk.ui.widgets import button, label, list_table

if TYPE_CHECKING:
    from refugedesk.ui.record.overview import OverviewTab


#: A cell shows this many characters of long typed text, then "…"; hovering shows it whole.
CELL_CHARS = 300


def _short(text: str) -> str:
    return text if len(text) <= CELL_CHARS else text[:CELL_CHARS].rstrip() + "…"


class FittedTable(QTableWidget):
    """A read-only table as tall as its rows (it sits in the tab's scroll area, so it never
    scrolls by itself); its columns share the width and long text wraps."""

    def __init__(self, name: str, accessible: str, columns: list[str]) -> None:
        super().__init__(0, len(columns))
        list_table(self, name, accessible)
        self.setHorizontalHeaderLabels(columns)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.fit()

    def fit(self) -> None:
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + rows
                            + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  # Qt's name
        super().resizeEvent(event)
        self.fit()


@dataclass(frozen=True)
class RowButton:
    """A button under a list: `why_not(row)` says why it is off for the selected row (None:
    on); buttons that need a row are off, saying so, while none is selected."""

    text: str
    name: str
    slot: Callable[[], object]
    #: What a screen reader says (the text alone, "Edit", would not say what of).
    accessible: str = ""
    needs_row: bool = True
    why_not: Callable[[object], str | None] = lambda row: None


class ListSection(QWidget):
    """A heading, a hint, the list (or a line saying it is empty) and its buttons."""

    def __init__(self, name: str, heading: str, hint: str, columns: list[str], *,
                 empty: str, select_first: str, buttons: list[RowButton]) -> None:
        """`select_first`: what a button that needs a row says while none is selected
        ("Select a child in the list first.")."""
        super().__init__(objectName=name)  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.rows: dict[int, object] = {}
        self.select_first = select_first
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 4)
        layout.setSpacing(4)
        title = label(f"<h3>{escape(heading)}</h3>", name=f"{name}Heading")
        title.setTextFormat(Qt.TextFormat.RichText)  # our own words, escaped
        layout.addWidget(title)
        if hint:
            layout.addWidget(label(hint, role="hint", name=f"{name}Hint"))
        self.table = FittedTable(f"{name}Table", heading, columns)
        self.empty = label(empty, name=f"{name}Empty")
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.buttons: list[tuple[QPushButton, RowButton]] = []
        for spec in buttons:
            b = button(spec.text, spec.name, accessible=spec.accessible)
            b.clicked.connect(spec.slot)
            row.addWidget(b)
            self.buttons.append((b, spec))
        row.addStretch(1)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self.refresh_buttons)
        self.show_rows([], [])

    def show_rows(self, rows: list[list[str]], ids: list[int],
                  views: list[object] | None = None) -> None:
        keep = self.current_id()
        self.rows = dict(zip(ids, views or [], strict=False))
        fill(self.table, [[_short(text) for text in row] for row in rows], list(ids))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = self.table.item(r, c)
                if item is not None and len(text) > CELL_CHARS:
                    item.setToolTip(text)  # the whole of it, on hover
        self.table.fit()
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if keep in self.rows:
            self.table.selectRow(ids.index(keep))
        self.refresh_buttons()

    def current_id(self) -> int | None:
        chosen = selected(self.table)
        return chosen if isinstance(chosen, int) else None

    def current(self) -> object | None:
        chosen = self.current_id()
        return self.rows.get(chosen) if chosen is not None else None

    def refresh_buttons(self) -> None:
        row = self.current()
        for b, spec in self.buttons:
            if not spec.needs_row:
                continue
            why = self.select_first if row is None else spec.why_not(row)
            b.setEnabled(why is None)
            b.setToolTip(why or "")

    def shown(self) -> list[list[str]]:
        """The rows as the user reads them."""
        return cells(self.table)


class RecordLists(QWidget):
    """Her children, her consents and the person she fled, under the Overview's text."""

    def __init__(self, tab: OverviewTab) -> None:
        super().__init__(objectName="overviewLists")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.tab = tab
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.children_list = ListSection(
            "overviewChildren", translate("RecordOverviewLists", "Children"), "", [
                translate("RecordOverviewLists", "Name"), translate("RecordOverviewLists", "Born"),
                translate("RecordOverviewLists", "Girl or boy"),
                translate("RecordOverviewLists", "School or nursery"),
                translate("RecordOverviewLists", "Support"),
                translate("RecordOverviewLists", "Needs")],
            empty=translate("RecordOverviewLists", "No children on her record."),
            select_first=translate("RecordOverviewLists", "Select a child in the list first."),
            buttons=[
                RowButton(translate("RecordOverviewLists", "Add a child…"), "overviewAddChild",
                          self.add_child, needs_row=False),
                RowButton(translate("RecordOverviewLists", "Edit…"), "overviewEditChild",
                          self.edit_child,
                          translate("RecordOverviewLists", "Edit the selected child's details")),
                RowButton(translate("RecordOverviewLists", "Remove…"), "overviewRemoveChild",
                          self.ask_remove_child,
                          translate("RecordOverviewLists",
                                    "Remove the selected child, added by mistake"))])
        self.consents = ListSection(
            "overviewConsents", translate("RecordOverviewLists", "Consent to share"),
            translate("RecordOverviewLists", "Withdraw a consent when she no longer agrees; it "
                      "stays listed with the date."), [
                translate("RecordOverviewLists", "What may be shared"),
                translate("RecordOverviewLists", "Shared with"),
                translate("RecordOverviewLists", "Given on"),
                translate("RecordOverviewLists", "Explained by"),
                translate("RecordOverviewLists", "Now")],
            empty=translate("RecordOverviewLists", "No consent recorded yet."),
            select_first=translate("RecordOverviewLists", "Select a consent in the list first."),
            buttons=[
                RowButton(translate("RecordOverviewLists", "Add a consent…"),
                          "overviewAddConsent", self.add_consent, needs_row=False),
                RowButton(translate("RecordOverviewLists", "Change…"), "overviewChangeConsent",
                          self.change_consent,
                          translate("RecordOverviewLists", "Change the selected consent"),
                          why_not=_withdrawn_why_not_change),
                RowButton(translate("RecordOverviewLists", "Withdraw…"),
                          "overviewWithdrawConsent", self.withdraw_consent,
                          translate("RecordOverviewLists", "Withdraw the selected consent"),
                          why_not=_withdrawn_why_not_withdraw)])
        self.abusers = ListSection(
            "overviewAbusers", translate("RecordOverviewLists", "The person she fled"),
            translate("RecordOverviewLists", "His known areas are used to keep her away from "
                      "those places when a room is found: Find a room leaves out houses there."),
            [translate("RecordOverviewLists", "Name"),
             translate("RecordOverviewLists", "Description"),
             translate("RecordOverviewLists", "Vehicle"),
             translate("RecordOverviewLists", "Known areas (she is kept away)")],
            empty=translate("RecordOverviewLists", "Nothing recorded about the person she fled."),
            select_first=translate("RecordOverviewLists", "Select a person in the list first."),
            buttons=[
                RowButton(translate("RecordOverviewLists", "Add…"), "overviewAddAbuser",
                          self.add_abuser,
                          translate("RecordOverviewLists", "Add the person she fled"),
                          needs_row=False),
                RowButton(translate("RecordOverviewLists", "Edit…"), "overviewEditAbuser",
                          self.edit_abuser,
                          translate("RecordOverviewLists",
                                    "Edit what is recorded about the person she fled"))])
        for section, edit in [(self.children_list, self.edit_child),
                              (self.consents, self.change_consent),
                              (self.abusers, self.edit_abuser)]:
            section.table.activated.connect(lambda _index, e=edit: e())
            layout.addWidget(section)

    # --- showing ---------------------------------------------------------------------------

    def show_details(self, d: ResidentDetails) -> None:
        today = self.tab.today
        self.children_list.show_rows([_child_row(c, today) for c in d.children],
                                     [c.id for c in d.children], list(d.children))
        self.consents.show_rows([_consent_row(c) for c in d.consents],
                                [c.id for c in d.consents], list(d.consents))
        self.abusers.show_rows([_abuser_row(a) for a in d.abusers],
                               [a.id for a in d.abusers], list(d.abusers))

    # --- children --------------------------------------------------------------------------

    def add_child(self) -> QDialog:
        return self.tab.open(ChildDialog(self.tab.vault, self.tab.resident_id, self.tab))

    def edit_child(self) -> QDialog | None:
        child = self.children_list.current()
        if not isinstance(child, ChildView):
            return None
        return self.tab.open(ChildDialog(self.tab.vault, self.tab.resident_id, self.tab,
                                         child=child))

    def ask_remove_child(self) -> QDialog | None:
        child = self.children_list.current()
        if not isinstance(child, ChildView):
            return None
        vault, child_id = self.tab.vault, child.id
        box = dialogs.confirm(
            self.tab, name="removeChildConfirm",
            title=translate("RecordOverviewLists", "Remove this child from her record?"),
            text=translate("RecordOverviewLists",
                           "Remove {name} from her record?\n\nThis is for a child added by "
                           "mistake. A child her stay counts stays on her record: use Edit… to "
                           "put the details right.").format(name=child.name),
            yes=translate("RecordOverviewLists", "Remove child"),
            on_yes=lambda: self.tab.run(lambda: residents.remove_child(vault, child_id),
                                        changed=RECORD_CHANGED))
        box.setTextFormat(Qt.TextFormat.PlainText)  # the child's name is typed text
        self.tab.record.dialog = box
        return box

    # --- consent ---------------------------------------------------------------------------

    def add_consent(self) -> QDialog | None:
        outcome = self.tab.read(lambda session: [
            (s.display_name, s.id) for s in staff.colleagues(session)
            if s.active or s.id == self.tab.vault.person.id])
        if not outcome.ok:
            return None
        return self.tab.open(ConsentDialog(self.tab.vault, self.tab.resident_id, self.tab,
                                           workers=outcome.value, today=self.tab.record.today))

    def change_consent(self) -> QDialog | None:
        consent = self.consents.current()
        if not isinstance(consent, ConsentView) or consent.withdrawn_on is not None:
            return None
        return self.tab.open(ConsentDialog(self.tab.vault, self.tab.resident_id, self.tab,
                                           consent=consent))

    def withdraw_consent(self) -> QDialog | None:
        consent = self.consents.current()
        if not isinstance(consent, ConsentView) or consent.withdrawn_on is not None:
            return None
        return self.tab.open(WithdrawConsentDialog(self.tab.vault, self.tab.resident_id,
                                                   consent, self.tab,
                                                   today=self.tab.record.today))

    # --- the person she fled ---------------------------------------------------------------

    def add_abuser(self) -> QDialog:
        return self.tab.open(AbuserDialog(self.tab.vault, self.tab.resident_id, self.tab))

    def edit_abuser(self) -> QDialog | None:
        abuser = self.abusers.current()
        if not isinstance(abuser, AbuserView):
            return None
        return self.tab.open(AbuserDialog(self.tab.vault, self.tab.resident_id, self.tab,
                                          abuser=abuser))


def _withdrawn_why_not_change(row: object) -> str | None:
    if isinstance(row, ConsentView) and row.withdrawn_on is not None:
        return translate("RecordOverviewLists",
                         "This consent was withdrawn, so it stays as it was. If she agrees "
                         "again, add a new consent.")
    return None


def _withdrawn_why_not_withdraw(row: object) -> str | None:
    if isinstance(row, ConsentView) and row.withdrawn_on is not None:
        return translate("RecordOverviewLists", "Already withdrawn on {day}.").format(
            day=_day(row.withdrawn_on))
    return None


def _child_row(c: ChildView, today: date) -> list[str]:
    age = c.age(today)
    if c.date_of_birth is None:
        born = translate("RecordOverviewLists", "Not known")
    elif age is None:
        born = _day(c.date_of_birth)
    else:
        born = translate("RecordOverviewLists", "{day} (age {age})").format(
            day=_day(c.date_of_birth), age=age)
    support = [text for on, text in [
        (c.child_protection_plan, translate("RecordOverviewLists", "Child protection plan")),
        (c.child_in_need, translate("RecordOverviewLists", "Child in need"))] if on]
    if c.social_worker:
        support.append(translate("RecordOverviewLists", "Social worker: {name}").format(
            name=c.social_worker))
    return [c.name, born,
            c.sex.label if c.sex else translate("RecordOverviewLists", "Not recorded"),
            c.school or "—", "; ".join(support) or "—", c.needs or "—"]


def _consent_row(c: ConsentView) -> list[str]:
    now = (translate("RecordOverviewLists", "Withdrawn {day}").format(day=_day(c.withdrawn_on))
           if c.withdrawn_on else translate("RecordOverviewLists", "In force"))
    # Her ticks in plain words; an older consent says only what was typed, and asks.
    shared = c.covers_words if c.covers else f"{c.shared_with}. {c.covers_words}"
    given = (translate("RecordOverviewLists", "{day} ({how})").format(
        day=_day(c.given_on), how=c.how_given.label.lower()) if c.how_given
        else _day(c.given_on))
    return [c.what, shared, given,
            c.explained_by or translate("RecordOverviewLists", "Not recorded"), now]


def _abuser_row(a: AbuserView) -> list[str]:
    return [a.name or translate("RecordOverviewLists", "Not known"), a.description or "—",
            a.vehicle or "—",
            "\n".join(a.known_areas) or translate("RecordOverviewLists", "None recorded")]
