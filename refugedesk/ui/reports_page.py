"""The Reports page: the spreadsheets managers and funders ask for, in one place."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QGridLayout, QVBoxLayout, QWidget

from refugedesk.db.vault import Vault
from refugedesk.i18n import translate
from refugedesk.ui import dialogs
from refugedesk.ui.board_export import ExportOccupancyDialog, ExportOutcomesDialog
from refugedesk.ui.widgets import PAGE_MARGINS, button, label, message_label


class ReportsPage(QWidget):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.vault = vault
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.addWidget(label(translate("ReportsPage", "Reports"), role="heading"))
        layout.addWidget(label(translate(
            "ReportsPage", "Spreadsheets for managers, funders and commissioners. They are not "
            "encrypted: keep them somewhere safe and delete them when they have done their "
            "job."), role="hint"))
        self.message = message_label("reportsMessage")
        layout.addWidget(self.message)
        grid = QGridLayout()
        occupancy = button(translate("ReportsPage", "Occupancy spreadsheet…"),
                           "reportsOccupancyButton")
        occupancy.clicked.connect(self.export_occupancy)
        outcomes = button(translate("ReportsPage", "Outcomes spreadsheet…"), "reportsOutcomesButton")
        outcomes.clicked.connect(self.export_outcomes)
        grid.addWidget(occupancy, 0, 0)
        grid.addWidget(label(translate(
            "ReportsPage", "Room-nights used and free, per house, day and month; arrivals, "
            "departures and referrals."), role="hint"), 0, 1)
        grid.addWidget(outcomes, 1, 0)
        grid.addWidget(label(translate(
            "ReportsPage", "Women and children supported, the share of requested outcomes "
            "achieved, change in need scores, exits, MARAC and referrals out."),
            role="hint"), 1, 1)
        audit = button(translate("ReportsPage", "Audit trail…"), "reportsAuditButton")
        audit.clicked.connect(self.audit_trail)
        allowed = vault.person.is_manager_or_admin
        audit.setEnabled(allowed)
        audit.setToolTip("" if allowed else translate(
            "ReportsPage", "The audit trail is for managers and administrators."))
        grid.addWidget(audit, 2, 0)
        grid.addWidget(label(translate(
            "ReportsPage", "Who opened, changed or exported what, and when; export it for an "
            "inquiry."), role="hint"), 2, 1)
        from refugedesk.ui.retention_dialogs import manager_button_state

        due = button(translate("ReportsPage", "Due for review…"), "reportsDueForReviewButton")
        due.clicked.connect(self.due_for_review)
        manager_button_state(due, vault)
        grid.addWidget(due, 3, 0)
        grid.addWidget(label(translate(
            "ReportsPage", "Records at the end of your retention schedule: keep longer, "
            "anonymise or erase (managers)."), role="hint"), 3, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)

    def export_occupancy(self) -> QDialog:
        self.dialog = dialogs.show(ExportOccupancyDialog(self.vault, self))
        return self.dialog

    def audit_trail(self) -> QDialog | None:
        """Managers and administrators (the dialog and the domain both refuse anyone else)."""
        from refugedesk.errors import NotAllowed
        from refugedesk.ui.audit_dialog import AuditDialog
        from refugedesk.ui.widgets import say

        try:
            self.dialog = dialogs.show(AuditDialog(self.vault, self))
        except NotAllowed as refused:
            say(self.message, str(refused))
            return None
        return self.dialog

    def export_outcomes(self) -> QDialog:
        self.dialog = dialogs.show(ExportOutcomesDialog(self.vault, self))
        return self.dialog

    def due_for_review(self) -> QDialog:
        from refugedesk.ui.retention_dialogs import DueForReviewDialog

        self.dialog = dialogs.show(DueForReviewDialog(self.vault, self))
        return self.dialog
