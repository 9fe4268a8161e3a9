"""Time from starting RefugeDesk to its sign-in window being drawn, bundled vs. the virtualenv.

    python installer/measure_startup.py [--runs 7] [--bundle dist/RefugeDesk/RefugeDesk]

Both programs open the same demo vault (made once in a temporary folder) on Qt's offscreen
platform, or with --platform xcb on a real X display (DISPLAY; Xvfb will do). Qt's own "qt.widgets.painting" log says when a window's first drawing is flushed to
the screen; the clock stops at the first such line for the sign-in window, and the program is
then stopped. The logging costs both programs the same. Runs alternate between the two so a
busy moment affects both alike; the first run of each is a warm-up and not counted.
Also times `--self-test` (start to exit) both ways. Run by hand; not part of CI.

benchmarks/startup.py measures the same moment (first paint of the sign-in window) for the
virtualenv with an event filter inside the process; that cannot be put inside a bundle, hence
this outside view. Its virtualenv figure and this one should agree.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARK = ("Flushing QRegion", 'name="signInWindow"')
#: Settings and caches go into the temporary folder, as in benchmarks/startup.py.
XDG: dict[str, str] = {}


def time_to_sign_in(command: list[str], platform: str, timeout: float = 30.0) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=platform, QT_LOGGING_RULES="qt.widgets.painting=true",
               **XDG)
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                            text=True, errors="replace")
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if all(part in line for part in MARK):
                return time.perf_counter() - start
            if time.perf_counter() - start > timeout:
                break
        raise RuntimeError(f"no sign-in window from {command[0]} (exit {proc.poll()})")
    finally:
        proc.kill()
        proc.wait()


def time_self_test(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([*command, "--self-test"], check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **XDG))
    return time.perf_counter() - start


def summary(times: list[float]) -> str:
    return (f"median {statistics.median(times):.2f} s  (min {min(times):.2f}, "
            f"max {max(times):.2f}, {len(times)} runs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default="offscreen",
                        help="Qt platform for the sign-in timing, e.g. xcb with DISPLAY set "
                             "(Xvfb works); the self-test always runs offscreen")
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "RefugeDesk" / "RefugeDesk"))
    parser.add_argument("--venv", default=str(ROOT / ".venv" / "bin" / "refugedesk"))
    args = parser.parse_args()
    programs = {"virtualenv": [args.venv], "bundle": [args.bundle]}
    folder = Path(tempfile.mkdtemp(prefix="refugedesk-startup-"))
    try:
        XDG.update(XDG_DATA_HOME=str(folder / "data"), XDG_CONFIG_HOME=str(folder / "config"),
                   XDG_CACHE_HOME=str(folder / "cache"))
        vault = folder / "demo.rdb"
        subprocess.run([args.venv, "demo", "--db", str(vault)], check=True,
                       stdout=subprocess.DEVNULL)
        results: dict[str, dict[str, list[float]]] = {n: {"sign-in": [], "self-test": []}
                                                      for n in programs}
        for run in range(args.runs + 1):
            for name, command in programs.items():
                took = time_to_sign_in([*command, "--db", str(vault)], args.platform)
                tested = time_self_test(command)
                if run:  # run 0 warms the disk cache
                    results[name]["sign-in"].append(took)
                    results[name]["self-test"].append(tested)
        for name in programs:
            print(f"{name:10}  start to sign-in window drawn ({args.platform}): {summary(results[name]['sign-in'])}")
            print(f"{'':10}  --self-test, start to exit: {summary(results[name]['self-test'])}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
