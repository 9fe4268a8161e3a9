"""Her record's Reviews tab: her reviews and their versions, the requested-outcomes figure,
her copy and the file copy of a review as PDFs, the report for court, and moving on from her
current stay (residents.current_stay is the rule). The forms are in reviews_dialogs.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout

from refugedesk import plans, residents, reviews
from refugedesk.i18n import translate
from refugedesk.ui.record.common import (
    RecordTab,
    day_text,
    fill,
    pdf_file_dialog,
    selected,
    table,
)
from refugedesk.ui.record.reviews_dialogs import (
    MoveOnDialog,
    PlanReviewDialog,
    ReviewDialog,
    figure_text,
)
from refugedesk.ui.widgets import button, label


class _Title:
    """The tab's title in the language in use, read when her record is built (after sign-in,
    when the language is known)."""

    def __get__(self, obj: object, owner: type | None = None) -> str:
        return translate("RecordReviews", "Re&views")


class ReviewsTab(RecordTab):
    name = "recordReviews"
    title = _Title()

    def build(self, layout: QVBoxLayout) -> None:
        lead = label(translate("RecordReviews", "Her reviews, and the celebration of achievement before she "
                                "moves on. Saving a review again keeps the earlier version."),
                     role="hint")
        made = self.top_row(
            layout, lead,
            [(translate("RecordReviews", "Plan a review…"), "reviewPlanButton", self.plan_review),
             (translate("RecordReviews", "Hold a review…"), "reviewHoldButton", self.hold_review),
             (translate("RecordReviews", "Save a new version…"), "reviewAgainButton", self.review_again),
             (translate("RecordReviews", "Report for court…"), "courtReportButton", self.report_for_court),
             (translate("RecordReviews", "Move on…"), "recordMoveOnButton", self.move_on),
             (translate("RecordReviews", "Erasure request…"), "recordErasureButton", self.erasure_request)])
        from refugedesk.ui.retention_dialogs import manager_button_state
        manager_button_state(made[5], self.vault)
        self.review_again_button, self.move_on_button = made[2], made[4]
        self.review_again_button.setToolTip(
            translate("RecordReviews", "Record the selected review again, as a new version"))
        self.move_on_button.setToolTip(translate("RecordReviews", "Record the day she leaves the refuge"))
        self.reviews_figure = label(name="reviewsFigure")
        layout.addWidget(self.reviews_figure)
        self.reviews_table = table("reviewsTable", translate("RecordReviews", "Reviews"),
                                   [translate("RecordReviews", "Kind"),
                                    translate("RecordReviews", "Due"),
                                    translate("RecordReviews", "Held"),
                                    translate("RecordReviews", "Version")], [240, 140, 140])
        layout.addWidget(self.reviews_table, 1)
        copies = QHBoxLayout()
        copies.addStretch(1)
        for text, name, copy in [(translate("RecordReviews", "Her copy (PDF)…"), "reviewHerCopyButton", "her"),
                                 (translate("RecordReviews", "File copy (PDF)…"), "reviewFileCopyButton", "file")]:
            b = button(text, name)
            b.clicked.connect(lambda _=False, c=copy: self.save_review_copy(c))
            copies.addWidget(b)
        layout.addLayout(copies)

    def load(self) -> None:
        today = self.today
        outcome = self.read(lambda session: (reviews.reviews_for(session, self.resident_id),
                                             reviews.requested_outcomes(session,
                                                                        self.resident_id),
                                             self.current_stay_id(session)))
        if not outcome.ok:
            return
        rows, figure, here = outcome.value
        self.reviews_figure.setText(translate("RecordReviews", "Requested outcomes: {figure}").format(
            figure=figure_text(figure)))

        def due(r: reviews.ReviewRow) -> str:
            if r.overdue(today):
                return translate("RecordReviews", "Overdue: was due {day}").format(day=day_text(r.due_on))
            return day_text(r.due_on)

        not_held = translate("RecordReviews", "Not held yet")
        fill(self.reviews_table, [[r.kind.label, due(r), day_text(r.held_on, not_held),
                                   str(r.version) if r.version else "—"] for r in rows],
             list(rows))
        if rows:
            self.reviews_table.selectRow(len(rows) - 1)
        self.move_on_button.setEnabled(here is not None)
        self.move_on_button.setToolTip(
            translate("RecordReviews", "Record the day she leaves the refuge") if here is not None else
            translate("RecordReviews", "Not available: she is not in refuge now (no stay on her record is "
                      "current; her stays are on the Overview). If she is in a room but the "
                      "stay is not on her record, select the room on the Houses board, choose "
                      "Start her intake…, then This is her."))

    def current_stay_id(self, session) -> int | None:
        """Her stay tonight, by the domain's one rule (the header shows the same stay)."""
        here = residents.current_stay(session, self.resident_id, today=self.today)
        return here[0].id if here else None

    def selected_review(self) -> reviews.ReviewRow | None:
        return selected(self.reviews_table)  # type: ignore[return-value]

    def plan_review(self) -> QDialog:
        return self.open(PlanReviewDialog(self.vault, self.resident_id, self))

    def hold_review(self) -> QDialog:
        return self.open(ReviewDialog(self.vault, self.resident_id, None, self,
                                      today=self.record.today))

    def review_again(self) -> QDialog | None:
        row = self.selected_review()
        if row is None:
            self.say(translate("RecordReviews", "Select a review in the list first."))
            return None
        return self.open(ReviewDialog(self.vault, self.resident_id, row.id, self,
                                      today=self.record.today))

    def save_review_copy(self, copy: str) -> QDialog | None:
        """Her copy or the file copy of the selected review (its latest version), as a PDF."""
        from refugedesk.reports.review_pdf import write_file_copy, write_her_copy

        row = self.selected_review()
        if row is None or not row.version:
            self.say(translate("RecordReviews", "Select a review that has been held first."))
            return None
        held = f"{row.held_on:%Y-%m-%d}" if row.held_on else "review"
        name, title = ((f"celebrating-you-{held}.pdf", translate("RecordReviews", "Save her copy"))
                       if copy == "her" else
                       (f"review-file-copy-{held}.pdf", translate("RecordReviews", "Save the file copy")))
        write_copy = write_her_copy if copy == "her" else write_file_copy

        vault = self.vault

        def write(path: str) -> None:
            self.write_file(
                lambda progress: write_copy(vault, row.id, Path(path), progress=progress),
                label=translate("RecordReviews", "Making the PDF…"),
                saved=translate("RecordReviews", "Her copy saved") if copy == "her"
                else translate("RecordReviews", "File copy saved"))

        return self.open(pdf_file_dialog(self, name="reviewFileDialog", title=title,
                                         file_name=name, write=write))

    def move_on(self) -> QDialog | None:
        outcome = self.read(lambda session: (self.current_stay_id(session),
                                             plans.open_goals(session, self.resident_id)))
        if not outcome.ok:
            return None
        stay_id, goals = outcome.value
        if stay_id is None:
            self.say(translate("RecordReviews", "She is not in refuge now, so there is no stay to move on from."))
            return None
        return self.open(MoveOnDialog(self.vault, self.resident_id, stay_id, goals, self,
                                      today=self.record.today))

    def report_for_court(self) -> QDialog:
        from refugedesk.ui.board_export import CourtReportDialog

        return self.open(CourtReportDialog(self.vault, self.resident_id, self))

    def erasure_request(self) -> QDialog | None:
        from refugedesk.ui.retention_dialogs import open_erasure_request

        return open_erasure_request(self)
