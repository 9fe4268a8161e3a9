"""The Referrals page's forms: a new referral, how a referral ended, and finding and offering
a room for one (with the rooms left out and why). Kept apart from the page (the list and its
buttons), which opens them.
"""

from __future__ import annotations

import re
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
from refugedesk.i18n import QT_TRANSLATE_NOOP, Counted, translate
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

#: This module's words with a count (board_model.Counts).
ReferralDialogs = Counted("ReferralDialogs")

Index = QModelIndex | QPersistentModelIndex


class NewReferralDialog(FormDialog):
    #: Hides QObject.children(), which is not virtual: Qt never calls it through Python.
    children: QSpinBox  # type: ignore[assignment]
    changed = CHANGED

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, name="newReferralDialog",
                         title=translate("ReferralDialogs", "New referral"),
                         intro=translate("ReferralDialogs",
                                         "Every referral is kept with its outcome, whether or "
                                         "not she comes: the reasons are what commissioners "
                                         "ask for."),
                         save=translate("ReferralDialogs", "Save referral"), parent=parent)
        name_text = translate("ReferralDialogs", "Her initials or name")
        received_text = translate("ReferralDialogs", "Received")
        how_text = translate("ReferralDialogs", "How")
        source_text = translate("ReferralDialogs", "Source")
        contact_text = translate("ReferralDialogs", "Referrer's contact")
        ages_text = translate("ReferralDialogs", "Children's ages")
        risk_text = translate("ReferralDialogs", "Risk as referred")
        language_text = translate("ReferralDialogs", "Language")
        self.name = line_edit("referralName", name_text)
        self.received = date_time_edit("referralReceived", received_text)
        self.channel = combo("referralChannel", how_text, [(c.label, c) for c in ReferralChannel])
        self.source = combo("referralSource", source_text,
                            [(s.label, s) for s in ReferralSource])
        self.contact = line_edit("referralContact", contact_text)
        self.children = QSpinBox(objectName="referralChildren", minimum=0, maximum=12)  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.children.setAccessibleName(translate("ReferralDialogs", "Number of children"))
        self.ages = line_edit("referralAges", ages_text,
                              placeholder=translate("ReferralDialogs", "e.g. 0, 4, 7"))
        self.risk = combo("referralRisk", risk_text, [(r.label, r) for r in RiskLevel])
        self.risk.setCurrentIndex(2)
        self.wheelchair = QCheckBox(translate("ReferralDialogs", "Wheelchair access"),  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
                                    objectName="referralWheelchair")
        self.ground = QCheckBox(translate("ReferralDialogs", "Ground floor"),  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
                                objectName="referralGroundFloor")
        self.interpreter = QCheckBox(translate("ReferralDialogs", "Needs an interpreter"),  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
                                     objectName="referralInterpreter")
        self.language = line_edit("referralLanguage", language_text,
                                  placeholder=translate("ReferralDialogs", "e.g. Polish"))
        self.nrpf = QCheckBox(translate("ReferralDialogs", "No recourse to public funds"),  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
                              objectName="referralNrpf")
        self.pets = QCheckBox(translate("ReferralDialogs", "Pets"), objectName="referralPets")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.areas = QPlainTextEdit(objectName="referralExcludedAreas")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.areas.setTabChangesFocus(True)  # Tab moves on, never types a tab
        self.areas.setAccessibleName(translate("ReferralDialogs",
                                               "Areas she must not be placed in"))
        self.areas.setPlaceholderText(translate("ReferralDialogs",
                                                "One town or area per line: where he lives, "
                                                "works or has family"))
        self.areas.setFixedHeight(64)
        for text, widget in [(name_text, self.name), (received_text, self.received),
                             (how_text, self.channel), (source_text, self.source),
                             (contact_text, self.contact),
                             (translate("ReferralDialogs", "Children"), self.children),
                             (ages_text, self.ages), (risk_text, self.risk),
                             (translate("ReferralDialogs", "Needs"), self.wheelchair),
                             ("", self.ground), ("", self.interpreter),
                             (language_text, self.language), ("", self.nrpf), ("", self.pets),
                             (translate("ReferralDialogs", "Must not be placed in"),
                              self.areas)]:
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
                         title=translate("ReferralDialogs", "Outcome of referral #{id}").format(
                             id=referral.id),
                         intro=translate("ReferralDialogs",
                                         "A held offer for her is cancelled with it."),
                         save=translate("ReferralDialogs", "Save outcome"), parent=parent)
        self.referral = referral
        # Qt hands enum data back as plain strings, so each choice says which kind it is.
        items: list[tuple[str, object]] = [
            (translate("ReferralDialogs", "Declined by the service: {reason}").format(
                reason=r.label.lower()), f"decline:{r.value}")
            for r in DeclineReason]
        items += [(translate("ReferralDialogs", "Declined by her"),
                   f"status:{ReferralStatus.DECLINED_BY_HER.value}"),
                  (translate("ReferralDialogs", "Withdrawn"),
                   f"status:{ReferralStatus.WITHDRAWN.value}")]
        self.outcome = combo("outcomeChoice", translate("ReferralDialogs", "Outcome"), items)
        self.note = QLineEdit(objectName="outcomeNote")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.note.setAccessibleName(translate("ReferralDialogs", "Note"))
        self.form.addRow(translate("ReferralDialogs", "Outcome"), self.outcome)
        self.form.addRow(translate("ReferralDialogs", "Note"), self.note)

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
                         title=translate("ReferralDialogs",
                                         "Find a room for referral #{id}").format(id=referral.id),
                         intro=translate("ReferralDialogs",
                                         "Rooms that fit her family and needs, away from the "
                                         "areas she must avoid, best fits first."),
                         save=translate("ReferralDialogs", "Offer room"), parent=parent)
        self.referral = referral
        self.setMinimumWidth(680)
        self.arriving = date_edit("findArriving", translate("ReferralDialogs", "Arriving on"),
                                  date.today())
        self.nights = QSpinBox(objectName="findNights", minimum=1, maximum=730, value=28)  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.nights.setAccessibleName(translate("ReferralDialogs", "Nights expected"))
        self.held_until = date_time_edit("findHeldUntil",
                                         translate("ReferralDialogs", "Held until"),
                                         QDateTime.currentDateTime().addSecs(24 * 3600))
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.arriving)
        nights_label = label(translate("ReferralDialogs", "Nights expected"), wrap=False)
        nights_label.setBuddy(self.nights)
        row.addWidget(nights_label)
        row.addWidget(self.nights)
        row.addStretch(1)
        self.form.addRow(translate("ReferralDialogs", "Arriving on"), when)
        self.form.addRow(translate("ReferralDialogs", "Held until"), self.held_until)
        # The service's rule on boys' ages: asked here (a referral keeps no sex for its
        # children), only when the service has the rule. Her record's boys count by themselves.
        rules = operations.read(self, vault, service_rules.service_rules,
                                message=self.message).value
        self.boys = line_edit("findBoysAges", translate("ReferralDialogs", "Boys' ages"),
                              placeholder=translate("ReferralDialogs",
                                                    "The ages of the boys among her children, "
                                                    "e.g. 9"))
        self.boys.setMaxLength(60)
        self.form.addRow(translate("ReferralDialogs", "Boys' ages"), self.boys)
        has_rule = rules is not None and rules.boys_age_limit is not None
        if rules is not None and rules.boys_age_limit is not None:
            self.boys.setToolTip(translate(
                "ReferralDialogs", "Boys aged {age} or older cannot be housed (the service's "
                                   "rule).").format(age=rules.boys_age_limit))
        self.form.setRowVisible(self.boys, has_rule)
        self.boys.textChanged.connect(lambda _t: self.search())

        self.summary = label("", name="findSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rooms = QListView(objectName="findRooms")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.rooms.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.rooms.setAccessibleName(translate("ReferralDialogs", "Rooms that fit"))
        self.fits = QStandardItemModel(self)
        self.rooms.setModel(self.fits)
        self.rooms.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rooms.setMinimumHeight(60)
        self.left_out = LeftOutModel(self)
        self.left_view = list_table(QTableView(), "findLeftOut",
                                    translate("ReferralDialogs", "Rooms left out"))
        self.left_view.setModel(self.left_out)
        self.left_view.setSortingEnabled(True)
        self.left_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as found: reason order
        self.left_view.setMinimumHeight(80)
        self.left_view.setToolTip(translate(
            "ReferralDialogs", "Double-click a room to look again from its nearest date."))
        self.left_view.setWordWrap(False)
        self.left_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        for column, width in enumerate([80, 190, 400]):
            self.left_view.setColumnWidth(column, width)
        self.left_view.doubleClicked.connect(self._try_nearest)

        lists = QSplitter(Qt.Orientation.Vertical, objectName="findLists")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        for heading, view, name in [
                (translate("ReferralDialogs", "Rooms that fit"), self.rooms, "findRoomsHeading"),
                (translate("ReferralDialogs", "Rooms left out"), self.left_view,
                 "findLeftOutHeading")]:
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
            say(self.message, _boys_problem(self.boys.text(), problem))
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
        self.left_heading.setText(
            translate("ReferralDialogs", "Rooms left out ({count})").format(count=count)
            if count else translate("ReferralDialogs", "Rooms left out"))
        if fits:
            self.rooms.setCurrentIndex(self.fits.index(0, 0))
            text = ReferralDialogs.tr("%n rooms fit, best first.", "%n room fits, best first.",
                                      len(fits))
            if count:
                text += " " + ReferralDialogs.tr("%n other rooms left out: see why below.",
                                                 "%n other room left out: see why below.", count)
        else:
            none_fits = translate("ReferralDialogs", "No room fits on these dates.")
            self.fits.appendRow(QStandardItem(none_fits))
            why = found.summary if found else ""
            if found is not None and found.boys_rule:
                text = why  # "No room fits: the service cannot house boys aged …": any date
            else:
                text = none_fits + (f" {why}" if why else "")
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
                raise ValidationError(translate("ReferralDialogs", "Choose a room to offer."))
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

    #: Shown through translate("ReferralDialogs", ...).
    HEADERS = [QT_TRANSLATE_NOOP("ReferralDialogs", "Room"),
               QT_TRANSLATE_NOOP("ReferralDialogs", "House"),
               QT_TRANSLATE_NOOP("ReferralDialogs", "Why not"),
               QT_TRANSLATE_NOOP("ReferralDialogs", "Nearest date that fits")]

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
            return translate("ReferralDialogs", self.HEADERS[section])
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


def _boys_problem(typed: str, problem: ValidationError) -> str:
    """What is wrong with the boys' ages typed: the children's-ages message said of boys."""
    try:
        [int(p) for p in re.split(r"[,; ]+", typed) if p]
    except ValueError:
        return translate("ReferralDialogs", "Write the boys' ages as whole years, separated by "
                                            "commas (for example 0, 4, 7).")
    return str(problem)


def _describe(fit: RoomFit) -> str:
    extras = [ReferralDialogs.tr("%n child places", "%n child place", fit.child_places),
              ReferralDialogs.tr("%n cots", "%n cot", fit.cots)]
    if fit.wheelchair_accessible:
        extras.append(translate("ReferralDialogs", "wheelchair accessible"))
    if fit.self_contained:
        extras.append(translate("ReferralDialogs", "self-contained"))
    if fit.speaks_language:
        extras.append(translate("ReferralDialogs", "staff speak her language"))
    return translate("ReferralDialogs", "{room}, {house} ({area}) — {facts}").format(
        room=fit.room, house=fit.house, area=fit.area, facts=", ".join(extras))

