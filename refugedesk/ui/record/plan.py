"""Her record's Support plan tab: her goals in her words and the actions under them, any
version of the plan, and what is overdue (plans.overdue_actions is the rule). The forms are in
plan_dialogs.py."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QPushButton, QVBoxLayout

from refugedesk import plans
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import GoalStatus
from refugedesk.i18n import QT_TRANSLATE_NOOP, put_count, translate
from refugedesk.ui import dialogs
from refugedesk.ui.changes import Change
from refugedesk.ui.flow import FlowRow
from refugedesk.ui.record.common import RecordTab, fill, selected, table
from refugedesk.ui.record.common import day_text as _day
from refugedesk.ui.record.plan_dialogs import (
    ActionDialog,
    GoalDialog,
    GoalStatusDialog,
    owner_text,
)
from refugedesk.ui.widgets import button, label

PLAN_CHANGED = frozenset({Change.RESIDENTS, Change.PLANS})
# What became of an action not done, as the plan shows it (marked for translation here,
# translated where shown).
BECAME = {"open": QT_TRANSLATE_NOOP("RecordPlan", "Not yet"),
          "carried": QT_TRANSLATE_NOOP("RecordPlan", "Not done: carried into the next version"),
          "dropped": QT_TRANSLATE_NOOP("RecordPlan", "Not done: dropped at the review")}


def status_text(goal: plans.GoalView) -> str:
    """A goal's status as the plan shows it, with the day it was set."""
    if goal.status is GoalStatus.OPEN or goal.status_on is None:
        return goal.status.label
    return f"{goal.status.label} ({_day(goal.status_on)})"


def _days(n: int) -> str:
    """"1 day", "3 days" (English has an entry for one and one for the rest)."""
    return put_count(translate("RecordPlan", "%n day") if n == 1
                     else translate("RecordPlan", "%n days"), n)


def _late(n: int) -> str:
    """"1 day late", "3 days late"."""
    return put_count(translate("RecordPlan", "%n day late") if n == 1
                     else translate("RecordPlan", "%n days late"), n)


def overdue_text(overdue: list[plans.OverdueAction]) -> str:
    """What is overdue, in words: "2 actions are overdue: MARAC action: Flag her address
    (3 days late); …"."""
    items = []
    for o in overdue:
        what = translate("RecordPlan", "MARAC action: {what}").format(what=o.what) if o.marac else o.what
        items.append(translate("RecordPlan", "{what} ({late})").format(what=what, late=_late(o.days_overdue)))
    n = len(overdue)
    head = put_count(translate("RecordPlan", "%n action is overdue: {actions}") if n == 1
                     else translate("RecordPlan", "%n actions are overdue: {actions}"), n)
    return head.format(actions="; ".join(items))


class _Title:
    """The tab's title in the language in use, read when her record is built (after sign-in,
    when the language is known)."""

    def __get__(self, obj: object, owner: type | None = None) -> str:
        return translate("RecordPlan", "Support &plan")


class PlanTab(RecordTab):
    name = "recordPlan"
    title = _Title()

    def build(self, layout: QVBoxLayout) -> None:
        first = QHBoxLayout()
        self.plan_summary = label(name="planSummary", role="subheading")
        first.addWidget(self.plan_summary, 1)
        self.plan_version = QComboBox(objectName="planVersion")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.plan_version.setAccessibleName(translate("RecordPlan", "Version of her plan to show"))
        self.plan_version.currentIndexChanged.connect(lambda _i: self.show_plan())
        first.addWidget(self.plan_version)
        layout.addLayout(first)
        top = FlowRow()  # the buttons wrap on a narrow screen
        self.plan_buttons: dict[str, QPushButton] = {}
        for key, text, slot in [("start", translate("RecordPlan", "Start her plan"), self.start_plan),
                                ("goal", translate("RecordPlan", "Add goal…"), self.add_goal),
                                ("action", translate("RecordPlan", "Add action…"), self.add_action),
                                ("status", translate("RecordPlan", "Set goal status…"), self.set_status),
                                ("done", translate("RecordPlan", "Mark action done"), self.mark_done),
                                ("review", translate("RecordPlan", "Review: new version…"), self.ask_review)]:
            b = button(text, f"plan{key.capitalize()}Button")
            b.clicked.connect(slot)
            top.addWidget(b)
            self.plan_buttons[key] = b
        layout.addLayout(top)
        self.overdue_note = label(name="planOverdue", role="note")
        layout.addWidget(self.overdue_note)
        layout.addWidget(label(translate("RecordPlan", "Goals she has chosen, in her words"), role="hint"))
        self.goals_table = table("planGoals", translate("RecordPlan", "Goals"),
                                 [translate("RecordPlan", "Goal, in her words"),
                                  translate("RecordPlan", "Area"),
                                  translate("RecordPlan", "Success looks like"),
                                  translate("RecordPlan", "Status")],
                                 [300, 150, 220])
        layout.addWidget(self.goals_table, 1)
        layout.addWidget(label(translate("RecordPlan", "Actions"), role="hint"))
        self.actions_table = table("planActions", translate("RecordPlan", "Actions"),
                                   self._action_headers(True), [320, 220, 150, 130])
        layout.addWidget(self.actions_table, 2)
        self.plan_id: int | None = None
        self._goals: list[plans.GoalView] = []

    def load(self) -> None:
        """Read which versions there are; show the chosen one (the current by default)."""
        outcome = self.read(lambda session: (plans.versions(session, self.resident_id),
                                             plans.current_plan_id(session, self.resident_id)))
        if not outcome.ok:
            return
        found, self.plan_id = outcome.value
        # Looking at an earlier version: stay on it. Otherwise show the current one (which
        # after a review is the new version).
        keep = self.plan_version.currentData() if self.plan_version.currentIndex() > 0 else None
        self.plan_version.blockSignals(True)
        self.plan_version.clear()
        for plan_id, version, created in found:
            current = plan_id == self.plan_id
            self.plan_version.addItem(
                translate("RecordPlan", "Version {version} (current)").format(version=version) if current
                else translate("RecordPlan", "Version {version} (from {day})").format(
                    version=version, day=fmt_day(created.astimezone())), plan_id)
        index = self.plan_version.findData(keep) if keep is not None else -1
        self.plan_version.setCurrentIndex(index if index >= 0 else 0)
        self.plan_version.blockSignals(False)
        self.plan_version.setVisible(len(found) > 1)
        self.show_plan()

    def show_plan(self) -> None:
        today = self.today
        shown = self.plan_version.currentData()
        outcome = self.read(lambda session: (
            plans.plan_view(session, shown) if shown is not None else None,
            plans.overdue_actions(session, resident_id=self.resident_id, today=today)))
        if not outcome.ok:
            return
        view, overdue = outcome.value
        current = view is not None and view.current
        self._goals = list(view.goals) if current and view else []
        self.plan_buttons["start"].setVisible(view is None)
        for key in ("goal", "action", "status", "done", "review"):
            self.plan_buttons[key].setVisible(view is not None)
            self.plan_buttons[key].setEnabled(current)
        if view is None:
            self.plan_summary.setText(translate("RecordPlan", "She has no support plan yet."))
            fill(self.goals_table, [])
            fill(self.actions_table, [])
            self.overdue_note.hide()
            return
        if current:
            self.plan_summary.setText(translate("RecordPlan", "Support plan, version {version} (started "
                                                "{day})").format(
                version=view.version, day=fmt_day(view.created_at.astimezone())))
        else:
            self.plan_summary.setText(translate("RecordPlan", "Version {version}, as it was until the review "
                                                "on {day}").format(
                version=view.version,
                day=fmt_day(view.superseded_at.astimezone())))  # type: ignore[union-attr]
        # Overdue is the domain's rule, and only an action of the current plan can be overdue.
        late = {o.action_id: o.days_overdue for o in overdue} if current else {}
        if late:
            self.overdue_note.setText(overdue_text(overdue))
            self.overdue_note.show()
        else:
            self.overdue_note.hide()
        goals = {g.id: g for g in view.goals}
        fill(self.goals_table, [[g.her_words, g.area.label if g.area else "—",
                                 g.success_looks_like, status_text(g)] for g in view.goals],
             [g.id for g in view.goals])
        self.plan_buttons["status"].setToolTip(
            translate("RecordPlan", "Select a goal in the list, then set what became of it.") if current
            else translate("RecordPlan", "This is an earlier version of her plan: statuses are set on the "
                           "current one."))
        self.actions_table.setHorizontalHeaderLabels(self._action_headers(current))

        def due(a: plans.ActionView) -> str:
            if a.due_on is None:
                return translate("RecordPlan", "No date")
            if a.id in late:
                return translate("RecordPlan", "Overdue: was due {day} ({days})").format(
                    day=_day(a.due_on), days=_days(late[a.id]))
            return _day(a.due_on)

        def became(a: plans.ActionView) -> str:
            if a.done_at is not None:
                return translate("RecordPlan", "Done {day}").format(day=fmt_day(a.done_at.astimezone()))
            return translate("RecordPlan", BECAME[a.became]) if a.became in BECAME else a.became

        def what(a: plans.ActionView) -> str:
            return translate("RecordPlan", "MARAC: {what}").format(what=a.what) if a.marac else a.what

        fill(self.actions_table, [[
            what(a), goals[a.goal_id].her_words if a.goal_id in goals else "—",
            owner_text(a.owner, a.agency), due(a), became(a)]
            for a in view.actions], [a.id for a in view.actions])
        for r, a in enumerate(view.actions):
            if a.id in late:
                item = self.actions_table.item(r, 3)
                font = item.font()  # type: ignore[union-attr]  # fill() sets every cell
                font.setBold(True)
                item.setFont(font)  # type: ignore[union-attr]  # fill() sets every cell

    @staticmethod
    def _action_headers(current: bool) -> list[str]:
        """The actions list's columns; an earlier version says what became of each."""
        return [translate("RecordPlan", "What"),
                translate("RecordPlan", "Goal"),
                translate("RecordPlan", "Who"),
                translate("RecordPlan", "By when"),
                translate("RecordPlan", "Done") if current else translate("RecordPlan", "What became of it")]

    def start_plan(self) -> None:
        self.run(lambda: plans.start_plan(self.vault, resident_id=self.resident_id),
                 changed=PLAN_CHANGED)

    def ask_review(self) -> None:
        if self.plan_id is None:
            return
        self.record.dialog = dialogs.confirm(
            self, name="planReviewConfirm",
            title=translate("RecordPlan", "Start a new version of her plan?"),
            text=translate("RecordPlan", "The plan as it is now is kept, so the next review can read it. "
                           "Open goals and the actions not yet done are carried into the new "
                           "version."),
            yes=translate("RecordPlan", "Start the new version"),
            on_yes=lambda: self.run(
                lambda: plans.new_version(self.vault, resident_id=self.resident_id),
                changed=PLAN_CHANGED))

    def add_goal(self) -> QDialog | None:
        if self.plan_id is None:
            return None
        return self.open(GoalDialog(self.vault, self.resident_id, self.plan_id, self))

    def add_action(self) -> QDialog | None:
        if self.plan_id is None:
            return None
        goals = [g for g in self._goals if g.status is GoalStatus.OPEN]
        return self.open(ActionDialog(self.vault, self.resident_id, self.plan_id, goals, self))

    def set_status(self) -> QDialog | None:
        goal_id = selected(self.goals_table)
        goal = next((g for g in self._goals if g.id == goal_id), None)
        if goal is None:
            self.say(translate("RecordPlan", "Select a goal in the list first."))
            return None
        return self.open(GoalStatusDialog(self.vault, self.resident_id, goal, self,
                                          today=self.record.today))

    def mark_done(self) -> None:
        action_id = selected(self.actions_table)
        if action_id is None:
            self.say(translate("RecordPlan", "Select an action in the list first."))
            return
        self.run(lambda: plans.complete_action(self.vault, action_id),  # type: ignore[arg-type]
                 changed=PLAN_CHANGED)
