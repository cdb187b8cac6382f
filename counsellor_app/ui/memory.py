"""Memory the window holds for nothing (the GUI's target: 200 MB after the benchmark's session).

PySide6's ``__feature__`` import hook asks, for every module imported after PySide6, whether
its source mentions PySide6 (``inspect.getsource``): each module's whole text then stays in
``linecache``, about 15 MB of text (30 MB of Python strings) for the app's 950 modules, read
once and never again. Dropping that cache is harmless (a traceback reads its lines again) and
lets the session's later allocations reuse the space.

After a bulk read (the to-do list's counts over a counsellor's caseload) the C heap keeps the
pages SQLite freed: glibc returns free memory at the top of its heap only, so the freed holes
stay in the process's size until ``malloc_trim`` hands them back (8 MB measured after the
benchmark's session). Other platforms' allocators need nothing here.

Qt's pixmap cache (10 MB by default) fills with the Fusion style's rendered frames, buttons and
gradients of every size a form shows; opening twenty files filled it. 2 MB keeps the ones a
screen repaints and measured 6 to 10 MB less for the session, with no slower file opening.
"""

from __future__ import annotations

import ctypes
import linecache
import sys

from PySide6.QtGui import QPixmapCache

PIXMAP_CACHE_KB = 2048


def drop_cached_source_lines() -> int:
    """Empty ``linecache``; returns how many files it held."""
    held = len(linecache.cache)
    linecache.clearcache()
    return held


def bound_pixmap_cache() -> None:
    QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)


def return_free_heap() -> bool:
    """Give the C heap's free memory back to the system (glibc only); whether it was done."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc (musl): nothing to trim
        return False
    libc.malloc_trim(0)
    return True
