"""The idle watcher behind the idle lock (main_window.IdleWatcher): input anywhere puts the
lock off, nothing else does, and it still locks once she has stopped."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QEnterEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from refugedesk.ui.main_window import IdleWatcher


def watched(qtbot, ms: int):
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    watcher = IdleWatcher(ms)
    fired: list[float] = []
    watcher.idle.connect(lambda: fired.append(time.monotonic()))
    return widget, watcher, fired


def key(widget) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                             Qt.KeyboardModifier.NoModifier, "a"))


def test_typing_puts_the_lock_off_until_she_stops(qtbot):
    widget, watcher, fired = watched(qtbot, 600)
    try:
        last = time.monotonic()
        for _ in range(25):  # about 1.25 s of typing, twice the idle time
            key(widget)
            last = time.monotonic()
            qtbot.wait(50)
        assert fired == []
        qtbot.waitUntil(lambda: bool(fired), timeout=10_000)
        # Counted from the last key, not from the start (that would be 1.25 s earlier). Qt's
        # coarse timers may fire up to 5% early (a CI run saw 0.5998 s), which is no matter
        # for a lock: the margin says only which key it counted from.
        assert fired[0] - last >= 0.6 * 0.9
    finally:
        watcher.stop()


def test_mouse_moves_count_as_someone_there(qtbot):
    widget, watcher, fired = watched(qtbot, 600)
    try:
        for n in range(25):
            QApplication.sendEvent(widget, QMouseEvent(
                QEvent.Type.MouseMove, QPointF(n, n), QPointF(n, n), Qt.MouseButton.NoButton,
                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
            qtbot.wait(50)
        assert fired == []
    finally:
        watcher.stop()


def test_events_that_are_not_input_do_not_keep_it_open(qtbot):
    """Repaints, timers and the enter/hover events Qt sends when a widget appears under a
    still mouse are not someone at the keyboard."""
    widget, watcher, fired = watched(qtbot, 300)
    try:
        deadline = time.monotonic() + 10
        while not fired and time.monotonic() < deadline:
            widget.update()
            QApplication.sendEvent(widget, QEvent(QEvent.Type.User))
            QApplication.sendEvent(widget, QEnterEvent(QPointF(1, 1), QPointF(1, 1),
                                                       QPointF(1, 1)))
            qtbot.wait(20)
        assert fired
    finally:
        watcher.stop()


def test_paused_it_never_fires_and_resumed_it_counts_again(qtbot):
    widget, watcher, fired = watched(qtbot, 200)
    try:
        watcher.pause()  # the window is locked already
        qtbot.wait(500)
        assert fired == [] and not watcher.watching
        resumed = time.monotonic()
        watcher.resume()
        qtbot.waitUntil(lambda: bool(fired), timeout=10_000)
        assert fired[0] - resumed >= 0.2 * 0.9  # a coarse timer may fire a little early
        assert not watcher.watching  # once: the lock resumes it after the unlock
    finally:
        watcher.stop()


def test_a_new_interval_counts_from_now(qtbot):
    widget, watcher, fired = watched(qtbot, 60_000)
    try:
        changed = time.monotonic()
        watcher.set_interval(300)
        assert watcher.timer.interval() == 300
        qtbot.waitUntil(lambda: bool(fired), timeout=10_000)
        assert fired[0] - changed >= 0.3 * 0.9  # a coarse timer may fire a little early
    finally:
        watcher.stop()
