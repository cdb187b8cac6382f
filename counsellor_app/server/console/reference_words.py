"""The console's words for the reference data pages, in French, Arabic and English (merged
into ``catalogue.WORDS``; kept apart so the pages and their words travel together)."""

from __future__ import annotations

from typing import Final

# key: (French, Arabic, English)
WORDS: Final[dict[str, tuple[str, str, str]]] = {
    "reference": ("Référentiel", "المرجعيات", "Reference data"),
    "reference_explained": (
        "Chaque valeur s'applique à partir de sa date, sur tous les postes, après leur "
        "prochaine synchronisation. Une nouvelle valeur commence au plus tôt demain : "
        "le passé n'est jamais réécrit. Une valeur à venir peut être remplacée en la "
        "saisissant de nouveau pour la même date.",
        "تُطبَّق كل قيمة ابتداءً من تاريخها على جميع الحواسيب بعد مزامنتها التالية. تبدأ القيمة "
        "الجديدة غدًا على أقرب تقدير: لا يُعاد أبدًا تغيير الماضي. ويمكن تعويض قيمة مقبلة "
        "بإدخالها من جديد للتاريخ نفسه.",
        "Each value applies from its date, on every PC, after their next synchronisation. A "
        "new value starts tomorrow at the earliest: the past is never rewritten. A value to "
        "come may be replaced by entering it again for the same date.",
    ),
    "reference_group_rules": ("Règles datées", "القواعد المؤرخة", "Dated rules"),
    "reference_group_internships": (
        "Stages et placements",
        "التداريب والإدماج",
        "Internships and placements",
    ),
    "reference_group_activity_categories": (
        "Catégories d'activité (auto-entrepreneur)",
        "فئات النشاط (المقاول الذاتي)",
        "Activity categories (auto-entrepreneur)",
    ),
    "reference_parameter": ("Paramètre", "المعيار", "Parameter"),
    "reference_in_force": ("En vigueur aujourd'hui", "المعمول به اليوم", "In force today"),
    "reference_since": ("depuis le {day}", "منذ {day}", "since {day}"),
    "reference_upcoming": ("À venir", "قيم مقبلة", "To come"),
    "reference_earlier": ("Valeurs antérieures", "القيم السابقة", "Earlier values"),
    "reference_from": ("à partir du {day}", "ابتداءً من {day}", "from {day}"),
    "reference_none": ("—", "—", "—"),
    "reference_new_value": ("Nouvelle valeur datée", "قيمة مؤرخة جديدة", "New dated value"),
    "reference_value": ("Valeur", "القيمة", "Value"),
    "reference_valid_from": ("À partir du", "ابتداءً من", "From"),
    "reference_add": ("Enregistrer la valeur", "حفظ القيمة", "Save the value"),
    "reference_saved": (
        "Valeur enregistrée : les postes la recevront à leur prochaine synchronisation.",
        "تم حفظ القيمة: ستتوصل بها الحواسيب عند مزامنتها التالية.",
        "Value saved: the PCs will receive it at their next synchronisation.",
    ),
    "reference_unknown_key": (
        "Paramètre inconnu.",
        "معيار غير معروف.",
        "Unknown parameter.",
    ),
    "reference_out_of_bounds": (
        "Valeur hors des bornes admises pour ce paramètre ({low} à {high}).",
        "القيمة خارج الحدود المقبولة لهذا المعيار (من {low} إلى {high}).",
        "Value outside the bounds allowed for this parameter ({low} to {high}).",
    ),
    "reference_in_the_past": (
        "La date doit être postérieure à aujourd'hui : le passé n'est pas réécrit.",
        "يجب أن يكون التاريخ لاحقًا لليوم: لا يُعاد تغيير الماضي.",
        "The date must be after today: the past is not rewritten.",
    ),
    "reference_too_far": (
        "Date trop lointaine (dix ans au plus).",
        "تاريخ بعيد جدًا (عشر سنوات على الأكثر).",
        "Date too far ahead (ten years at most).",
    ),
    "reference_order": (
        "L'indemnité minimale ne peut dépasser la maximale en vigueur à cette date.",
        "لا يمكن أن تتجاوز المنحة الدنيا المنحة القصوى المعمول بها في ذلك التاريخ.",
        "The minimum stipend cannot exceed the maximum in force on that date.",
    ),
    "reference_value_invalid": (
        "Valeur illisible : un nombre est attendu.",
        "قيمة غير مقروءة: يجب إدخال عدد.",
        "Unreadable value: a number is expected.",
    ),
    "reference_date_invalid": (
        "Date illisible (format AAAA-MM-JJ).",
        "تاريخ غير مقروء (الصيغة: سنة-شهر-يوم).",
        "Unreadable date (format YYYY-MM-DD).",
    ),
    "unit_mad": ("MAD", "درهم", "MAD"),
    "unit_percent": ("%", "%", "%"),
    "unit_days": ("jours", "أيام", "days"),
    "unit_months": ("mois", "أشهر", "months"),
    "unit_years": ("ans", "سنوات", "years"),
    "unit_kib": ("Kio", "كيلوبايت", "KiB"),
    "flag_yes": ("Oui", "نعم", "Yes"),
    "flag_no": ("Non", "لا", "No"),
    "unit_flag": ("0 = non, 1 = oui", "0 = لا، 1 = نعم", "0 = no, 1 = yes"),
    "param_soft_skills_attendance_threshold_pct": (
        "Seuil de présence à la formation aux compétences de vie",
        "عتبة الحضور في التكوين في المهارات الحياتية",
        "Soft-skills training attendance threshold",
    ),
    "param_referral_answer_delay_days": (
        "Délai de réponse d'un partenaire à une orientation",
        "أجل رد الشريك على التوجيه",
        "Referral answer delay",
    ),
    "param_document_retention_years": (
        "Conservation des documents d'un dossier clos",
        "مدة حفظ وثائق الملف المغلق",
        "Retention of a closed file's documents",
    ),
    "param_attachment_max_kib": (
        "Taille maximale d'une pièce jointe",
        "الحجم الأقصى للمرفق",
        "Largest attached file",
    ),
    "param_internship_stipend_min_centimes": (
        "Indemnité de stage minimale (par mois)",
        "الحد الأدنى لمنحة التدريب (شهريًا)",
        "Minimum internship stipend (per month)",
    ),
    "param_internship_stipend_max_centimes": (
        "Indemnité de stage maximale (par mois)",
        "الحد الأقصى لمنحة التدريب (شهريًا)",
        "Maximum internship stipend (per month)",
    ),
    "param_internship_max_months": (
        "Durée maximale d'un stage",
        "المدة القصوى للتدريب",
        "Longest internship",
    ),
    "param_internship_ending_notice_days": (
        "Préavis de fin de stage",
        "الإشعار بقرب نهاية التدريب",
        "Notice before an internship ends",
    ),
    "param_placement_max_months": (
        "Durée maximale d'un placement (formation-insertion, association)",
        "المدة القصوى للإدماج (تكوين-إدماج، جمعية)",
        "Longest placement (training-integration, association)",
    ),
    "param_apprenticeship_max_months": (
        "Durée maximale d'un apprentissage",
        "المدة القصوى للتدرج المهني",
        "Longest apprenticeship",
    ),
    "param_ae_ceiling_commercial_centimes": (
        "Plafond de chiffre d'affaires — activités commerciales, industrielles, artisanales",
        "سقف رقم المعاملات — الأنشطة التجارية والصناعية والحرفية",
        "Turnover ceiling — commercial, industrial and craft activities",
    ),
    "param_ae_ceiling_services_centimes": (
        "Plafond de chiffre d'affaires — prestations de services",
        "سقف رقم المعاملات — تقديم الخدمات",
        "Turnover ceiling — services",
    ),
    "param_ae_tax_commercial_bp": (
        "Taux d'impôt — activités commerciales",
        "سعر الضريبة — الأنشطة التجارية",
        "Tax rate — commercial activities",
    ),
    "param_ae_tax_services_bp": (
        "Taux d'impôt — prestations de services",
        "سعر الضريبة — تقديم الخدمات",
        "Tax rate — services",
    ),
    "param_ae_single_client_threshold_centimes": (
        "Seuil annuel de chiffre d'affaires avec un même client",
        "السقف السنوي لرقم المعاملات مع الزبون نفسه",
        "Yearly turnover threshold with one client",
    ),
    "param_ae_single_client_withholding_bp": (
        "Retenue à la source au-delà de ce seuil",
        "الاقتطاع من المنبع فوق هذا السقف",
        "Withholding above that threshold",
    ),
    "param_ae_minimum_age_years": (
        "Âge minimal de l'auto-entrepreneur",
        "السن الأدنى للمقاول الذاتي",
        "Minimum age of an auto-entrepreneur",
    ),
    "param_ae_registration_proof_required": (
        "Carte ou récépissé joint exigé pour clore l'inscription",
        "إرفاق البطاقة أو الوصل شرط لإتمام التسجيل",
        "Card or receipt attached required to complete the registration",
    ),
    "reference_group_cities": ("Villes", "المدن", "Cities"),
    "reference_cities_explained": (
        "Les villes livrées avec l'application restent ; une ville ajoutée ici est proposée "
        "par tous les postes à partir de sa date (au plus tôt demain), après leur prochaine "
        "synchronisation.",
        "تبقى المدن المرفقة بالتطبيق؛ والمدينة المضافة هنا تقترحها جميع الحواسيب ابتداءً من "
        "تاريخها (غدًا على أقرب تقدير)، بعد مزامنتها التالية.",
        "The cities shipped with the application stay; a city added here is offered by every "
        "PC from its date (tomorrow at the earliest), after their next synchronisation.",
    ),
    "reference_cities_added": ("Villes ajoutées", "المدن المضافة", "Cities added"),
    "reference_no_city": (
        "Aucune ville ajoutée pour l'instant.",
        "لم تُضف أي مدينة بعد.",
        "No city added yet.",
    ),
    "reference_new_city": ("Nouvelle ville", "مدينة جديدة", "New city"),
    "reference_city_code": ("Identifiant", "المعرّف", "Identifier"),
    "reference_region": ("Région", "الجهة", "Region"),
    "reference_name_fr": ("Nom en français", "الاسم بالفرنسية", "Name in French"),
    "reference_name_ar": ("Nom en arabe", "الاسم بالعربية", "Name in Arabic"),
    "reference_name_en": ("Nom en anglais", "الاسم بالإنجليزية", "Name in English"),
    "reference_add_city": ("Ajouter la ville", "إضافة المدينة", "Add the city"),
    "reference_city_saved": (
        "Ville ajoutée : les postes la proposeront à partir de sa date.",
        "تمت إضافة المدينة: ستقترحها الحواسيب ابتداءً من تاريخها.",
        "City added: the PCs will offer it from its date.",
    ),
    "reference_city_id": (
        "Identifiant invalide (lettres minuscules, chiffres et tirets, 2 à 40).",
        "معرّف غير صالح (حروف لاتينية صغيرة وأرقام وشرطات، من 2 إلى 40).",
        "Invalid identifier (lower-case letters, digits and hyphens, 2 to 40).",
    ),
    "reference_city_region": ("Région inconnue.", "جهة غير معروفة.", "Unknown region."),
    "reference_city_names": (
        "Les trois noms sont requis (120 caractères au plus).",
        "الأسماء الثلاثة مطلوبة (120 حرفًا على الأكثر).",
        "The three names are required (120 characters at most).",
    ),
    "reference_city_status": ("État", "الحالة", "Status"),
    "reference_city_offered": ("Proposée", "مقترحة", "Offered"),
    "reference_city_retired": ("Retirée", "مسحوبة", "Retired"),
    "reference_change_city": (
        "Renommer ou retirer une ville",
        "إعادة تسمية مدينة أو سحبها",
        "Rename or retire a city",
    ),
    "reference_change_city_explained": (
        "À partir de la date choisie, les postes proposent la ville sous ses nouveaux noms, ou "
        "ne la proposent plus pour les nouveaux dossiers ; les personnes qui y habitent la gardent.",
        "ابتداءً من التاريخ المختار، تقترح الحواسيب المدينة بأسمائها الجديدة، أو تكف عن اقتراحها "
        "للملفات الجديدة؛ ويحتفظ بها الأشخاص المقيمون فيها.",
        "From the chosen date the PCs offer the city under its new names, or no longer offer it "
        "for new files; the people who live there keep it.",
    ),
    "reference_change_kind": ("Modification", "نوع التعديل", "Change"),
    "reference_rename_city": (
        "Renommer (les trois noms)",
        "إعادة التسمية (الأسماء الثلاثة)",
        "Rename (the three names)",
    ),
    "reference_retire_city": ("Retirer de la liste", "السحب من اللائحة", "Retire from the list"),
    "reference_save_change": ("Enregistrer la modification", "حفظ التعديل", "Save the change"),
    "reference_city_changed": (
        "Modification enregistrée : les postes l'appliqueront à partir de sa date.",
        "تم حفظ التعديل: ستطبقه الحواسيب ابتداءً من تاريخه.",
        "Change saved: the PCs will apply it from its date.",
    ),
    "reference_city_unknown": (
        "Cette ville n'est pas dans la liste nationale.",
        "هذه المدينة ليست في اللائحة الوطنية.",
        "This city is not in the national list.",
    ),
    "reference_city_same_day": (
        "Cette ville a déjà une modification à cette date.",
        "لهذه المدينة تعديل في هذا التاريخ.",
        "This city already has a change on that day.",
    ),
    "reference_city_exists": (
        "Cette ville est déjà dans la liste nationale.",
        "هذه المدينة موجودة في اللائحة الوطنية.",
        "This city is already in the national list.",
    ),
    "region_01": (
        "Tanger-Tétouan-Al Hoceïma",
        "جهة طنجة تطوان الحسيمة",
        "Tangier-Tetouan-Al Hoceima",
    ),
    "region_02": ("L'Oriental", "جهة الشرق", "Oriental"),
    "region_03": ("Fès-Meknès", "جهة فاس مكناس", "Fez-Meknes"),
    "region_04": ("Rabat-Salé-Kénitra", "جهة الرباط سلا القنيطرة", "Rabat-Sale-Kenitra"),
    "region_05": ("Béni Mellal-Khénifra", "جهة بني ملال خنيفرة", "Beni Mellal-Khenifra"),
    "region_06": ("Casablanca-Settat", "جهة الدار البيضاء سطات", "Casablanca-Settat"),
    "region_07": ("Marrakech-Safi", "جهة مراكش آسفي", "Marrakesh-Safi"),
    "region_08": ("Drâa-Tafilalet", "جهة درعة تافيلالت", "Draa-Tafilalet"),
    "region_09": ("Souss-Massa", "جهة سوس ماسة", "Souss-Massa"),
    "region_10": ("Guelmim-Oued Noun", "جهة كلميم واد نون", "Guelmim-Oued Noun"),
    "region_11": (
        "Laâyoune-Sakia El Hamra",
        "جهة العيون الساقية الحمراء",
        "Laayoune-Sakia El Hamra",
    ),
    "region_12": ("Dakhla-Oued Ed-Dahab", "جهة الداخلة وادي الذهب", "Dakhla-Oued Ed-Dahab"),
}
