"""What kind of fault a failed file or database operation is, so each gets its own remedy.

A full disk, a pulled USB key, a read-only folder and a damaged file call for different things
(free space, plug the key back, ask IT, restore): callers turn the kind into their own message
code instead of reporting every ``OSError`` or ``DatabaseError`` as one catch-all.
"""

from __future__ import annotations

import errno
from enum import Enum


class FaultKind(Enum):
    NO_SPACE = "no_space"
    IO_ERROR = "io_error"
    READ_ONLY = "read_only"
    PERMISSION = "permission"
    MISSING = "missing"
    DAMAGED = "damaged"
    WRONG_KEY = "wrong_key"


_BY_ERRNO = {
    errno.ENOSPC: FaultKind.NO_SPACE,
    errno.EDQUOT: FaultKind.NO_SPACE,
    errno.EFBIG: FaultKind.NO_SPACE,
    errno.EIO: FaultKind.IO_ERROR,
    errno.ENXIO: FaultKind.IO_ERROR,
    errno.ENODEV: FaultKind.IO_ERROR,
    errno.EROFS: FaultKind.READ_ONLY,
    errno.EACCES: FaultKind.PERMISSION,
    errno.EPERM: FaultKind.PERMISSION,
    errno.ENOENT: FaultKind.MISSING,
    errno.ENOTDIR: FaultKind.MISSING,
}
# Windows reports a full disk and a gone drive with its own codes (winerror), errno aside.
_BY_WINERROR = {112: FaultKind.NO_SPACE, 39: FaultKind.NO_SPACE, 21: FaultKind.MISSING,
                3: FaultKind.MISSING, 2: FaultKind.MISSING, 5: FaultKind.PERMISSION,
                19: FaultKind.READ_ONLY, 23: FaultKind.IO_ERROR, 1117: FaultKind.IO_ERROR}  # fmt: skip

# SQLite's messages for its result codes (sqlcipher3 exposes no error code on exceptions).
_SQLITE_MESSAGES = (
    ("database or disk is full", FaultKind.NO_SPACE),
    ("disk i/o error", FaultKind.IO_ERROR),
    ("readonly database", FaultKind.READ_ONLY),
    ("unable to open database file", FaultKind.MISSING),
    ("malformed", FaultKind.DAMAGED),
    ("file is not a database", FaultKind.DAMAGED),
)


def classify_os_error(error: OSError) -> FaultKind | None:
    """The kind of an operating-system error, or None for one with no remedy of its own."""
    winerror = getattr(error, "winerror", None)
    if isinstance(winerror, int) and winerror in _BY_WINERROR:
        return _BY_WINERROR[winerror]
    return _BY_ERRNO.get(error.errno) if error.errno is not None else None


def classify_database_error(error: Exception) -> FaultKind | None:
    """The kind of an SQLite error from its message (the driver keeps no result code)."""
    message = str(error).lower()
    for text, kind in _SQLITE_MESSAGES:
        if text in message:
            return kind
    return None
