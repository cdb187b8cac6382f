"""The wheel carries the compiled French and Arabic catalogues: they are made when the package
is built (setup.py runs Qt's lrelease), not only by scripts/setup.sh, so `pip install` of the
wheel starts in the user's language."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[1]
INSTALLED = "data/share/counsellor/resources/translations/"


def _sources(into: Path) -> Path:
    """The project's committed files only (no .qm a set-up made, no build folder)."""
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True, check=True
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (into / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, into / name)
    return into


@pytest.mark.timeout(600)
def test_a_wheel_built_from_the_sources_has_french_and_arabic(tmp_path: Path) -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    sources = _sources(tmp_path / "src")
    assert not list(sources.rglob("*.qm"))  # nothing compiled beforehand
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(sources), "--no-deps", "-q",
         "-w", str(tmp_path / "dist")],
        check=False, capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = (tmp_path / "dist").glob("counsellor_app-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        catalogues = {
            Path(name).name: archive.read(name)
            for name in archive.namelist()
            if name.split(".data/", 1)[-1].startswith(INSTALLED) and name.endswith(".qm")
        }
    assert set(catalogues) == {"counsellor_fr.qm", "counsellor_ar.qm"}
    # Real catalogues: Qt loads them and they translate the app's words.
    for name, register in (("counsellor_fr.qm", "Registre"), ("counsellor_ar.qm", "السجل")):
        (tmp_path / name).write_bytes(catalogues[name])
        translator = QTranslator()
        assert translator.load(str(tmp_path / name))
        assert translator.translate("MainWindow", "Register") == register
