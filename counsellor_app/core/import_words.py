"""How people write statuses, nationalities and the other closed lists in the spreadsheets
agencies kept before the app: French, Arabic, with or without accents, "(e)" endings and
years. Each table maps the folded spelling (core.person_import.fold) to the app's code; the
tests hold the usual spellings to their codes.
"""

from __future__ import annotations

from collections.abc import Mapping

from counsellor_app.core import vocab

_STATUS_SPELLINGS: Mapping[str, tuple[str, ...]] = {
    "moroccan": (
        "marocain", "marocaine", "marocain e", "moroccan", "nationale", "nationalite marocaine",
        "مغربي", "مغربية",
    ),
    "refugee_bra": (
        "refugie", "refugiee", "refugie e", "refugee", "refugie bra", "refugiee bra",
        "refugie e bra", "refugie statutaire", "carte de refugie", "لاجئ", "لاجئة",
        "لاجئ معترف به",
    ),
    "refugee_unhcr_only": (
        "refugie hcr", "refugiee hcr", "refugie e hcr", "refugie unhcr", "mandat hcr",
        "refugie sous mandat", "لاجئ لدى المفوضية", "لاجئ مفوضية",
    ),
    "asylum_seeker": (
        "demandeur d asile", "demandeuse d asile", "demandeur euse d asile", "asylum seeker",
        "da", "طالب لجوء", "طالبة لجوء", "ملتمس لجوء", "ملتمسة لجوء",
    ),
    "regularised_2014": (
        "regularise 2014", "regularisee 2014", "regularise e 2014", "regularisation 2014",
        "1ere regularisation", "تسوية 2014", "مسوى 2014",
    ),
    "regularised_2016_17": (
        "regularise 2016", "regularisee 2016", "regularise e 2016", "regularise 2017",
        "regularisee 2017", "regularise e 2017", "regularise 2016 17", "regularise e 2016 17",
        "regularise 2016 2017", "regularise e 2016 2017", "regularisation 2016",
        "regularisation 2017", "2eme regularisation", "تسوية 2016", "تسوية 2017",
    ),
    "in_regularisation": (
        "en cours de regularisation", "recepisse", "en cours", "في طور التسوية",
    ),
    "regular_other": (
        "titre de sejour", "resident", "residente", "resident e", "sejour regulier",
        "en situation reguliere", "مقيم", "مقيمة", "وضعية نظامية",
    ),
    "irregular": (
        "irregulier", "irreguliere", "irregulier e", "sans papiers", "en situation irreguliere",
        "غير نظامي", "غير نظامية", "في وضعية غير نظامية",
    ),
}  # fmt: skip

STATUS_WORDS: Mapping[str, str] = {
    **{code: code for code in vocab.LEGAL_STATUSES},
    **{spelling: code for code, spellings in _STATUS_SPELLINGS.items() for spelling in spellings},
}

# Nationalities written as adjectives (French masculine, feminine and "(e)" forms, Arabic):
# the countries' own names come from CLDR in every language (services.importer).
_NATIONALITY_SPELLINGS: Mapping[str, tuple[str, ...]] = {
    "GN": ("guineen", "guineenne", "guineen ne", "غيني", "غينية"),
    "CI": ("ivoirien", "ivoirienne", "ivoirien ne", "cote d ivoire", "cote divoire",
           "ايفواري", "ايفوارية", "إيفواري", "ساحل العاج", "كوت ديفوار"),
    "SN": ("senegalais", "senegalaise", "senegalais e", "سنغالي", "سنغالية"),
    "ML": ("malien", "malienne", "malien ne", "مالي", "مالية"),
    "CM": ("camerounais", "camerounaise", "camerounais e", "كاميروني", "كاميرونية"),
    "CD": ("congolais", "congolaise", "congolais e", "rdc", "congo rdc", "congo kinshasa",
           "كونغولي", "كونغولية"),
    "CG": ("congo brazzaville",),
    "NG": ("nigerian", "nigeriane", "nigerian e", "nigeria", "نيجيري", "نيجيرية"),
    "SY": ("syrien", "syrienne", "syrien ne", "سوري", "سورية", "سوريا"),
    "YE": ("yemenite", "yemenites", "يمني", "يمنية", "اليمن"),
    "SD": ("soudanais", "soudanaise", "soudanais e", "سوداني", "سودانية"),
    "SS": ("sud soudanais", "sud soudanaise", "soudan du sud"),
    "MA": ("marocain", "marocaine", "marocain e", "مغربي", "مغربية", "المغرب"),
    "BF": ("burkinabe", "burkinabee"),
    "GM": ("gambien", "gambienne", "gambien ne"),
    "CF": ("centrafricain", "centrafricaine", "centrafricain e", "rca"),
    "TD": ("tchadien", "tchadienne", "tchadien ne"),
    "NE": ("nigerien", "nigerienne", "nigerien ne"),
    "GH": ("ghaneen", "ghaneenne", "ghanaian"),
    "LR": ("liberien", "liberienne"),
    "SL": ("sierra leonais", "sierra leonaise"),
    "GW": ("bissau guineen", "bissau guineenne", "guinee bissau"),
    "ER": ("erythreen", "erythreenne"),
    "ET": ("ethiopien", "ethiopienne"),
    "PS": ("palestinien", "palestinienne", "فلسطيني", "فلسطينية"),
    "IQ": ("irakien", "irakienne", "عراقي", "عراقية"),
    "DZ": ("algerien", "algerienne", "جزائري", "جزائرية"),
    "TN": ("tunisien", "tunisienne", "تونسي", "تونسية"),
    "MR": ("mauritanien", "mauritanienne", "موريتاني", "موريتانية"),
}  # fmt: skip

NATIONALITY_WORDS: Mapping[str, str] = {
    spelling: code for code, spellings in _NATIONALITY_SPELLINGS.items() for spelling in spellings
}
