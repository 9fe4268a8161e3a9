"""Change my password: the current one, then the new one twice, with live strength feedback."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from refugedesk import credentials, staff
from refugedesk.db.vault import Vault
from refugedesk.errors import ValidationError, WrongPassword
from refugedesk.i18n import translate
from refugedesk.ui import operations
from refugedesk.ui.widgets import PasswordPair, button, label, line_edit, message_label, say


class ChangePasswordDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        title = translate("PasswordDialog", "Change my password")
        self.setWindowTitle(title)
        self.vault = vault
        self.job: operations.Job | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(label(title, role="subheading"))
        layout.addWidget(label(translate("PasswordDialog",
                                         "Your colleagues' passwords are not affected."),
                               role="hint"))
        layout.addWidget(label(translate("PasswordDialog", "Current password")))
        self.current = line_edit("currentPassword",
                                 translate("PasswordDialog", "Current password"), password=True)
        layout.addWidget(self.current)
        self.current_error = message_label("currentPasswordError")
        layout.addWidget(self.current_error)
        self.passwords = PasswordPair("newPassword", username=lambda: vault.person.username,
                                      title=translate("PasswordDialog", "New password"))
        layout.addWidget(self.passwords)
        self.new_error = message_label("newPasswordError")
        layout.addWidget(self.new_error)
        self.message = message_label("changePasswordMessage")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = button(translate("PasswordDialog", "Cancel"), "changePasswordCancel")
        cancel.clicked.connect(self.reject)
        self.save = button(translate("PasswordDialog", "Change password"), "changePasswordSave",
                           primary=True)
        self.save.clicked.connect(self._save)
        row.addWidget(cancel)
        row.addWidget(self.save)
        layout.addLayout(row)
        self.setMinimumWidth(440)

    def _save(self) -> None:
        say(self.current_error, "")
        if not self.current.text():
            say(self.current_error, translate("PasswordDialog", "Enter your current password."))
            self.current.setFocus()
            return
        mismatch = self.passwords.mismatch()
        if mismatch:
            say(self.new_error, mismatch)
            return
        try:
            credentials.check_typed_password(self.current.text())
        except ValidationError as err:
            say(self.current_error, str(err))
            self.current.clear()
            self.current.setFocus()
            return
        # Argon2id twice (the old password checked, the new one sealed): in the background.
        vault, current, new = self.vault, self.current.text(), self.passwords.value()
        self.save.setEnabled(False)
        self.job = operations.background(
            self, lambda _task: staff.change_own_password(vault, current, new),
            label=translate("PasswordDialog", "Changing your password…"), message=self.message,
            fields={"password": self.new_error}, on_done=self._changed)

    def _changed(self, outcome: operations.Outcome[None]) -> None:
        self.save.setEnabled(True)
        if outcome.ok:
            self.current.clear()
            self.passwords.clear()
            self.accept()
        elif isinstance(outcome.error, WrongPassword):
            # Here a wrong password is the current one: say it beside that field.
            say(self.current_error, str(outcome.error))
            say(self.message, "")
            self.current.clear()
            self.current.setFocus()
