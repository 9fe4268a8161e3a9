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

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refugedesk import erasure, i18n, retention
from refugedesk.db.models import ErasureDecision, RetentionChoice
from refugedesk.db.vault import Vault
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
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

#: What the confirmations say about backups, in every place a record is forgotten. (These
#: are marked for translation: shown through translate("RetentionDialogs", text).)
BACKUPS = QT_TRANSLATE_NOOP(
    "RetentionDialogs", "Backups made before today still hold it until they expire: keep them "
    "safe and let them expire on your usual cycle.")
WHAT_ANONYMISE = QT_TRANSLATE_NOOP(
    "RetentionDialogs", "Anonymise: her name, contact details, date of birth, her children's "
    "names and every note, her words and the person she fled are removed for good. Dates and "
    "counts stay, so the reports do not change.")
WHAT_ERASE = QT_TRANSLATE_NOOP(
    "RetentionDialogs", "Erase: her whole record is deleted for good. Her stays stay as "
    "anonymous room-nights, so the occupancy board and reports still add up; her goals, needs "
    "scores and referrals no longer count in the outcomes report.")
WHAT_ANONYMISE_REFERRAL = QT_TRANSLATE_NOOP(
    "RetentionDialogs", "Anonymise: her name, who referred her, the areas to avoid and the "
    "notes are removed for good. Dates and the outcome stay, so the referral counts do not "
    "change.")
WHAT_ERASE_REFERRAL = QT_TRANSLATE_NOOP(
    "RetentionDialogs", "Erase: the referral and any offer made on it are deleted for good. "
    "The referrals counted for its month go down by one.")
MANAGERS_ONLY = QT_TRANSLATE_NOOP("RetentionDialogs",
                                  "Only a manager or an administrator can do this.")


def what_happens(kind: str, choice: RetentionChoice) -> str:
    """What anonymising or erasing this kind of record does, in words."""
    if kind == "referral":
        text = WHAT_ERASE_REFERRAL if choice is RetentionChoice.ERASE else WHAT_ANONYMISE_REFERRAL
    else:
        text = WHAT_ERASE if choice is RetentionChoice.ERASE else WHAT_ANONYMISE
    return translate("RetentionDialogs", text)


def fmt_day(day: date) -> str:
    """"30 Nov 2026" / "30 Tach 2026"."""
    return i18n.locale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def _backups() -> str:
    return translate("RetentionDialogs", BACKUPS)


def _keep_short(box: Any, limit: int) -> None:
    text = box.toPlainText()
    if len(text) > limit:
        box.setPlainText(text[:limit])


# --- the schedule (administrators) --------------------------------------------------------------


class RetentionScheduleDialog(FormDialog):
    changed = frozenset({Change.SETTINGS})

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, name="retentionScheduleDialog",
                         title=translate("RetentionDialogs", "Retention schedule"),
                         intro=translate("RetentionDialogs", "How long your service keeps "
                                         "records before a manager reviews them. The defaults "
                                         "follow sector guidance. Nothing is removed until a "
                                         "manager has decided and carried it out."),
                         save=translate("RetentionDialogs", "Save schedule"), parent=parent)
        read = operations.read(self, vault, retention.schedule, message=self.message)
        rules = read.value if read.ok else retention.Schedule()  # a busy vault: said
        if not read.ok:  # never save the defaults over a schedule that could not be read
            self.save.setEnabled(False)
            self.save.setToolTip(translate("RetentionDialogs", "The schedule could not be "
                                           "read. Close this and try again."))
        # Each unit is a phrase with {count} in it, split around the number into the box's
        # prefix and suffix (a language may put words before the number).
        years = (translate("RetentionDialogs", "{count} year"),
                 translate("RetentionDialogs", "{count} years"))
        self.adult = self._spin("retentionAdultYears", retention.ADULT_YEARS, years,
                                translate("RetentionDialogs",
                                          "Years after an adult's last contact"),
                                rules.adult_years)
        birthday = translate("RetentionDialogs", "{count}th birthday")
        self.child = self._spin("retentionChildAge", retention.CHILD_AGE, (birthday, birthday),
                                translate("RetentionDialogs",
                                          "A child's data is kept until this birthday"),
                                rules.child_age)
        self.referral = self._spin("retentionReferralYears", retention.REFERRAL_YEARS, years,
                                   translate("RetentionDialogs", "Years after a referral that "
                                             "never became a stay was closed"),
                                   rules.referral_years)
        days = (translate("RetentionDialogs", "{count} day"),
                translate("RetentionDialogs", "{count} days"))
        self.drafts = self._spin("retentionDraftDays", retention.DRAFT_DAYS, days,
                                 translate("RetentionDialogs",
                                           "Days before an unfinished draft is removed"),
                                 rules.draft_days)
        self.add_field(translate("RetentionDialogs", "&Adults"), self.adult, key="adult_years")
        self.form.addRow("", label(translate("RetentionDialogs", "After her last contact: her "
                                             "last stay ended, a contact, a review or an "
                                             "assessment."), role="hint"))
        self.add_field(translate("RetentionDialogs", "C&hildren"), self.child, key="child_age")
        self.add_field(translate("RetentionDialogs", "&Referrals"), self.referral,
                       key="referral_years")
        self.form.addRow("", label(translate("RetentionDialogs", "A referral that never became "
                                             "a stay, after it was closed."), role="hint"))
        self.add_field(translate("RetentionDialogs", "&Drafts"), self.drafts, key="draft_days")

    @staticmethod
    def _spin(name: str, bounds: tuple[int, int], units: tuple[str, str], accessible: str,
              value: int) -> QSpinBox:
        """`units`: the phrase for one and for more, each with {count} where the number goes."""
        spin = QSpinBox(objectName=name)  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        spin.setRange(*bounds)
        spin.setAccessibleName(accessible)

        def say_unit(n: int) -> None:  # "1 year", "6 years"
            before, _, after = units[0 if n == 1 else 1].partition("{count}")
            spin.setPrefix(before)
            spin.setSuffix(after)

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

    HEADERS = (QT_TRANSLATE_NOOP("RetentionDialogs", "Record"),
               QT_TRANSLATE_NOOP("RetentionDialogs", "Decision"),
               QT_TRANSLATE_NOOP("RetentionDialogs", "Due"),
               QT_TRANSLATE_NOOP("RetentionDialogs", "Kind"),
               QT_TRANSLATE_NOOP("RetentionDialogs", "Last contact"),
               QT_TRANSLATE_NOOP("RetentionDialogs", "Why"))

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
            return translate("RetentionDialogs", self.HEADERS[section])
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
        self.setWindowTitle(translate("RetentionDialogs", "Due for review"))
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("RetentionDialogs", "Due for review"), role="subheading"))
        layout.addWidget(label(translate(
            "RetentionDialogs", "Records that have reached the end of your retention schedule. "
            "For each, keep it longer with a reason, or anonymise or erase it. Decisions are "
            "carried out when you choose Carry out approved (or by 'refugedesk retention "
            "--apply')."), role="hint"))
        self.model = DueModel(self)
        self.table = list_table(QTableView(), "dueTable",
                                translate("RetentionDialogs", "Records due for review"))
        self.table.setModel(self.model)
        for column, width in enumerate((110, 210, 105, 100, 105)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        self.summary = label(name="dueSummary")
        layout.addWidget(self.summary)
        self.message = message_label("dueMessage")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.keep_button = button(translate("RetentionDialogs", "&Keep longer…"),
                                  "dueKeepButton")
        self.anonymise_button = button(translate("RetentionDialogs", "A&nonymise…"),
                                       "dueAnonymiseButton")
        self.erase_button = button(translate("RetentionDialogs", "&Erase…"), "dueEraseButton")
        self.apply_button = button(translate("RetentionDialogs", "Carry out a&pproved…"),
                                   "dueApplyButton")
        close = button(translate("RetentionDialogs", "Close"), "dueCloseButton")
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
            label=translate("RetentionDialogs", "Finding what is due…"), message=self.message,
            on_done=self._loaded)
        return self.job

    def _loaded(self, outcome: operations.Outcome[list[retention.DueItem]]) -> None:
        if not outcome.ok:
            return
        self.model.set_items(outcome.value)
        items = outcome.value
        approved = sum(1 for i in items if i.approved is not None)
        drafts = sum(1 for i in items if i.is_draft)
        waiting = approved + drafts
        records = (translate("RetentionDialogs", "{count} record") if approved == 1 else
                   translate("RetentionDialogs", "{count} records")).format(
            count=i18n.number(approved))
        draft_count = (translate("RetentionDialogs", "{count} draft") if drafts == 1 else
                       translate("RetentionDialogs", "{count} drafts")).format(
            count=i18n.number(drafts))
        if approved and drafts:
            waiting_text = translate("RetentionDialogs", "Waiting to be carried out: {records} "
                                     "and {drafts}.").format(records=records,
                                                             drafts=draft_count)
        elif approved or drafts:
            waiting_text = translate("RetentionDialogs", "Waiting to be carried out: "
                                     "{what}.").format(what=records if approved else draft_count)
        else:
            waiting_text = translate("RetentionDialogs", "Nothing is approved yet.")
        self.summary.setText(
            translate("RetentionDialogs", "Nothing is due for review.") if not items else
            translate("RetentionDialogs", "{count} due for review on {day}. {waiting}").format(
                count=i18n.number(len(items)), day=fmt_day(self.today), waiting=waiting_text))
        self.apply_button.setEnabled(waiting > 0)
        self.apply_button.setToolTip("" if waiting else translate(
            "RetentionDialogs", "Nothing is approved yet: decide on a record first."))
        self._selection_changed()

    def selected(self) -> retention.DueItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _selection_changed(self, *_args: object) -> None:
        item = self.selected()
        why = (translate("RetentionDialogs", "Choose a record in the list first.")
               if item is None else
               translate("RetentionDialogs", "Drafts need no decision: they are removed when "
                         "approved decisions are carried out.") if item.is_draft else "")
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
        say(self.message, translate("RetentionDialogs", "Decision saved."), role="ok")

    def carry_out(self) -> None:
        def really() -> None:
            vault, today = self.vault, self.today
            self.job = operations.background(
                self, lambda task: retention.apply(vault, today, progress=task.progress),
                label=translate("RetentionDialogs", "Carrying out the approved decisions…"),
                message=self.message,
                on_done=self._applied, changed={Change.RESIDENTS, Change.REFERRALS,
                                                Change.STAYS})

        self.dialog = dialogs.confirm(
            self, name="confirmApplyRetention",
            title=translate("RetentionDialogs", "Carry out the approved decisions?"),
            text=translate("RetentionDialogs", "Every record approved for anonymising or "
                           "erasing is changed now, and drafts past their time are removed. "
                           "This cannot be undone. {backups}").format(backups=_backups()),
            yes=translate("RetentionDialogs", "Carry them out"), on_yes=really)

    def _applied(self, outcome: operations.Outcome[retention.Applied]) -> None:
        if not outcome.ok:
            return
        done = outcome.value
        text = (translate("RetentionDialogs", "Done: {anonymised} anonymised, {erased} erased, "
                          "{count} draft removed.") if done.drafts_removed == 1 else
                translate("RetentionDialogs", "Done: {anonymised} anonymised, {erased} erased, "
                          "{count} drafts removed.")).format(
            anonymised=i18n.number(len(done.anonymised)), erased=i18n.number(len(done.erased)),
            count=i18n.number(done.drafts_removed))
        if done.skipped:
            text = translate("RetentionDialogs", "{done} Not done: {skipped}").format(
                done=text, skipped="; ".join(
                    translate("RetentionDialogs", "{record} ({why})").format(record=r, why=why)
                    for r, why in done.skipped))
        self.refresh()
        say(self.message, text, role="ok")


class DecisionDialog(FormDialog):
    """One decision on one record due: keep longer (reason and date), or anonymise or erase
    (reason, then a confirmation)."""

    def __init__(self, vault: Vault, item: retention.DueItem, choice: RetentionChoice,
                 parent: QWidget | None = None, *, today: date) -> None:
        self.item, self.choice, self.today = item, choice, today
        title = {RetentionChoice.KEEP: translate("RetentionDialogs", "Keep {record} longer"),
                 RetentionChoice.ANONYMISE: translate("RetentionDialogs", "Anonymise {record}"),
                 RetentionChoice.ERASE: translate("RetentionDialogs", "Erase {record}")}[
            choice].format(record=item.reference)
        intro = (translate("RetentionDialogs", "Say why it is kept, and when to review it again.")
                 if choice is RetentionChoice.KEEP else what_happens(item.kind, choice))
        save = (translate("RetentionDialogs", "Keep longer") if choice is RetentionChoice.KEEP
                else translate("RetentionDialogs", "Approve…"))
        super().__init__(vault, name="retentionDecisionDialog", title=title, intro=intro,
                         save=save, parent=parent)
        self.reason = text_box("retentionReason", translate("RetentionDialogs", "Why"),
                               height=80,
                               placeholder=translate("RetentionDialogs",
                                                     "e.g. A family court case is still open."))
        self.reason.textChanged.connect(lambda: _keep_short(self.reason,
                                                            retention.REASON_MAX))
        self.add_field(translate("RetentionDialogs", "&Why"), self.reason, key="reason")
        self.until = date_edit("retentionKeepUntil",
                               translate("RetentionDialogs", "Review it again on"),
                               today + timedelta(days=365))
        if choice is RetentionChoice.KEEP:
            self.add_field(translate("RetentionDialogs", "Review a&gain on"), self.until,
                           key="keep_until")
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
        erase = self.choice is RetentionChoice.ERASE
        self.confirm_box = dialogs.confirm(
            self, name="confirmRetentionDecision",
            title=(translate("RetentionDialogs", "Erase {record}?") if erase else
                   translate("RetentionDialogs", "Anonymise {record}?")).format(
                record=self.item.reference),
            text=translate("RetentionDialogs", "{record}. {what} It happens when approved "
                           "decisions are carried out, and cannot be undone. {backups}").format(
                record=self.item.reference, what=what, backups=_backups()),
            yes=translate("RetentionDialogs", "Approve: erase") if erase else
            translate("RetentionDialogs", "Approve: anonymise"),
            on_yes=lambda: FormDialog.submit(self))
        return False


# --- erasure on request (managers, her record) --------------------------------------------------


class ErasureRequestDialog(FormDialog):
    """Her request to be erased: recorded (E-0001) and decided. Erase or anonymise is carried
    out when saved, after a confirmation; refuse needs the reason."""

    changed = frozenset({Change.RESIDENTS, Change.STAYS})
    DECISIONS = [(QT_TRANSLATE_NOOP("RetentionDialogs", "Not decided yet"), None),
                 (QT_TRANSLATE_NOOP("RetentionDialogs", "Erase her record"),
                  ErasureDecision.ERASE),
                 (QT_TRANSLATE_NOOP("RetentionDialogs", "Anonymise her record"),
                  ErasureDecision.ANONYMISE),
                 (QT_TRANSLATE_NOOP("RetentionDialogs", "Refuse, with the reason"),
                  ErasureDecision.REFUSE)]

    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(vault, name="erasureRequestDialog",
                         title=translate("RetentionDialogs", "Erasure request"),
                         intro=translate("RetentionDialogs", "She asked for her record to be "
                                         "erased. Record when she asked and your decision. You "
                                         "have one month to answer her."),
                         save=translate("RetentionDialogs", "Save"), parent=parent)
        self.setMinimumWidth(520)
        self.resident_id = resident_id
        self.today = today or date.today()
        person = vault.person
        found = operations.read(self, vault, lambda s: erasure.requests_for(
            s, resident_id, viewer=person), message=self.message)
        requests = found.value if found.ok else []  # a busy vault: said in the message
        if not found.ok:  # an earlier request could not be read: a new one would repeat it
            self.save.setEnabled(False)
            self.save.setToolTip(translate("RetentionDialogs", "Her requests could not be "
                                           "read. Close this and try again."))
        self.open_request = next((r for r in requests if r.decision is None), None)
        earlier = [r for r in requests if r.decision is not None]
        if earlier:
            self.form.addRow(translate("RetentionDialogs", "Earlier"), label("; ".join(
                translate("RetentionDialogs", "{reference} received {day}: {state}").format(
                    reference=r.reference, day=fmt_day(r.received_on), state=r.state_text)
                for r in earlier), name="erasureEarlier"))
        self.received = date_edit("erasureReceivedOn",
                                  translate("RetentionDialogs", "The day she asked"), self.today)
        if self.open_request is not None:
            self.received.setDate(self.open_request.received_on)
            self.received.setEnabled(False)
            self.form.addRow(translate("RetentionDialogs", "Request"), label(
                translate("RetentionDialogs", "{reference}, waiting for a decision").format(
                    reference=self.open_request.reference), name="erasureReference"))
        self.add_field(translate("RetentionDialogs", "She &asked on"), self.received,
                       key="received_on")
        self.decision = combo("erasureDecision", translate("RetentionDialogs", "Decision"),
                              [(translate("RetentionDialogs", text), value)
                               for text, value in self.DECISIONS])
        self.add_field(translate("RetentionDialogs", "&Decision"), self.decision,
                       key="decision")
        self.reason = text_box("erasureReason", translate("RetentionDialogs", "Reason"),
                               height=80,
                               placeholder=translate("RetentionDialogs", "Needed when you "
                                                     "refuse: she is told why."))
        self.reason.textChanged.connect(lambda: _keep_short(self.reason, erasure.REASON_MAX))
        self.add_field(translate("RetentionDialogs", "&Reason"), self.reason, key="reason")
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
        done = translate("RetentionDialogs", "{what} Done when you save.")
        self.what.setText({
            None: translate("RetentionDialogs",
                            "The request is kept with her record until you decide."),
            ErasureDecision.ERASE: done.format(what=translate("RetentionDialogs", WHAT_ERASE)),
            ErasureDecision.ANONYMISE: done.format(
                what=translate("RetentionDialogs", WHAT_ANONYMISE)),
            ErasureDecision.REFUSE: translate("RetentionDialogs", "Her record stays as it is; "
                                              "the reason is kept with the request.")}[chosen])

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
        erase = decision is ErasureDecision.ERASE
        what = translate("RetentionDialogs", WHAT_ERASE if erase else WHAT_ANONYMISE)

        def really() -> None:
            self.erased = decision is ErasureDecision.ERASE  # read as the form closes
            if not FormDialog.submit(self):
                self.erased = False

        self.confirm_box = dialogs.confirm(
            self, name="confirmErasure",
            title=translate("RetentionDialogs", "Erase her record?") if erase else
            translate("RetentionDialogs", "Anonymise her record?"),
            text=translate("RetentionDialogs", "{what} This happens now and cannot be undone. "
                           "{backups}").format(what=what, backups=_backups()),
            yes=translate("RetentionDialogs", "Erase now") if erase else
            translate("RetentionDialogs", "Anonymise now"), on_yes=really)
        return False


def open_erasure_request(tab: Any) -> QDialog | None:
    """Her record's "Erasure request…" (Reviews tab): managers only; once her record is
    erased, the record window goes back to the list."""
    if not tab.vault.person.is_manager_or_admin:
        tab.say(translate("RetentionDialogs", MANAGERS_ONLY))
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
    widget.setToolTip("" if allowed else translate("RetentionDialogs", MANAGERS_ONLY))


__all__ = ["DecisionDialog", "DueForReviewDialog", "DueModel", "ErasureRequestDialog",
           "RetentionScheduleDialog", "manager_button_state", "open_erasure_request"]
