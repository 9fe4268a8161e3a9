"""The one form base: a titled dialog of fields, a message line, Cancel and Save.

A form gathers what was typed in `action()`, which returns the one domain call to make; Save
runs it through operations.run. A refused value is said under the field it names (a field
added with a key) or in the form's message line, and nothing typed is lost; success announces
`changed` to the other views and closes the form.

Typed work is kept (`KeepsTypedWork`): Cancel, Escape or the window's close button on a form
whose fields changed since it opened asks first ("Leave without saving?", Keep editing is the
default). Signing out or a colleague taking over the window closes forms without asking
(`dialogs.leave_without_asking`): the vault is closing and the lock must not wait.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from refugedesk.db.vault import Vault
from refugedesk.i18n import translate
from refugedesk.ui import dialogs, operations
from refugedesk.ui.changes import Change
from refugedesk.ui.widgets import FormScroll, button, label, message_label

#: The narrowest a form is drawn: its fields keep a usable width; wider forms say so.
FORM_LEAST_WIDTH = 380


def field_values(root: QWidget) -> list[object]:
    """What every field under `root` holds now, in a fixed order (for "has anything changed")."""
    values: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and not widget.isReadOnly():
            if not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
                values.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly():
            values.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            values.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
    return values


def _typed_into(widget: QWidget) -> bool:
    """A field a person types into or chooses in (not a spin box's or combo's own line)."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly() and not isinstance(
            widget.parentWidget(), (QAbstractSpinBox, QComboBox))
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return not widget.isReadOnly()
    return isinstance(widget, (QComboBox, QAbstractSpinBox)) or (
        isinstance(widget, QAbstractButton) and widget.isCheckable())


def named_values(root: QWidget) -> dict[str, object]:
    """What each named field under `root` holds, by its object name (a draft keeps this)."""
    values: dict[str, object] = {}
    for widget in root.findChildren(QWidget):
        name = widget.objectName()
        if not name or not _typed_into(widget) or not widget.isEnabled():
            continue
        if isinstance(widget, QLineEdit):
            values[name] = widget.text()
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            values[name] = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            values[name] = widget.currentText()
        elif isinstance(widget, QAbstractSpinBox):
            values[name] = widget.text()
        elif isinstance(widget, QAbstractButton):
            values[name] = widget.isChecked()
    return values


def restore_values(root: QWidget, values: dict[str, object]) -> int:
    """Put `named_values` back into the fields of the same names; a value a field no longer
    offers (a choice since removed) is left out. Returns how many fields took theirs."""
    taken = 0
    for widget in root.findChildren(QWidget):
        name = widget.objectName()
        if name not in values or not _typed_into(widget) or not widget.isEnabled():
            continue
        value = values[name]
        if isinstance(widget, QLineEdit) and isinstance(value, str):
            widget.setText(value)
            widget.editingFinished.emit()  # a date field takes the date typed
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and isinstance(value, str):
            widget.setPlainText(value)
        elif isinstance(widget, QComboBox) and isinstance(value, str):
            index = widget.findText(value)
            if index < 0:
                continue
            widget.setCurrentIndex(index)
        elif isinstance(widget, QAbstractSpinBox) and isinstance(value, str):
            line = widget.findChild(QLineEdit)
            if line is None:
                continue
            line.setText(value)
            widget.interpretText()
        elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
            widget.setChecked(value)
        else:
            continue
        taken += 1
    return taken


def _takes_tab(widget: QWidget, window: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled() \
        and widget.isVisibleTo(window) and widget.focusProxy() is None


def _widgets_of(item: QLayoutItem) -> list[QWidget]:
    """The widgets a layout item holds, itself or through its layout, in order."""
    widget = item.widget()
    if widget is not None:
        return [widget]
    inner = item.layout()
    if inner is None:
        return []
    found: list[QWidget] = []
    for i in range(inner.count()):
        child = inner.itemAt(i)
        if child is not None:
            found += _widgets_of(child)
    return found


class KeepsTypedWork(QDialog):
    """A dialog that asks before closing away what was typed into it. What it holds when first
    shown is "nothing typed"; `typed_work` can be widened by a subclass (e.g. lines unticked)
    and `mark_clean` called after a form fills itself from the records."""

    _clean: list[object] | None = None
    _leaving = False
    #: The last question it asked (tests answer it).
    confirm_box: QDialog | None = None

    def showEvent(self, event: QShowEvent) -> None:
        if self._clean is None:
            self.mark_clean()
        super().showEvent(event)

    def mark_clean(self) -> None:
        self._clean = field_values(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a table or list inside a form never submits the form (it once saved a
        half-finished review from its Moments table): only Qt's dialog passes Enter on to
        the default button, so here it stops."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
                QApplication.focusWidget(), QAbstractItemView):
            event.accept()
            return
        super().keyPressEvent(event)

    def typed_work(self) -> bool:
        return self._clean is not None and field_values(self) != self._clean

    def leave(self) -> None:
        """Close without asking (what was typed is thrown away)."""
        self._leaving = True
        super().reject()

    def reject(self) -> None:
        if self._leaving or dialogs.leaving(self) or not self.typed_work():
            super().reject()
            return
        self.confirm_box = dialogs.confirm(
            self, name=f"{self.objectName()}Leave",
            title=translate("Forms", "Leave without saving?"),
            text=translate("Forms",
                           "What you typed here is not saved yet. If you leave now, it is lost."),
            yes=translate("Forms", "Leave without saving"),
            cancel=translate("Forms", "Keep editing"), on_yes=self.leave)


def _proxied_by(widget: QWidget, top: QWidget) -> QWidget:
    """The outermost widget that passes its focus on to `widget` (a DayEdit for its text): the
    one to put in the Tab order, so Qt moves the whole field and leaves no part of it behind
    (a date left behind took Tab from Save back to itself, never to the first field)."""
    outer = widget
    parent = widget.parentWidget()
    while parent is not None and parent is not top and parent.focusProxy() is outer:
        outer, parent = parent, parent.parentWidget()
    return outer


class FormDialog(KeepsTypedWork):
    """A form. Subclasses add fields with `add_field` (or to `self.form`) and say in
    `action()` what saving does; `changed` is what a successful save announces."""

    changed: frozenset[Change] = frozenset()

    def __init__(self, vault: Vault, *, name: str, title: str, intro: str, save: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setObjectName(name)
        self.setWindowTitle(title)
        #: A message line per field key, so an error naming the field lands under it.
        self.field_messages: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        # Titles and intros quote what was typed (her goal in her words): shown as text, never
        # read as HTML.
        heading = label(title, role="subheading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)
        # The intro and the fields scroll on a small screen; the message and Save stay in view.
        self.body = QWidget()
        self.body.setMinimumWidth(FORM_LEAST_WIDTH)
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        if intro:
            hint = label(intro, role="hint")
            hint.setTextFormat(Qt.TextFormat.PlainText)
            column.addWidget(hint)
        self.form = QFormLayout()
        column.addLayout(self.form)
        column.addStretch(1)
        layout.addWidget(FormScroll(self.body, f"{name}Body"), 1)
        self.message = message_label(f"{name}Message")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel = cancel = button(translate("Forms", "Cancel"), f"{name}Cancel")
        cancel.clicked.connect(self.reject)
        self.save = button(save, f"{name}Save", primary=True)
        self.save.clicked.connect(self.submit)
        row.addWidget(cancel)
        row.addWidget(self.save)
        layout.addLayout(row)

    _ordered = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  # Qt's name
        super().showEvent(event)
        if not self._ordered:
            self._ordered = True
            self._reading_order()

    def _reading_order(self) -> None:
        """Tab goes through the fields top to bottom, then Cancel, then Save; the form opens
        with the cursor in its first field (the buttons were made before the fields, so Qt
        would start on them)."""
        fields = self.fields_in_order()
        chain = [*(_proxied_by(field, self) for field in fields), self.cancel, self.save]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        chosen = self.focusWidget()
        if fields and (chosen is None or chosen in (self.cancel, self.save)):
            fields[0].setFocus(Qt.FocusReason.TabFocusReason)

    def fields_in_order(self) -> list[QWidget]:
        """What Tab stops at in the form, row by row as it reads."""
        found: list[QWidget] = []
        roles = (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                 QFormLayout.ItemRole.SpanningRole)
        for row in range(self.form.rowCount()):
            for role in roles:
                item = self.form.itemAt(row, role)
                tops = [] if item is None else _widgets_of(item)
                for top in tops:
                    for widget in [top, *top.findChildren(QWidget)]:
                        if _takes_tab(widget, self) and widget not in found:
                            found.append(widget)
        return found

    def add_field(self, text: str, widget: QWidget, key: str | None = None) -> None:
        """A labelled field; with `key` (the domain's name for it) a message line under it."""
        if key is None:
            self.form.addRow(text, widget)
            return
        box, message = self.field_box(widget, key)
        self.field_messages[key] = message
        self.form.addRow(text, box)

    def field_box(self, widget: QWidget, key: str) -> tuple[QWidget, QLabel]:
        """`widget` with its own message line under it (named after the form and `key`)."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        message = message_label(f"{self.objectName()}_{key}Message")
        column.addWidget(message)
        return box, message

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
