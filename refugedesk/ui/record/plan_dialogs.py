"""The Support plan tab's forms: a goal in her words, an action with who does it and by
when."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QCheckBox, QWidget

from refugedesk import plans
from refugedesk.db.models import ActionOwner, NeedArea
from refugedesk.db.vault import Vault
from refugedesk.plans import GoalView
from refugedesk.ui.changes import Change
from refugedesk.ui.dates import date_edit, day_of
from refugedesk.ui.record.common import RECORD_CHANGED, RecordDialog
from refugedesk.ui.widgets import combo, line_edit, text_box

OWNER_LABELS = {ActionOwner.HER: "Her", ActionOwner.KEY_WORKER: "Her key worker",
                ActionOwner.AGENCY: "Another agency"}


def owner_text(owner: ActionOwner, agency: str) -> str:
    return agency if owner is ActionOwner.AGENCY and agency else OWNER_LABELS[owner]


class GoalDialog(RecordDialog):
    changed = RECORD_CHANGED | {Change.PLANS}

    def __init__(self, vault: Vault, resident_id: int, plan_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="goalDialog", title="Add a goal",
                         intro="A goal she has chosen, written the way she says it.",
                         save="Save goal", parent=parent)
        self.plan_id = plan_id
        self.her_words = text_box("goalHerWords", "The goal in her words")
        self.area = combo("goalArea", "Need area", [("No particular area", None)]
                          + [(a.label, a.value) for a in NeedArea])
        self.success = text_box("goalSuccess", "What success looks like", height=54)
        self.add_field("In her words", self.her_words, "her_words")
        self.add_field("Need area", self.area)
        self.add_field("Success looks like", self.success)

    def action(self) -> Callable[[], object]:
        area = self.area.currentData()
        kwargs = dict(plan_id=self.plan_id, her_words=self.her_words.toPlainText(),
                      area=NeedArea(area) if area else None,
                      success_looks_like=self.success.toPlainText())
        return lambda: plans.add_goal(self.vault, **kwargs)  # type: ignore[arg-type]


class ActionDialog(RecordDialog):
    changed = RECORD_CHANGED | {Change.PLANS}

    def __init__(self, vault: Vault, resident_id: int, plan_id: int, goals: list[GoalView],
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="actionDialog", title="Add an action",
                         intro="What is to be done, who does it, and by when.",
                         save="Save action", parent=parent)
        self.plan_id = plan_id
        self.what = line_edit("actionWhat", "What is to be done")
        self.goal = combo("actionGoal", "For which goal", [("Not under a goal", None)]
                          + [(g.her_words, g.id) for g in goals])
        self.owner = combo("actionOwner", "Who", [(t, o.value) for o, t in OWNER_LABELS.items()])
        self.agency = line_edit("actionAgency", "Which agency",
                                placeholder="Only when another agency does it")
        self.has_due = QCheckBox("Has a date to be done by", objectName="actionHasDue")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.has_due.setChecked(True)
        self.due = date_edit("actionDue", "Done by", date.today())
        self.has_due.toggled.connect(self.due.setEnabled)
        self.add_field("What", self.what, "what")
        self.add_field("For goal", self.goal)
        self.add_field("Who", self.owner)
        self.add_field("Agency", self.agency, "agency")
        self.add_field("", self.has_due)
        self.add_field("By when", self.due, "due_on")

    def action(self) -> Callable[[], object]:
        kwargs = dict(plan_id=self.plan_id, what=self.what.text(),
                      owner=ActionOwner(self.owner.currentData()),
                      goal_id=self.goal.currentData(), agency=self.agency.text(),
                      due_on=day_of(self.due) if self.has_due.isChecked() else None)
        return lambda: plans.add_action(self.vault, **kwargs)
