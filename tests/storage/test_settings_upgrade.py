"""Settings files from older versions are upgraded step by step, after a copy is kept."""

from __future__ import annotations

import json
from pathlib import Path

from counsellor_app.storage.settings import (
    SCHEMA_VERSION,
    Settings,
    backup_path,
    load_settings,
    save_settings,
)


def _write(path: Path, body: object) -> bytes:
    data = json.dumps(body).encode("utf-8")
    path.write_bytes(data)
    return data


def test_a_version_1_file_is_copied_then_upgraded_and_its_values_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = _write(
        path,
        {
            "schema": 1,
            "values": {
                "language": "ar",
                "idle_lock_minutes": 25,
                "last_username": "nadia",
                "backup_keep": 9999,  # out of range: back to the default in the file too
                "printer_tray": "2",  # left by an older build
            },
        },
    )
    settings = load_settings(path)
    assert (settings.language, settings.idle_lock_minutes, settings.last_username) == (
        "ar",
        25,
        "nadia",
    )
    assert settings.backup_keep == Settings().backup_keep
    assert backup_path(path, 1) == tmp_path / "settings.json.bak-v1"
    assert (tmp_path / "settings.json.bak-v1").read_bytes() == original  # the copy came first
    stored = json.loads(path.read_text("utf-8"))
    assert stored["schema"] == SCHEMA_VERSION == 2
    assert "printer_tray" not in stored["values"]
    assert stored["values"]["backup_keep"] == Settings().backup_keep
    assert load_settings(path) == settings  # a second start reads the upgraded file as is


def test_a_flat_hand_written_file_without_schema_is_read_not_ignored(tmp_path: Path) -> None:
    """Version 0: keys at the top level, as an administrator deploying PCs might write."""
    path = tmp_path / "settings.json"
    original = _write(path, {"language": "en", "session_hours": 8})
    settings = load_settings(path)
    assert (settings.language, settings.session_hours) == ("en", 8)
    assert (tmp_path / "settings.json.bak-v0").read_bytes() == original
    assert json.loads(path.read_text("utf-8"))["schema"] == SCHEMA_VERSION


def test_an_existing_copy_is_never_overwritten(tmp_path: Path) -> None:
    """The first copy is the user's real original; a later run must not replace it."""
    path = tmp_path / "settings.json"
    (tmp_path / "settings.json.bak-v1").write_bytes(b"first original")
    _write(path, {"schema": 1, "values": {"language": "ar"}})
    assert load_settings(path).language == "ar"
    assert (tmp_path / "settings.json.bak-v1").read_bytes() == b"first original"


def test_a_current_or_newer_file_is_not_copied_nor_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings(language="ar"))
    assert load_settings(path).language == "ar"
    newer = _write(path, {"schema": SCHEMA_VERSION + 1, "values": {"language": "en", "x": 1}})
    assert load_settings(path).language == "en"
    assert path.read_bytes() == newer
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_a_file_that_is_not_an_object_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    _write(path, ["fr"])
    assert load_settings(path) == Settings()
