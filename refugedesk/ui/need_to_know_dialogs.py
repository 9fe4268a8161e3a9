"""Need-to-know on screen: the houses a staff member works in (Admin page), and the minimal card
a worker sees of a record outside her houses, with "Open anyway…" asking her reason.

The rule itself is refugedesk/need_to_know.py: these dialogs show what it decides.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from refugedesk import houses, need_to_know
from refugedesk.db.vault import Vault
from refugedesk.i18n import translate
from refugedesk.need_to_know import REASON_MAX, Card
from refugedesk.resident_header import RecordHeader
from refugedesk.staff import StaffRow
from refugedesk.ui import operations
from refugedesk.ui.changes import Change
from refugedesk.ui.forms import FormDialog
from refugedesk.ui.widgets import button, label, line_edit

HouseRole = Qt.ItemDataRole.UserRole


class HousesDialog(FormDialog):
    """Houses she works in… : a checkable list of the service's houses."""

    changed = frozenset({Change.STAFF})

    def __init__(self, vault: Vault, member: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(
            vault, name="staffHousesDialog",
            title=translate("NeedToKnowDialogs", "Houses {name} works in").format(
                name=member.display_name),
            intro=translate(
                "NeedToKnowDialogs", "A support worker sees the full record of the women "
                "staying (now, or last) in her houses and of the women she is key worker for. "
                "Anyone else's record shows a short card, and she can open it anyway by giving "
                "a reason, which managers see on Today. Tick no house and she sees every "
                "record, as before. Managers and administrators always see every record."),
            save=translate("NeedToKnowDialogs", "Save houses"), parent=parent)
        self.member = member
        self.setMinimumWidth(560)
        self.houses = QListWidget(objectName="staffHousesList")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.houses.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.houses.setAccessibleName(translate("NeedToKnowDialogs", "Houses she works in"))
        self.houses.setMinimumHeight(140)
        found = operations.read(self, vault, lambda s: (
            houses.list_houses(s, active_only=False), need_to_know.houses_of(s, member.id)),
            message=self.message).value
        every, mine = found if found is not None else ([], [])
        for house in every:
            item = QListWidgetItem(translate("NeedToKnowDialogs", "{house} ({area})").format(
                house=house.name, area=house.area) if house.area else house.name)
            item.setData(HouseRole, house.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if house.id in mine
                               else Qt.CheckState.Unchecked)
            self.houses.addItem(item)
        self.add_field(translate("NeedToKnowDialogs", "Houses"), self.houses, key="houses")
        self.at_first = self.chosen()
        if not every:
            self.form.addRow("", label(translate("NeedToKnowDialogs", "There are no houses yet: "
                                                 "add them on the Houses page first."),
                                       role="hint"))

    def chosen(self) -> list[int]:
        return [self.houses.item(r).data(HouseRole) for r in range(self.houses.count())
                if self.houses.item(r).checkState() == Qt.CheckState.Checked]

    def typed_work(self) -> bool:
        """A house ticked or unticked is work to keep too (Cancel asks first)."""
        return super().typed_work() or self.chosen() != self.at_first

    def action(self) -> Callable[[], object]:
        chosen, staff_id = self.chosen(), self.member.id
        return lambda: need_to_know.set_houses(self.vault, staff_id, chosen)


class CardDialog(QDialog):
    """The minimal card of a record outside her houses, with "Open anyway…"."""

    #: The record's header, once she has opened it anyway.
    opened = Signal(object)

    def __init__(self, vault: Vault, card: object, parent: QWidget | None = None) -> None:
        """`card`: a need_to_know.Card (what NeedToKnow carries)."""
        super().__init__(parent)
        if not isinstance(card, Card):
            raise TypeError("CardDialog shows a need_to_know.Card")
        self.vault = vault
        self.card = card
        self.reason_dialog: OpenAnywayDialog | None = None
        self.setObjectName("needToKnowCard")
        self.setMinimumWidth(440)
        self.setWindowTitle(translate("NeedToKnowDialogs", "{name} ({reference})").format(
            name=card.name, reference=card.reference))
        layout = QVBoxLayout(self)
        heading = label(f"{card.name}", role="subheading", name="cardName")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)
        layout.addWidget(label(translate(
            "NeedToKnowDialogs", "Her record is for the staff of her house and her key worker. "
            "If you need it (covering a shift, an emergency), open it anyway and say why: a "
            "manager sees your reason."), role="hint"))
        form = QFormLayout()
        rows = ((translate("NeedToKnowDialogs", "Reference:"), card.reference, "cardReference"),
                (translate("NeedToKnowDialogs", "In refuge:"),
                 translate("NeedToKnowDialogs", "Yes, staying now") if card.in_refuge
                 else translate("NeedToKnowDialogs", "Not staying now"), "cardInRefuge"),
                (translate("NeedToKnowDialogs", "Key worker:"),
                 card.key_worker or translate("NeedToKnowDialogs", "None recorded"),
                 "cardKeyWorker"))
        for text, value, name in rows:
            shown = label(value, name=name)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(text, shown)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        close = button(translate("NeedToKnowDialogs", "Close"), "cardClose")
        close.clicked.connect(self.reject)
        self.open_button = button(translate("NeedToKnowDialogs", "Open anyway…"),
                                  "openAnywayButton", accessible=translate(
                                      "NeedToKnowDialogs",
                                      "Open her record anyway, giving a reason"))
        self.open_button.clicked.connect(self.ask_reason)
        row.addWidget(close)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        close.setDefault(True)  # the safe choice on Enter

    def ask_reason(self) -> OpenAnywayDialog:
        from refugedesk.ui import dialogs

        dialog = OpenAnywayDialog(self.vault, self.card, self)
        dialog.opened.connect(self._opened)
        self.reason_dialog = dialog
        dialogs.show(dialog)
        return dialog

    def _opened(self, header: RecordHeader) -> None:
        self.accept()
        self.opened.emit(header)


class OpenAnywayDialog(FormDialog):
    """Why she needs the record: required, kept for managers, never in the audit's words."""

    opened = Signal(object)

    def __init__(self, vault: Vault, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(vault, name="openAnywayDialog",
                         title=translate("NeedToKnowDialogs", "Open her record anyway"),
                         intro=translate("NeedToKnowDialogs", "Say why you need her record. A "
                                         "manager sees your reason, with your name and the "
                                         "time, on Today."),
                         save=translate("NeedToKnowDialogs", "Open record"), parent=parent)
        self.card = card
        self.reason = line_edit("openAnywayReason",
                                translate("NeedToKnowDialogs", "Why you need her record"))
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setPlaceholderText(
            translate("NeedToKnowDialogs", "e.g. Covering the night shift at her house"))
        self.add_field(translate("NeedToKnowDialogs", "Reason"), self.reason, key="reason")

    def action(self) -> Callable[[], object]:
        reason, resident_id = self.reason.text(), self.card.resident_id
        return lambda: need_to_know.open_anyway(self.vault, resident_id, reason=reason)

    def saved(self, value: object) -> None:
        self.opened.emit(value)
