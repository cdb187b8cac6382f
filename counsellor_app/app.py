"""Composition root: paths → settings → translations → database → windows."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import time
from pathlib import Path

from counsellor_app import __version__
from counsellor_app.services.accounts import Workspace
from counsellor_app.storage.folder_lock import FolderInUse, FolderLock
from counsellor_app.storage.paths import DataPaths, resources_dir
from counsellor_app.storage.settings import load_settings

log = logging.getLogger(__name__)


def _file_logging(paths: DataPaths) -> None:
    """A rotating log in the data folder. It never receives passwords or personal data."""
    paths.logs.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        paths.logs / "counsellor.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    for existing in root.handlers:
        existing.setLevel(max(existing.level, logging.WARNING))  # the console stays quiet
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def run_gui(data_dir: Path, language: str | None = None, quit_when_ready: str | None = None) -> int:
    started = time.perf_counter()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from counsellor_app.ui.collector import MainThreadCollector
    from counsellor_app.ui.controller import AppController
    from counsellor_app.ui.errors import install_excepthook
    from counsellor_app.ui.i18n import Translations
    from counsellor_app.ui.style import apply_style

    paths = DataPaths(data_dir)
    try:
        paths.ensure()
    except OSError as exc:
        print(
            f"counsellor-app: error: cannot use the data folder {data_dir}: {exc}", file=sys.stderr
        )
        return 2
    _file_logging(paths)
    log.info("Counsellor %s starting, data folder %s", __version__, data_dir)
    settings = load_settings(paths.settings)
    if language:
        settings = settings.with_(language=language)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Counsellor")
    app.setOrganizationName("Counsellor")
    app.setApplicationVersion(__version__)
    apply_style(app)
    collector = MainThreadCollector(app)  # noqa: F841 (lives as long as the app, its parent)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "counsellor.svg")))
    translations = Translations(app)
    translations.install(settings.language)
    install_excepthook()
    try:  # one process per data folder: a second window would number the outbox on its own
        folder_lock = FolderLock.acquire(data_dir, "counsellor-app")
    except FolderInUse as busy:
        return _folder_in_use(busy, show=quit_when_ready is None)

    controller = AppController(app, Workspace(paths), settings, paths.settings, translations)
    if quit_when_ready == "login":
        dialog = controller.first_dialog()
        dialog.show()
        app.processEvents()
        print(f"ready {time.perf_counter() - started:.3f}s")
        folder_lock.release()
        return 0
    if not controller.start():
        controller.shutdown()
        folder_lock.release()
        return 0
    app.setQuitOnLastWindowClosed(True)
    code = app.exec()
    controller.shutdown()
    folder_lock.release()
    return code


def _folder_in_use(busy: FolderInUse, show: bool) -> int:
    """Tell who holds the folder (a box, or the text on standard output when only checking
    that the app starts) and end with a code of its own."""
    from counsellor_app.ui.folder_in_use import folder_in_use_box, folder_in_use_text

    log.warning("data folder in use: %s", busy.holder.describe() if busy.holder else "unknown")
    if show:
        folder_in_use_box(busy).exec()
    else:
        print(folder_in_use_text(busy))
    return 3
