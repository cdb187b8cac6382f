"""Where the app's log goes: the data folder's ``logs``, else the system's temporary folder,
else nowhere. A log that cannot be written never stops the app from starting or speaking (a
folder IT made read-only, a full disk): the caller is told, so the window can say it."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import tempfile
from dataclasses import dataclass
from pathlib import Path

from counsellor_app.storage.faults import FaultKind, classify_os_error

LOG_NAME = "counsellor.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log that keeps silent when the disk refuses a line (full, pulled out): no
    "--- Logging error ---" traceback on the console, only :attr:`failed` set."""

    failed: OSError | None = None

    def handleError(self, record: logging.LogRecord) -> None:
        import sys

        error = sys.exc_info()[1]
        self.failed = error if isinstance(error, OSError) else OSError(str(error))

    def flush(self) -> None:
        try:
            super().flush()
        except OSError as exc:  # what the disk refused stays unwritten, silently
            self.failed = exc


@dataclass(frozen=True)
class LogPlace:
    """Where the log is written (None: nowhere) and, if not in the data folder, why."""

    path: Path | None
    problem: FaultKind | None = None

    @property
    def in_data_folder(self) -> bool:
        return self.problem is None


def _try(folder: Path) -> QuietFileHandler:
    folder.mkdir(parents=True, exist_ok=True)
    handler = QuietFileHandler(
        folder / LOG_NAME, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    return handler


def start_file_logging(logs: Path, first_line: str) -> LogPlace:
    """A rotating log in ``logs``, or in the system's temporary folder, or none; the first
    line is written at once so a folder that refuses it is known now. It never receives
    passwords or personal data (nor does the fallback, which is why it may sit in temp)."""
    root = logging.getLogger()
    for existing in root.handlers:  # the console stays quiet
        existing.setLevel(max(existing.level, logging.WARNING))
    problem: FaultKind | None = None
    for folder in (logs, Path(tempfile.gettempdir()) / "counsellor-logs"):
        try:
            handler = _try(folder)
        except OSError as exc:
            problem = problem or classify_os_error(exc) or FaultKind.IO_ERROR
            continue
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        logging.getLogger(__name__).info("%s", first_line)
        handler.flush()
        if handler.failed is None:
            return LogPlace(folder / LOG_NAME, problem)
        problem = problem or classify_os_error(handler.failed) or FaultKind.IO_ERROR
        root.removeHandler(handler)
        with contextlib.suppress(OSError):
            handler.close()
    return LogPlace(None, problem)
