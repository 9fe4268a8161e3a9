"""The two questions about reaching her safely ("Is it safe to phone her?", "... to text
her?"), asked the same way in the intake and in Her details: a three-way choice that starts at
"Not asked yet" for a new woman, so nobody's guess is ever stored as "safe"."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.ui.widgets import combo

#: The choices for each question: (text shown, value stored); the text is marked for
#: translation and shown through translate("ContactSafety", text).
CHOICES: dict[str, list[tuple[str, bool | None]]] = {
    "phone": [(QT_TRANSLATE_NOOP("ContactSafety", "Not asked yet"), None),
              (QT_TRANSLATE_NOOP("ContactSafety", "Yes, it is safe to phone her"), True),
              (QT_TRANSLATE_NOOP("ContactSafety", "No, do not phone her"), False)],
    "text": [(QT_TRANSLATE_NOOP("ContactSafety", "Not asked yet"), None),
             (QT_TRANSLATE_NOOP("ContactSafety", "Yes, it is safe to text her"), True),
             (QT_TRANSLATE_NOOP("ContactSafety", "No, do not text her"), False)],
}


def answer_choice(name: str, what: str) -> QComboBox:
    """The choice for "phone" or "text", starting at "Not asked yet"."""
    choices = [(translate("ContactSafety", text), value) for text, value in CHOICES[what]]
    if what == "phone":
        widget = combo(name, translate("ContactSafety", "Is it safe to phone her?"), choices)
        widget.setToolTip(translate("ContactSafety", "What she told you about phoning her. "
                                    "Leave it at \"Not asked yet\" until she has said."))
    else:
        widget = combo(name, translate("ContactSafety", "Is it safe to text her?"), choices)
        widget.setToolTip(translate("ContactSafety", "What she told you about texting her. "
                                    "Leave it at \"Not asked yet\" until she has said."))
    return widget


def set_answer(widget: QComboBox, value: bool | None) -> None:
    """Show a stored answer as it is (None: "Not asked yet")."""
    for index in range(widget.count()):
        data = widget.itemData(index)
        if (data is None and value is None) or (
                data is not None and value is not None and bool(data) == bool(value)):
            widget.setCurrentIndex(index)
            return


def answer(widget: QComboBox) -> bool | None:
    """What is chosen: True, False or None (not asked yet)."""
    value = widget.currentData()
    return None if value is None else bool(value)
