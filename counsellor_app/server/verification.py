"""Certificate verification for anyone: an employer types the serial or the text of the QR
code and reads valid, revoked or unknown, in French, Arabic or English.

The keys are the agencies' public signing keys, each registered by the PC holding it, and the
revocations the issued documents' own records and the tombstones erasures leave
(``server.certificates``); ``/v1/trust`` hands them to the PCs, so a PC verifies other
agencies' certificates offline too. A serial alone shows the person's initials,
never the name (Law 09-08: the employer holds the paper; the page need not repeat it).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core import signing
from counsellor_app.server import certificates
from counsellor_app.server.models import Agency

TEXT: Mapping[str, Mapping[str, str]] = {
    "fr": {
        "title": "Vérifier une attestation",
        "lead": "Saisissez le numéro de série imprimé sur le document, ou le texte de son code QR.",
        "field": "Numéro de série ou texte du code QR",
        "button": "Vérifier",
        "valid": "Document authentique",
        "revoked": "Document annulé",
        "tampered": "Document falsifié : le texte ne correspond pas à la signature",
        "unknown": "Aucun document connu sous ce numéro",
        "unknown_key": "Signé par une clé inconnue de ce service",
        "malformed": "Ce texte n'est pas celui d'un code QR de Counsellor",
        "serial": "Numéro de série",
        "kind": "Document",
        "issued": "Délivré le",
        "agency": "Par",
        "person": "Personne",
        "reason": "Motif de l'annulation",
        "privacy": "Le nom complet n'est affiché que s'il figure dans le code QR scanné.",
    },
    "ar": {
        "title": "التحقق من شهادة",
        "lead": "اكتبوا الرقم التسلسلي المطبوع على الوثيقة، أو نص رمز QR الخاص بها.",
        "field": "الرقم التسلسلي أو نص رمز QR",
        "button": "تحقق",
        "valid": "وثيقة صحيحة",
        "revoked": "وثيقة ملغاة",
        "tampered": "وثيقة مزورة: النص لا يطابق التوقيع",
        "unknown": "لا توجد وثيقة معروفة بهذا الرقم",
        "unknown_key": "موقعة بمفتاح غير معروف لدى هذه الخدمة",
        "malformed": "هذا النص ليس نص رمز QR صادر عن Counsellor",
        "serial": "الرقم التسلسلي",
        "kind": "الوثيقة",
        "issued": "تاريخ الإصدار",
        "agency": "الجهة",
        "person": "الشخص",
        "reason": "سبب الإلغاء",
        "privacy": "لا يظهر الاسم الكامل إلا إذا كان في رمز QR الممسوح.",
    },
    "en": {
        "title": "Verify a certificate",
        "lead": "Type the serial number printed on the document, or the text of its QR code.",
        "field": "Serial number or QR code text",
        "button": "Verify",
        "valid": "Genuine document",
        "revoked": "Revoked document",
        "tampered": "Forged document: the text does not match the signature",
        "unknown": "No document is known under this number",
        "unknown_key": "Signed by a key this service does not know",
        "malformed": "This text is not a Counsellor QR code",
        "serial": "Serial number",
        "kind": "Document",
        "issued": "Issued on",
        "agency": "By",
        "person": "Person",
        "reason": "Reason for revocation",
        "privacy": "The full name is shown only when it is in the scanned QR code.",
    },
}
# The documents' titles as printed (resources/documents/*.toml; the server does not read the
# desktop's resources, and tests/sync/test_verification_page.py keeps the two the same).
KINDS: Mapping[str, Mapping[str, str]] = {
    "orientation_certificate": {"fr": "Attestation d'orientation professionnelle", "ar": "شهادة التوجيه المهني", "en": "Certificate of career guidance"},
    "softskills_certificate": {"fr": "Attestation de formation aux compétences de vie", "ar": "شهادة التكوين في المهارات الحياتية", "en": "Certificate of life-skills training"},
    "internship_certificate": {"fr": "Attestation de stage", "ar": "شهادة التدريب", "en": "Internship certificate"},
    "internship_agreement": {"fr": "Convention de stage", "ar": "اتفاقية التدريب", "en": "Internship agreement"},
    "referral_letter": {"fr": "Lettre d'orientation", "ar": "رسالة توجيه", "en": "Referral letter"},
    "convocation": {"fr": "Convocation", "ar": "استدعاء", "en": "Appointment letter"},
    "business_plan": {"fr": "Plan d'affaires", "ar": "مخطط الأعمال", "en": "Business plan"},
    "microgrant_agreement": {"fr": "Convention d'octroi d'une subvention", "ar": "اتفاقية منح إعانة", "en": "Grant agreement"},
    "disbursement_receipt": {"fr": "Reçu de versement", "ar": "وصل صرف", "en": "Payment receipt"},
    "attendance_sheet": {"fr": "Feuille de présence", "ar": "ورقة الحضور", "en": "Attendance sheet"},
    "committee_minutes": {"fr": "Procès-verbal de la commission d'attribution des subventions",
                          "ar": "محضر اجتماع لجنة منح الإعانات", "en": "Minutes of the grant committee"},
}  # fmt: skip


def trust(session: Session) -> tuple[dict[str, bytes], dict[str, str]]:
    """Every registered key, and every revoked serial with its reason (``certificates``)."""
    keys, revoked, _agencies = certificates.trust(session)
    return keys, revoked


def _initials(name: str) -> str:
    return " ".join(f"{word[0]}." for word in name.split() if word)


def check(session: Session, text: str) -> dict[str, Any]:
    """The verdict for a serial or a QR payload, with what may be shown of the document. The
    issuing agency is the one the registry holds for the key (a QR code), or the serial's
    agency whose own record it is (a serial typed in)."""
    text = text.strip()
    if text.startswith(signing.PREFIX + "|"):
        keys, revoked, key_agencies = certificates.trust(session)  # every key has its agency
        outcome = signing.verify(text, keys, revoked, key_agencies)
        claim = outcome.claim
        signer = text.split("|")[6] if text.count("|") == 7 else ""
        return {
            "verdict": outcome.verdict.value,
            "serial": claim.serial if claim else "",
            "template": claim.template if claim else "",
            "issued_on": claim.issued_on.isoformat() if claim else "",
            "person": claim.name if claim else "",
            "reason": outcome.revocation_reason,
            "agency": _agency_named(session, key_agencies.get(signer, ""))
            if outcome.verdict in (signing.Verdict.VALID, signing.Verdict.REVOKED)
            else "",
        }
    serial = text.upper()
    document = certificates.document_of(session, serial)
    if document is None:
        kept = certificates.tombstone(session, serial)
        if kept is None:
            return {"verdict": "unknown", "serial": serial}
        return {  # erased since: only that it was revoked, when, and by whom
            "verdict": "revoked",
            "serial": serial,
            "issued_on": "",
            "reason": kept.reason_code,
            "agency": _agency_named(session, signing.serial_agency(serial)),
        }
    fields = document.fields
    snapshot = fields.get("snapshot") or {}
    name = (snapshot.get("person") or {}).get("name") or snapshot.get("cohort", "")
    return {
        "verdict": "revoked" if fields.get("revoked_at") else "valid",
        "serial": serial,
        "template": fields.get("template", ""),
        "issued_on": str(snapshot.get("issued_on", ""))[:10],
        "person": _initials(str(name)),
        "reason": fields.get("revocation_reason") or "",
        "agency": _agency_named(session, signing.serial_agency(serial)),
    }


def _agency_named(session: Session, code: str) -> str:
    agency = session.scalar(select(Agency).where(Agency.code == code)) if code else None
    return agency.name if agency is not None else code


def _date(iso: str) -> str:
    """22/11/2026 in every language, as on the printed documents' forms."""
    parts = iso[:10].split("-")
    return "/".join(reversed(parts)) if len(parts) == 3 else iso


def page(language: str, query: str, result: dict[str, Any] | None) -> str:
    words = TEXT[language]
    direction = "rtl" if language == "ar" else "ltr"
    switch = " · ".join(
        f'<a href="?lang={code}" hreflang="{code}">{name}</a>'
        for code, name in (("fr", "Français"), ("ar", "العربية"), ("en", "English"))
    )
    body = ""
    if result is not None:
        verdict = result["verdict"]
        rows = [
            (words["serial"], result.get("serial", "")),
            (words["kind"], KINDS.get(result.get("template", ""), {}).get(language, "")),
            (words["issued"], _date(result.get("issued_on", ""))),
            (words["agency"], result.get("agency", "")),
            (words["person"], result.get("person", "")),
        ]
        if verdict == "revoked":
            rows.append((words["reason"], result.get("reason", "")))
        details = "".join(
            f"<tr><th>{html.escape(k)}</th><td><bdi>{html.escape(str(v))}</bdi></td></tr>"
            for k, v in rows
            if v
        )
        body = (
            f'<section class="result {html.escape(verdict)}" role="status">'
            f'<h2 id="verdict">{html.escape(words.get(verdict, verdict))}</h2>'
            f"<table>{details}</table></section>"
        )
    return f"""<!DOCTYPE html>
<html lang="{language}" dir="{direction}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(words["title"])}</title>
<style>
body {{ font-family: "DejaVu Sans", Arial, sans-serif; max-width: 40rem; margin: 2rem auto;
       padding: 0 1rem; color: #1d232b; background: #f4f6f9; }}
h1 {{ color: #1f4e79; font-size: 1.5rem; }}
form {{ display: flex; gap: .5rem; flex-wrap: wrap; }}
input {{ flex: 1; min-width: 16rem; padding: .5rem; font-size: 1rem; direction: ltr; }}
button {{ padding: .5rem 1rem; font-size: 1rem; }}
.result {{ margin-top: 1.5rem; padding: 1rem; border-radius: 6px; background: #fff;
           border: 2px solid #9aa9bc; }}
.valid {{ border-color: #2e7d32; }} .valid h2 {{ color: #2e7d32; }}
.revoked, .tampered, .malformed {{ border-color: #b3261e; }}
.revoked h2, .tampered h2, .malformed h2 {{ color: #b3261e; }}
th {{ text-align: start; padding-inline-end: 1rem; color: #5f6b7a; font-weight: normal; }}
.small {{ color: #5f6b7a; font-size: .85rem; }}
</style></head>
<body>
<nav class="small">{switch}</nav>
<h1>{html.escape(words["title"])}</h1>
<p>{html.escape(words["lead"])}</p>
<form method="get" action="">
<input type="hidden" name="lang" value="{language}">
<input name="q" aria-label="{html.escape(words["field"])}" placeholder="{html.escape(words["field"])}"
       value="{html.escape(query)}" autofocus>
<button type="submit">{html.escape(words["button"])}</button>
</form>
{body}
<p class="small">{html.escape(words["privacy"])}</p>
</body></html>"""
