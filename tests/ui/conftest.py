"""UI fixtures: the real app controller on a real vault in tmp_path, driven like a user would."""

from __future__ import annotations

from pathlib import Path

import pytest

from refugedesk.ui import operations
from refugedesk.ui.controller import AppController


@pytest.fixture(autouse=True)
def error_log(tmp_path: Path) -> Path:
    """Unexpected errors are logged inside the test's own folder, never the user's."""
    path = tmp_path / "logs" / "refugedesk.log"
    operations.configure_log(path)
    return path


@pytest.fixture
def start_app(qtbot):
    """Start the app on a vault path, as `refugedesk` does; closes everything afterwards."""
    controllers: list[AppController] = []

    def start(path: Path, *, idle_lock_ms: int | None = None) -> AppController:
        controller = AppController(path, idle_lock_ms=idle_lock_ms)
        controller.start()
        controllers.append(controller)
        return controller

    yield start
    for controller in controllers:
        controller.dispose()
