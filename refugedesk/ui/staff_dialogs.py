"""The administrator's staff dialogs: add someone, change a role, set a new password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from refugedesk import staff
from refugedesk.db.models import Role
from refugedesk.db.vault import Vault
from refugedesk.i18n import translate
from refugedesk.ui import operations
from refugedesk.ui.changes import Change
from refugedesk.ui.widgets import (
    PasswordPair,
    button,
    combo,
    label,
    line_edit,
    message_label,
    say,
)


def role_combo(name: str, current: Role = Role.SUPPORT_WORKER) -> QComboBox:
    widget = combo(name, translate("StaffDialogs", "Role"), [(role.label, role) for role in Role])
    widget.setCurrentIndex(list(Role).index(current))
    return widget


def _buttons(dialog: QDialog, save_text: str, save_name: str) -> tuple[QHBoxLayout, QPushButton]:
    row = QHBoxLayout()
    row.addStretch(1)
    cancel = button(translate("StaffDialogs", "Cancel"), f"{save_name}Cancel")
    cancel.clicked.connect(dialog.reject)
    save = button(save_text, save_name, primary=True)
    row.addWidget(cancel)
    row.addWidget(save)
    return row, save


class AddStaffDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addStaffDialog")
        title = translate("StaffDialogs", "Add a staff member")
        self.setWindowTitle(title)
        self.vault = vault
        layout = QVBoxLayout(self)
        layout.addWidget(label(title, role="subheading"))
        layout.addWidget(label(translate(
            "StaffDialogs", "Give her the username and password in person, not by e-mail. "
            "She can change the password once she has signed in."), role="hint"))
        form = QFormLayout()
        self.name = line_edit("addStaffName", translate("StaffDialogs", "Name"))
        self.name.setMaxLength(120)  # as the record keeps it (db/models/staff.py)
        self.name_error = message_label("addStaffNameError")
        self.username = line_edit(
            "addStaffUsername", translate("StaffDialogs", "Username"), username=True,
            placeholder=translate("StaffDialogs", "letters and numbers, e.g. amina"))
        self.username_error = message_label("addStaffUsernameError")
        self.role = role_combo("addStaffRole")
        form.addRow(translate("StaffDialogs", "Name"), self.name)
        form.addRow("", self.name_error)
        form.addRow(translate("StaffDialogs", "Username"), self.username)
        form.addRow("", self.username_error)
        form.addRow(translate("StaffDialogs", "Role"), self.role)
        layout.addLayout(form)
        self.passwords = PasswordPair("addStaff", username=self.username.text)
        layout.addWidget(self.passwords)
        self.password_error = message_label("addStaffPasswordError")
        layout.addWidget(self.password_error)
        self.message = message_label("addStaffMessage")
        layout.addWidget(self.message)
        row, self.save = _buttons(self, translate("StaffDialogs", "Add staff member"),
                                  "addStaffSave")
        self.save.clicked.connect(self._save)
        layout.addLayout(row)
        self.setMinimumWidth(460)

    def _save(self) -> None:
        mismatch = self.passwords.mismatch()
        if mismatch:
            say(self.password_error, mismatch)
            return
        outcome = operations.run(
            self,
            lambda: staff.add_staff(self.vault, username=self.username.text(),
                                    display_name=self.name.text(),
                                    role=self.role.currentData(),
                                    password=self.passwords.value()),
            message=self.message,
            fields={"username": self.username_error, "display_name": self.name_error,
                    "password": self.password_error},
            changed={Change.STAFF},
        )
        if outcome.ok:
            self.passwords.clear()
            self.accept()


class RoleDialog(QDialog):
    def __init__(self, vault: Vault, row: staff.StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleDialog")
        self.setWindowTitle(translate("StaffDialogs", "Change role"))
        self.vault = vault
        self.row = row
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("StaffDialogs", "Role for {name}").format(
            name=row.display_name), role="subheading"))
        layout.addWidget(label(translate(
            "StaffDialogs", "Support workers see residents' records; managers also make "
            "backups and reports; administrators also manage staff and security settings."),
            role="hint"))
        self.role = role_combo("roleCombo", row.role)
        layout.addWidget(self.role)
        self.message = message_label("roleMessage")
        layout.addWidget(self.message)
        buttons, self.save = _buttons(self, translate("StaffDialogs", "Save role"), "roleSave")
        self.save.clicked.connect(self._save)
        layout.addLayout(buttons)
        self.setMinimumWidth(400)

    def _save(self) -> None:
        outcome = operations.run(
            self, lambda: staff.set_role(self.vault, self.row.id, self.role.currentData()),
            message=self.message, changed={Change.STAFF})
        if outcome.ok:
            self.accept()


class SetPasswordDialog(QDialog):
    """A new password set by an administrator: to reset a forgotten one, or to switch an
    account back on."""

    def __init__(self, vault: Vault, row: staff.StaffRow, *, reactivate: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setPasswordDialog")
        self.vault = vault
        self.row = row
        self.reactivate = reactivate
        title = (translate("StaffDialogs", "Switch on {name}'s account") if reactivate
                 else translate("StaffDialogs", "Set a new password for {name}")).format(
                     name=row.display_name)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(label(title, role="subheading"))
        layout.addWidget(label(translate(
            "StaffDialogs", "Her old password will stop working. Give her the new one in "
            "person; she can change it once she has signed in."), role="hint"))
        self.passwords = PasswordPair("setPassword", username=lambda: row.username,
                                      title=translate("StaffDialogs", "New password"))
        layout.addWidget(self.passwords)
        self.password_error = message_label("setPasswordError")
        layout.addWidget(self.password_error)
        self.message = message_label("setPasswordMessage")
        layout.addWidget(self.message)
        buttons, self.save = _buttons(
            self, translate("StaffDialogs", "Switch on") if reactivate
            else translate("StaffDialogs", "Set password"), "setPasswordSave")
        self.save.clicked.connect(self._save)
        layout.addLayout(buttons)
        self.setMinimumWidth(440)

    def _save(self) -> None:
        mismatch = self.passwords.mismatch()
        if mismatch:
            say(self.password_error, mismatch)
            return
        action = staff.reactivate if self.reactivate else staff.reset_password
        outcome = operations.run(
            self, lambda: action(self.vault, self.row.id, self.passwords.value()),
            message=self.message, fields={"password": self.password_error},
            changed={Change.STAFF})
        if outcome.ok:
            self.passwords.clear()
            self.accept()


class RecoveryCodeDialog(QDialog):
    """Asks for the organisation's recovery code (the printed one, kept offline) for an
    action that needs it. With `act`, runs it with the code and closes when it worked (the
    code kept, and the error shown, when it did not); without, closes with the code in
    `code` for the caller to use."""

    def __init__(self, parent: QWidget | None, *, name: str, title: str, text: str,
                 action: str, act: Callable[[str], object] | None = None,
                 changed: set[Change] | None = None) -> None:
        from PySide6.QtWidgets import QLineEdit

        super().__init__(parent)
        self.setObjectName(f"{name}Dialog")
        self._act, self._changed = act, changed or set()
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(label(title, role="subheading"))
        layout.addWidget(label(text, role="hint"))
        form = QFormLayout()
        self.code = line_edit(f"{name}Code", translate("StaffDialogs", "Recovery code"))
        self.code.setEchoMode(QLineEdit.EchoMode.Password)
        self.code.setMaxLength(64)
        form.addRow(translate("StaffDialogs", "Recovery code"), self.code)
        layout.addLayout(form)
        self.message = message_label(f"{name}Message")
        layout.addWidget(self.message)
        buttons, self.save = _buttons(self, action, f"{name}Save")
        self.save.clicked.connect(self._save)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.adjustSize()  # wrapped text gets its height for this width

    def _save(self) -> None:
        code = self.code.text()
        if not code.strip():
            say(self.message, translate("StaffDialogs", "Type the recovery code."),
                role="error")
            self.code.setFocus()
            return
        if self._act is None:
            self.accept()
            return
        act = self._act
        outcome = operations.run(self, lambda: act(code), message=self.message,
                                 changed=self._changed)
        if outcome.ok:
            self.code.clear()
            self.accept()


class ProtectDialog(RecoveryCodeDialog):
    """Once, for a vault made before staff accounts were signed: the recovery code makes the
    roster's anchor, so a change made outside RefugeDesk to who may do what is refused."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        from refugedesk import access

        self.vault = vault
        super().__init__(
            parent, name="protect", title=translate("StaffDialogs", "Protect staff accounts"),
            text=translate(
                "StaffDialogs", "This vault was made by an older RefugeDesk, so its staff "
                "accounts are not signed. Type the recovery code (the printed one, kept "
                "offline) to sign them as they are now. You only do this once."),
            action=translate("StaffDialogs", "Protect"),
            act=lambda code: access.protect_staff_accounts(vault, code),
            changed={Change.STAFF})
