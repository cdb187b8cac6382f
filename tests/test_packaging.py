"""The installers' files agree with the app: version numbers, entry point, data folders."""

from __future__ import annotations

import re
from pathlib import Path

from counsellor_app import __version__

ROOT = Path(__file__).resolve().parents[1]


def test_the_windows_version_resource_and_installer_carry_the_apps_version() -> None:
    resource = (ROOT / "packaging" / "windows" / "version_info.txt").read_text("utf-8")
    numbers = tuple(int(n) for n in __version__.split("."))
    padded = ", ".join(str(n) for n in (*numbers, 0, 0, 0)[:4])
    assert f"filevers=({padded})" in resource and f"prodvers=({padded})" in resource
    assert resource.count(f"'{__version__}'") == 2
    installer = (ROOT / "packaging" / "windows" / "counsellor.iss").read_text("utf-8")
    assert f'#define AppVersion "{__version__}"' in installer
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    assert re.search(rf'^version = "{re.escape(__version__)}"$', pyproject, re.MULTILINE)


def test_the_portable_hook_points_the_app_at_the_data_folder_beside_it(
    tmp_path: Path, monkeypatch: object
) -> None:
    import runpy
    import sys

    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    (tmp_path / "portable.txt").write_text("")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "counsellor-app"))
    monkeypatch.delenv("COUNSELLOR_DATA_DIR", raising=False)
    runpy.run_path(str(ROOT / "packaging" / "pyinstaller" / "rthook_portable.py"))
    from counsellor_app.storage.paths import default_data_dir

    assert default_data_dir() == tmp_path / "data"
    monkeypatch.delenv("COUNSELLOR_DATA_DIR")
    assert default_data_dir() != tmp_path / "data"
