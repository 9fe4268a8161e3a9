"""Driving the real widgets by object name, as a user would: click, type, press Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from refugedesk.ui.controller import AppController


def find(window: QWidget, kind: type, name: str):
    widget = window.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name}"
    return widget


def click(qtbot, window: QWidget, name: str) -> None:
    qtbot.mouseClick(find(window, QPushButton, name), Qt.MouseButton.LeftButton)


def type_into(qtbot, window: QWidget, name: str, text: str) -> None:
    edit = find(window, QLineEdit, name)
    edit.clear()
    qtbot.keyClicks(edit, text)


def sign_in(qtbot, controller: AppController, username: str, password: str) -> QWidget:
    """Type into the sign-in window and press Enter; returns the window showing afterwards."""
    window = controller.window
    type_into(qtbot, window, "signInUsername", username)
    type_into(qtbot, window, "signInPassword", password)
    qtbot.keyClick(find(window, QLineEdit, "signInPassword"), Qt.Key.Key_Return)
    return controller.window
