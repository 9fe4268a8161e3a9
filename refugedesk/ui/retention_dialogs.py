"""Retention and erasure on request (issue 16), on screen.

- `RetentionScheduleDialog` (Admin page, "Retention schedule…"): an administrator sets how long
  records are kept.
- `DueForReviewDialog` (Reports page, "Due for review…"): managers see what is due (a list
  model over retention.due, read in the background) and decide per record: keep longer (a
  reason and a date), anonymise or erase (a reason, then a confirmation naming what will happen
  and that it cannot be undone). "Carry out approved…" runs retention.apply.
- `ErasureRequestDialog` (her record, Reviews tab, "Erasure request…"): a manager records her
  request (E-0001) and decides it: erase, anonymise (carried out at once), or refuse with the
  reason.
The domain refuses a support worker everywhere; the buttons say so before she tries.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refugedesk import erasure, retention
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import ErasureDecision, RetentionChoice
from refugedesk.db.vault import Vault
from refugedesk.ui import dialogs, operations
from refugedesk.ui.changes import Change
from refugedesk.ui.dates import date_edit, day_of
from refugedesk.ui.forms import FormDialog
from refugedesk.ui.widgets import (
    button,
    combo,
    label,
    list_table,
    message_label,
    prefer_size,
    say,
    text_box,
)

#: What the confirmations say about backups, in every place a record is forgotten.
BACKUPS = ("Backups made before today still hold it until they expire: keep them safe and "
           "let them expire on your usual cycle.")
WHAT_ANONYMISE = ("Anonymise: her name, contact details, date of birth, her children's names "
                  "and every note, her words and the person she fled are removed for good. "
                  "Dates and counts stay, so the reports do not change.")
WHAT_ERASE = ("Erase: her whole record is deleted for good. Her stays stay as anonymous "
              "room-nights, so the occupancy board and reports still add up; her goals, "
              "needs scores and referrals no longer count in the outcomes report.")
WHAT_ANONYMISE_REFERRAL = ("Anonymise: her name, who referred her, the areas to avoid and "
                           "the notes are removed for good. Dates and the outcome stay, so "
                           "the referral counts do not change.")
WHAT_ERASE_REFERRAL = ("Erase: the referral and any offer made on it are deleted for good. "
                       "The referrals counted for its month go down by one.")
MANAGERS_ONLY = "Only a manager or an administrator can do this."


def what_happens(kind: str, choice: RetentionChoice) -> str:
    """What anonymising or erasing this kind of record does, in words."""
    if kind == "referral":
        return WHAT_ERASE_REFERRAL if choice is RetentionChoice.ERASE else WHAT_ANONYMISE_REFERRAL
    return WHAT_ERASE if choice is RetentionChoice.ERASE else WHAT_ANONYMISE


def _keep_short(box: Any, limit: int) -> None:
    text = box.toPlainText()
    if len(text) > limit:
        box.setPlainText(text[:limit])


# --- the schedule (administrators) --------------------------------------------------------------


class RetentionScheduleDialog(FormDialog):
    changed = frozenset({Change.SETTINGS})

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, name="retentionScheduleDialog", title="Retention schedule",
                         intro="How long your service keeps records before a manager reviews "
                               "them. The defaults follow sector guidance. Nothing is removed "
                               "until a manager has decided and carried it out.",
                         save="Save schedule", parent=parent)
        read = operations.read(self, vault, retention.schedule, message=self.message)
        rules = read.value if read.ok else retention.Schedule()  # a busy vault: said
        if not read.ok:  # never save the defaults over a schedule that could not be read
            self.save.setEnabled(False)
            self.save.setToolTip("The schedule could not be read. Close this and try again.")
        self.adult = self._spin("retentionAdultYears", retention.ADULT_YEARS, " years",
                                "Years after an adult's last contact", rules.adult_years)
        self.child = self._spin("retentionChildAge", retention.CHILD_AGE, "th birthday",
                                "A child's data is kept until this birthday", rules.child_age)
        self.referral = self._spin("retentionReferralYears", retention.REFERRAL_YEARS,
                                   " years", "Years after a referral that never became a "
                                   "stay was closed", rules.referral_years)
        self.drafts = self._spin("retentionDraftDays", retention.DRAFT_DAYS, " days",
                                 "Days before an unfinished draft is removed", rules.draft_days)
        self.add_field("&Adults", self.adult, key="adult_years")
        self.form.addRow("", label("After her last contact: her last stay ended, a contact, a "
                                   "review or an assessment.", role="hint"))
        self.add_field("C&hildren", self.child, key="child_age")
        self.add_field("&Referrals", self.referral, key="referral_years")
        self.form.addRow("", label("A referral that never became a stay, after it was closed.",
                                   role="hint"))
        self.add_field("&Drafts", self.drafts, key="draft_days")

    @staticmethod
    def _spin(name: str, bounds: tuple[int, int], suffix: str, accessible: str,
              value: int) -> QSpinBox:
        spin = QSpinBox(objectName=name)  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        spin.setRange(*bounds)
        spin.setAccessibleName(accessible)

        def say_unit(n: int) -> None:  # "1 year", "6 years"
            spin.setSuffix(suffix[:-1] if suffix.endswith("s") and n == 1 else suffix)

        spin.valueChanged.connect(say_unit)
        spin.setValue(value)
        say_unit(value)
        return spin

    def action(self) -> Callable[[], object]:
        values = {"adult_years": self.adult.value(), "child_age": self.child.value(),
                  "referral_years": self.referral.value(), "draft_days": self.drafts.value()}
        return lambda: retention.set_schedule(self.vault, **values)


# --- what is due (managers) ---------------------------------------------------------------------


class DueModel(QAbstractTableModel):
    """The due list: one row per record, references and dates only."""

    HEADERS = ("Record", "Decision", "Due", "Kind", "Last contact", "Why")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[retention.DueItem] = []

    def set_items(self, items: list[retention.DueItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (item.reference, item.state_text, fmt_day(item.due_on), item.kind_text,
                    fmt_day(item.last_contact), item.why)[index.column()]
        return None


class DueForReviewDialog(QDialog):
    """The monthly list of records due under the retention schedule, and a manager's
    decisions on them."""

    def __init__(self, vault: Vault, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.today = today or date.today()
        self.dialog: QDialog | None = None  # the last form or question opened (tests)
        self.job: operations.Job | None = None
        self.setObjectName("dueForReviewDialog")
        self.setWindowTitle("Due for review")
        layout = QVBoxLayout(self)
        layout.addWidget(label("Due for review", role="subheading"))
        layout.addWidget(label(
            "Records that have reached the end of your retention schedule. For each, keep it "
            "longer with a reason, or anonymise or erase it. Decisions are carried out when "
            "you choose Carry out approved (or by 'refugedesk retention --apply').",
            role="hint"))
        self.model = DueModel(self)
        self.table = list_table(QTableView(), "dueTable", "Records due for review")
        self.table.setModel(self.model)
        for column, width in enumerate((110, 210, 105, 100, 105)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        self.summary = label(name="dueSummary")
        layout.addWidget(self.summary)
        self.message = message_label("dueMessage")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.keep_button = button("&Keep longer…", "dueKeepButton")
        self.anonymise_button = button("A&nonymise…", "dueAnonymiseButton")
        self.erase_button = button("&Erase…", "dueEraseButton")
        self.apply_button = button("Carry out a&pproved…", "dueApplyButton")
        close = button("Close", "dueCloseButton")
        for b in (self.keep_button, self.anonymise_button, self.erase_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.apply_button)
        row.addWidget(close)
        layout.addLayout(row)
        self.keep_button.clicked.connect(lambda: self.decide(RetentionChoice.KEEP))
        self.anonymise_button.clicked.connect(lambda: self.decide(RetentionChoice.ANONYMISE))
        self.erase_button.clicked.connect(lambda: self.decide(RetentionChoice.ERASE))
        self.apply_button.clicked.connect(self.carry_out)
        close.clicked.connect(self.accept)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        prefer_size(self, 900, 520)
        self._selection_changed()
        self.refresh()

    def refresh(self) -> operations.Job:
        vault, today, person = self.vault, self.today, self.vault.person
        self.job = operations.background(
            self, lambda _task: vault.read(lambda s: retention.due(s, today, viewer=person)),
            label="Finding what is due…", message=self.message, on_done=self._loaded)
        return self.job

    def _loaded(self, outcome: operations.Outcome[list[retention.DueItem]]) -> None:
        if not outcome.ok:
            return
        self.model.set_items(outcome.value)
        items = outcome.value
        approved = sum(1 for i in items if i.approved is not None)
        drafts = sum(1 for i in items if i.is_draft)
        waiting = approved + drafts
        parts = [f"{n} {what}{'' if n == 1 else 's'}" for n, what in
                 ((approved, "record"), (drafts, "draft")) if n]
        self.summary.setText(
            "Nothing is due for review." if not items else
            f"{len(items)} due for review on {fmt_day(self.today)}. "
            + (f"Waiting to be carried out: {' and '.join(parts)}." if parts else
               "Nothing is approved yet."))
        self.apply_button.setEnabled(waiting > 0)
        self.apply_button.setToolTip("" if waiting else
                                     "Nothing is approved yet: decide on a record first.")
        self._selection_changed()

    def selected(self) -> retention.DueItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _selection_changed(self, *_args: object) -> None:
        item = self.selected()
        why = ("Choose a record in the list first." if item is None else
               "Drafts need no decision: they are removed when approved decisions are "
               "carried out." if item.is_draft else "")
        for b in (self.keep_button, self.anonymise_button, self.erase_button):
            b.setEnabled(not why)
            b.setToolTip(why)

    def decide(self, choice: RetentionChoice) -> QDialog | None:
        item = self.selected()
        if item is None or item.is_draft:
            return None
        self.dialog = dialogs.show(DecisionDialog(self.vault, item, choice, self,
                                                  today=self.today))
        self.dialog.accepted.connect(self._decided)
        return self.dialog

    def _decided(self) -> None:
        self.refresh()
        say(self.message, "Decision saved.", role="ok")

    def carry_out(self) -> None:
        def really() -> None:
            vault, today = self.vault, self.today
            self.job = operations.background(
                self, lambda task: retention.apply(vault, today, progress=task.progress),
                label="Carrying out the approved decisions…", message=self.message,
                on_done=self._applied, changed={Change.RESIDENTS, Change.REFERRALS,
                                                Change.STAYS})

        self.dialog = dialogs.confirm(
            self, name="confirmApplyRetention", title="Carry out the approved decisions?",
            text="Every record approved for anonymising or erasing is changed now, and drafts "
                 f"past their time are removed. This cannot be undone. {BACKUPS}",
            yes="Carry them out", on_yes=really)

    def _applied(self, outcome: operations.Outcome[retention.Applied]) -> None:
        if not outcome.ok:
            return
        done = outcome.value
        text = (f"Done: {len(done.anonymised)} anonymised, {len(done.erased)} erased, "
                f"{done.drafts_removed} drafts removed.")
        if done.skipped:
            text += " Not done: " + "; ".join(f"{r} ({why})" for r, why in done.skipped)
        self.refresh()
        say(self.message, text, role="ok")


class DecisionDialog(FormDialog):
    """One decision on one record due: keep longer (reason and date), or anonymise or erase
    (reason, then a confirmation)."""

    def __init__(self, vault: Vault, item: retention.DueItem, choice: RetentionChoice,
                 parent: QWidget | None = None, *, today: date) -> None:
        self.item, self.choice, self.today = item, choice, today
        title = {RetentionChoice.KEEP: f"Keep {item.reference} longer",
                 RetentionChoice.ANONYMISE: f"Anonymise {item.reference}",
                 RetentionChoice.ERASE: f"Erase {item.reference}"}[choice]
        intro = ("Say why it is kept, and when to review it again."
                 if choice is RetentionChoice.KEEP else what_happens(item.kind, choice))
        save = "Keep longer" if choice is RetentionChoice.KEEP else "Approve…"
        super().__init__(vault, name="retentionDecisionDialog", title=title, intro=intro,
                         save=save, parent=parent)
        self.reason = text_box("retentionReason", "Why", height=80,
                               placeholder="e.g. A family court case is still open.")
        self.reason.textChanged.connect(lambda: _keep_short(self.reason,
                                                            retention.REASON_MAX))
        self.add_field("&Why", self.reason, key="reason")
        self.until = date_edit("retentionKeepUntil", "Review it again on",
                               today + timedelta(days=365))
        if choice is RetentionChoice.KEEP:
            self.add_field("Review a&gain on", self.until, key="keep_until")
        else:
            self.until.hide()
        self.confirm_box: QDialog | None = None

    def action(self) -> Callable[[], object]:
        item, choice, reason = self.item, self.choice, self.reason.toPlainText()
        until = day_of(self.until) if choice is RetentionChoice.KEEP else None
        return lambda: retention.decide(self.vault, record_type=item.kind,
                                        record_id=item.record_id, choice=choice, reason=reason,
                                        keep_until=until, today=self.today)

    def submit(self) -> bool:
        if self.choice is RetentionChoice.KEEP:
            return super().submit()
        what = what_happens(self.item.kind, self.choice)
        self.confirm_box = dialogs.confirm(
            self, name="confirmRetentionDecision",
            title=f"{self.choice.label} {self.item.reference}?",
            text=f"{self.item.reference}. {what} It happens when approved decisions are carried out, and cannot be "
                 f"undone. {BACKUPS}", yes=f"Approve: {self.choice.label.lower()}",
            on_yes=lambda: FormDialog.submit(self))
        return False


# --- erasure on request (managers, her record) --------------------------------------------------


class ErasureRequestDialog(FormDialog):
    """Her request to be erased: recorded (E-0001) and decided. Erase or anonymise is carried
    out when saved, after a confirmation; refuse needs the reason."""

    changed = frozenset({Change.RESIDENTS, Change.STAYS})
    DECISIONS = [("Not decided yet", None), ("Erase her record", ErasureDecision.ERASE),
                 ("Anonymise her record", ErasureDecision.ANONYMISE),
                 ("Refuse, with the reason", ErasureDecision.REFUSE)]

    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(vault, name="erasureRequestDialog", title="Erasure request",
                         intro="She asked for her record to be erased. Record when she asked "
                               "and your decision. You have one month to answer her.",
                         save="Save", parent=parent)
        self.setMinimumWidth(520)
        self.resident_id = resident_id
        self.today = today or date.today()
        person = vault.person
        found = operations.read(self, vault, lambda s: erasure.requests_for(
            s, resident_id, viewer=person), message=self.message)
        requests = found.value if found.ok else []  # a busy vault: said in the message
        if not found.ok:  # an earlier request could not be read: a new one would repeat it
            self.save.setEnabled(False)
            self.save.setToolTip("Her requests could not be read. Close this and try again.")
        self.open_request = next((r for r in requests if r.decision is None), None)
        earlier = [r for r in requests if r.decision is not None]
        if earlier:
            self.form.addRow("Earlier", label("; ".join(
                f"{r.reference} received {fmt_day(r.received_on)}: {r.state_text}"
                for r in earlier), name="erasureEarlier"))
        self.received = date_edit("erasureReceivedOn", "The day she asked", self.today)
        if self.open_request is not None:
            self.received.setDate(self.open_request.received_on)
            self.received.setEnabled(False)
            self.form.addRow("Request", label(f"{self.open_request.reference}, waiting for a "
                                              "decision", name="erasureReference"))
        self.add_field("She &asked on", self.received, key="received_on")
        self.decision = combo("erasureDecision", "Decision", self.DECISIONS)
        self.add_field("&Decision", self.decision, key="decision")
        self.reason = text_box("erasureReason", "Reason", height=80,
                               placeholder="Needed when you refuse: she is told why.")
        self.reason.textChanged.connect(lambda: _keep_short(self.reason, erasure.REASON_MAX))
        self.add_field("&Reason", self.reason, key="reason")
        self.what = label("", role="hint", name="erasureWhat")
        self.form.addRow("", self.what)
        self.decision.currentIndexChanged.connect(self._explain)
        self._explain()
        self.erased = False
        self.confirm_box: QDialog | None = None

    def chosen(self) -> ErasureDecision | None:
        """The decision chosen (Qt hands an enum back as its plain string)."""
        data = self.decision.currentData()
        return None if data is None else ErasureDecision(data)

    def _explain(self) -> None:
        chosen = self.chosen()
        self.what.setText({None: "The request is kept with her record until you decide.",
                           ErasureDecision.ERASE: f"{WHAT_ERASE} Done when you save.",
                           ErasureDecision.ANONYMISE: f"{WHAT_ANONYMISE} Done when you save.",
                           ErasureDecision.REFUSE: "Her record stays as it is; the reason is "
                                                   "kept with the request."}[chosen])

    def action(self) -> Callable[[], object]:
        vault, resident_id, today = self.vault, self.resident_id, self.today
        received = day_of(self.received)
        decision = self.chosen()
        reason = self.reason.toPlainText()
        open_request = self.open_request

        def act() -> object:
            if decision is not None:
                erasure.check_decision(decision, reason)  # before anything is recorded
            request = open_request or erasure.record_request(
                vault, resident_id=resident_id, received_on=received, today=today)
            # Recorded: a decision refused now (she is in refuge) is tried on this request.
            self.open_request = request
            if decision is None:
                return request
            return erasure.decide(vault, request.id, decision=decision, reason=reason,
                                  today=today)
        return act

    def submit(self) -> bool:
        decision = self.chosen()
        if decision is None or decision is ErasureDecision.REFUSE:
            return super().submit()
        what = WHAT_ERASE if decision is ErasureDecision.ERASE else WHAT_ANONYMISE

        def really() -> None:
            self.erased = decision is ErasureDecision.ERASE  # read as the form closes
            if not FormDialog.submit(self):
                self.erased = False

        self.confirm_box = dialogs.confirm(
            self, name="confirmErasure", title=f"{decision.label} her record?",
            text=f"{what} This happens now and cannot be undone. {BACKUPS}",
            yes=f"{decision.label} now", on_yes=really)
        return False


def open_erasure_request(tab: Any) -> QDialog | None:
    """Her record's "Erasure request…" (Reviews tab): managers only; once her record is
    erased, the record window goes back to the list."""
    if not tab.vault.person.is_manager_or_admin:
        tab.say(MANAGERS_ONLY)
        return None
    dialog = ErasureRequestDialog(tab.vault, tab.resident_id, tab, today=tab.record.today)

    def done() -> None:
        back = getattr(tab.record, "back", None)
        if dialog.erased and back is not None:
            back.emit()

    dialog.accepted.connect(done)
    return tab.open(dialog)


def manager_button_state(widget: QWidget, vault: Vault) -> None:
    """A manager's button: off, with the reason, for anyone else."""
    allowed = vault.person.is_manager_or_admin
    widget.setEnabled(allowed)
    widget.setToolTip("" if allowed else MANAGERS_ONLY)


__all__ = ["DecisionDialog", "DueForReviewDialog", "DueModel", "ErasureRequestDialog",
           "RetentionScheduleDialog", "manager_button_state", "open_erasure_request"]
