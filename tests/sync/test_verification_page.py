"""The public verification page, read by a real headless Chromium, and the keys handed to PCs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import select

from counsellor_app.core.pathway import Stage, Status
from counsellor_app.services.documents import DocumentService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.services.sync_service import SyncService
from counsellor_app.storage.models import IssuedDocument
from tests.conftest import person
from tests.server_fixtures import Pc, Server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _page(url: str) -> str:
    """The page as a browser builds it (the DOM after parsing), not the raw HTML."""
    if CHROMIUM is None:
        if os.environ.get("COUNSELLOR_REQUIRE_SERVICES"):  # CI installs it
            pytest.fail("chromium is required in CI")
        pytest.skip("chromium not installed")
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _certificate(pc: Pc, name: str) -> tuple[str, str]:
    people = PeopleService(pc.db, pc.user, today=lambda: date(2026, 11, 22))
    person_id = people.register(person(last_name=name, first_name="Mariam"), confirmed_new=True)
    PathwayService(pc.db, pc.user).move(person_id, Stage.ORIENTATION, Status.IN_PROGRESS)
    documents = DocumentService(pc.db, pc.user, pc.workspace.paths.verification)
    serial = documents.issue("orientation_certificate", person_id).serial
    with pc.db.reader() as session:
        payload = session.scalars(
            select(IssuedDocument.payload).where(IssuedDocument.serial == serial)
        ).one()
    return serial, payload


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_an_employer_checks_a_certificate_in_three_languages(
    server: Server, make_pc: object, tmp_path: Path
) -> None:
    agency = make_pc("pc-a")  # type: ignore[operator]
    good, payload = _certificate(agency, "Diallo")
    withdrawn, _ = _certificate(agency, "Camara")
    DocumentService(agency.db, agency.user).revoke(withdrawn, "Erreur de date")
    agency.enrol(server, then_sync=False)
    SyncService(agency.db, agency.user).sync()

    shown = _page(f"{server.url}/verify?q={good}")
    assert 'lang="fr"' in shown and "Document authentique" in shown and good in shown
    assert "D. M." in shown and "DIALLO" not in shown  # a serial alone shows initials only
    scanned = _page(f"{server.url}/verify?lang=en&q={quote(payload)}")
    assert "Genuine document" in scanned and "DIALLO Mariam" in scanned
    forged = payload.replace("DIALLO", "DIALLA")
    assert "Forged document" in _page(f"{server.url}/verify?lang=en&q={quote(forged)}")
    arabic = _page(f"{server.url}/verify?lang=ar&q={withdrawn}")
    assert 'dir="rtl"' in arabic and "وثيقة ملغاة" in arabic and "Erreur de date" in arabic
    assert "Aucun document connu" in _page(f"{server.url}/verify?q=RABAG-XXX-26-D99999")
    (tmp_path / "page.png").unlink(missing_ok=True)
    subprocess.run(
        [CHROMIUM or "chromium", "--headless", "--no-sandbox", "--disable-gpu",
         f"--screenshot={tmp_path / 'page.png'}", "--window-size=800,600",
         f"{server.url}/verify?lang=ar&q={withdrawn}"],
        capture_output=True, timeout=60, check=False,
    )  # fmt: skip
    assert (tmp_path / "page.png").stat().st_size > 5_000  # something was drawn

    # Another PC verifies the certificate offline once a sync brought the keys and revocations.
    other = make_pc("pc-b")  # type: ignore[operator]
    other.enrol(server, then_sync=False)
    SyncService(other.db, other.user).sync()
    run = [sys.executable, "-m", "counsellor_app", "--data-dir", str(other.workspace.paths.root)]
    checked = subprocess.run([*run, "verify", payload], capture_output=True, text=True, check=False)
    assert checked.returncode == 0 and checked.stdout.startswith("VALID")


def test_the_page_names_documents_as_they_are_printed() -> None:
    import tomllib

    from counsellor_app.server.verification import KINDS

    root = Path(__file__).resolve().parents[2] / "resources" / "documents"
    for language in ("fr", "ar", "en"):
        printed = tomllib.loads((root / f"{language}.toml").read_text("utf-8"))
        assert {kind: printed[kind]["title"] for kind in KINDS} == {
            kind: names[language] for kind, names in KINDS.items()
        }
