"""The star (radar) chart of her needs: one spoke per area scored, 1 at the centre to 5 at the
rim (5: no worries here), her first assessment drawn dashed and her latest solid, so the
distance travelled shows as the shape growing outwards. Drawn with QPainter; the same drawing
can be rendered to an image for documents (`render_image`). QtGui only: the on-screen widget
is refugedesk/ui/star_chart.py."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF

FIRST = QColor("#8a8f8e")
LATEST = QColor("#1f6f67")
GRID = QColor("#d3d9d7")
TEXT = QColor("#25302f")
MAX_SCORE = 5


@dataclass(frozen=True)
class Spoke:
    label: str
    first: int
    latest: int


def render_image(spokes: list[Spoke], size: QSize | None = None) -> QImage:
    """The chart as an image (white background), for reports and exports."""
    size = size or QSize(700, 600)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw(painter, QRectF(0, 0, size.width(), size.height()), spokes)
    painter.end()
    return image


def draw(painter: QPainter, rect: QRectF, spokes: list[Spoke]) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setPointSizeF(8.5)
    painter.setFont(font)
    painter.setPen(TEXT)
    if len(spokes) < 3:
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         "The star chart appears once three or more areas are scored.")
        return
    legend_height = 22
    area = rect.adjusted(0, 0, 0, -legend_height)
    centre = area.center()
    radius = max(20.0, min(area.width() / 2 - 135, area.height() / 2 - 34))
    count = len(spokes)

    def point(index: int, value: float) -> QPointF:
        angle = -math.pi / 2 + 2 * math.pi * index / count
        r = radius * value / MAX_SCORE
        return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

    # Rings for scores 1 to 5, spokes, and the score numbers up the first spoke.
    painter.setPen(QPen(GRID, 1))
    for level in range(1, MAX_SCORE + 1):
        painter.drawPolygon(QPolygonF([point(i, level) for i in range(count)]))
    for i in range(count):
        painter.drawLine(centre, point(i, MAX_SCORE))
    painter.setPen(QPen(FIRST, 1))
    for level in range(1, MAX_SCORE + 1):
        p = point(0, level)
        painter.drawText(QPointF(p.x() + 4, p.y() + 4), str(level))

    first = QPolygonF([point(i, s.first) for i, s in enumerate(spokes)])
    latest = QPolygonF([point(i, s.latest) for i, s in enumerate(spokes)])
    fill = QColor(LATEST)
    fill.setAlpha(45)
    painter.setBrush(fill)
    painter.setPen(QPen(LATEST, 2.5))
    painter.drawPolygon(latest)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(FIRST, 2, Qt.PenStyle.DashLine))
    painter.drawPolygon(first)

    painter.setPen(TEXT)
    for i, spoke in enumerate(spokes):
        p = point(i, MAX_SCORE + 0.35)
        box = QRectF(p.x() - 62, p.y() - 18, 124, 36)
        if p.x() < centre.x() - 5:
            box.moveRight(p.x() + 8)
            align = Qt.AlignmentFlag.AlignRight
        elif p.x() > centre.x() + 5:
            box.moveLeft(p.x() - 8)
            align = Qt.AlignmentFlag.AlignLeft
        else:
            align = Qt.AlignmentFlag.AlignHCenter
        painter.drawText(box, align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                         spoke.label)

    # The legend says in words which line is which (not colour alone).
    y = rect.bottom() - legend_height / 2
    x = rect.left() + 10
    painter.setPen(QPen(FIRST, 2, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(x, y), QPointF(x + 28, y))
    painter.setPen(TEXT)
    painter.drawText(QPointF(x + 34, y + 4), "First assessment (dashed)")
    x += 220
    painter.setPen(QPen(LATEST, 2.5))
    painter.drawLine(QPointF(x, y), QPointF(x + 28, y))
    painter.setPen(TEXT)
    painter.drawText(QPointF(x + 34, y + 4), "Latest assessment (solid)")
