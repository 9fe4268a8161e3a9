"""Her record's Needs tab: her needs scores, first against latest, area by area, with the star
chart; and the needs assessment form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from refugedesk import assessment
from refugedesk.db.models import AssessmentStage, NeedArea
from refugedesk.db.vault import Vault
from refugedesk.ui.dates import date_edit, day_of
from refugedesk.ui.record.common import RecordDialog, RecordTab, fill, table
from refugedesk.ui.record.common import day_text as _day
from refugedesk.ui.star_chart import Spoke, StarChart
from refugedesk.ui.widgets import combo, label, line_edit

STAGE_LABELS = {AssessmentStage.INTAKE: "at intake", AssessmentStage.REVIEW: "at a review",
                AssessmentStage.MOVE_ON: "at move-on"}


class NeedsTab(RecordTab):
    name = "recordNeeds"
    title = "&Needs"

    def build(self, layout: QVBoxLayout) -> None:
        self.needs_summary = label(name="needsSummary", role="hint")
        self.top_row(layout, self.needs_summary,
                     [("New needs assessment…", "needsNewButton", self.add_needs)])
        row = QHBoxLayout()
        self.needs_table = table("needsTable", "Needs scores, first and latest",
                                 ["Area", "First", "Latest", "Change", "Her words (latest)"],
                                 [210, 60, 60, 110])
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
            first, last = done[0], done[-1]
            self.needs_summary.setText(
                f"{len(done)} needs assessment{'s' if len(done) != 1 else ''}: the first on "
                f"{_day(first.assessed_on)} ({STAGE_LABELS[first.stage]}), the latest on "
                f"{_day(last.assessed_on)} ({STAGE_LABELS[last.stage]}). Each area is scored "
                "1 (in crisis) to 5 (no worries here).")
        else:
            self.needs_summary.setText("No needs assessment recorded yet.")

        def change(n: int) -> str:
            if n > 0:
                return f"Better by {n}"
            if n < 0:
                return f"Harder by {-n}"
            return "No change"

        fill(self.needs_table, [[t.area.label, str(t.first), str(t.latest), change(t.change),
                                 latest_words.get(t.area, "")] for t in travelled])
        self.star.set_spokes([Spoke(t.area.label, t.first, t.latest) for t in travelled])

    def add_needs(self) -> QDialog:
        return self.open(NeedsDialog(self.vault, self.resident_id, self))


class NeedsDialog(RecordDialog):
    draft_form = "needs"
    """A needs assessment: each area scored 1 (in crisis) to 5 (no worries here), with her
    own words; an area that does not apply to her is left unscored."""

    SCORES = [("Not scored", 0), ("1: in crisis", 1), ("2", 2), ("3", 3), ("4", 4),
              ("5: no worries here", 5)]

    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="needsDialog", title="Needs assessment",
                         intro="Score each area with her, and write down what she says "
                               "about it in her own words.",
                         save="Save assessment", parent=parent)
        self.setMinimumWidth(720)
        self.assessed_on = date_edit("needsAssessedOn", "Assessed on", date.today())
        self.stage = combo("needsStage", "When", [
            ("At intake", AssessmentStage.INTAKE.value),
            ("At a review", AssessmentStage.REVIEW.value),
            ("At move-on", AssessmentStage.MOVE_ON.value)])
        self.add_field("Assessed on", self.assessed_on, "assessed_on")
        self.add_field("When", self.stage)
        self.scores: dict[NeedArea, QComboBox] = {}
        self.words: dict[NeedArea, QLineEdit] = {}
        for area in NeedArea:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            score = combo(f"needsScore_{area.value}", f"{area.label}: score", self.SCORES)
            words = line_edit(f"needsWords_{area.value}", f"{area.label}: in her words",
                              placeholder="In her words")
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
