"""Small widgets the forms share: labels with a role, one-line fields, choice lists, a password
pair with live strength feedback, and the wait-before-trying-again countdown. Date entry is in
ui/dates.py."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refugedesk import credentials
from refugedesk.i18n import Counted, translate
from refugedesk.ui import accessible as accessible_ui
from refugedesk.ui.look import set_role

V = TypeVar("V", bound=QTableView)

#: Space around a page's content (left, top, right, bottom). Small enough that a page fits a
#: 1366×768 screen at 150% scaling (910 logical pixels, 200 of them the rail).
PAGE_MARGINS = (18, 16, 18, 12)


#: This module's words with a count.
Widgets = Counted("Widgets")

#: Label roles that are headings to a screen reader, and their level.
_HEADING_LEVELS = {"heading": 1, "subheading": 2}


def label(text: str = "", *, role: str | None = None, name: str | None = None,
          wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if role:
        set_role(widget, role)
        if role in _HEADING_LEVELS:
            accessible_ui.heading(widget, _HEADING_LEVELS[role])
    if name:
        widget.setObjectName(name)
    return widget


def message_label(name: str, whose: str = "") -> QLabel:
    """An error/notice label, hidden until there is something to say. A screen reader hears
    whose message it is ("New referral: message"; without `whose`, its window's title when
    something is said) and is sent the text as an announcement each time something is said."""
    widget = label(role="error", name=name)
    widget.setAccessibleName(translate("Widgets", "{whose}: message").format(whose=whose)
                             if whose else translate("Widgets", "Message"))
    widget.setProperty("messageOwnerGiven", bool(whose))
    widget.hide()
    return widget


def say(widget: QLabel, text: str, *, role: str = "error") -> None:
    set_role(widget, role)
    if not widget.property("messageOwnerGiven"):
        title = widget.window().windowTitle().strip()
        widget.setAccessibleName(translate("Widgets", "{whose}: message").format(whose=title)
                                 if title else translate("Widgets", "Message"))
    widget.setText(text)
    widget.setAccessibleDescription(text)
    widget.setVisible(bool(text))
    if text:  # said again after a second try too: she pressed Save and should hear why
        accessible_ui.announce(widget, text)


def line_edit(name: str, accessible: str, *, password: bool = False, username: bool = False,
              placeholder: str = "") -> QLineEdit:
    """A one-line field. A password or username field takes no more than the domain accepts
    (refugedesk/credentials.py), so a huge paste is cut short at the field."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    if username:
        edit.setMaxLength(credentials.MAX_USERNAME_LENGTH)
    if password:
        edit.setMaxLength(credentials.MAX_PASSWORD_LENGTH)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        # No copying a password out of the field, and no input-method memory of it.
        edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return edit


def combo(name: str, accessible: str, items: Sequence[tuple[str, object]]) -> QComboBox:
    """A drop-down list of (text shown, value kept) choices."""
    widget = QComboBox(objectName=name)  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
    widget.setAccessibleName(accessible)
    accessible_ui.label_when_shown(widget)  # on Linux a combo box is named by its label only
    for text, data in items:
        widget.addItem(text, data)
    return widget


def button(text: str, name: str, *, primary: bool = False, accessible: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or text.replace("&", "").rstrip("."))
    if primary:
        set_role(widget, "primary")
        widget.setDefault(True)
    return widget


class PasswordPair(QWidget):
    """A new password and its confirmation, with feedback under each as the user types.

    The strength rule is refugedesk.staff.password_problems, the same one the domain enforces,
    so what the form says is what saving will say.
    """

    edited = Signal()

    def __init__(self, prefix: str, *, username: Callable[[], str] = lambda: "",
                 title: str = "", parent: QWidget | None = None) -> None:
        """`title` over the first field: "Password" unless given."""
        super().__init__(parent)
        self._username = username
        self.password = line_edit(f"{prefix}Password", translate("Widgets", "New password"),
                                  password=True)
        self.confirm = line_edit(f"{prefix}Confirm",
                                 translate("Widgets", "Type the new password again"),
                                 password=True)
        self.strength = label(role="hint", name=f"{prefix}Strength")
        self.match = label(role="hint", name=f"{prefix}ConfirmStatus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(label(title or translate("Widgets", "Password")))
        layout.addWidget(self.password)
        layout.addWidget(self.strength)
        layout.addWidget(label(translate("Widgets", "Type it again")))
        layout.addWidget(self.confirm)
        layout.addWidget(self.match)
        self.password.textChanged.connect(self.refresh)
        self.confirm.textChanged.connect(self.refresh)
        self.refresh()

    def problems(self) -> list[str]:
        from refugedesk.staff import password_problems

        return password_problems(self.password.text(), username=self._username())

    def refresh(self) -> None:
        text = self.password.text()
        if not text:
            say(self.strength, translate(
                "Widgets", "Use at least 10 characters. Three or four unrelated words make a "
                "strong password that is easy to remember."), role="hint")
        else:
            problems = self.problems()
            if problems:
                say(self.strength, problems[0], role="error")
            else:
                say(self.strength, translate("Widgets", "Strong enough."), role="ok")
        again = self.confirm.text()
        if not again:
            say(self.match, "", role="hint")
        elif again == text:
            say(self.match, translate("Widgets", "The two passwords match."), role="ok")
        else:
            say(self.match, translate("Widgets", "The two passwords are not the same yet."),
                role="error")
        self.edited.emit()

    def mismatch(self) -> str | None:
        """A plain reason the pair cannot be used as it is, checked before saving."""
        if self.password.text() != self.confirm.text():
            return translate("Widgets",
                             "The two passwords are not the same. Type the new password again.")
        return None

    def value(self) -> str:
        return self.password.text()

    def clear(self) -> None:
        self.password.clear()
        self.confirm.clear()


class WaitCountdown(QTimer):
    """After too many failed attempts: keep a button off and count down in a label."""

    finished = Signal()

    def __init__(self, button: QPushButton, message: QLabel) -> None:
        super().__init__(button)
        self._button = button
        self._message = message
        self._until = 0.0
        self.setInterval(250)
        self.timeout.connect(self._tick)

    def begin(self, seconds: float) -> None:
        self._until = time.monotonic() + max(1.0, seconds)
        self._button.setEnabled(False)
        self._tick()
        self.start()

    def _tick(self) -> None:
        left = self._until - time.monotonic()
        if left <= 0:
            self.stop()
            self._button.setEnabled(True)
            say(self._message, translate("Widgets", "You can try again now."), role="hint")
            self.finished.emit()
            return
        seconds = max(1, round(left))
        say(self._message, Widgets.tr(
            "Too many attempts. Please wait %n seconds before trying again.",
            "Too many attempts. Please wait %n second before trying again.", seconds),
            role="error")


def text_box(name: str, accessible: str, *, placeholder: str = "",
             height: int = 70) -> QPlainTextEdit:
    """A few lines of free text; Tab moves on to the next field rather than typing a tab."""
    box = QPlainTextEdit(objectName=name)  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
    box.setAccessibleName(accessible)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def busy_bar(name: str, accessible: str) -> QProgressBar:
    """A slim in-window bar for background work (operations.background shows and hides it).
    Hidden, it keeps its room, so showing it never pushes the layout about."""
    bar = QProgressBar(objectName=name)  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
    bar.setAccessibleName(accessible)
    bar.setTextVisible(False)
    bar.setFixedHeight(6)
    policy = bar.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    bar.setSizePolicy(policy)
    bar.hide()
    return bar


def list_table(view: V, name: str, accessible: str) -> V:
    """Set up a read-only list: whole rows selected one at a time, columns the user can widen.
    Tab leaves the list (arrow keys move inside it) rather than walking its cells."""
    view.setObjectName(name)
    view.setTabKeyNavigation(False)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def scrolling(content: QWidget, name: str) -> QScrollArea:
    """`content` in a frameless scroll area that resizes it: taller or wider than the space
    it is given, it scrolls. The area itself takes no Tab focus (its content does)."""
    return _holding(QScrollArea(), content, name)


def _holding(area: QScrollArea, content: QWidget, name: str) -> QScrollArea:
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    # The window's own colour shows through: a form or page does not look boxed in grey.
    content.setAutoFillBackground(False)
    area.viewport().setAutoFillBackground(False)
    return area


class FormScroll(QScrollArea):
    """A form's body that scrolls up and down, never sideways: as wide as the form needs, as
    tall as it is where the screen has room, and down to a few lines where it has not (so Save
    and Cancel, outside it, stay on the screen)."""

    def __init__(self, content: QWidget, name: str) -> None:
        super().__init__()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        _holding(self, content, name)
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  # Qt's name
        """Fields added to the form after it was made change what it needs: say so to the
        dialog's layout, which would otherwise keep the size it worked out first."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def _extra(self) -> int:
        return self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:  # noqa: N802  # Qt's name
        content = self.widget()
        hint = content.sizeHint().expandedTo(content.minimumSize()) if content is not None \
            else QSize()
        return QSize(hint.width() + self._extra(), hint.height() + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        content = self.widget()
        least = content.minimumSizeHint().expandedTo(content.minimumSize()) \
            if content is not None else QSize()
        return QSize(least.width() + self._extra(), min(least.height(), FORM_LEAST_HEIGHT))


#: The least height of a form's scrolling body: a few lines, so a form fits any screen.
FORM_LEAST_HEIGHT = 120


def prefer_size(window: QWidget, width: int, height: int) -> None:
    """Open `window` at width×height where the screen has room, smaller where it has not
    (its layout then scrolls), never past the screen's edge."""
    screen = window.screen()
    room = screen.availableGeometry().size() if screen is not None else QSize(width, height)
    window.resize(QSize(width, height).boundedTo(room).expandedTo(window.minimumSizeHint()))
