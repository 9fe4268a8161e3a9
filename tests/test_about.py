"""The About box's list of versions: complete, true, and robust to a broken part."""

import platform

import PySide6
from PySide6.QtCore import qVersion

import refugedesk
from refugedesk import about


def test_versions_lists_every_part_truthfully():
    v = about.versions()
    assert list(v) == ["RefugeDesk", "Python", "Qt", "PySide6", "SQLCipher", "SQLite"]
    assert v["RefugeDesk"] == refugedesk.__version__
    assert v["Python"] == platform.python_version()
    assert v["Qt"] == qVersion()
    assert v["PySide6"] == PySide6.__version__
    # The vault needs SQLCipher 4; a plain SQLite would have no cipher_version at all.
    assert v["SQLCipher"].split(".")[0] == "4"
    assert v["SQLite"].count(".") == 2 and v["SQLite"][0] == "3"


def test_a_broken_part_is_reported_not_raised(monkeypatch):
    def broken():
        raise ImportError("no Qt here")

    monkeypatch.setattr(about, "_qt", broken)
    v = about.versions()
    assert v["Qt"] == about.UNAVAILABLE
    assert v["RefugeDesk"] == refugedesk.__version__


def test_summary_has_one_line_per_part():
    lines = about.summary().splitlines()
    assert lines[0] == f"RefugeDesk: {refugedesk.__version__}"
    assert len(lines) == 6
