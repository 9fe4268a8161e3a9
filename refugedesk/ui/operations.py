"""Running a user action: one domain call, its errors shown calmly, and what changed announced.

    outcome = operations.run(self, lambda: staff.add_staff(vault, ...),
                             message=self.message, fields={"username": self.username_error},
                             changed={"staff"})
    if outcome.ok:
        self.accept()

A RefugeDeskError is a known problem: its plain message goes next to the field it names, or in
the form's message label. Anything else is a bug: a calm dialog says nothing typed was lost, and
the log gets the traceback's shape (exception types, files, lines) but never an exception's
message or any variable, so no resident detail can end up in the log file.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from refugedesk.errors import AccountInactive, RefugeDeskError, ValidationError
from refugedesk.ui.widgets import say

T = TypeVar("T")
log = logging.getLogger("refugedesk")

UNEXPECTED_TITLE = "Something went wrong"
UNEXPECTED_TEXT = (
    "Something went wrong and this was not done. Nothing you typed was lost: you can try "
    "again, or tell your administrator. A note for the support team has been saved; it holds "
    "no details about residents."
)


class Changes(QObject):
    """The app-wide "something changed" signal. The payload is a frozenset of kinds of record
    ("staff", "settings", later "stays", "residents"...) so each view refreshes only when it
    cares."""

    changed = Signal(object)

    def announce(self, kinds: Iterable[str]) -> None:
        kinds = frozenset(kinds)
        if kinds:
            self.changed.emit(kinds)


_changes: Changes | None = None


#: Announced when an action finds the signed-in account switched off.
ACCOUNT_INACTIVE = "account_inactive"


def changes() -> Changes:
    global _changes
    if _changes is None:
        _changes = Changes()
    return _changes


@dataclass
class Outcome(Generic[T]):
    ok: bool
    value: T | None = None
    error: BaseException | None = None


def run(
    parent: QWidget | None,
    action: Callable[[], T],
    *,
    message: QLabel | None = None,
    fields: Mapping[str, QLabel] | None = None,
    changed: Iterable[str] = (),
) -> Outcome[T]:
    """Run one user action and show what happened. Never raises (except KeyboardInterrupt)."""
    fields = fields or {}
    for label in (message, *fields.values()):
        if label is not None:
            say(label, "")
    try:
        value = action()
    except Exception as exc:
        err = show_error(parent, exc, message=message, fields=fields)
        if isinstance(err, AccountInactive):
            # Switched off by a colleague while signed in: the main window locks at once.
            changes().announce({ACCOUNT_INACTIVE})
        return Outcome(False, error=err)
    changes().announce(changed)
    return Outcome(True, value)


def show_error(parent: QWidget | None, exc: BaseException, *, message: QLabel | None = None,
               fields: Mapping[str, QLabel] | None = None) -> BaseException:
    """Show any error that stopped an action, with the one mapping the command line uses too
    (refugedesk.db.engine.known_error): a known problem (a full or read-only drive included)
    in plain words where she is looking; anything else as a bug (logged safely, calm dialog).
    Returns what was shown: the typed error, or `exc` itself for a bug."""
    from refugedesk.db.engine import known_error

    known = known_error(exc)
    if known is None:
        log_unexpected(exc)
        show_unexpected(parent)
        return exc
    show_known(parent, known, message=message, fields=fields)
    return known


def show_known(parent: QWidget | None, err: RefugeDeskError, *,
               message: QLabel | None = None, fields: Mapping[str, QLabel] | None = None) -> None:
    """Put a known error's plain message where the user is looking."""
    fields = fields or {}
    field = err.field if isinstance(err, ValidationError) else None
    target = fields.get(field) if field else None
    target = target or message
    if target is not None:
        say(target, str(err), role="error")
        return
    box = QMessageBox(QMessageBox.Icon.Information, "RefugeDesk", str(err),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("plainMessageBox")
    _open_box(box)


def show_unexpected(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, UNEXPECTED_TITLE, UNEXPECTED_TEXT,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("unexpectedErrorBox")
    _open_box(box)
    return box


#: Boxes without a parent window: kept referenced while open, or Python would delete them.
_boxes: set[QMessageBox] = set()


def _open_box(box: QMessageBox) -> None:
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if box.parent() is None:
        _boxes.add(box)
        box.finished.connect(lambda _result: _boxes.discard(box))
    box.open()


# --- the error log ---------------------------------------------------------------------------


def safe_traceback(exc: BaseException) -> str:
    """The traceback without any message or value: exception types and code locations only.

    Exception messages can carry data (a database error quotes the row it failed on), so they
    are left out on purpose; the type and the line are enough to find the bug.
    """
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        lines = [f"{kind.__module__}.{kind.__qualname__}"]
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f'  File "{_short(frame.filename)}", line {frame.lineno}, in {frame.name}')
        parts.append("\n".join(lines))
        current = current.__cause__ or current.__context__
    return "\nwhile handling:\n".join(reversed(parts))


def _short(filename: str) -> str:
    """Drop the user's home folder and the like from paths: keep from the package down."""
    for marker in ("refugedesk", "site-packages"):
        index = filename.rfind(os.sep + marker + os.sep)
        if index >= 0:
            return filename[index + 1:]
    return os.path.basename(filename)


def log_unexpected(exc: BaseException) -> None:
    log.error("Unexpected error (message left out on purpose):\n%s", safe_traceback(exc))


_handler: logging.Handler | None = None


def configure_log(path: Path) -> None:
    """Send the error log to `path` (rotated, at most about 2 MB kept)."""
    global _handler
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler: logging.Handler = RotatingFileHandler(
            path, maxBytes=512 * 1024, backupCount=3, encoding="utf-8", delay=True)
    except OSError:
        return  # no log is better than no app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
    _handler = handler
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def install_excepthook() -> None:
    """A bug that escapes a Qt slot gets the same calm dialog and safe log, not a crash."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook
