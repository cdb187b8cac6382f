"""How an edit made offline joins the server's copy of a record (reference/sync.md §9.8).

An edit says which version it was made from (``base_version``) and, for each field it
changed, the value it saw and the value it set. Fields nobody else changed since that version
are taken as they are. A field also changed elsewhere:
- set to the same value: nothing to do;
- a guarded field (a pathway stage's status, a grant decision): the whole edit is refused as
  stale, and the counsellor re-does it on fresh data — legal and financial decisions never merge;
- the archive marker: archiving wins, so a record archived anywhere stays archived;
- otherwise both values are kept as a conflict for a person to resolve, and the later edit by
  hybrid logical clock shows meanwhile (the same winner whatever order edits arrive in).

The same rule serves a form saved on this PC over a copy that changed since it was opened
(:func:`merge_form`): untouched fields keep the newer stored value, and a field changed on both
sides is put to the person instead of being overwritten.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

# Fields whose concurrent changes are refused rather than merged.
GUARDED: Mapping[str, frozenset[str]] = {
    "pathway_stage": frozenset({"status", "started_on", "ended_on"}),
    "grant_application": frozenset({"decision", "decided_on", "approved_centimes"}),
    "disbursement": frozenset({"amount_centimes", "confirmed_by_user", "confirmed_on"}),
    "committee_item": frozenset({"votes", "conflicts", "decision", "amount_centimes"}),
}
# Records that exist once per natural key: made apart on two PCs (each PC opens a person's
# orientation stage when it first needs it), they are one record on the server.
NATURAL_KEYS: Mapping[str, tuple[str, ...]] = {
    "pathway_stage": ("person_id", "stage"),
    "enrolment": ("cohort_id", "person_id"),
    "programme_enrolment": ("programme_id", "person_id"),
    "attendance": ("session_id", "person_id"),
    "business_plan": ("person_id",),
    "ae_registration": ("person_id",),
    "letterhead_setting": ("agency_id",),
    "committee_item": ("session_id", "application_id"),
}
# The fields that name another synced record (field → its kind). A record is only taken when
# what it names is there: stored with a dangling reference, it would stop every PC's pull at
# that page (their database refuses it). A test keeps this equal to the PC's foreign keys.
REFERENCES: Mapping[str, Mapping[str, str]] = {
    "ae_registration": {"person_id": "person"},
    "appointment": {"person_id": "person", "counsellor_id": "user_account"},
    "attachment": {"person_id": "person"},
    "attendance": {"session_id": "cohort_session", "person_id": "person"},
    "business_plan": {"person_id": "person"},
    "cohort": {"agency_id": "agency"},
    "cohort_session": {"cohort_id": "cohort"},
    "committee_item": {
        "session_id": "committee_session",
        "application_id": "grant_application",
        "person_id": "person",
    },
    "committee_session": {"agency_id": "agency", "programme_id": "programme"},
    "consent": {"person_id": "person", "recorded_by": "user_account"},
    "disbursement": {"application_id": "grant_application"},
    "duplicate_notice": {"person_id": "person"},
    "enrolment": {"cohort_id": "cohort", "person_id": "person"},
    "follow_up_visit": {"person_id": "person"},
    "grant_application": {"person_id": "person", "envelope_id": "budget_envelope"},
    "identity_document": {"person_id": "person"},
    "internship": {"person_id": "person", "host_id": "host_organisation"},
    "issued_document": {"person_id": "person", "issued_by": "user_account"},
    "letterhead_setting": {"agency_id": "agency"},
    "outcome": {"person_id": "person"},
    "pathway_stage": {"person_id": "person", "counsellor_id": "user_account"},
    "programme_enrolment": {"programme_id": "programme", "person_id": "person"},
    "person": {"owner_agency_id": "agency", "counsellor_id": "user_account"},
    "referral": {"person_id": "person", "partner_id": "partner", "counsellor_id": "user_account"},
    "scoring_grid": {"agency_id": "agency", "programme_id": "programme"},
    "user_account": {"agency_id": "agency"},
}
ARCHIVE_FIELD = "deleted_at"
# Who made or last touched the record, and when: the later clock wins, no one is asked.
QUIET = frozenset({"created_at", "created_by", "updated_at", "updated_by"})


@dataclass(frozen=True)
class FieldConflict:
    field: str
    base_value: Any  # what the edit was made from
    server_value: Any  # what the server had
    incoming_value: Any  # what the edit set
    kept: str  # "server" or "incoming": the value shown until someone resolves it


@dataclass(frozen=True)
class Merge:
    updates: dict[str, Any] = field(default_factory=dict)
    conflicts: tuple[FieldConflict, ...] = ()
    stale_fields: tuple[str, ...] = ()  # guarded fields changed meanwhile: the edit is refused

    @property
    def refused(self) -> bool:
        return bool(self.stale_fields)


def references(entity: str, changes: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(kind, id) of the records an operation's new values name (``changes``: field →
    [old, new])."""
    named = []
    for name, kind in REFERENCES.get(entity, {}).items():
        pair = changes.get(name)
        if isinstance(pair, list | tuple) and len(pair) == 2 and isinstance(pair[1], str):
            named.append((kind, pair[1]))
    return named


def merge(
    entity: str,
    current: Mapping[str, Any],
    field_versions: Mapping[str, int],
    field_clocks: Mapping[str, str],
    base_version: int,
    changes: Mapping[str, tuple[Any, Any] | list[Any]],
    clock: str,
) -> Merge:
    """Three-way merge of one edit into the server's copy.

    ``field_versions`` gives the record version at which each field last changed and
    ``field_clocks`` the HLC of that change; ``clock`` is the incoming edit's HLC.
    """
    guarded = GUARDED.get(entity, frozenset())
    updates: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    stale: list[str] = []
    for name, (old, new) in changes.items():
        if field_versions.get(name, 0) <= base_version:
            updates[name] = new
            continue
        server_value = current.get(name)
        if server_value == new:
            continue
        if name in QUIET:
            if clock > field_clocks.get(name, ""):
                updates[name] = new
        elif name in guarded:
            stale.append(name)
        elif name == ARCHIVE_FIELD:
            if new is not None:
                updates[name] = new  # archived elsewhere or here: it stays archived
        else:
            incoming_wins = clock > field_clocks.get(name, "")
            if incoming_wins:
                updates[name] = new
            conflicts.append(
                FieldConflict(
                    name, old, server_value, new, "incoming" if incoming_wins else "server"
                )
            )
    if stale:
        return Merge(stale_fields=tuple(stale))
    return Merge(updates, tuple(conflicts))


def natural_key(entity: str, fields: Mapping[str, Any]) -> str | None:
    names = NATURAL_KEYS.get(entity)
    if names is None or any(fields.get(n) in (None, "") for n in names):
        return None
    return "|".join(str(fields[n]) for n in names)


# -- a form saved over a copy that changed on this PC since the form was opened -----------------
T = TypeVar("T")
D = TypeVar("D")


@dataclass(frozen=True)
class Opened(Generic[T]):
    """What a form was opened from: the stored records' version and the values it showed.

    A save passes it back; when the version moved on meanwhile (a pull, another window, an
    import), the save is merged field by field instead of overwriting what it did not touch.
    """

    version: str
    values: T


class EditConflict(Exception):
    """A save over a newer copy where the same field changed on both sides: nothing was
    written, and the person chooses each value (``chosen`` of the next save). Raised, not
    returned, so that no caller can mistake it for a save."""

    def __init__(self, conflicts: Sequence[FieldConflict]) -> None:
        super().__init__(f"{len(conflicts)} field(s) changed elsewhere too")
        self.conflicts = tuple(conflicts)


@dataclass(frozen=True)
class FormMerge:
    values: dict[str, Any]  # every field: the stored value, or the form's where only it changed
    conflicts: tuple[FieldConflict, ...]  # server_value: the stored one; incoming: the form's


def merge_form(
    base: Mapping[str, Any],
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    chosen: Mapping[str, Any] | None = None,
) -> FormMerge:
    """Three-way merge of a form (``mine``) opened from ``base`` into the stored ``theirs``.

    The same rule as an offline edit reaching the server (:func:`merge`), with no clock to pick
    a winner: a field only the form changed takes the form's value, a field only the stored
    copy changed keeps it, and a field both changed to different values is a conflict unless
    ``chosen`` names one of its two current values (a choice made against older values asks
    again). Fields absent from a mapping count as None. Guarded fields are asked too: a
    person decides here, nothing is merged behind their back.
    """
    names = list(dict.fromkeys([*theirs, *mine, *base]))  # every field, in a stable order
    changes = {n: (base.get(n), mine.get(n)) for n in names if mine.get(n) != base.get(n)}
    moved = {n: 1 for n in names if theirs.get(n) != base.get(n)}
    merged = merge("", theirs, moved, {}, 0, changes, "")
    values = {n: theirs.get(n) for n in names}
    values.update(merged.updates)
    open_conflicts = []
    for conflict in merged.conflicts:
        if chosen is not None and conflict.field in chosen:
            choice = chosen[conflict.field]
            if choice in (conflict.incoming_value, conflict.server_value):
                values[conflict.field] = choice
                continue
        open_conflicts.append(conflict)
    return FormMerge(values, tuple(open_conflicts))


def version_of(*stamps: object) -> str:
    """A short token of the stored records a form shows (their ids, server versions and last
    change times): equal tokens mean nothing changed since the form was opened."""
    digest = hashlib.blake2b(repr(stamps).encode(), digest_size=12)
    return digest.hexdigest()


def form_fields(data: Any) -> dict[str, Any]:
    """A form's dataclass as mergeable fields: a dict field (a plan's sections) counts per
    key (``sections.market``), an empty entry as absent; other fields whole."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(data):
        value = getattr(data, f.name)
        if isinstance(value, dict):
            out.update({f"{f.name}.{k}": v for k, v in value.items() if v not in (None, "")})
        else:
            out[f.name] = value
    return out


def merge_dataclass(base: D, mine: D, theirs: D, chosen: Mapping[str, Any] | None = None) -> D:
    """:func:`merge_form` over a form's dataclass (see :func:`form_fields`); raises
    :class:`EditConflict` while a field changed on both sides is not settled by ``chosen``."""
    result = merge_form(form_fields(base), form_fields(mine), form_fields(theirs), chosen)
    if result.conflicts:
        raise EditConflict(result.conflicts)
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(mine):  # type: ignore[arg-type]
        if isinstance(getattr(mine, f.name), dict):
            prefix = f.name + "."
            changes[f.name] = {
                k[len(prefix) :]: v
                for k, v in result.values.items()
                if k.startswith(prefix) and v not in (None, "")
            }
        else:
            changes[f.name] = result.values[f.name]
    return dataclasses.replace(mine, **changes)  # type: ignore[type-var]
