"""The one form base: a titled dialog of fields, a message line, Cancel and Save.

A form gathers what was typed in `action()`, which returns the one domain call to make; Save
runs it through operations.run. A refused value is said under the field it names (a field
added with a key) or in the form's message line, and nothing typed is lost; success announces
`changed` to the other views and closes the form.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from refugedesk.db.vault import Vault
from refugedesk.ui import operations
from refugedesk.ui.changes import Change
from refugedesk.ui.widgets import button, label, message_label


class FormDialog(QDialog):
    """A form. Subclasses add fields with `add_field` (or to `self.form`) and say in
    `action()` what saving does; `changed` is what a successful save announces."""

    changed: frozenset[Change] = frozenset()

    def __init__(self, vault: Vault, *, name: str, title: str, intro: str, save: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        #: A message line per field key, so an error naming the field lands under it.
        self.field_messages: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(label(title, role="subheading"))
        if intro:
            layout.addWidget(label(intro, role="hint"))
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.message = message_label(f"{name}Message")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = button("Cancel", f"{name}Cancel")
        cancel.clicked.connect(self.reject)
        self.save = button(save, f"{name}Save", primary=True)
        self.save.clicked.connect(self.submit)
        row.addWidget(cancel)
        row.addWidget(self.save)
        layout.addLayout(row)

    def add_field(self, text: str, widget: QWidget, key: str | None = None) -> None:
        """A labelled field; with `key` (the domain's name for it) a message line under it."""
        if key is None:
            self.form.addRow(text, widget)
            return
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        message = message_label(f"{self.objectName()}_{key}Message")
        column.addWidget(message)
        self.field_messages[key] = message
        self.form.addRow(text, box)

    def action(self) -> Callable[[], object]:
        """The domain call saving makes, with what was typed read now."""
        raise NotImplementedError

    def saved(self, value: object) -> None:
        """Called with what the action returned, just before a successful form closes."""

    def submit(self) -> bool:
        outcome = operations.run(self, self.action(), message=self.message,
                                 fields=self.field_messages, changed=self.changed)
        if outcome.ok:
            self.saved(outcome.value)
            self.accept()
        return outcome.ok
