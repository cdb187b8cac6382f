"""The person's right of access: their whole file, as JSON and as a PDF, by their counsellor
(or after a break-glass), recorded in the audit trail."""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from counsellor_app.core.problems import DomainError
from counsellor_app.core.roles import Role
from counsellor_app.documents.person_export import render_person_export
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.audit import AuditQuery, AuditService
from counsellor_app.services.people import PeopleService
from counsellor_app.services.subject_access import SubjectAccessService
from counsellor_app.services.users import UserService
from counsellor_app.storage.database import Database
from tests.conftest import ADMIN, PASSWORD, person


def test_the_whole_file_holds_every_section_and_its_history(
    workspace: Workspace, db: Database, user: CurrentUser, people: PeopleService
) -> None:
    person_id = people.register(person(vulnerabilities=("survivor_of_violence",)))
    stored = people.get(person_id).data
    people.update(person_id, replace(stored, phone="06 99 88 77 66"))
    export = SubjectAccessService(db, user).export(person_id, "json")
    body = json.loads(export.to_json())
    sections = body["sections"]
    assert {"person", "identity_document", "consent", "change_log", "pathway_stage"} <= set(
        sections
    )
    assert sections["person"][0]["vulnerabilities"] == ["survivor_of_violence"]
    assert sections["identity_document"][0]["number"] == "E123456"
    phone_changes = [c for c in sections["change_log"] if "phone_e164" in c["changes"]]
    assert phone_changes[-1]["changes"]["phone_e164"] == ["+212612345678", "+212699887766"]
    assert "search_rowid" not in sections["person"][0] and "outbox_op" not in sections
    _db, admin = workspace.log_in(ADMIN, PASSWORD, open_database=db)
    exported = AuditService(db, admin).search(AuditQuery(actions=["person_exported"]))
    assert [(e.subject_id, e.detail["format"]) for e in exported] == [(person_id, "json")]


def test_a_colleague_exports_only_after_a_break_glass(
    workspace: Workspace, db: Database, people: PeopleService
) -> None:
    person_id = people.register(person())
    _db, admin = workspace.log_in(ADMIN, PASSWORD, open_database=db)
    UserService(workspace, db, admin).create_user("nadia", "Nadia", Role.COUNSELLOR, PASSWORD)
    _db, nadia = workspace.log_in("nadia", PASSWORD, open_database=db)
    hers = PeopleService(db, nadia)
    with pytest.raises(DomainError) as refused:
        SubjectAccessService(db, nadia, hers.may_see_sensitive).export(person_id, "json")
    assert refused.value.problems[0].code == "export_needs_the_counsellor"
    hers.reveal(person_id, "La personne demande son dossier, sa conseillère est absente")
    export = SubjectAccessService(db, nadia, hers.may_see_sensitive).export(person_id, "json")
    assert export.file_number


def test_the_pdf_is_readable_in_french_and_arabic(
    db: Database, user: CurrentUser, people: PeopleService, tmp_path: Path
) -> None:
    person_id = people.register(person(first_name_ar="مامادو", last_name_ar="ديالو"))
    export = SubjectAccessService(db, user).export(person_id, "pdf")
    for rtl in (False, True):
        pdf = render_person_export(
            export.sections, export.full_name, export.file_number, "Agence", "23/11/2026",
            rtl=rtl,
        )  # fmt: skip
        target = tmp_path / f"dossier-{rtl}.pdf"
        target.write_bytes(pdf)
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert export.file_number in text and "E123456" in text
        assert "DIALLO Mamadou" in text
