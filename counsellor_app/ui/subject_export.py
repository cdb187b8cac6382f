"""The person's access request from their file: the whole file as a PDF for them and a JSON
beside it, in the counsellor's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from counsellor_app.documents.person_export import render_person_export
from counsellor_app.services.reference import agency_name
from counsellor_app.services.subject_access import SubjectAccessService
from counsellor_app.storage.atomic import write_atomically
from counsellor_app.ui import labels
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.errors import present_error
from counsellor_app.ui.i18n import isolate


def words() -> dict[str, str]:
    """The PDF's words in the user's language (lupdate reads each literal below)."""
    return {
        "title": QCoreApplication.translate("SubjectExport", "Personal file — access request"),
        "intro": QCoreApplication.translate(
            "SubjectExport",
            "Everything recorded about {name} (file {file}) on this computer, on {day}. "
            "Ask your counsellor to correct anything that is wrong.",
        ),
        "empty": QCoreApplication.translate("SubjectExport", "(nothing)"),
        "page": QCoreApplication.translate("SubjectExport", "Page {page}"),
        "section:person": QCoreApplication.translate("SubjectExport", "Identity and profile"),
        "section:identity_document": QCoreApplication.translate(
            "SubjectExport", "Identity documents"
        ),
        "section:consent": QCoreApplication.translate("SubjectExport", "Consents"),
        "section:change_log": QCoreApplication.translate(
            "SubjectExport", "History of changes (when, before and after)"
        ),
        "section:pathway_stage": QCoreApplication.translate("SubjectExport", "Pathway"),
        "section:outcome": QCoreApplication.translate("SubjectExport", "Outcomes"),
        "section:enrolment": QCoreApplication.translate("SubjectExport", "Training cohorts"),
        "section:attendance": QCoreApplication.translate("SubjectExport", "Attendance"),
        "section:internship": QCoreApplication.translate("SubjectExport", "Internships"),
        "section:ae_registration": QCoreApplication.translate(
            "SubjectExport", "Auto-entrepreneur registration"
        ),
        "section:business_plan": QCoreApplication.translate("SubjectExport", "Business plan"),
        "section:grant_application": QCoreApplication.translate("SubjectExport", "Microgrant"),
        "section:disbursement": QCoreApplication.translate("SubjectExport", "Grant tranches"),
        "section:follow_up_visit": QCoreApplication.translate("SubjectExport", "Follow-up visits"),
        "section:referral": QCoreApplication.translate("SubjectExport", "Referrals"),
        "section:appointment": QCoreApplication.translate("SubjectExport", "Appointments"),
        "section:attachment": QCoreApplication.translate(
            "SubjectExport", "Attached documents (names; the files are given separately)"
        ),
        "section:issued_document": QCoreApplication.translate("SubjectExport", "Documents printed"),
    }


def field_names() -> dict[str, str]:
    return {
        "file_number": QCoreApplication.translate("SubjectExport", "File number"),
        "last_name": QCoreApplication.translate("SubjectExport", "Last name"),
        "first_name": QCoreApplication.translate("SubjectExport", "First name"),
        "last_name_ar": QCoreApplication.translate("SubjectExport", "Last name in Arabic"),
        "first_name_ar": QCoreApplication.translate("SubjectExport", "First name in Arabic"),
        "sex": QCoreApplication.translate("SubjectExport", "Sex"),
        "date_of_birth": QCoreApplication.translate("SubjectExport", "Date of birth"),
        "nationality": QCoreApplication.translate("SubjectExport", "Nationality"),
        "legal_status": QCoreApplication.translate("SubjectExport", "Legal status"),
        "phone_e164": QCoreApplication.translate("SubjectExport", "Telephone"),
        "email": QCoreApplication.translate("SubjectExport", "E-mail"),
        "address": QCoreApplication.translate("SubjectExport", "Address"),
        "languages": QCoreApplication.translate("SubjectExport", "Languages"),
        "education_level": QCoreApplication.translate("SubjectExport", "Education"),
        "experience": QCoreApplication.translate("SubjectExport", "Experience"),
        "skills": QCoreApplication.translate("SubjectExport", "Skills"),
        "vulnerabilities": QCoreApplication.translate("SubjectExport", "Situations"),
        "referral_source": QCoreApplication.translate("SubjectExport", "Referred by"),
        "referral_detail": QCoreApplication.translate("SubjectExport", "Referral details"),
        "consent_status": QCoreApplication.translate("SubjectExport", "Consent"),
        "track": QCoreApplication.translate("SubjectExport", "Track"),
        "created_at": QCoreApplication.translate("SubjectExport", "Recorded on"),
        "updated_at": QCoreApplication.translate("SubjectExport", "Last changed on"),
        "doc_type": QCoreApplication.translate("SubjectExport", "Document"),
        "number": QCoreApplication.translate("SubjectExport", "Number"),
        "issued_on": QCoreApplication.translate("SubjectExport", "Issued on"),
        "expires_on": QCoreApplication.translate("SubjectExport", "Expires on"),
        "purposes": QCoreApplication.translate("SubjectExport", "Purposes"),
        "given_on": QCoreApplication.translate("SubjectExport", "Given on"),
        "withdrawn_on": QCoreApplication.translate("SubjectExport", "Withdrawn on"),
        "stage": QCoreApplication.translate("SubjectExport", "Stage"),
        "status": QCoreApplication.translate("SubjectExport", "Status"),
        "started_on": QCoreApplication.translate("SubjectExport", "Started on"),
        "ended_on": QCoreApplication.translate("SubjectExport", "Ended on"),
        "notes": QCoreApplication.translate("SubjectExport", "Notes"),
        "at": QCoreApplication.translate("SubjectExport", "When"),
        "action": QCoreApplication.translate("SubjectExport", "What"),
        "changes": QCoreApplication.translate("SubjectExport", "Changes"),
        "entity": QCoreApplication.translate("SubjectExport", "Part of the file"),
    }


def code_words() -> dict[str, dict[str, str]]:
    """Per field, its codes in the user's language (the same labels as the screens)."""
    tables = {
        "sex": labels.SEX,
        "legal_status": labels.LEGAL_STATUS,
        "education_level": labels.EDUCATION,
        "vulnerabilities": labels.VULNERABILITY,
        "referral_source": labels.REFERRAL_SOURCE,
        "consent_status": labels.CONSENT_STATUS,
        "purposes": labels.CONSENT_PURPOSE,
        "track": labels.TRACK,
        "doc_type": labels.DOCUMENT_TYPE,
        "stage": labels.STAGE,
        "status": labels.STAGE_STATUS,
        "kind": labels.OUTCOME,
        "template": labels.DOCUMENT_TEMPLATE,
    }
    return {
        field: {code: labels.label(table, code) for code in table}
        for field, table in tables.items()
    }


def export_whole_file(
    parent: QWidget,
    context: UiContext,
    person_id: str,
    target: Path | None = None,
    on_written: Callable[[Path], None] | None = None,
) -> Path | None:
    """Ask where, then read, render and write the PDF and the JSON beside it on a worker (a
    whole file can run to many pages: the window keeps painting); ``on_written`` gets the
    PDF's path on the GUI thread. Returns the chosen path, None if the user cancelled."""
    if target is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("SubjectExport", "Export the whole file"),
            "dossier-complet.pdf",
            QCoreApplication.translate("SubjectExport", "PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        target = Path(chosen).with_suffix(".pdf")
    pdf_path = target
    # Worded here, on the GUI thread; the worker gets plain values only.
    service = SubjectAccessService(context.db, context.user, context.people.may_see_sensitive)
    agency, rtl = agency_name(context.db), context.language == "ar"
    wording, names, values = words(), field_names(), code_words()

    def work() -> Path:
        export = service.export(person_id, "pdf+json")
        pdf = render_person_export(
            export.sections,
            export.full_name,
            export.file_number,
            agency,
            labels.format_date(export.made_at.astimezone().date()),
            wording,
            names,
            rtl=rtl,
            values=values,
        )
        write_atomically(pdf_path, pdf)
        write_atomically(pdf_path.with_suffix(".json"), export.to_json().encode("utf-8"))
        return pdf_path

    def failed(error: BaseException) -> None:
        if not isinstance(error, OSError):
            present_error(parent, error)  # a refusal's message, or a bug's report
            return
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("SubjectExport", "Export the whole file"),
            QCoreApplication.translate("SubjectExport", "Could not write %1: %2")
            .replace("%1", isolate(str(pdf_path)))
            .replace("%2", error.strerror or str(error)),
        )

    context.operations.run(work, on_written or (lambda _path: None), failed)
    return target
