"""Back up now: choose where, write the encrypted copy and its key file, say where they went.

Shared by the Admin page and the RefugeDesk menu (managers back up too, but do not see Admin).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from refugedesk import access
from refugedesk.db.vault import Vault
from refugedesk.ui import dialogs, operations


def choose_file(parent: QWidget, on_chosen: Callable[[Path], object]) -> QFileDialog:
    """Open (non-modally, so the lock can hide it) a save dialog with a dated file name."""
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    name = f"refugedesk-backup-{datetime.now():%Y-%m-%d-%H%M}.rdb"
    dialog = QFileDialog(parent, "Back up the vault", str(Path(folder) / name),
                         "RefugeDesk vaults (*.rdb)")
    dialog.setObjectName("backupFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("rdb")
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
    dialogs.show(dialog)
    return dialog


def back_up_to(parent: QWidget, vault: Vault, dest: Path, *, message: QLabel | None,
               done: Callable[[str], None]) -> operations.Job:
    """Write the backup in the background (progress by pages copied; Stop leaves nothing
    behind); on success tell the user, through `done`, where the two files are."""

    def finished(outcome: operations.Outcome[tuple[Path, Path]]) -> None:
        if outcome.ok:
            copy, keys = outcome.value
            done(f"Backup saved: {copy.name} and its key file {keys.name}, in {copy.parent}. "
                 "Keep both together, somewhere safe away from this computer.")
        elif outcome.cancelled and message is None:
            done("The backup was stopped. Nothing was saved.")

    return operations.background(
        parent, lambda task: access.backup(vault, dest, progress=task.progress,
                                           cancelled=task.cancelled),
        label="Backing up the vault…", cancellable=True, message=message, on_done=finished)
