"""Expected refusals raised by services, each turned into a clear message by the UI."""

from __future__ import annotations

from datetime import datetime

from counsellor_app.core.problems import DomainError, Problem


class NotAllowed(DomainError):
    def __init__(self, permission: str) -> None:
        super().__init__([Problem("not_allowed", None, {"permission": permission})])


class LoginRefused(Exception):
    """Wrong user name or password, or a disabled account (the same message for all)."""


class AccountLockedOut(Exception):
    def __init__(self, until: datetime) -> None:
        super().__init__(until.isoformat())
        self.until = until


class DatabaseUnavailable(Exception):
    """The file could not be opened or upgraded; ``reason`` is a code the UI explains: a
    ``FaultKind`` value (no_space, io_error, read_only, permission, missing, damaged,
    wrong_key) or migration_failed, already_set_up. ``subject`` says which file: the
    database or the key file (``keys``), whose remedies differ."""

    def __init__(self, reason: str, detail: str = "", subject: str = "database") -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason, self.detail, self.subject = reason, detail, subject
