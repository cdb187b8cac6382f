"""Translated labels of the domain's codes (vocabularies and problem messages).

Strings are marked with QT_TRANSLATE_NOOP under explicit contexts so lupdate collects them;
they are translated when shown, in whatever language is installed then.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from counsellor_app.core.languages import LOCALES
from counsellor_app.core.problems import Problem
from counsellor_app.ui.i18n import isolate, ltr

SEX = {
    "female": QT_TRANSLATE_NOOP("Vocabulary", "Female"),
    "male": QT_TRANSLATE_NOOP("Vocabulary", "Male"),
}
LEGAL_STATUS = {
    "moroccan": QT_TRANSLATE_NOOP("Vocabulary", "Moroccan national"),
    "regularised_2014": QT_TRANSLATE_NOOP("Vocabulary", "Regularised (2014 campaign)"),
    "regularised_2016_17": QT_TRANSLATE_NOOP("Vocabulary", "Regularised (2016–2017 campaign)"),
    "in_regularisation": QT_TRANSLATE_NOOP("Vocabulary", "Regularisation in progress (receipt)"),
    "regular_other": QT_TRANSLATE_NOOP("Vocabulary", "Regular resident (work, study, family)"),
    "refugee_bra": QT_TRANSLATE_NOOP("Vocabulary", "Refugee recognised by the BRA"),
    "refugee_unhcr_only": QT_TRANSLATE_NOOP("Vocabulary", "Refugee under UNHCR mandate only"),
    "asylum_seeker": QT_TRANSLATE_NOOP("Vocabulary", "Asylum seeker (UNHCR attestation)"),
    "irregular": QT_TRANSLATE_NOOP("Vocabulary", "Irregular situation"),
}
DOCUMENT_TYPE = {
    "cin": QT_TRANSLATE_NOOP("Vocabulary", "National ID card (CIN)"),
    "residence_card": QT_TRANSLATE_NOOP(
        "Vocabulary", "Registration card (carte d'immatriculation)"
    ),
    "resident_card": QT_TRANSLATE_NOOP("Vocabulary", "Resident card (10 years)"),
    "receipt": QT_TRANSLATE_NOOP("Vocabulary", "Receipt (récépissé)"),
    "circulation_document": QT_TRANSLATE_NOOP("Vocabulary", "Travel document for minors"),
    "bra_card": QT_TRANSLATE_NOOP("Vocabulary", "Refugee card (BRA)"),
    "unhcr_refugee_card": QT_TRANSLATE_NOOP("Vocabulary", "UNHCR refugee card"),
    "unhcr_attestation": QT_TRANSLATE_NOOP("Vocabulary", "UNHCR asylum-seeker attestation"),
    "passport": QT_TRANSLATE_NOOP("Vocabulary", "Passport"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other document"),
}
EDUCATION = {
    "none": QT_TRANSLATE_NOOP("Vocabulary", "No schooling"),
    "literacy": QT_TRANSLATE_NOOP("Vocabulary", "Literacy class"),
    "primary": QT_TRANSLATE_NOOP("Vocabulary", "Primary school"),
    "lower_secondary": QT_TRANSLATE_NOOP("Vocabulary", "Lower secondary (collège)"),
    "upper_secondary": QT_TRANSLATE_NOOP("Vocabulary", "Upper secondary (lycée)"),
    "baccalaureate": QT_TRANSLATE_NOOP("Vocabulary", "Baccalaureate"),
    "vocational": QT_TRANSLATE_NOOP("Vocabulary", "Vocational training diploma"),
    "bachelor": QT_TRANSLATE_NOOP("Vocabulary", "Bachelor's degree (licence)"),
    "master_or_above": QT_TRANSLATE_NOOP("Vocabulary", "Master's degree or above"),
}
VULNERABILITY = {
    "single_parent": QT_TRANSLATE_NOOP("Vocabulary", "Single parent"),
    "disability": QT_TRANSLATE_NOOP("Vocabulary", "Disability"),
    "chronic_illness": QT_TRANSLATE_NOOP("Vocabulary", "Chronic illness"),
    "survivor_of_violence": QT_TRANSLATE_NOOP("Vocabulary", "Survivor of violence"),
    "trafficking_victim": QT_TRANSLATE_NOOP("Vocabulary", "Victim of trafficking"),
    "unaccompanied_minor": QT_TRANSLATE_NOOP("Vocabulary", "Unaccompanied minor"),
    "homeless": QT_TRANSLATE_NOOP("Vocabulary", "Homeless"),
    "pregnant": QT_TRANSLATE_NOOP("Vocabulary", "Pregnant"),
}
REFERRAL_SOURCE = {
    "walk_in": QT_TRANSLATE_NOOP("Vocabulary", "Came on their own"),
    "unhcr": QT_TRANSLATE_NOOP("Vocabulary", "UNHCR"),
    "iom": QT_TRANSLATE_NOOP("Vocabulary", "IOM"),
    "entraide_nationale": QT_TRANSLATE_NOOP("Vocabulary", "Entraide Nationale"),
    "anapec": QT_TRANSLATE_NOOP("Vocabulary", "ANAPEC"),
    "partner_ngo": QT_TRANSLATE_NOOP("Vocabulary", "Partner association"),
    "community_agent": QT_TRANSLATE_NOOP("Vocabulary", "Community agent"),
    "word_of_mouth": QT_TRANSLATE_NOOP("Vocabulary", "Word of mouth"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}
CONSENT_PURPOSE = {
    "processing": QT_TRANSLATE_NOOP("Vocabulary", "Processing of the file (required)"),
    "sharing_partners": QT_TRANSLATE_NOOP("Vocabulary", "Sharing with partner organisations"),
    "photo": QT_TRANSLATE_NOOP("Vocabulary", "Photograph"),
    "donor_reporting": QT_TRANSLATE_NOOP("Vocabulary", "Anonymous statistics for donors"),
    "donor_named": QT_TRANSLATE_NOOP("Vocabulary", "Named in lists given to donors"),
}
CONSENT_STATUS = {
    "given": QT_TRANSLATE_NOOP("Vocabulary", "Given"),
    "pending": QT_TRANSLATE_NOOP("Vocabulary", "Pending"),
}
INSTITUTION = {
    "anapec": QT_TRANSLATE_NOOP("Vocabulary", "ANAPEC"),
    "entraide_nationale": QT_TRANSLATE_NOOP("Vocabulary", "Entraide Nationale"),
    "association": QT_TRANSLATE_NOOP("Vocabulary", "Partner association"),
}
LANGUAGE_NAMES = {
    "ary": QT_TRANSLATE_NOOP("Vocabulary", "Darija (Moroccan Arabic)"),
    "zgh": QT_TRANSLATE_NOOP("Vocabulary", "Tamazight"),
}
RECOMMENDED_SERVICE = {
    "soft_skills": QT_TRANSLATE_NOOP("Vocabulary", "Soft skills training"),
    "vocational_training": QT_TRANSLATE_NOOP("Vocabulary", "Vocational training"),
    "language_course": QT_TRANSLATE_NOOP("Vocabulary", "Language course"),
    "internship": QT_TRANSLATE_NOOP("Vocabulary", "Internship"),
    "job_search_support": QT_TRANSLATE_NOOP("Vocabulary", "Job-search support"),
    "self_employment_support": QT_TRANSLATE_NOOP("Vocabulary", "Self-employment support"),
    "psychosocial_support": QT_TRANSLATE_NOOP("Vocabulary", "Psychosocial support"),
    "legal_support": QT_TRANSLATE_NOOP("Vocabulary", "Legal support"),
}
STAGE = {
    "intake": QT_TRANSLATE_NOOP("Vocabulary", "Intake"),
    "orientation": QT_TRANSLATE_NOOP("Vocabulary", "Orientation"),
    "soft_skills": QT_TRANSLATE_NOOP("Vocabulary", "Soft skills training"),
    "internship": QT_TRANSLATE_NOOP("Vocabulary", "Internship"),
    "ae_registration": QT_TRANSLATE_NOOP("Vocabulary", "Auto-entrepreneur registration"),
    "business_plan": QT_TRANSLATE_NOOP("Vocabulary", "Business plan"),
    "microgrant": QT_TRANSLATE_NOOP("Vocabulary", "Microgrant"),
    "follow_up": QT_TRANSLATE_NOOP("Vocabulary", "Post-creation follow-up"),
}
STAGE_STATUS = {
    "not_started": QT_TRANSLATE_NOOP("Vocabulary", "Not started"),
    "planned": QT_TRANSLATE_NOOP("Vocabulary", "Planned"),
    "in_progress": QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
    "completed": QT_TRANSLATE_NOOP("Vocabulary", "Completed"),
    "abandoned": QT_TRANSLATE_NOOP("Vocabulary", "Abandoned"),
    "not_applicable": QT_TRANSLATE_NOOP("Vocabulary", "Not applicable"),
}
# What the button that moves a stage to each status says.
MOVE = {
    "not_started": QT_TRANSLATE_NOOP("Vocabulary", "Cancel the planning"),
    "planned": QT_TRANSLATE_NOOP("Vocabulary", "Plan"),
    "in_progress": QT_TRANSLATE_NOOP("Vocabulary", "Start / resume"),
    "completed": QT_TRANSLATE_NOOP("Vocabulary", "Complete"),
    "abandoned": QT_TRANSLATE_NOOP("Vocabulary", "Abandon…"),
    "not_applicable": QT_TRANSLATE_NOOP("Vocabulary", "Skip…"),
}
TRACK = {
    "wage": QT_TRANSLATE_NOOP("Vocabulary", "Wage employment"),
    "self_employment": QT_TRANSLATE_NOOP("Vocabulary", "Self-employment"),
}
OUTCOME = {
    "salaried_job": QT_TRANSLATE_NOOP("Vocabulary", "Salaried job"),
    "training_enrolment": QT_TRANSLATE_NOOP("Vocabulary", "Enrolled in a training"),
    "business_created": QT_TRANSLATE_NOOP("Vocabulary", "Business created"),
    "dropped_out": QT_TRANSLATE_NOOP("Vocabulary", "Dropped out"),
    "referred_elsewhere": QT_TRANSLATE_NOOP("Vocabulary", "Referred elsewhere"),
}
ROLE = {
    "counsellor": QT_TRANSLATE_NOOP("Vocabulary", "Counsellor"),
    "supervisor": QT_TRANSLATE_NOOP("Vocabulary", "Supervisor"),
    "administrator": QT_TRANSLATE_NOOP("Vocabulary", "Administrator"),
    "committee": QT_TRANSLATE_NOOP("Vocabulary", "Grant committee member"),
}

BACKUP_KINDS = {
    "exit": QT_TRANSLATE_NOOP("Vocabulary", "at closing"),
    "daily": QT_TRANSLATE_NOOP("Vocabulary", "daily, checked"),
    "manual": QT_TRANSLATE_NOOP("Vocabulary", "made by hand"),
    "update": QT_TRANSLATE_NOOP("Vocabulary", "before an update"),
}
AUDIT_ACTIONS = {
    "login": QT_TRANSLATE_NOOP("Vocabulary", "Logged in"),
    "login_failed": QT_TRANSLATE_NOOP("Vocabulary", "Wrong password"),
    "account_locked": QT_TRANSLATE_NOOP("Vocabulary", "Account locked (wrong passwords)"),
    "unlocked": QT_TRANSLATE_NOOP("Vocabulary", "Unlocked the screen"),
    "person_created": QT_TRANSLATE_NOOP("Vocabulary", "File created"),
    "person_updated": QT_TRANSLATE_NOOP("Vocabulary", "File changed"),
    "sensitive_viewed": QT_TRANSLATE_NOOP("Vocabulary", "Sensitive file opened"),
    "sensitive_revealed": QT_TRANSLATE_NOOP("Vocabulary", "Hidden information shown (reason)"),
    "document_issued": QT_TRANSLATE_NOOP("Vocabulary", "Document printed"),
    "person_exported": QT_TRANSLATE_NOOP("Vocabulary", "Whole file exported"),
    "report_exported": QT_TRANSLATE_NOOP("Vocabulary", "Report exported"),
    "people_list_exported": QT_TRANSLATE_NOOP("Vocabulary", "List of people exported"),
    "register_exported": QT_TRANSLATE_NOOP("Vocabulary", "Register exported to Excel"),
    "audit_exported": QT_TRANSLATE_NOOP("Vocabulary", "Audit trail exported"),
    "imported": QT_TRANSLATE_NOOP("Vocabulary", "People imported"),
    "consent_changed": QT_TRANSLATE_NOOP("Vocabulary", "Consent changed"),
    "person_shared": QT_TRANSLATE_NOOP("Vocabulary", "File shared with an agency"),
    "sharing_withdrawn": QT_TRANSLATE_NOOP("Vocabulary", "Sharing withdrawn"),
    "erasure_requested": QT_TRANSLATE_NOOP("Vocabulary", "Erasure requested"),
    "erasure_approved": QT_TRANSLATE_NOOP("Vocabulary", "Erasure approved"),
    "erasure_carried_out": QT_TRANSLATE_NOOP("Vocabulary", "File erased"),
    "user_created": QT_TRANSLATE_NOOP("Vocabulary", "Account created"),
    "user_changed": QT_TRANSLATE_NOOP("Vocabulary", "Account changed"),
    "password_reset": QT_TRANSLATE_NOOP("Vocabulary", "Password reset"),
    "password_changed": QT_TRANSLATE_NOOP("Vocabulary", "Password changed"),
    "settings_changed": QT_TRANSLATE_NOOP("Vocabulary", "Settings changed"),
    "backup_made": QT_TRANSLATE_NOOP("Vocabulary", "Backup made"),
    "restored": QT_TRANSLATE_NOOP("Vocabulary", "Backup restored"),
}

AUDIT_DETAILS = {
    "reason": QT_TRANSLATE_NOOP("Vocabulary", "Reason"),
    "act": QT_TRANSLATE_NOOP("Vocabulary", "Signed with her own key"),
    "legal_basis": QT_TRANSLATE_NOOP("Vocabulary", "Legal basis"),
    "username": QT_TRANSLATE_NOOP("Vocabulary", "Account"),
    "role": QT_TRANSLATE_NOOP("Vocabulary", "Role"),
    "active": QT_TRANSLATE_NOOP("Vocabulary", "Active"),
    "fields": QT_TRANSLATE_NOOP("Vocabulary", "Fields"),
    "given": QT_TRANSLATE_NOOP("Vocabulary", "Consent given"),
    "purposes": QT_TRANSLATE_NOOP("Vocabulary", "Purposes"),
    "kind": QT_TRANSLATE_NOOP("Vocabulary", "Kind"),
    "template": QT_TRANSLATE_NOOP("Vocabulary", "Document"),
    "count": QT_TRANSLATE_NOOP("Vocabulary", "Number"),
    "serials": QT_TRANSLATE_NOOP("Vocabulary", "Serials"),
    "created": QT_TRANSLATE_NOOP("Vocabulary", "Created"),
    "refused": QT_TRANSLATE_NOOP("Vocabulary", "Refused"),
    "format": QT_TRANSLATE_NOOP("Vocabulary", "Format"),
    "period": QT_TRANSLATE_NOOP("Vocabulary", "Period"),
    "deidentified": QT_TRANSLATE_NOOP("Vocabulary", "Without names"),
    "people": QT_TRANSLATE_NOOP("Vocabulary", "People"),
    "suppression": QT_TRANSLATE_NOOP("Vocabulary", "Counts hidden under"),
    "entries": QT_TRANSLATE_NOOP("Vocabulary", "Entries"),
    "changed": QT_TRANSLATE_NOOP("Vocabulary", "Changed"),
    "made_at": QT_TRANSLATE_NOOP("Vocabulary", "Backup of"),
    "with_recovery_key": QT_TRANSLATE_NOOP("Vocabulary", "With the recovery key"),
    "agency": QT_TRANSLATE_NOOP("Vocabulary", "Agency"),
    "grant": QT_TRANSLATE_NOOP("Vocabulary", "Sharing"),
    "unknown_account": QT_TRANSLATE_NOOP("Vocabulary", "Unknown account name"),
    "folder_is_default": QT_TRANSLATE_NOOP("Vocabulary", "In the data folder"),
}
YES_NO = {
    "yes": QT_TRANSLATE_NOOP("Vocabulary", "yes"),
    "no": QT_TRANSLATE_NOOP("Vocabulary", "no"),
}


PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("Messages", "This field is required."),
    "text_too_long": QT_TRANSLATE_NOOP("Messages", "Too long: at most %(max)s characters."),
    "name_needs_letters": QT_TRANSLATE_NOOP("Messages", "A name needs letters."),
    "latin_script_expected": QT_TRANSLATE_NOOP(
        "Messages", "Type this name in Latin letters; the Arabic spelling has its own field."
    ),
    "arabic_script_expected": QT_TRANSLATE_NOOP("Messages", "Type this name in Arabic letters."),
    "invalid_choice": QT_TRANSLATE_NOOP("Messages", "Choose a value from the list."),
    "date_in_future": QT_TRANSLATE_NOOP("Messages", "This date is in the future."),
    "changed_elsewhere": QT_TRANSLATE_NOOP(
        "Messages",
        "Refused: this was changed elsewhere meanwhile (a synchronisation or another window). "
        "Check the file and do it again if it still applies.",
    ),
    "age_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "Age %(age)s is outside the accepted range (%(min)s to %(max)s years)."
    ),
    "status_needs_moroccan_nationality": QT_TRANSLATE_NOOP(
        "Messages", "The status “Moroccan national” needs the Moroccan nationality."
    ),
    "moroccan_needs_moroccan_status": QT_TRANSLATE_NOOP(
        "Messages", "A Moroccan national has the status “Moroccan national”."
    ),
    "cin_format": QT_TRANSLATE_NOOP(
        "Messages", "A CIN number is one or two letters followed by digits, e.g. AB123456."
    ),
    "document_repeated": QT_TRANSLATE_NOOP("Messages", "This document is listed twice."),
    "expiry_before_issue": QT_TRANSLATE_NOOP(
        "Messages", "The expiry date is before the issue date."
    ),
    "phone_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "Not a valid phone number. Moroccan numbers: 06 12 34 56 78; foreign numbers with their country code: +221 77 123 45 67.",
    ),
    "email_invalid": QT_TRANSLATE_NOOP("Messages", "Not a valid e-mail address."),
    "consent_needs_processing": QT_TRANSLATE_NOOP(
        "Messages", "Consent must at least cover the processing of the file."
    ),
    "password_too_short": QT_TRANSLATE_NOOP(
        "Messages", "The password needs at least %(min)s characters."
    ),
    "password_too_common": QT_TRANSLATE_NOOP("Messages", "This password is too easy to guess."),
    "password_contains_username": QT_TRANSLATE_NOOP(
        "Messages", "The password must not contain the user name."
    ),
    "passwords_differ": QT_TRANSLATE_NOOP("Messages", "The two passwords differ."),
    "password_unchanged": QT_TRANSLATE_NOOP(
        "Messages", "Choose a password different from the current one."
    ),
    "current_password_wrong": QT_TRANSLATE_NOOP("Messages", "The current password is wrong."),
    "username_format": QT_TRANSLATE_NOOP(
        "Messages", "Use up to 32 letters without accents, digits, dots, dashes or underscores."
    ),
    "username_taken": QT_TRANSLATE_NOOP("Messages", "This user name is already taken."),
    "name_characters": QT_TRANSLATE_NOOP(
        "Messages", "A name has letters, spaces, apostrophes and hyphens only."
    ),
    "import_no_header": QT_TRANSLATE_NOOP(
        "Messages", "No row of column titles was found: is this the partner's list?"
    ),
    "import_no_rows": QT_TRANSLATE_NOOP("Messages", "The file has column titles but no one in it."),
    "import_not_a_table": QT_TRANSLATE_NOOP(
        "Messages", "This file is not a table (CSV or Excel workbook) or it is damaged."
    ),
    "import_too_many_rows": QT_TRANSLATE_NOOP(
        "Messages", "The file has more than %(max)s rows: split it, then import each part."
    ),
    "import_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The file is larger than %(max_mb)s MB: is it the partner's list?"
    ),
    "import_date_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "“%(value)s” is not a date (write it as 31/12/1990)."
    ),
    "import_country_unknown": QT_TRANSLATE_NOOP(
        "Messages", "“%(value)s” is not a country this app knows (write it as GN or Guinée)."
    ),
    # Moving in from Excel (services.workbook).
    "import_encrypted_or_old": QT_TRANSLATE_NOOP(
        "Messages",
        "This workbook has a password or is an old .xls: save it as a plain .xlsx.",
    ),
    "import_macros": QT_TRANSLATE_NOOP(
        "Messages",
        "This workbook contains macros: save it as a plain .xlsx workbook.",
    ),
    "import_zip_bomb": QT_TRANSLATE_NOOP(
        "Messages",
        "This file unpacks to far more than it weighs: it is refused for safety.",
    ),
    "import_too_many_sheets": QT_TRANSLATE_NOOP(
        "Messages",
        "The workbook has more than %(max)s sheets: keep only the template's.",
    ),
    "import_no_sheet": QT_TRANSLATE_NOOP(
        "Messages",
        "No sheet of the template was found in this workbook.",
    ),
    "import_sheet_column_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "This sheet has no column with this title: copy the titles of the template.",
    ),
    "import_file_number_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "No person has the file number “%(value)s” (sheet Personnes or register).",
    ),
    "import_file_number_twice": QT_TRANSLATE_NOOP(
        "Messages",
        "The file number “%(value)s” is given to two people in the sheet.",
    ),
    "import_number_masked": QT_TRANSLATE_NOOP(
        "Messages",
        "The number is masked (exported without sensitive data): type it in full.",
    ),
    "import_consent_needs_processing": QT_TRANSLATE_NOOP(
        "Messages",
        "A consent always covers the processing of the file (“Traitement”).",
    ),
    "import_end_before_start": QT_TRANSLATE_NOOP(
        "Messages",
        "This date is before the start.",
    ),
    "import_code_twice": QT_TRANSLATE_NOOP(
        "Messages",
        "The code “%(value)s” is used twice.",
    ),
    "import_code_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "The code “%(value)s” is in no row of the sheet it refers to.",
    ),
    "import_city_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "“%(value)s” is not a city this app knows.",
    ),
    "import_value_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "“%(value)s” is not one of the values allowed (see the Notes sheet).",
    ),
    "import_money_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "“%(value)s” is not an amount (write it as 1 500,00 or 1500 DH).",
    ),
    "import_number_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "“%(value)s” is not a whole number.",
    ),
    "import_yes_no_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "“%(value)s”: write Oui or Non.",
    ),
    "import_contract_without_hiring": QT_TRANSLATE_NOOP(
        "Messages",
        "A contract is given but the intern is not marked as hired.",
    ),
    "import_tranche_without_approval": QT_TRANSLATE_NOOP(
        "Messages",
        "A payment under a grant the committee did not approve.",
    ),
    "import_tranches_above_grant": QT_TRANSLATE_NOOP(
        "Messages",
        "The payments add up to more than the amount approved.",
    ),
    "export_sensitive_not_allowed": QT_TRANSLATE_NOOP(
        "Messages",
        "Your role does not see sensitive data: export without it.",
    ),
    "target_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "A target is a number of people from 0 to %(max)s."
    ),
    "programme_name_taken": QT_TRANSLATE_NOOP(
        "Messages", "Another programme already has this name."
    ),
    "programme_national": QT_TRANSLATE_NOOP(
        "Messages", "Programmes are defined nationally: this computer cannot change them."
    ),
    "programme_not_found": QT_TRANSLATE_NOOP("Messages", "This programme no longer exists."),
    "programme_not_eligible": QT_TRANSLATE_NOOP(
        "Messages", "This person is not among the people the programme serves."
    ),
    "outside_programme_period": QT_TRANSLATE_NOOP(
        "Messages", "The date is outside the programme's period (%(start)s to %(end)s)."
    ),
    "already_enrolled": QT_TRANSLATE_NOOP(
        "Messages", "This person is already enrolled in this programme."
    ),
    "import_column_twice": QT_TRANSLATE_NOOP(
        "Messages", "Two columns are given the same meaning: keep one."
    ),
    "import_column_missing": QT_TRANSLATE_NOOP(
        "Messages", "Choose the column that holds this information."
    ),
    "agency_code_format": QT_TRANSLATE_NOOP(
        "Messages", "Use 2 to 6 letters or digits, e.g. RABAG."
    ),
    "unknown_user": QT_TRANSLATE_NOOP("Messages", "No account has this user name."),
    "cannot_disable_self": QT_TRANSLATE_NOOP("Messages", "You cannot disable your own account."),
    "cannot_change_own_role": QT_TRANSLATE_NOOP(
        "Messages", "You cannot change your own role: another administrator must."
    ),
    "person_not_found": QT_TRANSLATE_NOOP("Messages", "This file no longer exists."),
    "document_consent_expired": QT_TRANSLATE_NOOP(
        "Messages",
        "The person's consent has expired: ask for it again and record it in the profile "
        "before printing.",
    ),
    "consent_expiry_before_given": QT_TRANSLATE_NOOP(
        "Messages", "The consent must be valid after the day it was given."
    ),
    "export_needs_the_counsellor": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the person's counsellor or a supervisor exports the whole file (it holds "
        "sensitive information). Show the hidden information first, giving a reason.",
    ),
    "agency_not_set_up": QT_TRANSLATE_NOOP(
        "Messages", "The agency is not set up on this computer."
    ),
    "not_allowed": QT_TRANSLATE_NOOP("Messages", "Your role does not allow this action."),
    "status_unchanged": QT_TRANSLATE_NOOP("Messages", "The stage already has this status."),
    "transition_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "A stage cannot go from “%(from)s” to “%(to)s”."
    ),
    "reason_required": QT_TRANSLATE_NOOP("Messages", "Give the reason."),
    "reason_too_short": QT_TRANSLATE_NOOP(
        "Messages", "Say why in a sentence (at least %(min)s characters)."
    ),
    "track_not_chosen": QT_TRANSLATE_NOOP(
        "Messages", "Choose the track (wage employment or self-employment) first."
    ),
    "stage_of_other_track": QT_TRANSLATE_NOOP(
        "Messages", "This stage belongs to the other track; the person is on the track “%(track)s”."
    ),
    "previous_stage_not_started": QT_TRANSLATE_NOOP(
        "Messages", "The stage “%(stage)s” has not started yet."
    ),
    "previous_stage_open": QT_TRANSLATE_NOOP(
        "Messages", "The stage “%(stage)s” must be completed or skipped first."
    ),
    "attendance_below_threshold": QT_TRANSLATE_NOOP(
        "Messages",
        "Attendance is %(rate)s %%; completing the training needs at least %(threshold)s %%.",
    ),
    "ae_too_young": QT_TRANSLATE_NOOP(
        "Messages", "Auto-entrepreneurs must be at least %(min)s years old."
    ),
    "ae_status_not_eligible": QT_TRANSLATE_NOOP(
        "Messages",
        "The legal status “%(status)s” does not allow auto-entrepreneur registration: a Moroccan residence title is needed.",
    ),
    "ae_needs_valid_residence_card": QT_TRANSLATE_NOOP(
        "Messages",
        "A residence card valid on that date is needed for auto-entrepreneur registration: record it in the identity documents.",
    ),
    "decision_needs_completed_plan": QT_TRANSLATE_NOOP(
        "Messages", "No committee decision without a completed business plan."
    ),
    # A stage completes only on its own record (core.stage_records): say what to enter.
    "orientation_needs_career_goal": QT_TRANSLATE_NOOP(
        "Messages", "To complete this stage, enter the career goal agreed at the interview."
    ),
    "orientation_needs_track": QT_TRANSLATE_NOOP(
        "Messages",
        "To complete this stage, choose the track (wage employment or self-employment).",
    ),
    "orientation_needs_services": QT_TRANSLATE_NOOP(
        "Messages", "To complete this stage, tick the services recommended at the interview."
    ),
    "internship_needs_record": QT_TRANSLATE_NOOP(
        "Messages", "To complete this stage, record the internship in the Internship tab."
    ),
    "internship_not_ended": QT_TRANSLATE_NOOP(
        "Messages",
        "The internship ends on %(on)s: complete this stage once it has ended, or record its "
        "early end.",
    ),
    "internship_needs_final_evaluation": QT_TRANSLATE_NOOP(
        "Messages", "To complete this stage, enter the internship's final evaluation."
    ),
    "ae_needs_registration_number": QT_TRANSLATE_NOOP(
        "Messages", "To complete this stage, enter the auto-entrepreneur registration number."
    ),
    "ae_needs_registration_date": QT_TRANSLATE_NOOP(
        "Messages", "To complete this stage, enter the date of the registration."
    ),
    "ae_registered_after": QT_TRANSLATE_NOOP(
        "Messages", "The registration is dated %(on)s: complete this stage on or after that day."
    ),
    "ae_needs_proof_attached": QT_TRANSLATE_NOOP(
        "Messages",
        "The programme asks for the auto-entrepreneur card or the filing receipt: attach it to "
        "this stage first.",
    ),
    "plan_missing": QT_TRANSLATE_NOOP(
        "Messages", "To complete this stage, write the business plan in its tab."
    ),
    "plan_needs_activity": QT_TRANSLATE_NOOP(
        "Messages", "The business plan names no activity: enter it."
    ),
    "plan_needs_summary": QT_TRANSLATE_NOOP(
        "Messages", "The business plan has no summary: write it."
    ),
    "plan_needs_startup_costs": QT_TRANSLATE_NOOP(
        "Messages", "The business plan lists no start-up costs: add them."
    ),
    "plan_needs_revenue": QT_TRANSLATE_NOOP(
        "Messages", "The business plan projects no revenue: fill in the monthly projection."
    ),
    "plan_funding_gap": QT_TRANSLATE_NOOP(
        "Messages",
        "%(gap)s MAD of start-up costs are not funded: add a funding source or reduce the costs.",
    ),
    "grant_needs_confirmed_tranche": QT_TRANSLATE_NOOP(
        "Messages",
        "To complete this stage, the grant's first tranche must be paid and confirmed by a "
        "second person.",
    ),
    # Internships of every kind and their agreement's life (core.internships).
    "allowance_out_of_bounds": QT_TRANSLATE_NOOP(
        "Messages", "A placement is unpaid or carries an allowance of at most %(max)s MAD a month."
    ),
    "agreement_move_not_allowed": QT_TRANSLATE_NOOP(
        "Messages",
        "The agreement goes one step at a time: being prepared, signed, under way, then "
        "completed or ended early.",
    ),
    "agreement_needs_signatures": QT_TRANSLATE_NOOP(
        "Messages",
        "The agreement is signed by the three parties: tick the intern, the host and the agency.",
    ),
    "agreement_needs_signed_copy": QT_TRANSLATE_NOOP(
        "Messages", "Attach the signed copy of the agreement."
    ),
    "internship_not_started": QT_TRANSLATE_NOOP(
        "Messages", "The internship starts on %(on)s: it can be under way from that day."
    ),
    "early_end_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "The early end falls between the start of the internship and today."
    ),
    "score_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "Each criterion of the grid is scored from %(min)s to %(max)s."
    ),
    "evaluation_incomplete": QT_TRANSLATE_NOOP(
        "Messages", "Score all the criteria of the grid, or none."
    ),
    "contract_kind_required": QT_TRANSLATE_NOOP(
        "Messages", "The person was hired: on which contract (CDI, CDD, Tahfiz)?"
    ),
    "not_hired_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "The person was not hired: give the reason."
    ),
    "follow_up_needs_last_visit": QT_TRANSLATE_NOOP(
        "Messages",
        "To complete this stage, record the 12-month follow-up visit, or a visit that found the "
        "business closed.",
    ),
    "percent_out_of_range": QT_TRANSLATE_NOOP("Messages", "A percentage is between 0 and 100."),
    "capacity_out_of_range": QT_TRANSLATE_NOOP("Messages", "Between 1 and %(max)s places."),
    "end_before_start": QT_TRANSLATE_NOOP("Messages", "The end is before the start."),
    "session_outside_cohort": QT_TRANSLATE_NOOP(
        "Messages", "The session must fall within the cohort's dates."
    ),
    "duration_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "A session lasts between 15 minutes and 10 hours."
    ),
    "session_in_future": QT_TRANSLATE_NOOP(
        "Messages", "Attendance can be marked once the session has taken place."
    ),
    "not_enrolled": QT_TRANSLATE_NOOP("Messages", "This person is not enrolled in the cohort."),
    "cohort_not_found": QT_TRANSLATE_NOOP("Messages", "This cohort no longer exists."),
    "session_not_found": QT_TRANSLATE_NOOP("Messages", "This session no longer exists."),
    "ice_format": QT_TRANSLATE_NOOP("Messages", "An ICE number has 15 digits."),
    "tax_number_format": QT_TRANSLATE_NOOP("Messages", "A tax identifier (IF) has 7 to 10 digits."),
    "amount_required": QT_TRANSLATE_NOOP("Messages", "Give an amount above zero."),
    "envelope_exceeded": QT_TRANSLATE_NOOP(
        "Messages", "The envelope has only %(remaining)s MAD left."
    ),
    "tranche_above_grant": QT_TRANSLATE_NOOP(
        "Messages", "Only %(left)s MAD of the grant remain to be paid."
    ),
    "receipt_required": QT_TRANSLATE_NOOP(
        "Messages", "Purchases in kind need the receipt or invoice reference."
    ),
    "tranche_already_confirmed": QT_TRANSLATE_NOOP(
        "Messages", "This tranche is already confirmed."
    ),
    "four_eyes_required": QT_TRANSLATE_NOOP(
        "Messages", "Another person must confirm a tranche you recorded."
    ),
    "grant_not_approved": QT_TRANSLATE_NOOP(
        "Messages", "Tranches are paid only on an approved grant."
    ),
    "application_not_found": QT_TRANSLATE_NOOP("Messages", "This application no longer exists."),
    "tranche_not_found": QT_TRANSLATE_NOOP("Messages", "This tranche no longer exists."),
    "visit_not_found": QT_TRANSLATE_NOOP("Messages", "This visit no longer exists."),
    "jobs_out_of_range": QT_TRANSLATE_NOOP("Messages", "Between 0 and 1000 jobs."),
    "amount_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Not an amount: type it like 2500 or 2.500,00."
    ),
    "amount_too_large": QT_TRANSLATE_NOOP("Messages", "This amount is too large."),
    "stipend_out_of_bounds": QT_TRANSLATE_NOOP(
        "Messages", "The monthly stipend must be between %(min)s and %(max)s MAD."
    ),
    "internship_too_long": QT_TRANSLATE_NOOP(
        "Messages", "An internship lasts at most %(max)s months."
    ),
    "internship_needs_wage_track": QT_TRANSLATE_NOOP(
        "Messages",
        "Internships belong to the wage-employment track: choose it in the pathway first.",
    ),
    "referral_move_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "This answer does not follow from the referral's current state."
    ),
    "refusal_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Choose the reason the partner gave for refusing."
    ),
    "refusal_detail_required": QT_TRANSLATE_NOOP("Messages", "Explain the reason in the note."),
    "referral_needs_sharing_consent": QT_TRANSLATE_NOOP(
        "Messages",
        "The person has not agreed to sharing with partners: record that consent in the "
        "profile first.",
    ),
    "partner_closed": QT_TRANSLATE_NOOP(
        "Messages", "This partner is closed from that date: choose another one."
    ),
    "referral_not_found": QT_TRANSLATE_NOOP("Messages", "This referral no longer exists."),
    "referral_code_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "This is not a referral code: check each character on the slip (R- then 9 letters "
        "or digits).",
    ),
    "referral_code_unknown": QT_TRANSLATE_NOOP(
        "Messages", "No referral with the code %(code)s on this PC."
    ),
    "date_before_referral": QT_TRANSLATE_NOOP(
        "Messages", "This date is before the referral was sent."
    ),
    "appointment_duration_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "The duration must be between %(min)s and %(max)s minutes."
    ),
    "appointment_cancelled": QT_TRANSLATE_NOOP(
        "Messages", "This appointment was cancelled: book it again to plan it."
    ),
    "appointment_not_yet_held": QT_TRANSLATE_NOOP(
        "Messages", "This appointment has not taken place yet."
    ),
    "appointment_overlaps": QT_TRANSLATE_NOOP(
        "Messages", "This agenda already has an appointment at %(time)s (%(who)s)."
    ),
    "appointment_overlaps_meeting": QT_TRANSLATE_NOOP(
        "Messages", "This agenda already has a meeting at %(time)s."
    ),
    "appointment_not_found": QT_TRANSLATE_NOOP("Messages", "This appointment no longer exists."),
    "attachment_empty": QT_TRANSLATE_NOOP("Messages", "This file is empty."),
    "attachment_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "This file is %(size_mb)s MB; at most %(max_mb)s MB can be attached. Scan it at a "
        "lower resolution.",
    ),
    "attachment_type_refused": QT_TRANSLATE_NOOP(
        "Messages", "Only PDF files and pictures (JPEG, PNG, TIFF, WebP) can be attached."
    ),
    "attachment_not_found": QT_TRANSLATE_NOOP("Messages", "This document no longer exists."),
    "attachment_not_on_this_pc": QT_TRANSLATE_NOOP(
        "Messages",
        "This document's content is not on this PC yet: it will come with the next "
        "synchronisation.",
    ),
    "attachment_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "This document's copy on this PC is damaged. Attach the original again, or ask the "
        "administrator to restore a backup.",
    ),
    "certificate_attendance_too_low": QT_TRANSLATE_NOOP(
        "Messages",
        "Attendance is %(rate)s %%; the certificate needs at least %(threshold)s %%.",
    ),
    "certificate_no_session_yet": QT_TRANSLATE_NOOP(
        "Messages", "No session of this cohort has taken place yet."
    ),
    "certificate_attendance_unmarked": QT_TRANSLATE_NOOP(
        "Messages",
        "Attendance is not marked for %(count)s session(s) yet: complete the attendance sheets.",
    ),
    "document_stage_not_reached": QT_TRANSLATE_NOOP(
        "Messages", "The pathway has not reached this stage yet."
    ),
    "document_consent_pending": QT_TRANSLATE_NOOP(
        "Messages",
        "Consent is pending: no document can be printed for this person until it is recorded.",
    ),
    "document_needs_person": QT_TRANSLATE_NOOP(
        "Messages", "This appointment is not with a registered person."
    ),
    "document_grant_not_approved": QT_TRANSLATE_NOOP(
        "Messages", "The committee has not approved this grant."
    ),
    "document_disbursement_unconfirmed": QT_TRANSLATE_NOOP(
        "Messages", "A second person must confirm this tranche before its receipt is printed."
    ),
    "document_languages_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Choose two different languages among French, Arabic and English."
    ),
    "print_service_unavailable": QT_TRANSLATE_NOOP(
        "Messages",
        "The print service is not running on this computer: nothing was printed. Start it "
        "(or restart the computer) and print again.",
    ),
    "printer_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "The printer %(printer)s is not known to the print service (removed or renamed): "
        "nothing was printed. Choose another printer.",
    ),
    "printer_paused": QT_TRANSLATE_NOOP(
        "Messages",
        "The printer %(printer)s is paused: nothing was printed. Resume it in the printer "
        "settings, or choose another printer.",
    ),
    "printer_rejecting": QT_TRANSLATE_NOOP(
        "Messages",
        "The printer %(printer)s is not accepting jobs: nothing was printed. Allow it to "
        "accept jobs in the printer settings, or choose another printer.",
    ),
    "print_job_refused": QT_TRANSLATE_NOOP(
        "Messages", "The print service refused the job for %(printer)s: nothing was printed."
    ),
    "print_failed": QT_TRANSLATE_NOOP(
        "Messages", "The document could not be sent to the printer: nothing was printed."
    ),
    "print_stopped": QT_TRANSLATE_NOOP("Messages", "Printing was stopped before the end."),
    "document_file_not_written": QT_TRANSLATE_NOOP(
        "Messages", "The PDF file could not be written: %(reason)s"
    ),
    "document_logo_format": QT_TRANSLATE_NOOP("Messages", "A logo must be a PNG or JPEG picture."),
    "document_logo_missing": QT_TRANSLATE_NOOP(
        "Messages", "A logo of this letterhead is no longer on this PC: choose it again."
    ),
    "document_logo_too_large": QT_TRANSLATE_NOOP(
        "Messages", "This picture is larger than %(max_mib)s MB: use a smaller logo."
    ),
    "document_not_found": QT_TRANSLATE_NOOP(
        "Messages", "No document with this serial number is in the register."
    ),
    "document_already_revoked": QT_TRANSLATE_NOOP("Messages", "This document is already revoked."),
    "document_template_unknown": QT_TRANSLATE_NOOP(
        "Messages", "This kind of document does not exist in this version of the app."
    ),
    "sync_server_url": QT_TRANSLATE_NOOP(
        "Messages", "Type the server's address, starting with https://"
    ),
    "clock_behind": QT_TRANSLATE_NOOP(
        "Messages",
        "This PC's clock is %(minutes)s minute(s) behind the last synchronisation: set the date "
        "and time right before saving. What you typed is still in the form.",
    ),
    "record_not_found": QT_TRANSLATE_NOOP(
        "Messages", "This record no longer exists; it may have been deleted."
    ),
    "device_not_revoked": QT_TRANSLATE_NOOP(
        "Messages", "The server still accepts this PC: its data is not removed."
    ),
    "agency_code_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "This is not the agency's code: nothing was removed."
    ),
}
DOCUMENT_TEMPLATE = {
    "orientation_certificate": QT_TRANSLATE_NOOP(
        "Vocabulary", "Certificate of participation in orientation"
    ),
    "softskills_certificate": QT_TRANSLATE_NOOP("Vocabulary", "Soft-skills training certificate"),
    "internship_certificate": QT_TRANSLATE_NOOP("Vocabulary", "Internship certificate"),
    "internship_agreement": QT_TRANSLATE_NOOP("Vocabulary", "Internship agreement"),
    "referral_letter": QT_TRANSLATE_NOOP("Vocabulary", "Referral letter with return slip"),
    "convocation": QT_TRANSLATE_NOOP("Vocabulary", "Appointment letter (convocation)"),
    "business_plan": QT_TRANSLATE_NOOP("Vocabulary", "Business plan dossier"),
    "microgrant_agreement": QT_TRANSLATE_NOOP("Vocabulary", "Microgrant agreement"),
    "disbursement_receipt": QT_TRANSLATE_NOOP("Vocabulary", "Disbursement receipt"),
    "attendance_sheet": QT_TRANSLATE_NOOP("Vocabulary", "Attendance sheet"),
}
DOCUMENT_LANGUAGES = {
    "fr+ar": QT_TRANSLATE_NOOP("Vocabulary", "French and Arabic"),
    "en+ar": QT_TRANSLATE_NOOP("Vocabulary", "English and Arabic"),
    "fr+en": QT_TRANSLATE_NOOP("Vocabulary", "French and English"),
}
INDICATORS: dict[str, object] = {
    "registered": QT_TRANSLATE_NOOP("Vocabulary", "People accompanied (intake)"),
    "oriented": QT_TRANSLATE_NOOP("Vocabulary", "Oriented"),
    "trained": QT_TRANSLATE_NOOP("Vocabulary", "Trained in soft skills"),
    "internship_started": QT_TRANSLATE_NOOP("Vocabulary", "Internships started"),
    "internship_completed": QT_TRANSLATE_NOOP("Vocabulary", "Internships completed"),
    "hired": QT_TRANSLATE_NOOP("Vocabulary", "Hired"),
    "ae_registered": QT_TRANSLATE_NOOP("Vocabulary", "Registered auto-entrepreneurs"),
    "business_plan_completed": QT_TRANSLATE_NOOP("Vocabulary", "Business plans completed"),
    "grant_awarded": QT_TRANSLATE_NOOP("Vocabulary", "Microgrants awarded"),
    "grant_disbursed": QT_TRANSLATE_NOOP("Vocabulary", "Microgrants paid"),
    "business_created": QT_TRANSLATE_NOOP("Vocabulary", "Businesses created"),
    "active_6_months": QT_TRANSLATE_NOOP("Vocabulary", "Businesses active at 6 months"),
    "active_12_months": QT_TRANSLATE_NOOP("Vocabulary", "Businesses active at 12 months"),
    "referred": QT_TRANSLATE_NOOP("Vocabulary", "Referred to a partner"),
    "dropped_out": QT_TRANSLATE_NOOP("Vocabulary", "Dropped out"),
}
SYNC_FAILURES = {
    "clock_skew": QT_TRANSLATE_NOOP(
        "Messages",
        "This PC's clock is %(minutes)s minute(s) off the server's. Set the date and time right "
        "(Windows: Settings → Time), then synchronise again. Nothing was lost.",
    ),
    "device_revoked": QT_TRANSLATE_NOOP(
        "Messages",
        "The server no longer accepts this PC (it was revoked). Its work stays here: write its "
        "changes to a USB key for the server's administrator, then remove the agency's data "
        "from this PC (Synchronisation window).",
    ),
    "client_too_old": QT_TRANSLATE_NOOP(
        "Messages",
        "This version of the app is too old for the server (at least %(min_client_version)s is "
        "needed). Ask the IT person to install the new version; your work stays on this PC.",
    ),
    "unreachable": QT_TRANSLATE_NOOP(
        "Messages",
        "The server cannot be reached. Your work is kept on this PC and will be sent at the next "
        "synchronisation.",
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "Messages",
        "The server took too long to answer. Your work is kept; try again later.",
    ),
    "bad_answer": QT_TRANSLATE_NOOP(
        "Messages",
        "The server's answer arrived incomplete (a poor connection?). Your work is kept on this "
        "PC; synchronise again.",
    ),
    "server_unavailable": QT_TRANSLATE_NOOP(
        "Messages",
        "The server is unavailable for the moment (maintenance or overload). Your work is kept "
        "on this PC; synchronise again later.",
    ),
    "unauthenticated": QT_TRANSLATE_NOOP(
        "Messages", "The server does not recognise this PC. Call the administrator."
    ),
    "not_enrolled": QT_TRANSLATE_NOOP("Messages", "This PC is not enrolled with a server."),
    "insecure_server_url": QT_TRANSLATE_NOOP(
        "Messages",
        "The server's address must begin with https:// (plain http:// is only accepted for a "
        "server on this very PC). Check the address with the administrator.",
    ),
    "answer_not_signed": QT_TRANSLATE_NOOP(
        "Messages",
        "An answer did not come from the agency's server (its signature is missing or wrong), "
        "so nothing in it was used. Your work is kept on this PC; tell the administrator.",
    ),
    "server_key_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "This PC does not know the server's key, so it cannot trust its answers. Ask the "
        "administrator to enrol this PC again.",
    ),
    "replayed": QT_TRANSLATE_NOOP(
        "Messages",
        "The server refused a request it had already received. Synchronise again; nothing "
        "was lost.",
    ),
    "server_not_set": QT_TRANSLATE_NOOP("Messages", "This PC is not enrolled with a server."),
    "already_enrolled": QT_TRANSLATE_NOOP("Messages", "This PC is already enrolled."),
    "code_unknown": QT_TRANSLATE_NOOP(
        "Messages", "This enrolment code is not known: check it with the administrator."
    ),
    "code_used": QT_TRANSLATE_NOOP(
        "Messages", "This enrolment code was already used: ask the administrator for a new one."
    ),
    "code_expired": QT_TRANSLATE_NOOP(
        "Messages", "This enrolment code has expired: ask the administrator for a new one."
    ),
    "code_for_another_agency": QT_TRANSLATE_NOOP(
        "Messages", "This enrolment code was made for another agency."
    ),
    "cancelled": QT_TRANSLATE_NOOP(
        "Messages", "Synchronisation stopped. What was already sent is safe."
    ),
    "consent_required": QT_TRANSLATE_NOOP(
        "Messages",
        "The person has not consented to sharing their file: record the consent in the profile "
        "first.",
    ),
    "agency_unknown": QT_TRANSLATE_NOOP(
        "Messages", "No other agency has this code on the server: check it with the agency."
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "Messages",
        "The server does not have this file as this agency's (yet): synchronise, then try again.",
    ),
    "second_person_required": QT_TRANSLATE_NOOP(
        "Messages", "Whoever asked for the erasure cannot approve it: another supervisor must."
    ),
    "forbidden": QT_TRANSLATE_NOOP(
        "Messages", "Your account may not do this on the server (it must be synchronised first)."
    ),
    "transfer_not_found": QT_TRANSLATE_NOOP(
        "Messages", "This transfer was withdrawn or already answered."
    ),
    "grant_not_found": QT_TRANSLATE_NOOP("Messages", "This sharing no longer exists."),
    # A person's act refused by the server (server/acts.py): nothing of it was saved there.
    "act_required": QT_TRANSLATE_NOOP(
        "Messages",
        "The server needs the signature of the person who acts: log out, log in again with "
        "your own account, then do it again.",
    ),
    "act_key_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "The server does not know your signature yet: an administrator must synchronise from "
        "a PC of the agency first.",
    ),
    "act_key_revoked": QT_TRANSLATE_NOOP(
        "Messages", "This account is disabled: its signature is no longer accepted."
    ),
    "act_wrong_agency": QT_TRANSLATE_NOOP(
        "Messages", "The signature belongs to an account of another agency: refused."
    ),
    "act_signature_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The signature does not match the account or what it signs: refused. Tell the "
        "administrator.",
    ),
    "act_user_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The signature is not that of the account named: refused."
    ),
    "act_replayed": QT_TRANSLATE_NOOP(
        "Messages", "This signed act was already received once: it is not done twice."
    ),
    "act_expired": QT_TRANSLATE_NOOP(
        "Messages",
        "This signed act is too old, or this PC's date is wrong: check the date and time of "
        "the PC, then do it again.",
    ),
    "role_forbidden": QT_TRANSLATE_NOOP(
        "Messages", "Your account does not have the right to do this, as the server knows it."
    ),
    "user_key_taken": QT_TRANSLATE_NOOP(
        "Messages", "This account already has a signature registered on the server."
    ),
}
BUNDLE_REFUSALS = {
    "bundle_tampered": QT_TRANSLATE_NOOP(
        "Messages", "This file was changed after it was written: it cannot be trusted."
    ),
    "bundle_damaged": QT_TRANSLATE_NOOP(
        "Messages", "This file is damaged or is not a Counsellor bundle."
    ),
    "bundle_format": QT_TRANSLATE_NOOP(
        "Messages", "This bundle was written by another version of the app."
    ),
    "bundle_expired": QT_TRANSLATE_NOOP(
        "Messages", "This bundle is more than 30 days old: write a new one."
    ),
    "bundle_replayed": QT_TRANSLATE_NOOP("Messages", "This answer was already read here."),
    "bundle_not_for_you": QT_TRANSLATE_NOOP("Messages", "This answer is for another PC."),
    "bundle_wrong_direction": QT_TRANSLATE_NOOP(
        "Messages", "This file is a bundle for the server, not its answer."
    ),
    "bundle_too_large": QT_TRANSLATE_NOOP("Messages", "This file is too large to be a bundle."),
    # The same words as a failed online sync: one message each, translated once.
    **{
        reason: SYNC_FAILURES[reason]
        for reason in (
            "not_enrolled",
            "insecure_server_url",
            "answer_not_signed",
            "server_key_unknown",
            "replayed",
        )
    },
}
SYNC_OUTCOMES = {
    "conflict": QT_TRANSLATE_NOOP(
        "Messages",
        "Changed on another PC too: both values are kept for the agency to decide.",
    ),
    "refused": QT_TRANSLATE_NOOP(
        "Messages",
        "Refused: another PC recorded a different decision first. Check the file and do it "
        "again if it still applies.",
    ),
    "rejected": QT_TRANSLATE_NOOP("Messages", "Not accepted by the server (%(reason)s)."),
}
# Why the server did not take an operation (the reason it stores with its answer).
REJECTION_REASONS = {
    "forbidden": QT_TRANSLATE_NOOP(
        "Messages", "the file belongs to an agency that has not shared it with yours"
    ),
    "not_owner": QT_TRANSLATE_NOOP(
        "Messages", "the record belongs to an agency that has not shared it with yours"
    ),
    "person_forbidden": QT_TRANSLATE_NOOP(
        "Messages", "the person named belongs to an agency that has not shared the file with yours"
    ),
    "agency_forbidden": QT_TRANSLATE_NOOP(
        "Messages", "the change names an agency other than the one the record belongs to"
    ),
    "erased": QT_TRANSLATE_NOOP("Messages", "the person's file was erased at their request"),
    "role_forbidden": QT_TRANSLATE_NOOP(
        "Messages", "the account that made the change does not have the right to make it"
    ),
    "actor_forbidden": QT_TRANSLATE_NOOP(
        "Messages", "the change was made under an account of another agency"
    ),
    "validation": QT_TRANSLATE_NOOP("Messages", "the change is malformed: tell the administrator"),
    "op_id_reuse": QT_TRANSLATE_NOOP(
        "Messages", "another change was sent under the same number: tell the administrator"
    ),
    "invalid_field": QT_TRANSLATE_NOOP(
        "Messages", "a value is not in a form every PC can store: correct it and save again"
    ),
    "act_required": QT_TRANSLATE_NOOP(
        "Messages", "the change needs the signature of the person who made it"
    ),
    "act_key_unknown": QT_TRANSLATE_NOOP(
        "Messages", "the signature of its author is not registered yet: it is sent again later"
    ),
    "act_key_revoked": QT_TRANSLATE_NOOP("Messages", "its author's account is disabled"),
    "act_wrong_agency": QT_TRANSLATE_NOOP(
        "Messages", "it is signed by an account of another agency"
    ),
    "act_signature_invalid": QT_TRANSLATE_NOOP(
        "Messages", "its signature does not match its author or the change"
    ),
    "act_user_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "it is signed by someone other than its author"
    ),
    "second_person_required": QT_TRANSLATE_NOOP(
        "Messages", "a tranche is confirmed by someone other than whoever recorded it"
    ),
}
SYNC_ENTITIES = {
    "person": QT_TRANSLATE_NOOP("Vocabulary", "Person"),
    "identity_document": QT_TRANSLATE_NOOP("Vocabulary", "Identity document"),
    "consent": QT_TRANSLATE_NOOP("Vocabulary", "Consent"),
    "pathway_stage": QT_TRANSLATE_NOOP("Vocabulary", "Pathway stage"),
    "grant_application": QT_TRANSLATE_NOOP("Vocabulary", "Grant application"),
    "disbursement": QT_TRANSLATE_NOOP("Vocabulary", "Tranche"),
    "referral": QT_TRANSLATE_NOOP("Vocabulary", "Referral"),
    "appointment": QT_TRANSLATE_NOOP("Vocabulary", "Appointment"),
    "internship": QT_TRANSLATE_NOOP("Vocabulary", "Internship"),
    "programme": QT_TRANSLATE_NOOP("Vocabulary", "Programme"),
    "user_account": QT_TRANSLATE_NOOP("Vocabulary", "User account"),
}
WARNINGS = {
    "document_expired": QT_TRANSLATE_NOOP(
        "Messages",
        "%(document)s %(number)s expired on %(date)s (%(days)s days ago): renewal needed.",
    ),
    "document_expiring": QT_TRANSLATE_NOOP(
        "Messages",
        "%(document)s %(number)s expires on %(date)s (in %(days)s days): plan the renewal.",
    ),
}
MATCH_REASONS = {
    "same_document": QT_TRANSLATE_NOOP("Messages", "Same document number (%(detail)s)"),
    "same_phone": QT_TRANSLATE_NOOP("Messages", "Same phone number (%(detail)s)"),
    "same_birth_date_similar_name": QT_TRANSLATE_NOOP(
        "Messages", "Same date of birth and a similar name (%(detail)s %% alike)"
    ),
}


# QT_TRANSLATE_NOOP is typed as returning object: the tables are Mapping[str, object].
def label(table: Mapping[str, object], code: str) -> str:
    """The translated label of ``code``, or the code itself for an unknown value."""
    source = table.get(code)
    if source is None:
        return code
    return QCoreApplication.translate("Vocabulary", str(source))


def message(table: Mapping[str, object], code: str, params: Mapping[str, Any] | None = None) -> str:
    source = table.get(code)
    text = QCoreApplication.translate("Messages", str(source)) if source else code
    try:
        return text % dict(params or {})
    except (KeyError, ValueError, TypeError):
        return text


_CODE_PARAMS: dict[str, Mapping[str, object]] = {
    "stage": STAGE,
    "from": STAGE_STATUS,
    "to": STAGE_STATUS,
    "track": TRACK,
    "status": LEGAL_STATUS,
}


def _iso_day(value: str) -> str:
    """A date a rule gave as 'YYYY-MM-DD', written as dates are shown ('' if not one)."""
    try:
        return format_date(date.fromisoformat(value))
    except ValueError:
        return ""


def problem_text(problem: Problem) -> str:
    """The message of a problem, with coded parameters (a stage, a status) translated too."""
    params = {
        key: label(_CODE_PARAMS[key], value)
        if key in _CODE_PARAMS and isinstance(value, str)
        else _iso_day(value)
        if key == "on" and isinstance(value, str) and _iso_day(value)
        else isolate(value)
        if isinstance(value, str)
        else value
        for key, value in problem.params.items()
    }
    return message(PROBLEMS, problem.code, params)


DATE_FORMAT = "dd/MM/yyyy"  # the Moroccan administrative convention, in every language


def format_date(value: date | None) -> str:
    """Dates as 21/03/2026 in French, Arabic and English alike, kept left to right."""
    if value is None:
        return ""
    return ltr(value.strftime("%d/%m/%Y"))


@functools.lru_cache(maxsize=4)
def babel_locale(language: str) -> Locale:
    try:
        return Locale.parse(LOCALES.get(language, language))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("fr")


@functools.lru_cache(maxsize=4)
def _country_names(language: str) -> dict[str, str]:
    return dict(countries(language))


def country_name(code: str, language: str) -> str:
    return _country_names(language).get(code, code)


@functools.lru_cache(maxsize=4)
def countries(language: str) -> list[tuple[str, str]]:
    """ISO codes and localised names of countries (CLDR), sorted by name; Morocco first."""
    locale = babel_locale(language)
    items = [
        (code, name)
        for code, name in locale.territories.items()
        if len(code) == 2
        and code.isalpha()
        and code not in ("EU", "EZ", "UN", "QO", "XA", "XB", "ZZ")
    ]
    items.sort(key=lambda item: item[1].casefold())
    items.sort(key=lambda item: item[0] != "MA")
    return items


def language_name(code: str, language: str) -> str:
    if code in LANGUAGE_NAMES:
        return label(LANGUAGE_NAMES, code)
    locale = babel_locale(language)
    name = locale.languages.get(code) or code
    return name[:1].upper() + name[1:]


def weekday_date(value: date, language: str) -> str:
    """``lundi 23/11/2026``, ``الاثنين 23/11/2026``: the day's name in the user's language."""
    from babel.dates import format_date as babel_format_date

    day = babel_format_date(value, "EEEE", locale=babel_locale(language))
    return f"{day[:1].upper()}{day[1:]} {format_date(value)}"


def format_time_range(start: datetime, end: datetime) -> str:
    """``09:00–09:30`` as one left-to-right run (in Arabic too, the start stays first)."""
    return ltr(f"{start.astimezone():%H:%M}–{end.astimezone():%H:%M}")
