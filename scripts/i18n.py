"""Translations: refresh the .ts sources from the code, build the .qm files, check completeness.

    python scripts/i18n.py update   # after changing user-visible strings (then translate in Linguist)
    python scripts/i18n.py build    # compile .ts → .qm (the set-up step runs this)
    python scripts/i18n.py check    # list messages without a French or Arabic translation

English is the source language of the code, so it needs no catalogue.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "ar")
SOURCES = sorted(str(p) for p in (ROOT / "counsellor_app" / "ui").glob("*.py"))


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install the project first (pip install -e .)")
    return found


def update() -> None:
    targets = [str(TS_DIR / f"counsellor_{lang}.ts") for lang in LANGUAGES]
    subprocess.run(
        [_tool("pyside6-lupdate"), *SOURCES, "-ts", *targets, "-no-obsolete"], check=True
    )


def build() -> None:
    for lang in LANGUAGES:
        ts = TS_DIR / f"counsellor_{lang}.ts"
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def missing(language: str) -> list[str]:
    """Messages of the catalogue with no finished translation."""
    tree = ET.parse(TS_DIR / f"counsellor_{language}.ts")
    problems = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            forms = [] if translation is None else [f.text for f in translation.iter("numerusform")]
            text = "" if translation is None else (translation.text or "")
            unfinished = translation is None or translation.get("type") in (
                "unfinished",
                "obsolete",
                "vanished",
            )
            empty = not (any(forms) if message.get("numerus") == "yes" else text.strip())
            if unfinished or empty:
                problems.append(f"{language} [{name}] {source!r}")
    return problems


def check() -> int:
    problems = [p for lang in LANGUAGES for p in missing(lang)]
    print("\n".join(problems) or "all messages translated")
    return 1 if problems else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "check":
        sys.exit(check())
    else:
        raise SystemExit(__doc__)
