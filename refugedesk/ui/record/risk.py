"""Her record's Risk tab: her DASH checklists and MARAC referrals, and the prompt to refer her
to MARAC when her latest assessment is high risk (the forms are in risk_dialogs.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout

from refugedesk import resident_views, risk
from refugedesk.ui.record.common import RecordTab, fill, selected, table
from refugedesk.ui.record.common import day_text as _day
from refugedesk.ui.record.risk_dialogs import DashDialog, MaracActionsDialog, MaracDialog
from refugedesk.ui.widgets import label


class RiskTab(RecordTab):
    name = "recordRisk"
    title = "R&isk"

    def build(self, layout: QVBoxLayout) -> None:
        self.risk_summary = label(name="riskSummary", role="subheading")
        self.top_row(layout, self.risk_summary,
                     [("New DASH checklist…", "riskNewDashButton", self.add_dash)])
        self.marac_prompt = label(name="maracPrompt", role="note")
        self.marac_button, = self.top_row(
            layout, self.marac_prompt,
            [("Record MARAC referral…", "recordMaracButton", self.add_marac)])
        layout.addWidget(label("DASH risk checklists, newest first", role="hint"))
        self.dash_table = table("dashHistory", "DASH history",
                                ["Date", "Score", "Level", "Reached by", "Reason",
                                 "Assessed by"], [110, 60, 80, 180, 300])
        layout.addWidget(self.dash_table, 1)
        self.top_row(layout, label("MARAC referrals, newest first. A referral within 12 "
                                   "months of an earlier one is a repeat. The actions agreed "
                                   "are on her support plan too.", role="hint"),
                     [("Record actions agreed…", "maracActionsButton", self.marac_actions)])
        self.marac_table = table("maracHistory", "MARAC referrals",
                                 ["Referred on", "Repeat?", "Reason",
                                  "Actions agreed at MARAC"],
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
                state = (" (done)" if a.done_at else
                         " (OVERDUE)" if a.overdue(today) else "")
                lines.append(MaracActionsDialog.describe(
                    a.owner, a.agency, a.what, a.due_on) + state)
            if m.actions:
                lines.append(f"Notes from before: {m.actions}")
            return "\n".join(lines) or "None recorded yet"

        if dash:
            latest = dash[0]
            self.risk_summary.setText(
                f"Latest DASH: score {latest.score} of 24, {latest.level.label.lower()} risk "
                f"(by {latest.route.label.lower()}), on {latest.assessed_at.astimezone():%d %b %Y}")
        else:
            self.risk_summary.setText("No DASH risk checklist recorded yet.")
        self.marac_prompt.setText("MARAC referral suggested: her latest assessment is high "
                                  "risk and no MARAC referral has been recorded since." if due
                                  else "")
        self.marac_prompt.setVisible(due)
        fill(self.dash_table, [[f"{a.assessed_at.astimezone():%d %b %Y}", str(a.score),
                                a.level.label, a.route.label, a.reason,
                                names.get(a.assessed_by_id, "—") if a.assessed_by_id else "—"]
                               for a in dash])
        self.latest_dash = dash[0].id if dash else None
        def earlier(m: risk.MaracRow) -> str:
            said = [MaracActionsDialog.describe(a.owner, a.agency, a.what, a.due_on)
                    for a in agreed.get(m.repeat_of_id or 0, [])]
            said += [m.repeat_of_actions] if m.repeat_of_actions else []
            return f". Earlier actions: {'; '.join(said)}" if said else ""

        fill(self.marac_table, [[
            _day(m.referred_on),
            (f"Yes: repeat of {_day(m.repeat_of_on)}" + earlier(m) if m.is_repeat else "No"),
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
            self.say("Select a MARAC referral in the list first.")
            return None
        agreed = getattr(self, "agreed", {}).get(row.id, [])  # type: ignore[attr-defined]
        return self.open(MaracActionsDialog(self.vault, self.resident_id, row, agreed,  # type: ignore[arg-type]
                                            self, today=self.record.today))
