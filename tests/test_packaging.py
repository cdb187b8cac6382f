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


def _pins(path: Path) -> dict[str, str]:
    """Name (normalised as pip does) to the exact version a requirements file pins."""
    found: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        requirement = line.split("#", 1)[0].split(";", 1)[0].split(" --hash", 1)[0].strip()
        if requirement:
            name, version = requirement.split("==")
            found[re.sub(r"[-_.]+", "-", name).lower()] = version.strip()
    return found


def test_the_builds_pin_every_dependency_and_windows_downloads_exactly_those_versions() -> None:
    """The Linux bundle and the Windows app ship the same versions (packaging/constraints.txt),
    each allowed by pyproject.toml, and the hash-checked Windows wheels are of those versions."""
    import tomllib

    from packaging.requirements import Requirement

    constraints = _pins(ROOT / "packaging" / "constraints.txt")
    windows = _pins(ROOT / "packaging" / "windows" / "wheels.txt")
    assert windows == constraints
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["packaging"]]
    for line in wanted:
        requirement = Requirement(line)
        name = re.sub(r"[-_.]+", "-", requirement.name).lower()
        assert name in constraints, f"{name} is not pinned in packaging/constraints.txt"
        assert requirement.specifier.contains(constraints[name]), (name, constraints[name])
    hashed = (ROOT / "packaging" / "windows" / "wheels.txt").read_text("utf-8")
    assert hashed.count("--hash=sha256:") == len(windows)
