"""A person's form saved over a profile that changed since the form was opened.

The profile is compared field by field, in the form the database keeps (cleaned text, phone
in E.164, lists as sets), so that a field shown differently from how it is stored ("06 12 34
56 78" for +212612345678) is not taken for an edit. Each identity document is compared field
by field too, under ``document:<id>:<field>``, with ``document:<id>`` saying whether it is
still there (``KEPT``, ``EDITED`` or None when removed), so that a document removed on one side
and corrected on the other is asked about rather than silently dropped or revived; the consent
is one unit (its date, purposes and expiry belong together).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, replace
from typing import Any

from counsellor_app.core.merge import FieldConflict, merge_form
from counsellor_app.core.person import ConsentInput, IdentityDocumentInput, PersonInput
from counsellor_app.core.phone import parse_phone
from counsellor_app.core.problems import DomainError
from counsellor_app.core.text import clean_block, clean_line

# The form's field → the stored field its value lands in (the name a conflict carries).
STORED_NAME = {"phone": "phone_e164"}
_BLOCKS = frozenset({"experience", "skills"})
_SETS = frozenset({"languages", "vulnerabilities"})
DOCUMENT_FIELDS = ("doc_type", "number", "expires_on", "issued_on")
DOCUMENT_PREFIX = "document:"
KEPT, EDITED = "kept", "edited"  # a document's presence: as opened, or changed since


def _phone(text: str) -> str | None:
    cleaned = clean_line(text)
    if not cleaned:
        return None
    try:
        return parse_phone(cleaned)
    except DomainError:
        return cleaned  # refused later by validation, compared as typed meanwhile


def _value(name: str, value: Any) -> Any:
    if name == "phone":
        return _phone(value)
    if name == "nationality":
        return value.strip().upper()
    if name in _SETS:
        return tuple(sorted(set(value)))
    if name == "consent":
        return value if value.given else ConsentInput()
    if isinstance(value, str):
        return clean_block(value) if name in _BLOCKS else clean_line(value)
    return value


def document_key(document_id: str, name: str | None = None) -> str:
    return DOCUMENT_PREFIX + document_id + ("" if name is None else ":" + name)


def _document_value(name: str, doc: IdentityDocumentInput) -> Any:
    value = getattr(doc, name)
    return clean_line(value) if isinstance(value, str) else value


def person_fields(data: PersonInput) -> dict[str, Any]:
    """The profile as comparable stored values (new documents, without an id, are left out:
    they are the form's own and always kept)."""
    out: dict[str, Any] = {}
    for f in fields(PersonInput):
        if f.name != "documents":
            out[STORED_NAME.get(f.name, f.name)] = _value(f.name, getattr(data, f.name))
    for doc in data.documents:
        if doc.id:
            out[document_key(doc.id)] = KEPT
            for name in DOCUMENT_FIELDS:
                out[document_key(doc.id, name)] = _document_value(name, doc)
    return out


def merge_person(
    base: PersonInput,
    mine: PersonInput,
    theirs: PersonInput,
    chosen: Mapping[str, Any] | None = None,
) -> tuple[PersonInput, tuple[FieldConflict, ...]]:
    """The profile to save: ``theirs`` (stored now) with what the form changed since ``base``.

    Returns the merged input and the conflicts still open (fields both sides changed to
    different values, unless ``chosen`` settles them). Where a value is taken whole from one
    side, that side's own value is used (its order of languages, its phone as typed), so that
    saving writes no change the person did not make.
    """
    base_fields, mine_fields, their_fields = (person_fields(d) for d in (base, mine, theirs))
    mine_ids = {d.id for d in mine.documents if d.id}
    for doc in base.documents:
        if not doc.id:
            continue
        keys = [document_key(doc.id, name) for name in DOCUMENT_FIELDS]
        for side in (mine_fields, their_fields):
            if document_key(doc.id) not in side:  # removed there: its fields untouched, gone
                side[document_key(doc.id)] = None
                side.update((key, base_fields[key]) for key in keys)
            elif any(side[key] != base_fields[key] for key in keys):
                side[document_key(doc.id)] = EDITED
    result = merge_form(base_fields, mine_fields, their_fields, chosen)
    values = result.values
    changes: dict[str, Any] = {}
    for f in fields(PersonInput):
        if f.name == "documents":
            continue
        key = STORED_NAME.get(f.name, f.name)
        if values[key] == mine_fields[key]:
            changes[f.name] = getattr(mine, f.name)
        elif values[key] == their_fields[key]:
            changes[f.name] = getattr(theirs, f.name)
        else:  # a value chosen in a conflict
            changes[f.name] = "" if values[key] is None and f.name == "phone" else values[key]
    documents: list[IdentityDocumentInput] = []
    for doc in mine.documents:
        if not doc.id:
            documents.append(doc)
        elif values.get(document_key(doc.id)):
            documents.append(_document(doc, values))
    their_docs = [d for d in theirs.documents if d.id and d.id not in mine_ids]
    for doc in their_docs:
        if values.get(document_key(doc.id or "")):
            documents.append(_document(doc, values))
    return replace(mine, **changes, documents=tuple(documents)), result.conflicts


def _document(doc: IdentityDocumentInput, values: Mapping[str, Any]) -> IdentityDocumentInput:
    doc_id = doc.id or ""
    merged = {name: values[document_key(doc_id, name)] for name in DOCUMENT_FIELDS}
    if all(merged[name] == _document_value(name, doc) for name in DOCUMENT_FIELDS):
        return doc
    return IdentityDocumentInput(
        merged["doc_type"], merged["number"], merged["expires_on"], merged["issued_on"], doc_id
    )
