"""The shell's own promises: calm handling of bugs with a log free of data, the About box,
a plain refusal without a display, and where the vault lives by default."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QLabel, QMessageBox

from refugedesk import __version__, app, paths
from refugedesk.errors import ValidationError
from refugedesk.ui import operations
from refugedesk.ui.changes import Change
from refugedesk.ui.main_window import MainWindow
from ui.drive import find, sign_in


def test_a_bug_gets_a_calm_dialog_and_a_log_without_the_data(qtbot, error_log):
    heard: list[frozenset[Change]] = []
    operations.changes().changed.connect(heard.append)

    def buggy() -> None:
        record = {"name": "Jane Hidden"}
        raise KeyError(f"no house for {record['name']} at 12 Secret Road")

    outcome = operations.run(None, buggy, changed={Change.STAFF})
    assert not outcome.ok and isinstance(outcome.error, KeyError)
    box = next(w for w in qtbot_top_levels() if w.objectName() == "unexpectedErrorBox")
    assert "Nothing you typed was lost" in box.text()
    logged = error_log.read_text()
    assert "KeyError" in logged and "buggy" in logged
    assert "Jane" not in logged and "Secret Road" not in logged
    assert heard == []  # nothing changed, so nobody is told to refresh
    box.close()

    assert operations.run(None, lambda: 42, changed={Change.STAFF}).value == 42
    assert heard == [frozenset({Change.STAFF})]
    operations.changes().changed.disconnect(heard.append)


def qtbot_top_levels():
    from PySide6.QtWidgets import QApplication

    return QApplication.topLevelWidgets()


def test_known_error_goes_beside_its_field(qtbot):
    field, message = QLabel(), QLabel()
    qtbot.addWidget(field)
    qtbot.addWidget(message)

    def refuse() -> None:
        raise ValidationError("Enter the person's name.", field="display_name")

    operations.run(None, refuse, message=message, fields={"display_name": field})
    assert field.text() == "Enter the person's name."
    assert message.text() == ""


def test_about_box_lists_versions(qtbot, start_app, demo_vault, vault_path):
    demo_vault.close()
    controller = start_app(vault_path)
    main = sign_in(qtbot, controller, "worker", "demo")
    assert isinstance(main, MainWindow)
    main.about_action.trigger()
    dialog = find(main, object, "aboutDialog")
    text = find(dialog, QLabel, "aboutVersions").text()
    for name in ("RefugeDesk", "Qt", "SQLCipher", "Python"):
        assert f"<td>{name}</td>" in text
    assert __version__ in text


def test_no_display_is_a_plain_refusal(monkeypatch, capsys):
    monkeypatch.setattr("sys.platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert app.main(Path("/nonexistent/refuge.rdb")) == 1
    assert "needs a screen" in capsys.readouterr().err


@pytest.fixture
def qt_test_paths():
    QStandardPaths.setTestModeEnabled(True)
    yield
    paths.remember_vault_path(paths.app_data_dir() / paths.VAULT_FILE)
    QStandardPaths.setTestModeEnabled(False)


def test_default_vault_path_and_a_remembered_one(qt_test_paths, tmp_path):
    default = paths.default_vault_path()
    assert default.name == "refuge.rdb"
    assert "RefugeDesk" in default.parts
    paths.remember_vault_path(tmp_path / "elsewhere.rdb")
    assert paths.default_vault_path() == (tmp_path / "elsewhere.rdb").resolve()
    paths.remember_vault_path(default)
    assert paths.default_vault_path() == default


def test_message_box_is_not_left_blocking(qtbot):
    # Known errors with no label to go to open a non-blocking box (never exec()).
    operations.run(None, lambda: (_ for _ in ()).throw(ValidationError("Plain words.")))
    box = next(w for w in qtbot_top_levels() if w.objectName() == "plainMessageBox")
    assert isinstance(box, QMessageBox) and box.text() == "Plain words."
    box.close()


def test_sign_in_window_opens_without_the_heavy_modules(demo_vault, vault_path):
    """The start-up promise: nothing slow is imported before someone signs in."""
    demo_vault.close()
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from refugedesk.ui.controller import AppController\n"
        f"window = AppController({str(vault_path)!r}).start()\n"
        "assert window.objectName() == 'signInWindow', window\n"
        "print(','.join(m for m in ('sqlalchemy', 'alembic', 'argon2', 'cryptography',\n"
        "                           'openpyxl') if m in sys.modules) or '-')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "-"
