"""A document language: its texts (resources/documents/<lang>.toml), dates, amounts, countries."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, time
from functools import cache
from typing import Any

from babel import Locale
from babel.dates import format_date, format_time

from counsellor_app.core.languages import LANGUAGES, LOCALES
from counsellor_app.core.money import format_mad
from counsellor_app.documents.bidi_text import has_rtl, isolate
from counsellor_app.storage.paths import resources_dir

_LATIN = re.compile(r"[A-Za-z0-9\u00c0-\u024f]")


@cache
def _texts(language: str) -> dict[str, Any]:
    with (resources_dir() / "documents" / f"{language}.toml").open("rb") as file:
        return tomllib.load(file)


@dataclass(frozen=True)
class Wording:
    language: str

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"no document wording for {self.language!r}")

    @property
    def rtl(self) -> bool:
        return self.language == "ar"

    def raw(self, key: str) -> str:
        node: Any = _texts(self.language)
        for part in key.split("."):
            node = node[part]
        if not isinstance(node, str):
            raise KeyError(key)
        return node

    def text(self, key: str, **values: object) -> str:
        """The text of ``key`` with its fields filled; a filled value keeps its own direction
        (a Latin name in an Arabic sentence, an Arabic name in a French one)."""
        return self.raw(key).format_map({k: self._embed(str(v)) for k, v in values.items()})

    def label(self, table: str, code: str) -> str:
        try:
            return self.raw(f"labels.{table}.{code}")
        except KeyError:
            return code

    def _embed(self, value: str) -> str:
        if not any(ch.isalpha() for ch in value):  # a phone number, an amount: one unbroken run
            value = value.replace(" ", "\u00a0")
        same_direction = has_rtl(value) == self.rtl and not (self.rtl and _LATIN.search(value))
        return value if same_direction else isolate(value)

    def date(self, value: date | str | None) -> str:
        if not value:
            return ""
        day = date.fromisoformat(value) if isinstance(value, str) else value
        return format_date(day, "d MMMM y", locale=LOCALES[self.language])

    def time(self, value: time | str) -> str:
        moment = time.fromisoformat(value) if isinstance(value, str) else value
        return format_time(moment, "HH:mm", locale=LOCALES[self.language])

    def money(self, centimes: int) -> str:
        return format_mad(centimes, self.language)

    def country(self, code: str | None) -> str:
        if not code:
            return ""
        return str(Locale.parse(LOCALES[self.language]).territories.get(code.upper(), code))
