"""The small build helpers in installer/: the version every bundle name is made from, and the
icons drawn for the Windows installer and the Linux menu."""

from __future__ import annotations

import importlib.util
import struct
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage, QImageReader

import refugedesk

ROOT = Path(__file__).resolve().parent.parent


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"installer_{name}",
                                                  ROOT / "installer" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_version_comes_from_the_package():
    out = subprocess.run([sys.executable, str(ROOT / "installer" / "version.py")],
                         capture_output=True, text=True, check=True).stdout.strip()
    assert out == refugedesk.__version__
    bundle = subprocess.run([sys.executable, str(ROOT / "installer" / "version.py"), "--bundle"],
                            capture_output=True, text=True, check=True).stdout.strip()
    assert bundle.startswith(f"RefugeDesk-{refugedesk.__version__}-")
    assert bundle == load("version").bundle_name()


def test_icons_are_drawn_at_every_size(tmp_path, qapp):
    load("icons").main(str(tmp_path))
    ico = (tmp_path / "refugedesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    reader = QImageReader(str(tmp_path / "refugedesk.ico"))
    assert reader.imageCount() == 7
    sizes = set()
    for i in range(reader.imageCount()):
        reader.jumpToImage(i)
        image = reader.read()
        assert not image.isNull()
        sizes.add(image.width())
        # Drawn, not blank: the middle of the roof-and-door drawing is opaque.
        assert image.pixelColor(image.width() // 2, image.height() // 2).alpha() == 255
    assert sizes == {16, 24, 32, 48, 64, 128, 256}
    png = QImage(str(tmp_path / "refugedesk.png"))
    assert (png.width(), png.height()) == (256, 256)


def test_desktop_file_points_at_the_installed_program():
    text = (ROOT / "installer" / "linux" / "refugedesk.desktop").read_text()
    entries = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
    assert entries["Exec"] == "/opt/refugedesk/RefugeDesk"
    assert entries["Icon"] == "/opt/refugedesk/refugedesk.png"
    assert entries["Type"] == "Application" and entries["Terminal"] == "false"
