"""Loading what the next step will need while the window is idle, so a click later does not
wait for an import (benchmarks/stalls.py measures what is left).

Two moments, each starting once its window has painted for the first time
(`after_first_paint`), so nothing delays the window itself:

- the sign-in window: SQLAlchemy, the models, access and the Today page's domain while she
  types her password; then the main window's and the Today page's modules. Signing in then
  costs little more than Argon2id, opening the vault and the first page.
- the main window: the domain of the Houses and Residents pages and of her record, and one
  read of tonight's board (`warm_board`: its queries compiled once); then those pages'
  modules and the record package (ui/record), so the first visit and the first record opened
  do not pay for their imports.

Modules without Qt (the domain: `pure`) are imported on the worker thread, as one quiet
background job (operations.quietly: the jobs' one lane, so a sign-in started meanwhile waits
for it rather than importing the same modules beside it). Modules with widgets (`ui`) are
imported on the window's thread afterwards, one per turn of the event loop, so painting and
typing go on between them; no widget is made by an import. A module that fails to import is
logged as a bug and skipped: the click that needs it will say so plainly.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from refugedesk.ui import operations

if TYPE_CHECKING:  # the sign-in window imports this before the database modules load
    from refugedesk.db.vault import Vault

#: While the sign-in window is shown.
SIGN_IN_PURE = ("sqlalchemy.orm", "refugedesk.db.models", "refugedesk.db.vault",
                "refugedesk.access", "refugedesk.today")
SIGN_IN_UI = ("refugedesk.ui.main_window", "refugedesk.ui.today_page")
#: Once the main window is shown.
MAIN_PURE = ("refugedesk.houses", "refugedesk.occupancy_board", "refugedesk.capacity",
             "refugedesk.arrivals", "refugedesk.intake", "refugedesk.referrals",
             "refugedesk.residents", "refugedesk.resident_views", "refugedesk.risk",
             "refugedesk.assessment", "refugedesk.plans", "refugedesk.contacts",
             "refugedesk.referrals_out", "refugedesk.programmes", "refugedesk.reviews",
             "refugedesk.incidents")
MAIN_UI = ("refugedesk.ui.board_model", "refugedesk.ui.houses_page",
           "refugedesk.ui.residents_page", "refugedesk.ui.record.common",
           "refugedesk.ui.record.overview", "refugedesk.ui.record.risk",
           "refugedesk.ui.record.needs", "refugedesk.ui.record.plan",
           "refugedesk.ui.record.contacts", "refugedesk.ui.record.referrals_out",
           "refugedesk.ui.record.programmes", "refugedesk.ui.record.reviews",
           "refugedesk.ui.record.incidents", "refugedesk.ui.record.window")


def _load(name: str) -> None:
    try:
        importlib.import_module(name)
    except Exception as exc:  # noqa: BLE001 (logged as a bug; the step that needs it says so)
        operations.log_unexpected(exc)


def _load_all(names: Sequence[str]) -> None:
    for name in names:
        _load(name)


def warm_board(vault: Vault) -> None:
    """Read tonight's board once and drop it: SQLAlchemy compiles its queries then (and keeps
    them, per engine), so the Houses page's first read costs what later ones do. Writes
    nothing, shows nothing (the board is not audited when read, either)."""
    from refugedesk import occupancy_board

    vault.read(lambda session: occupancy_board.board(session, on=date.today()))


class Warmup(QObject):
    """Imports `pure` on the worker (then runs `then` there, if given), then `ui` on this
    thread one per turn. `finished` once all are loaded (or skipped); `done` says the same."""

    finished = Signal()

    def __init__(self, parent: QObject, pure: Sequence[str], ui: Sequence[str],
                 then: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self.pure, self._ui, self.then = tuple(pure), list(ui), then
        self.done = False
        self.job: operations.Job | None = None

    def start(self) -> Warmup:
        pure, then = self.pure, self.then

        def work() -> None:
            _load_all(pure)
            if then is not None:
                then()

        self.job = operations.quietly(work)
        self.job.finished.connect(self._next)
        return self

    def _next(self, *_outcome: object) -> None:
        if self._ui:
            _load(self._ui.pop(0))
            QTimer.singleShot(0, self, self._next)
            return
        self.done = True
        self.finished.emit()


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  # Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.then)  # after this paint has been shown
        return False


def after_first_paint(widget: QWidget, pure: Sequence[str], ui: Sequence[str],
                      then: Callable[[], object] | None = None) -> Warmup:
    """A Warmup of `widget` that starts once the widget has first painted."""
    warmup = Warmup(widget, pure, ui, then)
    _FirstPaint(widget, warmup.start)
    return warmup
