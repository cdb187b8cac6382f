"""Stable codes of the closed lists the rules depend on. Labels are translated by the UI.

Open lists with validity dates (regions, cities, auto-entrepreneur ceilings...) are reference
data in the database instead (see ``db/reference``).
"""

from __future__ import annotations

SEXES = ("female", "male")

# domain.md §4.4; victim of trafficking is a protection flag, not a status.
LEGAL_STATUSES = (
    "moroccan",
    "regularised_2014",
    "regularised_2016_17",
    "in_regularisation",
    "regular_other",
    "refugee_bra",
    "refugee_unhcr_only",
    "asylum_seeker",
    "irregular",
)

DOCUMENT_TYPES = (
    "cin",
    "residence_card",  # carte d'immatriculation
    "resident_card",  # carte de résidence (10 years)
    "receipt",  # récépissé while a residence file is processed
    "circulation_document",  # minors
    "bra_card",  # national refugee card
    "unhcr_refugee_card",
    "unhcr_attestation",  # asylum-seeker attestation
    "passport",
    "other",
)
# Documents whose expiry matters for rights and eligibility: a renewal warning is raised.
RESIDENCE_DOCUMENTS = frozenset(
    {
        "residence_card",
        "resident_card",
        "receipt",
        "circulation_document",
        "bra_card",
        "unhcr_refugee_card",
        "unhcr_attestation",
    }
)
RENEWAL_WARNING_DAYS = 60

EDUCATION_LEVELS = (
    "none",
    "literacy",
    "primary",
    "lower_secondary",
    "upper_secondary",
    "baccalaureate",
    "vocational",
    "bachelor",
    "master_or_above",
)

# ISO 639 codes; names come localised from CLDR (babel). domain.md §6.6.
LANGUAGES = (
    "fr",
    "ar",
    "ary",
    "zgh",
    "en",
    "es",
    "pt",
    "wo",
    "ff",
    "bm",
    "dyu",
    "sus",
    "ln",
    "sg",
    "ha",
    "yo",
    "ig",
)

VULNERABILITY_FLAGS = (
    "single_parent",
    "disability",
    "chronic_illness",
    "survivor_of_violence",
    "trafficking_victim",
    "unaccompanied_minor",
    "homeless",
    "pregnant",
)
# Fields of Law 09-08 "sensitive" nature: masked for roles without the right (issue 7).
# Health (illness, disability, pregnancy), violence and trafficking.
SENSITIVE_FLAGS = frozenset(
    {"chronic_illness", "disability", "pregnant", "survivor_of_violence", "trafficking_victim"}
)

REFERRAL_SOURCES = (
    "walk_in",
    "unhcr",
    "iom",
    "entraide_nationale",
    "anapec",
    "partner_ngo",
    "community_agent",
    "word_of_mouth",
    "other",
)

# donor_reporting: counted in anonymous statistics; donor_named: may appear by name in a list
# handed to the programme's donor (named lists are limited to those who agreed).
CONSENT_PURPOSES = ("processing", "sharing_partners", "photo", "donor_reporting", "donor_named")
REQUIRED_CONSENT_PURPOSE = "processing"

INSTITUTIONS = ("anapec", "entraide_nationale", "association")

# What an orientation interview may recommend (several at once).
RECOMMENDED_SERVICES = (
    "soft_skills",
    "vocational_training",
    "language_course",
    "internship",
    "job_search_support",
    "self_employment_support",
    "psychosocial_support",
    "legal_support",
)
