"""Start the desktop app: the QApplication, the look, and the first window.

Kept lean on purpose: the sign-in window appears before SQLAlchemy, Alembic, Argon2 or
cryptography are imported; they load when someone signs in.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import cast

#: In English only: said before Qt (and so its translations) can start.
NO_DISPLAY_MESSAGE = (
    "RefugeDesk needs a screen to open its window, and none was found (DISPLAY and "
    "WAYLAND_DISPLAY are not set). Start it from your desktop session, or use the "
    "`refugedesk` commands (see `refugedesk --help`)."
)


def display_problem() -> str | None:
    """A plain message when Qt would abort for want of a display, else None."""
    if not sys.platform.startswith("linux"):
        return None
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY_MESSAGE


def main(db_path: Path | None = None) -> int:
    """Open RefugeDesk on the vault at `db_path` (None: the app's own vault). Returns the
    exit code: 0 when the window was closed, 1 when it could not open."""
    from refugedesk.paths import private_files

    private_files()
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1

    from PySide6.QtWidgets import QApplication

    from refugedesk import i18n, paths
    from refugedesk.ui import look, operations
    from refugedesk.ui import settings as look_settings
    from refugedesk.ui.controller import AppController

    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setOrganizationName(paths.ORGANISATION_NAME)
    app.setApplicationName(paths.APPLICATION_NAME)
    app.setApplicationDisplayName("RefugeDesk")
    # This computer's last language, before any window: the sign-in window speaks it (whoever
    # signs in then works in her own). Missing translations leave it in English.
    i18n.use(look_settings.language())
    look.apply(app)
    operations.configure_log(paths.log_file())
    operations.install_excepthook()

    remember = db_path is None
    path = Path(db_path) if db_path is not None else paths.default_vault_path()
    controller = AppController(path, remember_location=remember)
    controller.start()
    app.aboutToQuit.connect(controller.shutdown)
    code = app.exec()
    controller.dispose()
    return int(code)
