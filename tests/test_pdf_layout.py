"""PDF layout: keeping headings with what follows them never crashes the process.

A subject access copy of 3,000 contacts (tests/data/pdf-heading-before-table.html.gz) once
segfaulted inside Qt while `keep_headings_with_next` measured a table that followed a heading
(see the README in tests/data). It is painted here in a process of its own, so a crash fails the
test instead of ending the test run, and it must produce every page.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).with_name("data") / "pdf-heading-before-table.html.gz"

PAINT = """
import gzip, sys
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QPageSize, QPdfWriter
app = QApplication([])
from refugedesk.reports import pdf
html = gzip.decompress(open(sys.argv[1], "rb").read()).decode("utf-8")
writer = QPdfWriter(sys.argv[2])
writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
print(pdf.paint(html, writer))
"""


@pytest.mark.slow
def test_a_long_copy_with_headings_before_tables_is_laid_out_without_crashing(tmp_path):
    out = tmp_path / "her-copy.pdf"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PAINT, str(DATA), str(out)], env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]  # -11 was the crash
    assert int(done.stdout.strip()) > 500
    assert out.read_bytes().startswith(b"%PDF")


def test_the_kept_copy_has_headings_straight_before_tables():
    """What made it crash is still in the kept file (so the test above still tests it)."""
    html = gzip.decompress(DATA.read_bytes()).decode("utf-8")
    assert "</h2>\n<table" in html and html.count("<h3>") >= 5
