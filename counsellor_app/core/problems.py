"""Domain messages are codes with parameters; the UI turns them into translated text."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Problem:
    """Something wrong with user input or with a requested action.

    ``field`` names the form field it belongs to (None for the whole form); ``code`` is stable and
    translated by the UI; ``params`` fill placeholders in the translated text.
    """

    code: str
    field: str | None = None
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)


class DomainError(Exception):
    """An expected refusal: the user is told why, nothing is saved, nothing typed is lost."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(", ".join(p.code for p in self.problems))

    @classmethod
    def single(cls, code: str, field: str | None = None, **params: Any) -> DomainError:
        return cls([Problem(code, field, params)])
