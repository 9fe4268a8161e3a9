"""Her record's Referrals out tab: referrals made for her to other agencies, what became of
each, and when to follow one up; and the two forms (make a referral, update one)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCheckBox, QDialog, QPlainTextEdit, QVBoxLayout, QWidget

from refugedesk import consent_rules, referrals_out
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import Agency, ReferralOutStatus
from refugedesk.db.vault import Vault
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.referrals_out import ReferralOutRow
from refugedesk.ui import operations
from refugedesk.ui.dates import date_edit, day_of
from refugedesk.ui.look import set_role
from refugedesk.ui.record.common import RecordDialog, RecordTab, fill, selected, table
from refugedesk.ui.record.common import day_text as _day
from refugedesk.ui.widgets import combo, label, line_edit, text_box

# A referral's status in words (the stored value is the enum's; marked for translation
# here, translated where shown).
STATUS_LABELS = {ReferralOutStatus.MADE: QT_TRANSLATE_NOOP("RecordReferralsOut", "Made"),
                 ReferralOutStatus.ACKNOWLEDGED: QT_TRANSLATE_NOOP("RecordReferralsOut", "Acknowledged"),
                 ReferralOutStatus.ACCEPTED: QT_TRANSLATE_NOOP("RecordReferralsOut", "Accepted"),
                 ReferralOutStatus.DECLINED: QT_TRANSLATE_NOOP("RecordReferralsOut", "Declined"),
                 ReferralOutStatus.COMPLETED: QT_TRANSLATE_NOOP("RecordReferralsOut", "Completed")}


def status_text(status: ReferralOutStatus) -> str:
    return translate("RecordReferralsOut", STATUS_LABELS[status])


class _Title:
    """The tab's title in the language in use, read when her record is built (after sign-in,
    when the language is known)."""

    def __get__(self, obj: object, owner: type | None = None) -> str:
        return translate("RecordReferralsOut", "Re&ferrals out")


class ReferralsOutTab(RecordTab):
    name = "recordReferralsOut"
    title = _Title()

    def build(self, layout: QVBoxLayout) -> None:
        self.referral_update, _add = self.top_row(
            layout, label(translate("RecordReferralsOut", "Referrals made for her to other agencies, newest first."),
                          role="hint"),
            [(translate("RecordReferralsOut", "Update…"), "referralOutUpdateButton", self.update_referral),
             (translate("RecordReferralsOut", "Make a referral…"), "referralOutAddButton", self.make_referral)])
        self.referral_update.setToolTip(
            translate("RecordReferralsOut", "Record what became of the selected referral"))
        self.referrals_table = table("referralsOutTable", translate("RecordReferralsOut", "Referrals out"),
                                     [translate("RecordReferralsOut", "Made on"),
                                      translate("RecordReferralsOut", "Agency"),
                                      translate("RecordReferralsOut", "Reason"),
                                      translate("RecordReferralsOut", "Status"),
                                      translate("RecordReferralsOut", "Follow up"),
                                      translate("RecordReferralsOut", "Outcome")],
                                     [110, 190, 220, 100, 170])
        layout.addWidget(self.referrals_table, 1)

    def load(self) -> None:
        today = self.record.today
        outcome = self.read(lambda session: referrals_out.for_resident(
            session, self.resident_id, today=today))
        if not outcome.ok:
            return
        rows = outcome.value or []

        def follow(r: ReferralOutRow) -> str:
            if r.follow_up_on is None:
                return "—"
            if r.follow_up_due:
                return translate("RecordReferralsOut", "Follow up now (due {day})").format(
                    day=_day(r.follow_up_on))
            return _day(r.follow_up_on)

        fill(self.referrals_table, [[_day(r.made_on), r.agency_label, r.reason,
                                     status_text(r.status), follow(r), r.outcome]
                                    for r in rows], list(rows))
        if rows:
            self.referrals_table.selectRow(0)

    def make_referral(self) -> QDialog:
        return self.open(ReferralOutDialog(self.vault, self.resident_id, self,
                                           today=self.record.today))

    def update_referral(self) -> QDialog | None:
        row = selected(self.referrals_table)
        if row is None:
            self.say(translate("RecordReferralsOut", "Select a referral in the list first."))
            return None
        return self.open(ReferralOutUpdateDialog(self.vault, row, self))  # type: ignore[arg-type]


def _cap(box: QPlainTextEdit, limit: int) -> None:
    """Stop typing at the domain's limit (a paste is cut there)."""
    def trim() -> None:
        if len(box.toPlainText()) > limit:
            box.setPlainText(box.toPlainText()[:limit])
            box.moveCursor(QTextCursor.MoveOperation.End)
    box.textChanged.connect(trim)


class ReferralOutDialog(RecordDialog):
    """A referral made on her behalf. Whether her consent covers sharing with that kind of
    agency on that day is checked as the agency and the date change: when it does not, the
    dialog says so before saving and asks for the lawful basis (the domain refuses without)."""

    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(vault, resident_id, name="referralOutDialog",
                         title=translate("RecordReferralsOut", "Make a referral for her"),
                         intro=translate("RecordReferralsOut", "A referral made on her behalf to another agency."),
                         save=translate("RecordReferralsOut", "Save referral"), parent=parent)
        self.agency = combo("referralOutAgency", translate("RecordReferralsOut", "Agency"),
                            [(a.label, a.value) for a in Agency])
        self.agency_name = line_edit("referralOutAgencyName", translate("RecordReferralsOut", "Agency's name"),
                                     placeholder=translate("RecordReferralsOut", "e.g. Northtown Law Centre"))
        self.made_on = date_edit("referralOutMadeOn", translate("RecordReferralsOut", "Made on"),
                                 today or date.today())
        self.consent = label(name="referralOutConsent", role="note")
        self.lawful_basis = text_box(
            "referralOutLawfulBasis", translate("RecordReferralsOut", "Lawful basis"),
            placeholder=translate("RecordReferralsOut", "Why it can go ahead without her consent, e.g. a risk to "
                                  "her life or a child's safety"))
        _cap(self.lawful_basis, consent_rules.LAWFUL_BASIS_LIMIT)
        self.reason = text_box("referralOutReason", translate("RecordReferralsOut", "Reason"))
        self.has_follow_up = QCheckBox(translate("RecordReferralsOut", "Follow it up on a date"),  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
                                       objectName="referralOutHasFollow")
        self.follow_up = date_edit("referralOutFollowUp", translate("RecordReferralsOut", "Follow up on"),
                                   date.today())
        self.follow_up.setEnabled(False)
        self.has_follow_up.toggled.connect(self.follow_up.setEnabled)
        self.add_field(translate("RecordReferralsOut", "Agency"), self.agency)
        self.add_field(translate("RecordReferralsOut", "Agency's name"), self.agency_name, "agency_name")
        self.add_field(translate("RecordReferralsOut", "Made on"), self.made_on, "made_on")
        self.add_field(translate("RecordReferralsOut", "Her consent"), self.consent)
        self.add_field(translate("RecordReferralsOut", "Lawful basis"), self.lawful_basis, "lawful_basis")
        self.add_field(translate("RecordReferralsOut", "Reason"), self.reason)
        self.add_field("", self.has_follow_up)
        self.add_field(translate("RecordReferralsOut", "Follow up on"), self.follow_up, "follow_up_on")
        self.covered: bool | None = None
        self.agency.currentIndexChanged.connect(lambda _i: self.check_consent())
        self.made_on.dateChanged.connect(lambda _d: self.check_consent())
        self.check_consent()

    def check_consent(self) -> None:
        """Say whether her consent covers this referral; the lawful basis is asked for (and
        enabled) only when it does not."""
        agency, day, rid = Agency(self.agency.currentData()), day_of(self.made_on), self.resident_id
        outcome = operations.read(self, self.vault, lambda session: consent_rules.covers(
            session, rid, agency, day), message=self.message)
        if not outcome.ok or outcome.value is None:
            return
        cover = outcome.value
        self.covered = cover.covered
        if cover:
            self.consent.setText(translate("RecordReferralsOut", "Her consent covers sharing with {agency}.").format(
                agency=consent_rules.words(consent_rules.agency_key(agency))))
            set_role(self.consent, "ok")
            self.lawful_basis.setToolTip(translate("RecordReferralsOut", "Her consent covers this referral: no lawful "
                                                   "basis is needed."))
        else:
            self.consent.setText(cover.reason)
            set_role(self.consent, "note")
            self.lawful_basis.setToolTip("")
        self.lawful_basis.setEnabled(not cover)
        self.consent.style().unpolish(self.consent)
        self.consent.style().polish(self.consent)

    def action(self) -> Callable[[], object]:
        kwargs = dict(resident_id=self.resident_id, agency=Agency(self.agency.currentData()),
                      made_on=day_of(self.made_on), reason=self.reason.toPlainText(),
                      agency_name=self.agency_name.text(),
                      lawful_basis=self.lawful_basis.toPlainText()
                      if self.lawful_basis.isEnabled() else "",
                      follow_up_on=day_of(self.follow_up) if self.has_follow_up.isChecked()
                      else None)
        return lambda: referrals_out.make_referral(self.vault, **kwargs)  # type: ignore[arg-type]


class ReferralOutUpdateDialog(RecordDialog):
    """What became of a referral out: its status, the outcome, the next follow-up."""

    def __init__(self, vault: Vault, row: ReferralOutRow, parent: QWidget | None = None) -> None:
        super().__init__(vault, row.resident_id, name="referralUpdateDialog",
                         title=translate("RecordReferralsOut", "Referral to {agency}").format(
                             agency=row.agency_label),
                         intro=(translate("RecordReferralsOut", "Made on {day}. Her consent did not cover it; the "
                                          "lawful basis recorded: {basis}").format(
                             day=fmt_day(row.made_on), basis=row.lawful_basis)
                                if row.lawful_basis else
                                translate("RecordReferralsOut", "Made on {day}.").format(day=fmt_day(row.made_on))),
                         save=translate("RecordReferralsOut", "Save"), parent=parent)
        self.row = row
        self.status = combo("referralUpdateStatus", translate("RecordReferralsOut", "Status"),
                            [(status_text(s), s.value) for s in ReferralOutStatus])
        self.status.setCurrentIndex(self.status.findData(row.status.value))
        self.outcome = text_box("referralUpdateOutcome", translate("RecordReferralsOut", "Outcome"))
        self.outcome.setPlainText(row.outcome)
        self.has_follow_up = QCheckBox(translate("RecordReferralsOut", "Follow it up on a date"),  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
                                       objectName="referralUpdateHasFollow")
        self.follow_up = date_edit("referralUpdateFollowUp", translate("RecordReferralsOut", "Follow up on"),
                                   row.follow_up_on or date.today())
        self.has_follow_up.setChecked(row.follow_up_on is not None)
        self.follow_up.setEnabled(row.follow_up_on is not None)
        self.has_follow_up.toggled.connect(self.follow_up.setEnabled)
        self.add_field(translate("RecordReferralsOut", "Status"), self.status)
        self.add_field(translate("RecordReferralsOut", "Outcome"), self.outcome)
        self.add_field("", self.has_follow_up)
        self.add_field(translate("RecordReferralsOut", "Follow up on"), self.follow_up, "follow_up_on")

    def action(self) -> Callable[[], object]:
        kwargs = dict(status=ReferralOutStatus(self.status.currentData()),
                      outcome=self.outcome.toPlainText(),
                      follow_up_on=day_of(self.follow_up) if self.has_follow_up.isChecked()
                      else None)
        return lambda: referrals_out.update_referral(self.vault, self.row.id, **kwargs)  # type: ignore[arg-type]
