"""First run: no vault here yet. Set up the service's own vault, or try the demo.

Setting up shows the recovery code once, with the advice to keep it offline, and will not go on
until the person says she has kept it safe.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from refugedesk import i18n
from refugedesk.i18n import translate
from refugedesk.ui import operations
from refugedesk.ui.flow import FlowRow
from refugedesk.ui.widgets import (
    FormScroll,
    PasswordPair,
    button,
    label,
    line_edit,
    message_label,
    prefer_size,
    say,
)

DEMO_FILE = "demo.rdb"

if TYPE_CHECKING:
    from refugedesk.db.vault import Vault


def demo_path_for(path: Path) -> Path:
    """The demo vault lives beside the real one, so trying the demo never takes the place
    where the service's own vault will be set up."""
    return Path(path).with_name(DEMO_FILE)


class FirstRunWindow(QWidget):
    """Emits `vault_opened(vault, path, is_own)` when a vault is ready, or
    `sign_in_wanted(path)` when an existing vault (the demo, or one chosen) should be opened."""

    vault_opened = Signal(object, object, bool)
    sign_in_wanted = Signal(object, bool)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWindow")
        self.setWindowTitle(translate("FirstRun", "RefugeDesk — welcome"))
        self._path = Path(path)
        self._vault: Vault | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._setup_page())
        self.pages.addWidget(self._recovery_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        # Each step scrolls on a small screen (1024×600, or 150% scaling).
        layout.addWidget(FormScroll(self.pages, "firstRunScroll"))
        prefer_size(self, 620, 640)

    # --- page 1: the choice ---------------------------------------------------------------

    def _choice_page(self) -> QWidget:
        page = QWidget(objectName="choicePage")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addWidget(label(translate("FirstRun", "Welcome to RefugeDesk"), role="heading"))
        layout.addWidget(label(translate(
            "FirstRun", "There is no RefugeDesk vault on this computer yet. The vault is one "
            "encrypted file that holds your service's records; only your staff's passwords "
            "open it.")))
        self.set_up_button = button(translate(
            "FirstRun", "Set up my service\nCreate your service's vault and your own "
            "administrator account. It takes a few minutes."), "setUpButton",
            accessible=translate("FirstRun", "Set up my service"))
        self.set_up_button.setProperty("role", "choice")
        self.demo_button = button(translate(
            "FirstRun", "Try the demo (fictional people only)\nA practice vault with made-up "
            "staff. Nothing you do there touches real records."), "tryDemoButton",
            accessible=translate("FirstRun", "Try the demo, fictional people only"))
        self.demo_button.setProperty("role", "choice")
        self.open_button = button(translate("FirstRun", "Open a vault kept somewhere else…"),
                                  "openExistingButton")
        # A service whose records are on its own server (docs/server.md).
        self.server_button = button(translate("FirstRun", "Connect to your service's server…"),
                                    "connectServerButton")
        self.choice_message = message_label("choiceMessage")
        self.set_up_button.clicked.connect(self._go_set_up)
        self.demo_button.clicked.connect(self._try_demo)
        self.open_button.clicked.connect(self._open_existing)
        self.server_button.clicked.connect(self._connect_server)
        layout.addWidget(self.set_up_button)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.choice_message)
        layout.addStretch(1)
        layout.addWidget(label(translate("FirstRun", "RefugeDesk looked for a vault at: {path}")
                               .format(path=self._path), role="hint", name="lookedForLabel"))
        row = FlowRow()  # side by side, or one under the other where the words are long
        row.addWidget(self.open_button)
        row.addWidget(self.server_button)
        layout.addLayout(row)
        return page

    def _go_set_up(self) -> None:
        self.pages.setCurrentIndex(1)
        self.setWindowTitle(translate("FirstRun", "RefugeDesk — set up my service"))
        self.organisation.setFocus()

    def _try_demo(self) -> None:
        path = demo_path_for(self._path)
        from refugedesk.db.keyslots import keyfile_path

        if path.exists() or keyfile_path(path).exists():
            self.sign_in_wanted.emit(path, False)
            return
        say(self.choice_message, translate("FirstRun", "Making the demo vault…"), role="hint")
        QApplication.processEvents()

        def make():
            from refugedesk.demo import create_demo_vault

            return create_demo_vault(path)

        outcome = operations.run(self, make, message=self.choice_message)
        if outcome.ok:
            self.vault_opened.emit(outcome.value, path, False)

    def _open_existing(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, translate("FirstRun", "Open a RefugeDesk vault"), str(self._path.parent),
            translate("FirstRun", "RefugeDesk vaults and server profiles (*.rdb *.rdserver)"))
        if chosen:
            self.sign_in_wanted.emit(Path(chosen), True)

    def _connect_server(self) -> None:
        from refugedesk.server.profile import SUFFIX
        from refugedesk.ui.server_connect import ServerConnectDialog

        self.dialog = ServerConnectDialog(self._path.with_suffix(SUFFIX), self)
        self.dialog.accepted.connect(self._server_chosen)
        self.dialog.open()

    def _server_chosen(self) -> None:
        profile = self.dialog.profile
        if profile is not None and profile.path is not None:
            self.sign_in_wanted.emit(profile.path, True)

    # --- page 2: the set-up form ------------------------------------------------------------

    def _setup_page(self) -> QWidget:
        page = QWidget(objectName="setupPage")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        outer = QVBoxLayout(page)
        outer.setSpacing(8)
        outer.addWidget(label(translate("FirstRun", "Set up my service"), role="heading"))
        outer.addWidget(label(translate("FirstRun", "You will be the first administrator. You "
                                        "can add your colleagues once this is done."),
                              role="hint"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organisation = line_edit(
            "organisationEdit", translate("FirstRun", "Name of your service"),
            placeholder=translate("FirstRun", "e.g. Riverside Women's Refuge"))
        self.organisation_error = message_label("organisationError")
        self.display_name = line_edit("displayNameEdit", translate("FirstRun", "Your name"))
        self.display_name_error = message_label("displayNameError")
        self.username = line_edit(
            "usernameEdit", translate("FirstRun", "Your username"), username=True,
            placeholder=translate("FirstRun", "letters and numbers, e.g. amina"))
        self.username_error = message_label("usernameError")
        self.passwords = PasswordPair("setup", username=self.username.text,
                                      title=translate("FirstRun", "Password"))
        self.password_error = message_label("passwordError")
        self.location = line_edit("locationEdit",
                                  translate("FirstRun", "Where the vault is kept"))
        self.location.setText(str(self._path))
        self.browse = button(translate("FirstRun", "Browse…"), "browseButton",
                             accessible=translate("FirstRun", "Choose where the vault is kept"))
        self.browse.clicked.connect(self._browse)
        self.location_error = message_label("locationError")
        form.addRow(translate("FirstRun", "Name of your service"),
                    self._stack(self.organisation, self.organisation_error))
        form.addRow(translate("FirstRun", "Your name"),
                    self._stack(self.display_name, self.display_name_error))
        form.addRow(translate("FirstRun", "Your username"),
                    self._stack(self.username, self.username_error))
        form.addRow("", self._stack(self.passwords, self.password_error))
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(self.browse)
        where_box = QWidget()
        where_box.setLayout(where)
        where.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("FirstRun", "Vault location"), self._stack(
            where_box, label(translate(
                "FirstRun", "Its key file (.rdkeys) is kept beside it. The usual place is fine "
                "unless your IT team says otherwise."), role="hint"),
            self.location_error))
        outer.addLayout(form)
        self.setup_message = message_label("setupMessage")
        outer.addWidget(self.setup_message)
        outer.addStretch(1)
        row = QHBoxLayout()
        self.back_button = button(translate("FirstRun", "Back"), "setupBackButton")
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.create_button = button(translate("FirstRun", "Create the vault"),
                                    "createVaultButton", primary=True)
        self.create_button.clicked.connect(self._create)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.create_button)
        outer.addLayout(row)
        for edit in (self.organisation, self.display_name, self.username,
                     self.passwords.password, self.passwords.confirm, self.location):
            edit.returnPressed.connect(self._create)
        return page

    @staticmethod
    def _stack(*widgets: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, translate("FirstRun", "Where should the vault be kept?"), self.location.text(),
            translate("FirstRun", "RefugeDesk vaults (*.rdb)"))
        if chosen:
            if not chosen.endswith(".rdb"):
                chosen += ".rdb"
            self.location.setText(chosen)

    def _create(self) -> None:
        for error in (self.organisation_error, self.display_name_error, self.username_error,
                      self.password_error, self.location_error, self.setup_message):
            say(error, "")
        mismatch = self.passwords.mismatch()
        if mismatch:
            say(self.password_error, mismatch)
            self.passwords.confirm.setFocus()
            return
        where = self.location.text().strip()
        if not where:
            say(self.location_error, translate("FirstRun", "Choose where the vault is kept."))
            return
        path = Path(where).expanduser()
        if path.suffix != ".rdb":
            path = path.with_name(path.name + ".rdb")
        say(self.setup_message, translate("FirstRun", "Setting up the vault…"), role="hint")
        self.create_button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()
        try:
            from refugedesk import access

            outcome = operations.run(
                self,
                lambda: access.set_up(path, organisation=self.organisation.text(),
                                      username=self.username.text(),
                                      display_name=self.display_name.text(),
                                      password=self.passwords.value()),
                message=self.setup_message,
                fields={"organisation": self.organisation_error,
                        "display_name": self.display_name_error,
                        "username": self.username_error,
                        "password": self.password_error},
            )
        finally:
            QApplication.restoreOverrideCursor()
            self.create_button.setEnabled(True)
        if not outcome.ok:
            return
        self._vault, code = outcome.value
        if i18n.current() != i18n.ENGLISH:
            # Set up in Welsh: the first administrator works in it too (refugedesk/language.py).
            from refugedesk import language

            vault = self._vault
            operations.run(self, lambda: language.set_mine(vault, i18n.current()),
                           message=self.setup_message)
        self._created_path = path
        self.passwords.clear()
        self.recovery_code.setText(code)
        self.pages.setCurrentIndex(2)
        self.setWindowTitle(translate("FirstRun", "RefugeDesk — your recovery code"))
        self.kept_safe.setFocus()

    # --- page 3: the recovery code, shown once ---------------------------------------------

    def _recovery_page(self) -> QWidget:
        page = QWidget(objectName="recoveryPage")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addWidget(label(translate("FirstRun",
                                         "Your vault is ready. Keep this recovery code safe."),
                               role="heading"))
        layout.addWidget(label(translate(
            "FirstRun", "If every administrator forgets their password, this code is the only "
            "way back into the vault. It is shown now and never again.")))
        self.recovery_code = label(name="recoveryCode", wrap=False)
        self.recovery_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recovery_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_code.setAccessibleName(translate("FirstRun", "Recovery code"))
        layout.addWidget(self.recovery_code)
        layout.addWidget(label(translate(
            "FirstRun", "Write it down or print it now, and keep it offline: in a locked drawer "
            "or safe, away from this computer. Do not keep it in an e-mail, a phone photo or a "
            "file on this computer."), role="note", name="recoveryAdvice"))
        self.kept_safe = QCheckBox(translate(
            "FirstRun", "I have written down or printed the code and kept it safe"))
        self.kept_safe.setObjectName("keptSafeCheck")
        self.kept_safe.setAccessibleName(translate("FirstRun",
                                                   "I have kept the recovery code safe"))
        layout.addWidget(self.kept_safe)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.continue_button = button(translate("FirstRun", "Continue to RefugeDesk"),
                                      "recoveryContinueButton", primary=True)
        self.continue_button.setEnabled(False)
        self.kept_safe.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        return page

    def _finish(self) -> None:
        if not self.kept_safe.isChecked() or self._vault is None:
            return
        vault, self._vault = self._vault, None
        self.recovery_code.clear()  # shown once: it does not stay in the window
        self.vault_opened.emit(vault, self._created_path, True)

    def closeEvent(self, event) -> None:
        # Closed on the recovery page: the vault was made, so close it properly.
        if self._vault is not None:
            self._vault.close()
            self._vault = None
        super().closeEvent(event)
