"""The Support plan tab's forms: a goal in her words, an action with who does it and by
when, and what became of a goal (its status, with the day), at any time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QCheckBox, QWidget

from refugedesk import plans
from refugedesk.db.models import ActionOwner, GoalStatus, NeedArea
from refugedesk.db.vault import Vault
from refugedesk.plans import GoalView
from refugedesk.ui.changes import Change
from refugedesk.ui.dates import date_edit, day_of
from refugedesk.ui.record.common import RECORD_CHANGED, RecordDialog
from refugedesk.ui.widgets import combo, label, line_edit, text_box

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
        self.what.setMaxLength(plans.MAX_WHAT)
        self.agency.setMaxLength(plans.MAX_AGENCY)
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


class GoalStatusDialog(RecordDialog):
    """What became of a goal, and when: achieved, partly achieved, not achieved, no longer
    wanted, or open again. Any time, not only at a review: the requested-outcomes figure of an
    interim review counts what is set so far."""

    changed = RECORD_CHANGED | {Change.PLANS, Change.REVIEWS}

    def __init__(self, vault: Vault, resident_id: int, goal: GoalView,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(vault, resident_id, name="goalStatusDialog",
                         title="Set the goal's status",
                         intro=f"Her goal: “{goal.her_words}”",
                         save="Save status", parent=parent)
        self.goal = goal
        self.today = today or date.today()
        choices = [(text, status.value) for status, text in plans.STATUS_WORDS.items()
                   if status is not goal.status]
        self.status = combo("goalStatus", "What became of it", choices)
        self.on = date_edit("goalStatusOn", "On", self.today)
        self.on.setMaximumDate(self.on.date())  # not in the future (the domain says so too)
        self.status.currentIndexChanged.connect(lambda _i: self.show_date())
        self.now = label("Now: " + ("open" if goal.status is GoalStatus.OPEN
                                    else plans.STATUS_WORDS[goal.status].lower())
                         + (f" since {goal.status_on.day} {goal.status_on:%b %Y}"
                            if goal.status_on else ""), role="hint", name="goalStatusNow")
        self.add_field("", self.now)
        self.add_field("What became of it", self.status, "status")
        self.add_field("On", self.on, "on")
        self.show_date()

    def show_date(self) -> None:
        reopening = self.status.currentData() == GoalStatus.OPEN.value
        self.on.setEnabled(not reopening)
        self.on.setToolTip("Open again: no date is kept; she is working on it again."
                           if reopening else "")

    def action(self) -> Callable[[], object]:
        status = GoalStatus(self.status.currentData())
        on, today, goal_id = day_of(self.on), self.today, self.goal.id
        return lambda: plans.set_goal_status(self.vault, goal_id, status, on=on, today=today)
