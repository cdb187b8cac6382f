"""What went wrong with a file, named for what it is, so the message points to the right remedy.

An agency PC's bad days look alike to SQLite: a full disk, a pulled USB key, a folder IT made
read-only and an antivirus quarantine can all surface as "unable to open database file" or
"disk I/O error". Each fault is sorted here into one :class:`FaultKind`, from the operating
system's error number, SQLite's result code, and, where those are ambiguous, a look at the file
and its folder. "Wrong key" is only concluded once the file is known to be readable and none of
its pages opens with the key (a damaged file still has pages that do).
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import os
import secrets
from enum import Enum
from pathlib import Path

PAGE_SIZE = 4096  # SQLCipher 4's page: a whole database file is a multiple of it
_PLAIN_SQLITE = b"SQLite format 3\0"


class FaultKind(Enum):
    NO_SPACE = "no_space"
    IO_ERROR = "io_error"
    READ_ONLY = "read_only"
    PERMISSION = "permission"
    MISSING = "missing"
    DAMAGED = "damaged"
    WRONG_KEY = "wrong_key"


_ERRNO_KINDS = {
    errno.ENOSPC: FaultKind.NO_SPACE,
    errno.EDQUOT: FaultKind.NO_SPACE,
    errno.EFBIG: FaultKind.NO_SPACE,
    errno.EIO: FaultKind.IO_ERROR,
    errno.ENXIO: FaultKind.IO_ERROR,  # the device behind the path is gone (USB key pulled)
    errno.ENODEV: FaultKind.IO_ERROR,
    errno.ESTALE: FaultKind.IO_ERROR,
    errno.EROFS: FaultKind.READ_ONLY,
    errno.EACCES: FaultKind.PERMISSION,
    errno.EPERM: FaultKind.PERMISSION,
    errno.ENOENT: FaultKind.MISSING,
    errno.ENOTDIR: FaultKind.MISSING,
}
# Windows reports its own codes beside errno (ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL,
# ERROR_WRITE_PROTECT, ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_CRC, ...).
_WINERROR_KINDS = {
    112: FaultKind.NO_SPACE,
    39: FaultKind.NO_SPACE,
    19: FaultKind.READ_ONLY,
    5: FaultKind.PERMISSION,
    32: FaultKind.PERMISSION,
    23: FaultKind.IO_ERROR,
    1117: FaultKind.IO_ERROR,
    21: FaultKind.IO_ERROR,  # ERROR_NOT_READY: the drive is gone
    2: FaultKind.MISSING,
    3: FaultKind.MISSING,
}
# SQLite's primary result codes (the low byte of an extended code).
SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 3, 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 13, 14, 26
_SQLITE_KINDS = {
    SQLITE_FULL: FaultKind.NO_SPACE,
    SQLITE_IOERR: FaultKind.IO_ERROR,
    SQLITE_READONLY: FaultKind.READ_ONLY,
    SQLITE_PERM: FaultKind.PERMISSION,
    SQLITE_CORRUPT: FaultKind.DAMAGED,
}


def classify_os_error(error: OSError) -> FaultKind | None:
    """The kind of an operating-system error, or None for one that names no file fault."""
    winerror = getattr(error, "winerror", None)
    if winerror in _WINERROR_KINDS:
        return _WINERROR_KINDS[winerror]
    if error.errno in _ERRNO_KINDS:
        return _ERRNO_KINDS[error.errno]
    if isinstance(error, PermissionError):
        return FaultKind.PERMISSION
    if isinstance(error, FileNotFoundError):
        return FaultKind.MISSING
    return None


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code carried by a driver error (or by SQLAlchemy's wrapper)."""
    for candidate in _chain(error):
        code = getattr(candidate, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code & 0xFF
    return None


def _chain(error: BaseException) -> list[BaseException]:
    """The error, what SQLAlchemy wrapped (``.orig``), and its declared causes (``from``):
    where the facts are. Not the context of an unrelated error handled earlier."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [error]
    while todo and len(seen) < 12:
        current = todo.pop(0)
        if current is None or any(current is s for s in seen):
            continue
        seen.append(current)
        orig = getattr(current, "orig", None)
        todo += [orig if isinstance(orig, BaseException) else None]
        todo.append(current.__cause__)
    return seen


def classify_sqlite_error(error: BaseException) -> FaultKind | None:
    """The kind an SQLite error names by itself; None when it needs a look at the file
    (cannot open, not a database: missing, read-only, damaged or the wrong key alike)."""
    code = sqlite_code(error)
    if code is None:
        text = " ".join(str(e) for e in _chain(error)).lower()
        if "database or disk is full" in text:
            return FaultKind.NO_SPACE
        if "disk i/o error" in text:
            return FaultKind.IO_ERROR
        if "readonly database" in text:
            return FaultKind.READ_ONLY
        if "malformed" in text:
            return FaultKind.DAMAGED
        return None
    return _SQLITE_KINDS.get(code)


def classify(error: BaseException) -> FaultKind | None:
    """Any error met while reading or writing data: an OSError anywhere in its chain first,
    else SQLite's code. None for an error that is not about files (a bug, a refusal)."""
    for candidate in _chain(error):
        named = getattr(candidate, "kind", None)  # already sorted (engine.StorageFault)
        if isinstance(named, FaultKind):
            return named
        if isinstance(candidate, OSError):
            kind = classify_os_error(candidate)
            if kind is not None:
                return kind
    return classify_sqlite_error(error)


def diagnose_file(path: Path, write: bool = True) -> FaultKind | None:
    """Look at a database file and its folder with the operating system: missing, not
    readable, not writable (with a probe file in the folder: SQLite needs its ``-wal`` and
    ``-shm`` there), full, or not shaped as an encrypted database. None when all looks fine."""
    try:
        with path.open("rb") as handle:
            header = handle.read(PAGE_SIZE)
        size = path.stat().st_size
    except OSError as exc:
        return classify_os_error(exc) or FaultKind.IO_ERROR
    if size == 0 or size % PAGE_SIZE or len(header) < PAGE_SIZE:
        return FaultKind.DAMAGED  # truncated, or emptied
    if header.startswith(_PLAIN_SQLITE) or not header[:16].strip(b"\0"):
        return FaultKind.DAMAGED  # not encrypted, or zeroed: no key opens it
    if write:
        try:
            with path.open("r+b"):
                pass
        except OSError as exc:
            return classify_os_error(exc) or FaultKind.IO_ERROR
        return probe_folder(path.parent)
    return None


def probe_folder(folder: Path) -> FaultKind | None:
    """Write and remove a small file in ``folder``: the operating system then says what SQLite
    reports as a mere "disk I/O error" (its ``-shm`` cannot grow on a full disk)."""
    probe = folder / f".probe-{secrets.token_hex(4)}"
    try:
        try:
            descriptor = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            try:
                os.write(descriptor, b"\0" * PAGE_SIZE)
                os.fsync(descriptor)
            finally:
                os.close(descriptor)
        finally:
            probe.unlink(missing_ok=True)
    except OSError as exc:
        return classify_os_error(exc) or FaultKind.IO_ERROR
    return None


def classify_write_failure(error: BaseException, folder: Path) -> FaultKind | None:
    """Why a write into ``folder`` failed: the error's own kind, except that SQLite's "disk
    I/O error" is checked against the folder first (a full or read-only disk is said so)."""
    kind = classify(error)
    if kind is FaultKind.IO_ERROR or (kind is None and sqlite_code(error) is not None):
        return probe_folder(folder) or kind
    return kind


# SQLCipher 4's page layout (its defaults, which storage.engine keeps): each page ends with a
# reserve of a 16-byte IV and a 64-byte HMAC-SHA512 of the page's ciphertext, IV and number;
# the HMAC key comes from the raw key by PBKDF2-HMAC-SHA512, 2 rounds, over the file's salt
# (its first 16 bytes) masked with 0x3a. tests/services/test_bad_days.py pins it.
_IV, _MAC, _SALT = 16, 64, 16
_SAMPLED_PAGES = 24


def key_fits(path: Path, key: bytes) -> bool | None:
    """Whether ``key`` opens at least one page of the (readable) encrypted file at ``path``:
    each page carries an HMAC under the key, so a wrong key fails them all while a damaged file
    still has pages that pass. A sample of pages (the first ones and some spread through the
    file) is read, in milliseconds even for a register of gigabytes. None when the file cannot
    be read."""
    try:
        pages = path.stat().st_size // PAGE_SIZE
        with path.open("rb") as handle:
            salt = handle.read(_SALT)
            mac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, len(key))
            step = max(pages // _SAMPLED_PAGES, 1)
            sampled = sorted({*range(1, min(pages, 8) + 1), *range(1, pages + 1, step)})
            for number in sampled[: _SAMPLED_PAGES * 2]:
                handle.seek((number - 1) * PAGE_SIZE)
                page = handle.read(PAGE_SIZE)
                end = PAGE_SIZE - _IV - _MAC + _IV
                body = page[_SALT if number == 1 else 0 : end]
                digest = hmac.new(
                    mac_key, body + number.to_bytes(4, "little"), hashlib.sha512
                ).digest()
                if hmac.compare_digest(digest, page[end : end + _MAC]):
                    return True
    except OSError:
        return None
    return False


def classify_open_failure(path: Path, key: bytes, error: BaseException) -> FaultKind:
    """Why an encrypted database did not open with ``key``. Wrong key only when the file is
    there, readable, writable where needed, shaped as a database, and no page opens."""
    kind = classify(error)
    if kind in (FaultKind.NO_SPACE, FaultKind.READ_ONLY):
        return kind
    found = diagnose_file(path)
    if found is not None:
        return found
    if kind is not None:
        return kind
    fits = key_fits(path, key)
    if fits is None:
        return FaultKind.IO_ERROR
    return FaultKind.DAMAGED if fits else FaultKind.WRONG_KEY
