"""Start her intake from her stay (the arrival just recorded, or an occupied room on the board):
the intake wizard opens linked to the stay and filled in from it and its referral. If women
already on file have her name, the worker is asked first whether it is one of them ("This is
her" puts the stay on her record instead of making a second record for the same woman).
Nothing merges two records: choosing her only links the stay.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from refugedesk import arrivals
from refugedesk.arrivals import ReturningMatch, StayForIntake
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.vault import Vault
from refugedesk.i18n import translate
from refugedesk.ui import dialogs, operations
from refugedesk.ui.changes import Change
from refugedesk.ui.widgets import button, label, message_label

#: Opens the intake wizard for the stay (carrying on its saved intake, if it has one).
OpenWizard = Callable[[StayForIntake], QDialog]


class ReturningDialog(QDialog):
    """"Is she already on file?": the women with her name; "This is her" links the stay to
    the one chosen, "She is new" starts her intake. Emits `linked(resident_id)` or
    `start_new()`."""

    linked = Signal(int)
    start_new = Signal()

    def __init__(self, vault: Vault, stay: StayForIntake, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault = vault
        self.stay = stay
        self.setObjectName("returningDialog")
        self.setWindowTitle(translate("StartIntake", "Is she already on file?"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("StartIntake", "Is she already on file?"),
                               role="subheading"))
        layout.addWidget(label(translate(
            "StartIntake",
            "{name} arrived in {room}, {house} on {day} (household {reference}). These women "
            "on file have the same name. If one of them is her, her new stay goes on her "
            "record and she keeps her reference; if not, start a new intake.").format(
                name=stay.name, room=stay.room, house=stay.house,
                day=fmt_day(stay.arrived_on), reference=stay.household_ref),
            role="hint", name="returningIntro"))
        self.list = QListWidget(objectName="returningList")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.list.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.list.setAccessibleName(translate("StartIntake", "Women on file with her name"))
        self.list.setWordWrap(True)
        for match in stay.matches:
            item = QListWidgetItem(match.describe())
            item.setData(Qt.ItemDataRole.UserRole, match)
            item.setToolTip(match.describe())
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        self.message = message_label("returningMessage")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        cancel = button(translate("StartIntake", "Cancel"), "returningCancel")
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        row.addStretch(1)
        self.this_is_her = button(translate("StartIntake", "This is her"), "returningThisIsHer")
        self.this_is_her.clicked.connect(self.link)
        row.addWidget(self.this_is_her)
        new = button(translate("StartIntake", "She is new: start her intake"), "returningNew",
                     primary=True)
        new.clicked.connect(self.new)
        row.addWidget(new)
        layout.addLayout(row)
        self.list.currentItemChanged.connect(lambda *_: self._selection())
        self._selection()

    def chosen(self) -> ReturningMatch | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _selection(self) -> None:
        match = self.chosen()
        ok = match is not None and not match.here_now
        self.this_is_her.setEnabled(ok)
        self.this_is_her.setToolTip(
            translate("StartIntake", "Put this stay on her record") if ok else
            translate("StartIntake", "Choose her in the list first.") if match is None else
            translate("StartIntake", "She is in refuge now, in another room, so this stay "
                                     "cannot be hers. If she has moved, use Move on the board "
                                     "instead."))

    def link(self) -> None:
        match = self.chosen()
        if match is None:
            return
        outcome = operations.run(self, lambda: arrivals.link_returning(
            self.vault, stay_id=self.stay.stay_id, resident_id=match.resident_id),
            message=self.message, changed={Change.STAYS, Change.RESIDENTS})
        if outcome.ok:
            self.accept()
            self.linked.emit(match.resident_id)

    def new(self) -> None:
        self.accept()
        self.start_new.emit()


def begin(parent: QWidget, vault: Vault, stay_id: int, *, message: QLabel,
          open_wizard: OpenWizard, open_record: Callable[[int], object],
          ask_returning: bool = True) -> QDialog | None:
    """Start (or carry on) her intake for this stay; open her record if the stay is on one
    already; ask first whether she is a woman already on file when names match (unless the
    arrival form has just asked). Returns the dialog shown, if any."""
    stay = operations.read(parent, vault, lambda session: arrivals.stay_for_intake(
        session, stay_id, today=date.today()), message=message).value
    if stay is None:
        return None
    if stay.resident_id is not None:
        open_record(stay.resident_id)
        return None
    if stay.matches and ask_returning and stay.draft_id is None:
        dialog = ReturningDialog(vault, stay, parent)
        dialog.linked.connect(open_record)
        dialog.start_new.connect(lambda: open_wizard(stay))
        return dialogs.show(dialog)
    return open_wizard(stay)
