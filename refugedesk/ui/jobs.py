"""Work off the window's thread, for operations.background: a Job runs one function on a
worker thread, passes on its progress, takes a request to stop, and hands its outcome back on
the window's thread. What the outcome means to the user (errors, changes) is operations' job.

One lane: jobs run one after another on a single worker thread, in the order they were
started. A backup holds the vault's write lock for as long as it copies; a sign-in or unlock
changes who is acting. Run one at a time, a second job (the audit event of a lock, an unlock by
a colleague, another export) waits its turn instead of finding the vault busy or half-changed.

The function gets a `Task`: `task.progress(done, total)` and `task.cancelled()`, both safe to
call from the worker. It must not touch widgets, and must not share the window's Session: it
opens its own (`vault.read(fn)` / `vault.transaction()`), which the vault's engine allows
(its connections are made with check_same_thread=False; a Session stays on one thread).
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.progress import Cancelled
from refugedesk.ui import dialogs
from refugedesk.ui.widgets import button, label

T = TypeVar("T")

#: A job that ends sooner than this never shows its progress dialog (no flash on quick work).
SHOW_AFTER_MS = 400
#: The progress dialog's Stop (marked here, translated when shown).
STOP_TEXT = QT_TRANSLATE_NOOP("Jobs", "Stop")
#: A job's function in pure Python (openpyxl writing a cell at a time) holds the interpreter
#: lock, and its file writes let go of it only for an instant it takes straight back: the
#: window's thread, waiting for the lock, could not run for over a second of an export. So
#: from its progress calls the worker lets go of the lock for YIELD_FOR_S at least every
#: YIELD_EVERY_S of work, long enough for the window's thread to take it.
YIELD_EVERY_S = 0.01
YIELD_FOR_S = 0.001


class Outcome(Generic[T]):
    """How an action ended: `ok` with its `value`, or the `error` that stopped it
    (`cancelled` when she stopped it herself). `value` is there only when `ok`: asking for it
    otherwise is a bug and raises, so a caller cannot carry on with nothing by mistake."""

    def __init__(self, ok: bool, value: T | None = None, error: BaseException | None = None,
                 cancelled: bool = False) -> None:
        self.ok = ok
        self._value = value
        self.error = error
        self.cancelled = cancelled

    @property
    def value(self) -> T:
        if not self.ok:
            raise RuntimeError("an action that did not succeed has no value") from self.error
        return self._value  # type: ignore[return-value]  # T itself may be None

    def value_or(self, default: T) -> T:
        """The value, or `default` when the action did not succeed (the error has been shown
        already, e.g. a busy vault while a form fills its choices)."""
        return self._value if self.ok else default  # type: ignore[return-value]  # see value

    def __repr__(self) -> str:
        return f"Outcome(ok={self.ok}, error={type(self.error).__name__ if self.error else None})"


def release(outcome: Outcome[Any]) -> None:
    """A result nobody will receive lets go of what it holds: a vault opened for a sign-in
    whose window was closed meanwhile is closed (its key forgotten, its open-lock released)
    rather than left open until the process ends."""
    close = getattr(outcome._value, "close", None) if outcome.ok else None
    if callable(close):
        close()


class Task:
    """What a job's function is given: where to report progress, whether to stop."""

    def __init__(self, job: Job) -> None:
        self._job = job
        self._last: tuple[int, int] | None = None
        self._yielded = time.perf_counter()

    def progress(self, done: int, total: int) -> None:
        """Report `done` of `total` (total 0: not known). Safe from the worker; only a change
        a bar could show is passed on, so a row-by-row caller does not flood the window."""
        step = (min(done, total) * 200 // total, total) if total > 0 else (0, 0)
        if step != self._last:
            self._last = step
            self._job._relay_progress.emit(done, total)
        self.pause()

    def pause(self) -> None:
        """Let the window's thread run (see YIELD_EVERY_S): a real sleep, not sleep(0), so
        the lock is not simply taken back before the waiting thread wakes."""
        if time.perf_counter() - self._yielded >= YIELD_EVERY_S:
            time.sleep(YIELD_FOR_S)
            self._yielded = time.perf_counter()

    def cancelled(self) -> bool:
        return self._job._stop.is_set()


class Job(QObject):
    """One function run on the worker thread. `progressed(done, total)` and `finished(outcome)`
    arrive on the window's thread; `settled(outcome)` once operations has shown the outcome
    (tests wait for it)."""

    progressed = Signal(int, int)
    finished = Signal(object)
    settled = Signal(object)
    _relay_progress = Signal(int, int)
    _relay_outcome = Signal(object)

    def __init__(self, fn: Callable[[Task], Any], *, label: str, cancellable: bool) -> None:
        super().__init__()
        self.label = label
        self.cancellable = cancellable
        self.outcome: Outcome[Any] | None = None
        #: The worker thread's ident, once it has started (tests check it is not the window's).
        self.thread_id: int | None = None
        #: Whether operations has shown the outcome (and called on_done): tests wait for it.
        self.delivered = False
        #: The progress dialog, once shown (None with an in-window bar, or before it shows).
        self.dialog: QDialog | None = None
        self._fn: Callable[[Task], Any] | None = fn
        self._stop = threading.Event()
        self._relay_progress.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        self._relay_outcome.connect(self._finish, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self.outcome is None

    def cancel(self) -> None:
        """Ask the function to stop at its next safe point (or not to start at all)."""
        self._stop.set()

    def start(self) -> Job:
        _collect_on_this_thread()
        _running.add(self)
        _lane().start(self._run)
        return self

    def _run(self) -> None:
        """On the worker thread."""
        self.thread_id = threading.get_ident()
        fn, self._fn = self._fn, None  # the closure may hold a password: not kept after
        try:
            if self._stop.is_set():
                raise Cancelled()
            outcome: Outcome[Any] = Outcome(True, fn(Task(self)))  # type: ignore[misc]
        except Cancelled as exc:
            outcome = Outcome(False, error=exc, cancelled=True)
        except BaseException as exc:  # handed to the window's thread, shown there
            outcome = Outcome(False, error=exc)
        del fn
        try:
            self._relay_outcome.emit(outcome)
        except RuntimeError:
            # The window that asked was closed (Qt deleted this job with it) while the work
            # ran: nobody will receive the result. A vault opened for a sign-in is closed now
            # rather than left holding the key and its open-lock until the process ends.
            _running.discard(self)
            release(outcome)

    def _finish(self, outcome: Outcome[Any]) -> None:
        self.outcome = outcome
        _running.discard(self)
        self.finished.emit(outcome)


_running: set[Job] = set()  # referenced until finished, wherever they were started from
_pool: QThreadPool | None = None
_collector: _Collector | None = None


class _Collector(QObject):
    """Python's cycle collector runs on whichever thread happens to allocate. Run on the
    worker, it can free a window's widgets there, and Qt crashes (seen: a segfault while a
    search ran). So once there is a worker, automatic collection is off and this timer does
    the same collection on the window's thread, with Python's own thresholds (the approach
    pyqtgraph and calibre take)."""

    def __init__(self) -> None:
        super().__init__()
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            generation = 0
            if middle > self.threshold[1]:
                generation = 2 if old > self.threshold[2] else 1
            gc.collect(generation)


def _collect_on_this_thread() -> None:
    global _collector
    if _collector is None:
        _collector = _Collector()


def _lane() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def wait_all(timeout_ms: int = -1) -> bool:
    """Block until every started job has finished its work (signing out, quitting: the vault
    is not closed under a backup). Their outcomes arrive at the next turn of the event loop."""
    return _pool is None or _pool.waitForDone(timeout_ms)


# --- showing progress ------------------------------------------------------------------------


def show_on_bar(bar: QProgressBar, job: Job) -> None:
    """An in-window bar follows the job: busy until an amount is known, hidden when done."""
    bar.setRange(0, 0)
    bar.show()
    job.progressed.connect(lambda done, total: _set(bar, done, total))
    def done(_outcome: object) -> None:
        if dialogs.alive(bar):
            bar.hide()

    job.finished.connect(done)


def _set(bar: QProgressBar, done: int, total: int) -> None:
    if not dialogs.alive(bar):
        return  # its page was closed while the job ran
    if total > 0:
        bar.setRange(0, total)
        bar.setValue(min(done, total))
    else:
        bar.setRange(0, 0)  # busy: the amount is not known


class ProgressDialog(QDialog):
    """The job's label, a bar and (when it can be stopped) Stop. Window-modal, opened like
    every dialog (dialogs.show), so the lock hides it; closed by the job's end."""

    def __init__(self, job: Job, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.job = job
        self.setObjectName("progressDialog")
        self.setWindowTitle("RefugeDesk")
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        self.text = label(job.label, name="progressLabel")
        layout.addWidget(self.text)
        self.bar = QProgressBar(objectName="progressBar")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.bar.setAccessibleName(job.label)
        self.bar.setRange(0, 0)
        layout.addWidget(self.bar)
        self.stop = button(translate("Jobs", STOP_TEXT), "progressStop")
        self.stop.setVisible(job.cancellable)
        self.stop.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.stop)
        layout.addLayout(row)
        job.progressed.connect(self._progress)
        job.finished.connect(self._end)

    def _progress(self, done: int, total: int) -> None:
        _set(self.bar, done, total)

    def reject(self) -> None:
        """Stop (and Escape, and the close button) asks the job to stop; without Stop the
        dialog stays until the work is done."""
        if self.job.cancellable and self.job.running:
            self.job.cancel()
            self.stop.setEnabled(False)
            self.text.setText(translate("Jobs", "{task} Stopping…").format(task=self.job.label))

    def _end(self, _outcome: object) -> None:
        self.done(QDialog.DialogCode.Accepted)
        self.deleteLater()


def show_dialog(parent: QWidget | None, job: Job) -> None:
    """A progress dialog for `job`, opened only if it is still running after SHOW_AFTER_MS
    and, if the window is locked by then, only once it is unlocked again."""

    def open_now() -> None:
        if not job.running or (parent is not None and not dialogs.alive(parent)):
            return
        held = dialogs.held_back(parent)
        if held is not None:
            held.unlocked.connect(  # type: ignore[attr-defined]  # the main window's signal
                open_now, Qt.ConnectionType.SingleShotConnection)
            return
        job.dialog = dialogs.show(ProgressDialog(job, parent))

    QTimer.singleShot(SHOW_AFTER_MS, job, open_now)
