"""A row of buttons that wraps onto the next line when the window is narrow.

A plain QHBoxLayout of six buttons needs the width of all six, and a page made of such rows
forced the whole window past the edge of a small screen (1024×600, or 1366×768 at 150%). A
`FlowRow` needs only the width of its widest button: where the row does not fit, the buttons
carry on underneath, in the same reading and Tab order. A stretch (`add_stretch`) pushes what
follows to the right end of the line it is on, as in a QHBoxLayout.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget


class FlowRow(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # --- what a QLayout must say ---------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802  # Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """Everything on one line."""
        width = height = 0
        for item in self._shown():
            hint = item.sizeHint()
            width += hint.width() + (self.spacing() if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest single item: the rest can go underneath."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # --- building ------------------------------------------------------------------------------

    def add_stretch(self) -> None:
        """What comes next goes to the right end of its line."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding,
                                 QSizePolicy.Policy.Minimum))

    # --- laying out ----------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty() or isinstance(i, QSpacerItem)]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            if isinstance(item, QSpacerItem):
                lines[-1].append(item)
                continue
            wide = item.sizeHint().width()
            if lines[-1] and used + self.spacing() + wide > width and used > 0:
                lines.append([])
                used = 0
            used += wide + (self.spacing() if used else 0)
            lines[-1].append(item)
        return lines

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for line in self._lines(area.width()):
            items = [i for i in line if not isinstance(i, QSpacerItem)]
            if not items:
                continue
            tall = max(i.sizeHint().height() for i in items)
            if move:
                used = sum(i.sizeHint().width() for i in items) + self.spacing() * (len(items) - 1)
                spare = max(0, area.width() - used)
                stretches = sum(1 for i in line if isinstance(i, QSpacerItem))
                x = area.x()
                for item in line:
                    if isinstance(item, QSpacerItem):
                        x += spare // stretches if stretches else 0
                        continue
                    wide = min(item.sizeHint().width(), area.width())
                    item.setGeometry(QRect(QPoint(x, y), QSize(wide, tall)))
                    x += wide + self.spacing()
            y += tall + self.spacing()
        return y - self.spacing() - area.y() + margins.top() + margins.bottom() if y > area.y() \
            else margins.top() + margins.bottom()


__all__ = ["FlowRow"]
