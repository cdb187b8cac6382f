"""The print spooler (CUPS), spoken to through its own command-line clients ``lp`` and ``lpstat``.

Why not Qt's printing: Qt hands CUPS a picture of each page fitted into its default margins
(96.7 %, 600–740 KB a page) and never says when the spooler refused the job. Here the app's
own vector PDF goes to the queue at true size on A4, and every way the spooler can refuse
(no print service, unknown printer, queue paused, queue rejecting jobs) becomes a coded
:class:`DomainError` the interface translates. The PDF goes through ``lp``'s standard input:
no copy of a document with personal data is left in a temporary file.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from enum import Enum

from counsellor_app.core.problems import DomainError

TIMEOUT_SECONDS = 30  # a scheduler that does not answer in this time is treated as absent
MAX_NAME = 127  # CUPS limits queue names to 127 characters
# What CUPS accepts as a queue name, and never an option of its clients ("-…").
_NAME = re.compile(r"^[^\s/#\\'\"\-][^\s/#\\'\"]{0,126}$")
_REQUEST_ID = re.compile(r"request id is (\S+)", re.IGNORECASE)


class QueueState(Enum):
    READY = "ready"
    PAUSED = "paused"
    REJECTING = "rejecting"
    UNKNOWN = "unknown"
    NO_SERVICE = "no_service"


@dataclass(frozen=True)
class PrintOptions:
    """What the print dialog chose, in the spooler's words."""

    copies: int = 1
    first_page: int | None = None  # counted from 1, both ends included
    last_page: int | None = None
    duplex: str | None = None  # "long" or "short" edge, None for one side

    def arguments(self) -> list[str]:
        # print-scaling=none: the PDF is already A4 at true size; nothing may fit or shrink it.
        args = ["-n", str(max(1, min(self.copies, 999))), "-o", "media=A4"]
        args += ["-o", "print-scaling=none", "-o", "fit-to-page=false"]
        if self.first_page is not None and self.last_page is not None:
            args += ["-o", f"page-ranges={self.first_page}-{self.last_page}"]
        if self.duplex == "long":
            args += ["-o", "sides=two-sided-long-edge"]
        elif self.duplex == "short":
            args += ["-o", "sides=two-sided-short-edge"]
        return args


@dataclass(frozen=True)
class Submitted:
    """A job the spooler accepted: its request id (``queue-123``) and the bytes sent."""

    job_id: str
    size: int


def available() -> bool:
    """True where CUPS's clients are installed (Linux, macOS): printing goes through them.
    Never on Windows, even with an ``lp.exe`` on the PATH (Cygwin, Git's tools): there the
    printers are Windows' own, listed by Qt (QPrinterInfo, from the Windows spooler) and
    printed to through the print dialog's page pictures (ui/printing.print_raster)."""
    if sys.platform == "win32":
        return False
    return shutil.which("lp") is not None and shutil.which("lpstat") is not None


def _run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    # The C locale: the answers are parsed, and must not change with the user's language.
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    return subprocess.run(
        args, input=stdin, capture_output=True, timeout=TIMEOUT_SECONDS, env=env, check=False
    )


def _valid_name(printer: str) -> bool:
    return bool(_NAME.match(printer))


def scheduler_running() -> bool:
    try:
        answer = _run(["lpstat", "-r"])
    except (OSError, subprocess.TimeoutExpired):
        return False
    return answer.stdout.decode(errors="replace").strip() == "scheduler is running"


def queue_state(printer: str) -> QueueState:
    """The queue's state as the scheduler sees it now."""
    if not _valid_name(printer):
        return QueueState.UNKNOWN
    if not scheduler_running():
        return QueueState.NO_SERVICE
    try:
        status = _run(["lpstat", "-p", printer])
        accepting = _run(["lpstat", "-a", printer])
    except (OSError, subprocess.TimeoutExpired):
        return QueueState.NO_SERVICE
    if status.returncode != 0 or accepting.returncode != 0:
        return QueueState.UNKNOWN
    text = status.stdout.decode(errors="replace")
    acceptance = accepting.stdout.decode(errors="replace")
    if not text.startswith(f"printer {printer} "):
        return QueueState.UNKNOWN
    if f"{printer} not accepting" in acceptance:
        return QueueState.REJECTING
    if " disabled since " in text.splitlines()[0]:
        return QueueState.PAUSED
    return QueueState.READY


def refusal(state: QueueState, printer: str) -> DomainError:
    codes = {
        QueueState.PAUSED: "printer_paused",
        QueueState.REJECTING: "printer_rejecting",
        QueueState.UNKNOWN: "printer_unknown",
        QueueState.NO_SERVICE: "print_service_unavailable",
    }
    return DomainError.single(codes[state], "printer", printer=printer[:MAX_NAME])


def submit_pdf(printer: str, pdf: bytes, title: str, options: PrintOptions) -> Submitted:
    """Send ``pdf`` to the queue ``printer``, as it is; raise a coded refusal unless the
    spooler accepted it. The queue is checked first (a paused queue would take the job and
    leave it waiting unseen), then the answer of ``lp`` itself is read."""
    state = queue_state(printer)
    if state is not QueueState.READY:
        raise refusal(state, printer)
    safe_title = re.sub(r"[^\w.\-]", "_", title)[:64] or "document"
    try:
        answer = _run(
            ["lp", "-d", printer, "-t", safe_title, *options.arguments(), "--", "-"], stdin=pdf
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise refusal(QueueState.NO_SERVICE, printer) from error
    found = _REQUEST_ID.search(answer.stdout.decode(errors="replace"))
    if answer.returncode != 0 or found is None:
        # Refused between the check and the job: say which way, as the scheduler sees it now.
        now = queue_state(printer)
        if now is not QueueState.READY:
            raise refusal(now, printer)
        raise DomainError.single("print_job_refused", "printer", printer=printer[:MAX_NAME])
    return Submitted(found.group(1), len(pdf))


def job_completed(job_id: str) -> bool:
    """True once the spooler lists ``job_id`` among its completed jobs."""
    queue = job_id.rsplit("-", 1)[0]
    if not _valid_name(queue):
        return False
    try:
        answer = _run(["lpstat", "-W", "completed", "-o", queue])
    except (OSError, subprocess.TimeoutExpired):
        return False
    return any(line.split()[:1] == [job_id] for line in answer.stdout.decode().splitlines())
