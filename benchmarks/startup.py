"""Start-up figures: how long a worker waits for the sign-in window, and for the main window
after typing her password. Run by hand: `.venv/bin/python benchmarks/startup.py [--runs N]`.

(a) process start -> sign-in window painted: a fresh Python process each run, timed from just
    before it is launched to the first paint of the sign-in window (wall clock, both sides).
(b) password entered -> main window painted: a fresh process each run (so SQLAlchemy and the
    rest load cold, as they do for a real worker), timed inside it from pressing Sign in to the
    first paint of the main window. The vault's key slots use the real Argon2id profile
    (keyslots.DEFAULT_KDF). Twice: Sign in pressed the moment the window is painted (nothing
    could load before: the worst case), and after TYPING_S seconds, about what typing a
    username and password takes, while which the sign-in window loads what signing in needs
    (ui/warmup.py): the figure a worker sees.

No benchmark hook exists in the app: the child process watches paint events from outside, with
an application event filter, and drives the real sign-in window like a user. The children run
offscreen, with XDG folders pointed into the temporary folder so nothing lands in your home.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEAVY = ("sqlalchemy", "alembic", "argon2", "cryptography", "openpyxl")
USERNAME = "bench"
PASSWORD = "plum orchard lantern 42"
#: Seconds from the sign-in window painted to Sign in pressed, in the "typed" runs.
TYPING_S = 2.0


def child(mode: str, path: Path) -> int:
    """Runs inside the fresh process: start the real app and report when windows paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    state: dict[str, float] = {}

    def press_sign_in(window: QWidget) -> None:
        window.username.setText(USERNAME)
        window.password.setText(PASSWORD)
        state["pressed"] = time.perf_counter()
        window.sign_in_button.click()

    class Watcher(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() != QEvent.Type.Paint or not isinstance(obj, QWidget) \
                    or not obj.isWindow():
                return False
            name = obj.objectName()
            if name == "signInWindow" and "signin" not in state:
                state["signin"] = time.time()
                if mode == "signin":
                    loaded = [m for m in HEAVY if m in sys.modules]
                    print(f"shown {state['signin']:.6f}")
                    print(f"heavy {','.join(loaded) or '-'}")
                    QTimer.singleShot(0, app.quit)
                else:
                    wait = int(TYPING_S * 1000) if mode == "typed" else 0
                    QTimer.singleShot(wait, lambda: press_sign_in(obj))
            elif name == "mainWindow" and mode in ("main", "typed") and "main" not in state:
                state["main"] = time.perf_counter()
                print(f"elapsed {state['main'] - state['pressed']:.6f}")
                QTimer.singleShot(0, app.quit)
            return False

    watcher = Watcher()
    app.installEventFilter(watcher)
    from refugedesk.app import main

    sys.stdout.flush()
    return main(path)


def build_vault(folder: Path) -> Path:
    from refugedesk import access
    from refugedesk.db import keyslots

    keyslots.set_kdf_profile(keyslots.DEFAULT_KDF)
    path = folder / "bench.rdb"
    vault, _code = access.set_up(path, organisation="Benchmark Refuge (fictional)",
                                 username=USERNAME, display_name="Bench Mark",
                                 password=PASSWORD)
    vault.close()
    return path


def run_child(mode: str, path: Path, env: dict[str, str]) -> tuple[float, dict[str, str]]:
    started = time.time()
    done = subprocess.run([sys.executable, __file__, "--child", mode, str(path)], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    if done.returncode != 0 or not lines:
        raise SystemExit(f"child failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return started, lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child[0], Path(args.child[1]))

    with tempfile.TemporaryDirectory(prefix="refugedesk-bench-") as tmp:
        folder = Path(tmp)
        path = build_vault(folder)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                   XDG_DATA_HOME=str(folder / "data"), XDG_CONFIG_HOME=str(folder / "config"),
                   XDG_CACHE_HOME=str(folder / "cache"))
        run_child("signin", path, env)  # warm the OS file cache once; not counted
        to_sign_in, heavy = [], set()
        for _ in range(args.runs):
            started, lines = run_child("signin", path, env)
            to_sign_in.append(float(lines["shown"]) - started)
            heavy.add(lines["heavy"])
        to_main = [float(run_child("main", path, env)[1]["elapsed"])
                   for _ in range(args.runs)]
        typed = [float(run_child("typed", path, env)[1]["elapsed"])
                 for _ in range(args.runs)]

    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"RefugeDesk start-up, {os.cpu_count()} CPUs (load average {load}), "
          f"median of N={args.runs} runs each")
    print(f"(a) process start -> sign-in window shown:  {statistics.median(to_sign_in):.3f} s"
          f"   (runs: {', '.join(f'{t:.3f}' for t in to_sign_in)}; target < 0.8 s)")
    print(f"    heavy modules loaded by then: {', '.join(sorted(heavy))}")
    print(f"(b) password entered -> main window shown:  {statistics.median(to_main):.3f} s"
          f"   (runs: {', '.join(f'{t:.3f}' for t in to_main)}; target < 1.0 s;"
          " Argon2id at the real profile; Sign in pressed at the first paint)")
    print(f"    the same, Sign in pressed {TYPING_S:g} s after the first paint: "
          f"{statistics.median(typed):.3f} s   (runs: {', '.join(f'{t:.3f}' for t in typed)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
