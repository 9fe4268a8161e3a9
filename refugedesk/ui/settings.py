"""This computer's own look settings: text size, contrast, and the last language used.

RefugeDesk has no per-person settings store (a person's data lives only in the encrypted
vault, and the look must be right before anyone signs in), so these live in the app's
QSettings for this computer, beside the vault location (refugedesk/paths.py). Only plain
choices are stored, never anything about a person. The language is each person's own (kept in
the vault, refugedesk/language.py); the one stored here is only the last one used on this
computer, so the sign-in window speaks it before anyone is known.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QSettings

from refugedesk import i18n, paths
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate

TEXT_SIZES = (100, 125, 150, 175, 200)
_TEXT_SIZE = "look/textSize"
_CONTRAST = "look/contrast"
_LANGUAGE = "look/language"


class Contrast(Enum):
    """How the app chooses its colours."""

    AUTO = "auto"  # high contrast when the computer asks for it, the calm colours otherwise
    HIGH = "high"
    STANDARD = "standard"

    @property
    def label(self) -> str:
        return translate("Settings", _CONTRAST_LABELS[self.value])


_CONTRAST_LABELS = {
    "auto": QT_TRANSLATE_NOOP("Settings", "As this computer asks"),
    "high": QT_TRANSLATE_NOOP("Settings", "High contrast"),
    "standard": QT_TRANSLATE_NOOP("Settings", "Standard"),
}


def store() -> QSettings:
    """The app's settings on this computer (the same file paths.py keeps the vault place in)."""
    return paths._settings()


def text_size(settings: QSettings | None = None) -> int:
    """The Text size in percent, 100 to 200 (anything else stored reads as 100)."""
    value = (settings or store()).value(_TEXT_SIZE, 100)
    try:
        size = int(str(value))
    except ValueError:
        return 100
    return size if 100 <= size <= 200 else 100


def set_text_size(size: int, settings: QSettings | None = None) -> None:
    if not 100 <= size <= 200:
        raise ValueError("Text size is between 100% and 200%.")
    target = settings or store()
    target.setValue(_TEXT_SIZE, int(size))
    target.sync()


def contrast(settings: QSettings | None = None) -> Contrast:
    value = str((settings or store()).value(_CONTRAST, Contrast.AUTO.value))
    try:
        return Contrast(value)
    except ValueError:
        return Contrast.AUTO


def set_contrast(choice: Contrast, settings: QSettings | None = None) -> None:
    target = settings or store()
    target.setValue(_CONTRAST, choice.value)
    target.sync()


def language(settings: QSettings | None = None) -> str:
    """The language last used on this computer ("en" or "cy"; anything else reads as "en")."""
    return i18n.known(str((settings or store()).value(_LANGUAGE, i18n.ENGLISH)))


def set_language(code: str, settings: QSettings | None = None) -> None:
    """Remember `code` as this computer's language for the next sign-in window (written
    only when it changes)."""
    code = i18n.known(code)
    target = settings or store()
    if language(target) == code:
        return
    target.setValue(_LANGUAGE, code)
    target.sync()
