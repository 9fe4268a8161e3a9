"""The star (radar) chart of her needs on screen; the drawing itself is in
refugedesk/reports/star_chart.py, shared with the documents."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from refugedesk.i18n import translate
from refugedesk.reports.star_chart import Spoke, draw, render_image

__all__ = ["Spoke", "StarChart", "render_image"]


class StarChart(QWidget):
    """Draws a list of Spokes. With fewer than three areas there is no shape to draw, and it
    says so in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needsStarChart")
        self.setAccessibleName(translate(
            "StarChart", "Star chart of her needs: first assessment against latest"))
        self.spokes: list[Spoke] = []
        self.setMinimumSize(QSize(380, 340))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_spokes(self, spokes: list[Spoke]) -> None:
        self.spokes = list(spokes)
        summary = "; ".join(
            translate("StarChart", "{area}: first {first}, latest {latest}").format(
                area=s.label, first=s.first, latest=s.latest) for s in spokes)
        self.setAccessibleDescription(summary)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(460, 400)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        self.paint(painter)
        painter.end()

    def paint(self, painter: QPainter) -> None:
        """Draw the chart with `painter` over the whole widget (words at LABEL_POINT_SIZE)."""
        painter.setFont(self.font())
        draw(painter, QRectF(self.rect()), self.spokes)
