"""The operations seam: typed change kinds, quick reads, and background work off the window's
thread with progress, Stop, the one error mapping, and the lock."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QProgressBar, QPushButton, QWidget
from sqlalchemy import select

from refugedesk.db.models import AuditEvent
from refugedesk.errors import DatesOutOfOrder, VaultClosed
from refugedesk.ui import dialogs, jobs, operations
from refugedesk.ui.changes import Change
from refugedesk.ui.main_window import MainWindow
from refugedesk.ui.reports_page import ReportsPage
from refugedesk.ui.widgets import message_label
from ui.drive import click, find, settle, sign_in

WAIT_S = 10


@pytest.fixture
def demo_path(demo_vault, vault_path):
    demo_vault.close()
    return vault_path


@pytest.fixture
def heard():
    """What operations.changes() announced during the test, and on which thread."""
    seen: list[tuple[frozenset[Change], int]] = []

    def listen(kinds: frozenset[Change]) -> None:
        seen.append((frozenset(kinds), threading.get_ident()))

    operations.changes().changed.connect(listen)
    yield seen
    operations.changes().changed.disconnect(listen)


def form(qtbot) -> tuple[QWidget, QLabel]:
    widget = QWidget()
    message = message_label("formMessage")
    message.setParent(widget)
    qtbot.addWidget(widget)
    widget.show()
    return widget, message


def audit_kinds(vault) -> list[str]:
    with vault.session() as session:
        return list(session.scalars(select(AuditEvent.kind)))


# --- typed change kinds ------------------------------------------------------------------------


def test_a_misspelt_change_kind_fails_loudly_instead_of_leaving_a_view_stale(qtbot, heard):
    ran = []
    with pytest.raises(TypeError):
        operations.changes().announce({"staff"})
    with pytest.raises(TypeError):  # checked before the action runs, whatever its outcome
        operations.run(None, lambda: ran.append(1), changed={"stafff"})
    with pytest.raises(TypeError):
        operations.background(None, lambda _task: ran.append(1), label="x",
                              changed={"staff"})
    assert ran == [] and heard == []

    operations.changes().announce({Change.STAFF})
    assert [kinds for kinds, _thread in heard] == [frozenset({Change.STAFF})]
    # A listener still asking with a string is told at once, not answered "no".
    announced: list = []
    operations.changes().changed.connect(announced.append)
    operations.changes().announce({Change.HOUSES})
    operations.changes().changed.disconnect(announced.append)
    with pytest.raises(TypeError):
        _ = "houses" in announced[0]
    with pytest.raises(TypeError):
        _ = announced[0] & {"houses", "stays"}
    assert Change.HOUSES in announced[0] and announced[0] & {Change.HOUSES, Change.STAYS}


# --- quick reads -------------------------------------------------------------------------------


def test_a_read_on_a_vault_that_cannot_be_read_is_said_in_the_form(qtbot, new_vault):
    vault, _code = new_vault
    widget, message = form(qtbot)
    ok = operations.read(widget, vault, lambda session: session.scalar(select(AuditEvent.id)))
    assert ok.ok and ok.value is not None
    vault.close()  # the key is gone: no connection can be opened any more
    outcome = operations.read(widget, vault, lambda session: session.scalar(
        select(AuditEvent.id)), message=message)
    assert not outcome.ok and isinstance(outcome.error, VaultClosed)
    assert message.text() == str(VaultClosed()) and message.isVisible()
    assert not [w for w in QApplication.topLevelWidgets()
                if w.objectName() == "unexpectedErrorBox" and w.isVisible()]


# --- background work ---------------------------------------------------------------------------


def test_background_work_runs_off_the_window_thread_while_the_window_keeps_going(
        qtbot, heard):
    widget, message = form(qtbot)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(len(ticks)))
    timer.start()
    release = threading.Event()
    seen_ticks: list[int] = []

    def slow(task: operations.Task) -> int:
        # Held until the window has shown it is still turning its event loop.
        assert release.wait(WAIT_S), "the window's thread never got to run"
        return threading.get_ident()

    done: list[operations.Outcome[int]] = []
    job = operations.background(widget, slow, label="Working…", message=message,
                                changed={Change.STAFF}, on_done=done.append)
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # the timer ticks while the work runs
    assert job.running and not done and heard == []
    seen_ticks.append(len(ticks))
    release.set()
    settle(qtbot, job)
    timer.stop()
    main_thread = threading.get_ident()
    assert done[0].ok and done[0].value != main_thread  # it ran on the worker
    assert job.thread_id == done[0].value != main_thread
    # Announced once it succeeded, on the window's thread.
    assert heard == [(frozenset({Change.STAFF}), main_thread)]


def test_progress_reaches_the_bar_and_the_dialog(qtbot, monkeypatch):
    monkeypatch.setattr(jobs, "SHOW_AFTER_MS", 0)
    widget, message = form(qtbot)
    bar = QProgressBar(widget)
    step = threading.Event()
    go_on = threading.Event()

    def counted(task: operations.Task) -> None:
        task.progress(3, 8)
        step.set()
        assert go_on.wait(WAIT_S)

    job = operations.background(widget, counted, label="Counting…", progress=bar)
    qtbot.waitUntil(lambda: bar.maximum() == 8 and bar.value() == 3)
    assert bar.isVisible() and job.dialog is None  # an in-window bar: no dialog
    go_on.set()
    settle(qtbot, job)
    assert not bar.isVisible()

    step.clear()
    go_on.clear()
    job = operations.background(widget, counted, label="Counting again…")
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.isVisible())
    dialog_bar = find(job.dialog, QProgressBar, "progressBar")
    qtbot.waitUntil(lambda: (dialog_bar.maximum(), dialog_bar.value()) == (8, 3))
    assert find(job.dialog, QLabel, "progressLabel").text() == "Counting again…"
    assert not find(job.dialog, QPushButton, "progressStop").isVisible()  # not stoppable
    dialog = job.dialog
    go_on.set()
    settle(qtbot, job)
    qtbot.waitUntil(lambda: not dialogs.alive(dialog) or not dialog.isVisible())


def failing(qtbot, error: Exception) -> tuple[operations.Job, QLabel]:
    """Background work in a form that fails with `error`, waited for."""
    widget, message = form(qtbot)

    def work(_task: operations.Task) -> None:
        raise error

    job = operations.background(widget, work, label="x", message=message,
                                changed={Change.STAYS})
    settle(qtbot, job)
    return job, message


def test_a_known_error_in_background_work_lands_in_the_form(qtbot, heard):
    job, message = failing(qtbot, DatesOutOfOrder("The last date of the period is before "
                                                  "the first."))
    assert not job.outcome.ok and isinstance(job.outcome.error, DatesOutOfOrder)
    assert message.text() == "The last date of the period is before the first."
    assert heard == []  # nothing changed, so nobody is told to refresh


def test_a_bug_in_background_work_gets_the_calm_dialog_and_a_safe_log(qtbot, heard,
                                                                      error_log):
    _job, message = failing(qtbot, KeyError("no room for Jane Hidden at 12 Secret Road"))
    box = next(w for w in QApplication.topLevelWidgets()
               if w.objectName() == "unexpectedErrorBox" and w.isVisible())
    assert "Nothing you typed was lost" in box.text()
    logged = error_log.read_text()
    assert "KeyError" in logged and "in work" in logged
    assert "Jane" not in logged and "Secret Road" not in logged
    assert heard == [] and message.text() == ""
    box.close()


# --- exports and backup ------------------------------------------------------------------------


def held_export(dialog):
    """Run the dialog's real export, but hold it at its first progress report until the test
    lets it go: Stop is then pressed while it is certainly running."""
    reached, release = threading.Event(), threading.Event()
    real = dialog.export

    def export(vault, *, progress, **kwargs) -> Path:
        def report(done: int, total: int) -> None:
            progress(done, total)
            if not reached.is_set():
                reached.set()
                assert release.wait(WAIT_S)

        return real(vault, progress=report, **kwargs)

    dialog.export = export
    return reached, release


def test_stopping_an_export_leaves_no_file_and_no_audit_event(qtbot, demo_vault, tmp_path,
                                                              monkeypatch):
    monkeypatch.setattr(jobs, "SHOW_AFTER_MS", 0)
    page = ReportsPage(demo_vault)
    qtbot.addWidget(page)
    page.show()
    click(qtbot, page, "reportsOccupancyButton")
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    target = tmp_path / "occupancy.xlsx"
    find(dialog, QLineEdit, "exportPath").setText(str(target))
    dialog.start.setDate(date(2024, 1, 1))
    before = audit_kinds(demo_vault)
    reached, release = held_export(dialog)
    click(qtbot, dialog, "exportDialogSave")
    qtbot.waitUntil(reached.is_set)
    job = dialog.job
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.isVisible())
    stop = find(job.dialog, QPushButton, "progressStop")
    assert stop.isVisible()
    click(qtbot, job.dialog, "progressStop")
    assert not stop.isEnabled()  # said once; the export stops at its next safe point
    release.set()
    settle(qtbot, job)
    assert job.outcome.cancelled
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".refugedesk")] == []
    assert audit_kinds(demo_vault) == before  # no "occupancy_exported"
    assert dialog.isVisible() and dialog.written is None  # her choices are kept
    assert find(dialog, QLabel, "exportDialogMessage").text() == "Stopped. Nothing was saved."
    assert find(dialog, QPushButton, "exportDialogSave").isEnabled()


def test_backup_reports_its_pages_and_stopping_it_leaves_nothing(qtbot, start_app, demo_path,
                                                                 tmp_path):
    controller = start_app(demo_path)
    main = sign_in(qtbot, controller, "admin", "demo")
    click(qtbot, main, "navAdmin")
    page = main.page_widget("admin")
    steps: list[tuple[int, int]] = []
    dest = tmp_path / "kept" / "monday.rdb"
    job = page.back_up_to(dest)
    job.progressed.connect(lambda done, total: steps.append((done, total)))
    settle(qtbot, job)
    assert job.outcome.ok and dest.exists()
    copied = [s for s in steps if s[1] > 0]
    assert copied and copied[-1][0] == copied[-1][1]  # every page copied was reported
    assert steps[-1] == (0, 0)  # then reading the copy back: amount not known

    before = audit_kinds(main.vault)
    stopped = tmp_path / "stopped" / "tuesday.rdb"
    job = page.back_up_to(stopped)
    job.cancel()  # as Stop does; before or during the copy, either is a safe point
    settle(qtbot, job)
    assert job.outcome.cancelled
    assert not (tmp_path / "stopped").exists()  # not even the folder it made
    assert audit_kinds(main.vault) == before
    assert find(page, QLabel, "adminMessage").text() == "Stopped. Nothing was saved."


# --- sign-in and the lock ----------------------------------------------------------------------


def test_sign_in_runs_in_the_background(qtbot, start_app, demo_path):
    controller = start_app(demo_path)
    window = controller.window
    main = sign_in(qtbot, controller, "admin", "demo")
    assert isinstance(main, MainWindow)
    assert window.job.thread_id not in (None, threading.get_ident())


def test_a_job_finishing_while_locked_waits_for_the_unlock(qtbot, start_app, demo_path):
    controller = start_app(demo_path)
    main = sign_in(qtbot, controller, "admin", "demo")
    click(qtbot, main, "navReports")
    page = main.page_widget("reports")
    release = threading.Event()
    delivered: list[bool] = []

    def slow(_task: operations.Task) -> str:
        assert release.wait(WAIT_S)
        return "done"

    job = operations.background(page, slow, label="Working…", message=page.message,
                                on_done=lambda o: delivered.append(o.ok))
    main.lock()  # the idle lock or Ctrl+L, mid-job
    release.set()
    qtbot.waitUntil(lambda: job.outcome is not None)
    qtbot.wait(100)
    assert main.is_locked and delivered == [] and not job.delivered  # held back
    find(main, QLineEdit, "lockPassword").setText("demo")
    click(qtbot, main, "unlockButton")
    settle(qtbot, main.unlock_job)
    settle(qtbot, job)
    assert not main.is_locked and delivered == [True]


def test_a_sign_in_whose_window_was_closed_meanwhile_leaves_no_vault_open(qtbot, new_vault,
                                                                         vault_path):
    """The sign-in window closed while the password was being checked: the vault that job
    opened is closed (key forgotten, open-lock released), not left open with nobody to use it."""
    from conftest import ADMIN_PASSWORD
    from PySide6.QtWidgets import QWidget

    from refugedesk import access
    from refugedesk.db.locks import open_lock_path

    new_vault[0].close()
    window = QWidget()
    opened = []

    def sign_in(_task):
        time.sleep(0.3)  # the window goes while this runs
        vault = access.sign_in(vault_path, "ada", ADMIN_PASSWORD)
        opened.append(vault)
        return vault

    job = operations.background(window, sign_in, label="Checking your password…")
    window.deleteLater()
    qtbot.waitUntil(lambda: job.delivered, timeout=10_000)
    assert opened and not opened[0].is_open
    assert not open_lock_path(vault_path).exists()


def test_a_failed_reads_value_is_the_default_given_never_a_crash():
    from refugedesk.errors import VaultBusy
    from refugedesk.ui.jobs import Outcome

    failed: Outcome[list[int]] = Outcome(False, error=VaultBusy())
    assert failed.value_or([]) == []
    with pytest.raises(RuntimeError):
        failed.value  # noqa: B018  # asking for it is a bug, and says so
    assert Outcome(True, [1, 2]).value_or([]) == [1, 2]
    assert Outcome(True, []).value_or([9]) == []  # an empty answer is still the answer
