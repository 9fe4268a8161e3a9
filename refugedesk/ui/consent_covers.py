"""What a consent covers, as ticks (MARAC, each kind of agency, national datasets), and how
she gave it: the fields the consent forms on her record and in the intake share."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QWidget

from refugedesk import consent_rules
from refugedesk.db.models import ConsentHow
from refugedesk.i18n import translate
from refugedesk.ui.widgets import combo

#: Ticks side by side: two, so the longer Welsh names ("Gwasanaethau cyffuriau neu alcohol")
#: still fit a 1366x768 screen at 150% (three needed 982 of its 910 pixels).
COLUMNS = 2


def key_name(prefix: str, key: str) -> str:
    """The object name of the tick for `key` ("consentCovers_agency_police")."""
    return f"{prefix}Covers_{key.replace(':', '_')}"


class CoversBox(QWidget):
    """One tick per key of consent_rules.COVER_KEYS, in plain words."""

    changed = Signal()

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}Covers")
        self.setAccessibleName(translate("ConsentCovers", "She agreed to share with"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.ticks: dict[str, QCheckBox] = {}
        for i, key in enumerate(consent_rules.COVER_KEYS):
            words = consent_rules.words(key)
            tick = QCheckBox(words[0].upper() + words[1:] if words[0].islower() else words)
            tick.setObjectName(key_name(prefix, key))
            tick.setAccessibleName(translate("ConsentCovers", "Share with {who}").format(who=words))
            tick.toggled.connect(lambda _on: self.changed.emit())
            grid.addWidget(tick, i // COLUMNS, i % COLUMNS)
            self.ticks[key] = tick

    def keys(self) -> list[str]:
        return [k for k, tick in self.ticks.items() if tick.isChecked()]

    def set_keys(self, keys: Iterable[str]) -> None:
        wanted = set(keys)
        for key, tick in self.ticks.items():
            tick.setChecked(key in wanted)


def how_combo(name: str) -> QComboBox:
    """How she gave it; "Not recorded" first, as an older consent is."""
    return combo(name, translate("ConsentCovers", "How she gave it"),
                 [(translate("ConsentCovers", "Not recorded"), ""),
                  *((h.label, h.value) for h in ConsentHow)])


def set_how(box: QComboBox, how: ConsentHow | str | None) -> None:
    box.setCurrentIndex(max(0, box.findData(str(how) if how else "")))
