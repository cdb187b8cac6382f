"""Crash-safe small-file writes: a power cut leaves the old file or the new one, never half."""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

# Windows refuses to replace a file another program has open without sharing its deletion
# (an antivirus scanning the new backup, a backup tool copying the database, the Explorer's
# preview): ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION. Such a hold
# lasts a moment, so the replacement is tried again with a growing pause (about 6 s in all)
# before the error goes up. A POSIX PermissionError (no winerror) is a real refusal: at once.
TRANSIENT_WINERRORS = frozenset({5, 32, 33})
RETRY_PAUSES = (0.05, 0.1, 0.2, 0.4, 0.8, 1.5, 3.0)


def replace(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    pauses: tuple[float, ...] = RETRY_PAUSES,
    sleep: Callable[[float], None] = time.sleep,
    rename: Callable[[str | os.PathLike[str], str | os.PathLike[str]], None] = os.replace,
) -> None:
    """``os.replace``, tried again while another program briefly holds either file."""
    for pause in (*pauses, None):
        try:
            rename(source, target)
            return
        except PermissionError as error:
            if pause is None or getattr(error, "winerror", None) not in TRANSIENT_WINERRORS:
                raise
            log.info("%s held by another program; trying again in %.2f s", target, pause)
            sleep(pause)


def remove_tree(
    folder: Path,
    pauses: tuple[float, ...] = RETRY_PAUSES,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """``shutil.rmtree``, tried again while another program (an antivirus scanning a new
    file) briefly holds a file in it; a folder already gone is no error."""
    import shutil

    for pause in (*pauses, None):
        try:
            shutil.rmtree(folder)
            return
        except FileNotFoundError:
            return
        except PermissionError as error:
            if pause is None or getattr(error, "winerror", None) not in TRANSIENT_WINERRORS:
                raise
            log.info("%s held by another program; trying again in %.2f s", folder, pause)
            sleep(pause)


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        dir_fd = os.open(path.parent, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
