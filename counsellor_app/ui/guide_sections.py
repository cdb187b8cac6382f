"""Where F1 leads: the user guide's section for each screen of the app.

The names are the anchors of the guide (``SECTIONS`` in scripts/user_guide.py); declaring them
once here lets the guide and the screens meet in one place. Every screen points at a section of
its own, never at a neighbour's: tests/ui/test_help_sections.py holds every name to an anchor of
the guide in each language, and fails for a tab or a dialog without its own section.
"""

from __future__ import annotations

# Reception.
LOGIN = "login"
FIRST_START = "setup"  # the first administrator and the recovery key
REGISTER = "register"
INTAKE = "intake-errors"  # the intake form, its duplicates and its edit conflicts
ATTACHMENTS = "attachments"
SENSITIVE = "masked-file"
# The pathway.
PATHWAY = "pathway"
COHORTS = "cohorts"
INTERNSHIP = "internship"
AE = "ae"
BUSINESS_PLAN = "business-plan"
GRANTS = "grant"
REFERRALS = "referrals"  # partners, and the file's sharing with other agencies
PROGRAMMES = "programmes"  # a person's enrolments, and the programmes' targets
# Printing.
PRINTED = "printed"
DOCUMENTS = "specimen"  # a document on screen: check, issue, print
COHORT_PRINTING = "cohort-printing"
ISSUED_REGISTER = "issued-register"
LETTERHEAD = "letterhead"
# Follow-up.
TODO = "todo"
AGENDA = "agenda"
APPOINTMENTS = "appointments"
HISTORY = "history"
# The supervisor's tools.
INDICATORS = "indicators"
AUDIT = "audit"
ACCOUNTS = "accounts"
ENVELOPES = "envelopes"
# The PC's care.
SYNC = "sync"
BACKUPS = "backups"
RESTORE = "restore"
SETTINGS = "settings"

IMPORT = "import-export"  # the import dialog, its workbook template and the register's export

# The main window's permanent tabs, by the key MainWindow gives them.
MAIN_TABS: dict[str, str] = {
    "register": REGISTER,
    "todo": TODO,
    "agenda": AGENDA,
    "cohorts": COHORTS,
    "indicators": INDICATORS,
}

# The tabs of an open file, by the key PersonFile gives them ("profile" is the form).
FILE_TABS: dict[str, str] = {
    "profile": INTAKE,
    "pathway": PATHWAY,
    "internship": INTERNSHIP,
    "ae": AE,
    "business_plan": BUSINESS_PLAN,
    "grant": GRANTS,
    "referrals": REFERRALS,
    "programmes": PROGRAMMES,
    "appointments": APPOINTMENTS,
    "attachments": ATTACHMENTS,
    "printed": PRINTED,
    "history": HISTORY,
}

# Grant committees (issue 23): sessions, agenda, votes and minutes.
COMMITTEES = "committees"
