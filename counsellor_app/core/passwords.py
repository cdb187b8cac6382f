"""Password policy: long enough to resist guessing on a stolen PC, simple enough to remember."""

from __future__ import annotations

from counsellor_app.core.normalize import fold
from counsellor_app.core.problems import Problem

MIN_LENGTH = 10
MAX_LENGTH = 256
_COMMON = frozenset(
    {
        "password",
        "motdepasse",
        "azertyuiop",
        "qwertyuiop",
        "1234567890",
        "0123456789",
        "0987654321",
        "anapec2024",
        "anapec2025",
        "anapec2026",
        "bienvenue1",
        "maroc12345",
    }
)


def password_problems(password: str, username: str, field: str = "password") -> list[Problem]:
    problems: list[Problem] = []
    if len(password) < MIN_LENGTH:
        problems.append(Problem("password_too_short", field, {"min": MIN_LENGTH}))
    elif len(password) > MAX_LENGTH:
        problems.append(Problem("text_too_long", field, {"max": MAX_LENGTH}))
    elif len(set(password)) < 4 or fold(password).replace(" ", "") in _COMMON:
        problems.append(Problem("password_too_common", field))
    elif username and fold(username) and fold(username) in fold(password):
        problems.append(Problem("password_contains_username", field))
    return problems
