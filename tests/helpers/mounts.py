"""Real read-only and full drives for tests, made with mount(8).

The tests run as root, and root writes through any file mode, so `chmod` cannot make a vault
read-only. A read-only mount stops even root (EROFS), and a small tmpfs really fills up
(ENOSPC). Mounting needs root and a kernel that lets this process mount; where it cannot, the
test is skipped with the reason, never passed.

    def test_x(drives, tmp_path):
        drives.read_only(tmp_path / "vault.rdb")     # bind-mount a file or folder read-only
        drive = drives.tmpfs(tmp_path / "small", "2m")
        drives.fill(drive)                            # leave no free space on it
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest


class Drives:
    def __init__(self) -> None:
        self._mounted: list[Path] = []

    @staticmethod
    def _mount(*args: str) -> None:
        try:
            done = subprocess.run(["mount", *args], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.SubprocessError) as exc:
            pytest.skip(f"cannot run mount here: {exc}")
        if done.returncode != 0:
            pytest.skip(f"cannot mount here (needs root and mount rights): {done.stderr.strip()}")

    def read_only(self, path: Path) -> Path:
        """Make `path` (a file or a folder) read-only for everyone, root included, with a
        read-only bind mount over it."""
        self._mount("--bind", str(path), str(path))
        self._mounted.append(path)
        self._mount("-o", "remount,bind,ro", str(path))
        return path

    def tmpfs(self, path: Path, size: str) -> Path:
        """A fresh tmpfs of `size` (e.g. "2m") at `path`."""
        path.mkdir(parents=True, exist_ok=True)
        self._mount("-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path))
        self._mounted.append(path)
        return path

    def remount_read_only(self, path: Path) -> None:
        """Turn a tmpfs made by `tmpfs` read-only: the whole drive, as a locked USB stick."""
        self._mount("-o", "remount,ro", str(path))

    @staticmethod
    def fill(path: Path) -> Path:
        """Write a filler file until the drive says it is full. Returns the filler (delete it
        to free the space)."""
        filler = path / "filler"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while True:
                os.write(fd, b"\0" * 4096)
        except OSError as exc:
            assert exc.errno == 28, exc  # ENOSPC: really full
        finally:
            os.close(fd)
        return filler

    def release(self) -> None:
        for path in reversed(self._mounted):
            subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)
        self._mounted.clear()
