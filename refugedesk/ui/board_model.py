"""The occupancy board's item model and tile painter: one list model per house, fed the plain
`capacity.Tile` dataclasses, drawn by one delegate. A refresh swaps the tiles in place, so no
widget is built per room.

Colour is never the only signal: every tile says its state in words ("Free", "Occupied",
"Offered", "Closed", "Leaving today", and "OCCUPIED · NOT BACK" in its own amber) and the
legend repeats the colours with their names.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from refugedesk.capacity import Tile, TileState
from refugedesk.i18n import QT_TRANSLATE_NOOP, Counted, translate

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
#: The legend's name for it (houses_page.py, through translate("BoardModel", ...)).
NOT_BACK_LABEL = QT_TRANSLATE_NOOP("BoardModel", "Not back")
#: What the tile says of a resident signed out tonight (Tile.away, a stored word), in
#: capitals after the state: "OCCUPIED · NOT BACK".
AWAY_WORDS = {"out": QT_TRANSLATE_NOOP("BoardModel", "OUT"),
              "not back": QT_TRANSLATE_NOOP("BoardModel", "NOT BACK")}
#: Text on the tiles, in every theme (the tiles keep their pastel colours in high contrast).
TILE_TEXT = "#1d2928"
#: A tile's size: 184×92 at the calm 10.5pt, grown from the font's metrics at larger text sizes
#: (size_tiles, called by look.apply) so no line is lost. Changed in place: the board's views
#: hold this object.
TILE_SIZE = QSize(184, 92)
#: The painter's insets: card inside the grid cell, then text inside the card.
_CARD_INSET = 4
_TEXT_INSETS = (9, 6, 8, 5)  # left, top, right, bottom
#: The longest state line a tile says in English (drawn without eliding, so the tile is this
#: wide; only an occupied room is ever "not back"). The language in use may say it longer:
#: `_longest_states`.
_LONGEST_STATE = "OCCUPIED · NOT BACK"

Index = QModelIndex | QPersistentModelIndex


# This module's words with a count (refugedesk.i18n.Counted: lupdate reads the name).
BoardModel = Counted("BoardModel")


def away_word(away: str) -> str:
    """"OUT" / "NOT BACK" in the language in use (the stored word itself if unknown)."""
    return translate("BoardModel", AWAY_WORDS[away]) if away in AWAY_WORDS else away.upper()


def _state_line(state: str, away: str) -> str:
    """The state in capitals, then where she is when she is signed out: words, not only a
    colour ("OCCUPIED · NOT BACK")."""
    return translate("BoardModel", "{state} · {away}").format(state=state, away=away)


def _longest_states() -> list[str]:
    """The state lines a tile can say that are drawn whole, in English and in the language
    in use (a Welsh tile must fit "LLAWN · HEB DDOD YN ÔL")."""
    occupied = TileState.OCCUPIED.label.upper()
    return [_LONGEST_STATE, _state_line(occupied, away_word("not back")),
            *(state.label.upper() for state in TileState)]


def _fonts(font: QFont) -> tuple[QFont, QFont]:
    """The room-name font (bold) and the state-line font (bold, a little smaller)."""
    head = QFont(font)
    head.setBold(True)
    state = QFont(font)
    state.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    state.setBold(True)
    return head, state


def _text_box(size: QSize) -> QSize:
    left, top, right, bottom = _TEXT_INSETS
    return QSize(size.width() - 2 * _CARD_INSET - left - right,
                 size.height() - 2 * _CARD_INSET - top - bottom)


def size_tiles(font: QFont) -> QSize:
    """Size the tiles for this font: room name and three lines tall, and wide enough for the
    longest state line in the language in use. Never smaller than the calm 184×92."""
    head, state = _fonts(font)
    line = QFontMetrics(head).height()
    left, top, right, bottom = _TEXT_INSETS
    height = 2 * _CARD_INSET + top + bottom + 4 * line + 2
    widest = max(QFontMetrics(state).horizontalAdvance(line) for line in _longest_states())
    width = 2 * _CARD_INSET + left + right + widest + 4
    TILE_SIZE.setWidth(max(184, width))
    TILE_SIZE.setHeight(max(92, height))
    return QSize(TILE_SIZE)


def tile_clipping(tile: Tile, font: QFont, size: QSize | None = None) -> list[str]:
    """What of this tile would be cut off at this font and size: the room name and state line
    (never elided), or a line below the tile's bottom. The lines after the state are elided
    by design when long (a note), so they only have to fit in height."""
    head, state = _fonts(font)
    box = _text_box(size or TILE_SIZE)
    lines = tile_lines(tile)
    problems = []
    room = tile.room + ("  ♿" if tile.wheelchair_accessible else "")
    if QFontMetrics(head).horizontalAdvance(room) > box.width():
        problems.append(f"{tile.room}: room name cut")
    if QFontMetrics(state).horizontalAdvance(lines[0]) > box.width():
        problems.append(f"{tile.room}: {lines[0]!r} cut")
    line = QFontMetrics(head).height()
    if 1 + line * (1 + len(lines)) > box.height():
        problems.append(f"{tile.room}: a line below the tile")
    return problems


def tile_lines(tile: Tile) -> list[str]:
    """What the tile says, line by line, after the room's name. No full name: that is shown
    only on hover and in the selected room's details."""
    state = tile.state.label.upper()
    if tile.state in (TileState.OCCUPIED, TileState.LEAVING_TODAY):
        kids = (translate("BoardModel", "no children") if tile.children == 0 else
                BoardModel.tr("%n children", "%n child", tile.children))
        nights = (translate("BoardModel", "new today") if tile.nights_so_far == 0 else
                  BoardModel.tr("%n nights", "%n night", tile.nights_so_far))
        if tile.away:
            state = _state_line(state, away_word(tile.away))  # words, not only a colour
        return [state, f"{tile.household_ref} {tile.initials}".strip(),
                translate("BoardModel", "{children} · {nights}").format(children=kids,
                                                                       nights=nights)]
    if tile.state is TileState.RESERVED:
        return [translate("BoardModel", "{state} to {initials}").format(
            state=state, initials=tile.initials), tile.note]
    if tile.state is TileState.CLOSED:
        return [state, tile.note]
    if not tile.child_places + tile.cots:
        return [state, translate("BoardModel", "No child places")]
    places = BoardModel.tr("%n child places", "%n child place", tile.child_places)
    if tile.cots:
        cots = BoardModel.tr("%n cots", "%n cot", tile.cots)
        places = translate("BoardModel", "{child_places} + {cots}").format(
            child_places=places, cots=cots)
    return [state, places]


def not_back(tile: Tile) -> bool:
    """Signed out and overdue tonight."""
    return tile.state is TileState.OCCUPIED and tile.away == "not back"


def tile_colours(tile: Tile) -> tuple[str, str]:
    """The tile's background and border: its state's, or NOT BACK's own."""
    return NOT_BACK_COLOURS if not_back(tile) else COLOURS[tile.state]


def tile_tooltip(tile: Tile) -> str:
    parts = [translate("BoardModel", "{room}: {state}").format(room=tile.room,
                                                               state=tile.state.label)]
    if tile.name:
        parts.append(tile.name)
    if tile.household_ref:
        parts.append(translate("BoardModel", "Household {reference}").format(
            reference=tile.household_ref))
    if tile.note:
        parts.append(tile.note)
    parts.append(", ".join(room_facts(tile)))
    return "\n".join(parts)


def room_facts(tile: Tile) -> list[str]:
    """What the room offers: "1 child place", "1 cot", "wheelchair accessible",
    "self-contained" (the tooltip and the selected room's details)."""
    facts = [BoardModel.tr("%n child places", "%n child place", tile.child_places),
             BoardModel.tr("%n cots", "%n cot", tile.cots)]
    if tile.wheelchair_accessible:
        facts.append(translate("BoardModel", "wheelchair accessible"))
    if tile.self_contained:
        facts.append(translate("BoardModel", "self-contained"))
    return facts


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
        return QSize(TILE_SIZE)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        tile: Tile | None = index.data(TileRole)
        if tile is None:
            return
        fill, edge = tile_colours(tile)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(option.rect).adjusted(_CARD_INSET, _CARD_INSET, -_CARD_INSET, -_CARD_INSET)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        width = 3 if selected else (2.4 if not_back(tile) else 1.4)
        painter.setPen(QPen(QColor("#1F2A37" if selected else edge), width))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(rect, 7, 7)
        left, top, right, bottom = _TEXT_INSETS
        text = rect.adjusted(left, top, -right, -bottom)
        font, state_font = _fonts(option.font)
        painter.setFont(font)
        # The tiles keep their pastel colours in every theme, so their text is always dark
        # (not the palette's, which is white in high contrast).
        ink = QColor(TILE_TEXT)
        painter.setPen(ink)
        head = tile.room + ("  ♿" if tile.wheelchair_accessible else "")
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, head)
        line_h = painter.fontMetrics().height()
        lines = tile_lines(tile)
        y = text.top() + line_h + 1
        painter.setFont(state_font)
        painter.setPen(QColor(edge).darker(150))
        painter.drawText(QRect(text.left(), y, text.width(), line_h), Qt.AlignmentFlag.AlignLeft,
                         lines[0])
        painter.setFont(option.font)
        painter.setPen(ink)
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
