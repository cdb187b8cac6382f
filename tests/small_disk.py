"""A real small filesystem for a test: a size-limited tmpfs mounted in the test's folder, that a
test fills (ENOSPC), makes read-only (EROFS) or frees, as an agency PC's disk does.

Mounting needs root (the tests run as root); elsewhere the tests that need it are skipped.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from counsellor_app.storage.paths import DataPaths


class SmallDisk:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._filler = root / "filler.bin"

    def _mount(self, options: str) -> None:
        subprocess.run(
            ["mount", "-o", options, self.root], check=True, capture_output=True, timeout=30
        )

    def fill(self, leave: int = 0) -> None:
        """Take every free byte but ``leave`` (0: the disk is full, the next write gets ENOSPC)."""
        if leave:
            stats = os.statvfs(self.root)
            with self._filler.open("ab", buffering=0) as handle:
                handle.write(b"\0" * max(stats.f_bavail * stats.f_frsize - leave, 0))
            return
        with self._filler.open("ab", buffering=0) as handle:
            for size in (65536, 512):  # then the last partial block
                try:
                    while handle.write(b"\0" * size):
                        pass
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC

    def free(self) -> None:
        self._filler.unlink(missing_ok=True)

    def read_only(self) -> None:
        self._mount("remount,ro")

    def writable(self) -> None:
        self._mount("remount,rw")

    def data(self, template: Path) -> DataPaths:
        """A copy of the test data folder on this disk."""
        target = self.root / "data"
        shutil.copytree(template, target)
        return DataPaths(target)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    root = tmp_path / "disk"
    root.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0755", "tmpfs", root],
        check=False,
        capture_output=True,
        timeout=30,
    )
    if done.returncode:
        pytest.skip(f"cannot mount a small filesystem: {done.stderr!r}")
    try:
        yield SmallDisk(root)
    finally:
        subprocess.run(["umount", "-l", root], check=False, capture_output=True, timeout=30)
