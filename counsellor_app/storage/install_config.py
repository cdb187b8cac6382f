"""What the installer decided for this PC: data folder, server address, language.

An IT person installs the app silently on forty agencies' PCs (``/ALLUSERS /DATADIR=…
/SERVER=… /LANG=…``); the installer writes those choices into a small UTF-8 INI file the app
reads at start, before anything else looks for the data folder. Two files, read in this order,
the second overriding the first key by key:

1. the machine's, for every Windows user of the PC (``%ProgramData%\\Counsellor\\counsellor.ini``,
   written by an all-users install; ``/etc/xdg/Counsellor/counsellor.ini`` on Linux);
2. the user's (``%LOCALAPPDATA%\\Counsellor\\counsellor.ini``, a per-user install).

``COUNSELLOR_DATA_DIR`` (and the portable mode, which sets it) still wins over both. A file
that is missing, unreadable or half-written counts as empty: the app then behaves as before
(per-user data folder, French), never refuses to start because of it.
"""

from __future__ import annotations

import configparser
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from counsellor_app.core.languages import LANGUAGES

log = logging.getLogger(__name__)

FILE_NAME = "counsellor.ini"
SECTION = "Counsellor"
MACHINE_CONFIG_VARIABLE = "COUNSELLOR_MACHINE_CONFIG"
USER_CONFIG_VARIABLE = "COUNSELLOR_USER_CONFIG"
MAX_BYTES = 16 * 1024  # limits before work: a config file is a few lines
MAX_VALUE = 1024


@dataclass(frozen=True)
class InstallConfig:
    data_dir: Path | None = None
    server: str = ""
    language: str = ""
    mode: str = ""  # "allusers" or "currentuser": how the installer ran (an update reuses it)


def machine_config_path() -> Path:
    chosen = os.environ.get(MACHINE_CONFIG_VARIABLE)
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(base) / "Counsellor" / FILE_NAME
    return Path("/etc/xdg/Counsellor") / FILE_NAME


def user_config_path() -> Path | None:
    chosen = os.environ.get(USER_CONFIG_VARIABLE)
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "Counsellor" / FILE_NAME if base else None
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "Counsellor" / FILE_NAME


def _read(path: Path) -> dict[str, str]:
    try:
        if path.stat().st_size > MAX_BYTES:
            log.warning("install config %s is too large; ignored", path)
            return {}
        text = path.read_text("utf-8-sig")  # Inno Setup writes UTF-8 with a BOM
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError):
        log.warning("install config %s unreadable; ignored", path)
        return {}
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text)
    except configparser.Error:
        log.warning("install config %s is not a valid INI file; ignored", path)
        return {}
    if not parser.has_section(SECTION):
        return {}
    return {
        key: value.strip()
        for key, value in parser.items(SECTION)
        if value.strip() and len(value) <= MAX_VALUE and "\0" not in value
    }


def parse(values: dict[str, str]) -> InstallConfig:
    """Keep only values the app can use: an absolute data folder, an http(s) address, a
    language it has, a known mode. Anything else is dropped (and the default applies)."""
    data_dir: Path | None = None
    raw_dir = values.get("data_dir", "")
    if raw_dir:
        candidate = Path(os.path.expandvars(raw_dir))
        if candidate.is_absolute():
            data_dir = candidate
        else:
            log.warning("install config: data_dir is not an absolute path; ignored")
    server = values.get("server", "").rstrip("/")
    if server and not server.lower().startswith(("https://", "http://")):
        log.warning("install config: server is not an http(s) address; ignored")
        server = ""
    language = values.get("language", "").lower()
    if language not in LANGUAGES:
        language = ""
    mode = values.get("mode", "").lower()
    if mode not in ("allusers", "currentuser"):
        mode = ""
    return InstallConfig(data_dir=data_dir, server=server, language=language, mode=mode)


def load_install_config(machine: Path | None = None, user: Path | None = None) -> InstallConfig:
    """The machine's file, then the user's over it (key by key)."""
    values = _read(machine if machine is not None else machine_config_path())
    user_path = user if user is not None else user_config_path()
    if user_path is not None:
        values.update(_read(user_path))
    return parse(values)
