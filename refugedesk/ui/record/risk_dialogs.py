"""The Risk tab's forms: the DASH checklist, a MARAC referral, and the actions a MARAC
agreed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from refugedesk import plans, risk
from refugedesk.db.models import ActionOwner, DashAnswer
from refugedesk.db.vault import Vault
from refugedesk.risk import MaracActionRow, MaracRow
from refugedesk.ui import operations
from refugedesk.ui.changes import Change
from refugedesk.ui.dates import date_edit, day_of
from refugedesk.ui.record.common import RECORD_CHANGED, RecordDialog, fill, table
from refugedesk.ui.widgets import button, combo, label, line_edit, prefer_size, say, text_box


def unanswered_text(missing: list[int]) -> str:
    """Which questions (0-based indexes) still need an answer, named so she can find them:
    'Question 7 ("Is there conflict …?") is not answered yet.'"""
    numbers = [i + 1 for i in missing]
    first = f"question {numbers[0]} (\"{risk.DASH_QUESTIONS[missing[0]]}\")"
    if len(numbers) == 1:
        return f"{first[0].upper()}{first[1:]} is not answered yet. Choose yes, no or not known."
    if len(numbers) <= 5:
        listed = ", ".join(str(n) for n in numbers[:-1]) + f" and {numbers[-1]}"
        return (f"Questions {listed} are not answered yet, starting with {first}. Choose yes, "
                "no or not known for each.")
    return (f"{len(numbers)} questions are not answered yet, starting with {first}. Choose "
            "yes, no or not known for each.")


class DashDialog(RecordDialog):
    draft_form = "dash"
    """The DASH risk checklist: 24 questions, yes / no / not known, a comment each. The score
    and the level it gives show as the answers are chosen."""

    CHOICES = [("Choose…", ""), ("Yes", DashAnswer.YES.value), ("No", DashAnswer.NO.value),
               ("Not known", DashAnswer.NOT_KNOWN.value)]

    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="dashDialog",
                         title="DASH risk checklist",
                         intro="Ask each question in your own way. The score is the number "
                               "of yes answers: 14 or more is high risk.",
                         save="Save checklist", parent=parent)
        prefer_size(self, 820, 640)  # the questions scroll on a small screen
        scroll = QScrollArea(objectName="dashScroll")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the answers, not the frame
        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        self.answers: list[QComboBox] = []
        self.comments: list[QLineEdit] = []
        for i, question in enumerate(risk.DASH_QUESTIONS):
            grid.addWidget(label(f"{i + 1}.", wrap=False), i, 0)
            text = label(question)
            grid.addWidget(text, i, 1)
            answer = combo(f"dashAnswer{i}", f"Answer to question {i + 1}", self.CHOICES)
            text.setBuddy(answer)  # a screen reader says the question, then the answer
            answer.currentIndexChanged.connect(lambda _i: self.show_score())
            grid.addWidget(answer, i, 2, Qt.AlignmentFlag.AlignTop)
            comment = line_edit(f"dashComment{i}", f"Comment on question {i + 1}",
                                placeholder="Comment")
            grid.addWidget(comment, i, 3, Qt.AlignmentFlag.AlignTop)
            self.answers.append(answer)
            self.comments.append(comment)
        scroll.setWidget(body)
        self.questions = scroll
        self.form.addRow(scroll)
        self.score_label = label(name="dashScore", role="subheading")
        self.add_field("", self.score_label, "answers")
        self.judgement = line_edit("dashJudgement", "High by professional judgement: why",
                                   placeholder="e.g. non-fatal strangulation, threats to kill, "
                                               "stalking, her own fear")
        self.escalation = line_edit("dashEscalation", "High by escalation: why",
                                    placeholder="e.g. repeated police call-outs")
        self.add_field("High by professional judgement, because", self.judgement, "route")
        self.add_field("High by escalation, because", self.escalation)
        self.show_score()

    def chosen(self) -> list[str]:
        return [a.currentData() for a in self.answers]

    def show_score(self) -> None:
        chosen = self.chosen()
        yes = sum(1 for c in chosen if c == DashAnswer.YES.value)
        left = sum(1 for c in chosen if not c)
        level = risk.level_for_score(yes).label.lower()
        self.score_label.setText(
            f"Score {yes} of 24 ({level} risk by score)"
            + (f"; {left} question{'s' if left != 1 else ''} still to answer" if left else ""))
        said = self.field_messages.get("answers")
        if said is not None and said.isVisible():  # keep "which one" true as she answers
            missing = [i for i, c in enumerate(chosen) if not c]
            say(said, unanswered_text(missing) if missing else "")

    def submit(self) -> bool:
        """Save, once every question is answered; until then say which one is not (by number
        and words) under the score, and put the cursor on the first of them. The domain checks
        again (risk.assess)."""
        missing = [i for i, chosen in enumerate(self.chosen()) if not chosen]
        if missing:
            say(self.field_messages["answers"], unanswered_text(missing))
            first = self.answers[missing[0]]
            self.questions.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        return super().submit()

    def action(self) -> Callable[[], object]:
        answered = [risk.DashItem(DashAnswer(a), c.text())
                    for a, c in zip(self.chosen(), self.comments, strict=True) if a]
        kwargs = dict(resident_id=self.resident_id, answers=answered,
                      judgement_reason=self.judgement.text(),
                      escalation_reason=self.escalation.text())
        return lambda: risk.assess(self.vault, **kwargs)  # type: ignore[arg-type]


class MaracDialog(RecordDialog):
    def __init__(self, vault: Vault, resident_id: int, assessment_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="maracDialog",
                         title="Record a MARAC referral",
                         intro="If she was referred in the last 12 months, this is marked as a "
                               "repeat and the earlier referral's actions are shown with it.",
                         save="Save MARAC referral", parent=parent)
        self.assessment_id = assessment_id
        self.referred_on = date_edit("maracReferredOn", "Referred on", date.today())
        self.reason = text_box("maracReason", "Reason")
        self.add_field("Referred on", self.referred_on, "referred_on")
        self.add_field("Reason", self.reason)

    def action(self) -> Callable[[], object]:
        kwargs = dict(resident_id=self.resident_id, referred_on=day_of(self.referred_on),
                      reason=self.reason.toPlainText(), risk_assessment_id=self.assessment_id)
        return lambda: risk.refer_to_marac(self.vault, **kwargs)  # type: ignore[arg-type]


#: Who does a MARAC action, as the list says it.
MARAC_OWNERS = [("Her", ActionOwner.HER.value), ("Her key worker", ActionOwner.KEY_WORKER.value),
                ("An agency (name it)", ActionOwner.AGENCY.value)]


def marac_owner_text(owner: ActionOwner, agency: str) -> str:
    return agency if owner is ActionOwner.AGENCY and agency else {
        ActionOwner.HER: "Her", ActionOwner.KEY_WORKER: "Her key worker",
        ActionOwner.AGENCY: "An agency"}[owner]


class MaracActionsDialog(RecordDialog):
    """What the MARAC agreed: a list of actions, each with who does it (her, her key worker or
    an agency named), what, and the date it is due by. Saved, they go on her support plan as
    her MARAC actions (an overdue one shows on Today). Notes kept as free text before actions
    had owners are shown, read-only, as "Notes from before"."""

    changed = RECORD_CHANGED | {Change.PLANS}

    def __init__(self, vault: Vault, resident_id: int, row: MaracRow,
                 agreed: list[MaracActionRow], parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(vault, resident_id, name="maracActionsDialog",
                         title=f"Actions agreed at MARAC: referral of "
                               f"{row.referred_on.day} {row.referred_on:%b %Y}",
                         intro="Add each action the MARAC agreed: who does it, what, and by "
                               "when. They go on her support plan.",
                         save="Save actions", parent=parent)
        self.setMinimumWidth(620)
        self.row = row
        self.today = today or date.today()
        #: Actions typed into the list and not saved yet.
        self.pending: list[risk.MaracAction] = []
        if row.actions:
            before = label(row.actions, name="maracNotesBefore")
            before.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.add_field("Notes from before", before)
        if agreed:
            saved = label("<br>".join(escape(self.describe(a.owner, a.agency, a.what, a.due_on)
                                             + (" (done)" if a.done_at else ""))
                                      for a in agreed), name="maracAgreedSaved")
            saved.setTextFormat(Qt.TextFormat.RichText)
            self.add_field("Already agreed", saved)
        self.owner = combo("maracActionOwner", "Who does it", MARAC_OWNERS)
        self.agency = line_edit("maracActionAgency", "Which agency",
                                placeholder="e.g. Police, Children's social care")
        self.agency.setMaxLength(plans.MAX_AGENCY)
        self.what = line_edit("maracActionWhat", "What is to be done")
        self.what.setMaxLength(plans.MAX_WHAT)
        self.due = date_edit("maracActionDue", "Due by", self.today + timedelta(days=7))
        add = button("Add to the list", "maracActionAdd")
        add.clicked.connect(self.add_to_list)
        self.owner.currentIndexChanged.connect(lambda _i: self.show_agency())
        self.add_field("Who", self.owner)
        self.add_field("Agency", self.agency, "agency")
        self.add_field("What", self.what, "what")
        self.add_field("Due by", self.due, "due_on")
        self.add_field("", add)
        self.list = table("maracActionList", "Actions to save",
                          ["Who", "What", "Due by"], [120, 250])
        self.list.setMinimumHeight(110)
        remove = button("Remove from the list", "maracActionRemove")
        remove.clicked.connect(self.remove_from_list)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        column.addWidget(remove)
        self.add_field("To save", box, "actions")
        self.show_agency()

    @staticmethod
    def describe(owner: ActionOwner, agency: str, what: str, due_on: date | None) -> str:
        due = f"by {due_on.day} {due_on:%b %Y}" if due_on else "no date"
        return f"{marac_owner_text(owner, agency)}: {what} ({due})"

    def show_agency(self) -> None:
        agency = self.owner.currentData() == ActionOwner.AGENCY.value
        self.agency.setEnabled(agency)
        self.agency.setToolTip("" if agency else "Only when an agency does it.")

    def typed(self) -> risk.MaracAction:
        owner = ActionOwner(self.owner.currentData())
        return risk.MaracAction(self.what.text(), owner, day_of(self.due),
                                self.agency.text() if owner is ActionOwner.AGENCY else "")

    def add_to_list(self) -> bool:
        """Check the action typed (the domain's own rule) and put it in the list to save."""
        action = self.typed()
        outcome = operations.run(self, lambda: plans.check_action(
            action.what, action.owner, action.agency), message=self.message,
            fields=self.field_messages)
        if not outcome.ok:
            return False
        self.pending.append(action)
        self.show_list()
        self.what.clear()
        self.what.setFocus()
        return True

    def remove_from_list(self) -> None:
        chosen = self.list.selectionModel().selectedRows()
        if not chosen:
            say(self.message, "Select an action in the list first.")
            return
        del self.pending[chosen[0].row()]
        self.show_list()

    def show_list(self) -> None:
        fill(self.list, [[marac_owner_text(a.owner, a.agency), a.what,
                          f"{a.due_on.day} {a.due_on:%b %Y}" if a.due_on else "—"]
                         for a in self.pending])

    def typed_work(self) -> bool:
        """Actions added to the list but not saved are typed work too."""
        return super().typed_work() or bool(self.pending)

    def action(self) -> Callable[[], object]:
        actions = list(self.pending)
        if not actions and self.what.text().strip():
            actions = [self.typed()]  # typed but not added yet: save it too
        marac_id = self.row.id
        return lambda: risk.add_marac_actions(self.vault, marac_id, actions=actions)
