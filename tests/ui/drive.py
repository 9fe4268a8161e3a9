"""Driving the real widgets by object name, as a user would: click, type, press Enter."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
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


def settle(qtbot, job, timeout: int = 20_000) -> None:
    """Wait until a background job (operations.background) has ended and its outcome has been
    shown, as the user would wait for it."""
    assert job is not None, "no background job was started"
    qtbot.waitUntil(lambda: job.delivered, timeout=timeout)


def settled(job, timeout: int = 20_000) -> None:
    """`settle` for helpers that have no qtbot: the event loop runs until the job is shown."""
    assert job is not None, "no background job was started"
    deadline = time.monotonic() + timeout / 1000
    while not job.delivered:
        assert time.monotonic() < deadline, "the background job did not finish in time"
        QTest.qWait(10)


def sign_in(qtbot, controller: AppController, username: str, password: str) -> QWidget:
    """Type into the sign-in window and press Enter; once the sign-in (run in the background)
    has ended, returns the window showing afterwards."""
    window = controller.window
    before = getattr(window, "job", None)
    type_into(qtbot, window, "signInUsername", username)
    type_into(qtbot, window, "signInPassword", password)
    qtbot.keyClick(find(window, QLineEdit, "signInPassword"), Qt.Key.Key_Return)
    job = getattr(window, "job", None)
    if job is not None and job is not before:
        settle(qtbot, job)
    return controller.window
