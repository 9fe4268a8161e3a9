"""The star (radar) chart of her needs: one spoke per area scored, 1 at the centre to 5 at the
rim (5: no worries here), her first assessment drawn dashed and her latest solid, so the
distance travelled shows as the shape growing outwards. Drawn with QPainter; the same drawing
can be rendered to an image for documents (`render_image`, `paper_image`). QtGui only: the
on-screen widget is refugedesk/ui/star_chart.py.

Every word on the chart is LABEL_POINT_SIZE points, on screen and on paper: the paper image is
drawn at the size it is printed (PAPER_SIZE, in 1/96-inch pixels) with PAPER_SCALE image pixels
to each, and says so in its own resolution, so a document shows it at that size and its points
stay points (it used to be drawn at 700 pixels and printed at 420: labels of about 5 pt)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QPolygonF

from refugedesk.i18n import translate

# WCAG 2.1 AA on the white page (tests/ui/test_look.py): FIRST also writes the score numbers,
# so 4.5:1 (5.9), and the lines keep 3:1 on the latest assessment's light fill too; the rings
# that mark the scores are graphics a reader needs, so 3:1 (3.0).
FIRST = QColor("#5f6665")
LATEST = QColor("#1f6f67")
GRID = QColor("#8e9694")
#: How much of LATEST fills the latest assessment's shape (0-255).
FILL_ALPHA = 45
TEXT = QColor("#25302f")
MAX_SCORE = 5
#: The size of every word on the chart, in points: at least 9, on screen and on paper.
LABEL_POINT_SIZE = 9.5
#: The chart's size on paper, in pixels of 1/96 inch (the unit a document's <img> uses).
PAPER_SIZE = QSize(620, 500)
#: Image pixels for each of those, so the printed chart stays sharp.
PAPER_SCALE = 2


@dataclass(frozen=True)
class Spoke:
    label: str
    first: int
    latest: int


def render_image(spokes: list[Spoke], size: QSize | None = None, *, scale: int = 1) -> QImage:
    """The chart as an image (white background), `size` in pixels of 1/96 inch, drawn with
    `scale` image pixels to each. The image's resolution says so (96 x `scale` dots per inch),
    so its physical size is `size` whatever the scale."""
    size = size or QSize(700, 600)
    image = QImage(size * scale, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    draw(painter, QRectF(0, 0, size.width(), size.height()), spokes)
    painter.end()
    # Set after drawing: fonts are drawn at 96 dpi and scaled by the painter.
    dots_per_metre = round(96 * scale / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def paper_image(spokes: list[Spoke]) -> QImage:
    """The chart for a document, to be shown at PAPER_SIZE (its labels LABEL_POINT_SIZE)."""
    return render_image(spokes, PAPER_SIZE, scale=PAPER_SCALE)


def draw(painter: QPainter, rect: QRectF, spokes: list[Spoke]) -> None:
    """Draw the chart in `rect` (in the painter's logical pixels), its words in the language
    being spoken (the spokes' labels come translated)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setPointSizeF(LABEL_POINT_SIZE)
    painter.setFont(font)
    painter.setPen(TEXT)
    if len(spokes) < 3:
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         translate("ReportsStarChart",
                                   "The star chart appears once three or more areas are "
                                   "scored."))
        return
    metrics = QFontMetricsF(font, painter.device())
    line = metrics.lineSpacing()
    legend = [(translate("ReportsStarChart", "First assessment (dashed)"),
               QPen(FIRST, 2, Qt.PenStyle.DashLine)),
              (translate("ReportsStarChart", "Latest assessment (solid)"), QPen(LATEST, 2.5))]
    widths = [34 + metrics.horizontalAdvance(words) + 24 for words, _ in legend]
    legend_rows = 1 if 10 + sum(widths) <= rect.width() else len(legend)
    legend_height = line * legend_rows + 10
    area = rect.adjusted(0, 0, 0, -legend_height)
    centre = area.center()
    # Room for the labels round the rim, as wide as the chart allows: beside it to the left and
    # right, above and below it at the top and the bottom.
    box_width = min(160.0, max(90.0, area.width() * 0.24))
    wrap = Qt.TextFlag.TextWordWrap
    tallest = max(metrics.boundingRect(QRectF(0, 0, box_width, 1000), int(wrap),
                                       s.label).height() for s in spokes)
    reach = 1 + 0.35 / MAX_SCORE  # labels sit just beyond the rim
    radius = max(20.0, min((area.width() / 2 - box_width + 8) / reach,
                           (area.height() / 2 - tallest - 2) / reach))
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
        painter.drawText(QPointF(p.x() + 4, p.y() + metrics.ascent() / 2), str(level))

    first = QPolygonF([point(i, s.first) for i, s in enumerate(spokes)])
    latest = QPolygonF([point(i, s.latest) for i, s in enumerate(spokes)])
    fill = QColor(LATEST)
    fill.setAlpha(FILL_ALPHA)
    painter.setBrush(fill)
    painter.setPen(QPen(LATEST, 2.5))
    painter.drawPolygon(latest)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(FIRST, 2, Qt.PenStyle.DashLine))
    painter.drawPolygon(first)

    painter.setPen(TEXT)
    for i, spoke in enumerate(spokes):
        p = point(i, MAX_SCORE + 0.35)
        box = QRectF(0, 0, box_width, tallest)
        dx, dy = p.x() - centre.x(), p.y() - centre.y()
        if dx < -radius * 0.1:
            box.moveRight(p.x() + 8)
            align = Qt.AlignmentFlag.AlignRight
        elif dx > radius * 0.1:
            box.moveLeft(p.x() - 8)
            align = Qt.AlignmentFlag.AlignLeft
        else:
            box.moveLeft(p.x() - box_width / 2)
            align = Qt.AlignmentFlag.AlignHCenter
        if dy < -radius * 0.6:  # near the top: above the rim
            box.moveBottom(p.y() - 2)
            align |= Qt.AlignmentFlag.AlignBottom
        elif dy > radius * 0.6:  # near the bottom: below it
            box.moveTop(p.y() + 1)
            align |= Qt.AlignmentFlag.AlignTop
        else:
            box.moveTop(p.y() - tallest / 2)
            align |= Qt.AlignmentFlag.AlignVCenter
        painter.drawText(box, align | wrap, spoke.label)

    # The legend says in words which line is which (not colour alone); on a narrow chart, one
    # line each.
    y = rect.bottom() - legend_height + 5 + line / 2
    x = rect.left() + 10
    for (words, pen), width in zip(legend, widths, strict=True):
        painter.setPen(pen)
        painter.drawLine(QPointF(x, y), QPointF(x + 28, y))
        painter.setPen(TEXT)
        painter.drawText(QPointF(x + 34, y + metrics.ascent() / 2 - 1), words)
        if legend_rows == 1:
            x += width
        else:
            y += line
