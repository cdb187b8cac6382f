"""Where a data directory keeps its files, and where the shipped resources are."""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Counsellor"
APP_AUTHOR = "Counsellor"


DATA_DIR_VARIABLE = "COUNSELLOR_DATA_DIR"


def default_data_dir() -> Path:
    """The per-user data folder, unless ``COUNSELLOR_DATA_DIR`` names another (the portable
    build sets it to the ``data`` folder beside the program, on a USB key for instance), or the
    installer chose one (storage/install_config.py: the shared folder of an all-users install)."""
    chosen = os.environ.get(DATA_DIR_VARIABLE)
    if chosen:
        return Path(chosen)
    from counsellor_app.storage.install_config import load_install_config

    configured = load_install_config().data_dir
    if configured is not None:
        return configured
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def install_root() -> Path:
    """The folder holding ``db/`` and ``resources/``.

    A PyInstaller bundle, the source tree (editable install), or ``share/counsellor`` of the
    environment a wheel was installed into.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    source_tree = Path(__file__).resolve().parents[2]
    if (source_tree / "db" / "env.py").exists():
        return source_tree
    return Path(sys.prefix) / "share" / "counsellor"


def migrations_dir() -> Path:
    return install_root() / "db"


def resources_dir() -> Path:
    return install_root() / "resources"


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "counsellor.db"

    @property
    def keystore(self) -> Path:
        return self.root / "keys.json"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def open_marker(self) -> Path:
        """Exists while the database is open: found at start, the last session did not end."""
        return self.root / "session.open"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def verification(self) -> Path:
        """Public keys and revoked serials (nothing secret): what ``verify`` needs, no login."""
        return self.root / "verification.json"

    def is_initialised(self) -> bool:
        return self.database.exists() and self.keystore.exists()

    def remove_data(self) -> None:
        """Delete the register, its keys, attachments and local backups (the logs stay: they
        hold no one's data). For a PC the server revoked, once its work is written out."""
        for file in (
            self.keystore,
            self.database,
            self.database.with_name(self.database.name + "-wal"),
            self.database.with_name(self.database.name + "-shm"),
            self.settings,
            self.verification,
            self.open_marker,
        ):
            file.unlink(missing_ok=True)
        for folder in (self.attachments, self.backups):
            shutil.rmtree(folder, ignore_errors=True)

    def ensure(self) -> None:
        for folder in (self.root, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
