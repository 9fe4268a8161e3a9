"""The Admin page (administrators only): staff and roles, the idle lock, backup, key rotation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refugedesk import access, service_rules, staff
from refugedesk.db.models import Role
from refugedesk.db.vault import Vault
from refugedesk.errors import NotAllowed, RecoveryNotCarried
from refugedesk.i18n import Counted, translate
from refugedesk.server.vault import ServerVault
from refugedesk.ui import backup, dialogs, operations
from refugedesk.ui.changes import Change, Kinds
from refugedesk.ui.flow import FlowRow
from refugedesk.ui.staff_dialogs import (
    AddStaffDialog,
    RecoveryCodeDialog,
    RoleDialog,
    SetPasswordDialog,
)
from refugedesk.ui.staff_model import StaffTableModel
from refugedesk.ui.widgets import PAGE_MARGINS, button, label, message_label, say


class AdminPage(QWidget):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        if not vault.person.is_admin:
            raise NotAllowed(translate("AdminPage", "The Admin page is for administrators only."))
        super().__init__(parent)
        self.setObjectName("adminPage")
        self.vault = vault
        self.dialog: QWidget | None = None  # the last dialog opened (tests read it)
        self.job: operations.Job | None = None  # the last background job (tests wait on it)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.setSpacing(10)
        layout.addWidget(label(translate("AdminPage", "Admin"), role="heading"))
        self.message = message_label("adminMessage")
        layout.addWidget(self.message)

        # --- staff ---
        people = QGroupBox(translate("AdminPage", "Staff"))
        box = QVBoxLayout(people)
        self.model = StaffTableModel(vault, self)
        self.model.message = self.message
        self.table = QTableView(objectName="staffTable")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setAccessibleName(translate("AdminPage", "Staff"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        box.addWidget(self.table)
        row = FlowRow()
        self.add_button = button(translate("AdminPage", "Add staff…"), "addStaffButton")
        self.role_button = button(translate("AdminPage", "Change role…"), "changeRoleButton")
        self.off_button = button(translate("AdminPage", "Switch off"), "deactivateButton",
                                 accessible=translate("AdminPage", "Switch off this account"))
        self.on_button = button(translate("AdminPage", "Switch on…"), "reactivateButton",
                                accessible=translate("AdminPage", "Switch this account back on"))
        self.reset_button = button(translate("AdminPage", "Set new password…"),
                                   "resetPasswordButton")
        self.houses_button = button(translate("AdminPage", "Houses she works in…"),
                                    "staffHousesButton")
        for widget in (self.add_button, self.role_button, self.off_button, self.on_button,
                       self.reset_button, self.houses_button):
            row.addWidget(widget)
        box.addLayout(row)
        box.addWidget(label(translate(
            "AdminPage", "Choose a person in the list to change her role, set a new password "
            "or switch her account off."), role="hint", name="staffHint"))
        box.addWidget(label(translate(
            "AdminPage", "A support worker with houses set sees full records only for her "
            "houses and keywork; with no houses set she sees every record."),
            role="hint", name="needToKnowHint"))
        layout.addWidget(people, 1)

        # --- security ---
        security = QGroupBox(translate("AdminPage", "Security"))
        grid = QGridLayout(security)
        grid.setColumnStretch(2, 1)
        grid.addWidget(label(translate("AdminPage", "Lock after"), wrap=False), 0, 0)
        self.idle_minutes = QSpinBox(objectName="idleLockMinutes")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.setSuffix(translate("AdminPage", " minutes without use"))
        self.idle_minutes.setAccessibleName(
            translate("AdminPage", "Lock after this many minutes without use"))
        self.idle_minutes.setValue(access.organisation(vault).idle_lock_minutes)
        self.save_idle = button(translate("AdminPage", "Save"), "saveIdleLockButton",
                                accessible=translate("AdminPage", "Save the idle-lock time"))
        grid.addWidget(self.idle_minutes, 0, 1)
        grid.addWidget(self.save_idle, 0, 2, Qt.AlignmentFlag.AlignLeft)
        self.idle_error = message_label("idleLockError")
        grid.addWidget(self.idle_error, 1, 1, 1, 2)
        self.backup_button = button(translate("AdminPage", "Back up now…"), "backupButton")
        grid.addWidget(self.backup_button, 2, 0, 1, 2)
        self.backup_hint = label(translate(
            "AdminPage", "An encrypted copy and its key file. Keep them together, somewhere "
            "safe away from this computer."), role="hint")
        grid.addWidget(self.backup_hint, 2, 2)
        self.rotate_button = button(translate("AdminPage", "Change the vault key…"),
                                    "rotateKeyButton")
        grid.addWidget(self.rotate_button, 3, 0, 1, 2)
        self.rotate_hint = label(translate(
            "AdminPage", "Use after someone leaves, or if a key file may have been copied. "
            "Everyone keeps their own password."), role="hint")
        grid.addWidget(self.rotate_hint, 3, 2)
        # On the service's server these are the server's: it is backed up where it runs, and
        # who may sign in is its logins (docs/server.md).
        self.on_server = isinstance(vault, ServerVault)
        self.server_note = label(translate(
            "AdminPage", "This service's records are on its own server. Backups are made "
            "there, by whoever looks after the server, and switching someone off here stops "
            "her signing in to it at once."), role="hint", name="serverNote")
        grid.addWidget(self.server_note, 5, 0, 1, 3)
        self.server_note.setVisible(self.on_server)
        for widget in (self.backup_button, self.backup_hint):
            widget.setVisible(not self.on_server)
        if self.on_server:
            self.rotate_button.setText(translate("AdminPage", "Change the service key…"))
            self.rotate_hint.setText(translate(
                "AdminPage", "After someone leaves, or a laptop is lost. Everyone keeps "
                "their own password."))
        # A vault made before staff accounts were signed: offered until it is done.
        self.protect_button = button(translate("AdminPage", "Protect staff accounts…"),
                                     "protectButton")
        grid.addWidget(self.protect_button, 4, 0, 1, 2)
        self.protect_hint = label(translate(
            "AdminPage", "Staff accounts in this vault are not signed yet: a change made "
            "outside RefugeDesk to who may do what would not be noticed. Needs the recovery "
            "code, once."), role="hint")
        grid.addWidget(self.protect_hint, 4, 2)
        self._show_protect()
        # Checking the records: a file's pages and audit trail, and on a server also its
        # logins, its protected values and its rules (what `refugedesk check` does).
        self.check_button = button(translate("AdminPage", "Check the records"),
                                   "checkRecordsButton")
        grid.addWidget(self.check_button, 6, 0, 1, 2)
        self.check_hint = label(translate(
            "AdminPage", "Looks for damage and for changes made outside RefugeDesk: the audit "
            "trail, who may sign in, and on a server its rules. Takes a while on a large "
            "service."), role="hint")
        grid.addWidget(self.check_hint, 6, 2)
        layout.addWidget(security)

        # --- the service's own rules ---
        service = QGroupBox(translate("AdminPage", "Service"))
        column = QVBoxLayout(service)
        line = FlowRow()  # the three side by side, or wrapped where the words are long
        column.addLayout(line)
        self.rules_button = button(translate("AdminPage", "Service rules…"), "serviceRulesButton")
        line.addWidget(self.rules_button)
        self.rules_hint = label("", role="hint", name="serviceRulesHint")
        column.addWidget(self.rules_hint)
        self.retention_button = button(translate("AdminPage", "Retention schedule…"),
                                       "retentionScheduleButton")
        self.retention_button.clicked.connect(self.edit_retention)
        line.addWidget(self.retention_button)
        self.small_numbers_button = button(translate("AdminPage", "Small numbers…"),
                                           "smallNumbersButton")
        self.small_numbers_button.setToolTip(
            translate("AdminPage", "Counts hidden in reports for outside the service"))
        self.small_numbers_button.clicked.connect(self.edit_small_numbers)
        line.addWidget(self.small_numbers_button)
        layout.addWidget(service)
        self._show_rules()

        # --- the privacy notice shown at intake ---
        notice = QGroupBox(translate("AdminPage", "Privacy notice"))
        notice_line = QHBoxLayout(notice)
        self.notice_button = button(translate("AdminPage", "Privacy notice…"),
                                    "privacyNoticeButton")
        notice_line.addWidget(self.notice_button)
        self.notice_hint = label("", role="hint", name="privacyNoticeHint")
        notice_line.addWidget(self.notice_hint, 1)
        layout.addWidget(notice)
        self._show_notice()

        # --- this computer's text size and contrast ---
        from refugedesk.ui.text_and_contrast import TextAndContrastBox

        self.look_box = TextAndContrastBox()
        layout.addWidget(self.look_box)

        self.protect_button.clicked.connect(self.protect)
        self.add_button.clicked.connect(self.add_staff)
        self.role_button.clicked.connect(self.change_role)
        self.off_button.clicked.connect(self.switch_off)
        self.on_button.clicked.connect(lambda: self.set_password(reactivate=True))
        self.reset_button.clicked.connect(lambda: self.set_password(reactivate=False))
        self.houses_button.clicked.connect(self.set_houses)
        self.save_idle.clicked.connect(self.save_idle_lock)
        self.backup_button.clicked.connect(self.back_up)
        self.rotate_button.clicked.connect(self.rotate_key)
        self.check_button.clicked.connect(self.check_records)
        self.rules_button.clicked.connect(self.edit_rules)
        self.notice_button.clicked.connect(self.edit_notice)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        operations.changes().changed.connect(self._on_changed)
        self.refresh()

    # --- staff ------------------------------------------------------------------------------

    def refresh(self) -> None:
        chosen = self.selected()
        self.model.refresh()
        if chosen is not None:
            self.select(chosen.username)
        self._selection_changed()

    def _on_changed(self, kinds: Kinds) -> None:
        if Change.STAFF in kinds and self.vault.is_open:
            self.refresh()

    def selected(self) -> staff.StaffRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select(self, username: str) -> bool:
        number = self.model.row_for(username)
        if number < 0:
            return False
        self.table.selectRow(number)
        return True

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected()
        self.role_button.setEnabled(row is not None)
        self.off_button.setEnabled(row is not None and row.active
                                   and row.id != self.vault.person.id)
        self.on_button.setEnabled(row is not None and not row.active)
        self.reset_button.setEnabled(row is not None and row.active)
        worker = row is not None and row.role is Role.SUPPORT_WORKER
        self.houses_button.setEnabled(worker)
        if worker:
            why = ""
        elif row is None:
            why = translate("AdminPage", "Choose a support worker in the list first.")
        else:
            why = translate("AdminPage", "Managers and administrators see every record: houses "
                            "are for support workers.")
        self.houses_button.setToolTip(why)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialogs.show(dialog)

    def add_staff(self) -> None:
        dialog = AddStaffDialog(self.vault, self)
        dialog.accepted.connect(lambda: self._done(translate(
            "AdminPage", "{name} can now sign in as “{username}”.").format(
                name=dialog.name.text().strip(),
                username=dialog.username.text().strip().lower())))
        self._open(dialog)

    def change_role(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = RoleDialog(self.vault, row, self)

        def changed() -> None:
            self._done(translate("AdminPage", "{name} is now: {role}.").format(
                name=row.display_name, role=dialog.role.currentText()))
            if row.id == self.vault.person.id and dialog.role.currentData() \
                    is not Role.ADMINISTRATOR:
                # Her own rights just shrank: lock, so signing in again builds the window
                # for her new role instead of leaving this page open.
                dialogs.lock_owner(self)

        dialog.accepted.connect(changed)
        self._open(dialog)

    def set_password(self, *, reactivate: bool) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = SetPasswordDialog(self.vault, row, reactivate=reactivate, parent=self)
        done = (translate("AdminPage", "{name}'s account is switched on again.") if reactivate
                else translate("AdminPage", "{name} has a new password.")).format(
                    name=row.display_name)
        dialog.accepted.connect(lambda: self._done(done))
        self._open(dialog)

    def set_houses(self) -> None:
        from refugedesk.ui.need_to_know_dialogs import HousesDialog

        row = self.selected()
        if row is None:
            return
        dialog = HousesDialog(self.vault, row, self)
        dialog.accepted.connect(lambda: self._done(translate(
            "AdminPage", "Saved the houses {name} works in.").format(name=row.display_name)))
        self._open(dialog)

    def switch_off(self) -> None:
        row = self.selected()
        if row is None:
            return

        def really() -> None:
            outcome = operations.run(self, lambda: staff.deactivate(self.vault, row.id),
                                     message=self.message, changed={Change.STAFF})
            if outcome.ok:
                self._done(translate(
                    "AdminPage", "{name}'s account is switched off. Her password no longer "
                    "opens the vault; her history stays.").format(name=row.display_name))

        self.dialog = dialogs.confirm(
            self, name="confirmDeactivate",
            title=translate("AdminPage", "Switch off this account?"),
            text=translate(
                "AdminPage", "Switch off {name}'s account? She will not be able to sign in "
                "until an administrator switches it on again. Nothing she wrote is deleted.")
            .format(name=row.display_name),
            yes=translate("AdminPage", "Switch off"), on_yes=really)

    # --- security ---------------------------------------------------------------------------

    def save_idle_lock(self) -> None:
        minutes = self.idle_minutes.value()
        outcome = operations.run(self, lambda: access.set_idle_lock(self.vault, minutes),
                                 message=self.message,
                                 fields={"idle_lock_minutes": self.idle_error},
                                 changed={Change.SETTINGS})
        if outcome.ok:
            # Named as its context, so lupdate reads AdminPage.tr as a plural (widgets.Counts).
            AdminPage = Counted("AdminPage")
            self._done(AdminPage.tr(
                "Saved. RefugeDesk now locks after %n minutes without use.",
                "Saved. RefugeDesk now locks after %n minute without use.", minutes))

    def back_up(self) -> None:
        if not self.vault.person.is_manager_or_admin:
            say(self.message, str(NotAllowed()))
            return
        self.dialog = backup.choose_file(self, self.back_up_to)

    def back_up_to(self, dest: Path) -> operations.Job:
        self.job = backup.back_up_to(self, self.vault, dest, message=self.message,
                                     done=self._done)
        return self.job

    def check_records(self) -> None:
        """`refugedesk check` from the screens, in the background: the result beside the
        button, and what was found in a box whose details list every finding."""
        def checked(outcome: operations.Outcome[access.CheckReport]) -> None:
            if not outcome.ok or outcome.value is None:
                return
            report = outcome.value
            AdminPage = Counted("AdminPage")
            if not report.problems:
                self._done(AdminPage.tr(
                    "Checked: the records are sound, and the audit trail's %n events are "
                    "unbroken.", "Checked: the records are sound, and the audit trail's %n "
                    "event is unbroken.", report.events))
                return
            found = AdminPage.tr(
                "The check found %n things to look into. Nothing was changed.",
                "The check found %n thing to look into. Nothing was changed.",
                len(report.problems))
            say(self.message, found, role="error")
            self.dialog = dialogs.tell(
                self, name="checkResult", title=translate("AdminPage", "Check the records"),
                text=found + "\n\n" + report.problems[0] + (
                    "\n\n" + translate("AdminPage", "Show Details lists every one.")
                    if len(report.problems) > 1 else ""),
                details="\n\n".join(report.problems))

        vault = self.vault
        self.job = operations.background(
            self, lambda _task: access.check_report(vault),
            label=translate("AdminPage", "Checking the records…"),
            message=self.message, on_done=checked)

    def rotate_key(self) -> None:
        def rotated(outcome: operations.Outcome[list[str]]) -> None:
            if isinstance(outcome.error, RecoveryNotCarried):
                self._ask_recovery_code(really)
                return
            if not outcome.ok:
                return
            if not self.on_server:
                self._done(translate(
                    "AdminPage", "The vault has a new key. Everyone's password still works. "
                    "Older backups still open with the key files saved beside them."))
                return
            done = translate(
                "AdminPage", "The service has a new key. Everyone's password still works: "
                "each person takes the new key when she next signs in.")
            left_out = outcome.value or []
            if left_out:
                # Not an error: the key changed. These colleagues need a new password.
                done += " " + translate(
                    "AdminPage", "These people need a new password from you before they can "
                    "sign in: {names}.").format(names=", ".join(left_out))
            self._done(done)

        def really(code: str | None = None) -> None:
            # Rewrites every page (a file) or every protected value (a server): on a large
            # vault, seconds. Not stoppable part-way.
            vault = self.vault
            self.job = operations.background(
                self, lambda task: access.rotate_key(vault, progress=task.progress,
                                                     recovery_code=code),
                label=translate("AdminPage", "Changing the key…"),
                message=self.message, on_done=rotated)

        if self.on_server:
            title = translate("AdminPage", "Change the service key?")
            text = translate(
                "AdminPage", "Change the key that protects addresses, code words and notes "
                "on the service's server? Everyone keeps their own password and takes the new "
                "key when she next signs in. Ask everyone else to close RefugeDesk first.")
        else:
            title = translate("AdminPage", "Change the vault key?")
            text = translate(
                "AdminPage", "Change the key that encrypts the vault? Everyone keeps their own "
                "password, and old copies of the key file stop opening it. Close RefugeDesk on "
                "every other computer first.")
        self.dialog = dialogs.confirm(self, name="confirmRotateKey", title=title, text=text,
                                      yes=translate("AdminPage", "Change the key"),
                                      on_yes=lambda: really())

    def _ask_recovery_code(self, again: Callable[[str], None]) -> None:
        """A server set up by an older RefugeDesk: its recovery slot is carried to the new
        key only with the code typed once (server/key_rotation.py)."""
        dialog = RecoveryCodeDialog(
            self, name="rotateRecovery",
            title=translate("AdminPage", "The recovery code, once"),
            text=translate(
                "AdminPage", "This service was set up by an older RefugeDesk, so its recovery "
                "code is carried over to the new key only if you type it. Type the recovery "
                "code (the printed one, kept offline), then the key is changed."),
            action=translate("AdminPage", "Change the key"))
        def typed() -> None:
            code = dialog.code.text()
            dialog.code.clear()  # the organisation's code is not kept in a hidden box
            again(code)

        dialog.accepted.connect(typed)
        self._open(dialog)

    # --- the service's rules ------------------------------------------------------------------

    def _show_rules(self) -> None:
        """The rules as they are, beside the button; the button only for an administrator."""
        allowed = self.vault.person.is_admin
        self.rules_button.setEnabled(allowed)
        self.rules_button.setToolTip(
            "" if allowed
            else translate("AdminPage", "Only an administrator can change the service's rules."))
        rules = operations.read(self, self.vault, service_rules.service_rules,
                                message=self.message).value
        if rules is None:
            return
        boys = (translate("AdminPage", "Boys aged {age} or older cannot be housed.").format(
                    age=rules.boys_age_limit)
                if rules.boys_age_limit is not None
                else translate("AdminPage", "No rule on boys' ages."))
        note = (translate("AdminPage", "A safeguarding note is shown beside residents under 18.")
                if rules.under_18_note
                else translate("AdminPage", "No note of your own for residents under 18 yet."))
        self.rules_hint.setText(translate("AdminPage", "{boys} {note}").format(
            boys=boys, note=note))

    def edit_rules(self) -> None:
        if not self.vault.person.is_admin:
            say(self.message,
                translate("AdminPage", "Only an administrator can change the service's rules."))
            return
        from refugedesk.ui.service_rules_dialog import ServiceRulesDialog

        dialog = ServiceRulesDialog(self.vault, self)
        dialog.accepted.connect(self._rules_saved)
        self._open(dialog)

    def edit_retention(self) -> None:
        """How long records are kept (issue 16): refugedesk/ui/retention_dialogs.py."""
        from refugedesk.ui.retention_dialogs import RetentionScheduleDialog

        dialog = RetentionScheduleDialog(self.vault, self)
        dialog.accepted.connect(
            lambda: self._done(translate("AdminPage", "Saved the retention schedule.")))
        self._open(dialog)

    def edit_small_numbers(self) -> None:
        from refugedesk.ui.small_numbers_dialog import SmallNumbersDialog

        dialog = SmallNumbersDialog(self.vault, self)
        dialog.accepted.connect(
            lambda: self._done(translate("AdminPage", "Saved the small-number threshold.")))
        self._open(dialog)

    def _rules_saved(self) -> None:
        self._show_rules()
        self._done(translate("AdminPage", "Saved the service's rules."))

    def _show_notice(self) -> None:
        from refugedesk import privacy_notice

        notice = operations.read(self, self.vault, privacy_notice.notice,
                                 message=self.message).value
        if notice is None:
            return
        self.notice_hint.setText(
            translate("AdminPage", "Shown at every intake. Last changed {day}.").format(
                day=f"{notice.changed_at.astimezone():%d/%m/%Y}")
            if notice.text and notice.changed_at else
            translate("AdminPage", "Shown at every intake.") if notice.text else
            translate("AdminPage", "Not set yet: the intake says an administrator can set it."))

    def edit_notice(self) -> None:
        from refugedesk.ui.privacy_notice_ui import PrivacyNoticeDialog

        dialog = PrivacyNoticeDialog(self.vault, self)
        dialog.accepted.connect(lambda: (self._show_notice(), self._done(  # type: ignore[func-returns-value]  # both, in order
            translate("AdminPage", "Saved the privacy notice. The next intake shows it."))))
        self._open(dialog)

    def _show_protect(self) -> None:
        unsigned = self.vault.roster is None and not self.on_server
        self.protect_button.setVisible(unsigned)
        self.protect_hint.setVisible(unsigned)

    def protect(self) -> None:
        from refugedesk.ui.staff_dialogs import ProtectDialog

        dialog = ProtectDialog(self.vault, self)
        dialog.accepted.connect(lambda: (self._show_protect(), self._done(  # type: ignore[func-returns-value]  # both, in order
            translate("AdminPage", "Staff accounts are now signed. A change made outside "
                      "RefugeDesk to who may do what will be refused and noticed."))))
        self._open(dialog)

    def _done(self, text: str) -> None:
        say(self.message, text, role="ok")
