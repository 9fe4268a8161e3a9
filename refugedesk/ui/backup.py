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
from refugedesk.i18n import translate
from refugedesk.ui import dialogs, operations


def choose_file(parent: QWidget, on_chosen: Callable[[Path], object]) -> QFileDialog:
    """Open (non-modally, so the lock can hide it) a save dialog with a dated file name."""
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    name = f"refugedesk-backup-{datetime.now():%Y-%m-%d-%H%M}.rdb"
    dialog = QFileDialog(parent, translate("Backup", "Back up the vault"),
                         str(Path(folder) / name),
                         translate("Backup", "RefugeDesk vaults (*.rdb)"))
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
            done(translate("Backup", "Backup saved: {copy} and its key file {keys}, in "
                           "{folder}. Keep both together, somewhere safe away from this "
                           "computer.").format(copy=copy.name, keys=keys.name,
                                               folder=copy.parent))
        elif outcome.cancelled and message is None:
            done(translate("Backup", "The backup was stopped. Nothing was saved."))

    return operations.background(
        parent, lambda task: access.backup(vault, dest, progress=task.progress,
                                           cancelled=task.cancelled),
        label=translate("Backup", "Backing up the vault…"), cancellable=True, message=message, on_done=finished)
