"""The small dialogs behind a tile's actions: offer, arrive, move, depart, close, reopen.

Each dialog gathers a few fields and makes one domain call through operations.run: a broken rule
(room not free, closed, too many children, dates out of order) is said in the dialog in plain
words and nothing typed is lost; success closes it and announces that stays changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from refugedesk import arrivals, capacity, household_refs, houses, i18n, referrals
from refugedesk.capacity import Tile
from refugedesk.capacity_rules import hold_problem
from refugedesk.db.models import ClosureReason, DepartureReason
from refugedesk.db.vault import Vault
from refugedesk.i18n import Counted, translate
from refugedesk.ui import dialogs, operations
from refugedesk.ui.board_corrections import PastLeavingDate
from refugedesk.ui.changes import Change
from refugedesk.ui.dates import (
    DayEdit,
    DayTimeEdit,
    date_edit,
    date_time_edit,
    day_of,
    instant,
    qdate,
)
from refugedesk.ui.forms import FormDialog
from refugedesk.ui.widgets import label, line_edit, say

#: This module's words with a count (board_model.Counts).
BoardDialogs = Counted("BoardDialogs")

#: Departure reasons that are not a departure: never offered in a list of reasons.
NOT_A_DEPARTURE = frozenset({DepartureReason.MOVED_ROOM, DepartureReason.RECORDED_IN_ERROR})

#: What a board action changes, for operations.changes() listeners.
CHANGED = frozenset({Change.STAYS, Change.REFERRALS})


def say_hold_problem(message: QLabel, arriving: DayEdit, held_until: DayTimeEdit) -> None:
    """Say at once when the hold would end before she arrives (the offer refuses it), and
    take the words back once the dates are right."""
    problem = hold_problem(day_of(arriving), instant(held_until))
    if problem:
        say(message, problem)
        message.setProperty("refugedeskHoldProblem", problem)
    elif message.text() and message.text() == message.property("refugedeskHoldProblem"):
        say(message, "")


class OfferDialog(FormDialog):
    """Offer this room to an open referral: held for her until a time, then it lapses."""

    changed = CHANGED

    def __init__(self, vault: Vault, tile: Tile, on: date, parent: QWidget | None = None):
        super().__init__(vault, name="offerDialog",
                         title=translate("BoardDialogs", "Offer {room}").format(room=tile.room),
                         intro=translate("BoardDialogs",
                                         "The room is held for her until the time you choose. "
                                         "If she has not arrived by then, the offer lapses by "
                                         "itself."),
                         save=translate("BoardDialogs", "Offer room"), parent=parent)
        self.tile = tile
        self.referral = QComboBox(objectName="offerReferral")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.referral.setAccessibleName(translate("BoardDialogs", "Referral"))
        for r in operations.read(self, vault, referrals.open_referrals,
                                 message=self.message).value_or([]):
            kids = BoardDialogs.tr("%n children", "%n child", r.children_count)
            received = r.received_at.astimezone()
            self.referral.addItem(translate(
                "BoardDialogs", "#{id} {initials} · {children} · {risk} risk · received {day}"
            ).format(id=r.id, initials=capacity.initials(r.name), children=kids,
                     risk=r.risk_level.label,
                     day=i18n.locale().toString(qdate(received.date()), "dd MMM")), r.id)
        if not self.referral.count():
            self.referral.addItem(translate("BoardDialogs",
                                            "No open referrals: record the referral first"),
                                  None)
        self.arriving = date_edit("offerArriving", translate("BoardDialogs", "Arriving on"), on)
        self.nights = QSpinBox(objectName="offerNights", minimum=1, maximum=730, value=28)  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.nights.setAccessibleName(translate("BoardDialogs", "Nights to hold"))
        self.held_until = date_time_edit("offerHeldUntil", translate("BoardDialogs", "Held until"),
                                         QDateTime.currentDateTime().addSecs(24 * 3600))
        self.form.addRow(translate("BoardDialogs", "Referral"), self.referral)
        self.form.addRow(translate("BoardDialogs", "Arriving on"), self.arriving)
        self.form.addRow(translate("BoardDialogs", "Nights"), self.nights)
        self.form.addRow(translate("BoardDialogs", "Held until"), self.held_until)
        self.arriving.dateChanged.connect(lambda _d: self.check_hold())
        self.held_until.dateTimeChanged.connect(lambda _t: self.check_hold())
        self.check_hold()

    def check_hold(self) -> None:
        say_hold_problem(self.message, self.arriving, self.held_until)

    def action(self) -> Callable[[], object]:
        referral_id = self.referral.currentData()
        if referral_id is None:
            from refugedesk.errors import ValidationError

            def nothing() -> None:
                raise ValidationError(translate("BoardDialogs",
                                                "Choose a referral to offer the room to."))
            return nothing
        held = instant(self.held_until)
        return lambda: capacity.offer(self.vault, referral_id=referral_id,
                                      room_id=self.tile.room_id,
                                      arriving=day_of(self.arriving),
                                      nights=self.nights.value(), held_until=held)


class ArriveDialog(FormDialog):
    """She has arrived: on an offer (reserved tile) or straight into a free room. Starts from
    the offer's referral (arrivals.arrival_form): her name, the children and their ages, her
    needs, and the next household reference; a woman already on file can be chosen ("This is
    her") so the stay goes on her record with her earlier reference. An arrival dated ahead
    of today or days back is confirmed first. Emits `arrived(stay_id, resident_id or 0)`."""
    #: Hides QObject.children(), which is not virtual: Qt never calls it through Python.
    children: QSpinBox  # type: ignore[assignment]

    changed = CHANGED
    arrived = Signal(int, int)

    def __init__(self, vault: Vault, tile: Tile, on: date, parent: QWidget | None = None):
        super().__init__(vault, name="arriveDialog",
                         title=translate("BoardDialogs", "Arrival in {room}").format(
                             room=tile.room),
                         intro=translate("BoardDialogs", "Her intake (her full record) can "
                                                         "start as soon as this is saved."),
                         save=translate("BoardDialogs", "Record arrival"), parent=parent)
        self.tile = tile
        self.today = date.today()
        form = operations.read(self, vault, lambda session: arrivals.arrival_form(
            session, today=self.today, reservation_id=tile.reservation_id),
            message=self.message).value
        self.referral_id = form.referral_id if form else None
        self.suggested = form.suggested_ref if form else ""
        self.household = line_edit("arriveHousehold",
                                   translate("BoardDialogs", "Household reference"),
                                   placeholder=translate("BoardDialogs", "e.g. {example}").format(
                                       example=household_refs.EXAMPLE))
        self.household.setMaxLength(household_refs.MAX_LENGTH)
        self.household.setText(self.suggested)
        self.household.selectAll()  # typing a reference of her own replaces the one offered
        self.household.setToolTip(translate(
            "BoardDialogs", "RefugeDesk gives each household the next reference. Keep it, or "
                            "type her earlier reference if she has stayed before."))
        self.name = line_edit("arriveName", translate("BoardDialogs", "Her name"))
        self.name.setMaxLength(120)
        self.children = QSpinBox(objectName="arriveChildren", minimum=0, maximum=12,  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
                                 value=tile.children)
        self.children.setAccessibleName(translate("BoardDialogs", "Number of children"))
        self.ages = line_edit("arriveAges", translate("BoardDialogs", "Children's ages"),
                              placeholder=translate("BoardDialogs", "e.g. 0, 4, 7"))
        self.ages.setMaxLength(60)
        self.on = date_edit("arriveOn", translate("BoardDialogs", "Arrived on"),
                            form.arrived_on if form else self.today)
        self.needs = label(name="arriveNeeds", role="hint")
        self.needs.setAccessibleName(translate("BoardDialogs", "From the referral"))
        self.returning = QComboBox(objectName="arriveReturning")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.returning.setAccessibleName(translate("BoardDialogs", "Is she already on file?"))
        why = translate("BoardDialogs", "A woman with this name is on file. If it is her, "
                                        "choose her: the stay goes on her record and she keeps "
                                        "her reference.")
        self.returning.setToolTip(why)
        self.returning.setAccessibleDescription(why)
        self.returning.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.returning.setMinimumContentsLength(30)
        if form is not None:
            self.name.setText(form.name or (tile.name if tile.reservation_id else ""))
            if form.referral_id is not None:
                self.children.setValue(form.children_count)
                self.ages.setText(form.children_ages)
            facts = list(form.needs)
            if form.excluded_areas:
                facts.append(translate("BoardDialogs", "must not be placed in {areas}").format(
                    areas=", ".join(form.excluded_areas)))
            text = "; ".join(facts)
            self.needs.setText(text[:1].upper() + text[1:] + "." if text else "")
        self.form.addRow(translate("BoardDialogs", "Her name"), self.name)
        self.form.addRow(translate("BoardDialogs", "On file already?"), self.returning)
        self.form.addRow(translate("BoardDialogs", "Household reference"), self.household)
        family = QWidget()
        row = QHBoxLayout(family)  # one row: the dialog fits a short screen at 150%
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.children)
        ages_label = label(translate("BoardDialogs", "aged"), wrap=False)
        ages_label.setBuddy(self.ages)
        row.addWidget(ages_label)
        row.addWidget(self.ages, 1)
        self.form.addRow(translate("BoardDialogs", "Children"), family)
        self.form.addRow(translate("BoardDialogs", "Arrived on"), self.on)
        self.form.addRow(translate("BoardDialogs", "From the referral"), self.needs)
        self.setMinimumWidth(540)
        # The wrapped lines (her needs) keep their height: the dialog grows rather than
        # squeezing them, at 150% scaling too.
        layout = self.layout()
        if layout is not None:
            layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self._show_matches(list(form.matches) if form else [])
        self.name.editingFinished.connect(self._look_for_her)
        self.returning.currentIndexChanged.connect(lambda _i: self._chosen())
        self.resident_id: int | None = None
        self.stay_id: int | None = None
        self.date_box: QMessageBox | None = None
        self._date_confirmed = False

    # --- a woman already on file ---------------------------------------------------------

    def _look_for_her(self) -> None:
        if not self.vault.is_open or not self.isVisible():
            return  # the name field losing focus as the form closes (or the vault locks)
        name = self.name.text()
        outcome = operations.read(self, self.vault, lambda session: arrivals.returning_matches(
            session, name, today=self.today), message=self.message)
        self._show_matches(outcome.value if outcome.ok else [])

    def _show_matches(self, matches: list[arrivals.ReturningMatch]) -> None:
        keep = self.returning.currentData()
        self.returning.blockSignals(True)
        self.returning.clear()
        self.returning.addItem(translate("BoardDialogs", "No: she is new to the service"), None)
        for m in matches:
            text = translate("BoardDialogs", "This is her: {match}").format(match=m.describe())
            self.returning.addItem(text, m)
            self.returning.setItemData(self.returning.count() - 1, text,
                                       Qt.ItemDataRole.ToolTipRole)
        index = next((i for i in range(1, self.returning.count())
                      if keep is not None and self.returning.itemData(i).resident_id
                      == keep.resident_id), 0)
        self.returning.setCurrentIndex(index)
        self.returning.blockSignals(False)
        self.returning.setVisible(bool(matches))
        for widget, shown in ((self.returning, bool(matches)),
                              (self.needs, bool(self.needs.text()))):
            label_widget = self.form.labelForField(widget)
            if label_widget is not None:
                label_widget.setVisible(shown)
            widget.setVisible(shown)
        self._chosen()
        self.adjustSize()

    def _chosen(self) -> None:
        """Her earlier reference when she is chosen; the one offered when she is new."""
        match = self.returning.currentData()
        typed = self.household.text().strip()
        if match is not None:
            if typed in ("", self.suggested):
                self.household.setText(match.reference)
        elif typed and typed != self.suggested and any(
                self.returning.itemData(i).reference == typed
                for i in range(1, self.returning.count())):
            self.household.setText(self.suggested)

    # --- saving ----------------------------------------------------------------------------

    def submit(self) -> bool:
        """An arrival dated ahead, or more than a few days back, is asked about first."""
        question = arrivals.arrival_date_question(day_of(self.on), today=date.today())
        if question is not None and not self._date_confirmed:
            self.date_box = dialogs.confirm(
                self, name="arriveDateConfirm",
                title=translate("BoardDialogs", "Is this the day she arrived?"), text=question,
                yes=translate("BoardDialogs", "Yes, that is the day"),
                on_yes=self._submit_confirmed)
            return False
        return super().submit()

    def _submit_confirmed(self) -> None:
        self._date_confirmed = True
        try:
            super().submit()
        finally:
            self._date_confirmed = False

    def action(self) -> Callable[[], object]:
        match = self.returning.currentData()
        resident_id = match.resident_id if match is not None else None
        kwargs: dict[str, Any] = dict(on=day_of(self.on), household_ref=self.household.text(),
                                      name=self.name.text(),
                                      children_count=self.children.value(),
                                      children_ages=self.ages.text(), resident_id=resident_id)
        self.resident_id = resident_id
        if self.tile.reservation_id is not None:
            return lambda: capacity.arrive(self.vault, reservation_id=self.tile.reservation_id,
                                           **kwargs)
        return lambda: capacity.arrive(self.vault, room_id=self.tile.room_id, **kwargs)

    def saved(self, value: object) -> None:
        self.stay_id = int(value)  # type: ignore[call-overload]  # arrive returns the stay's id
        self.arrived.emit(self.stay_id, self.resident_id or 0)


class MoveDialog(FormDialog):
    changed = CHANGED

    def __init__(self, vault: Vault, tile: Tile, on: date, parent: QWidget | None = None):
        super().__init__(vault, name="moveDialog",
                         title=translate("BoardDialogs", "Move household {reference}").format(
                             reference=tile.household_ref),
                         intro=translate("BoardDialogs", "She keeps her first arrival date; the "
                                                         "old room is free from the night of "
                                                         "the move."),
                         save=translate("BoardDialogs", "Move"), parent=parent)
        self.tile = tile
        self.room = QComboBox(objectName="moveRoom")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.room.setAccessibleName(translate("BoardDialogs", "Move to room"))
        fits = operations.read(self, vault, lambda session: capacity.find_rooms(
            session, on=on, nights=1, children_count=tile.children), message=self.message)
        for fit in fits.value_or([]):
            if fit.room_id != tile.room_id:
                self.room.addItem(translate("BoardDialogs", "{room}, {house} ({area})").format(
                    room=fit.room, house=fit.house, area=fit.area), fit.room_id)
        self.on = date_edit("moveOn", translate("BoardDialogs", "Move on"), on)
        self.form.addRow(translate("BoardDialogs", "To room"), self.room)
        self.form.addRow(translate("BoardDialogs", "On"), self.on)

    def action(self) -> Callable[[], object]:
        room_id = self.room.currentData()
        return lambda: capacity.move(self.vault, stay_id=self.tile.stay_id, to_room_id=room_id,  # type: ignore[arg-type]  # an occupied tile has a stay
                                     on=day_of(self.on))


class DepartDialog(FormDialog):
    """Her leaving date and why. A date ahead plans the departure (allowed: the board shows
    it); a date more than a day in the past is asked about first (PastLeavingDate)."""

    changed = CHANGED

    def __init__(self, vault: Vault, tile: Tile, on: date, parent: QWidget | None = None):
        super().__init__(vault, name="departDialog",
                         title=translate("BoardDialogs", "Departure of household {reference}"
                                         ).format(reference=tile.household_ref),
                         intro=translate("BoardDialogs",
                                         "The leaving date is the morning she goes: her last "
                                         "night is the night before. A date ahead records a "
                                         "planned departure."),
                         save=translate("BoardDialogs", "Record departure"), parent=parent)
        self.tile = tile
        self.on = date_edit("departOn", translate("BoardDialogs", "Leaving on"), on)
        self.reason = QComboBox(objectName="departReason")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.reason.setAccessibleName(translate("BoardDialogs", "Reason"))
        for reason in DepartureReason:
            if reason not in NOT_A_DEPARTURE:
                self.reason.addItem(reason.label, reason)
        self.form.addRow(translate("BoardDialogs", "Leaving on"), self.on)
        self.form.addRow(translate("BoardDialogs", "Reason"), self.reason)
        self.past = PastLeavingDate(self, self.on, date.today)

    def submit(self) -> bool:
        if not self.past.ask(self.submit):
            return False
        return super().submit()

    def action(self) -> Callable[[], object]:
        reason = self.reason.currentData()
        return lambda: capacity.depart(self.vault, stay_id=self.tile.stay_id,  # type: ignore[arg-type]  # an occupied tile has a stay
                                       on=day_of(self.on), reason=reason)


class CloseDialog(FormDialog):
    changed = CHANGED

    def __init__(self, vault: Vault, tile: Tile, on: date, parent: QWidget | None = None):
        super().__init__(vault, name="closeDialog",
                         title=translate("BoardDialogs", "Close {room}").format(room=tile.room),
                         intro=translate("BoardDialogs", "Nobody can be offered or placed in "
                                                         "the room while it is closed."),
                         save=translate("BoardDialogs", "Close room"), parent=parent)
        self.tile = tile
        self.starts = date_edit("closeFrom", translate("BoardDialogs", "Closed from"), on)
        self.open_ended = QCheckBox(translate("BoardDialogs", "No reopening date yet"),  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
                                    objectName="closeOpenEnded")
        self.ends = date_edit("closeUntil", translate("BoardDialogs", "Back in use on"),
                              on + timedelta(days=7))
        self.open_ended.toggled.connect(lambda on_: self.ends.setEnabled(not on_))
        self.reason = QComboBox(objectName="closeReason")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.reason.setAccessibleName(translate("BoardDialogs", "Reason"))
        for reason in ClosureReason:
            self.reason.addItem(reason.label, reason)
        self.note = QLineEdit(objectName="closeNote")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.note.setAccessibleName(translate("BoardDialogs", "Note"))
        self.form.addRow(translate("BoardDialogs", "Closed from"), self.starts)
        self.form.addRow(translate("BoardDialogs", "Back in use on"), self.ends)
        self.form.addRow("", self.open_ended)
        self.form.addRow(translate("BoardDialogs", "Reason"), self.reason)
        self.form.addRow(translate("BoardDialogs", "Note"), self.note)

    def action(self) -> Callable[[], object]:
        ends = None if self.open_ended.isChecked() else day_of(self.ends)
        return lambda: houses.close_room(self.vault, room_id=self.tile.room_id,
                                         starts_on=day_of(self.starts), ends_on=ends,
                                         reason=self.reason.currentData(),
                                         note=self.note.text())


class ReopenDialog(FormDialog):
    changed = CHANGED

    def __init__(self, vault: Vault, tile: Tile, on: date, parent: QWidget | None = None):
        super().__init__(vault, name="reopenDialog",
                         title=translate("BoardDialogs", "Reopen {room}").format(room=tile.room),
                         intro=translate("BoardDialogs", "The room can be offered and used from "
                                                         "the night of this date."),
                         save=translate("BoardDialogs", "Reopen"), parent=parent)
        self.tile = tile
        self.on = date_edit("reopenOn", translate("BoardDialogs", "Back in use from"),
                            max(on, date.today()))
        self.form.addRow(translate("BoardDialogs", "Back in use from"), self.on)

    def action(self) -> Callable[[], object]:
        return lambda: houses.reopen_room(self.vault, closure_id=self.tile.closure_id,  # type: ignore[arg-type]  # a closed tile has a closure
                                          on=day_of(self.on))

