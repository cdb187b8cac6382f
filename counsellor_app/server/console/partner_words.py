"""The console's words for the national partner directory, in French, Arabic and English
(merged into ``catalogue.WORDS``; kept apart so the pages and their words travel together)."""

from __future__ import annotations

from typing import Final

# key: (French, Arabic, English)
WORDS: Final[dict[str, tuple[str, str, str]]] = {
    "partners": ("Partenaires nationaux", "الشركاء الوطنيون", "National partners"),
    "partners_explained": (
        "Ces partenaires sont proposés par tous les postes, après leur prochaine "
        "synchronisation, à côté de ceux que chaque agence ajoute. Les postes ne peuvent pas "
        "les modifier. Un partenaire n'est jamais supprimé : il est fermé à partir d'une date, "
        "et les orientations déjà faites le gardent.",
        "تقترح جميع الحواسيب هؤلاء الشركاء بعد مزامنتها التالية، إلى جانب الشركاء الذين تضيفهم "
        "كل وكالة. ولا يمكن للحواسيب تعديلهم. لا يُحذف أي شريك أبدًا: بل يُغلق ابتداءً من "
        "تاريخ معيّن، وتحتفظ به التوجيهات التي سبق إجراؤها.",
        "Every PC offers these partners after its next synchronisation, next to those each "
        "agency adds. The PCs cannot change them. A partner is never deleted: it is closed "
        "from a date, and the referrals already made keep it.",
    ),
    "partner_name": ("Nom", "الاسم", "Name"),
    "partner_kind": ("Type de partenaire", "نوع الشريك", "Kind of partner"),
    "partner_kind_anapec_agency": ("Agence ANAPEC", "وكالة أنابيك", "ANAPEC agency"),
    "partner_kind_ofppt_centre": (
        "Centre OFPPT",
        "مركز مكتب التكوين المهني وإنعاش الشغل",
        "OFPPT centre",
    ),
    "partner_kind_entraide_centre": (
        "Centre de l'Entraide Nationale",
        "مركز التعاون الوطني",
        "Entraide Nationale centre",
    ),
    "partner_kind_health_centre": ("Centre de santé", "مركز صحي", "Health centre"),
    "partner_kind_microfinance": (
        "Association de microfinance",
        "جمعية للسلفات الصغرى",
        "Microfinance association",
    ),
    "partner_kind_ngo": ("Association (ONG)", "جمعية (منظمة غير حكومية)", "Association (NGO)"),
    "partner_kind_other": ("Autre partenaire", "شريك آخر", "Other partner"),
    "partner_address": ("Adresse", "العنوان", "Address"),
    "partner_contact": ("Personne à contacter", "الشخص المخاطَب", "Contact person"),
    "partner_phone": ("Téléphone", "الهاتف", "Phone"),
    "partner_email": ("Courriel", "البريد الإلكتروني", "Email"),
    "partner_state": ("État", "الحالة", "State"),
    "partner_open": ("Ouvert", "مفتوح", "Open"),
    "partner_closed_from": ("Fermé à partir du {day}", "مغلق ابتداءً من {day}", "Closed from {day}"),
    "partner_none": (
        "Aucun partenaire national pour l'instant.",
        "لا يوجد أي شريك وطني بعد.",
        "No national partner yet.",
    ),
    "partner_new": ("Nouveau partenaire national", "شريك وطني جديد", "New national partner"),
    "partner_add": ("Ajouter le partenaire", "إضافة الشريك", "Add the partner"),
    "partner_save": ("Enregistrer", "حفظ", "Save"),
    "partner_close": ("Fermeture", "الإغلاق", "Closing"),
    "partner_closed_on": (
        "Fermé à partir du (vide : ouvert)",
        "مغلق ابتداءً من (فارغ: مفتوح)",
        "Closed from (empty: open)",
    ),
    "partner_close_button": ("Enregistrer la fermeture", "حفظ الإغلاق", "Save the closing"),
    "partner_saved": (
        "Partenaire enregistré : les postes le recevront à leur prochaine synchronisation.",
        "تم حفظ الشريك: ستتوصل به الحواسيب عند مزامنتها التالية.",
        "Partner saved: the PCs will receive it at their next synchronisation.",
    ),
    "partner_closed": (
        "Fermeture enregistrée : les postes ne le proposeront plus à partir de cette date.",
        "تم حفظ الإغلاق: لن تقترحه الحواسيب ابتداءً من هذا التاريخ.",
        "Closing saved: the PCs will no longer offer it from that date.",
    ),
    "partner_name_required": ("Le nom est requis.", "الاسم مطلوب.", "The name is required."),
    "partner_name_too_long": (
        "Nom trop long (200 caractères au plus).",
        "الاسم طويل جدًا (200 حرف على الأكثر).",
        "Name too long (200 characters at most).",
    ),
    "partner_address_too_long": (
        "Adresse trop longue (300 caractères au plus).",
        "العنوان طويل جدًا (300 حرف على الأكثر).",
        "Address too long (300 characters at most).",
    ),
    "partner_contact_name_too_long": (
        "Nom du contact trop long (120 caractères au plus).",
        "اسم الشخص المخاطَب طويل جدًا (120 حرفًا على الأكثر).",
        "Contact name too long (120 characters at most).",
    ),
    "partner_email_too_long": (
        "Courriel trop long (200 caractères au plus).",
        "البريد الإلكتروني طويل جدًا (200 حرف على الأكثر).",
        "Email too long (200 characters at most).",
    ),
    "partner_kind_unknown": (
        "Choisissez un type de partenaire de la liste.",
        "اختر نوع الشريك من اللائحة.",
        "Choose a kind of partner from the list.",
    ),
    "partner_city_unknown": (
        "Ville inconnue : choisissez-la dans la liste nationale.",
        "مدينة غير معروفة: اخترها من اللائحة الوطنية.",
        "Unknown city: choose it from the national list.",
    ),
    "partner_phone_invalid": (
        "Numéro de téléphone invalide (numéro marocain, ou étranger avec son indicatif).",
        "رقم هاتف غير صالح (رقم مغربي، أو أجنبي مع رمز بلده).",
        "Invalid phone number (a Moroccan number, or a foreign one with its country code).",
    ),
    "partner_email_invalid": (
        "Adresse de courriel invalide.",
        "عنوان بريد إلكتروني غير صالح.",
        "Invalid email address.",
    ),
    "partner_invalid": (
        "Partenaire refusé : une valeur dépasse ce que les postes acceptent.",
        "تم رفض الشريك: إحدى القيم تتجاوز ما تقبله الحواسيب.",
        "Partner refused: a value exceeds what the PCs accept.",
    ),
    "partner_unknown": ("Partenaire inconnu.", "شريك غير معروف.", "Unknown partner."),
    "partner_close_date": (
        "La fermeture commence aujourd'hui au plus tôt (les orientations passées restent) et "
        "dans moins de dix ans.",
        "يبدأ الإغلاق اليوم على أقرب تقدير (تبقى التوجيهات السابقة) وفي أقل من عشر سنوات.",
        "The closing starts today at the earliest (past referrals stay) and within ten years.",
    ),
}
