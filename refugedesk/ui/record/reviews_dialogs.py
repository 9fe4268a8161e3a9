"""The Reviews tab's forms: plan a review, hold one, and move on.

Hold a review with her: an interim review or the celebration of achievement.

The dialog shows what the meeting looks at (reviews.py gathers it): her needs scores when she
arrived against now, area by area; each goal she asked for and what became of it; the
programmes she completed; and the requested-outcomes figure. The worker records who attended,
her own words, moments chosen with her from the contact log (with the words her copy will
use) and the next steps. Saving a review again adds a new version; earlier ones are kept.

Move on: the day she leaves the refuge, why, where to, and whether support carries on. One call
to moveon.move_on: her stay ends (her room shows free on the board from that night), where she
went is kept, and her plan is closed. Each goal still open is given what became of it; the
worker can change any of them with her, and a goal left as it is becomes "not achieved", as
moveon.py documents (a goal she has let go of should be "no longer wanted").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from refugedesk import assessment, contacts, moveon, reviews
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import DepartureReason, GoalStatus
from refugedesk.db.models_reviews import Destination, ReviewKind, SupportAfter
from refugedesk.db.vault import Vault
from refugedesk.errors import DateInFuture
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.plans import GoalView
from refugedesk.ui import operations
from refugedesk.ui.board_corrections import PastLeavingDate
from refugedesk.ui.board_dialogs import NOT_A_DEPARTURE
from refugedesk.ui.changes import Change
from refugedesk.ui.dates import date_edit, day_of
from refugedesk.ui.record.common import RECORD_CHANGED, RecordDialog
from refugedesk.ui.record.contacts_dialogs import MODE_LABELS, STATE_LABELS
from refugedesk.ui.widgets import combo, label, text_box

# How many of her recent contacts are offered as moments.
RECENT_CONTACTS = 40


def figure_text(figure: reviews.OutcomeFigure) -> str:
    """The requested-outcomes figure in plain words."""
    if figure.percent is None:
        return translate("RecordReviewsDialogs", "No goals to count yet.")
    return translate("RecordReviewsDialogs", "{percent}% of the outcomes she asked for achieved ({achieved} of "
                     "{counted}; {in_full} in full)").format(
        percent=figure.percent, achieved=figure.achieved, counted=figure.counted,
        in_full=figure.achieved_in_full)


def _moment(c: contacts.ContactRow) -> str:
    """A contact offered as a moment: "5 Nov 2026: Happened, face to face"."""
    # The contact form's own words (marked for translation in contacts_dialogs.py).
    state = translate("RecordContactsDialogs", STATE_LABELS[c.state])
    mode = translate("RecordContactsDialogs", MODE_LABELS[c.mode]).lower()
    return translate("RecordReviewsDialogs", "{day}: {what}, {how}").format(day=fmt_day(c.at.astimezone()),
                                                    what=state, how=mode)


class ReviewDialog(RecordDialog):
    """A new review (review_id None) or a new version of a review already held or planned."""

    changed = frozenset({Change.RESIDENTS, Change.REVIEWS})
    draft_form = "review"

    def __init__(self, vault: Vault, resident_id: int, review_id: int | None = None,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(vault, resident_id, name="reviewDialog",
                         title=translate("RecordReviewsDialogs", "Hold a review"),
                         intro=translate("RecordReviewsDialogs", "Look back together at where she started and what she "
                                         "has done. Saving again later keeps this version as "
                                         "it is."),
                         save=translate("RecordReviewsDialogs", "Save review"), parent=parent)
        self.setMinimumWidth(760)
        self.review_id = review_id
        self.today = today or date.today()
        outcome = operations.read(self, vault, lambda session: (
            assessment.distance_travelled(session, resident_id),
            reviews.goal_outcomes(session, resident_id),
            reviews.programmes_completed(session, resident_id),
            contacts.contacts_for(session, resident_id, limit=RECENT_CONTACTS),
            reviews.gather(session, review_id) if review_id is not None else None),
            message=self.message)
        # Not read (a busy vault): the form opens empty, says why, and cannot be saved.
        needs, goals, done, recent, saved = outcome.value if outcome.ok else (
            [], [], [], [], None)
        self.save.setEnabled(outcome.ok)
        self.figure = reviews.outcome_figure(goals)

        self.kind = combo("reviewKind", translate("RecordReviewsDialogs", "Kind of review"),
                          [(k.label, k.value) for k in
                           (ReviewKind.CELEBRATION, ReviewKind.INTERIM)])
        self.held_on = date_edit("reviewHeldOn", translate("RecordReviewsDialogs", "Held on"), self.today)
        self.attended = text_box("reviewAttended", translate("RecordReviewsDialogs", "Who attended"), height=46,
                                 placeholder=translate("RecordReviewsDialogs", "For example: her, her key worker"))
        self.her_words = text_box("reviewHerWords", translate("RecordReviewsDialogs", "Her own words"), height=70,
                                  placeholder=translate("RecordReviewsDialogs", "What she wants to say, in her words"))
        self.next_steps = text_box("reviewNextSteps", translate("RecordReviewsDialogs", "Next steps"), height=56)
        self.moments = QTableWidget(len(recent), 2, objectName="reviewMoments")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.moments.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.moments.setAccessibleName(translate("RecordReviewsDialogs", "Moments from her contact log"))
        self.moments.setHorizontalHeaderLabels([translate("RecordReviewsDialogs", "Contact"),
                                                translate("RecordReviewsDialogs", "Words for her copy")])
        self.moments.verticalHeader().hide()
        self.moments.horizontalHeader().setStretchLastSection(True)
        self.moments.setColumnWidth(0, 300)
        self.moments.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        chosen = {m.contact_id: m.words for m in saved.moments} if saved else {}
        for r, c in enumerate(recent):
            item = QTableWidgetItem(_moment(c))
            item.setToolTip(c.notes)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags((item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                          & ~Qt.ItemFlag.ItemIsEditable)
            item.setCheckState(Qt.CheckState.Checked if c.id in chosen
                               else Qt.CheckState.Unchecked)
            self.moments.setItem(r, 0, item)
            self.moments.setItem(r, 1, QTableWidgetItem(chosen.get(c.id, "")))
        self.moments.setFixedHeight(150)

        self.looked_at = label(name="reviewLookedAt")
        self.looked_at.setTextFormat(Qt.TextFormat.RichText)
        self.looked_at.setText(self._looked_at_html(needs, goals, done))

        if saved is not None:
            self.setWindowTitle(translate("RecordReviewsDialogs", "{kind}: a new version").format(
                kind=saved.kind.label))
            self.kind.setCurrentIndex(self.kind.findData(saved.kind.value))
            self.kind.setEnabled(False)
            self.attended.setPlainText(saved.attended)
            self.her_words.setPlainText(saved.her_words)
            self.next_steps.setPlainText(saved.next_steps)

        self.add_field(translate("RecordReviewsDialogs", "Kind"), self.kind)
        self.add_field(translate("RecordReviewsDialogs", "Held on"), self.held_on, "held_on")
        self.add_field(translate("RecordReviewsDialogs", "What we look at"), self.looked_at)
        self.add_field(translate("RecordReviewsDialogs", "Who attended"), self.attended, "attended")
        self.add_field(translate("RecordReviewsDialogs", "Moments"), self.moments, "moments")
        self.add_field(translate("RecordReviewsDialogs", "Her own words"), self.her_words, "her_words")
        self.add_field(translate("RecordReviewsDialogs", "Next steps"), self.next_steps, "next_steps")

    def _looked_at_html(self, needs, goals, done) -> str:
        e = escape
        parts = [f"<p><b>{e(figure_text(self.figure))}</b></p>"]
        if needs:
            parts.append("<p>" + e(translate("RecordReviewsDialogs", "Needs, when she arrived and now (1 to 5, higher "
                                             "is better):")) + "<br>"
                         + "<br>".join(f"{e(d.area.label)}: {d.first} → {d.latest}"
                                       for d in needs) + "</p>")
        else:
            parts.append("<p>" + e(translate("RecordReviewsDialogs", "No needs scores yet.")) + "</p>")
        if goals:
            # Her goals stay in her own words; only their status is the app's.
            parts.append("<p>" + e(translate("RecordReviewsDialogs", "What she asked for:")) + "<br>" + "<br>".join(
                f"{e(g.her_words)}: {e(g.status.label.lower())}" for g in goals) + "</p>")
        if done:
            parts.append("<p>" + e(translate("RecordReviewsDialogs", "Programmes completed: {programmes}").format(
                programmes=", ".join(p.name for p in done))) + "</p>")
        return "".join(parts)

    def _moments_now(self) -> dict[str, list[object]]:
        """Each moment's contact id -> [ticked, her words]."""
        moments: dict[str, list[object]] = {}
        for r in range(self.moments.rowCount()):
            item, words = self.moments.item(r, 0), self.moments.item(r, 1)
            moments[str(item.data(Qt.ItemDataRole.UserRole))] = [
                item.checkState() == Qt.CheckState.Checked, words.text() if words else ""]
        return moments

    def mark_clean(self) -> None:
        super().mark_clean()
        self._moments_clean = self._moments_now()

    def typed_work(self) -> bool:
        """A moment ticked or its words typed counts as much as a field."""
        return super().typed_work() or (
            self._clean is not None and self._moments_now() != self._moments_clean)

    def draft_data(self) -> dict[str, object]:
        """The fields, which review it is, and the moments ticked with her words."""
        return super().draft_data() | {"review": self.review_id, "moments": self._moments_now()}

    def restore_draft(self, data: dict[str, object]) -> bool:
        if data.get("review") != self.review_id:
            return False  # typed for another review of hers
        super().restore_draft(data)
        moments = data.get("moments")
        if isinstance(moments, dict):
            for r in range(self.moments.rowCount()):
                item = self.moments.item(r, 0)
                kept = moments.get(str(item.data(Qt.ItemDataRole.UserRole)))
                if isinstance(kept, list) and len(kept) == 2:
                    item.setCheckState(Qt.CheckState.Checked if kept[0]
                                       else Qt.CheckState.Unchecked)
                    self.moments.setItem(r, 1, QTableWidgetItem(str(kept[1])))
        return True

    def chosen_moments(self) -> list[reviews.Moment]:
        chosen = []
        for r in range(self.moments.rowCount()):
            item = self.moments.item(r, 0)
            if item.checkState() == Qt.CheckState.Checked:
                words = self.moments.item(r, 1)
                chosen.append(reviews.Moment(item.data(Qt.ItemDataRole.UserRole),
                                             words.text() if words else ""))
        return chosen

    def action(self) -> Callable[[], object]:
        kind = ReviewKind(self.kind.currentData())
        held_on = day_of(self.held_on)
        kwargs = dict(held_on=held_on, attended=self.attended.toPlainText(),
                      her_words=self.her_words.toPlainText(),
                      next_steps=self.next_steps.toPlainText(), moments=self.chosen_moments())

        def hold() -> int:
            if held_on > date.today():
                # Checked before a new review is planned, so nothing is left half made.
                raise DateInFuture(translate("RecordReviewsDialogs", "A review is saved once it has been held."),
                                   field="held_on")
            if self.review_id is None:
                self.review_id = reviews.schedule_review(
                    self.vault, resident_id=self.resident_id, kind=kind,
                    due_on=held_on if kind is ReviewKind.INTERIM else None)
            return reviews.save_review(self.vault, self.review_id, **kwargs)  # type: ignore[arg-type]

        return hold


class PlanReviewDialog(RecordDialog):
    """Plan a review for a date ahead; it shows on her key worker's Today page in its week."""

    changed = RECORD_CHANGED

    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="planReviewDialog",
                         title=translate("RecordReviewsDialogs", "Plan a review"),
                         intro=translate("RecordReviewsDialogs", "Her key worker sees it on Today in the week it is due."),
                         save=translate("RecordReviewsDialogs", "Plan review"), parent=parent)
        self.kind = combo("planReviewKind", translate("RecordReviewsDialogs", "Kind of review"),
                          [(translate("RecordReviewsDialogs", "Interim review"), ReviewKind.INTERIM.value),
                           (translate("RecordReviewsDialogs", "Celebration of achievement"),
                            ReviewKind.CELEBRATION.value)])
        self.due = date_edit("planReviewDue", translate("RecordReviewsDialogs", "Due on"),
                             date.today() + timedelta(weeks=6))
        self.add_field(translate("RecordReviewsDialogs", "Kind"), self.kind)
        self.add_field(translate("RecordReviewsDialogs", "Due on"), self.due, "due_on")

    def action(self) -> Callable[[], object]:
        kind = ReviewKind(self.kind.currentData())
        due = day_of(self.due)
        return lambda: reviews.schedule_review(self.vault, resident_id=self.resident_id,
                                               kind=kind, due_on=due)


# What can become of a goal when she moves on; the first is the default (moveon.py).
# Marked for translation here, translated where shown.
GOAL_CHOICES = [(GoalStatus.NOT_ACHIEVED,
                 QT_TRANSLATE_NOOP("RecordReviewsDialogs", "Not reached while she was here")),
                (GoalStatus.ACHIEVED, QT_TRANSLATE_NOOP("RecordReviewsDialogs", "Achieved")),
                (GoalStatus.PARTLY_ACHIEVED, QT_TRANSLATE_NOOP("RecordReviewsDialogs", "Partly achieved")),
                (GoalStatus.NO_LONGER_WANTED,
                 QT_TRANSLATE_NOOP("RecordReviewsDialogs", "She no longer wanted it"))]


class MoveOnDialog(RecordDialog):
    changed = frozenset({Change.RESIDENTS, Change.STAYS, Change.PLANS})

    def __init__(self, vault: Vault, resident_id: int, stay_id: int, goals: list[GoalView],
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(vault, resident_id, name="moveOnDialog", title=translate("RecordReviewsDialogs", "Move on"),
                         intro=translate("RecordReviewsDialogs", "Record the day she left (or leaves today), where she "
                                         "went, and whether support carries on. Her plan is "
                                         "closed and kept."),
                         save=translate("RecordReviewsDialogs", "Record move-on"), parent=parent)
        self.setMinimumWidth(640)
        self.stay_id = stay_id
        self.on = date_edit("moveOnDate", translate("RecordReviewsDialogs", "The day she leaves"),
                            today or date.today())
        self.reason = combo("moveOnReason", translate("RecordReviewsDialogs", "Why she is leaving"),
                            [(r.label, r.value) for r in DepartureReason
                             if r not in NOT_A_DEPARTURE])
        self.destination = combo("moveOnDestination", translate("RecordReviewsDialogs", "Where she is going"),
                                 [(d.label, d.value) for d in Destination])
        self.support = combo("moveOnSupport", translate("RecordReviewsDialogs", "Support after she leaves"),
                             [(s.label, s.value) for s in SupportAfter])
        self.note = text_box("moveOnNote", translate("RecordReviewsDialogs", "Note"), height=54)
        self.add_field(translate("RecordReviewsDialogs", "Leaving on"), self.on, "on")
        self.add_field(translate("RecordReviewsDialogs", "Reason"), self.reason, "reason")
        self.add_field(translate("RecordReviewsDialogs", "Going to"), self.destination)
        self.add_field(translate("RecordReviewsDialogs", "Support after"), self.support)
        self.add_field(translate("RecordReviewsDialogs", "Note"), self.note)
        self.goal_combos: dict[int, QComboBox] = {}
        if goals:
            self.form.addRow(label(translate("RecordReviewsDialogs", "What became of each goal she is still working on? "
                                             "Talk it through with her; a goal left as it is "
                                             "was not reached while she was here."),
                                   role="hint"))
        for goal in goals:
            # Her goal stays in her own words, as she said it.
            box = combo(f"moveOnGoal{goal.id}",
                        translate("RecordReviewsDialogs", "What became of: {goal}").format(goal=goal.her_words),
                        [(translate("RecordReviewsDialogs", text), status.value) for status, text in GOAL_CHOICES])
            self.goal_combos[goal.id] = box
            self.add_field(goal.her_words, box)
        self.past = PastLeavingDate(self, self.on, lambda: today or date.today())

    def submit(self) -> bool:
        # A date more than a day back is asked about first; one ahead is refused by
        # moveon.move_on under the date (a leaving date to come is planned on the board).
        if not self.past.ask(self.submit):
            return False
        ok = super().submit()
        if not ok:
            self.adjustSize()  # room for the message under the field, nothing typed is lost
        return ok

    def action(self) -> Callable[[], object]:
        kwargs = dict(stay_id=self.stay_id, on=day_of(self.on),
                      reason=DepartureReason(self.reason.currentData()),
                      destination=Destination(self.destination.currentData()),
                      support_after=SupportAfter(self.support.currentData()),
                      note=self.note.toPlainText(),
                      goal_outcomes={gid: GoalStatus(box.currentData())
                                     for gid, box in self.goal_combos.items()})
        return lambda: moveon.move_on(self.vault, **kwargs)  # type: ignore[arg-type]
