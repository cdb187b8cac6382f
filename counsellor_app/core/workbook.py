"""The workbook an agency moves in with (and the register goes out as): one sheet per kind of
record, French column titles, the sheets linked by the file's own numbers.

This module says what each sheet holds and how a cell's text becomes a value (dates typed as
text or kept as Excel serial numbers, amounts as "1 500,00" or "1500 DH" into centimes, the
closed lists in French, Arabic or as codes). Reading and writing the file is the services'
(services.workbook); nothing here touches a file or the database.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from counsellor_app.core import vocab
from counsellor_app.core.person_import import DOCUMENT_WORDS, SEX_WORDS, STATUS_WORDS, fold

# Limits checked before any cell is read (services.workbook).
MAX_BYTES = 25 * 1024 * 1024
MAX_SHEETS = 30
MAX_ROWS = 60_000  # per sheet
MAX_UNPACKED = 400 * 1024 * 1024  # the XML inside the zip, all parts together
MAX_WHOLE_PART = 50 * 1024 * 1024  # shared strings or styles, read whole by openpyxl
MAX_RATIO = 200  # unpacked / packed size of one part: beyond, a zip bomb

EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0 (the 1900 system, its 1900 leap bug included)
MAX_SERIAL = 2_958_465  # 31/12/9999
DATE_PATTERNS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%Y/%m/%d", "%d/%m/%y")


class CellError(ValueError):
    """A cell that cannot be read as its column's kind: ``code`` is the problem's code."""

    def __init__(self, code: str, params: Mapping[str, object] | None = None) -> None:
        super().__init__(code)
        self.code, self.params = code, dict(params or {})


# -- the values ----------------------------------------------------------------------------------


def parse_date(value: Any) -> date | None:
    """A day from a cell: a date, an Excel serial number (45292 is 01/01/2024), or text in
    dd/mm/yyyy (the Moroccan habit) or ISO form. Day first always: 03/04/2024 is 3 April."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise CellError("import_date_unreadable", {"value": str(value)})
    if isinstance(value, int | float):
        return _serial(float(value), str(value))
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        return _serial(float(text), text)
    for pattern in DATE_PATTERNS:
        try:
            return datetime.strptime(text[:10] if pattern == "%Y-%m-%d" else text, pattern).date()
        except ValueError:
            continue
    raise CellError("import_date_unreadable", {"value": text[:40]})


def _serial(number: float, shown: str) -> date:
    if not 1 <= number <= MAX_SERIAL:
        raise CellError("import_date_unreadable", {"value": shown[:40]})
    return EXCEL_EPOCH + timedelta(days=int(number))


_CURRENCY = re.compile(r"(?i)(dhs?|mad|dirhams?|درهم|د\.م\.?)")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")


def parse_money(value: Any) -> int | None:
    """Centimes from an amount as agencies type it: 1500, 1500.5, "1 500,00", "1.500,00",
    "1500 DH", "1 500 MAD". Negative amounts and more than two decimals are refused."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise CellError("import_money_unreadable", {"value": str(value)})
    if isinstance(value, int):
        text = str(value)
    elif isinstance(value, float):
        text = f"{value:.2f}" if round(value, 2) == value else repr(value)
    else:
        text = _SPACES.sub("", _CURRENCY.sub("", str(value))).strip()
    if not text:
        return None
    shown = str(value)[:40]
    if "," in text and "." in text:  # the last one is the decimal mark
        thousands = "." if text.rfind(",") > text.rfind(".") else ","
        text = text.replace(thousands, "").replace(",", ".")
    elif "," in text:
        head, _sep, tail = text.rpartition(",")
        text = f"{head.replace(',', '')}.{tail}" if len(tail) <= 2 else text.replace(",", "")
    elif text.count(".") > 1 or re.fullmatch(r"\d{1,3}(\.\d{3})+", text):
        text = text.replace(".", "")  # 1.500 is fifteen hundred, never one and a half
    match = re.fullmatch(r"(\d+)(?:\.(\d{1,2}))?", text)
    if match is None:
        raise CellError("import_money_unreadable", {"value": shown})
    whole, cents = match.group(1), (match.group(2) or "").ljust(2, "0")
    amount = int(whole) * 100 + int(cents)
    if amount > 10**13:
        raise CellError("import_money_unreadable", {"value": shown})
    return amount


def money_text(centimes: int | None) -> str:
    """Centimes as the template writes them: 1 500,00 (a narrow space is not typed by people)."""
    if centimes is None:
        return ""
    whole, cents = divmod(centimes, 100)
    return f"{whole:,}".replace(",", " ") + f",{cents:02d}"


def parse_int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = _SPACES.sub("", str(value)).rstrip("%")
    if not re.fullmatch(r"\d{1,9}", text):
        raise CellError("import_number_unreadable", {"value": str(value)[:40]})
    return int(text)


YES = frozenset({"oui", "o", "yes", "y", "1", "vrai", "true", "x", "نعم"})
NO = frozenset({"non", "n", "no", "0", "faux", "false", "لا"})


def parse_bool(value: Any) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    word = fold(str(value))
    if word in YES:
        return True
    if word in NO:
        return False
    raise CellError("import_yes_no_unreadable", {"value": str(value)[:40]})


# -- the closed lists: code → (French, Arabic) -----------------------------------------------------

LABELS: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "sex": {"female": ("Femme", "أنثى"), "male": ("Homme", "ذكر")},
    "legal_status": {
        "moroccan": ("Marocain(e)", "مغربي(ة)"),
        "regularised_2014": ("Régularisé(e) 2014", "مسوى وضعه 2014"),
        "regularised_2016_17": ("Régularisé(e) 2016-2017", "مسوى وضعه 2016-2017"),
        "in_regularisation": ("En cours de régularisation", "في طور التسوية"),
        "regular_other": ("Titre de séjour (autre)", "سند إقامة (آخر)"),
        "refugee_bra": ("Réfugié(e) (BRA)", "لاجئ (مكتب اللاجئين)"),
        "refugee_unhcr_only": ("Réfugié(e) HCR", "لاجئ لدى المفوضية"),
        "asylum_seeker": ("Demandeur(euse) d'asile", "طالب لجوء"),
        "irregular": ("Irrégulier(ère)", "غير نظامي"),
    },
    "document_type": {
        "cin": ("CIN", "البطاقة الوطنية"),
        "residence_card": ("Carte d'immatriculation", "بطاقة التسجيل"),
        "resident_card": ("Carte de résident", "بطاقة الإقامة"),
        "receipt": ("Récépissé", "وصل الإيداع"),
        "circulation_document": ("Document de circulation", "وثيقة التنقل"),
        "bra_card": ("Carte de réfugié (BRA)", "بطاقة لاجئ"),
        "unhcr_refugee_card": ("Carte HCR", "بطاقة المفوضية"),
        "unhcr_attestation": ("Attestation HCR", "شهادة المفوضية"),
        "passport": ("Passeport", "جواز السفر"),
        "other": ("Autre", "أخرى"),
    },
    "consent_purpose": {
        "processing": ("Traitement", "المعالجة"),
        "sharing_partners": ("Partage partenaires", "المشاركة مع الشركاء"),
        "photo": ("Photo", "الصورة"),
        "donor_reporting": ("Statistiques bailleurs", "إحصائيات المانحين"),
        "donor_named": ("Liste nominative bailleurs", "لائحة اسمية للمانحين"),
    },
    "stage": {
        "intake": ("Accueil", "الاستقبال"),
        "orientation": ("Orientation", "التوجيه"),
        "soft_skills": ("Compétences de vie", "المهارات الحياتية"),
        "internship": ("Stage", "التدريب"),
        "ae_registration": ("Auto-entrepreneur", "المقاول الذاتي"),
        "business_plan": ("Plan d'affaires", "مخطط الأعمال"),
        "microgrant": ("Micro-subvention", "المنحة الصغيرة"),
        "follow_up": ("Suivi", "التتبع"),
    },
    "stage_status": {
        "not_started": ("Non commencée", "لم تبدأ"),
        "planned": ("Prévue", "مبرمجة"),
        "in_progress": ("En cours", "جارية"),
        "completed": ("Terminée", "منتهية"),
        "abandoned": ("Abandonnée", "متخلى عنها"),
        "not_applicable": ("Sans objet", "لا تنطبق"),
    },
    "track": {"wage": ("Salariat", "العمل المأجور"), "self_employment": ("Auto-emploi", "التشغيل الذاتي")},
    "recommended_service": {s: (s, s) for s in vocab.RECOMMENDED_SERVICES},
    "outcome": {
        "salaried_job": ("Emploi salarié", "عمل مأجور"),
        "training_enrolment": ("Inscription en formation", "التسجيل في تكوين"),
        "business_created": ("Activité créée", "إحداث نشاط"),
        "dropped_out": ("Abandon", "انقطاع"),
        "referred_elsewhere": ("Orienté(e) ailleurs", "موجه إلى جهة أخرى"),
    },
    "internship_kind": {
        "contrat_insertion": ("Contrat d'insertion", "عقد الإدماج"),
        "formation_insertion": ("Stage de formation-insertion", "تدريب من أجل الإدماج"),
        "association_placement": ("Placement associatif", "تدريب جمعوي"),
        "apprenticeship": ("Apprentissage", "التدرج المهني"),
    },
    "agreement": {
        "draft": ("Brouillon", "مسودة"),
        "signed": ("Signée", "موقعة"),
        "started": ("Commencée", "بدأت"),
        "ended_early": ("Rompue", "منتهية قبل الأجل"),
        "completed": ("Achevée", "مكتملة"),
    },
    "contract_kind": {"cdi": ("CDI", "عقد غير محدد المدة"), "cdd": ("CDD", "عقد محدد المدة"),
                      "tahfiz": ("Tahfiz", "تحفيز")},
    "decision": {"approved": ("Accordée", "مقبولة"), "rejected": ("Refusée", "مرفوضة"),
                 "deferred": ("Ajournée", "مؤجلة")},
    "mode": {"cash": ("Espèces", "نقدا"), "in_kind": ("En nature", "عينيا")},
    "business_status": {"active": ("Active", "نشيط"), "struggling": ("En difficulté", "في صعوبة"),
                        "closed": ("Fermée", "مغلق")},
    "referral_state": {
        "sent": ("Envoyée", "مرسلة"), "received": ("Reçue", "مستلمة"),
        "accepted": ("Acceptée", "مقبولة"), "refused": ("Refusée", "مرفوضة"),
        "done": ("Réalisée", "منجزة"), "cancelled": ("Annulée", "ملغاة"),
    },
    "partner_kind": {
        "anapec_agency": ("Agence ANAPEC", "وكالة أنابيك"),
        "ofppt_centre": ("Centre OFPPT", "مركز التكوين المهني"),
        "entraide_centre": ("Centre Entraide Nationale", "مركز التعاون الوطني"),
        "health_centre": ("Centre de santé", "مركز صحي"),
        "microfinance": ("Microfinance", "القروض الصغرى"),
        "ngo": ("Association", "جمعية"),
        "other": ("Autre", "أخرى"),
    },
    "mark": {"present": ("Présent(e)", "حاضر"), "late": ("En retard", "متأخر"),
             "excused": ("Excusé(e)", "غياب بعذر"), "absent": ("Absent(e)", "غائب")},
    "activity_category": {"commercial": ("Commerce, industrie, artisanat", "تجارة وصناعة وحرف"),
                          "services": ("Services", "خدمات")},
}  # fmt: skip

# Spellings besides the code and the two labels (folded).
_EXTRA_WORDS: Mapping[str, Mapping[str, str]] = {
    "sex": SEX_WORDS,
    "legal_status": STATUS_WORDS,
    "document_type": DOCUMENT_WORDS,
    "stage_status": {"termine": "completed", "fini": "completed", "en cours": "in_progress",
                     "abandon": "abandoned", "na": "not_applicable", "n a": "not_applicable"},
    "decision": {"accorde": "approved", "approuvee": "approved", "approuve": "approved",
                 "refuse": "rejected", "rejetee": "rejected", "ajourne": "deferred"},
    "mark": {"p": "present", "present": "present", "a": "absent", "absent": "absent",
             "r": "late", "e": "excused"},
}  # fmt: skip


def _words(kind: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for code, (french, arabic) in LABELS[kind].items():
        for word in (code, french, arabic):
            found.setdefault(fold(word), code)
    for word, code in _EXTRA_WORDS.get(kind, {}).items():
        found.setdefault(fold(word), code)
    return found


WORDS: Mapping[str, Mapping[str, str]] = {kind: _words(kind) for kind in LABELS}


def parse_choice(kind: str, value: Any) -> str:
    if value is None or str(value).strip() == "":
        return ""
    code = WORDS[kind].get(fold(str(value)))
    if code is None:
        raise CellError("import_value_unknown", {"value": str(value)[:40]})
    return code


def parse_choices(kind: str, value: Any) -> tuple[str, ...]:
    """Several values in one cell, separated by commas, semicolons or new lines."""
    if value is None:
        return ()
    parts = [p for p in re.split(r"[,;\n]+", str(value)) if p.strip()]
    return tuple(dict.fromkeys(parse_choice(kind, p) for p in parts))


def choice_label(kind: str, code: str | None) -> str:
    """The French label the template and the export write for a code."""
    if not code:
        return ""
    return LABELS[kind].get(code, (code, code))[0]


# -- the sheets --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    field: str
    title: str  # the header, in French (Moroccan administration's working language)
    kind: str = "text"  # text | date | money | int | bool | choice | choices | country | file
    required: bool = False
    choices: str = ""  # the closed list (LABELS) of a choice column
    note_fr: str = ""
    note_ar: str = ""
    example: str = ""
    sensitive: bool = False  # left out (or masked) for whoever may not see sensitive data
    width: int = 18


@dataclass(frozen=True)
class Sheet:
    name: str  # the sheet's title in the workbook
    kind: str  # what each row is
    columns: tuple[Column, ...]
    note_fr: str
    note_ar: str

    def column(self, field_name: str) -> Column:
        return next(c for c in self.columns if c.field == field_name)


FILE = Column(
    "file_number", "N° de dossier", "file", True,
    note_fr="Numéro du dossier de la personne, tel que dans votre fichier : relie les feuilles.",
    note_ar="رقم ملف الشخص كما في ملفكم: يربط بين الأوراق.", example="RABAG-2024-0001", width=22,
)  # fmt: skip


def _c(field_name: str, title: str, kind: str = "text", required: bool = False,
       choices: str = "", fr: str = "", ar: str = "", example: str = "",
       sensitive: bool = False, width: int = 18) -> Column:  # fmt: skip
    return Column(field_name, title, kind, required, choices, fr, ar, example, sensitive, width)


DATE_FR, DATE_AR = "Date jj/mm/aaaa.", "تاريخ بصيغة يوم/شهر/سنة."
MONEY_FR, MONEY_AR = "Montant en dirhams : 1 500,00 ou 1500 DH.", "المبلغ بالدرهم: 1500,00."

SHEETS: tuple[Sheet, ...] = (
    Sheet("Personnes", "person", (
        FILE,
        _c("last_name", "Nom", required=True, fr="Nom de famille, en lettres latines.",
           ar="الاسم العائلي بالحروف اللاتينية.", example="DIALLO"),
        _c("first_name", "Prénom", required=True, fr="Prénom, en lettres latines.",
           ar="الاسم الشخصي بالحروف اللاتينية.", example="Aminata"),
        _c("last_name_ar", "Nom (arabe)", fr="Nom en lettres arabes, si connu.",
           ar="الاسم العائلي بالحروف العربية.", example="ديالو"),
        _c("first_name_ar", "Prénom (arabe)", fr="Prénom en lettres arabes, si connu.",
           ar="الاسم الشخصي بالحروف العربية.", example="أميناتا"),
        _c("sex", "Sexe", "choice", True, "sex", "Femme ou Homme (F/H).", "أنثى أو ذكر.", "Femme"),
        _c("date_of_birth", "Date de naissance", "date", True, fr=DATE_FR, ar=DATE_AR,
           example="14/02/1995"),
        _c("nationality", "Nationalité", "country", True,
           fr="Pays ou nationalité : « Côte d'Ivoire », « ivoirienne », « CI ».",
           ar="البلد أو الجنسية: ساحل العاج، إيفوارية، CI.", example="Côte d'Ivoire"),
        _c("legal_status", "Statut juridique", "choice", True, "legal_status",
           "Statut : « Régularisé(e) 2014 », « demandeur d'asile », « réfugié »…",
           "الوضعية القانونية: مسوى وضعه 2014، طالب لجوء، لاجئ…", "Régularisé(e) 2014", width=26),
        _c("phone", "Téléphone", fr="Numéro marocain : 06 12 34 56 78 ou +212612345678.",
           ar="رقم الهاتف المغربي.", example="0612345678"),
        _c("email", "E-mail", fr="Adresse électronique.", ar="البريد الإلكتروني.", example=""),
        _c("city", "Ville", fr="Ville de résidence (nom).", ar="مدينة الإقامة.",
           example="Rabat"),
        _c("address", "Adresse", fr="Adresse postale.", ar="العنوان.", example=""),
        _c("registered_on", "Date d'inscription", "date", fr="Premier jour avec l'agence. "
           + DATE_FR, ar="أول يوم مع الوكالة. " + DATE_AR, example="03/01/2024"),
        _c("track", "Parcours", "choice", choices="track", fr="Salariat ou Auto-emploi.",
           ar="العمل المأجور أو التشغيل الذاتي.", example="Salariat"),
        _c("vulnerabilities", "Vulnérabilités", fr="Codes séparés par des virgules.",
           ar="رموز مفصولة بفواصل.", example="single_parent", sensitive=True),
        _c("skills", "Compétences", fr="Texte libre.", ar="نص حر.", example="Couture"),
        _c("experience", "Expérience", fr="Texte libre.", ar="نص حر.", example=""),
    ), "Une ligne par personne.", "سطر لكل شخص."),
    Sheet("Documents", "identity_document", (
        FILE,
        _c("doc_type", "Type de document", "choice", True, "document_type",
           "Carte d'immatriculation, Passeport, CIN, Récépissé…", "نوع الوثيقة.",
           "Carte d'immatriculation", width=24),
        _c("number", "Numéro", required=True, fr="Numéro du document.", ar="رقم الوثيقة.",
           example="E123456", sensitive=True),
        _c("issued_on", "Délivré le", "date", fr=DATE_FR, ar=DATE_AR, example="01/06/2023"),
        _c("expires_on", "Valable jusqu'au", "date", fr=DATE_FR, ar=DATE_AR,
           example="31/05/2025"),
    ), "Une ligne par pièce d'identité.", "سطر لكل وثيقة هوية."),
    Sheet("Consentements", "consent", (
        FILE,
        _c("given_on", "Donné le", "date", True, fr=DATE_FR, ar=DATE_AR, example="03/01/2024"),
        _c("purposes", "Finalités", "choices", True, "consent_purpose",
           "Séparées par des virgules ; « Traitement » est obligatoire.",
           "مفصولة بفواصل؛ المعالجة إلزامية.", "Traitement, Statistiques bailleurs", width=30),
        _c("expires_on", "Expire le", "date", fr=DATE_FR, ar=DATE_AR, example=""),
        _c("withdrawn_on", "Retiré le", "date", fr=DATE_FR, ar=DATE_AR, example=""),
    ), "Le consentement signé de chaque personne.", "الموافقة الموقعة لكل شخص."),
    Sheet("Étapes", "pathway_stage", (
        FILE,
        _c("stage", "Étape", "choice", True, "stage", "Accueil, Orientation, Stage…",
           "المرحلة.", "Orientation"),
        _c("status", "Statut", "choice", True, "stage_status", "En cours, Terminée, Sans objet…",
           "حالة المرحلة.", "Terminée"),
        _c("started_on", "Début", "date", fr=DATE_FR, ar=DATE_AR, example="10/01/2024"),
        _c("ended_on", "Fin", "date", fr=DATE_FR, ar=DATE_AR, example="10/01/2024"),
        _c("reason", "Motif", fr="Motif d'un abandon ou d'une étape sans objet.",
           ar="سبب التخلي أو عدم الانطباق.", example=""),
        _c("career_goal", "Objectif professionnel", fr="Orientation : le projet de la personne.",
           ar="التوجيه: المشروع المهني.", example="Cuisinier", width=26),
        _c("recommended_services", "Services recommandés", "choices",
           choices="recommended_service", fr="Orientation : codes séparés par des virgules.",
           ar="التوجيه: رموز مفصولة بفواصل.", example="soft_skills, internship", width=26),
        _c("attendance_pct", "Assiduité (%)", "int", fr="Compétences de vie : taux de présence.",
           ar="المهارات الحياتية: نسبة الحضور.", example="90"),
    ), "Une ligne par étape du parcours d'une personne.", "سطر لكل مرحلة من مسار الشخص."),
    Sheet("Cohortes", "cohort", (
        _c("cohort_code", "Code cohorte", required=True, fr="Votre code du groupe : relie les "
           "présences.", ar="رمز المجموعة.", example="CV-2024-01"),
        _c("title", "Intitulé", required=True, fr="Nom du groupe.", ar="اسم المجموعة.",
           example="Compétences de vie — janvier"),
        _c("trainer", "Formateur", fr="Nom du formateur.", ar="اسم المكون.", example=""),
        _c("place", "Lieu", fr="Lieu des séances.", ar="مكان الحصص.", example=""),
        _c("capacity", "Capacité", "int", True, fr="Nombre de places.", ar="عدد المقاعد.",
           example="20"),
        _c("starts_on", "Début", "date", True, fr=DATE_FR, ar=DATE_AR, example="15/01/2024"),
        _c("ends_on", "Fin", "date", True, fr=DATE_FR, ar=DATE_AR, example="15/02/2024"),
    ), "Les groupes de formation aux compétences de vie.", "مجموعات تكوين المهارات الحياتية."),
    Sheet("Présences", "attendance", (
        _c("cohort_code", "Code cohorte", required=True, fr="Code de la feuille Cohortes.",
           ar="رمز المجموعة.", example="CV-2024-01"),
        FILE,
        _c("enrolled_on", "Inscrit(e) le", "date", fr=DATE_FR, ar=DATE_AR, example="15/01/2024"),
        _c("session_on", "Séance du", "date", fr="Date de la séance (vide : inscription seule).",
           ar="تاريخ الحصة.", example="16/01/2024"),
        _c("mark", "Présence", "choice", choices="mark", fr="Présent(e), En retard, Excusé(e), "
           "Absent(e).", ar="حاضر، متأخر، غياب بعذر، غائب.", example="Présent(e)"),
    ), "Inscriptions aux cohortes et présence à chaque séance.", "التسجيل والحضور."),
    Sheet("Stages", "internship", (
        FILE,
        _c("host", "Organisme d'accueil", required=True, fr="Nom de l'entreprise ou association.",
           ar="اسم المؤسسة المستقبلة.", example="Hôtel Atlas", width=26),
        _c("kind", "Type de stage", "choice", choices="internship_kind",
           fr="Contrat d'insertion, Stage de formation-insertion…", ar="نوع التدريب.",
           example="Contrat d'insertion", width=24),
        _c("starts_on", "Début", "date", True, fr=DATE_FR, ar=DATE_AR, example="01/03/2024"),
        _c("ends_on", "Fin", "date", True, fr=DATE_FR, ar=DATE_AR, example="31/08/2024"),
        _c("stipend_centimes", "Indemnité mensuelle", "money", fr=MONEY_FR, ar=MONEY_AR,
           example="1 600,00"),
        _c("tutor", "Tuteur", fr="Nom du tuteur.", ar="اسم المؤطر.", example=""),
        _c("agreement_status", "Convention", "choice", choices="agreement",
           fr="Brouillon, Signée, Commencée, Rompue, Achevée.", ar="حالة الاتفاقية.",
           example="Achevée"),
        _c("final_evaluation", "Évaluation finale", fr="Appréciation de fin de stage.",
           ar="التقييم النهائي.", example="Très bon stage", width=26),
        _c("hired", "Embauché(e)", "bool", fr="Oui ou Non.", ar="نعم أو لا.", example="Oui"),
        _c("contract_kind", "Contrat", "choice", choices="contract_kind", fr="CDI, CDD, Tahfiz.",
           ar="نوع العقد.", example="CDD"),
    ), "Une ligne par stage.", "سطر لكل تدريب."),
    Sheet("Auto-entrepreneur", "ae_registration", (
        FILE,
        _c("registration_number", "N° d'inscription AE", fr="Numéro d'inscription au registre "
           "national de l'auto-entrepreneur.", ar="رقم التسجيل في السجل الوطني.",
           example="AE123456"),
        _c("registered_on", "Inscrit(e) le", "date", fr=DATE_FR, ar=DATE_AR, example=""),
        _c("activity", "Activité", fr="Activité déclarée.", ar="النشاط المصرح به.", example=""),
        _c("category", "Catégorie", "choice", choices="activity_category",
           fr="Commerce, industrie, artisanat ou Services.", ar="الصنف.", example="Services"),
    ), "L'inscription au statut d'auto-entrepreneur.", "التسجيل في نظام المقاول الذاتي."),
    Sheet("Plans d'affaires", "business_plan", (
        FILE,
        _c("activity", "Activité", required=True, fr="L'activité du plan.", ar="نشاط المخطط.",
           example="Atelier de couture"),
        _c("category", "Catégorie", "choice", choices="activity_category",
           fr="Commerce, industrie, artisanat ou Services.", ar="الصنف.", example="Artisanat"),
        _c("summary", "Résumé", fr="Le projet en quelques lignes.", ar="ملخص المشروع.",
           example="", width=30),
        _c("startup_centimes", "Coûts de démarrage", "money", fr=MONEY_FR, ar=MONEY_AR,
           example="12 000,00"),
        _c("funding_centimes", "Financement réuni", "money", fr=MONEY_FR, ar=MONEY_AR,
           example="12 000,00"),
        _c("revenue_centimes", "Chiffre d'affaires prévu (12 mois)", "money", fr=MONEY_FR,
           ar=MONEY_AR, example="60 000,00", width=24),
    ), "Un plan d'affaires par personne.", "مخطط أعمال لكل شخص."),
    Sheet("Subventions", "grant_application", (
        _c("application_number", "N° de demande", required=True, fr="Votre numéro : relie les "
           "tranches.", ar="رقم الطلب: يربط الدفعات.", example="SUB-001"),
        FILE,
        _c("envelope", "Enveloppe", required=True, fr="Nom de l'enveloppe budgétaire.",
           ar="اسم الغلاف المالي.", example="Programme 2024"),
        _c("envelope_budget", "Budget de l'enveloppe", "money", fr="Si l'enveloppe est nouvelle.",
           ar="إذا كان الغلاف جديدا.", example="500 000,00"),
        _c("requested_centimes", "Montant demandé", "money", True, fr=MONEY_FR, ar=MONEY_AR,
           example="15 000,00"),
        _c("decision", "Décision", "choice", choices="decision", fr="Accordée, Refusée, Ajournée.",
           ar="القرار.", example="Accordée"),
        _c("decided_on", "Date de décision", "date", fr=DATE_FR, ar=DATE_AR, example=""),
        _c("approved_centimes", "Montant accordé", "money", fr=MONEY_FR, ar=MONEY_AR,
           example="15 000,00"),
    ), "Les demandes de micro-subvention et les décisions du comité.", "طلبات المنح الصغيرة."),
    Sheet("Tranches", "disbursement", (
        _c("application_number", "N° de demande", required=True, fr="Numéro de la feuille "
           "Subventions.", ar="رقم الطلب.", example="SUB-001"),
        _c("amount_centimes", "Montant", "money", True, fr=MONEY_FR, ar=MONEY_AR,
           example="7 500,00"),
        _c("mode", "Mode", "choice", True, "mode", "Espèces ou En nature.", "نقدا أو عينيا.",
           "Espèces"),
        _c("paid_on", "Payée le", "date", True, fr=DATE_FR, ar=DATE_AR, example=""),
        _c("confirmed_on", "Confirmée le", "date", fr=DATE_FR, ar=DATE_AR, example=""),
        _c("receipt", "Reçu", fr="Numéro du reçu.", ar="رقم الوصل.", example=""),
    ), "Les versements de chaque subvention.", "دفعات كل منحة."),
    Sheet("Orientations partenaires", "referral", (
        FILE,
        _c("code", "Code", fr="Code de la fiche d'orientation (vide : un code est donné).",
           ar="رمز بطاقة التوجيه.", example=""),
        _c("partner", "Partenaire", required=True, fr="Nom du partenaire.", ar="اسم الشريك.",
           example="Centre de santé Yacoub El Mansour", width=28),
        _c("partner_kind", "Type de partenaire", "choice", choices="partner_kind",
           fr="Agence ANAPEC, Centre OFPPT, Association…", ar="نوع الشريك.",
           example="Centre de santé"),
        _c("service", "Service demandé", required=True, fr="Le service attendu.",
           ar="الخدمة المطلوبة.", example="Bilan de santé", width=24),
        _c("sent_on", "Envoyée le", "date", True, fr=DATE_FR, ar=DATE_AR, example=""),
        _c("state", "État", "choice", choices="referral_state", fr="Envoyée, Acceptée, Réalisée…",
           ar="الحالة.", example="Envoyée"),
    ), "Les personnes orientées vers un partenaire.", "الأشخاص الموجهون إلى شريك."),
    Sheet("Visites de suivi", "follow_up_visit", (
        FILE,
        _c("due_on", "Prévue le", "date", True, fr=DATE_FR, ar=DATE_AR, example=""),
        _c("done_on", "Faite le", "date", fr=DATE_FR, ar=DATE_AR, example=""),
        _c("business_status", "État de l'activité", "choice", choices="business_status",
           fr="Active, En difficulté, Fermée.", ar="حالة النشاط.", example="Active"),
        _c("monthly_revenue_centimes", "Chiffre d'affaires mensuel", "money", fr=MONEY_FR,
           ar=MONEY_AR, example="4 000,00"),
        _c("jobs_created", "Emplois créés", "int", fr="Nombre.", ar="العدد.", example="1"),
    ), "Les visites après la création de l'activité.", "زيارات التتبع بعد إحداث النشاط."),
    Sheet("Résultats", "outcome", (
        FILE,
        _c("kind", "Résultat", "choice", True, "outcome", "Emploi salarié, Activité créée, "
           "Abandon…", "النتيجة.", "Emploi salarié"),
        _c("on", "Date", "date", True, fr=DATE_FR, ar=DATE_AR, example=""),
        _c("detail", "Détail", fr="Précision libre.", ar="تفاصيل.", example=""),
    ), "Les résultats du parcours.", "نتائج المسار."),
)  # fmt: skip

NOTES_SHEET = "Notes"
SHEETS_BY_NAME: Mapping[str, Sheet] = {fold(s.name): s for s in SHEETS}


def sheet_named(title: str) -> Sheet | None:
    return SHEETS_BY_NAME.get(fold(title))


@dataclass(frozen=True)
class RowError:
    """One refusal: the sheet, the line in it (as Excel numbers it), the column and why."""

    sheet: str
    line: int
    field: str
    code: str
    params: Mapping[str, object]


def read_row(
    sheet: Sheet,
    line: int,
    cells: Mapping[str, Any],
    countries: Mapping[str, str],
    errors: list[RowError],
) -> dict[str, Any]:
    """A row's cells (by field) as values; each unreadable cell adds its error and is None."""
    values: dict[str, Any] = {}
    for column in sheet.columns:
        raw = cells.get(column.field)
        blank = raw is None or (isinstance(raw, str) and not raw.strip())
        try:
            if blank:
                value: Any = None
            elif column.kind == "date":
                value = parse_date(raw)
            elif column.kind == "money":
                value = parse_money(raw)
            elif column.kind == "int":
                value = parse_int(raw)
            elif column.kind == "bool":
                value = parse_bool(raw)
            elif column.kind == "choice":
                value = parse_choice(column.choices, raw)
            elif column.kind == "choices":
                value = parse_choices(column.choices, raw)
            elif column.kind == "country":
                value = parse_country(raw, countries)
            else:
                text = raw.isoformat() if isinstance(raw, date) else str(raw)
                if isinstance(raw, float) and raw.is_integer():
                    text = str(int(raw))
                value = text.strip()
        except CellError as error:
            errors.append(RowError(sheet.name, line, column.field, error.code, error.params))
            continue
        if column.required and value in (None, "", ()):
            errors.append(RowError(sheet.name, line, column.field, "required", {}))
            continue
        values[column.field] = value
    return values


def parse_country(value: Any, countries: Mapping[str, str]) -> str:
    text = str(value).strip()
    if re.fullmatch(r"[A-Za-z]{2}", text):
        return text.upper()
    code = countries.get(fold(text))
    if code is None:
        raise CellError("import_country_unknown", {"value": text[:40]})
    return code


def header_fields(sheet: Sheet, headers: Sequence[Any]) -> dict[int, str]:
    """Column position → field, by the French title (or the field's own name), folded."""
    wanted = {fold(c.title): c.field for c in sheet.columns}
    wanted.update({fold(c.field): c.field for c in sheet.columns})
    found: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = wanted.get(fold(str(header or "")))
        if name is not None and name not in found.values():
            found[index] = name
    return found
