"""How the app reads for her: the Admin page's "Text size and contrast" box (this computer's
look, kept in its settings, refugedesk/ui/settings.py, and used again at every start), and the
Language dialog every worker reaches from the side menu (her own language, kept in the vault:
refugedesk/language.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from refugedesk import i18n
from refugedesk.db.vault import Vault
from refugedesk.i18n import translate
from refugedesk.ui import look
from refugedesk.ui import settings as look_settings
from refugedesk.ui.flow import FlowRow
from refugedesk.ui.forms import FormDialog
from refugedesk.ui.widgets import combo, label

#: The languages she can choose, each named in its own words (not translated: she must find
#: hers whichever language the window is in). The Welsh is a draft until a Welsh-speaking
#: refuge worker has read it (resources/translations/README.md).
LANGUAGE_CHOICES = (("English", i18n.ENGLISH), ("Cymraeg (drafft)", i18n.WELSH))


class TextAndContrastBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("TextAndContrast", "Text size and contrast on this computer"),
                         parent)
        self.setObjectName("textAndContrast")
        layout = QVBoxLayout(self)
        row = FlowRow(spacing=12)  # each choice beside the other, or under it where narrow
        layout.addLayout(row)
        self.size_choice = combo("textSizeChoice", translate("TextAndContrast", "Text size"),
                                 [(translate("TextAndContrast", "{size}%").format(size=size),
                                   size) for size in look_settings.TEXT_SIZES])
        self.size_choice.setCurrentIndex(max(0, self.size_choice.findData(look_settings.text_size())))
        self.contrast_choice = combo("contrastChoice", translate("TextAndContrast", "Contrast"),
                                     [(c.label, c.value) for c in look_settings.Contrast])
        self.contrast_choice.setCurrentIndex(
            max(0, self.contrast_choice.findData(look_settings.contrast().value)))
        for text, field in ((translate("TextAndContrast", "Te&xt size"), self.size_choice),
                            (translate("TextAndContrast", "Co&ntrast"), self.contrast_choice)):
            name = label(text, wrap=False)
            name.setBuddy(field)
            pair = QWidget()
            line = QHBoxLayout(pair)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(name)
            line.addWidget(field)
            row.addWidget(pair)
        self.hint = label(translate("TextAndContrast",
                                    "Changes straight away. The side menu and room board fit a "
                                    "new size after the next sign-in."), role="hint",
                          name="textAndContrastHint")
        layout.addWidget(self.hint)
        self.size_choice.currentIndexChanged.connect(self._changed)
        self.contrast_choice.currentIndexChanged.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        look_settings.set_text_size(int(self.size_choice.currentData()))
        look_settings.set_contrast(look_settings.Contrast(self.contrast_choice.currentData()))
        look.apply(cast(QApplication, QApplication.instance()))


class LanguageDialog(FormDialog):
    """Her own language: saved in the vault for her alone, then `chosen(code)`, and the main
    window is rebuilt in it at once (she stays signed in)."""

    chosen = Signal(str)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, name="languageDialog",
                         title=translate("TextAndContrast", "Language"),
                         intro=translate(
                             "TextAndContrast", "The language RefugeDesk speaks to you: its "
                             "menus, pages and messages. It is yours alone; your colleagues "
                             "keep theirs. It changes straight away, and you stay signed in."),
                         save=translate("TextAndContrast", "Use this language"), parent=parent)
        self.choice = combo("languageChoice", translate("TextAndContrast", "Language"),
                            LANGUAGE_CHOICES)
        self.choice.setCurrentIndex(max(0, self.choice.findData(i18n.current())))
        self.add_field(translate("TextAndContrast", "&Language"), self.choice, "language")
        self.form.addRow(label(translate(
            "TextAndContrast", "The Welsh is a draft: it has not yet been checked by a "
            "Welsh-speaking refuge worker."), role="hint", name="welshDraftHint"))
        self._saved: str | None = None
        # Announced once the dialog has closed, so the window it rebuilds has no form over it.
        self.accepted.connect(self._announce)

    def action(self) -> Callable[[], object]:
        from refugedesk import language

        code = str(self.choice.currentData())
        return lambda: language.set_mine(self.vault, code)

    def saved(self, value: object) -> None:
        self._saved = str(value)

    def _announce(self) -> None:
        if self._saved is not None:
            self.chosen.emit(self._saved)
