"""The idle lock's event filter: what it adds to every event the app handles. Run by hand:

    .venv/bin/python benchmarks/idle_filter.py [--events N] [--runs N]

The main window's IdleWatcher (refugedesk/ui/main_window.py) filters every event of the app,
so its cost is paid for each timer tick, paint and layout as well as for each key and mouse
move. This sends N events straight to a widget (QApplication.sendEvent, offscreen) and times
them: with no filter, with an empty Python filter (the least any Python filter costs: the floor),
with the watcher as it was before issue 15 (the type check, then its QTimer restarted on every
input event), and with the watcher as it is. It prints microseconds per event (median of the
runs, then the range) for a non-input event and for a mouse move, and the watcher's cost above
no filter against the floor's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    from refugedesk.ui.main_window import INPUT_EVENTS, IdleWatcher

    class Empty(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            return False

    class Before(QObject):
        """The watcher's filter before issue 15: its timer restarted on every input event."""

        def __init__(self) -> None:
            super().__init__()
            self.timer = QTimer(self)
            self.timer.setSingleShot(True)
            self.timer.setInterval(600_000)
            self.timer.start()

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if self.timer.isActive() and event.type() in INPUT_EVENTS:
                self.timer.start()
            return False

    target = QWidget()
    target.show()
    other = QEvent(QEvent.Type.User)
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5),
                       Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)

    def per_event(event: QEvent) -> float:
        started = time.perf_counter()
        for _ in range(args.events):
            app.sendEvent(target, event)
        return (time.perf_counter() - started) / args.events * 1e6

    kinds = {"no filter": None, "empty Python filter (floor)": Empty,
             "watcher before": Before, "watcher now": lambda: IdleWatcher(600_000)}
    figures: dict[tuple[str, str], list[float]] = {}
    for _ in range(args.runs):  # interleaved, so a busy moment hits every kind alike
        for name, make in kinds.items():
            made = make() if make is not None else None
            if made is not None and not isinstance(made, IdleWatcher):
                app.installEventFilter(made)
            for label, event in (("other event", other), ("mouse move", move)):
                figures.setdefault((name, label), []).append(per_event(event))
            if isinstance(made, IdleWatcher):
                made.stop()
            elif made is not None:
                app.removeEventFilter(made)
    print(f"Idle-lock event filter, {args.events} events x {args.runs} runs, offscreen; "
          f"{os.cpu_count()} CPUs, load average "
          + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    print(f"{'':30} {'other event':>22} {'mouse move':>22}")
    med = {k: statistics.median(v) for k, v in figures.items()}
    for name in kinds:
        cells = [f"{med[name, label]:6.2f} us ({min(figures[name, label]):.2f}-"
                 f"{max(figures[name, label]):.2f})" for label in ("other event", "mouse move")]
        print(f"{name:30} {cells[0]:>22} {cells[1]:>22}")
    for label in ("other event", "mouse move"):
        floor = med["empty Python filter (floor)", label] - med["no filter", label]
        for name in ("watcher before", "watcher now"):
            added = med[name, label] - med["no filter", label]
            print(f"{label}: {name} adds {added:.2f} us; the floor adds {floor:.2f} us "
                  f"(ratio {added / floor:.2f})" if floor > 0 else f"{label}: {name} adds "
                  f"{added:.2f} us")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
