"""The console's tests use the real server process and PCs of tests/server_fixtures.py, and
Debian's Chromium driven by Playwright (never a downloaded browser)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from tests.server_fixtures import Server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SHOTS = "/tmp/console-shots"


def _absent(reason: str) -> None:
    if os.environ.get("COUNSELLOR_REQUIRE_SERVICES"):  # CI installs Chromium and Playwright
        pytest.fail(f"{reason} (required here: COUNSELLOR_REQUIRE_SERVICES)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """One headless Chromium for the run; each test opens its own context (own cookies)."""
    if CHROMIUM is None:
        _absent("chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _absent("playwright is not installed (pip install -e .[test])")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        yield browser
        browser.close()


def console_admin(server: Server, username: str, password: str) -> None:
    """A national administrator, made as on a real server: ``counsellor-server create-admin``
    with the password on standard input."""
    done = subprocess.run(
        [sys.executable, "-m", "counsellor_app.server.cli", "create-admin",
         "--username", username, "--name", username.title(), "--password-stdin"],
        input=password + "\n", env=server.environment, capture_output=True, text=True,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def console_release(server: Server, minimum: str, current: str, url: str) -> None:
    """The app versions set as the central office does: signed in to the console (plain
    HTTP here, the browser tests drive the same form)."""
    import re
    import uuid

    import httpx

    name = f"release-{uuid.uuid4().hex[:8]}"
    console_admin(server, name, "Sahara-Atlas-2026")
    with httpx.Client(base_url=server.url, follow_redirects=True) as client:
        page = client.get("/console/sign-in")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert token is not None
        client.post(
            "/console/sign-in",
            data={"csrf": token.group(1), "username": name,
                  "password": "Sahara-Atlas-2026"},
        )  # fmt: skip
        page = client.get("/console/release")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert token is not None, page.text[:500]
        saved = client.post(
            "/console/release",
            data={"csrf": token.group(1), "min_version": minimum,
                  "current_version": current, "download_url": url},
        )  # fmt: skip
        assert saved.status_code == 200 and "release_saved" in str(saved.url)
