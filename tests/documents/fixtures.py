"""Document data for rendering tests: long names, both scripts, optional data missing."""

from __future__ import annotations

from typing import Any

from counsellor_app.documents.layout import Letterhead

LETTERHEAD = Letterhead(
    institution={
        "fr": "Agence Nationale de Promotion de l'Emploi et des Compétences",
        "ar": "الوكالة الوطنية لإنعاش التشغيل والكفاءات",
        "en": "National Agency for the Promotion of Employment and Skills",
    },
    agency={"fr": "Agence Rabat-Agdal", "ar": "وكالة الرباط أكدال", "en": "Rabat-Agdal agency"},
    address={
        "fr": "12, avenue Allal Ben Abdallah, quartier Hassan, 10000 Rabat",
        "ar": "12، شارع علال بن عبد الله، حي حسان، 10000 الرباط",
    },
    city={"fr": "Rabat", "ar": "الرباط", "en": "Rabat"},
    phone="+212 537 00 00 00",
    signatory_name="Nadia Bennani",
    signatory_title={"fr": "Directrice", "ar": "مديرة", "en": "Director"},
)
LONG_NAME = "DIALLO-KOUROUMA Mamadou Aliou Abdoulaye Ibrahima Sékou Ousmane"
LATIN = {
    "name": LONG_NAME,
    "file_number": "RABAG-K7P-26-00042",
    "birth_date": "1995-03-14",
    "nationality": "GN",
}
ARABIC = {"name": "العلوي فاطمة الزهراء", "file_number": "RABAG-K7P-26-00043"}  # no birth date
LONG_ADDRESS = (
    "Résidence Al Boustane, immeuble 14, appartement 7, angle boulevard Mohammed V et rue "
    "Ibn Sina, quartier administratif, 10000 Rabat — entrée par la rue de derrière"
)


def samples(person: dict[str, Any]) -> dict[str, dict[str, Any]]:
    city = {"fr": "Rabat", "ar": "الرباط", "en": "Rabat"}
    return {
        "orientation_certificate": {
            "person": person,
            "interview_on": "2026-05-05",
            "counsellor": "Salma Ouahbi",
            "career_goal": "Aide-cuisinier en restauration collective",
            "track": "wage",
        },
        "softskills_certificate": {
            "person": person,
            "cohort": "Compétences de vie — cohorte d'automne",
            "starts_on": "2026-09-01",
            "ends_on": "2026-10-15",
            "place": "",
            "minutes": 2250,
            "attendance_rate": 87,
            "modules": "",
            "trainer": "",
        },
        "internship_certificate": {
            "person": person,
            "host": "Hôtel Atlas",
            "city": city,
            "starts_on": "2026-05-01",
            "ends_on": "2026-10-31",
            "tutor": "",
            "hired": False,
        },
        "internship_agreement": {
            "person": person,
            "host": {"name": "Hôtel Atlas", "city": city, "ice": "", "contact": ""},
            "starts_on": "2026-05-01",
            "ends_on": "2026-10-31",
            "tutor": "Youssef Amrani",
            "stipend_centimes": 250050,
        },
        "referral_letter": {
            "person": person,
            "partner": {
                "name": "Association marocaine d'appui à la promotion de la petite entreprise",
                "address": LONG_ADDRESS,
                "contact": "",
            },
            "service": "Accompagnement au microcrédit",
            "referral_code": "R-7K3Q-9XZ2M",
            "counsellor": "Salma Ouahbi",
        },
        "convocation": {
            "person": person,
            "on": "2026-12-03",
            "at": "09:30",
            "place": LONG_ADDRESS,
            "kind": "committee",
            "counsellor": "",
        },
        "business_plan": {
            "person": person,
            "activity": "Couture et retouches",
            "sections": {"summary": "Atelier de quartier. " * 120, "team": "خياط منذ 10 سنوات"},
            "startup_costs": [{"label": "Machine à coudre", "centimes": 1200000}],
            "funding": [{"kind": "microgrant", "centimes": 1000000}],
            "revenue": [300000] * 36,
            "costs": [180000] * 36,
        },
        "microgrant_agreement": {
            "person": person,
            "programme": "PISERUMA 2026",
            "approved_centimes": 2000000,
            "activity": "",
            "decided_on": "2026-11-10",
            "conditions": "",
        },
        "disbursement_receipt": {
            "person": person,
            "paid_on": "2026-11-20",
            "amount_centimes": 1234567,
            "mode": "cash",
            "decided_on": "2026-11-10",
            "receipt": "",
            "paid_centimes": 1234567,
            "approved_centimes": 2000000,
        },
        "attendance_sheet": {
            "cohort": "Compétences de vie",
            "on": "2026-11-24",
            "topic": "",
            "place": "",
            "trainer": "",
            "people": [LATIN, ARABIC] * 20,
        },
        "committee_minutes": {
            "held_on": "2026-11-20",
            "place": "Salle de réunion",
            "members": [
                {"name": "Amina Benkirane", "organisation": "", "chair": True, "present": True},
                {"name": "M. Haddad", "organisation": "INDH", "chair": False, "present": True},
                {"name": "Mme Alaoui", "organisation": "Amal", "chair": False, "present": False},
            ],
            "quorum_reached": False,
            "quorum_needed": 3,
            "grid": [["viability", 60], ["commitment", 40]],
            "items": [
                {
                    "name": person["name"],
                    "file_number": person["file_number"],
                    "requested_centimes": 1_500_000,
                    "score": 72,
                    "scores": [["viability", 4], ["commitment", 3]],
                    "conflicts": ["Mme Alaoui"],
                    "votes": [["Amina Benkirane", "for"], ["M. Haddad", "abstain"]],
                    "for": 1,
                    "against": 0,
                    "abstain": 1,
                    "decision": "deferred",
                    "amount_centimes": 0,
                    "conditions": "",
                    "reasons": "Quorum non atteint",
                }
            ],
        },
    }
