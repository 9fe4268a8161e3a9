"""The occupancy board's item model and tile painter: one list model per house, fed the plain
`capacity.Tile` dataclasses, drawn by one delegate. A refresh swaps the tiles in place, so no
widget is built per room.

Colour is never the only signal: every tile says its state in words ("Free", "Occupied",
"Offered", "Closed", "Leaving today", and "OCCUPIED · NOT BACK" in its own amber) and the
legend repeats the colours with their names.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from refugedesk.capacity import Tile, TileState
from refugedesk.words import plural

TileRole = Qt.ItemDataRole.UserRole + 1

#: Background and border for each state: calm, distinguishable, and always with text too.
COLOURS: dict[TileState, tuple[str, str]] = {
    TileState.FREE: ("#E4F3E0", "#4C8C45"),
    TileState.OCCUPIED: ("#E2E9F4", "#4F6F9F"),
    TileState.RESERVED: ("#FFF0C7", "#B5891A"),
    TileState.CLOSED: ("#E4E4E4", "#7A7A7A"),
    TileState.LEAVING_TODAY: ("#FBE1CF", "#C4652A"),
}
#: A resident signed out and overdue ("OCCUPIED · NOT BACK"): warm amber, urgent, unlike
#: any state's colour; its words on the tile say it too. Text on it: 9.5:1, the state word
#: (the border darkened) 7:1.
NOT_BACK_COLOURS = ("#FFC870", "#9A4300")
#: The legend's name for it (houses_page.py).
NOT_BACK_LABEL = "Not back"
TILE_SIZE = QSize(184, 92)

Index = QModelIndex | QPersistentModelIndex


def tile_lines(tile: Tile) -> list[str]:
    """What the tile says, line by line, after the room's name. No full name: that is shown
    only on hover and in the selected room's details."""
    state = tile.state.label.upper()
    if tile.state in (TileState.OCCUPIED, TileState.LEAVING_TODAY):
        kids = ("no children" if tile.children == 0 else
                f"{tile.children} child{'ren' if tile.children != 1 else ''}")
        nights = ("new today" if tile.nights_so_far == 0 else
                  f"{tile.nights_so_far} night{'s' if tile.nights_so_far != 1 else ''}")
        if tile.away:
            state += f" · {tile.away.upper()}"  # words, not only a colour: "NOT BACK"
        return [state, f"{tile.household_ref} {tile.initials}".strip(), f"{kids} · {nights}"]
    if tile.state is TileState.RESERVED:
        return [state + f" to {tile.initials}", tile.note]
    if tile.state is TileState.CLOSED:
        return [state, tile.note]
    kids = tile.child_places + tile.cots
    places = f"{tile.child_places} child place{'s' if tile.child_places != 1 else ''}"
    if tile.cots:
        places += f" + {tile.cots} cot{'s' if tile.cots != 1 else ''}"
    return [state, places if kids else "No child places"]


def not_back(tile: Tile) -> bool:
    """Signed out and overdue tonight."""
    return tile.state is TileState.OCCUPIED and tile.away == "not back"


def tile_colours(tile: Tile) -> tuple[str, str]:
    """The tile's background and border: its state's, or NOT BACK's own."""
    return NOT_BACK_COLOURS if not_back(tile) else COLOURS[tile.state]


def tile_tooltip(tile: Tile) -> str:
    parts = [f"{tile.room}: {tile.state.label}"]
    if tile.name:
        parts.append(tile.name)
    if tile.household_ref:
        parts.append(f"Household {tile.household_ref}")
    if tile.note:
        parts.append(tile.note)
    parts.append(f"{plural(tile.child_places, 'child place')}, {plural(tile.cots, 'cot')}"
                 + (", wheelchair accessible" if tile.wheelchair_accessible else "")
                 + (", self-contained" if tile.self_contained else ""))
    return "\n".join(parts)


class HouseTilesModel(QAbstractListModel):
    """The rooms of one house on one night."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: list[Tile] = []

    def set_tiles(self, tiles: list[Tile]) -> None:
        """Same rooms as before: the tiles change in place (selection survives). Otherwise
        the model resets."""
        if [t.room_id for t in tiles] == [t.room_id for t in self.tiles] and tiles:
            self.tiles = tiles
            self.dataChanged.emit(self.index(0), self.index(len(tiles) - 1))
            return
        self.beginResetModel()
        self.tiles = tiles
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tiles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        tile = self.tiles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join([tile.room, *tile_lines(tile)])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{tile.room}, {', '.join(tile_lines(tile))}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tile_tooltip(tile)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(tile_colours(tile)[0])
        if role == TileRole:
            return tile
        return None


class TileDelegate(QStyledItemDelegate):
    """Paints a tile: coloured card, room name in bold, the state in capitals, then who is
    there. A thick dark border marks the selected tile; a dashed one the keyboard focus."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return TILE_SIZE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        tile: Tile | None = index.data(TileRole)
        if tile is None:
            return
        fill, edge = tile_colours(tile)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(option.rect).adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        width = 3 if selected else (2.4 if not_back(tile) else 1.4)
        painter.setPen(QPen(QColor("#1F2A37" if selected else edge), width))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(rect, 7, 7)
        text = rect.adjusted(9, 6, -8, -5)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        head = tile.room + ("  ♿" if tile.wheelchair_accessible else "")
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, head)
        line_h = painter.fontMetrics().height()
        state_font = QFont(option.font)
        state_font.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        state_font.setBold(True)
        lines = tile_lines(tile)
        y = text.top() + line_h + 1
        painter.setFont(state_font)
        painter.setPen(QColor(edge).darker(150))
        painter.drawText(QRect(text.left(), y, text.width(), line_h), Qt.AlignmentFlag.AlignLeft,
                         lines[0])
        painter.setFont(option.font)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        for line in lines[1:]:
            y += line_h
            elided = painter.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight,
                                                      text.width())
            painter.drawText(QRect(text.left(), y, text.width(), line_h),
                             Qt.AlignmentFlag.AlignLeft, elided)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(QColor("#1F2A37"), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 5, 5)
        painter.restore()
