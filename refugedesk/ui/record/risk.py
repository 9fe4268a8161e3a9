"""Her record's Risk tab: her DASH checklists and MARAC referrals, and the prompt to refer her
to MARAC when her latest assessment is high risk (the forms are in risk_dialogs.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout

from refugedesk import resident_views, risk
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.ui.record.common import (
    RecordTab,
    day_and_month,
    fill,
    risk_phrase,
    selected,
    table,
)
from refugedesk.ui.record.common import day_text as _day
from refugedesk.ui.record.risk_dialogs import DashDialog, MaracActionsDialog, MaracDialog
from refugedesk.ui.widgets import label


class RiskTab(RecordTab):
    name = "recordRisk"
    title = QT_TRANSLATE_NOOP("RecordRisk", "R&isk")

    def build(self, layout: QVBoxLayout) -> None:
        self.risk_summary = label(name="riskSummary", role="subheading")
        self.top_row(layout, self.risk_summary,
                     [(translate("RecordRisk", "New DASH checklist…"), "riskNewDashButton",
                       self.add_dash)])
        self.marac_prompt = label(name="maracPrompt", role="note")
        self.marac_button, = self.top_row(
            layout, self.marac_prompt,
            [(translate("RecordRisk", "Record MARAC referral…"), "recordMaracButton",
              self.add_marac)])
        layout.addWidget(label(translate("RecordRisk", "DASH risk checklists, newest first"),
                               role="hint"))
        self.dash_table = table("dashHistory", translate("RecordRisk", "DASH history"), [
            translate("RecordRisk", "Date"), translate("RecordRisk", "Score"),
            translate("RecordRisk", "Level"), translate("RecordRisk", "Reached by"),
            translate("RecordRisk", "Reason"), translate("RecordRisk", "Assessed by")],
            [110, 60, 80, 180, 300])
        layout.addWidget(self.dash_table, 1)
        self.top_row(layout, label(translate(
            "RecordRisk", "MARAC referrals, newest first. A referral within 12 months of an "
            "earlier one is a repeat. The actions agreed are on her support plan too."),
            role="hint"),
                     [(translate("RecordRisk", "Record actions agreed…"), "maracActionsButton",
                       self.marac_actions)])
        self.marac_table = table("maracHistory", translate("RecordRisk", "MARAC referrals"), [
            translate("RecordRisk", "Referred on"), translate("RecordRisk", "Repeat?"),
            translate("RecordRisk", "Reason"), translate("RecordRisk", "Actions agreed at MARAC")],
            [110, 200, 180])
        layout.addWidget(self.marac_table, 1)
        self.latest_dash: int | None = None

    def load(self) -> None:
        outcome = self.read(lambda session: (
            risk.history(session, self.resident_id), risk.marac_history(session, self.resident_id),
            risk.needs_marac(session, self.resident_id), resident_views.staff_names(session),
            risk.marac_actions(session, self.resident_id)))
        if not outcome.ok:
            return
        dash, marac, due, names, agreed = outcome.value
        self.agreed = agreed
        today = self.today

        def actions_text(m: risk.MaracRow) -> str:
            lines = []
            for a in agreed.get(m.id, []):
                action = MaracActionsDialog.describe(a.owner, a.agency, a.what, a.due_on)
                if a.done_at:
                    action = translate("RecordRisk", "{action} (done)").format(action=action)
                elif a.overdue(today):
                    action = translate("RecordRisk", "{action} (OVERDUE)").format(action=action)
                lines.append(action)
            if m.actions:
                lines.append(translate("RecordRisk", "Notes from before: {notes}").format(
                    notes=m.actions))
            return "\n".join(lines) or translate("RecordRisk", "None recorded yet")

        if dash:
            latest = dash[0]
            self.risk_summary.setText(translate(
                "RecordRisk", "Latest DASH: score {score} of 24, {risk} (by {route}), on {day}"
            ).format(score=latest.score, risk=risk_phrase(latest.level, in_sentence=True),
                     route=latest.route.label.lower(),
                     day=day_and_month(latest.assessed_at.astimezone().date())))
        else:
            self.risk_summary.setText(translate("RecordRisk",
                                                "No DASH risk checklist recorded yet."))
        self.marac_prompt.setText(translate(
            "RecordRisk", "MARAC referral suggested: her latest assessment is high risk and no "
            "MARAC referral has been recorded since.") if due else "")
        self.marac_prompt.setVisible(due)
        fill(self.dash_table, [[day_and_month(a.assessed_at.astimezone().date()), str(a.score),
                                a.level.label, a.route.label, a.reason,
                                names.get(a.assessed_by_id, "—") if a.assessed_by_id else "—"]
                               for a in dash])
        self.latest_dash = dash[0].id if dash else None
        def earlier(m: risk.MaracRow) -> str:
            said = [MaracActionsDialog.describe(a.owner, a.agency, a.what, a.due_on)
                    for a in agreed.get(m.repeat_of_id or 0, [])]
            said += [m.repeat_of_actions] if m.repeat_of_actions else []
            if said:
                return translate("RecordRisk", "Yes: repeat of {day}. Earlier actions: "
                                 "{actions}").format(day=_day(m.repeat_of_on),
                                                     actions="; ".join(said))
            return translate("RecordRisk", "Yes: repeat of {day}").format(
                day=_day(m.repeat_of_on))

        fill(self.marac_table, [[
            _day(m.referred_on), earlier(m) if m.is_repeat else translate("RecordRisk", "No"),
            m.reason, actions_text(m)] for m in marac], list(marac))
        if marac:
            self.marac_table.selectRow(0)

    def add_dash(self) -> QDialog:
        return self.open(DashDialog(self.vault, self.resident_id, self))

    def add_marac(self) -> QDialog:
        return self.open(MaracDialog(self.vault, self.resident_id, self.latest_dash, self))

    def marac_actions(self) -> QDialog | None:
        row = selected(self.marac_table)
        if row is None:
            self.say(translate("RecordRisk", "Select a MARAC referral in the list first."))
            return None
        agreed = getattr(self, "agreed", {}).get(row.id, [])  # type: ignore[attr-defined]
        return self.open(MaracActionsDialog(self.vault, self.resident_id, row, agreed,  # type: ignore[arg-type]
                                            self, today=self.record.today))
