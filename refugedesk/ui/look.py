"""The app's look: the calm stylesheet (or its high-contrast part), the palette, the text size
and the icon from resources/.

The app always uses its own palette, whatever the computer's: the calm light one, or black,
white and yellow in high contrast. A dark system palette is never mixed with the stylesheet's
light colours (that gave dark text on black on half the screens), so every screen looks the
same on every computer. High contrast is chosen by hand (the Admin page's Contrast setting) or,
when that is "As this computer asks", whenever the system asks for more contrast
(QStyleHints.accessibility().contrastPreference(), Qt 6.10+).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from refugedesk.ui import settings as look_settings

#: resources/ sits beside the package in a checkout; a bundle puts it next to the package too.
RESOURCES = Path(__file__).resolve().parents[2] / "resources"
#: Where the stylesheet's high-contrast part starts.
HIGH_CONTRAST_MARK = "/* @high-contrast"
#: The smallest base text size: the calm look's 10.5pt, or the computer's own if larger.
BASE_POINTS = 10.5

_Role = QPalette.ColorRole
#: The palettes, role by role. Placeholder text is the one the stylesheet cannot set.
STANDARD_PALETTE: dict[QPalette.ColorRole, str] = {
    _Role.Window: "#f6f5f1", _Role.WindowText: "#25302f", _Role.Base: "#ffffff",
    _Role.AlternateBase: "#f3f6f5", _Role.Text: "#25302f", _Role.Button: "#ffffff",
    _Role.ButtonText: "#25302f", _Role.Highlight: "#cfe3e0", _Role.HighlightedText: "#1d2928",
    _Role.ToolTipBase: "#ffffff", _Role.ToolTipText: "#25302f", _Role.PlaceholderText: "#5f6b69",
    _Role.Link: "#1f5a7a", _Role.LinkVisited: "#5a3d7a", _Role.BrightText: "#ffffff",
    _Role.Light: "#ffffff", _Role.Midlight: "#e4ecea", _Role.Mid: "#9fb0ad",
    _Role.Dark: "#76827f", _Role.Shadow: "#4a5453",
}
HIGH_CONTRAST_PALETTE: dict[QPalette.ColorRole, str] = {
    _Role.Window: "#000000", _Role.WindowText: "#ffffff", _Role.Base: "#000000",
    _Role.AlternateBase: "#1a1a1a", _Role.Text: "#ffffff", _Role.Button: "#000000",
    _Role.ButtonText: "#ffffff", _Role.Highlight: "#ffff00", _Role.HighlightedText: "#000000",
    _Role.ToolTipBase: "#000000", _Role.ToolTipText: "#ffffff", _Role.PlaceholderText: "#d0d0d0",
    _Role.Link: "#ffff00", _Role.LinkVisited: "#ffff00", _Role.BrightText: "#ffff00",
    _Role.Light: "#ffffff", _Role.Midlight: "#c0c0c0", _Role.Mid: "#c0c0c0",
    _Role.Dark: "#ffffff", _Role.Shadow: "#ffffff",
}
#: Disabled text: still readable (4.5:1), told apart by its grey and the dashed border.
DISABLED_TEXT = {"standard": "#5f6a68", "high": "#c0c0c0"}

_EM = re.compile(r"(font-size|min-height|min-width|max-height|max-width)\s*:\s*([\d.]+)em")


def icon() -> QIcon:
    path = RESOURCES / "icon.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def stylesheet(*, high_contrast: bool = False, points: float = BASE_POINTS) -> str:
    """The stylesheet with its em sizes turned into points (fonts) and pixels (boxes) for a
    base text size of `points`; with its high-contrast part only when asked."""
    path = RESOURCES / "refugedesk.qss"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    standard, _mark, contrast = text.partition(HIGH_CONTRAST_MARK)
    sheet = standard + (_mark + contrast if high_contrast else "")

    def sized(match: re.Match[str]) -> str:
        prop, ems = match.group(1), float(match.group(2))
        if prop == "font-size":
            return f"{prop}: {ems * points:.1f}pt"
        return f"{prop}: {round(ems * points * 4 / 3)}px"

    return _EM.sub(sized, sheet)


def system_points(app: QGuiApplication) -> float:
    """The computer's own text size, kept from the first time the look is applied (later the
    app font is ours)."""
    kept = app.property("refugedeskSystemPoints")
    if kept is None:
        kept = QGuiApplication.font().pointSizeF()
        app.setProperty("refugedeskSystemPoints", kept)
    return float(kept)


def system_wants_high_contrast(app: QGuiApplication) -> bool:
    """True when the computer asks for more contrast (Qt 6.10+; older Qt never asks)."""
    hints = app.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    return bool(accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)


def high_contrast_on(app: QGuiApplication, choice: look_settings.Contrast) -> bool:
    if choice is look_settings.Contrast.AUTO:
        return system_wants_high_contrast(app)
    return choice is look_settings.Contrast.HIGH


def palette(*, high_contrast: bool) -> QPalette:
    """The app's own palette: never the computer's dark one under a light stylesheet."""
    colours = HIGH_CONTRAST_PALETTE if high_contrast else STANDARD_PALETTE
    result = QPalette()
    for role, colour in colours.items():
        result.setColor(role, QColor(colour))
    disabled = QColor(DISABLED_TEXT["high" if high_contrast else "standard"])
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText, _Role.PlaceholderText):
        result.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return result


def apply(app: QApplication, *, text_size: int | None = None,
          contrast: look_settings.Contrast | None = None) -> None:
    """Give the whole app its look: style, palette, text size, stylesheet and icon (a missing
    stylesheet just means the plain look). Text size and contrast come from this computer's
    settings unless given."""
    from refugedesk.ui import board_model

    size = look_settings.text_size() if text_size is None else text_size
    choice = look_settings.contrast() if contrast is None else contrast
    high = high_contrast_on(app, choice)
    points = max(BASE_POINTS, system_points(app)) * size / 100
    app.setStyle("Fusion")
    app.setPalette(palette(high_contrast=high))
    font = QFont(app.font())
    font.setPointSizeF(points)
    app.setFont(font)
    app.setStyleSheet(stylesheet(high_contrast=high, points=points))
    app.setWindowIcon(icon())
    app.setProperty("refugedeskHighContrast", high)
    board_model.size_tiles(font)
    if not app.property("refugedeskFollowsContrast"):
        hints = app.styleHints()
        if hasattr(hints, "accessibility"):
            app.setProperty("refugedeskFollowsContrast", True)
            hints.accessibility().contrastPreferenceChanged.connect(
                lambda *_: _follow_system(app))


def _follow_system(app: QApplication) -> None:
    """The computer changed its contrast: follow it if the setting says so."""
    if look_settings.contrast() is look_settings.Contrast.AUTO:
        apply(app)


def is_high_contrast() -> bool:
    app = QApplication.instance()
    return bool(app is not None and app.property("refugedeskHighContrast"))


def rail_width(buttons: list[QWidget]) -> int:
    """Wide enough for the rail's longest button (a page's button in bold, as when chosen),
    with its padding (14 px a side), its focus ring (3 px) and the rail's margins (10 px);
    never narrower than the calm 200 px."""
    plain = QFont(QApplication.font())
    bold = QFont(plain)
    bold.setBold(True)
    longest = 0
    for b in buttons:
        font = bold if b.property("checkable") else plain
        longest = max(longest, QFontMetrics(font).horizontalAdvance(b.property("text") or ""))
    return max(200, longest + 2 * 14 + 2 * 3 + 2 * 10)


def set_role(widget: QWidget, role: str) -> None:
    """Tag a widget for the stylesheet (heading, hint, error, ok, note, primary, choice)."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def contrast_ratio(first: str | QColor, second: str | QColor) -> float:
    """WCAG 2.1 contrast ratio of two colours (1 to 21)."""

    def luminance(colour: str | QColor) -> float:
        c = QColor(colour)
        channels = []
        for value in (c.redF(), c.greenF(), c.blueF()):
            channels.append(value / 12.92 if value <= 0.04045
                            else ((value + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
