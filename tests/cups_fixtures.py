"""A real CUPS queue with the CUPS-PDF backend, for the printing tests.

The queue is made for the test session and removed after it. When no scheduler answers and we
may start one (root, as CI's container is), the fixture starts its own ``cupsd -f`` and stops
it at the end. Skipped where CUPS or CUPS-PDF is not installed, unless
COUNSELLOR_REQUIRE_SERVICES is set (CI), where that is a failure.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest

from counsellor_app.services import spooler

BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPDS = [
    Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd"),
    Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"),
]
WAIT_SECONDS = 60.0  # how long a job may take to come out of CUPS-PDF on a busy machine


def _missing(reason: str) -> NoReturn:
    if os.environ.get("COUNSELLOR_REQUIRE_SERVICES"):
        pytest.fail(f"{reason} (COUNSELLOR_REQUIRE_SERVICES is set: CI installs it)")
    pytest.skip(reason)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(args), capture_output=True, text=True, check=False, env={**os.environ, "LC_ALL": "C"}
    )


def make_queue(name: str, ppd: Path) -> subprocess.CompletedProcess[str]:
    return run("lpadmin", "-p", name, "-E", "-v", "cups-pdf:/", "-P", str(ppd))


@dataclass
class CupsQueue:
    """The test's queue: its name, and where CUPS-PDF writes what it printed."""

    name: str
    output: Path
    ppd: Path

    def add(self, name: str) -> None:
        """Another queue of the same kind (to pause, to make refuse, to remove)."""
        made = make_queue(name, self.ppd)
        assert made.returncode == 0, made.stderr

    def printed(self, job_id: str, title: str) -> Path:
        """The PDF CUPS-PDF made of ``job_id``, once it is done: named after the job's
        ``title`` (unique to the test), then whatever CUPS-PDF adds."""
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            if spooler.job_completed(job_id):
                found = sorted(self.output.glob(f"{title}*.pdf"))
                if found and found[-1].stat().st_size > 0:
                    return found[-1]
            time.sleep(0.2)
        raise AssertionError(f"CUPS-PDF made no file for {job_id} in {self.output}")


@pytest.fixture(scope="session")
def cups_queue() -> Iterator[CupsQueue]:
    needed = ["lp", "lpstat", "lpadmin", "cupsenable", "cupsdisable", "cupsaccept", "cupsreject"]
    absent = [tool for tool in needed if shutil.which(tool) is None]
    if absent or (shutil.which("cupsd") is None and not Path("/usr/sbin/cupsd").exists()):
        _missing("CUPS is not installed (Debian package cups)")
    ppd = next((p for p in PPDS if p.exists()), None)
    if not BACKEND.exists() or ppd is None:
        _missing("CUPS-PDF is not installed (Debian package printer-driver-cups-pdf)")
    assert ppd is not None
    daemon: subprocess.Popen[bytes] | None = None
    if not spooler.scheduler_running():
        if os.geteuid() != 0:
            _missing("no CUPS scheduler answers, and only root may start one here")
        cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
        daemon = subprocess.Popen([cupsd, "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + WAIT_SECONDS
        while not spooler.scheduler_running():
            if daemon.poll() is not None or time.monotonic() > deadline:
                daemon.kill()
                pytest.fail("cupsd did not start")
            time.sleep(0.2)
    name = f"counsellor-test-{os.getpid()}"
    made = make_queue(name, ppd)
    if made.returncode != 0:
        if daemon is not None:
            daemon.terminate()
        _missing(f"cannot make a CUPS queue here: {made.stderr.strip()}")
    home = Path(pwd.getpwuid(os.getuid()).pw_dir)
    try:
        yield CupsQueue(name, home / "PDF", ppd)
    finally:
        run("lpadmin", "-x", name)
        if daemon is not None:
            daemon.terminate()
            daemon.wait(timeout=30)
