"""The first window opens before the heavy libraries load (start → login ≤ 1 s, `make bench`).

SQLAlchemy and Alembic cost about 0.6 s to import, ReportLab and openpyxl more: the login window
and the set-up wizard must show without them, the database layer loading while the user types.
Each check starts a fresh interpreter (the test run itself has everything imported) and reads
its ``sys.modules`` once the first window is shown.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from counsellor_app.storage.paths import DataPaths

HEAVY = ("sqlalchemy", "alembic", "reportlab", "openpyxl", "pypdf")

SCRIPT = """
import json, sys
from pathlib import Path
from counsellor_app.app import run_gui
code = run_gui(Path(sys.argv[1]), quit_when_ready="login")
loaded = sorted({name.split(".")[0] for name in sys.modules})
print(json.dumps({"code": code, "modules": loaded,
                  "wizard": "counsellor_app.ui.setup_wizard" in sys.modules}))
"""


def _first_window_modules(data_dir: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(data_dir)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    assert "ready" in done.stdout and report["code"] == 0
    return report


@pytest.mark.parametrize("kind", ["login", "wizard"])
def test_first_window_shows_without_the_heavy_libraries(
    kind: str, paths: DataPaths, tmp_path: Path
) -> None:
    folder = paths.root if kind == "login" else tmp_path / "new-computer"
    report = _first_window_modules(folder)
    assert report["wizard"] is (kind == "wizard")  # the window this case is about was shown
    modules = report["modules"]
    assert isinstance(modules, list) and "PySide6" in modules
    assert [name for name in HEAVY if name in modules] == []


def test_a_session_starts_without_the_source_text_the_imports_left(
    workspace: object, db: object, user: object, tmp_path: Path
) -> None:
    """PySide6's import hook reads each module's source into ``linecache`` (ui/memory.py):
    the session's context drops it, about 30 MB of the window's memory."""
    import importlib
    import linecache

    from counsellor_app.ui.context import UiContext
    from counsellor_app.ui.operations import Operations

    module = tmp_path / "freshly_imported_module.py"
    module.write_text("VALUE = 1\n", "utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        importlib.import_module("freshly_imported_module")
        linecache.getlines(str(module))  # as PySide6's hook and any traceback do
        assert str(module) in linecache.cache
        operations = Operations()
        UiContext.create(workspace, db, user, operations, "fr")  # type: ignore[arg-type]
        assert str(module) not in linecache.cache and len(linecache.cache) == 0
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("freshly_imported_module", None)


def test_the_style_bounds_the_pixmap_cache(qapp: object) -> None:
    """The Fusion style's rendered pieces stay within 2 MB (ui/memory.py), not Qt's 10 MB."""
    from PySide6.QtGui import QPixmapCache
    from PySide6.QtWidgets import QApplication

    from counsellor_app.ui.memory import PIXMAP_CACHE_KB
    from counsellor_app.ui.style import apply_style

    QPixmapCache.setCacheLimit(10240)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_style(app)
    assert QPixmapCache.cacheLimit() == PIXMAP_CACHE_KB < 10240


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's heap only")
def test_free_heap_memory_goes_back_to_the_system() -> None:
    """Pages SQLite freed in the middle of the C heap stay in the process's size until
    ``return_free_heap`` (called once the to-do list's counts are read) hands them back."""
    import ctypes

    from counsellor_app.ui.memory import return_free_heap

    def rss_kb() -> int:
        status = Path("/proc/self/status").read_text()
        return int(
            next(line for line in status.splitlines() if line.startswith("VmRSS:")).split()[1]
        )

    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]
    blocks = [libc.malloc(4096) for _ in range(10_000)]  # 40 MB of cache-page-sized blocks
    for block in blocks:
        ctypes.memset(block, 1, 4096)
    keep = libc.malloc(4096)  # above them: the heap's top cannot shrink by itself
    for block in blocks:
        libc.free(block)
    before = rss_kb()
    assert return_free_heap()
    assert rss_kb() < before - 20_000
    libc.free(keep)
