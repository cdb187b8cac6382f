"""What the person search indexes, and how typed text becomes an index query.

The index holds, per person, the folded names in both scripts, the file number, phone digits
(national and international) and identity-document numbers; a second column holds consonant
keys so that 'mohamed' finds 'محمد' and the reverse. Matching is by substring (trigrams).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from counsellor_app.core.normalize import digits_only, document_key, fold, word_skeletons

TRIGRAM = 3


@dataclass(frozen=True)
class SearchDocument:
    text: str
    keys: str


def search_document(
    names: Iterable[str],
    file_number: str,
    phone_keys: Iterable[str],
    document_numbers: Iterable[str],
) -> SearchDocument:
    name_text = " ".join(n for n in names if n)
    parts = [fold(name_text), fold(file_number).replace(" ", ""), *phone_keys]
    parts.extend(document_key(number).lower() for number in document_numbers)
    return SearchDocument(" ".join(p for p in parts if p), " ".join(word_skeletons(name_text)))


@dataclass(frozen=True)
class SearchPlan:
    """An FTS5 MATCH expression for the long terms, and LIKE patterns for the short ones."""

    match: str | None
    like_terms: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        return self.match is None and not self.like_terms


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def plan_search(typed: str) -> SearchPlan:
    """Every typed word must match (AND); a word matches a name, a number, or a consonant key."""
    stripped = typed.strip()
    if re.fullmatch(r"[+\d\s().\-/٠-٩]+", stripped) and len(digits_only(stripped)) >= TRIGRAM:
        digits = digits_only(stripped)
        return SearchPlan(f"text : {_quote(digits)}", ())
    clauses: list[str] = []
    short: list[str] = []
    for term in fold(typed).split(" "):
        if not term:
            continue
        if len(term) < TRIGRAM:
            short.append(term)
            continue
        alternatives = [f"text : {_quote(term)}"]
        key = "".join(word_skeletons(term))
        if len(key) >= TRIGRAM and key != term:
            alternatives.append(f"keys : {_quote(key)}")
        clauses.append("(" + " OR ".join(alternatives) + ")")
    return SearchPlan(" AND ".join(clauses) if clauses else None, tuple(short))
