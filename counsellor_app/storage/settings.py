"""Per-PC preferences readable before login (language, idle lock): a small versioned JSON file."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from counsellor_app.core.languages import LANGUAGES
from counsellor_app.storage.atomic import write_atomically

log = logging.getLogger(__name__)
SCHEMA_VERSION = 2


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


def _v0_to_v1(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 0: a flat file of keys with no "schema" (written by hand when deploying PCs);
    version 1 puts them under "values". Before this step such a file was silently ignored."""
    return {"schema": 1, "values": {k: v for k, v in raw.items() if k != "schema"}}


def _v1_to_v2(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 2 keeps only the keys this version knows and the values it accepts, in the
    file as well as in memory: a key left by an older build or a value out of range no longer
    lingers in the file to surprise the next version (the copy .bak-v1 keeps the original)."""
    values = raw.get("values")
    clean = asdict(_validated(values if isinstance(values, dict) else {}))
    return {"schema": 2, "values": clean}


# UPGRADES[n] turns a version-n file into a version n+1 file; one step per version.
UPGRADES: tuple[Callable[[dict[str, Any]], dict[str, Any]], ...] = (_v0_to_v1, _v1_to_v2)
assert len(UPGRADES) == SCHEMA_VERSION


def stored_schema(raw: dict[str, Any]) -> int:
    schema = raw.get("schema", 0)
    return schema if isinstance(schema, int) and not isinstance(schema, bool) else 0


def backup_path(path: Path, schema: int) -> Path:
    return path.with_name(f"{path.name}.bak-v{schema}")


def upgrade_file(path: Path, raw: dict[str, Any]) -> dict[str, Any]:
    """Run the steps from the stored version up, after copying the file to settings.json.bak-vN.

    The copy is written first and only once per version: if the upgrade or its write fails,
    or the new version misreads something, the user's original file is still there. A file
    from a newer version is read as it is (unknown keys ignored) and left untouched.
    """
    schema = stored_schema(raw)
    if schema >= SCHEMA_VERSION:
        return raw
    copy = backup_path(path, schema)
    if not copy.exists():
        write_atomically(copy, path.read_bytes())
    for step in UPGRADES[schema:]:
        raw = step(raw)
    try:
        write_atomically(path, json.dumps(raw, indent=1).encode("utf-8"))
    except OSError:
        log.warning("upgraded settings could not be written; used in memory")
    log.info("settings upgraded from schema %d to %d", schema, SCHEMA_VERSION)
    return raw


def load_settings(path: Path) -> Settings:
    try:
        raw = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        # First start on this PC: the language the installer was told (/LANG=), if any.
        from counsellor_app.storage.install_config import load_install_config

        return Settings(language=load_install_config().language or Settings.language)
    except (OSError, ValueError):
        log.warning("settings file %s unreadable; defaults used", path)
        return Settings()
    if not isinstance(raw, dict):
        log.warning("settings file %s is not an object; defaults used", path)
        return Settings()
    try:
        raw = upgrade_file(path, raw)
    except OSError:
        log.warning("settings file %s could not be copied before its upgrade", path)
        for step in UPGRADES[stored_schema(raw) :]:
            raw = step(raw)
    values = raw.get("values")
    return _validated(values if isinstance(values, dict) else {})


def _validated(values: dict[str, Any]) -> Settings:
    known = {f.name for f in fields(Settings)}
    settings = Settings(**{k: v for k, v in values.items() if k in known})
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
