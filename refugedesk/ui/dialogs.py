"""How the app opens dialogs: window-modal and non-blocking (`open()`, never `exec()`), so
locking can hide them and put them back, and Ctrl+L still locks while one is open."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from refugedesk.i18n import translate

LOCK_SHORTCUT = QKeySequence("Ctrl+L")


def alive(obj: QObject) -> bool:
    """Whether the Qt object behind `obj` still exists (a window rebuilt for a colleague who
    unlocked it deletes the last person's dialogs)."""
    return shiboken6.isValid(obj)


def lock_holder(widget: QWidget | None) -> QWidget | None:
    """The window that locks `widget` (itself or an ancestor with `is_locked`), if any."""
    current = widget
    while current is not None:
        if hasattr(current, "is_locked"):
            return current
        current = current.parentWidget()
    return None


def held_back(widget: QWidget | None) -> QWidget | None:
    """The locked window `widget` belongs to, when the lock hides it now (the window itself,
    or anything in it but the lock screen); None when it is on screen."""
    holder = lock_holder(widget)
    if holder is None or not holder.is_locked:  # type: ignore[attr-defined]
        return None
    return holder if widget is holder or not widget.isVisible() else None  # type: ignore[union-attr]


def lock_owner(widget: QWidget) -> None:
    """Lock the main window that `widget` belongs to."""
    current = widget.parentWidget()
    while current is not None:
        lock = getattr(current, "lock", None)
        if callable(lock):
            lock()
            return
        current = current.parentWidget()


def lockable(dialog: QWidget) -> None:
    """A modal dialog would swallow the main window's Ctrl+L; give the dialog its own."""
    action = QAction(translate("Dialogs", "Lock now"), dialog)
    action.setShortcut(LOCK_SHORTCUT)
    action.triggered.connect(lambda: lock_owner(dialog))
    dialog.addAction(action)


def show(dialog: QDialog) -> QDialog:
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    lockable(dialog)
    dialog.open()
    dialog.activateWindow()  # keyboard focus goes to the new dialog
    return dialog


def leave_without_asking(widget: QWidget) -> None:
    """Mark a window to close without asking about typed work (signing out, a colleague
    taking over): see forms.KeepsTypedWork."""
    widget.setProperty("refugedeskLeaving", True)


def leaving(widget: QWidget) -> bool:
    return bool(widget.property("refugedeskLeaving"))


def confirm(parent: QWidget, *, name: str, title: str, text: str, yes: str,
            on_yes: Callable[[], object], cancel: str = "") -> QMessageBox:
    """Ask before something that cannot be undone. `on_yes` runs only on the named button;
    the other says `cancel` ("Cancel" unless given)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName(name)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    yes_button.setObjectName("confirmYesButton")
    no_button = box.addButton(cancel or translate("Dialogs", "Cancel"),
                              QMessageBox.ButtonRole.RejectRole)
    no_button.setObjectName("confirmCancelButton")
    box.setDefaultButton(no_button)
    yes_button.clicked.connect(on_yes)
    show(box)
    return box


def tell(parent: QWidget, *, name: str, title: str, text: str,
         details: str = "") -> QMessageBox:
    """Say something that needs no answer. `details`, when given, is a longer text the box
    shows on asking ("Show Details…", scrolled within the box, so a long list fits)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName(name)
    # Plain text, whatever it holds: what the server's catalogue names (a function, a login)
    # is shown as written, never read as markup.
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    show(box)
    return box
