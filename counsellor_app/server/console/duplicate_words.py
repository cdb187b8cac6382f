"""The words of the duplicates page (``duplicate_pages``), merged into ``catalogue.WORDS``.

key: (French, Arabic, English)
"""

from __future__ import annotations

from typing import Final

DUPLICATE_WORDS: Final[dict[str, tuple[str, str, str]]] = {
    "duplicates": (
        "Doublons entre agences",
        "التكرارات بين الوكالات",
        "Duplicates across agencies",
    ),
    "duplicates_explained": (
        "Personnes peut-être inscrites par deux agences. Seuls les numéros de dossier et les "
        "motifs sont montrés ; confirmer relie les deux dossiers pour que les indicateurs "
        "nationaux les comptent une fois.",
        "أشخاص قد تكون وكالتان سجلتاهم. لا تُعرض إلا أرقام الملفات والأسباب؛ والتأكيد يربط "
        "الملفين حتى تحتسبهما المؤشرات الوطنية مرة واحدة.",
        "People possibly registered by two agencies. Only file numbers and reasons are shown; "
        "confirming links both files so national indicators count them once.",
    ),
    "duplicates_explained_agency": (
        "Dossiers de votre agence qu'une autre agence a peut-être aussi inscrits.",
        "ملفات وكالتكم التي ربما سجلتها وكالة أخرى أيضا.",
        "Files of your agency that another agency may have registered too.",
    ),
    "duplicate_status": ("État", "الحالة", "Status"),
    "duplicate_status_open": ("À examiner", "قيد الدراسة", "To review"),
    "duplicate_status_confirmed": ("Même personne", "نفس الشخص", "Same person"),
    "duplicate_status_dismissed": ("Personnes différentes", "أشخاص مختلفون", "Different people"),
    "detected_at": ("Détecté le", "تاريخ الرصد", "Detected"),
    "file_number": ("N° de dossier", "رقم الملف", "File number"),
    "your_file": ("Votre dossier", "ملفكم", "Your file"),
    "other_agency": ("Autre agence", "الوكالة الأخرى", "Other agency"),
    "duplicate_reasons": ("Motifs", "الأسباب", "Reasons"),
    "decision": ("Décision", "القرار", "Decision"),
    "reason_same_document": (
        "Même pièce d'identité",
        "نفس وثيقة الهوية",
        "Same identity document",
    ),
    "reason_same_phone": ("Même téléphone", "نفس رقم الهاتف", "Same phone"),
    "reason_same_birth_date_similar_name": (
        "Même date de naissance, nom proche",
        "نفس تاريخ الازدياد واسم متقارب",
        "Same birth date, similar name",
    ),
    "same_person": ("Même personne", "نفس الشخص", "Same person"),
    "different_people": ("Personnes différentes", "أشخاص مختلفون", "Different people"),
    "duplicate_confirmed": (
        "Confirmé : les deux dossiers sont reliés.",
        "تم التأكيد: تم ربط الملفين.",
        "Confirmed: the two files are linked.",
    ),
    "duplicate_dismissed": (
        "Écarté : ce sont deux personnes différentes.",
        "تم الاستبعاد: هما شخصان مختلفان.",
        "Dismissed: they are two different people.",
    ),
    "duplicate_already_decided": (
        "Cette paire a déjà été tranchée.",
        "سبق البت في هذا الزوج.",
        "This pair was already decided.",
    ),
}
NOTICES: Final = frozenset({"duplicate_confirmed", "duplicate_dismissed"})
ERROR_NOTICES: Final = frozenset({"duplicate_already_decided"})
