"""The sign-in window. Cheap to open: the heavy modules load only when Sign in is pressed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QVBoxLayout, QWidget

from refugedesk import credentials
from refugedesk.db.keyslots import peek_is_demo
from refugedesk.errors import TooManyAttempts, ValidationError
from refugedesk.ui import operations, warmup
from refugedesk.ui.widgets import (
    WaitCountdown,
    busy_bar,
    button,
    label,
    line_edit,
    message_label,
    say,
)

DEMO_NOTE = (
    "This is a DEMO vault: everyone in it is made up. Sign in as admin, manager or worker; "
    "the password for each is: demo"
)


class SignInWindow(QWidget):
    """Emits `signed_in(vault)` once a staff member has unlocked the vault. The slow part
    (Argon2id, opening the file, migrations, the first queries) runs in the background; the
    password goes no further than that call (never to a log: see ui/operations.py)."""

    signed_in = Signal(object)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInWindow")
        self.path = Path(path)
        self.is_demo = peek_is_demo(self.path)
        self.setWindowTitle("RefugeDesk DEMO — sign in" if self.is_demo
                            else "RefugeDesk — sign in")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 30, 36, 30)
        layout.setSpacing(10)
        layout.addWidget(label("Sign in to RefugeDesk", role="heading"))
        self.demo_note = label(DEMO_NOTE, role="note", name="demoNote")
        self.demo_note.setVisible(self.is_demo)
        layout.addWidget(self.demo_note)

        form = QFormLayout()
        self.username = line_edit("signInUsername", "Username", username=True)
        self.password = line_edit("signInPassword", "Password", password=True)
        form.addRow("&Username", self.username)
        form.addRow("&Password", self.password)
        for row_label, field in ((form.labelForField(self.username), self.username),
                                 (form.labelForField(self.password), self.password)):
            row_label.setBuddy(field)  # type: ignore[attr-defined]  # a row label is a QLabel
        layout.addLayout(form)

        self.message = message_label("signInMessage")
        layout.addWidget(self.message)
        self.progress = busy_bar("signInProgress", "Signing in")
        layout.addWidget(self.progress)
        #: The sign-in running in the background, if any.
        self.job: operations.Job | None = None
        row = QHBoxLayout()
        row.addStretch(1)
        self.sign_in_button = button("Sign in", "signInButton", primary=True)
        row.addWidget(self.sign_in_button)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(label(f"Vault: {self.path}", role="hint", name="vaultPathLabel"))

        self.countdown = WaitCountdown(self.sign_in_button, self.message)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.sign_in)
        self.resize(480, 400 if self.is_demo else 330)
        self.username.setFocus()
        #: What signing in will need, loaded while she types (ui/warmup.py).
        self.warmup = warmup.after_first_paint(self, warmup.SIGN_IN_PURE, warmup.SIGN_IN_UI)

    def sign_in(self) -> None:
        if not self.sign_in_button.isEnabled():
            return
        username = self.username.text().strip()
        password = self.password.text()
        if not username:
            say(self.message, "Enter your username.")
            self.username.setFocus()
            return
        if not password:
            say(self.message, "Enter your password.")
            self.password.setFocus()
            return
        try:
            # Before the slow work: what cannot be a username or password is said plainly.
            credentials.check_typed_username(username)
            credentials.check_typed_password(password)
        except ValidationError as err:
            say(self.message, str(err))
            self.password.clear()
            (self.username if err.field == "username" else self.password).setFocus()
            return
        self.password.clear()
        self._working(True)
        path = self.path
        self.job = operations.background(
            self, lambda _task: _sign_in(path, username, password), label="Signing in…",
            progress=self.progress, message=self.message, on_done=self._done)
        say(self.message, "Checking your password…", role="hint")

    def _working(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.sign_in_button):
            widget.setEnabled(not busy)

    def _done(self, outcome: operations.Outcome[object]) -> None:
        self._working(False)
        if outcome.ok:
            self.signed_in.emit(outcome.value)
            return
        self.password.setFocus()
        if isinstance(outcome.error, TooManyAttempts):
            self.countdown.begin(outcome.error.wait_seconds)


def _sign_in(path: Path, username: str, password: str) -> object:
    from refugedesk import access  # the first heavy import happens here, not at start

    return access.sign_in(path, username, password)
