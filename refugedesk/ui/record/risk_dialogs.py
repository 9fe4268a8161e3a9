"""The Risk tab's forms: the DASH checklist, a MARAC referral, and the actions a MARAC
agreed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from refugedesk import risk
from refugedesk.db.models import DashAnswer
from refugedesk.db.vault import Vault
from refugedesk.risk import MaracRow
from refugedesk.ui.dates import date_edit, day_of
from refugedesk.ui.record.common import RecordDialog
from refugedesk.ui.widgets import combo, label, line_edit, text_box


class DashDialog(RecordDialog):
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
        self.setMinimumSize(820, 640)
        scroll = QScrollArea(objectName="dashScroll")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        scroll.setWidgetResizable(True)
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
            answer.currentIndexChanged.connect(lambda _i: self.show_score())
            grid.addWidget(answer, i, 2, Qt.AlignmentFlag.AlignTop)
            comment = line_edit(f"dashComment{i}", f"Comment on question {i + 1}",
                                placeholder="Comment")
            grid.addWidget(comment, i, 3, Qt.AlignmentFlag.AlignTop)
            self.answers.append(answer)
            self.comments.append(comment)
        scroll.setWidget(body)
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


class MaracActionsDialog(RecordDialog):
    """What the MARAC agreed to do: shown again beside any repeat referral within a year."""
    #: Hides QWidget.actions(), which is not virtual: Qt never calls it through Python.
    actions: QPlainTextEdit  # type: ignore[assignment]

    def __init__(self, vault: Vault, resident_id: int, row: MaracRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="maracActionsDialog",
                         title=f"MARAC referral of {row.referred_on:%d %b %Y}",
                         intro="The actions the MARAC agreed, who does each, and by when.",
                         save="Save actions", parent=parent)
        self.row = row
        self.actions = text_box("maracActions", "Actions agreed", height=140)
        self.actions.setPlainText(row.actions)
        self.add_field("Actions agreed", self.actions, "actions")

    def action(self) -> Callable[[], object]:
        text = self.actions.toPlainText()
        return lambda: risk.record_marac_actions(self.vault, self.row.id, actions=text)
