"""The app's look: the calm stylesheet and the icon from resources/."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

#: resources/ sits beside the package in a checkout; a bundle puts it next to the package too.
RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def icon() -> QIcon:
    path = RESOURCES / "icon.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def stylesheet() -> str:
    path = RESOURCES / "refugedesk.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def apply(app: QApplication) -> None:
    """Give the whole app its stylesheet and icon (a missing file just means the plain look)."""
    app.setStyle("Fusion")
    app.setStyleSheet(stylesheet())
    app.setWindowIcon(icon())


def set_role(widget: QWidget, role: str) -> None:
    """Tag a widget for the stylesheet (heading, hint, error, ok, note, primary, choice)."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
