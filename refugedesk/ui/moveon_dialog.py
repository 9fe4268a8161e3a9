"""Move on: the day she leaves the refuge, why, where to, and whether support carries on.

One call to moveon.move_on: her stay ends (her room shows free on the board from that night),
where she went is kept, and her plan is closed. Each goal still open is given what became of
it; the worker can change any of them with her, and a goal left as it is becomes "not
achieved", as moveon.py documents (a goal she has let go of should be "no longer wanted").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QWidget

from refugedesk import moveon
from refugedesk.db.models import DepartureReason, GoalStatus
from refugedesk.db.models_reviews import Destination, SupportAfter
from refugedesk.db.vault import Vault
from refugedesk.plans import GoalView
from refugedesk.ui.dates import date_edit, day_of
from refugedesk.ui.resident_dialogs import RecordDialog
from refugedesk.ui.widgets import combo, label, text_box

#: What can become of a goal when she moves on; the first is the default (moveon.py).
GOAL_CHOICES = [(GoalStatus.NOT_ACHIEVED, "Not reached while she was here"),
                (GoalStatus.ACHIEVED, "Achieved"),
                (GoalStatus.PARTLY_ACHIEVED, "Partly achieved"),
                (GoalStatus.NO_LONGER_WANTED, "She no longer wanted it")]


class MoveOnDialog(RecordDialog):
    changed = frozenset({"residents", "stays", "plans"})

    def __init__(self, vault: Vault, resident_id: int, stay_id: int, goals: list[GoalView],
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(vault, resident_id, name="moveOnDialog", title="Move on",
                         intro="Record the day she left (or leaves today), where she went, and "
                               "whether support carries on. Her plan is closed and kept.",
                         save="Record move-on", parent=parent)
        self.setMinimumWidth(640)
        self.stay_id = stay_id
        self.on = date_edit("moveOnDate", "The day she leaves", today or date.today())
        self.reason = combo("moveOnReason", "Why she is leaving",
                            [(r.label, r.value) for r in DepartureReason
                             if r is not DepartureReason.MOVED_ROOM])
        self.destination = combo("moveOnDestination", "Where she is going",
                                 [(d.label, d.value) for d in Destination])
        self.support = combo("moveOnSupport", "Support after she leaves",
                             [(s.label, s.value) for s in SupportAfter])
        self.note = text_box("moveOnNote", "Note", height=54)
        self.add_field("Leaving on", self.on, "on")
        self.add_field("Reason", self.reason, "reason")
        self.add_field("Going to", self.destination)
        self.add_field("Support after", self.support)
        self.add_field("Note", self.note)
        self.goal_combos: dict[int, QComboBox] = {}
        if goals:
            self.form.addRow(label("What became of each goal she is still working on? Talk it "
                                   "through with her; a goal left as it is was not reached "
                                   "while she was here.", role="hint"))
        for goal in goals:
            box = combo(f"moveOnGoal{goal.id}", f"What became of: {goal.her_words}",
                        [(text, status.value) for status, text in GOAL_CHOICES])
            self.goal_combos[goal.id] = box
            self.add_field(goal.her_words, box)

    def submit(self) -> bool:
        ok = super().submit()
        if not ok:
            self.adjustSize()  # room for the message under the field, nothing typed is lost
        return ok

    def action(self) -> Callable[[], object]:
        kwargs = dict(stay_id=self.stay_id, on=day_of(self.on),
                      reason=DepartureReason(self.reason.currentData()),
                      destination=Destination(self.destination.currentData()),
                      support_after=SupportAfter(self.support.currentData()),
                      note=self.note.toPlainText(),
                      goal_outcomes={gid: GoalStatus(box.currentData())
                                     for gid, box in self.goal_combos.items()})
        return lambda: moveon.move_on(self.vault, **kwargs)  # type: ignore[arg-type]
