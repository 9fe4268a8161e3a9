"""Loading what the next step needs while the window is idle (ui/warmup.py): nothing before
the window has painted; the domain on the worker thread, the screens' modules after it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from conftest import ADMIN_PASSWORD

from refugedesk.ui import warmup
from refugedesk.ui.warmup import Warmup
from ui.drive import settle, sign_in

ROOT = Path(__file__).resolve().parents[2]


def run_fresh(code: str, tmp_path: Path) -> dict:
    """Run `code` in a new interpreter (nothing imported yet), offscreen; it prints JSON."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_sign_in_window_paints_first_then_loads_what_signing_in_needs(tmp_path, new_vault,
                                                                         vault_path):
    new_vault[0].close()
    seen = run_fresh(f"""
        import json, sys, threading
        from pathlib import Path
        from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from refugedesk.ui.sign_in import SignInWindow
        window = SignInWindow(Path({str(vault_path)!r}))
        at_start = [m for m in ("sqlalchemy", "refugedesk.access", "refugedesk.ui.main_window")
                    if m in sys.modules]
        painted = []
        class Paints(QObject):
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint and not painted:
                    painted.append("sqlalchemy" in sys.modules)
                return False
        paints = Paints()
        window.installEventFilter(paints)
        window.show()
        loop = QEventLoop()
        window.warmup.finished.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        print(json.dumps({{
            "at_start": at_start, "loaded_when_painted": painted,
            "done": window.warmup.done,
            "loaded": [m for m in ("sqlalchemy.orm", "refugedesk.db.models", "refugedesk.access",
                                   "refugedesk.today", "refugedesk.ui.main_window",
                                   "refugedesk.ui.today_page") if m in sys.modules],
            "off_the_window_thread": window.warmup.job.thread_id != threading.get_ident()}}))
    """, tmp_path)
    assert seen["at_start"] == []  # the sign-in window itself needs none of them
    assert seen["loaded_when_painted"] == [False]  # its first paint came before any of them
    assert seen["done"] and seen["off_the_window_thread"]
    assert seen["loaded"] == ["sqlalchemy.orm", "refugedesk.db.models", "refugedesk.access",
                              "refugedesk.today", "refugedesk.ui.main_window",
                              "refugedesk.ui.today_page"]


def test_the_domain_lists_hold_no_qt(tmp_path):
    """What the worker imports must not make widgets or even load Qt's widget module."""
    names = list(warmup.SIGN_IN_PURE + warmup.MAIN_PURE)
    seen = run_fresh(f"""
        import importlib, json, sys
        for name in {names!r}:
            importlib.import_module(name)
        print(json.dumps({{"qt": sorted(m for m in sys.modules if m.startswith("PySide6"))}}))
    """, tmp_path)
    assert seen["qt"] == []
    assert not any(name.startswith("refugedesk.ui") for name in names)


def test_the_record_package_is_loaded_once_the_main_window_is_shown(qtbot, start_app,
                                                                     new_vault, vault_path):
    new_vault[0].close()
    window = sign_in(qtbot, start_app(vault_path), "ada", ADMIN_PASSWORD)
    assert window.objectName() == "mainWindow"
    qtbot.waitUntil(lambda: window.warmup.done, timeout=20_000)
    settle(qtbot, window.warmup.job)
    assert window.warmup.job.thread_id != threading.get_ident()
    assert "refugedesk.ui.record.window" in sys.modules
    record_modules = {f"refugedesk.ui.record.{p.stem}" for p in
                      (ROOT / "refugedesk" / "ui" / "record").glob("*.py")
                      if p.stem != "__init__"}
    assert record_modules <= set(sys.modules)
    assert warmup.MAIN_UI[-1] == "refugedesk.ui.record.window"


def test_warming_the_board_reads_it_and_writes_nothing(new_vault):
    from sqlalchemy import func, select

    from refugedesk import houses
    from refugedesk.db.models import AuditEvent

    vault, _ = new_vault
    houses.add_house(vault, name="Elm House", area="Northtown")

    def audit_rows() -> int:
        with vault.session() as session:
            return session.scalar(select(func.count()).select_from(AuditEvent)) or 0

    before = audit_rows()
    warmup.warm_board(vault)
    assert audit_rows() == before


def test_a_module_that_fails_to_load_is_logged_and_skipped(qtbot, error_log):
    from PySide6.QtCore import QObject

    owner = QObject()
    job = Warmup(owner, ["refugedesk.no_such_module"],
                 ["refugedesk.ui.no_such_screen", "refugedesk.ui.widgets"]).start()
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    logged = error_log.read_text()
    assert logged.count("ModuleNotFoundError") == 2
    assert "no_such" not in logged  # the message (which names it) is left out, as always
