"""The package's one build step that pyproject.toml cannot declare: the compiled translations.

The French and Arabic catalogues (resources/translations/*.qm) are not committed; they are
compiled here from the .ts sources with Qt's lrelease whenever the package is built, so that
`pip install` of the wheel (or of the sources) starts in French or Arabic, not in English
with a warning. lrelease comes with PySide6, which pyproject.toml's build requirements bring.
Everything else about the package is in pyproject.toml.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SOURCES = Path("resources") / "translations"
INSTALLED = "share/counsellor/resources/translations"  # where storage/paths.py looks


def _lrelease() -> str:
    """Qt's lrelease: the one inside PySide6 (a build requirement), else one on PATH."""
    try:
        import PySide6
    except ImportError:
        folder = None
    else:
        folder = Path(PySide6.__file__).parent
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    candidates = [str(folder / name)] if folder is not None else []
    candidates += [shutil.which("pyside6-lrelease") or "", shutil.which("lrelease") or ""]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise SystemExit(
        "Qt's lrelease was not found: the translations cannot be compiled (pip install pyside6)"
    )


class BuildWithTranslations(build_py):
    """build_py, then each .ts compiled to a .qm under the build folder and listed in the
    package's data files (replacing any .qm a developer's tree already holds)."""

    def run(self) -> None:
        super().run()
        build_base = Path(self.get_finalized_command("build").build_base)
        out = build_base / "translations"
        out.mkdir(parents=True, exist_ok=True)
        tool = _lrelease()
        made = []
        for ts in sorted(SOURCES.glob("counsellor_*.ts")):
            qm = out / ts.with_suffix(".qm").name
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
            if not qm.is_file() or qm.stat().st_size == 0:
                raise SystemExit(f"lrelease made no catalogue from {ts}")
            made.append(qm.as_posix())
        if not made:
            raise SystemExit(f"no translation sources in {SOURCES}")
        data_files = self.distribution.data_files
        if data_files is None:
            data_files = self.distribution.data_files = []
        for index, (folder, files) in enumerate(list(data_files)):
            if folder == INSTALLED:
                data_files[index] = (folder, [f for f in files if not f.endswith(".qm")])
        data_files.append((INSTALLED, made))


setup(cmdclass={"build_py": BuildWithTranslations})
