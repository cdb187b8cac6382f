"""Masking a file's sensitive fields for whoever has no need to know them (Law 09-08).

Sensitive here: situations that reveal health, violence or trafficking, and identity document
numbers (a CIN number puts the processing under CNDP authorisation; domain.md §5). A masked
file keeps the last three characters of each number, enough to check it against the card in
the person's hand. Saving a masked form never erases what it could not show.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from counsellor_app.core.person import IdentityDocumentInput, PersonInput
from counsellor_app.core.vocab import SENSITIVE_FLAGS

MASK = "•"
SHOWN_TAIL = 3
MIN_REASON = 10


def mask_number(number: str) -> str:
    if not number:
        return ""
    tail = number[-SHOWN_TAIL:] if len(number) > SHOWN_TAIL else ""
    return MASK * max(4, len(number) - len(tail)) + tail


def is_masked(number: str) -> bool:
    return number.startswith(MASK)


def has_sensitive(data: PersonInput) -> bool:
    return any(flag in SENSITIVE_FLAGS for flag in data.vulnerabilities)


def masked(data: PersonInput) -> PersonInput:
    return replace(
        data,
        vulnerabilities=tuple(f for f in data.vulnerabilities if f not in SENSITIVE_FLAGS),
        documents=tuple(replace(d, number=mask_number(d.number)) for d in data.documents),
    )


def unmasked(incoming: PersonInput, stored: PersonInput) -> PersonInput:
    """What a masked form's save means: the visible fields as typed, the hidden ones as stored.

    A document whose number is still masked keeps its stored number; a new document, or a
    number typed over the mask, is taken as typed.
    """
    stored_numbers = {d.id: d.number for d in stored.documents if d.id}
    documents: list[IdentityDocumentInput] = []
    for doc in incoming.documents:
        kept = is_masked(doc.number) and doc.id in stored_numbers
        documents.append(replace(doc, number=stored_numbers[doc.id or ""]) if kept else doc)
    visible = [f for f in incoming.vulnerabilities if f not in SENSITIVE_FLAGS]
    hidden = [f for f in stored.vulnerabilities if f in SENSITIVE_FLAGS]
    return replace(incoming, vulnerabilities=tuple(visible + hidden), documents=tuple(documents))


def masked_changes(entity: str, changes: Mapping[str, Any]) -> dict[str, Any]:
    """A history entry as someone without the right may read it."""
    shown = dict(changes)
    if entity == "identity_document":
        for name in ("number", "number_key"):
            if name in shown:
                shown[name] = [mask_number(v) if isinstance(v, str) else v for v in shown[name]]
    if entity == "person" and "vulnerabilities" in shown:
        shown["vulnerabilities"] = [
            [f for f in v if f not in SENSITIVE_FLAGS] if isinstance(v, list) else v
            for v in shown["vulnerabilities"]
        ]
    return shown
