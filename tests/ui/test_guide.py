"""The user guide shipped in resources/guide: every language, every section illustrated by a
real screenshot, and Help ▸ User guide opening the one in the user's language."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest
from PIL import Image

from counsellor_app.storage.paths import resources_dir
from counsellor_app.ui.context import UiContext

ROOT = Path(__file__).resolve().parents[2]
GUIDE = resources_dir() / "guide"


@pytest.fixture
def guide() -> Path:
    if not (GUIDE / "guide-fr.html").exists():
        if os.environ.get("COUNSELLOR_REQUIRE_SERVICES"):
            pytest.fail("the set-up did not make the user guide (scripts/user_guide.py)")
        pytest.skip("user guide not made on this machine (python scripts/user_guide.py)")
    return GUIDE


def test_every_language_has_every_section_with_its_screenshot(guide: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from user_guide import LANGUAGES, SECTIONS, WIDTH

    for language in LANGUAGES:
        page = (guide / f"guide-{language}.html").read_text("utf-8")
        assert f'dir="{"rtl" if language == "ar" else "ltr"}"' in page
        pictures = re.findall(r'<img src="([^"]+)"', page)
        assert len(pictures) == len(SECTIONS[language])
        for picture in pictures:
            # A real screen, not a blank grab: a dialog's size at least, many shades (the
            # pictures have a palette, so their bytes alone say little), shrunk to WIDTH.
            with Image.open(guide / picture) as shot:
                assert 300 <= shot.width <= WIDTH and shot.height >= 150, picture
                assert len(shot.convert("RGB").getcolors(1 << 16) or ()) >= 16, picture
            assert picture.endswith(f"-{language}.png")


def test_help_opens_the_guide_in_the_users_language(
    guide: Path, context: UiContext, make_window: object
) -> None:
    window = make_window()  # type: ignore[operator]
    assert window.guide_path() == guide / "guide-fr.html"
    context.language = "ar"
    assert window.guide_path() == guide / "guide-ar.html"
