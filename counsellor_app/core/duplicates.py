"""Who might already be registered: the cascade counsellors asked for, with the reason shown.

1. same identity-document number (any type), 2. same phone number, 3. same date of birth with
a similar name in either script (spelling variants folded, consonant keys compared).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz

from counsellor_app.core.normalize import fold, skeleton

NAME_SIMILARITY_THRESHOLD = 80
# Every reason a match can give (the server's notices carry these codes).
REASON_CODES = ("same_document", "same_phone", "same_birth_date_similar_name")


@dataclass(frozen=True)
class PersonKeys:
    """What duplicate detection compares, for the new person and for each candidate."""

    last_name: str
    first_name: str
    last_name_ar: str = ""
    first_name_ar: str = ""
    date_of_birth: date | None = None
    phone_e164: str | None = None
    document_keys: frozenset[str] = frozenset()


@dataclass(frozen=True)
class MatchReason:
    code: str  # "same_document" | "same_phone" | "same_birth_date_similar_name"
    detail: str = ""  # the document number, the phone, or the similarity in percent


@dataclass(frozen=True)
class DuplicateMatch:
    person_id: str
    reasons: tuple[MatchReason, ...]

    @property
    def strength(self) -> int:
        weights = {"same_document": 100, "same_phone": 40, "same_birth_date_similar_name": 60}
        return sum(weights.get(r.code, 0) for r in self.reasons)


def name_similarity(a: PersonKeys, b: PersonKeys) -> int:
    """Best similarity in percent between the two names, in whichever script both have."""
    scores = [
        fuzz.token_sort_ratio(
            fold(f"{a.first_name} {a.last_name}"), fold(f"{b.first_name} {b.last_name}")
        )
    ]
    for left in (f"{a.first_name} {a.last_name}", f"{a.first_name_ar} {a.last_name_ar}"):
        for right in (f"{b.first_name} {b.last_name}", f"{b.first_name_ar} {b.last_name_ar}"):
            left_key, right_key = _sorted_skeleton(left), _sorted_skeleton(right)
            if len(left_key) >= 3 and len(right_key) >= 3:
                scores.append(fuzz.ratio(left_key, right_key))
    if a.first_name_ar.strip() and b.first_name_ar.strip():
        scores.append(
            fuzz.token_sort_ratio(
                fold(f"{a.first_name_ar} {a.last_name_ar}"),
                fold(f"{b.first_name_ar} {b.last_name_ar}"),
            )
        )
    return round(max(scores))


@lru_cache(maxsize=8192)
def _sorted_skeleton(name: str) -> str:
    """Cached: the server compares one person with hundreds born the same day."""
    return " ".join(sorted(s for s in (skeleton(w) for w in name.split()) if s))


def find_duplicates(
    new: PersonKeys, candidates: Iterable[tuple[str, PersonKeys]]
) -> list[DuplicateMatch]:
    """Rank the candidates that match ``new`` by at least one rule, strongest first."""
    matches = []
    for person_id, other in candidates:
        reasons: list[MatchReason] = []
        for key in sorted(new.document_keys & other.document_keys):
            reasons.append(MatchReason("same_document", key))
        if new.phone_e164 and new.phone_e164 == other.phone_e164:
            reasons.append(MatchReason("same_phone", new.phone_e164))
        if new.date_of_birth and new.date_of_birth == other.date_of_birth:
            similarity = name_similarity(new, other)
            if similarity >= NAME_SIMILARITY_THRESHOLD:
                reasons.append(MatchReason("same_birth_date_similar_name", str(similarity)))
        if reasons:
            matches.append(DuplicateMatch(person_id, tuple(reasons)))
    return sorted(matches, key=lambda m: -m.strength)
