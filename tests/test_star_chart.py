"""The star chart's words are at least 9 pt, on screen and on paper: every word is drawn with a
painter that records the font it was drawn in, and the paper image is printed at the size it
was drawn at (it used to be drawn 700 pixels wide and shown 420 wide: labels of about 5 pt)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from refugedesk.db.models import NeedArea
from refugedesk.reports.star_chart import (
    LABEL_POINT_SIZE,
    PAPER_SIZE,
    Spoke,
    draw,
    paper_image,
)

SPOKES = [Spoke(area.label, 1 + i % 3, min(5, 3 + i % 3)) for i, area in enumerate(NeedArea)]


class RecordingPainter(QPainter):
    """A painter that notes each text it draws and the point size of the font it used."""

    def __init__(self, device):
        super().__init__(device)
        self.texts: list[tuple[str, float]] = []

    def drawText(self, *args):  # noqa: N802  (Qt's name)
        text = next(a for a in args if isinstance(a, str))
        self.texts.append((text, self.font().pointSizeF()))
        super().drawText(*args)


def _drawn(paint) -> list[tuple[str, float]]:
    image = QImage(QSize(700, 560), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = RecordingPainter(image)
    paint(painter)
    painter.end()
    return painter.texts


def test_every_word_of_the_chart_is_at_least_9_pt(qapp):
    assert LABEL_POINT_SIZE >= 9
    texts = _drawn(lambda p: draw(p, QRectF(0, 0, 700, 560), SPOKES))
    drawn = {text for text, _ in texts}
    assert {s.label for s in SPOKES} <= drawn  # every area named
    assert {"First assessment (dashed)", "Latest assessment (solid)"} <= drawn
    assert min(size for _, size in texts) >= 9, texts


def test_the_chart_on_screen_draws_its_words_at_least_9_pt(qtbot):
    from refugedesk.ui.star_chart import StarChart

    chart = StarChart()
    qtbot.addWidget(chart)
    chart.set_spokes(SPOKES[:4])
    chart.resize(chart.minimumSize())
    texts = _drawn(chart.paint)
    assert {s.label for s in SPOKES[:4]} <= {text for text, _ in texts}
    assert min(size for _, size in texts) >= 9, texts
    # With fewer than three areas it says so, at the same size.
    chart.set_spokes(SPOKES[:2])
    (only,) = _drawn(chart.paint)
    assert only[0].startswith("The star chart appears") and only[1] >= 9


def test_the_paper_image_prints_at_the_size_it_was_drawn(qapp):
    image = paper_image(SPOKES)
    dpi = image.dotsPerMeterX() * 0.0254
    drawn_inches = image.width() / dpi
    printed_inches = PAPER_SIZE.width() / 96  # a document's <img> pixel is 1/96 inch
    assert abs(drawn_inches - printed_inches) < 0.01
    assert image.width() >= 2 * PAPER_SIZE.width()  # sharp on paper
