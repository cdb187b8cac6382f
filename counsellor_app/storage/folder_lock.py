"""One process per data folder: the app, or one command of the command line, never both.

Two processes on one folder would number the outbox independently and race their migrations
and restores. The lock is the operating system's own (``flock`` on Linux and macOS, a byte
range lock through ``msvcrt`` on Windows), taken without waiting: it vanishes with the process
that held it, so a crash never leaves the folder locked. Beside it, the file holds a note of
who holds it (program, process id, computer, since when) to tell the user; a note found at
start with no lock behind it is the trace of a session that ended without closing.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

LOCK_FILE = "counsellor.lock"
# Windows locks bytes, and a locked byte cannot be read by others: lock one far past the note
# (Windows allows locking beyond the end of a file), so the note stays readable.
_LOCKED_BYTE = 1 << 30
_NOTE_LIMIT = 4096


@dataclass(frozen=True)
class Holder:
    """Who the lock file's note names (fields empty when the note is unreadable)."""

    program: str
    pid: int | None
    host: str
    since: str  # ISO 8601, UTC

    def describe(self) -> str:
        """Plain words for the command line and the log (the app words it in the UI)."""
        who = self.program or "another Counsellor process"
        where = f"process {self.pid}" if self.pid else "a process"
        if self.host:
            where += f" on {self.host}"
        return f"{who} ({where}" + (f", since {self.since[:16]} UTC)" if self.since else ")")


class FolderInUse(Exception):
    """Another process holds the data folder."""

    def __init__(self, folder: Path, holder: Holder | None) -> None:
        super().__init__(str(folder))
        self.folder, self.holder = folder, holder

    def sentence(self) -> str:
        who = self.holder.describe() if self.holder else "another Counsellor process"
        return f"the data folder {self.folder} is in use by {who}; close it, then try again"


def _read_note(path: Path) -> Holder | None:
    try:
        with path.open("rb") as note:
            raw = note.read(_NOTE_LIMIT)
    except OSError:
        return None
    if not raw.strip(b"\0 \n"):
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
        pid = data.get("pid")
        return Holder(
            str(data.get("program", ""))[:80],
            pid if isinstance(pid, int) else None,
            str(data.get("host", ""))[:120],
            str(data.get("since", ""))[:40],
        )
    except (ValueError, AttributeError):
        return Holder("", None, "", "")


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _LOCKED_BYTE, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:  # flock: held by this open file, so a second open in the same process is refused too
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _LOCKED_BYTE, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


class FolderLock:
    """Held while a process works on a data folder; :meth:`acquire` refuses a held one."""

    def __init__(self, fd: int, path: Path, stale: Holder | None) -> None:
        self._fd: int | None = fd
        self.path = path
        self.stale = stale  # the note of a holder that ended without releasing (a crash)

    @classmethod
    def acquire(cls, folder: Path, program: str) -> FolderLock:
        """Take the folder's lock at once or raise :class:`FolderInUse` naming the holder;
        OSError if the folder cannot be made or written."""
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOCK_FILE
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        try:
            if not _try_lock(fd):
                raise FolderInUse(folder, _read_note(path))
            stale = _read_note(path)
            note = {
                "program": program,
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "since": datetime.now(UTC).isoformat(timespec="seconds"),
            }
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, json.dumps(note).encode("utf-8"))
        except BaseException:
            os.close(fd)
            raise
        return cls(fd, path, stale)

    @staticmethod
    def holder(folder: Path) -> Holder | None:
        """Who the note of ``folder``'s lock names (None if no one wrote one)."""
        return _read_note(folder / LOCK_FILE)

    def release(self) -> None:
        """Empty the note, then let go (the file stays: removing it would let a process that
        opened the old file and one that made a new one both believe they hold the lock)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> FolderLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    def __del__(self) -> None:  # a lock object dropped without release lets go with it
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
