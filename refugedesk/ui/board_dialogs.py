"""The small dialogs behind a tile's actions: offer, arrive, move, depart, close, reopen.

Each dialog gathers a few fields and makes one domain call through operations.run: a broken rule
(room not free, closed, too many children, dates out of order) is said in the dialog in plain
words and nothing typed is lost; success closes it and announces that stays changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from refugedesk import capacity, houses, referrals
from refugedesk.capacity import Tile
from refugedesk.capacity_rules import hold_problem
from refugedesk.db.models import ClosureReason, DepartureReason
from refugedesk.db.vault import Vault
from refugedesk.ui import operations
from refugedesk.ui.changes import Change
from refugedesk.ui.dates import date_edit, date_time_edit, day_of, instant
from refugedesk.ui.forms import FormDialog
from refugedesk.ui.widgets import line_edit, say

#: What a board action changes, for operations.changes() listeners.
CHANGED = frozenset({Change.STAYS, Change.REFERRALS})


class OfferDialog(FormDialog):
    """Offer this room to an open referral: held for her until a time, then it lapses."""

    changed = CHANGED

    def __init__(self, vault: Vault, tile: Tile, on: date, parent: QWidget | None = None):
        super().__init__(vault, name="offerDialog", title=f"Offer {tile.room}",
                         intro="The room is held for her until the time you choose. If she "
                               "has not arrived by then, the offer lapses by itself.",
                         save="Offer room", parent=parent)
        self.tile = tile
        self.referral = QComboBox(objectName="offerReferral")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.referral.setAccessibleName("Referral")
        for r in operations.read(self, vault, referrals.open_referrals,
                                 message=self.message).value or []:
            kids = f"{r.children_count} child{'ren' if r.children_count != 1 else ''}"
            self.referral.addItem(
                f"#{r.id} {capacity.initials(r.name)} · {kids} · {r.risk_level.label} risk"
                f" · received {r.received_at.astimezone():%d %b}", r.id)
        if not self.referral.count():
            self.referral.addItem("No open referrals: record the referral first", None)
        self.arriving = date_edit("offerArriving", "Arriving on", on)
        self.nights = QSpinBox(objectName="offerNights", minimum=1, maximum=730, value=28)  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.nights.setAccessibleName("Nights to hold")
        self.held_until = date_time_edit("offerHeldUntil", "Held until",
                                         QDateTime.currentDateTime().addSecs(24 * 3600))
        self.form.addRow("Referral", self.referral)
        self.form.addRow("Arriving on", self.arriving)
        self.form.addRow("Nights", self.nights)
        self.form.addRow("Held until", self.held_until)
        self.arriving.dateChanged.connect(lambda _d: self.check_hold())
        self.held_until.dateTimeChanged.connect(lambda _t: self.check_hold())
        self.check_hold()

    def check_hold(self) -> None:
        """Say at once when the hold would end before she arrives (the offer refuses it)."""
        problem = hold_problem(day_of(self.arriving), instant(self.held_until))
        if problem:
            say(self.message, problem)
        elif self.message.text().startswith("The room would stop being held"):
            say(self.message, "")

    def action(self) -> Callable[[], object]:
        referral_id = self.referral.currentData()
        if referral_id is None:
            from refugedesk.errors import ValidationError

            def nothing() -> None:
                raise ValidationError("Choose a referral to offer the room to.")
            return nothing
        held = instant(self.held_until)
        return lambda: capacity.offer(self.vault, referral_id=referral_id,
                                      room_id=self.tile.room_id,
                                      arriving=day_of(self.arriving),
                                      nights=self.nights.value(), held_until=held)


class ArriveDialog(FormDialog):
    """She has arrived: on an offer (reserved tile) or straight into a free room."""
    #: Hides QObject.children(), which is not virtual: Qt never calls it through Python.
    children: QSpinBox  # type: ignore[assignment]

    changed = CHANGED

    def __init__(self, vault: Vault, tile: Tile, on: date, parent: QWidget | None = None):
        super().__init__(vault, name="arriveDialog", title=f"Arrival in {tile.room}",
                         intro="Her full record (intake) is made separately; here the board "
                               "needs the household reference, her name and the children.",
                         save="Record arrival", parent=parent)
        self.tile = tile
        self.household = line_edit("arriveHousehold", "Household reference",
                                   placeholder="e.g. H-0123")
        self.name = line_edit("arriveName", "Her name")
        self.children = QSpinBox(objectName="arriveChildren", minimum=0, maximum=12,  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
                                 value=tile.children)
        self.children.setAccessibleName("Number of children")
        self.ages = line_edit("arriveAges", "Children's ages", placeholder="e.g. 0, 4, 7")
        self.on = date_edit("arriveOn", "Arrived on", on)
        if tile.reservation_id is not None:
            self.name.setText(tile.name)
        self.form.addRow("Household reference", self.household)
        self.form.addRow("Her name", self.name)
        self.form.addRow("Children", self.children)
        self.form.addRow("Children's ages", self.ages)
        self.form.addRow("Arrived on", self.on)

    def action(self) -> Callable[[], object]:
        kwargs: dict[str, Any] = dict(on=day_of(self.on), household_ref=self.household.text(),
                      name=self.name.text(), children_count=self.children.value(),
                      children_ages=self.ages.text())
        if self.tile.reservation_id is not None:
            return lambda: capacity.arrive(self.vault, reservation_id=self.tile.reservation_id,
                                           **kwargs)
        return lambda: capacity.arrive(self.vault, room_id=self.tile.room_id,
                                       **kwargs)


class MoveDialog(FormDialog):
    changed = CHANGED

    def __init__(self, vault: Vault, tile: Tile, on: date, parent: QWidget | None = None):
        super().__init__(vault, name="moveDialog", title=f"Move household {tile.household_ref}",
                         intro="She keeps her first arrival date; the old room is free from "
                               "the night of the move.", save="Move", parent=parent)
        self.tile = tile
        self.room = QComboBox(objectName="moveRoom")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.room.setAccessibleName("Move to room")
        fits = operations.read(self, vault, lambda session: capacity.find_rooms(
            session, on=on, nights=1, children_count=tile.children), message=self.message)
        for fit in fits.value or []:
            if fit.room_id != tile.room_id:
                self.room.addItem(f"{fit.room}, {fit.house} ({fit.area})", fit.room_id)
        self.on = date_edit("moveOn", "Move on", on)
        self.form.addRow("To room", self.room)
        self.form.addRow("On", self.on)

    def action(self) -> Callable[[], object]:
        room_id = self.room.currentData()
        return lambda: capacity.move(self.vault, stay_id=self.tile.stay_id, to_room_id=room_id,  # type: ignore[arg-type]  # an occupied tile has a stay
                                     on=day_of(self.on))


class DepartDialog(FormDialog):
    changed = CHANGED

    def __init__(self, vault: Vault, tile: Tile, on: date, parent: QWidget | None = None):
        super().__init__(vault, name="departDialog",
                         title=f"Departure of household {tile.household_ref}",
                         intro="The leaving date is the morning she goes: her last night is "
                               "the night before. A date ahead records a planned departure.",
                         save="Record departure", parent=parent)
        self.tile = tile
        self.on = date_edit("departOn", "Leaving on", on)
        self.reason = QComboBox(objectName="departReason")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.reason.setAccessibleName("Reason")
        for reason in DepartureReason:
            if reason is not DepartureReason.MOVED_ROOM:
                self.reason.addItem(reason.label, reason)
        self.form.addRow("Leaving on", self.on)
        self.form.addRow("Reason", self.reason)

    def action(self) -> Callable[[], object]:
        reason = self.reason.currentData()
        return lambda: capacity.depart(self.vault, stay_id=self.tile.stay_id,  # type: ignore[arg-type]  # an occupied tile has a stay
                                       on=day_of(self.on), reason=reason)


class CloseDialog(FormDialog):
    changed = CHANGED

    def __init__(self, vault: Vault, tile: Tile, on: date, parent: QWidget | None = None):
        super().__init__(vault, name="closeDialog", title=f"Close {tile.room}",
                         intro="Nobody can be offered or placed in the room while it is "
                               "closed.", save="Close room", parent=parent)
        self.tile = tile
        self.starts = date_edit("closeFrom", "Closed from", on)
        self.open_ended = QCheckBox("No reopening date yet", objectName="closeOpenEnded")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.ends = date_edit("closeUntil", "Back in use on", on + timedelta(days=7))
        self.open_ended.toggled.connect(lambda on_: self.ends.setEnabled(not on_))
        self.reason = QComboBox(objectName="closeReason")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.reason.setAccessibleName("Reason")
        for reason in ClosureReason:
            self.reason.addItem(reason.label, reason)
        self.note = QLineEdit(objectName="closeNote")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.note.setAccessibleName("Note")
        self.form.addRow("Closed from", self.starts)
        self.form.addRow("Back in use on", self.ends)
        self.form.addRow("", self.open_ended)
        self.form.addRow("Reason", self.reason)
        self.form.addRow("Note", self.note)

    def action(self) -> Callable[[], object]:
        ends = None if self.open_ended.isChecked() else day_of(self.ends)
        return lambda: houses.close_room(self.vault, room_id=self.tile.room_id,
                                         starts_on=day_of(self.starts), ends_on=ends,
                                         reason=self.reason.currentData(),
                                         note=self.note.text())


class ReopenDialog(FormDialog):
    changed = CHANGED

    def __init__(self, vault: Vault, tile: Tile, on: date, parent: QWidget | None = None):
        super().__init__(vault, name="reopenDialog", title=f"Reopen {tile.room}",
                         intro="The room can be offered and used from the night of this date.",
                         save="Reopen", parent=parent)
        self.tile = tile
        self.on = date_edit("reopenOn", "Back in use from", max(on, date.today()))
        self.form.addRow("Back in use from", self.on)

    def action(self) -> Callable[[], object]:
        return lambda: houses.reopen_room(self.vault, closure_id=self.tile.closure_id,  # type: ignore[arg-type]  # a closed tile has a closure
                                          on=day_of(self.on))

