"""The one way the window reaches the domain: quick writes, reads, and slow work in the
background. Each maps errors the same way and announces what changed.

    # a quick write, on the window's thread:
    outcome = operations.run(self, lambda: staff.add_staff(vault, ...),
                             message=self.message, fields={"username": self.username_error},
                             changed={Change.STAFF})
    # a quick read (one session, closed after):
    outcome = operations.read(self, vault, lambda s: handover.get(s, handover_id),
                              message=self.message)
    # slow work on a worker thread, with progress, Stop, and the outcome back on this thread:
    operations.background(self, lambda task: export(..., progress=task.progress,
                                                    cancelled=task.cancelled),
                          label="Writing the spreadsheet…", cancellable=True,
                          message=self.message, on_done=self.exported)

A RefugeDeskError is a known problem: its plain message goes next to the field it names, or in
the form's message label. Anything else is a bug: a calm dialog says nothing typed was lost, and
the log gets the traceback's shape (exception types, files, lines) but never an exception's
message or any variable, so no resident detail can end up in the log file.

The lock and background work: locking never waits for a job. It hides the window (and the
job's progress dialog) at once; the job carries on to its end, and what it changed is announced
then, but its outcome (a message, a dialog, "Saved") waits until the window is unlocked, and is
dropped if a colleague unlocks instead (her window is rebuilt; the work itself was done and
recorded as the person who started it). Jobs run one at a time (ui/jobs.py), so an unlock by a
colleague, which changes who is acting, starts only after the job before it has finished.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Mapping
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressBar, QWidget

from refugedesk.errors import AccountInactive, RefugeDeskError, ValidationError
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.ui import dialogs, jobs
from refugedesk.ui.changes import Change, changes, kinds
from refugedesk.ui.jobs import Job, Outcome, Task
from refugedesk.ui.widgets import say

__all__ = ["Change", "Job", "Outcome", "Task", "background", "changes", "read", "run"]

if TYPE_CHECKING:  # the sign-in window imports this before the database modules load
    from refugedesk.db.vault import ReadSession, Vault

T = TypeVar("T")
log = logging.getLogger("refugedesk")

#: The calm box for a bug (marked here, translated when shown).
UNEXPECTED_TITLE = QT_TRANSLATE_NOOP("Operations", "Something went wrong")
UNEXPECTED_TEXT = QT_TRANSLATE_NOOP(
    "Operations",
    "Something went wrong and this was not done. Nothing you typed was lost: you can try "
    "again, or tell your administrator. A note for the support team has been saved; it holds "
    "no details about residents.")


def _clear(message: QLabel | None, fields: Mapping[str, QLabel]) -> None:
    for label in (message, *fields.values()):
        if label is not None:
            say(label, "")


def _failed(parent: QWidget | None, exc: BaseException, message: QLabel | None,
            fields: Mapping[str, QLabel]) -> BaseException:
    err = show_error(parent, exc, message=message, fields=fields)
    if isinstance(err, AccountInactive):
        # Switched off by a colleague while signed in: the main window locks at once.
        changes().announce({Change.ACCOUNT_INACTIVE})
    return err


def run(
    parent: QWidget | None,
    action: Callable[[], T],
    *,
    message: QLabel | None = None,
    fields: Mapping[str, QLabel] | None = None,
    changed: Iterable[Change] = (),
) -> Outcome[T]:
    """Run one quick user action on the window's thread and show what happened. Never raises
    (except KeyboardInterrupt, and TypeError for a `changed` that is not made of Change)."""
    changed, fields = kinds(*changed), fields or {}
    _clear(message, fields)
    try:
        value = action()
    except Exception as exc:
        return Outcome(False, error=_failed(parent, exc, message, fields))
    changes().announce(changed)
    return Outcome(True, value)


def read(parent: QWidget | None, vault: Vault, fn: Callable[[ReadSession], T], *,
         message: QLabel | None = None) -> Outcome[T]:
    """A quick read: `fn` gets a session, closed afterwards. A busy or damaged vault is said in
    `message` (or a plain box), a bug gets the calm dialog; the form's other messages are left
    as they are. Slow reads go through `background(parent, reading(vault, fn), ...)`."""
    try:
        return Outcome(True, reading(vault, fn)(None))
    except Exception as exc:
        return Outcome(False, error=_failed(parent, exc, message, {}))


def reading(vault: Vault, fn: Callable[[ReadSession], T]) -> Callable[[Task | None], T]:
    """`fn` as work for `background`: it reads in a session of its own, opened and closed on
    the thread that runs it."""

    def work(_task: Task | None) -> T:
        return vault.read(fn)

    return work


def background(
    parent: QWidget | None,
    fn: Callable[[Task], T],
    *,
    label: str,
    progress: QProgressBar | None = None,
    cancellable: bool = False,
    on_done: Callable[[Outcome[T]], Any] | None = None,
    message: QLabel | None = None,
    fields: Mapping[str, QLabel] | None = None,
    changed: Iterable[Change] = (),
) -> Job:
    """Run slow work on the worker thread; the window keeps painting and the idle lock works.

    `fn(task)` may report `task.progress(done, total)` and check `task.cancelled()`. Progress
    shows on the in-window `progress` bar if given, otherwise in a window-modal dialog titled
    `label` (with Stop when `cancellable`) once the work has taken SHOW_AFTER_MS. When it ends,
    on the window's thread: success announces `changed`; an error is shown exactly as `run`
    shows it (stopping says so in `message`); then `on_done(outcome)` is called, whatever the
    outcome. The outcome waits while the lock hides `parent` (see the module docstring)."""
    changed, fields = kinds(*changed), fields or {}
    _clear(message, fields)
    job = jobs.Job(fn, label=label, cancellable=cancellable)
    if progress is not None:
        jobs.show_on_bar(progress, job)
    else:
        jobs.show_dialog(parent, job)

    def finished(outcome: Outcome[T]) -> None:
        if outcome.ok:
            changes().announce(changed)
        deliver(outcome)

    def deliver(outcome: Outcome[T]) -> None:
        if parent is not None and not dialogs.alive(parent):
            _drop(outcome)  # her window was rebuilt for a colleague who unlocked it
        else:
            held = dialogs.held_back(parent)
            if held is not None:
                held.unlocked.connect(  # type: ignore[attr-defined]  # the main window's signal
                    lambda: deliver(outcome),
                                      Qt.ConnectionType.SingleShotConnection)
                return
            _settle(parent, outcome, message, fields, on_done)
        job.delivered = True
        job.settled.emit(outcome)

    job.finished.connect(finished)
    return job.start()


def _settle(parent: QWidget | None, outcome: Outcome[T], message: QLabel | None,
            fields: Mapping[str, QLabel], on_done: Callable[[Outcome[T]], Any] | None) -> None:
    if outcome.cancelled:
        if message is not None:
            say(message, str(outcome.error), role="hint")
    elif not outcome.ok and outcome.error is not None:
        outcome.error = _failed(parent, outcome.error, message, fields)
    if on_done is not None:
        on_done(outcome)


def _drop(outcome: Outcome[Any]) -> None:
    """An outcome nobody is left to see: a bug is still logged; what it holds is released."""
    from refugedesk.db.engine import known_error

    if outcome.error is not None and known_error(outcome.error) is None:
        log_unexpected(outcome.error)
    jobs.release(outcome)


def quietly(fn: Callable[[], object]) -> Job:
    """Background work nobody waits for and whose failure she need not see (the audit event
    of a lock: the screen is locked either way). A known error is dropped; a bug is logged."""
    job = jobs.Job(lambda _task: fn(), label="", cancellable=False)

    def finished(outcome: Outcome[object]) -> None:
        _drop(outcome)
        job.delivered = True
        job.settled.emit(outcome)

    job.finished.connect(finished)
    return job.start()


def finish_background(timeout_ms: int = -1) -> bool:
    """Wait for background work to end (before the vault is closed: sign-out, quitting)."""
    return jobs.wait_all(timeout_ms)


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
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Operations", UNEXPECTED_TITLE),
                      translate("Operations", UNEXPECTED_TEXT), QMessageBox.StandardButton.Ok,
                      parent)
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
