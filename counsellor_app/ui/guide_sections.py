"""Where F1 leads: the user guide's section for each screen of the app.

The names are the anchors of the guide (``SECTIONS`` in scripts/user_guide.py); declaring them
once here lets the guide and the screens meet in one place. A screen the guide has no section of
its own for yet points at the nearest one, or at the guide's contents (``None``): when the guide
grows a section, only this module changes. tests/ui/test_help_sections.py holds every name to an
anchor of the guide in each language.
"""

from __future__ import annotations

# The guide's sections today.
LOGIN = "login"
REGISTER = "register"
INTAKE = "intake-errors"
PATHWAY = "pathway"
COHORTS = "cohorts"
PRINTED = "printed"
TODO = "todo"
SENSITIVE = "masked-file"
BACKUPS = "backups"
AUDIT = "audit"
IMPORT = "import-export"  # the import dialog, its workbook template and the register's export

# Screens without a section of their own yet: the nearest one, or the contents (None).
ACCOUNTS = LOGIN  # passwords and their reset are described with logging in
FIRST_START = LOGIN  # the first administrator and the recovery key
SETTINGS = BACKUPS  # the settings are mostly where and how often backups go
AGENDA = TODO  # appointments to record are part of the to-do list
REFERRALS = TODO  # referrals waiting for an answer are part of the to-do list
ATTACHMENTS = INTAKE
DOCUMENTS = INTAKE
HISTORY = SENSITIVE  # the history shows who saw and changed what
INDICATORS: str | None = None
SYNC: str | None = None
GRANTS = PATHWAY

# The main window's permanent tabs, by the key MainWindow gives them.
MAIN_TABS: dict[str, str | None] = {
    "register": REGISTER,
    "todo": TODO,
    "agenda": AGENDA,
    "cohorts": COHORTS,
    "indicators": INDICATORS,
}

# The tabs of an open file, by the key PersonFile gives them ("profile" is the form).
FILE_TABS: dict[str, str | None] = {
    "profile": INTAKE,
    "pathway": PATHWAY,
    "internship": PATHWAY,
    "ae": PATHWAY,
    "business_plan": PATHWAY,
    "grant": GRANTS,
    "referrals": REFERRALS,
    "appointments": AGENDA,
    "attachments": ATTACHMENTS,
    "printed": PRINTED,
    "history": HISTORY,
}
