"""Progress and stopping for long work (exports, PDFs, backup): the two optional callbacks a
slow function takes, and the error it raises when asked to stop.

    def export(..., progress: Progress | None = None, cancelled: CancelCheck | None = None):
        for i, row in enumerate(rows):
            stop_if(cancelled)          # only where stopping leaves nothing behind
            ...
            report(progress, i + 1, len(rows))

`progress(done, total)`: `total` 0 means "working, amount not known". A function checks
`cancelled` only where stopping is safe: before anything is recorded or put in place, never in
the middle of a commit. Plain Python, no Qt: the command line can pass them too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from refugedesk.errors import RefugeDeskError
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate

T = TypeVar("T")
Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class Cancelled(RefugeDeskError):
    """She stopped it, at a point where nothing had been saved or recorded."""

    message = QT_TRANSLATE_NOOP("Progress", "Stopped. Nothing was saved.")

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or translate("Progress", self.message))


def report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def stop_if(cancelled: CancelCheck | None) -> None:
    """Raise Cancelled if she asked to stop."""
    if cancelled is not None and cancelled():
        raise Cancelled()


class Steps:
    """Work counted towards a known `total`: `over(items)` yields them, stopping between them
    when asked and reporting each one done; `step()` counts a piece of work done by other
    means. Without callbacks it only counts."""

    def __init__(self, total: int = 0, progress: Progress | None = None,
                 cancelled: CancelCheck | None = None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self.progress = progress
        self.cancelled = cancelled
        report(progress, 0, self.total)

    def over(self, items: Iterable[T]) -> Iterator[T]:
        for item in items:
            stop_if(self.cancelled)
            yield item
            self.step()

    def step(self, n: int = 1) -> None:
        self.done = min(self.done + n, self.total)
        report(self.progress, self.done, self.total)

    def check(self) -> None:
        """The last safe point: raise Cancelled if she asked to stop."""
        stop_if(self.cancelled)
