"""The Admin page's "Text size and contrast" box: this computer's look, kept in its settings
(refugedesk/ui/settings.py) and used again at every start."""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QApplication, QGroupBox, QHBoxLayout, QWidget

from refugedesk.ui import look
from refugedesk.ui import settings as look_settings
from refugedesk.ui.widgets import combo, label


class TextAndContrastBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Text size and contrast on this computer", parent)
        self.setObjectName("textAndContrast")
        row = QHBoxLayout(self)
        self.size_choice = combo("textSizeChoice", "Text size",
                          [(f"{size}%", size) for size in look_settings.TEXT_SIZES])
        self.size_choice.setCurrentIndex(max(0, self.size_choice.findData(look_settings.text_size())))
        self.contrast_choice = combo("contrastChoice", "Contrast",
                              [(c.label, c.value) for c in look_settings.Contrast])
        self.contrast_choice.setCurrentIndex(
            max(0, self.contrast_choice.findData(look_settings.contrast().value)))
        for text, field in (("Te&xt size", self.size_choice), ("Co&ntrast", self.contrast_choice)):
            name = label(text, wrap=False)
            name.setBuddy(field)
            row.addWidget(name)
            row.addWidget(field)
        self.hint = label("Changes straight away. The side menu and room board fit a new "
                          "size after the next sign-in.", role="hint",
                          name="textAndContrastHint")
        row.addWidget(self.hint, 1)
        self.size_choice.currentIndexChanged.connect(self._changed)
        self.contrast_choice.currentIndexChanged.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        look_settings.set_text_size(int(self.size_choice.currentData()))
        look_settings.set_contrast(look_settings.Contrast(self.contrast_choice.currentData()))
        look.apply(cast(QApplication, QApplication.instance()))
