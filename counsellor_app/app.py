"""Composition root: paths → settings → translations → database → windows."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from counsellor_app import __version__
from counsellor_app.services.accounts import Workspace
from counsellor_app.storage.folder_lock import FolderInUse, FolderLock
from counsellor_app.storage.logfiles import start_file_logging
from counsellor_app.storage.paths import DataPaths, resources_dir
from counsellor_app.storage.settings import load_settings

if TYPE_CHECKING:
    from counsellor_app.services.updates import Staged

log = logging.getLogger(__name__)


def run_gui(data_dir: Path, language: str | None = None, quit_when_ready: str | None = None) -> int:
    started = time.perf_counter()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from counsellor_app.ui.collector import MainThreadCollector
    from counsellor_app.ui.controller import AppController
    from counsellor_app.ui.errors import install_excepthook
    from counsellor_app.ui.i18n import Translations
    from counsellor_app.ui.memory import drop_cached_source_lines
    from counsellor_app.ui.operations import guard_gui_thread, install_gui_waiter
    from counsellor_app.ui.style import apply_style

    drop_cached_source_lines()  # what the first window's imports left there (ui/memory.py)

    paths = DataPaths(data_dir)
    folder_error: OSError | None = None
    try:
        paths.ensure()
    except OSError as exc:
        # A folder IT made read-only, a full disk: the window opens and says so.
        folder_error = exc
    log_place = start_file_logging(
        paths.logs, f"Counsellor {__version__} starting, data folder {data_dir}"
    )
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
    install_gui_waiter()  # service writes asked for here run on the writer, window painting
    guard_gui_thread()  # development runs: a write asked for on the GUI thread raises
    if _on_a_network_share(data_dir):  # first: a share out of reach is still a share
        return _say_the_folder_is_remote(app, data_dir, quit_when_ready)
    if folder_error is not None and not paths.root.is_dir():
        return _say_the_folder_is_unusable(app, folder_error, data_dir, quit_when_ready)
    try:  # one process per data folder: a second window would number the outbox on its own
        folder_lock = FolderLock.acquire(data_dir, "counsellor-app")
    except FolderInUse as busy:
        return _folder_in_use(busy, show=quit_when_ready is None)
    except OSError as error:
        # A folder IT made read-only cannot hold a lock, and nothing on this account can write
        # there either: the app still opens, and the login names the problem (storage.faults).
        log.warning("data folder not locked: %s", error.strerror or type(error).__name__)
        folder_lock = None
    release = folder_lock.release if folder_lock is not None else (lambda: None)

    controller = AppController(app, Workspace(paths), settings, paths.settings, translations)
    controller.log_place = log_place
    if quit_when_ready == "login":
        dialog = controller.first_dialog()
        dialog.show()
        app.processEvents()
        print(f"ready {time.perf_counter() - started:.3f}s")
        release()
        return 0
    if not controller.start():
        controller.shutdown()
        release()
        return 0
    app.setQuitOnLastWindowClosed(True)
    code = app.exec()
    controller.shutdown()
    release()
    _install_accepted_update(paths.root, controller.update)
    return code


def _install_accepted_update(root: Path, staged: Staged | None) -> None:
    """After the backup copy and with the data folder released: the update an administrator
    accepted, checked again at close or start (ui/update_install.py), installed silently."""
    from counsellor_app.services.updates import launch_installer
    from counsellor_app.storage.install_config import load_install_config

    if staged is None:
        return
    try:
        command = launch_installer(root, staged, load_install_config().mode)
    except OSError:
        log.exception("the update could not be started; this version stays")
        return
    if command is not None:
        log.info("update installer started")


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


def _on_a_network_share(data_dir: Path) -> bool:
    from counsellor_app.storage.drives import DriveKind, RemoteDataFolder, refuse_network_folder

    try:
        kind = refuse_network_folder(data_dir)
    except RemoteDataFolder:
        log.warning("data folder refused: it is on a network share")
        return True
    if kind is DriveKind.REMOVABLE:
        log.info("the data folder is on a removable drive (a USB key: the portable mode)")
    return False


def _say_the_folder_is_remote(app: object, data_dir: Path, quit_when_ready: str | None) -> int:
    """A data folder on a network share (storage/drives.py says why): refused in a window."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from counsellor_app.ui.errors import fault_text

    print(
        f"counsellor-app: error: the data folder {data_dir} is on a network share", file=sys.stderr
    )
    box = QMessageBox(
        QMessageBox.Icon.Critical, "Counsellor", fault_text("remote_folder", folder=str(data_dir))
    )
    box.setObjectName("dataFolderRemote")
    if quit_when_ready:
        box.show()
        assert isinstance(app, QApplication)
        app.processEvents()
        print("unusable remote_folder")
        box.close()
    else:
        box.exec()
    return 2


def _say_the_folder_is_unusable(
    app: object, error: OSError, data_dir: Path, quit_when_ready: str | None
) -> int:
    """No data folder and none can be made: said in a window (read-only, no right, full,
    a USB key not there), not only on a console nobody sees."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from counsellor_app.storage.faults import FaultKind, classify_os_error
    from counsellor_app.ui.errors import fault_text

    print(f"counsellor-app: error: cannot use the data folder {data_dir}: {error}", file=sys.stderr)
    kind = classify_os_error(error) or FaultKind.IO_ERROR
    if kind is FaultKind.MISSING:  # the drive itself is not there
        kind = FaultKind.IO_ERROR
    box = QMessageBox(
        QMessageBox.Icon.Critical, "Counsellor", fault_text(kind.value, folder=str(data_dir))
    )
    box.setObjectName("dataFolderUnusable")
    if quit_when_ready:
        box.show()
        assert isinstance(app, QApplication)
        app.processEvents()
        print(f"unusable {kind.value}")
        box.close()
        return 2
    box.exec()
    return 2
