"""Per-PC preferences readable before login (language, idle lock): a small versioned JSON file."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from counsellor_app.storage.atomic import write_atomically

log = logging.getLogger(__name__)
SCHEMA_VERSION = 1
LANGUAGES = ("fr", "ar", "en")


@dataclass(frozen=True)
class Settings:
    language: str = "fr"
    idle_lock_minutes: int = 10
    last_username: str = ""
    # A session ends after this many hours even when in use: the next person must log in.
    session_hours: int = 10
    backup_folder: str = ""  # empty: the data folder's backups/
    # The chosen folder's marker id and device (storage/destination.py), recorded when chosen.
    backup_folder_identity: str = ""
    backup_keep: int = 14
    backup_at_exit: bool = True

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def _upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """Upgrade steps from older schema versions go here, one per version."""
    return raw


def load_settings(path: Path) -> Settings:
    try:
        raw = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError):
        log.warning("settings file %s unreadable; defaults used", path)
        return Settings()
    raw = _upgrade(raw)
    known = {f.name for f in fields(Settings)}
    values = {k: v for k, v in raw.get("values", {}).items() if k in known}
    settings = Settings(**values)
    if settings.language not in LANGUAGES:
        settings = settings.with_(language="fr")
    if (
        not isinstance(settings.idle_lock_minutes, int)
        or not 1 <= settings.idle_lock_minutes <= 240
    ):
        settings = settings.with_(idle_lock_minutes=10)
    if not isinstance(settings.session_hours, int) or not 1 <= settings.session_hours <= 24:
        settings = settings.with_(session_hours=10)
    if not isinstance(settings.backup_keep, int) or not 1 <= settings.backup_keep <= 365:
        settings = settings.with_(backup_keep=14)
    if not isinstance(settings.backup_folder, str):
        settings = settings.with_(backup_folder="")
    if not isinstance(settings.backup_folder_identity, str):
        settings = settings.with_(backup_folder_identity="")
    if not isinstance(settings.backup_at_exit, bool):
        settings = settings.with_(backup_at_exit=True)
    return settings


def save_settings(path: Path, settings: Settings) -> None:
    body = {"schema": SCHEMA_VERSION, "values": asdict(settings)}
    write_atomically(path, json.dumps(body, indent=1).encode("utf-8"))
