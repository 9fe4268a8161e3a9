"""Her record's Needs tab: her needs scores, first against latest, area by area, with the star
chart; and the needs assessment form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from refugedesk import assessment
from refugedesk.db.models import AssessmentStage, NeedArea
from refugedesk.db.vault import Vault
from refugedesk.i18n import QT_TRANSLATE_NOOP, Counted, translate
from refugedesk.ui.dates import date_edit, day_of
from refugedesk.ui.record.common import RecordDialog, RecordTab, fill, table
from refugedesk.ui.record.common import day_text as _day
from refugedesk.ui.star_chart import Spoke, StarChart
from refugedesk.ui.widgets import combo, label, line_edit

# This module's words with a count (refugedesk.i18n.Counted: lupdate reads the name).
RecordNeeds = Counted("RecordNeeds")

#: When an assessment was made, inside a sentence (marked: `stage_words` translates).
STAGE_LABELS = {AssessmentStage.INTAKE: QT_TRANSLATE_NOOP("RecordNeeds", "at intake"),
                AssessmentStage.REVIEW: QT_TRANSLATE_NOOP("RecordNeeds", "at a review"),
                AssessmentStage.MOVE_ON: QT_TRANSLATE_NOOP("RecordNeeds", "at move-on")}


def stage_words(stage: AssessmentStage) -> str:
    """"at intake", "at a review", "at move-on", in the language in use."""
    return translate("RecordNeeds", STAGE_LABELS[stage])


class NeedsTab(RecordTab):
    name = "recordNeeds"
    title = QT_TRANSLATE_NOOP("RecordNeeds", "&Needs")

    def build(self, layout: QVBoxLayout) -> None:
        self.needs_summary = label(name="needsSummary", role="hint")
        self.top_row(layout, self.needs_summary,
                     [(translate("RecordNeeds", "New needs assessment…"), "needsNewButton",
                       self.add_needs)])
        row = QHBoxLayout()
        self.needs_table = table(
            "needsTable", translate("RecordNeeds", "Needs scores, first and latest"),
            [translate("RecordNeeds", "Area"), translate("RecordNeeds", "First"),
             translate("RecordNeeds", "Latest"), translate("RecordNeeds", "Change"),
             translate("RecordNeeds", "Her words (latest)")], [210, 60, 60, 110])
        row.addWidget(self.needs_table, 1)
        self.star = StarChart(self)
        row.addWidget(self.star, 1)
        layout.addLayout(row, 1)

    def load(self) -> None:
        outcome = self.read(lambda session: (
            assessment.distance_travelled(session, self.resident_id),
            assessment.assessments(session, self.resident_id)))
        if not outcome.ok:
            return
        travelled, done = outcome.value
        latest_words = done[-1].her_words if done else {}
        if done:
            first, last, count = done[0], done[-1], len(done)
            if count == 1:  # English says "1 needs assessment"; Welsh has a form for each count
                summary = translate(
                    "RecordNeeds", "1 needs assessment: the first on {first} ({first_when}), "
                    "the latest on {latest} ({latest_when}). Each area is scored 1 (in crisis) "
                    "to 5 (no worries here).")
            else:
                summary = RecordNeeds.tr(
                    "%n needs assessments: the first on {first} ({first_when}), "
                    "the latest on {latest} ({latest_when}). Each area is scored 1 (in crisis) "
                    "to 5 (no worries here).", None, count)
            self.needs_summary.setText(summary.format(
                first=_day(first.assessed_on), first_when=stage_words(first.stage),
                latest=_day(last.assessed_on), latest_when=stage_words(last.stage)))
        else:
            self.needs_summary.setText(translate("RecordNeeds",
                                                 "No needs assessment recorded yet."))

        def change(n: int) -> str:
            if n > 0:
                return translate("RecordNeeds", "Better by {n}").format(n=n)
            if n < 0:
                return translate("RecordNeeds", "Harder by {n}").format(n=-n)
            return translate("RecordNeeds", "No change")

        fill(self.needs_table, [[t.area.label, str(t.first), str(t.latest), change(t.change),
                                 latest_words.get(t.area, "")] for t in travelled])
        self.star.set_spokes([Spoke(t.area.label, t.first, t.latest) for t in travelled])

    def add_needs(self) -> QDialog:
        return self.open(NeedsDialog(self.vault, self.resident_id, self))


class NeedsDialog(RecordDialog):
    draft_form = "needs"
    """A needs assessment: each area scored 1 (in crisis) to 5 (no worries here), with her
    own words; an area that does not apply to her is left unscored."""

    #: The scores (marked: shown in the language in use, `scores_shown`).
    SCORES = [(QT_TRANSLATE_NOOP("RecordNeeds", "Not scored"), 0),
              (QT_TRANSLATE_NOOP("RecordNeeds", "1: in crisis"), 1), ("2", 2), ("3", 3),
              ("4", 4), (QT_TRANSLATE_NOOP("RecordNeeds", "5: no worries here"), 5)]

    @classmethod
    def scores_shown(cls) -> list[tuple[str, object]]:
        return [(translate("RecordNeeds", text), value) for text, value in cls.SCORES]

    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="needsDialog",
                         title=translate("RecordNeeds", "Needs assessment"),
                         intro=translate("RecordNeeds",
                                         "Score each area with her, and write down what she "
                                         "says about it in her own words."),
                         save=translate("RecordNeeds", "Save assessment"), parent=parent)
        self.setMinimumWidth(720)
        self.assessed_on = date_edit("needsAssessedOn", translate("RecordNeeds", "Assessed on"),
                                     date.today())
        self.stage = combo("needsStage", translate("RecordNeeds", "When"), [
            (translate("RecordNeeds", "At intake"), AssessmentStage.INTAKE.value),
            (translate("RecordNeeds", "At a review"), AssessmentStage.REVIEW.value),
            (translate("RecordNeeds", "At move-on"), AssessmentStage.MOVE_ON.value)])
        self.add_field(translate("RecordNeeds", "Assessed on"), self.assessed_on, "assessed_on")
        self.add_field(translate("RecordNeeds", "When"), self.stage)
        self.scores: dict[NeedArea, QComboBox] = {}
        self.words: dict[NeedArea, QLineEdit] = {}
        for area in NeedArea:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            score = combo(f"needsScore_{area.value}", translate(
                "RecordNeeds", "{area}: score").format(area=area.label), self.scores_shown())
            words = line_edit(f"needsWords_{area.value}", translate(
                "RecordNeeds", "{area}: in her words").format(area=area.label),
                placeholder=translate("RecordNeeds", "In her words"))
            line.addWidget(score)
            line.addWidget(words, 1)
            self.scores[area] = score
            self.words[area] = words
            self.add_field(area.label, row, area.value)
        self.field_messages["scores"] = self.message

    def action(self) -> Callable[[], object]:
        scores = {a: c.currentData() for a, c in self.scores.items() if c.currentData()}
        words = {a: w.text() for a, w in self.words.items() if w.text().strip()}
        kwargs = dict(resident_id=self.resident_id, assessed_on=day_of(self.assessed_on),
                      stage=AssessmentStage(self.stage.currentData()), scores=scores,
                      her_words=words)
        return lambda: assessment.record_needs(self.vault, **kwargs)  # type: ignore[arg-type]
