"""The Referrals page: every referral with its outcome, a form for a new one, finding and
offering a room, and recording how a referral ended (with the reason, for commissioners).

The forms it opens are in referral_dialogs.py. The list is a lazily fetched table model (500 rows at a time, newest first), so a service with
years of referrals opens it at once. Her initials show in the list; the full name only in the
selected referral's details.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refugedesk import capacity, i18n, referrals
from refugedesk.db.models import (
    ReferralStatus,
)
from refugedesk.db.vault import Vault
from refugedesk.i18n import QT_TRANSLATE_NOOP, Counted, translate
from refugedesk.referrals import ReferralRow
from refugedesk.ui import accessible, dialogs, operations
from refugedesk.ui.changes import Change, Kinds
from refugedesk.ui.lazy_model import LazyTableModel
from refugedesk.ui.referral_dialogs import FindRoomDialog, NewReferralDialog, OutcomeDialog
from refugedesk.ui.widgets import (
    PAGE_MARGINS,
    button,
    label,
    list_table,
    message_label,
)

Index = QModelIndex | QPersistentModelIndex
BATCH = 500
#: The list's headers, shown through translate("ReferralsPage", ...).
COLUMNS = [QT_TRANSLATE_NOOP("ReferralsPage", "Received"),
           QT_TRANSLATE_NOOP("ReferralsPage", "Her initials"),
           QT_TRANSLATE_NOOP("ReferralsPage", "Children"),
           QT_TRANSLATE_NOOP("ReferralsPage", "Risk"),
           QT_TRANSLATE_NOOP("ReferralsPage", "Source"),
           QT_TRANSLATE_NOOP("ReferralsPage", "Needs"),
           QT_TRANSLATE_NOOP("ReferralsPage", "Outcome")]


class ReferralsModel(LazyTableModel):
    """Referrals newest first, fetched BATCH rows at a time as the view scrolls."""

    columns = COLUMNS
    batch = BATCH

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.open_only = True
        self.reload()

    def fetch(self, session, *, offset: int, limit: int) -> list[ReferralRow]:
        return referrals.list_referrals(session, open_only=self.open_only, offset=offset,
                                        limit=limit)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ReferralsPage", self.columns[section])
        return super().headerData(section, orientation, role)

    def cell(self, r: ReferralRow, column: int, role: int) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        kids = str(r.children_count) + (f" ({r.children_ages})" if r.children_ages else "")
        received = r.received_at.astimezone()
        when = i18n.locale().toString(QDateTime(QDate(received.year, received.month,
                                                      received.day),
                                                QTime(received.hour, received.minute)),
                                      "dd MMM yyyy HH:mm")
        return [when, capacity.initials(r.name), kids,
                r.risk_level.label, r.source.label, r.needs or "—", r.outcome][column]


class ReferralsPage(QWidget):
    #: This page's words with a count (refugedesk.i18n.Counted), in the "ReferralsPage" context
    #: whatever the class of the object (Qt's own tr() would take the runtime class's).
    tr = staticmethod(Counted("ReferralsPage").tr)  # type: ignore[assignment]

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralsPage")
        self.vault = vault
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        top = QHBoxLayout()
        top.addWidget(label(translate("ReferralsPage", "Referrals"), role="heading"))
        top.addStretch(1)
        self.filter = QComboBox(objectName="referralsFilter")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.filter.setAccessibleName(translate("ReferralsPage", "Show"))
        accessible.label_when_shown(self.filter)
        self.filter.addItem(translate("ReferralsPage", "Waiting for an outcome"), True)
        self.filter.addItem(translate("ReferralsPage", "All referrals"), False)
        top.addWidget(self.filter)
        new = button(translate("ReferralsPage", "New referral…"), "newReferralButton",
                     primary=True)
        new.clicked.connect(self.new_referral)
        top.addWidget(new)
        layout.addLayout(top)
        self.message = message_label("referralsMessage")
        layout.addWidget(self.message)

        self.model = ReferralsModel(vault, self)
        self.model.message = self.message
        self.table = list_table(QTableView(), "referralsTable",
                                translate("ReferralsPage", "Referrals"))
        self.table.setModel(self.model)
        for column, width in enumerate([150, 100, 90, 80, 170, 220]):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)

        panel = QHBoxLayout()
        self.detail = label(translate("ReferralsPage", "Select a referral."),
                            name="referralDetail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        panel.addWidget(self.detail, 1)
        self.buttons = {}
        for key, text, slot in [
                ("find", translate("ReferralsPage", "Find a room…"), self.find_room),
                ("assessing", translate("ReferralsPage", "Assessing"), self.mark_assessing),
                ("outcome", translate("ReferralsPage", "Record outcome…"), self.record_outcome)]:
            b = button(text, f"{key}ReferralButton")
            b.clicked.connect(slot)
            panel.addWidget(b)
            self.buttons[key] = b
        layout.addLayout(panel)

        self.filter.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        # A bound method, not a lambda: Qt drops it when the page is deleted.
        operations.changes().changed.connect(self._changed)
        self._show_selected()

    def _changed(self, kinds: Kinds) -> None:
        if Change.REFERRALS in kinds and self.vault.is_open:
            self.refresh()

    @property
    def selected(self) -> ReferralRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def refresh(self) -> None:
        keep = self.selected.id if self.selected else None
        self.model.open_only = bool(self.filter.currentData())
        self.model.reload()
        if keep is not None:
            self.select(keep)
        self._show_selected()

    def select(self, referral_id: int) -> bool:
        for row, r in enumerate(self.model.rows):
            if r.id == referral_id:
                self.table.selectRow(row)
                return True
        return False

    def _show_selected(self) -> None:
        r = self.selected
        is_open = r is not None and r.status.is_open
        for key in ("find", "outcome"):
            self.buttons[key].setEnabled(is_open)
        self.buttons["assessing"].setEnabled(r is not None and r.status is ReferralStatus.NEW)
        if r is None:
            self.detail.setText(translate("ReferralsPage", "Select a referral."))
            return
        if r.children_ages:
            who = translate("ReferralsPage", "#{id} {name} · {children} aged {ages}").format(
                id=r.id, name=r.name, children=_children(r.children_count), ages=r.children_ages)
        else:
            who = translate("ReferralsPage", "#{id} {name} · {children}").format(
                id=r.id, name=r.name, children=_children(r.children_count))
        lines = [who, translate("ReferralsPage",
                                "{risk} risk as referred · {source} · {outcome}").format(
            risk=r.risk_level.label, source=r.source.label, outcome=r.outcome)]
        if r.needs:
            lines.append(translate("ReferralsPage", "Needs: {needs}").format(needs=r.needs))
        if r.excluded_areas:
            lines.append(translate("ReferralsPage", "Must not be placed in: {areas}").format(
                areas=r.excluded_areas))
        self.detail.setText("\n".join(lines))

    def new_referral(self) -> None:
        self.dialog = dialogs.show(NewReferralDialog(self.vault, self))

    def find_room(self) -> None:
        if self.selected is not None:
            self.dialog = dialogs.show(FindRoomDialog(self.vault, self.selected, self))

    def record_outcome(self) -> None:
        if self.selected is not None:
            self.dialog = dialogs.show(OutcomeDialog(self.vault, self.selected, self))

    def mark_assessing(self) -> None:
        r = self.selected
        if r is not None:
            operations.run(self, lambda: referrals.set_status(self.vault, r.id,
                                                              ReferralStatus.ASSESSING),
                           message=self.message, changed={Change.REFERRALS})


def _children(count: int) -> str:
    if count == 0:
        return translate("ReferralsPage", "no children")
    return ReferralsPage.tr("%n children", "%n child", count)
