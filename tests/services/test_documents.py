"""Issuing documents: serials, signed QR codes, the register, re-prints and revocations."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import update

from counsellor_app.core.person import ConsentInput
from counsellor_app.core.problems import DomainError
from counsellor_app.core.signing import Verdict
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.documents import DocumentService
from counsellor_app.services.people import PeopleService
from counsellor_app.services.referrals import PartnerInput, ReferralService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import LocalSetting
from counsellor_app.storage.paths import DataPaths
from tests.conftest import COUNSELLOR, FAST_KDF_FOR_TESTS, PASSWORD, person

TODAY = date(2026, 11, 22)
SHARING = ConsentInput(True, date(2026, 10, 1), frozenset({"processing", "sharing_partners"}))


def _referral(db: Database, user: CurrentUser, name: str = "Diallo") -> str:
    people = PeopleService(db, user)
    person_id = people.register(confirmed_new=True, data=person(last_name=name, consent=SHARING))
    referrals = ReferralService(db, user, today=lambda: TODAY)
    partner = referrals.create_partner(
        PartnerInput("Centre de santé Yacoub El Mansour", "health_centre")
    )
    return referrals.refer(person_id, partner, "Bilan de santé", TODAY)


def _service(db: Database, user: CurrentUser, paths: DataPaths) -> DocumentService:
    return DocumentService(db, user, paths.verification, today=lambda: TODAY)


def qr_payloads(pdf: bytes, tmp_path: Path) -> list[str]:
    """Decode the QR codes of the first page as a phone would, from a 150 dpi picture."""
    source = tmp_path / "page.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(source), str(tmp_path / "p")],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("p*.png")))
    return [r.text for r in zxingcpp.read_barcodes(image)]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_issued_document_carries_a_qr_code_that_verifies(
    db: Database, user: CurrentUser, paths: DataPaths, tmp_path: Path
) -> None:
    documents = _service(db, user, paths)
    issued = documents.issue("referral_letter", _referral(db, user))
    assert issued.serial.startswith("RABAG-") and issued.serial.endswith("-D00001")
    (payload,) = qr_payloads(issued.pdf, tmp_path)
    result = documents.verify(payload)
    assert result.verdict is Verdict.VALID and result.claim is not None
    assert result.claim.serial == issued.serial and result.claim.name.startswith("DIALLO")
    for position in (10, len(payload) // 2, len(payload) - 3):  # any one character changed
        changed = (
            payload[:position]
            + ("X" if payload[position] != "X" else "Y")
            + payload[position + 1 :]
        )
        assert documents.verify(changed).verdict in (
            Verdict.TAMPERED,
            Verdict.MALFORMED,
            Verdict.UNKNOWN_KEY,
        )
    assert documents.verify(payload.replace("DIALLO", "DIALLA")).verdict is Verdict.TAMPERED


def test_register_reprints_identically_and_revokes(
    db: Database, user: CurrentUser, paths: DataPaths
) -> None:
    documents = _service(db, user, paths)
    issued = documents.issue("referral_letter", _referral(db, user))
    assert documents.reprint(issued.serial) == issued.pdf
    (row,) = documents.register()
    assert (
        row.serial == issued.serial and row.template == "referral_letter" and row.revoked_at is None
    )
    with pytest.raises(DomainError):
        documents.revoke(issued.serial, "  ")
    documents.revoke(issued.serial, "Erreur de partenaire")
    assert documents.register()[0].revocation_reason == "Erreur de partenaire"
    assert documents.reprint(issued.serial) != issued.pdf  # stamped as revoked
    payload = db_payload(documents, issued.serial)
    assert documents.verify(payload).verdict is Verdict.REVOKED


def db_payload(documents: DocumentService, serial: str) -> str:
    from counsellor_app.storage.models import IssuedDocument

    with documents._db.reader() as session:
        from sqlalchemy import select

        return (
            session.scalar(select(IssuedDocument.payload).where(IssuedDocument.serial == serial))
            or ""
        )


def test_no_document_for_a_person_whose_consent_is_pending(
    db: Database, user: CurrentUser, paths: DataPaths
) -> None:
    referral = _referral(db, user)
    from counsellor_app.storage.models import Person

    with db.unit_of_work(user.id) as session:
        session.execute(update(Person).values(consent_status="pending"))
    with pytest.raises(DomainError) as refused:
        _service(db, user, paths).issue("referral_letter", referral)
    assert refused.value.problems[0].code == "document_consent_pending"
    assert _service(db, user, paths).register() == []


def test_serials_are_unique_across_two_pcs(paths: DataPaths, tmp_path: Path) -> None:
    other = DataPaths(tmp_path / "second-pc")
    shutil.copytree(paths.root, other.root)
    serials: list[str] = []
    for index, where in enumerate((paths, other)):
        db, user = Workspace(where, FAST_KDF_FOR_TESTS).log_in(COUNSELLOR, PASSWORD)
        if index:  # each PC has its own device code (enrolment makes them distinct)
            with db.unit_of_work(user.id) as session:
                session.execute(
                    update(LocalSetting)
                    .where(LocalSetting.key == "device_code")
                    .values(value="Q9Z")
                )
        documents = _service(db, user, where)
        referral = _referral(db, user)
        serials += [documents.issue("referral_letter", referral).serial for _ in range(5)]
        db.close()
    assert len(set(serials)) == 10


def test_verify_command_reads_the_pdf_offline(
    db: Database, user: CurrentUser, paths: DataPaths, tmp_path: Path
) -> None:
    documents = _service(db, user, paths)
    issued = documents.issue("referral_letter", _referral(db, user))
    pdf = tmp_path / "lettre.pdf"
    pdf.write_bytes(issued.pdf)
    run = [sys.executable, "-m", "counsellor_app", "--data-dir", str(paths.root), "verify"]
    good = subprocess.run([*run, str(pdf)], capture_output=True, text=True, check=False)
    assert good.returncode == 0 and good.stdout.startswith("VALID") and issued.serial in good.stdout
    payload = db_payload(documents, issued.serial)
    forged = subprocess.run(
        [*run, payload.replace("2026-11-22", "2026-11-23")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert forged.returncode == 1 and forged.stdout.startswith("TAMPERED")
    documents.revoke(issued.serial, "Remplacé")
    revoked = subprocess.run([*run, str(pdf)], capture_output=True, text=True, check=False)
    assert revoked.returncode == 1 and "REVOKED" in revoked.stdout and "Remplacé" in revoked.stdout
    missing = subprocess.run(
        [*run, "--keys", str(tmp_path / "none.json"), payload],
        capture_output=True,
        text=True,
        check=False,
    )
    assert missing.returncode == 2 and "no verification file" in missing.stderr


def test_the_file_lists_what_can_be_printed_and_why_not(
    db: Database, user: CurrentUser, paths: DataPaths
) -> None:
    documents = _service(db, user, paths)
    referral = _referral(db, user)
    from counsellor_app.storage.models import Person, Referral

    with db.reader() as session:
        person_id = session.get(Referral, referral).person_id  # type: ignore[union-attr]
    listed = {(p.subject.template, p.subject.subject_id): p for p in documents.printable(person_id)}
    assert listed[("referral_letter", referral)].ready
    assert "Centre de santé" in listed[("referral_letter", referral)].subject.detail
    orientation = listed[("orientation_certificate", person_id)]
    assert [p.code for p in orientation.problems] == ["document_stage_not_reached"]

    specimen = documents.preview("referral_letter", referral)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(specimen)).pages)
    assert "SPÉCIMEN" in text and "DIALLO" in text
    assert "CNS1|" not in (PdfReader(io.BytesIO(specimen)).metadata or {}).get("/Keywords", "")
    assert documents.register() == []  # a preview issues nothing

    with db.unit_of_work(user.id) as session:
        session.execute(update(Person).values(consent_status="pending"))
    assert all(
        [p.code for p in item.problems] == ["document_consent_pending"]
        for item in documents.printable(person_id)
        if item.subject.template == "referral_letter"
    )
