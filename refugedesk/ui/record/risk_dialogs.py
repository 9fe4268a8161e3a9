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
from refugedesk.i18n import QT_TRANSLATE_NOOP, Counted, translate
from refugedesk.risk import MaracActionRow, MaracRow
from refugedesk.ui import operations
from refugedesk.ui.changes import Change
from refugedesk.ui.dates import date_edit, day_of
from refugedesk.ui.record.common import (
    RECORD_CHANGED,
    RecordDialog,
    day_text,
    fill,
    risk_phrase,
    table,
)
from refugedesk.ui.widgets import button, combo, label, line_edit, prefer_size, say, text_box

# This module's words with a count (refugedesk.i18n.Counted: lupdate reads the name).
RecordRiskDialogs = Counted("RecordRiskDialogs")


def dash_question(index: int) -> str:
    """Question `index` (0-based) of the DASH checklist, in the language in use (the domain's
    list is marked for translation and translated each time it is read: risk.DASH_QUESTIONS)."""
    return risk.DASH_QUESTIONS[index]


def unanswered_text(missing: list[int]) -> str:
    """Which questions (0-based indexes) still need an answer, named so she can find them:
    'Question 7 ("Is there conflict …?") is not answered yet.'"""
    numbers = [i + 1 for i in missing]
    first, question, count = numbers[0], dash_question(missing[0]), len(numbers)
    if count == 1:
        return translate(
            "RecordRiskDialogs", "Question {number} (\"{question}\") is not answered yet. "
            "Choose yes, no or not known.").format(number=first, question=question)
    if count <= 5:
        return translate(
            "RecordRiskDialogs", "Questions {numbers} and {last} are not answered yet, "
            "starting with question {number} (\"{question}\"). Choose yes, no or not known "
            "for each.").format(numbers=", ".join(str(n) for n in numbers[:-1]),
                                last=numbers[-1], number=first, question=question)
    return RecordRiskDialogs.tr(
        "%n questions are not answered yet, starting with question "
        "{number} (\"{question}\"). Choose yes, no or not known for each.", None,
        count).format(number=first, question=question)


class DashDialog(RecordDialog):
    draft_form = "dash"
    """The DASH risk checklist: 24 questions, yes / no / not known, a comment each. The score
    and the level it gives show as the answers are chosen."""

    #: The answers (marked: shown in the language in use, `choices`).
    CHOICES = [(QT_TRANSLATE_NOOP("RecordRiskDialogs", "Choose…"), ""),
               (QT_TRANSLATE_NOOP("RecordRiskDialogs", "Yes"), DashAnswer.YES.value),
               (QT_TRANSLATE_NOOP("RecordRiskDialogs", "No"), DashAnswer.NO.value),
               (QT_TRANSLATE_NOOP("RecordRiskDialogs", "Not known"), DashAnswer.NOT_KNOWN.value)]

    @classmethod
    def choices(cls) -> list[tuple[str, object]]:
        return [(translate("RecordRiskDialogs", text), value) for text, value in cls.CHOICES]

    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="dashDialog",
                         title=translate("RecordRiskDialogs", "DASH risk checklist"),
                         intro=translate("RecordRiskDialogs",
                                         "Ask each question in your own way. The score is the "
                                         "number of yes answers: 14 or more is high risk."),
                         save=translate("RecordRiskDialogs", "Save checklist"), parent=parent)
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
        choices = self.choices()
        for i in range(len(risk.DASH_QUESTIONS)):
            grid.addWidget(label(f"{i + 1}.", wrap=False), i, 0)  # SafeLives' numbering
            text = label(dash_question(i))
            grid.addWidget(text, i, 1)
            answer = combo(f"dashAnswer{i}", translate(
                "RecordRiskDialogs", "Answer to question {number}").format(number=i + 1), choices)
            text.setBuddy(answer)  # a screen reader says the question, then the answer
            answer.currentIndexChanged.connect(lambda _i: self.show_score())
            grid.addWidget(answer, i, 2, Qt.AlignmentFlag.AlignTop)
            comment = line_edit(f"dashComment{i}", translate(
                "RecordRiskDialogs", "Comment on question {number}").format(number=i + 1),
                placeholder=translate("RecordRiskDialogs", "Comment"))
            grid.addWidget(comment, i, 3, Qt.AlignmentFlag.AlignTop)
            self.answers.append(answer)
            self.comments.append(comment)
        scroll.setWidget(body)
        self.questions = scroll
        self.form.addRow(scroll)
        self.score_label = label(name="dashScore", role="subheading")
        self.add_field("", self.score_label, "answers")
        self.judgement = line_edit(
            "dashJudgement", translate("RecordRiskDialogs", "High by professional judgement: why"),
            placeholder=translate("RecordRiskDialogs", "e.g. non-fatal strangulation, threats "
                                  "to kill, stalking, her own fear"))
        self.escalation = line_edit(
            "dashEscalation", translate("RecordRiskDialogs", "High by escalation: why"),
            placeholder=translate("RecordRiskDialogs", "e.g. repeated police call-outs"))
        self.add_field(translate("RecordRiskDialogs", "High by professional judgement, because"),
                       self.judgement, "route")
        self.add_field(translate("RecordRiskDialogs", "High by escalation, because"),
                       self.escalation)
        self.show_score()

    def chosen(self) -> list[str]:
        return [a.currentData() for a in self.answers]

    def show_score(self) -> None:
        chosen = self.chosen()
        yes = sum(1 for c in chosen if c == DashAnswer.YES.value)
        left = sum(1 for c in chosen if not c)
        level = risk_phrase(risk.level_for_score(yes), in_sentence=True)
        if not left:
            score = translate("RecordRiskDialogs", "Score {score} of 24 ({risk} by score)")
        elif left == 1:  # English says "1 question"; Welsh has its own form for each count
            score = translate("RecordRiskDialogs",
                              "Score {score} of 24 ({risk} by score); 1 question still to answer")
        else:
            score = RecordRiskDialogs.tr("Score {score} of 24 ({risk} by score); %n "
                                         "questions still to answer", None, left)
        self.score_label.setText(score.format(score=yes, risk=level))
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
                         title=translate("RecordRiskDialogs", "Record a MARAC referral"),
                         intro=translate("RecordRiskDialogs",
                                         "If she was referred in the last 12 months, this is "
                                         "marked as a repeat and the earlier referral's actions "
                                         "are shown with it."),
                         save=translate("RecordRiskDialogs", "Save MARAC referral"),
                         parent=parent)
        self.assessment_id = assessment_id
        self.referred_on = date_edit("maracReferredOn",
                                     translate("RecordRiskDialogs", "Referred on"), date.today())
        self.reason = text_box("maracReason", translate("RecordRiskDialogs", "Reason"))
        self.add_field(translate("RecordRiskDialogs", "Referred on"), self.referred_on,
                       "referred_on")
        self.add_field(translate("RecordRiskDialogs", "Reason"), self.reason)

    def action(self) -> Callable[[], object]:
        kwargs = dict(resident_id=self.resident_id, referred_on=day_of(self.referred_on),
                      reason=self.reason.toPlainText(), risk_assessment_id=self.assessment_id)
        return lambda: risk.refer_to_marac(self.vault, **kwargs)  # type: ignore[arg-type]


#: Who does a MARAC action, as the list says it (marked: shown in the language in use).
MARAC_OWNERS = [(QT_TRANSLATE_NOOP("RecordRiskDialogs", "Her"), ActionOwner.HER.value),
                (QT_TRANSLATE_NOOP("RecordRiskDialogs", "Her key worker"),
                 ActionOwner.KEY_WORKER.value),
                (QT_TRANSLATE_NOOP("RecordRiskDialogs", "An agency (name it)"),
                 ActionOwner.AGENCY.value)]
_OWNER_WORDS = {ActionOwner.HER: QT_TRANSLATE_NOOP("RecordRiskDialogs", "Her"),
                ActionOwner.KEY_WORKER: QT_TRANSLATE_NOOP("RecordRiskDialogs", "Her key worker"),
                ActionOwner.AGENCY: QT_TRANSLATE_NOOP("RecordRiskDialogs", "An agency")}


def marac_owner_text(owner: ActionOwner, agency: str) -> str:
    if owner is ActionOwner.AGENCY and agency:
        return agency
    return translate("RecordRiskDialogs", _OWNER_WORDS[owner])


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
                         title=translate("RecordRiskDialogs",
                                         "Actions agreed at MARAC: referral of {day}").format(
                             day=day_text(row.referred_on)),
                         intro=translate("RecordRiskDialogs",
                                         "Add each action the MARAC agreed: who does it, what, "
                                         "and by when. They go on her support plan."),
                         save=translate("RecordRiskDialogs", "Save actions"), parent=parent)
        self.setMinimumWidth(620)
        self.row = row
        self.today = today or date.today()
        #: Actions typed into the list and not saved yet.
        self.pending: list[risk.MaracAction] = []
        if row.actions:
            before = label(row.actions, name="maracNotesBefore")
            before.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.add_field(translate("RecordRiskDialogs", "Notes from before"), before)
        if agreed:
            def shown(a: MaracActionRow) -> str:
                action = self.describe(a.owner, a.agency, a.what, a.due_on)
                return translate("RecordRiskDialogs", "{action} (done)").format(
                    action=action) if a.done_at else action

            saved = label("<br>".join(escape(shown(a)) for a in agreed),
                          name="maracAgreedSaved")
            saved.setTextFormat(Qt.TextFormat.RichText)
            self.add_field(translate("RecordRiskDialogs", "Already agreed"), saved)
        self.owner = combo("maracActionOwner", translate("RecordRiskDialogs", "Who does it"),
                           [(translate("RecordRiskDialogs", text), value)
                            for text, value in MARAC_OWNERS])
        self.agency = line_edit("maracActionAgency", translate("RecordRiskDialogs", "Which agency"),
                                placeholder=translate("RecordRiskDialogs",
                                                      "e.g. Police, Children's social care"))
        self.agency.setMaxLength(plans.MAX_AGENCY)
        self.what = line_edit("maracActionWhat", translate("RecordRiskDialogs",
                                                           "What is to be done"))
        self.what.setMaxLength(plans.MAX_WHAT)
        self.due = date_edit("maracActionDue", translate("RecordRiskDialogs", "Due by"),
                             self.today + timedelta(days=7))
        add = button(translate("RecordRiskDialogs", "Add to the list"), "maracActionAdd")
        add.clicked.connect(self.add_to_list)
        self.owner.currentIndexChanged.connect(lambda _i: self.show_agency())
        self.add_field(translate("RecordRiskDialogs", "Who"), self.owner)
        self.add_field(translate("RecordRiskDialogs", "Agency"), self.agency, "agency")
        self.add_field(translate("RecordRiskDialogs", "What"), self.what, "what")
        self.add_field(translate("RecordRiskDialogs", "Due by"), self.due, "due_on")
        self.add_field("", add)
        self.list = table("maracActionList", translate("RecordRiskDialogs", "Actions to save"),
                          [translate("RecordRiskDialogs", "Who"),
                           translate("RecordRiskDialogs", "What"),
                           translate("RecordRiskDialogs", "Due by")], [120, 250])
        self.list.setMinimumHeight(110)
        remove = button(translate("RecordRiskDialogs", "Remove from the list"),
                        "maracActionRemove")
        remove.clicked.connect(self.remove_from_list)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        column.addWidget(remove)
        self.add_field(translate("RecordRiskDialogs", "To save"), box, "actions")
        self.show_agency()

    @staticmethod
    def describe(owner: ActionOwner, agency: str, what: str, due_on: date | None) -> str:
        if due_on is None:
            return translate("RecordRiskDialogs", "{owner}: {what} (no date)").format(
                owner=marac_owner_text(owner, agency), what=what)
        return translate("RecordRiskDialogs", "{owner}: {what} (by {day})").format(
            owner=marac_owner_text(owner, agency), what=what, day=day_text(due_on))

    def show_agency(self) -> None:
        agency = self.owner.currentData() == ActionOwner.AGENCY.value
        self.agency.setEnabled(agency)
        self.agency.setToolTip("" if agency else translate("RecordRiskDialogs",
                                                           "Only when an agency does it."))

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
            say(self.message, translate("RecordRiskDialogs", "Select an action in the list first."))
            return
        del self.pending[chosen[0].row()]
        self.show_list()

    def show_list(self) -> None:
        fill(self.list, [[marac_owner_text(a.owner, a.agency), a.what,
                          day_text(a.due_on)]
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
