"""The Support plan tab's forms: a goal in her words, an action with who does it and by
when, and what became of a goal (its status, with the day), at any time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QCheckBox, QWidget

from refugedesk import plans
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import ActionOwner, GoalStatus, NeedArea
from refugedesk.db.vault import Vault
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.plans import GoalView
from refugedesk.ui.changes import Change
from refugedesk.ui.dates import date_edit, day_of
from refugedesk.ui.record.common import RECORD_CHANGED, RecordDialog
from refugedesk.ui.widgets import combo, label, line_edit, text_box

# Marked for translation here, translated where shown (the language is chosen at sign-in).
OWNER_LABELS = {ActionOwner.HER: QT_TRANSLATE_NOOP("RecordPlanDialogs", "Her"),
                ActionOwner.KEY_WORKER: QT_TRANSLATE_NOOP("RecordPlanDialogs", "Her key worker"),
                ActionOwner.AGENCY: QT_TRANSLATE_NOOP("RecordPlanDialogs", "Another agency")}


def owner_text(owner: ActionOwner, agency: str) -> str:
    """Who does an action: the agency's name as typed, else her, her key worker or another
    agency in the language in use."""
    if owner is ActionOwner.AGENCY and agency:
        return agency
    return translate("RecordPlanDialogs", OWNER_LABELS[owner])


def status_words(status: GoalStatus) -> str:
    """What became of a goal, in the words of the plan (plans.STATUS_WORDS, marked for
    translation there)."""
    return translate("Plans", plans.STATUS_WORDS[status])


class GoalDialog(RecordDialog):
    changed = RECORD_CHANGED | {Change.PLANS}

    def __init__(self, vault: Vault, resident_id: int, plan_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="goalDialog", title=translate("RecordPlanDialogs", "Add a goal"),
                         intro=translate("RecordPlanDialogs", "A goal she has chosen, written the way she says it."),
                         save=translate("RecordPlanDialogs", "Save goal"), parent=parent)
        self.plan_id = plan_id
        self.her_words = text_box("goalHerWords", translate("RecordPlanDialogs", "The goal in her words"))
        self.area = combo("goalArea", translate("RecordPlanDialogs", "Need area"),
                          [(translate("RecordPlanDialogs", "No particular area"), None)]
                          + [(a.label, a.value) for a in NeedArea])
        self.success = text_box("goalSuccess", translate("RecordPlanDialogs", "What success looks like"), height=54)
        self.add_field(translate("RecordPlanDialogs", "In her words"), self.her_words, "her_words")
        self.add_field(translate("RecordPlanDialogs", "Need area"), self.area)
        self.add_field(translate("RecordPlanDialogs", "Success looks like"), self.success)

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
        super().__init__(vault, resident_id, name="actionDialog", title=translate("RecordPlanDialogs", "Add an action"),
                         intro=translate("RecordPlanDialogs", "What is to be done, who does it, and by when."),
                         save=translate("RecordPlanDialogs", "Save action"), parent=parent)
        self.plan_id = plan_id
        self.what = line_edit("actionWhat", translate("RecordPlanDialogs", "What is to be done"))
        # Her goals stay in her own words.
        self.goal = combo("actionGoal", translate("RecordPlanDialogs", "For which goal"),
                          [(translate("RecordPlanDialogs", "Not under a goal"), None)]
                          + [(g.her_words, g.id) for g in goals])
        self.owner = combo("actionOwner", translate("RecordPlanDialogs", "Who"),
                           [(owner_text(o, ""), o.value) for o in OWNER_LABELS])
        self.agency = line_edit("actionAgency", translate("RecordPlanDialogs", "Which agency"),
                                placeholder=translate("RecordPlanDialogs", "Only when another agency does it"))
        self.what.setMaxLength(plans.MAX_WHAT)
        self.agency.setMaxLength(plans.MAX_AGENCY)
        self.has_due = QCheckBox(translate("RecordPlanDialogs", "Has a date to be done by"),  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
                                 objectName="actionHasDue")
        self.has_due.setChecked(True)
        self.due = date_edit("actionDue", translate("RecordPlanDialogs", "Done by"), date.today())
        self.has_due.toggled.connect(self.due.setEnabled)
        self.add_field(translate("RecordPlanDialogs", "What"), self.what, "what")
        self.add_field(translate("RecordPlanDialogs", "For goal"), self.goal)
        self.add_field(translate("RecordPlanDialogs", "Who"), self.owner)
        self.add_field(translate("RecordPlanDialogs", "Agency"), self.agency, "agency")
        self.add_field("", self.has_due)
        self.add_field(translate("RecordPlanDialogs", "By when"), self.due, "due_on")

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
                         title=translate("RecordPlanDialogs", "Set the goal's status"),
                         # Her goal in her own words, as she said it.
                         intro=translate("RecordPlanDialogs", "Her goal: “{goal}”").format(goal=goal.her_words),
                         save=translate("RecordPlanDialogs", "Save status"), parent=parent)
        self.goal = goal
        self.today = today or date.today()
        choices = [(status_words(status), status.value) for status in plans.STATUS_WORDS
                   if status is not goal.status]
        self.status = combo("goalStatus", translate("RecordPlanDialogs", "What became of it"), choices)
        self.on = date_edit("goalStatusOn", translate("RecordPlanDialogs", "On"), self.today)
        self.on.setMaximumDate(self.on.date())  # not in the future (the domain says so too)
        self.status.currentIndexChanged.connect(lambda _i: self.show_date())
        now = (translate("RecordPlanDialogs", "open") if goal.status is GoalStatus.OPEN
               else status_words(goal.status).lower())
        self.now = label(translate("RecordPlanDialogs", "Now: {status} since {day}").format(
                             status=now, day=fmt_day(goal.status_on)) if goal.status_on
                         else translate("RecordPlanDialogs", "Now: {status}").format(status=now),
                         role="hint", name="goalStatusNow")
        self.add_field("", self.now)
        self.add_field(translate("RecordPlanDialogs", "What became of it"), self.status, "status")
        self.add_field(translate("RecordPlanDialogs", "On"), self.on, "on")
        self.show_date()

    def show_date(self) -> None:
        reopening = self.status.currentData() == GoalStatus.OPEN.value
        self.on.setEnabled(not reopening)
        self.on.setToolTip(translate("RecordPlanDialogs", "Open again: no date is kept; she is working on it again.")
                           if reopening else "")

    def action(self) -> Callable[[], object]:
        status = GoalStatus(self.status.currentData())
        on, today, goal_id = day_of(self.on), self.today, self.goal.id
        return lambda: plans.set_goal_status(self.vault, goal_id, status, on=on, today=today)
