"""The national indicators' words (French, Arabic, English), merged into the console's
catalogue (``catalogue.WORDS``) and checked by the same test."""

from __future__ import annotations

from typing import Final

WORDS: Final[dict[str, tuple[str, str, str]]] = {
    "indicators": ("Indicateurs nationaux", "المؤشرات الوطنية", "National indicators"),
    "programme": ("Programme", "البرنامج", "Programme"),
    "ind_year": ("Année", "السنة", "Year"),
    "ind_period": ("Période", "الفترة", "Period"),
    "ind_scope": ("Périmètre", "النطاق", "Scope"),
    "ind_national": ("Toutes les agences", "جميع الوكالات", "All agencies"),
    "ind_region": ("Région : {name}", "الجهة: {name}", "Region: {name}"),
    "ind_agency": ("Agence {code}", "الوكالة {code}", "Agency {code}"),
    "ind_all_people": ("Toutes les personnes", "جميع الأشخاص", "Everyone"),
    "ind_show": ("Afficher", "عرض", "Show"),
    "ind_export_xlsx": ("Exporter en XLSX", "تصدير بصيغة XLSX", "Export as XLSX"),
    "ind_export_pdf": ("Exporter en PDF", "تصدير بصيغة PDF", "Export as PDF"),
    "ind_export_csv": ("Exporter en CSV", "تصدير بصيغة CSV", "Export as CSV"),
    "ind_summary": ("Synthèse", "ملخص", "Summary"),
    "ind_chart_caption": (
        "Personnes par indicateur ; le trait rouge marque la cible du programme.",
        "عدد الأشخاص لكل مؤشر؛ يشير الخط الأحمر إلى هدف البرنامج.",
        "People per indicator; the red line marks the programme's target.",
    ),
    "ind_indicator": ("Indicateur", "المؤشر", "Indicator"),
    "ind_code": ("Code", "الرمز", "Code"),
    "ind_dimension": ("Ventilation", "التصنيف", "Breakdown"),
    "ind_group": ("Groupe", "الفئة", "Group"),
    "ind_people": ("Personnes", "الأشخاص", "People"),
    "ind_target": ("Cible", "الهدف", "Target"),
    "ind_progress": ("Avancement", "نسبة الإنجاز", "Progress"),
    "ind_hidden": ("*", "*", "*"),
    "ind_hidden_note": (
        "* : effectif masqué (petit effectif, ou masqué pour qu'aucun petit effectif ne puisse "
        "être retrouvé par soustraction). Une ventilation « non publiée » est retenue en entier.",
        "*: عدد محجوب (عدد صغير، أو محجوب حتى لا يمكن استنتاج أي عدد صغير بالطرح). "
        "التصنيف «غير المنشور» محجوب بالكامل.",
        "*: count hidden (a small count, or hidden so that no small count can be worked out by "
        "subtraction). A breakdown marked 'not published' is withheld whole.",
    ),
    "ind_withheld": ("Non publiée", "غير منشور", "Not published"),
    "ind_unknown": ("Non renseigné", "غير محدد", "Not recorded"),
    "ind_disaggregations": ("Ventilations", "التصنيفات", "Breakdowns"),
    "ind_file_numbers": ("Numéros de dossier", "أرقام الملفات", "File numbers"),
    "ind_file_numbers_note": (
        "Numéros de dossier seulement (au plus {limit}), jamais de nom ; consultation inscrite "
        "au journal d'audit.",
        "أرقام الملفات فقط (بحد أقصى {limit})، دون أي اسم؛ يسجل هذا الاطلاع في سجل التدقيق.",
        "File numbers only (at most {limit}), never a name; this view is in the audit trail.",
    ),
    "ind_nobody": ("Personne.", "لا أحد.", "Nobody."),
    "part_year": ("Année entière", "السنة كاملة", "Whole year"),
    "part_q1": ("1er trimestre", "الربع الأول", "1st quarter"),
    "part_q2": ("2e trimestre", "الربع الثاني", "2nd quarter"),
    "part_q3": ("3e trimestre", "الربع الثالث", "3rd quarter"),
    "part_q4": ("4e trimestre", "الربع الرابع", "4th quarter"),
    "part_m01": ("Janvier", "يناير", "January"),
    "part_m02": ("Février", "فبراير", "February"),
    "part_m03": ("Mars", "مارس", "March"),
    "part_m04": ("Avril", "أبريل", "April"),
    "part_m05": ("Mai", "ماي", "May"),
    "part_m06": ("Juin", "يونيو", "June"),
    "part_m07": ("Juillet", "يوليوز", "July"),
    "part_m08": ("Août", "غشت", "August"),
    "part_m09": ("Septembre", "شتنبر", "September"),
    "part_m10": ("Octobre", "أكتوبر", "October"),
    "part_m11": ("Novembre", "نونبر", "November"),
    "part_m12": ("Décembre", "دجنبر", "December"),
    "dim_sex": ("Sexe", "الجنس", "Sex"),
    "dim_age_band": ("Tranche d'âge", "الفئة العمرية", "Age band"),
    "dim_nationality": ("Nationalité", "الجنسية", "Nationality"),
    "dim_legal_status": ("Statut juridique", "الوضع القانوني", "Legal status"),
    "dim_region": ("Région", "الجهة", "Region"),
    "dim_agency": ("Agence", "الوكالة", "Agency"),
    "dim_city": ("Ville", "المدينة", "City"),
    "dim_track": ("Parcours", "المسار", "Track"),
    "ms_registered": ("Personnes accompagnées (accueil)", "الأشخاص المرافَقون (الاستقبال)",
                      "People accompanied (intake)"),
    "ms_oriented": ("Orientation terminée", "التوجيه المكتمل", "Orientation completed"),
    "ms_trained": ("Formation aux compétences de vie", "التكوين في المهارات الحياتية",
                   "Soft-skills training completed"),
    "ms_internship_started": ("Stage commencé", "بداية التدريب", "Internship started"),
    "ms_internship_completed": ("Stage terminé", "التدريب المكتمل", "Internship completed"),
    "ms_hired": ("Embauche", "التشغيل", "Hired"),
    "ms_ae_registered": ("Inscription auto-entrepreneur", "التسجيل كمقاول ذاتي",
                         "Registered as auto-entrepreneur"),
    "ms_business_plan_completed": ("Plan d'affaires terminé", "مخطط الأعمال المكتمل",
                                   "Business plan completed"),
    "ms_grant_awarded": ("Subvention accordée", "المنحة الممنوحة", "Grant awarded"),
    "ms_grant_disbursed": ("Subvention versée", "المنحة المصروفة", "Grant disbursed"),
    "ms_business_created": ("Entreprise créée", "إحداث مقاولة", "Business created"),
    "ms_active_6_months": ("Entreprise active à 6 mois", "مقاولة نشيطة بعد 6 أشهر",
                           "Business active at 6 months"),
    "ms_active_12_months": ("Entreprise active à 12 mois", "مقاولة نشيطة بعد 12 شهرا",
                            "Business active at 12 months"),
    "ms_referred": ("Orientation vers un partenaire", "الإحالة إلى شريك", "Referred to a partner"),
    "ms_dropped_out": ("Abandon", "الانقطاع", "Dropped out"),
}  # fmt: skip
WORDS.update(
    {
        "programmes": ("Programmes", "البرامج", "Programmes"),
        "save_programmes": ("Enregistrer", "حفظ", "Save"),
        "programmes_saved": (
            "Programmes du compte enregistrés.",
            "تم حفظ برامج الحساب.",
            "The account's programmes were saved.",
        ),
    }
)

# The groups of the closed lists (core.vocab, core.pathway), as the page shows them; other
# groups (nationality codes, agency codes, cities) show as stored.
WORDS.update(
    {
        "val_sex_female": ("Femme", "امرأة", "Woman"),
        "val_sex_male": ("Homme", "رجل", "Man"),
        "val_track_wage": ("Emploi salarié", "العمل المأجور", "Wage employment"),
        "val_track_self_employment": ("Auto-emploi", "التشغيل الذاتي", "Self-employment"),
        "val_legal_status_moroccan": ("Marocain(e)", "مغربي(ة)", "Moroccan"),
        "val_legal_status_regularised_2014": (
            "Régularisé(e) en 2014", "تمت تسوية وضعيته سنة 2014", "Regularised in 2014",
        ),
        "val_legal_status_regularised_2016_17": (
            "Régularisé(e) en 2016-2017", "تمت تسوية وضعيته سنة 2016-2017",
            "Regularised in 2016-17",
        ),
        "val_legal_status_in_regularisation": (
            "En cours de régularisation", "في طور التسوية", "Being regularised",
        ),
        "val_legal_status_regular_other": (
            "En situation régulière (autre)", "في وضعية قانونية (أخرى)", "Regular (other)",
        ),
        "val_legal_status_refugee_bra": (
            "Réfugié(e) reconnu(e) par le BRA", "لاجئ(ة) معترف به من مكتب اللاجئين وعديمي الجنسية",
            "Refugee recognised by the BRA",
        ),
        "val_legal_status_refugee_unhcr_only": (
            "Réfugié(e) reconnu(e) par le HCR seulement", "لاجئ(ة) معترف به من المفوضية فقط",
            "Refugee recognised by UNHCR only",
        ),
        "val_legal_status_asylum_seeker": ("Demandeur(se) d'asile", "طالب(ة) لجوء", "Asylum seeker"),
        "val_legal_status_irregular": ("En situation irrégulière", "في وضعية غير نظامية", "Irregular"),
    }
)  # fmt: skip
