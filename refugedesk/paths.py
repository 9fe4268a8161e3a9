"""Where RefugeDesk keeps its files on this computer: the vault and the error log.

Only QtCore is used (imported lazily), so the command line can ask for the default vault
without loading any widgets.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

ORGANISATION_NAME = "RefugeDesk"
APPLICATION_NAME = "RefugeDesk"
VAULT_FILE = "refuge.rdb"
#: The settings key holding a vault location chosen at first run away from the default.
_VAULT_SETTING = "vault/path"


def _set_names() -> None:
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APPLICATION_NAME)


def app_data_dir() -> Path:
    """The user's application-data folder for RefugeDesk (QStandardPaths.AppDataLocation)."""
    from PySide6.QtCore import QStandardPaths

    _set_names()
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def _settings() -> QSettings:
    from PySide6.QtCore import QSettings

    _set_names()
    return QSettings(ORGANISATION_NAME, APPLICATION_NAME)


def default_vault_path() -> Path:
    """The app's own vault: the place chosen at first run if it was not the standard one,
    otherwise `refuge.rdb` in the application-data folder. The app and the command line
    both use this, so `refugedesk backup` with no --db finds the vault the app opens."""
    chosen = _settings().value(_VAULT_SETTING)
    if chosen:
        return Path(str(chosen))
    return app_data_dir() / VAULT_FILE


def remember_vault_path(path: Path) -> None:
    """Make `path` the app's own vault from now on (only a file path is stored, no data)."""
    path = Path(path).resolve()
    settings = _settings()
    if path == (app_data_dir() / VAULT_FILE).resolve():
        settings.remove(_VAULT_SETTING)
    else:
        settings.setValue(_VAULT_SETTING, str(path))
    settings.sync()


def log_file() -> Path:
    """The error log (tracebacks of unexpected errors, never resident data)."""
    return app_data_dir() / "logs" / "refugedesk.log"


def private_files() -> None:
    """Every file RefugeDesk creates (vault, key file, backups, exports, logs) is readable by
    the person who made it only: on a shared PC, other accounts see nothing."""
    import os

    if os.name == "posix":
        os.umask(0o077)


def write_text_atomically(path: Path, text: str, *, prefix: str) -> None:
    """Write `text` to `path` so that a crash or a full disk leaves the old file or the new
    one, never half of each: a temporary file beside it (named `prefix`...), flushed to the
    disk, then renamed over it. An OSError is raised as it is, the temporary file removed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=prefix, dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
