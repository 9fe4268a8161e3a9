"""The sign-in window. Cheap to open: the heavy modules load only when Sign in is pressed.

Its words are in this computer's last language (ui/settings.py); a button at the top offers
the other one and switches the window's words at once. Whoever signs in then works in her own
language (refugedesk/language.py): the one chosen here if she pressed it, else the one she
chose before. It is put in use before the main window is built, and remembered here for the
next sign-in window.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from refugedesk import credentials, i18n
from refugedesk.db.keyslots import peek_is_demo
from refugedesk.errors import RefugeDeskError, TooManyAttempts, ValidationError
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.ui import operations, warmup
from refugedesk.ui import settings as look_settings
from refugedesk.ui.widgets import (
    WaitCountdown,
    busy_bar,
    button,
    label,
    line_edit,
    message_label,
    say,
)

log = logging.getLogger("refugedesk")

DEMO_NOTE = QT_TRANSLATE_NOOP(
    "SignIn",
    "This is a DEMO vault: everyone in it is made up. Sign in as admin, manager or worker; "
    "the password for each is: demo")


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
        #: The language chosen with the button here (None: she did not choose): it becomes
        #: her own once she signs in.
        self.chosen_language: str | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 30, 36, 30)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.heading = label(role="heading", name="signInHeading")
        top.addWidget(self.heading, 1)
        self.language_button = QPushButton(objectName="signInLanguage")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.language_button.clicked.connect(self.switch_language)
        top.addWidget(self.language_button)
        layout.addLayout(top)
        self.demo_note = label(role="note", name="demoNote")
        self.demo_note.setVisible(self.is_demo)
        layout.addWidget(self.demo_note)

        form = QFormLayout()
        self.username = line_edit("signInUsername", "", username=True)
        self.password = line_edit("signInPassword", "", password=True)
        self.username_label, self.password_label = QLabel(), QLabel()
        for row_label, field in ((self.username_label, self.username),
                                 (self.password_label, self.password)):
            row_label.setBuddy(field)
            form.addRow(row_label, field)
        layout.addLayout(form)

        self.message = message_label("signInMessage")
        layout.addWidget(self.message)
        self.progress = busy_bar("signInProgress", "")
        layout.addWidget(self.progress)
        #: The sign-in running in the background, if any.
        self.job: operations.Job | None = None
        row = QHBoxLayout()
        row.addStretch(1)
        self.sign_in_button = button("", "signInButton", primary=True)
        row.addWidget(self.sign_in_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.vault_label = label(role="hint", name="vaultPathLabel")
        layout.addWidget(self.vault_label)
        self.retranslate()

        self.countdown = WaitCountdown(self.sign_in_button, self.message)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.sign_in)
        self.resize(480, 400 if self.is_demo else 330)
        self.username.setFocus()
        #: What signing in will need, loaded while she types (ui/warmup.py).
        self.warmup = warmup.after_first_paint(self, warmup.SIGN_IN_PURE, warmup.SIGN_IN_UI)

    def retranslate(self) -> None:
        """Every word of the window in the language in use now (what was typed stays)."""
        self.setWindowTitle(translate("SignIn", "RefugeDesk DEMO — sign in") if self.is_demo
                            else translate("SignIn", "RefugeDesk — sign in"))
        self.heading.setText(translate("SignIn", "Sign in to RefugeDesk"))
        self.demo_note.setText(translate("SignIn", DEMO_NOTE))
        self.username.setAccessibleName(translate("SignIn", "Username"))
        self.password.setAccessibleName(translate("SignIn", "Password"))
        self.username_label.setText(translate("SignIn", "&Username"))
        self.password_label.setText(translate("SignIn", "&Password"))
        self.progress.setAccessibleName(translate("SignIn", "Signing in"))
        self.sign_in_button.setText(translate("SignIn", "Sign in"))
        self.sign_in_button.setAccessibleName(translate("SignIn", "Sign in"))
        self.vault_label.setText(translate("SignIn", "Vault: {path}").format(path=self.path))
        # The other language, named in its own words, so she can find it whichever she reads.
        if i18n.current() == i18n.WELSH:
            self.language_button.setText(i18n.LANGUAGES[i18n.ENGLISH])
            about = translate("SignIn", "English: use RefugeDesk in English")
        else:
            self.language_button.setText(i18n.LANGUAGES[i18n.WELSH])
            about = translate("SignIn", "Cymraeg: use RefugeDesk in Welsh")
        self.language_button.setAccessibleName(about)
        self.language_button.setToolTip(about)

    def switch_language(self) -> None:
        """The other language, at once: the window's words change, what was typed stays."""
        if not self.language_button.isEnabled():
            return
        wanted = i18n.ENGLISH if i18n.current() == i18n.WELSH else i18n.WELSH
        if not i18n.use(wanted):
            say(self.message, translate(
                "SignIn", "The Welsh words are missing from this copy of RefugeDesk, so it "
                "stays in English. Ask your administrator to reinstall it."))
            return
        self.chosen_language = wanted
        self.message.clear()
        self.message.hide()
        self.retranslate()

    def sign_in(self) -> None:
        if not self.sign_in_button.isEnabled():
            return
        username = self.username.text().strip()
        password = self.password.text()
        if not username:
            say(self.message, translate("SignIn", "Enter your username."))
            self.username.setFocus()
            return
        if not password:
            say(self.message, translate("SignIn", "Enter your password."))
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
        path, chosen = self.path, self.chosen_language
        spoken: dict[str, str] = {}
        self.job = operations.background(
            self, lambda _task: _sign_in(path, username, password, chosen, spoken),
            label=translate("SignIn", "Signing in…"), progress=self.progress,
            message=self.message, on_done=lambda outcome: self._done(outcome, spoken))
        say(self.message, translate("SignIn", "Checking your password…"), role="hint")

    def _working(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.sign_in_button,
                       self.language_button):
            widget.setEnabled(not busy)

    def _done(self, outcome: operations.Outcome[object],
              spoken: dict[str, str] | None = None) -> None:
        self._working(False)
        if outcome.ok:
            # Her own language, before the main window is built; and this computer's for
            # the next sign-in window.
            code = (spoken or {}).get("language") or i18n.current()
            if code != i18n.current():
                i18n.use(code)
            look_settings.set_language(i18n.current())
            self.signed_in.emit(outcome.value)
            return
        self.password.setFocus()
        if isinstance(outcome.error, TooManyAttempts):
            self.countdown.begin(outcome.error.wait_seconds)


def _sign_in(path: Path, username: str, password: str, chosen: str | None,
             spoken: dict[str, str]) -> object:
    """On the worker: open the vault as her, then find her language (`spoken["language"]`):
    the one chosen in the window becomes her own; otherwise the one she chose before."""
    from refugedesk import access, language  # the first heavy imports happen here, not at start

    vault = access.sign_in(path, username, password)
    try:
        if chosen is not None:
            spoken["language"] = language.set_mine(vault, chosen)
        else:
            spoken["language"] = language.mine(vault)
    except Exception as exc:  # noqa: BLE001 (she is signed in: the words are no reason to stop)
        if chosen is not None:
            spoken["language"] = chosen
        if not isinstance(exc, RefugeDeskError):
            operations.log_unexpected(exc)
        log.info("her language could not be read or kept; the window's is used")
    return vault
