"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 drops one reference to None on every
call that returns nothing (QLabel.setText, QWidget.hide...). After a few thousand such calls,
in any long session, Python frees None and the whole app aborts ("none_dealloc"). pyproject.toml
keeps that release out; this test fails if a binding with the leak is ever installed again."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_that_return_nothing_do_not_eat_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(2000):
        label.setText(str(i % 7))
        label.setVisible(False)
    after = sys.getrefcount(None)
    assert before - after < 50, f"{before - after} references to None lost in 4,000 calls"
