"""The Referrals page's forms: a new referral, how a referral ended, and finding and offering
a room for one (with the rooms left out and why). Kept apart from the page (the list and its
buttons), which opens them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refugedesk import capacity, referrals, service_rules
from refugedesk.capacity import LeftOut, LeftOutKind, RoomFit
from refugedesk.capacity_rules import parse_ages
from refugedesk.db.models import (
    DeclineReason,
    ReferralChannel,
    ReferralSource,
    ReferralStatus,
    RiskLevel,
)
from refugedesk.db.vault import Vault
from refugedesk.errors import ValidationError
from refugedesk.referrals import ReferralRow
from refugedesk.ui import operations
from refugedesk.ui.board_dialogs import CHANGED, say_hold_problem
from refugedesk.ui.dates import date_edit, date_time_edit, day_of, instant, qdate
from refugedesk.ui.forms import FormDialog
from refugedesk.ui.widgets import (
    combo,
    label,
    line_edit,
    list_table,
    say,
)

Index = QModelIndex | QPersistentModelIndex


class NewReferralDialog(FormDialog):
    #: Hides QObject.children(), which is not virtual: Qt never calls it through Python.
    children: QSpinBox  # type: ignore[assignment]
    changed = CHANGED

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, name="newReferralDialog", title="New referral",
                         intro="Every referral is kept with its outcome, whether or not she "
                               "comes: the reasons are what commissioners ask for.",
                         save="Save referral", parent=parent)
        self.name = line_edit("referralName", "Her initials or name")
        self.received = date_time_edit("referralReceived", "Received")
        self.channel = combo("referralChannel", "How", [(c.label, c) for c in ReferralChannel])
        self.source = combo("referralSource", "Source", [(s.label, s) for s in ReferralSource])
        self.contact = line_edit("referralContact", "Referrer's contact")
        self.children = QSpinBox(objectName="referralChildren", minimum=0, maximum=12)  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.children.setAccessibleName("Number of children")
        self.ages = line_edit("referralAges", "Children's ages", placeholder="e.g. 0, 4, 7")
        self.risk = combo("referralRisk", "Risk as referred", [(r.label, r) for r in RiskLevel])
        self.risk.setCurrentIndex(2)
        self.wheelchair = QCheckBox("Wheelchair access", objectName="referralWheelchair")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.ground = QCheckBox("Ground floor", objectName="referralGroundFloor")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.interpreter = QCheckBox("Needs an interpreter", objectName="referralInterpreter")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.language = line_edit("referralLanguage", "Language", placeholder="e.g. Polish")
        self.nrpf = QCheckBox("No recourse to public funds", objectName="referralNrpf")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.pets = QCheckBox("Pets", objectName="referralPets")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.areas = QPlainTextEdit(objectName="referralExcludedAreas")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.areas.setTabChangesFocus(True)  # Tab moves on, never types a tab
        self.areas.setAccessibleName("Areas she must not be placed in")
        self.areas.setPlaceholderText("One town or area per line: where he lives, works or "
                                      "has family")
        self.areas.setFixedHeight(64)
        for text, widget in [("Her initials or name", self.name), ("Received", self.received),
                             ("How", self.channel), ("Source", self.source),
                             ("Referrer's contact", self.contact), ("Children", self.children),
                             ("Children's ages", self.ages), ("Risk as referred", self.risk),
                             ("Needs", self.wheelchair), ("", self.ground),
                             ("", self.interpreter), ("Language", self.language),
                             ("", self.nrpf), ("", self.pets),
                             ("Must not be placed in", self.areas)]:
            self.form.addRow(text, widget)

    def action(self) -> Callable[[], object]:
        received = instant(self.received)
        kwargs = dict(name=self.name.text(), channel=self.channel.currentData(),
                      source=self.source.currentData(), risk_level=self.risk.currentData(),
                      children_count=self.children.value(), children_ages=self.ages.text(),
                      referrer_contact=self.contact.text(),
                      needs_wheelchair=self.wheelchair.isChecked(),
                      needs_ground_floor=self.ground.isChecked(),
                      needs_interpreter=self.interpreter.isChecked(),
                      language=self.language.text(), nrpf=self.nrpf.isChecked(),
                      pets=self.pets.isChecked(), excluded_areas=self.areas.toPlainText(),
                      received_at=received)
        return lambda: referrals.receive(self.vault, **kwargs)


class OutcomeDialog(FormDialog):
    changed = CHANGED

    def __init__(self, vault: Vault, referral: ReferralRow, parent: QWidget | None = None):
        super().__init__(vault, name="outcomeDialog",
                         title=f"Outcome of referral #{referral.id}",
                         intro="A held offer for her is cancelled with it.",
                         save="Save outcome", parent=parent)
        self.referral = referral
        # Qt hands enum data back as plain strings, so each choice says which kind it is.
        items: list[tuple[str, object]] = [
            (f"Declined by the service: {r.label.lower()}", f"decline:{r.value}")
            for r in DeclineReason]
        items += [("Declined by her", f"status:{ReferralStatus.DECLINED_BY_HER.value}"),
                  ("Withdrawn", f"status:{ReferralStatus.WITHDRAWN.value}")]
        self.outcome = combo("outcomeChoice", "Outcome", items)
        self.note = QLineEdit(objectName="outcomeNote")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.note.setAccessibleName("Note")
        self.form.addRow("Outcome", self.outcome)
        self.form.addRow("Note", self.note)

    def action(self) -> Callable[[], object]:
        kind, _, value = str(self.outcome.currentData()).partition(":")
        note = self.note.text()
        rid = self.referral.id
        if kind == "decline":
            return lambda: referrals.decline(self.vault, rid, reason=DeclineReason(value),
                                             note=note)
        return lambda: referrals.set_status(self.vault, rid, ReferralStatus(value), note=note)


class FindRoomDialog(FormDialog):
    """The rooms that fit her (children, access needs, not in an excluded area, free from the
    day she arrives), best first, to offer one; and every other room with the first reason it
    was left out and the nearest date it would fit."""

    changed = CHANGED

    def __init__(self, vault: Vault, referral: ReferralRow, parent: QWidget | None = None):
        super().__init__(vault, name="findRoomDialog",
                         title=f"Find a room for referral #{referral.id}",
                         intro="Rooms that fit her family and needs, away from the areas she "
                               "must avoid, best fits first.", save="Offer room", parent=parent)
        self.referral = referral
        self.setMinimumWidth(680)
        self.arriving = date_edit("findArriving", "Arriving on", date.today())
        self.nights = QSpinBox(objectName="findNights", minimum=1, maximum=730, value=28)  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.nights.setAccessibleName("Nights expected")
        self.held_until = date_time_edit("findHeldUntil", "Held until",
                                         QDateTime.currentDateTime().addSecs(24 * 3600))
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.arriving)
        nights_label = label("Nights expected", wrap=False)
        nights_label.setBuddy(self.nights)
        row.addWidget(nights_label)
        row.addWidget(self.nights)
        row.addStretch(1)
        self.form.addRow("Arriving on", when)
        self.form.addRow("Held until", self.held_until)
        # The service's rule on boys' ages: asked here (a referral keeps no sex for its
        # children), only when the service has the rule. Her record's boys count by themselves.
        rules = operations.read(self, vault, service_rules.service_rules,
                                message=self.message).value
        self.boys = line_edit("findBoysAges", "Boys' ages",
                              placeholder="The ages of the boys among her children, e.g. 9")
        self.boys.setMaxLength(60)
        self.form.addRow("Boys' ages", self.boys)
        has_rule = rules is not None and rules.boys_age_limit is not None
        if rules is not None and rules.boys_age_limit is not None:
            self.boys.setToolTip(f"Boys aged {rules.boys_age_limit} or older cannot be housed "
                                 "(the service's rule).")
        self.form.setRowVisible(self.boys, has_rule)
        self.boys.textChanged.connect(lambda _t: self.search())

        self.summary = label("", name="findSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rooms = QListView(objectName="findRooms")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.rooms.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.rooms.setAccessibleName("Rooms that fit")
        self.fits = QStandardItemModel(self)
        self.rooms.setModel(self.fits)
        self.rooms.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rooms.setMinimumHeight(60)
        self.left_out = LeftOutModel(self)
        self.left_view = list_table(QTableView(), "findLeftOut", "Rooms left out")
        self.left_view.setModel(self.left_out)
        self.left_view.setSortingEnabled(True)
        self.left_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as found: reason order
        self.left_view.setMinimumHeight(80)
        self.left_view.setToolTip("Double-click a room to look again from its nearest date.")
        self.left_view.setWordWrap(False)
        self.left_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        for column, width in enumerate([80, 190, 400]):
            self.left_view.setColumnWidth(column, width)
        self.left_view.doubleClicked.connect(self._try_nearest)

        lists = QSplitter(Qt.Orientation.Vertical, objectName="findLists")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        for heading, view, name in [("Rooms that fit", self.rooms, "findRoomsHeading"),
                                    ("Rooms left out", self.left_view, "findLeftOutHeading")]:
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 4, 0, 0)
            column.setSpacing(2)
            title = label(heading, role="subheading", name=name, wrap=False)
            title.setBuddy(view)
            column.addWidget(title)
            column.addWidget(view, 1)
            lists.addWidget(box)
        lists.setStretchFactor(0, 1)
        lists.setStretchFactor(1, 3)
        lists.setChildrenCollapsible(False)
        self.lists = lists
        row_height = self.left_view.fontMetrics().height() + 8
        self.left_view.verticalHeader().setDefaultSectionSize(row_height)
        self.left_heading = lists.findChild(QLabel, "findLeftOutHeading")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        at = layout.indexOf(self.message)
        layout.insertWidget(at, self.summary)
        layout.insertWidget(at + 1, lists, 1)

        self.arriving.dateChanged.connect(lambda _d: self.search())
        self.nights.valueChanged.connect(lambda _n: self.search())
        self.held_until.dateTimeChanged.connect(lambda _t: self.check_hold())
        self.search()

    def search(self) -> None:
        self.fits.clear()
        on, nights = day_of(self.arriving), self.nights.value()
        say(self.message, "")
        try:
            boys = parse_ages(self.boys.text())
        except ValidationError as problem:
            boys = []
            say(self.message, str(problem).replace("children's ages", "boys' ages"))
        found = operations.read(self, self.vault, lambda session: capacity.search_for_referral(
            session, self.referral.id, on=on, nights=nights, boys_ages=boys),
            message=self.message).value
        fits = found.fits if found else []
        for fit in fits:
            item = QStandardItem(_describe(fit))
            item.setData(fit.room_id, Qt.ItemDataRole.UserRole)
            item.setToolTip(_describe(fit))
            self.fits.appendRow(item)
        self.left_out.set_rows(found.left_out if found else [])
        count = self.left_out.rowCount()
        self.left_heading.setText(f"Rooms left out ({count})" if count else "Rooms left out")
        if fits:
            self.rooms.setCurrentIndex(self.fits.index(0, 0))
            text = (f"{len(fits)} room{'s fit' if len(fits) != 1 else ' fits'}, best first."
                    + (f" {count} other room{'s' if count != 1 else ''} left out: see why "
                       "below." if count else ""))
        else:
            self.fits.appendRow(QStandardItem("No room fits on these dates."))
            why = found.summary if found else ""
            if found is not None and found.boys_rule:
                text = why  # "No room fits: the service cannot house boys aged …": any date
            else:
                text = "No room fits on these dates." + (f" {why}" if why else "")
        self.summary.setText(text)
        self.summary.setAccessibleDescription(text)
        self.check_hold()

    def check_hold(self) -> None:
        say_hold_problem(self.message, self.arriving, self.held_until)

    def _try_nearest(self, index: QModelIndex) -> None:
        row = self.left_out.row_at(index)
        if row is not None and row.nearest is not None and row.dates_could_help:
            self.arriving.setDate(qdate(row.nearest))

    def action(self) -> Callable[[], object]:
        index = self.rooms.currentIndex()
        room_id = index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None
        if room_id is None:
            def nothing() -> None:
                raise ValidationError("Choose a room to offer.")
            return nothing
        held = instant(self.held_until)
        boys_text = self.boys.text()
        return lambda: capacity.offer(self.vault, referral_id=self.referral.id, room_id=room_id,
                                      arriving=day_of(self.arriving),
                                      nights=self.nights.value(), held_until=held,
                                      boys_ages=parse_ages(boys_text))


class LeftOutModel(QAbstractTableModel):
    """The rooms left out: room, house, why, nearest date that fits. Sorted by any column (the
    nearest date by date, "none" last); unsorted, in the order of the reasons."""

    HEADERS = ["Room", "House", "Why not", "Nearest date that fits"]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LeftOut] = []

    def set_rows(self, rows: list[LeftOut]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: Index) -> LeftOut | None:
        return self.rows[index.row()] if index.isValid() else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def _text(self, row: LeftOut, column: int) -> str:
        return [row.room, f"{row.house} ({row.area})", row.reason, row.nearest_text][column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return row.room_id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:
            return
        kinds = list(LeftOutKind)

        def key(row: LeftOut) -> tuple[object, ...]:
            if column == 3:
                return (row.nearest or date.max, not row.dates_could_help, row.house, row.room)
            if column == 2:
                return (kinds.index(row.kind), row.reason, row.house, row.room)
            return (self._text(row, column).casefold(), row.room)

        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def _describe(fit: RoomFit) -> str:
    extras = [f"{fit.child_places} child place{'s' if fit.child_places != 1 else ''}, "
              f"{fit.cots} cot{'s' if fit.cots != 1 else ''}"]
    if fit.wheelchair_accessible:
        extras.append("wheelchair accessible")
    if fit.self_contained:
        extras.append("self-contained")
    if fit.speaks_language:
        extras.append("staff speak her language")
    return f"{fit.room}, {fit.house} ({fit.area}) — {', '.join(extras)}"

