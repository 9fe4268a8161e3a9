"""Putting an arrival right from the Houses board, and asking before a leaving date in the past.

"Correct this arrival…" on an occupied room opens CorrectArrivalDialog: choose what was wrong
(the arrival date, the room, or the whole stay recorded in error), the right value, and why.
One call to stay_corrections (which re-checks every rule and says plainly what stands in the
way); "recorded in error" shows its warning while it is chosen and asks once more before it
is saved. Escape or Cancel with a reason typed asks before throwing it away.

`PastLeavingDate` is the question the Move on dialog and the board's Departure dialog ask
before a leaving date more than a day in the past (moveon.past_date_question says when).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from refugedesk import moveon, stay_corrections
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import StayCorrectionKind
from refugedesk.db.vault import Vault
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.occupancy_board import Tile
from refugedesk.ui import dialogs, operations
from refugedesk.ui.changes import Change
from refugedesk.ui.dates import DayEdit, date_edit, day_of
from refugedesk.ui.forms import FormDialog
from refugedesk.ui.widgets import combo, label, line_edit, say

#: What the dialog offers to correct, in the words the worker reads (shown through
#: translate("BoardCorrections", ...): the language is chosen after import).
KINDS = [(QT_TRANSLATE_NOOP("BoardCorrections", "Her arrival date"),
          StayCorrectionKind.ARRIVAL_DATE),
         (QT_TRANSLATE_NOOP("BoardCorrections", "Her room"), StayCorrectionKind.ROOM),
         (QT_TRANSLATE_NOOP("BoardCorrections", "The whole stay: recorded in error"),
          StayCorrectionKind.RECORDED_IN_ERROR)]
IN_ERROR_WARNING = QT_TRANSLATE_NOOP(
    "BoardCorrections", "Her nights in this room will be taken out of occupancy. Her record is "
                        "kept.")


class CorrectArrivalDialog(FormDialog):
    """Correct the arrival of the household in the selected room (see the module docstring)."""

    changed = frozenset({Change.STAYS, Change.RESIDENTS})

    def __init__(self, vault: Vault, tile: Tile, on: date, parent: QWidget | None = None):
        super().__init__(vault, name="correctDialog",
                         title=translate("BoardCorrections",
                                         "Correct the arrival of household {reference}").format(
                             reference=tile.household_ref),
                         intro=translate("BoardCorrections",
                                         "Put right a mistake in how her arrival was recorded. "
                                         "What it was, what it is now and your reason are kept "
                                         "with her stay."),
                         save=translate("BoardCorrections", "Save correction"), parent=parent)
        self.setMinimumWidth(520)
        self.tile = tile
        self.confirm_box: QDialog | None = None
        self._confirmed = False
        facts = operations.read(self, vault, lambda session: (
            stay_corrections.correctable(session, tile.stay_id, vault.person),  # type: ignore[arg-type]  # an occupied tile has a stay
            stay_corrections.room_choices(session, tile.stay_id)),  # type: ignore[arg-type]
            message=self.message).value
        stay, rooms = facts if facts else (None, [])
        if stay is not None and stay.left_on:
            now = translate("BoardCorrections",
                            "Now recorded: {room}, arrived {arrived}, left {left}.").format(
                room=stay.room, arrived=fmt_day(stay.arrived_on), left=fmt_day(stay.left_on))
        elif stay is not None:
            now = translate("BoardCorrections",
                            "Now recorded: {room}, arrived {arrived}, here now.").format(
                room=stay.room, arrived=fmt_day(stay.arrived_on))
        else:
            now = ""
        self.facts = label(now, name="correctFacts")
        self.form.addRow(self.facts)

        self.kind = combo("correctKind", translate("BoardCorrections", "What to correct"),
                          [(translate("BoardCorrections", t), k.value) for t, k in KINDS])
        self.add_field(translate("BoardCorrections", "What to correct"), self.kind)
        self.on = date_edit("correctDate",
                            translate("BoardCorrections", "The night she really arrived"),
                            stay.arrived_on if stay else on)
        self.room = combo("correctRoom", translate("BoardCorrections", "The room she is really in"),
                          [(r.label, r.room_id) for r in rooms])
        self.warning = label(translate("BoardCorrections", IN_ERROR_WARNING),
                             name="correctWarning", role="note")
        # One value field at a time: the one that belongs to what is being corrected (hidden
        # ones take no room, so the form keeps its size).
        self.value = QWidget(objectName="correctValue")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        stack = QVBoxLayout(self.value)
        stack.setContentsMargins(0, 0, 0, 0)
        self.values = (self.on, self.room, self.warning)
        for widget in self.values:
            stack.addWidget(widget)
        self.value_label = label(translate("BoardCorrections", "Arrived on"),
                                 name="correctValueLabel")
        self.add_field_labelled(self.value_label, self.value, "value")
        self.reason = line_edit("correctReason",
                                translate("BoardCorrections", "Why it is being corrected"),
                                placeholder=translate("BoardCorrections",
                                                      "e.g. typed the wrong date; she is in "
                                                      "Room 4"))
        self.reason.setMaxLength(stay_corrections.MAX_REASON)
        self.add_field(translate("BoardCorrections", "Why"), self.reason, "reason")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        if stay is not None and stay.problem:
            say(self.message, stay.problem)
            self.save.setEnabled(False)
            self.save.setToolTip(stay.problem)

    def add_field_labelled(self, text: QLabel, widget: QWidget, key: str) -> None:
        """add_field with a label that changes with what is being corrected; refusals about
        the date or the room land under it."""
        box, message = self.field_box(widget, key)
        for field in (key, "on", "room"):
            self.field_messages[field] = message
        text.setBuddy(widget)
        self.form.addRow(text, box)

    @property
    def chosen(self) -> StayCorrectionKind:
        return StayCorrectionKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.chosen
        index = [k for _t, k in KINDS].index(kind)
        for i, widget in enumerate(self.values):
            widget.setVisible(i == index)
        self.value_label.setText({
            StayCorrectionKind.ARRIVAL_DATE: translate("BoardCorrections", "Arrived on"),
            StayCorrectionKind.ROOM: translate("BoardCorrections", "Room"),
            StayCorrectionKind.RECORDED_IN_ERROR: translate("BoardCorrections", "What happens"),
        }[kind])
        self.save.setText(translate("BoardCorrections", "Record in error…")
                          if kind is StayCorrectionKind.RECORDED_IN_ERROR
                          else translate("BoardCorrections", "Save correction"))
        self.adjustSize()  # room for the warning, none left over without it

    def action(self) -> Callable[[], object]:
        stay_id: int = self.tile.stay_id  # type: ignore[assignment]  # an occupied tile has a stay
        reason = self.reason.text()
        kind = self.chosen
        if kind is StayCorrectionKind.ARRIVAL_DATE:
            on = day_of(self.on)
            return lambda: stay_corrections.change_arrival_date(self.vault, stay_id, on, reason)
        if kind is StayCorrectionKind.ROOM:
            room_id = self.room.currentData()
            if room_id is None:
                from refugedesk.errors import ValidationError

                def no_room() -> None:
                    raise ValidationError(translate("BoardCorrections",
                                                    "There is no other room to choose."),
                                          field="room")
                return no_room
            return lambda: stay_corrections.change_room(self.vault, stay_id, room_id, reason)
        return lambda: stay_corrections.record_in_error(self.vault, stay_id, reason)

    def submit(self) -> bool:
        if (self.chosen is StayCorrectionKind.RECORDED_IN_ERROR and not self._confirmed
                and self.reason.text().strip()):
            self.confirm_box = dialogs.confirm(
                self, name="inErrorConfirm",
                title=translate("BoardCorrections", "Record this stay in error?"),
                text=translate("BoardCorrections",
                               "Household {reference}'s stay in {room} will be taken out of "
                               "occupancy and of every count, as if it never happened. Her "
                               "record is kept, with this correction and your reason.").format(
                    reference=self.tile.household_ref, room=self.tile.room),
                yes=translate("BoardCorrections", "Record in error"),
                on_yes=self._confirmed_yes)
            return False
        self._confirmed = False
        return super().submit()

    def _confirmed_yes(self) -> None:
        # After the question has closed, not inside its own click handler.
        self._confirmed = True
        QTimer.singleShot(0, self, self.submit)

    # Cancel or Escape with a reason typed asks first: forms.KeepsTypedWork.


class PastLeavingDate:
    """Ask before a leaving date more than a day in the past; `proceed` runs once she says
    yes. Any change to the date asks again."""

    def __init__(self, dialog: QDialog, edit: DayEdit, today: Callable[[], date]) -> None:
        self.dialog = dialog
        self.edit = edit
        self.today = today
        self.confirmed = False
        self.box: QDialog | None = None
        edit.dateChanged.connect(lambda _d: setattr(self, "confirmed", False))

    def ask(self, proceed: Callable[[], object]) -> bool:
        """True when the date needs no question (or was confirmed); otherwise asks, and
        `proceed` runs after a yes."""
        question = moveon.past_date_question(day_of(self.edit), today=self.today())
        if question is None or self.confirmed:
            return True

        def yes() -> None:
            self.confirmed = True
            QTimer.singleShot(0, self.dialog, proceed)

        self.box = dialogs.confirm(self.dialog, name="pastDateConfirm",
                                   title=translate("BoardCorrections",
                                                   "Leaving date in the past?"),
                                   text=question,
                                   yes=translate("BoardCorrections", "Yes, she left then"),
                                   on_yes=yes)
        return False
