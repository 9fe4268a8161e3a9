"""What a screen reader is told beyond Qt's defaults (docs/accessibility.md, "Screen readers").

Three things Qt's widgets do not do by themselves:

* A combo box on Linux is named by its current value ("Not scored"); Qt tells its label only
  through the "labelled by" relation, which needs a QLabel whose buddy it is, next to it.
  `combo()` in ui/widgets.py calls `label_when_shown`, which, the first time the combo box is
  shown without such a label, adds a hidden one carrying the name the code gave it.
* A changed message is announced (`announce`): a polite QAccessibleAnnouncementEvent (Qt 6.8+:
  AT-SPI and UI Automation pass it to the reader), and an Alert for readers that only know that.
  `listeners` lets a test hear what was announced.
* A heading label reports the role Heading, and the rail's page buttons the role PageTab rather
  than CheckBox (`give_role`), through an accessibility factory: Qt keeps no role property.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QComboBox, QLabel, QWidget

from refugedesk.i18n import translate

#: Called with (widget, text) for every announcement: tests listen here.
listeners: list[Callable[[QWidget, str], None]] = []

_ROLE = "refugedeskAccessibleRole"
_HIDDEN_LABEL = "accessibleLabel"


def announce(widget: QWidget, text: str) -> None:
    """Tell a screen reader `text` now, spoken politely after what it is saying."""
    if not text:
        return
    for listen in list(listeners):
        listen(widget, text)
    if not QAccessible.isActive():
        return  # no reader is listening; building the events would only cost time
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))


class _RoleInterface(QAccessibleWidget):
    """A widget reported with another role; its name is its accessible name or its text."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name:
            shown = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
            return widget.accessibleName() or shown.replace("&", "")
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        widget = self.widget()
        if isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.selectable = True
            state.selected = widget.isChecked()
        return state


def _factory(_class_name: str, thing: QObject) -> QAccessibleWidget | None:
    if not isinstance(thing, QWidget):
        return None
    role = thing.property(_ROLE)
    if role is None:
        return None
    return _RoleInterface(thing, QAccessible.Role(role))


_installed = False


def give_role(widget: QWidget, role: QAccessible.Role) -> None:
    """Report `widget` to screen readers as `role` (Heading, PageTab…)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    widget.setProperty(_ROLE, role.value)
    # With a reader running, Qt may already have made (and kept) the widget's usual interface,
    # when its text was set: drop it, so the next one asked for comes from the factory.
    face = QAccessible.queryAccessibleInterface(widget)
    if face is not None and face.role() != role:
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(face))


def heading(widget: QLabel, level: int) -> None:
    """A heading: role Heading, and its level in the description (Qt has no level for widgets)."""
    give_role(widget, QAccessible.Role.Heading)
    widget.setAccessibleDescription(
        translate("Accessible", "heading level {level}").format(level=level))


def _has_label(widget: QWidget) -> bool:
    face = QAccessible.queryAccessibleInterface(widget)
    return face is not None and any(
        other.text(QAccessible.Text.Name)
        for other, _ in face.relations(QAccessible.RelationFlag.Label))


def ensure_label(box: QComboBox) -> None:
    """Give `box` a label a screen reader reads, if no QLabel is its buddy: a hidden one
    beside it, saying its accessible name."""
    parent = box.parentWidget()
    if parent is None or not box.accessibleName() or _has_label(box):
        return
    hidden = QLabel(box.accessibleName(), parent)
    hidden.setObjectName(_HIDDEN_LABEL)
    hidden.setBuddy(box)
    hidden.hide()


class _LabelOnShow(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  # Qt's name
        if event.type() == QEvent.Type.Show and isinstance(watched, QComboBox):
            watched.removeEventFilter(self)
            ensure_label(watched)
        return False


_label_on_show = _LabelOnShow()


def label_when_shown(box: QComboBox) -> None:
    """Check for a label once `box` is in its window (when it is made it has no neighbours)."""
    box.installEventFilter(_label_on_show)


__all__ = ["announce", "ensure_label", "give_role", "heading", "label_when_shown", "listeners"]
