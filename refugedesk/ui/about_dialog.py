"""Help > About: which version this is, and the versions of what it is built on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from refugedesk.about import shown, versions
from refugedesk.i18n import translate
from refugedesk.ui.widgets import label


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("AboutDialog", "About RefugeDesk"))
        layout = QVBoxLayout(self)
        found = versions()
        layout.addWidget(label(translate("AboutDialog", "RefugeDesk {version}").format(
            version=found.get("RefugeDesk", "")), role="heading"))
        layout.addWidget(label(translate(
            "AboutDialog", "Bed capacity, resident records and shift handover for refuge "
            "services, kept in an encrypted vault on your own computers."), role="hint"))
        rows = "".join(f"<tr><td>{name}</td><td>&nbsp;&nbsp;{shown(version)}</td></tr>"
                       for name, version in found.items())
        table = label(f"<table>{rows}</table>", name="aboutVersions")
        table.setTextFormat(Qt.TextFormat.RichText)
        table.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
