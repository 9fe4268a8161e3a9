"""installer/linux/install.sh and uninstall.sh, run with DESTDIR on a stand-in bundle folder.

`make bundle` runs install.sh on the real bundle; these tests cover what that cannot: a chosen
PREFIX, an update over an older copy, a failing self-test, and an uninstall that leaves vaults.
The stand-in's programs are tiny shell scripts, so the tests need no PyInstaller build.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "installer" / "linux"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux installer")


def stand_in_bundle(folder: Path, *, self_test_exit: int = 0, marker: str = "new") -> Path:
    bundle = folder / "RefugeDesk"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "marker").write_text(marker)
    for name in ("RefugeDesk", "refugedesk-cli"):
        program = bundle / name
        program.write_text(f"#!/bin/sh\necho \"self-test from {name}\"\nexit {self_test_exit}\n")
        program.chmod(0o755)
    for name in ("install.sh", "uninstall.sh", "refugedesk.desktop"):
        shutil.copy2(LINUX / name, bundle / name)
    (bundle / "refugedesk.png").write_bytes(b"\x89PNG stand-in")
    return bundle


def sh(script: Path, destdir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["sh", str(script)], capture_output=True, text=True,
                          env={**os.environ, "DESTDIR": str(destdir), **env})


def test_install_copies_program_menu_entry_and_command(tmp_path):
    bundle = stand_in_bundle(tmp_path / "unpacked")
    root = tmp_path / "root"
    done = sh(bundle / "install.sh", root)
    assert done.returncode == 0, done.stderr
    assert "self-test from refugedesk-cli" in done.stdout
    assert "RefugeDesk is installed" in done.stdout
    program = root / "opt" / "refugedesk"
    assert (program / "_internal" / "marker").read_text() == "new"
    assert os.access(program / "RefugeDesk", os.X_OK)
    entry = (root / "usr/share/applications/refugedesk.desktop").read_text()
    assert "Exec=/opt/refugedesk/RefugeDesk\n" in entry
    assert os.readlink(root / "usr/local/bin/refugedesk") == "/opt/refugedesk/refugedesk-cli"


def test_prefix_is_written_into_the_menu_entry(tmp_path):
    bundle = stand_in_bundle(tmp_path / "unpacked")
    root = tmp_path / "root"
    assert sh(bundle / "install.sh", root, PREFIX="/srv/apps/refugedesk").returncode == 0
    entry = (root / "usr/share/applications/refugedesk.desktop").read_text()
    assert "Exec=/srv/apps/refugedesk/RefugeDesk\n" in entry
    assert "Icon=/srv/apps/refugedesk/refugedesk.png\n" in entry
    assert (root / "srv/apps/refugedesk/RefugeDesk").exists()


def test_update_replaces_the_old_copy_completely(tmp_path):
    root = tmp_path / "root"
    old = stand_in_bundle(tmp_path / "old", marker="old")
    (old / "_internal" / "only-in-old").write_text("stale")
    assert sh(old / "install.sh", root).returncode == 0
    new = stand_in_bundle(tmp_path / "new", marker="new")
    assert sh(new / "install.sh", root).returncode == 0
    program = root / "opt" / "refugedesk"
    assert (program / "_internal" / "marker").read_text() == "new"
    assert not (program / "_internal" / "only-in-old").exists()
    assert not (root / "opt" / "refugedesk.old").exists()
    assert not (root / "opt" / "refugedesk.new").exists()


def test_a_failing_self_test_fails_the_install(tmp_path):
    bundle = stand_in_bundle(tmp_path / "unpacked", self_test_exit=1)
    done = sh(bundle / "install.sh", tmp_path / "root")
    assert done.returncode == 1
    assert "self-test failed" in done.stderr


def test_install_refuses_outside_an_unpacked_bundle(tmp_path):
    done = sh(LINUX / "install.sh", tmp_path / "root")
    assert done.returncode == 1
    assert "unpacked RefugeDesk folder" in done.stderr


def test_uninstall_removes_the_program_and_keeps_vaults(tmp_path):
    bundle = stand_in_bundle(tmp_path / "unpacked")
    root = tmp_path / "root"
    assert sh(bundle / "install.sh", root).returncode == 0
    vaults = root / "home" / "amina" / ".local/share/RefugeDesk/RefugeDesk"
    vaults.mkdir(parents=True)
    (vaults / "refuge.rdb").write_bytes(b"encrypted")
    (vaults / "refuge.rdkeys").write_text("{}")
    done = sh(root / "opt/refugedesk/uninstall.sh", root)
    assert done.returncode == 0, done.stderr
    assert "have NOT been deleted" in done.stdout
    assert not (root / "opt" / "refugedesk").exists()
    assert not (root / "usr/share/applications/refugedesk.desktop").exists()
    assert not (root / "usr/local/bin/refugedesk").is_symlink()
    assert (vaults / "refuge.rdb").read_bytes() == b"encrypted"
    assert (vaults / "refuge.rdkeys").exists()


def test_install_never_replaces_a_folder_that_is_not_refugedesk(tmp_path):
    bundle = stand_in_bundle(tmp_path / "unpacked")
    root = tmp_path / "root"
    precious = root / "srv" / "data"
    precious.mkdir(parents=True)
    (precious / "keep.txt").write_text("someone's files")
    done = sh(bundle / "install.sh", root, PREFIX="/srv/data")
    assert done.returncode == 1
    assert "not a RefugeDesk folder" in done.stderr
    assert (precious / "keep.txt").read_text() == "someone's files"
    assert sorted(p.name for p in (root / "srv").iterdir()) == ["data"]


def test_uninstall_refuses_a_folder_without_refugedesk(tmp_path):
    other = tmp_path / "root" / "srv" / "data"
    other.mkdir(parents=True)
    done = sh(LINUX / "uninstall.sh", tmp_path / "root", PREFIX="/srv/data")
    assert done.returncode == 1
    assert other.exists()
