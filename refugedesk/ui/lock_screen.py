"""The lock screen: shows nothing about residents or the service, only a way back in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from refugedesk import credentials
from refugedesk.errors import ValidationError
from refugedesk.i18n import translate
from refugedesk.ui.widgets import (
    WaitCountdown,
    busy_bar,
    button,
    label,
    line_edit,
    message_label,
    say,
)


class LockScreen(QWidget):
    """Emits `unlock_requested(username, password)`."""

    unlock_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setFixedWidth(460)
        box = QVBoxLayout(card)
        box.setSpacing(10)
        box.addWidget(label(translate("LockScreen", "RefugeDesk is locked"), role="heading",
                             name="lockHeading"))
        box.addWidget(label(translate(
            "LockScreen", "Enter your password to carry on where you left off. A colleague can "
            "also sign in here with her own username and password."), role="hint"))
        form = QFormLayout()
        self.username = line_edit("lockUsername", translate("LockScreen", "Username"),
                                  username=True)
        self.password = line_edit("lockPassword", translate("LockScreen", "Password"),
                                  password=True)
        form.addRow(translate("LockScreen", "Username"), self.username)
        form.addRow(translate("LockScreen", "Password"), self.password)
        box.addLayout(form)
        self.message = message_label("lockMessage")
        box.addWidget(self.message)
        self.progress = busy_bar("lockProgress",
                                 translate("LockScreen", "Checking your password"))
        box.addWidget(self.progress)
        row = QHBoxLayout()
        row.addStretch(1)
        self.unlock_button = button(translate("LockScreen", "Unlock"), "unlockButton",
                                    primary=True)
        row.addWidget(self.unlock_button)
        box.addLayout(row)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)
        self.countdown = WaitCountdown(self.unlock_button, self.message)
        self.unlock_button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.username.returnPressed.connect(self.password.setFocus)

    def reset(self, username: str) -> None:
        self.username.setText(username)
        self.password.clear()
        self.message.clear()
        self.message.hide()
        self.password.setFocus()

    def working(self, busy: bool) -> None:
        """While the password is checked: nothing to press twice, and she is told."""
        for widget in (self.username, self.password, self.unlock_button):
            widget.setEnabled(not busy)
        if busy:
            say(self.message, translate("LockScreen", "Checking your password…"), role="hint")

    def _submit(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        try:
            credentials.check_typed_username(self.username.text())
            credentials.check_typed_password(self.password.text())
        except ValidationError as err:
            say(self.message, str(err))
            self.password.clear()
            return
        self.unlock_requested.emit(self.username.text(), self.password.text())
