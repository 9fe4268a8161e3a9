"""What is inside this copy of RefugeDesk: its own version and the versions of the parts it is
built on. The About box shows these, and `--self-test` prints them, so a support call can start
with "which version do you have?" and get a complete answer.

Cheap and safe to call at any time: the imports happen here, not at module load, and a part that
cannot be loaded is reported as "unavailable" rather than raising (the About box must still open).
"""

from __future__ import annotations

import platform

#: Said in place of a version (in English, as `--self-test` prints it; the About box shows it
#: in the language in use: `shown`).
UNAVAILABLE = "unavailable"
NO_CIPHER = "missing (not encrypted!)"


def _qt() -> str:
    from PySide6.QtCore import qVersion

    return qVersion()


def _pyside() -> str:
    import PySide6

    return PySide6.__version__


def _sqlcipher_and_sqlite() -> tuple[str, str]:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    # An SQLite without SQLCipher answers the pragma with nothing: say so, do not pretend.
    return (row[0] if row else NO_CIPHER), sqlite


def versions() -> dict[str, str]:
    """Name -> version, in the order the About box lists them."""
    from refugedesk import __version__

    result = {"RefugeDesk": __version__, "Python": platform.python_version()}
    for name, probe in (("Qt", _qt), ("PySide6", _pyside)):
        try:
            result[name] = probe()
        except Exception:  # the About box must open whatever is broken
            result[name] = UNAVAILABLE
    try:
        result["SQLCipher"], result["SQLite"] = _sqlcipher_and_sqlite()
    except Exception:
        result["SQLCipher"] = result["SQLite"] = UNAVAILABLE
    return result


def shown(version: str) -> str:
    """A version as the About box shows it: the words among them in the language in use."""
    from refugedesk.i18n import translate  # here: loading this module needs no Qt

    if version == UNAVAILABLE:
        return translate("About", "unavailable")
    if version == NO_CIPHER:
        return translate("About", "missing (not encrypted!)")
    return version


def summary() -> str:
    """One line per part, e.g. for a "Copy to clipboard" button or a support e-mail."""
    return "\n".join(f"{name}: {version}" for name, version in versions().items())


__all__ = ["NO_CIPHER", "UNAVAILABLE", "shown", "summary", "versions"]
