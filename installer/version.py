"""Print RefugeDesk's version, or the base name of a bundle file for this machine.

    python installer/version.py           ->  0.1.0
    python installer/version.py --bundle  ->  RefugeDesk-0.1.0-linux-x86_64

The one source of the version is refugedesk.__version__; the Makefile, the PyInstaller spec
and the Windows build script all ask this file, so a release bumps one line. It imports only
the package's __init__ (no dependencies), so any Python 3.11 can run it from a fresh checkout.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def version() -> str:
    sys.path.insert(0, str(ROOT))
    try:
        import refugedesk
    finally:
        sys.path.pop(0)
    return refugedesk.__version__


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    if system.startswith("linux"):
        system = "linux"
    machine = platform.machine().lower()
    machine = {"amd64": "x64", "x86_64": "x86_64" if system != "windows" else "x64",
               "arm64": "arm64", "aarch64": "aarch64"}.get(machine, machine)
    return f"{system}-{machine}"


def bundle_name() -> str:
    return f"RefugeDesk-{version()}-{platform_tag()}"


if __name__ == "__main__":
    print(bundle_name() if "--bundle" in sys.argv[1:] else version())
