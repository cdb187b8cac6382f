"""Duplicates across agencies (issue 22, 6): the same person registered by two agencies.

Computed incrementally when a person or an identity document is pushed (``refresh``, called
by the push in the same transaction): the person's keys are replaced in ``duplicate_key``,
people of *other* agencies sharing a key are read, and the PCs' own rule decides
(``core.duplicates.find_duplicates`` over ``core.normalize`` folding, rapidfuzz for near
names), so the server and the PCs can never disagree on what a duplicate is. Incremental
rather than a batch: a pair shows in the console as soon as the second agency syncs, and the
cost is a few indexed reads per person pushed (benchmarks/duplicates_bench.py).

The PCs hear of a pair only once the national administrator confirms it (``decide``): an open
pair changes nothing a PC pushes or pulls, so a PC cannot learn that a document number or a
phone exists in another agency by registering it.

Keys are digests: a document number is found elsewhere through its SHA-256, never stored or
logged in clear by this module. Nothing here logs; the pairs hold ids and reason codes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import Session

from counsellor_app.core.duplicates import PersonKeys, find_duplicates
from counsellor_app.core.ids import new_id
from counsellor_app.core.normalize import digits_only, document_key
from counsellor_app.server import duplicate_notices, duplicate_withdrawal, person_links
from counsellor_app.server.bulk import among, insert_many
from counsellor_app.server.duplicate_models import DuplicateCandidate, DuplicateKey
from counsellor_app.server.models import Record

OPEN, CONFIRMED, DISMISSED = "open", "confirmed", "dismissed"
STATUSES = (OPEN, CONFIRMED, DISMISSED)
# People of other agencies read per person at most: a birth date shared by thousands (1 January
# for people who do not know theirs) must not make one push read a whole register.
MAX_OTHERS = 400
# Kinds of record whose change can change a person's keys, and the fields that do: an edit
# of anything else (a phone call noted, a skill) costs the push nothing here.
KEY_FIELDS = {
    "person": frozenset(
        {"last_name", "first_name", "last_name_ar", "first_name_ar", "date_of_birth",
         "phone_e164", "deleted_at"}
    ),
    "identity_document": frozenset({"person_id", "number", "deleted_at"}),
}  # fmt: skip
WATCHED = frozenset(KEY_FIELDS)


def changes_keys(op: Mapping[str, Any]) -> bool:
    """Whether a pushed operation may change its person's keys (a creation always may)."""
    fields = KEY_FIELDS.get(str(op.get("entity")))
    changes = op.get("changes")
    if fields is None or not isinstance(changes, Mapping):
        return False
    return op.get("action") != "update" or not fields.isdisjoint(changes)


def _digest(kind: str, value: str) -> str:
    return hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()


def person_keys(fields: Mapping[str, Any], documents: Iterable[Mapping[str, Any]]) -> PersonKeys:
    """What the PCs compare, built from the server's copy of the records. Document numbers are
    folded again here (``document_key``): a PC's ``number_key`` is data, not trusted."""
    born = fields.get("date_of_birth")
    phone = digits_only(str(fields.get("phone_e164") or ""))
    return PersonKeys(
        str(fields.get("last_name") or ""),
        str(fields.get("first_name") or ""),
        str(fields.get("last_name_ar") or ""),
        str(fields.get("first_name_ar") or ""),
        date.fromisoformat(born) if isinstance(born, str) and len(born) == 10 else None,
        f"+{phone}" if len(phone) >= 6 else None,
        frozenset(
            key
            for d in documents
            if not d.get("deleted_at")
            for key in [document_key(str(d.get("number") or ""))]
            if key
        ),
    )


def digests(keys: PersonKeys) -> set[str]:
    """The index entries of a person: each document, the phone, the birth date (the name is
    compared only among people born the same day, as on the PCs)."""
    found = {_digest("doc", key) for key in keys.document_keys}
    if keys.phone_e164:
        found.add(_digest("phone", keys.phone_e164))
    if keys.date_of_birth is not None:
        found.add(_digest("dob", keys.date_of_birth.isoformat()))
    return found


def _load(session: Session, person_ids: list[str]) -> dict[str, tuple[Record, PersonKeys]]:
    if not person_ids:
        return {}
    people = session.scalars(
        select(Record).where(Record.entity == "person", among(session, Record.id, person_ids))
    ).all()
    documents: dict[str, list[Mapping[str, Any]]] = {}
    for person_id, fields in session.execute(
        select(Record.person_id, Record.fields).where(
            Record.entity == "identity_document", among(session, Record.person_id, person_ids)
        )
    ):
        documents.setdefault(str(person_id), []).append(fields)
    return {p.id: (p, person_keys(p.fields, documents.get(p.id, ()))) for p in people}


def refresh(session: Session, person_ids: Iterable[str], now: datetime) -> int:
    """Bring the keys and the open pairs of these people up to date (in the caller's
    transaction). Returns how many pairs were opened. A pair already decided stays decided.

    A handful of queries per batch, whatever its size: the batch's people, who else holds
    their keys, those people, the pairs already known."""
    wanted = sorted({p for p in person_ids if p})
    if not wanted:
        return 0
    loaded = _load(session, wanted)
    live = {p: lk for p, lk in loaded.items() if not lk[0].fields.get("deleted_at")}
    session.execute(delete(DuplicateKey).where(among(session, DuplicateKey.person_id, wanted)))
    rows: list[dict[str, str]] = []
    for person_id, (record, keys) in live.items():
        rows.extend(
            {"person_id": person_id, "digest": d, "agency_id": record.owner_agency_id}
            for d in sorted(digests(keys))
        )
    insert_many(session, DuplicateKey.__table__, rows)  # type: ignore[arg-type]
    # Who else holds each key, in one query: at most MAX_OTHERS per key, so that a birth
    # date shared by thousands (1 January) never makes one push read a whole register.
    wanted_digests = sorted({d for _r, keys in live.values() for d in digests(keys)})
    rank = (
        func.row_number()
        .over(partition_by=DuplicateKey.digest, order_by=DuplicateKey.person_id)
        .label("rank")
    )
    # A push is one agency's people: only other agencies' holders can pair with them, and
    # leaving out its own (read on the (digest, agency) index) keeps a birth date shared by a
    # whole register from being ranked at every push of that agency.
    owners = {record.owner_agency_id for record, _keys in live.values()}
    others_only = [DuplicateKey.agency_id != next(iter(owners))] if len(owners) == 1 else []
    holders = (
        select(DuplicateKey.digest, DuplicateKey.person_id, DuplicateKey.agency_id, rank)
        .where(among(session, DuplicateKey.digest, wanted_digests), *others_only)
        .subquery()
    )
    by_digest: dict[str, list[tuple[str, str]]] = {}
    for digest, holder, agency in session.execute(
        select(holders.c.digest, holders.c.person_id, holders.c.agency_id).where(
            holders.c.rank <= MAX_OTHERS + len(wanted)
        )
    ):
        by_digest.setdefault(digest, []).append((holder, agency))
    found: dict[str, list[str]] = {}
    for person_id, (record, keys) in live.items():
        seen = {
            holder
            for d in digests(keys)
            for holder, agency in by_digest.get(d, ())
            if agency != record.owner_agency_id
        }
        found[person_id] = sorted(seen)[:MAX_OTHERS]
    strangers = sorted({o for ids in found.values() for o in ids} - loaded.keys())
    people = {**loaded, **_load(session, strangers)}
    known = {
        (c.person_a, c.person_b): c
        for c in session.scalars(
            select(DuplicateCandidate).where(
                or_(
                    among(session, DuplicateCandidate.person_a, wanted),
                    among(session, DuplicateCandidate.person_b, wanted),
                )
            )
        )
    }
    # Every pair seen from either side (a side may miss the other past MAX_OTHERS).
    pairs: dict[tuple[str, str], list[str]] = {}
    for person_id, (record, keys) in live.items():
        others = (
            (o, people[o][1])
            for o in found[person_id]
            if o in people
            and not people[o][0].fields.get("deleted_at")
            and people[o][0].owner_agency_id != record.owner_agency_id
        )
        for match in find_duplicates(keys, others):
            pair = (min(person_id, match.person_id), max(person_id, match.person_id))
            pairs[pair] = sorted({r.code for r in match.reasons})
    for pair, candidate in known.items():
        if candidate.status == OPEN and pair not in pairs:
            # The key they shared was corrected: no longer a pair to look at (no agency was
            # told of an open pair, so there is nothing to withdraw); the trail keeps that it went.
            duplicate_withdrawal.withdraw(session, candidate, now)
    opened = 0
    for pair, reasons in sorted(pairs.items()):
        already = known.get(pair)
        if already is not None:
            if already.status == OPEN and reasons != already.reasons:
                already.reasons = reasons
            continue
        session.add(
            DuplicateCandidate(
                id=new_id(), person_a=pair[0], person_b=pair[1],
                agency_a=people[pair[0]][0].owner_agency_id,
                agency_b=people[pair[1]][0].owner_agency_id,
                reasons=reasons, status=OPEN, detected_at=now,
            )
        )  # fmt: skip
        opened += 1
    return opened


def refresh_all(session: Session, now: datetime, batch: int = 500) -> int:
    """Every person, a batch at a time: for a register loaded before this existed (or from a
    bundle import that bypassed nothing but predates it). Returns the pairs opened."""
    opened, after = 0, ""
    while True:
        ids = list(
            session.scalars(
                select(Record.id)
                .where(Record.entity == "person", Record.id > after)
                .order_by(Record.id)
                .limit(batch)
            )
        )
        if not ids:
            return opened
        opened += refresh(session, ids, now)
        after = ids[-1]


def visible_to(agency_id: str | None) -> Any:
    """The pairs a console account may see: all (national), or the decided ones naming her
    agency. An open pair is the national administrator's alone: shown to an agency at once,
    it would tell her that another agency holds a number her PC just pushed (a probe)."""
    if agency_id is None:
        return True
    return and_(
        DuplicateCandidate.status != OPEN,
        or_(DuplicateCandidate.agency_a == agency_id, DuplicateCandidate.agency_b == agency_id),
    )


class DecisionRefused(Exception):
    """The pair was already decided (by someone else in another tab): nothing changed."""


def decide(
    session: Session, candidate: DuplicateCandidate, status: str, account_id: str, now: datetime
) -> str | None:
    """Confirm (``confirmed``: one person, linked for national counts) or dismiss a pair;
    both agencies' notices say so. Returns the canonical id when linked."""
    if status not in (CONFIRMED, DISMISSED):
        raise ValueError(status)
    if candidate.status != OPEN:
        raise DecisionRefused(candidate.id)
    candidate.status, candidate.decided_by, candidate.decided_at = status, account_id, now
    canonical = None
    if status == CONFIRMED:
        canonical = person_links.link(
            session, candidate.person_a, candidate.person_b, candidate.id, now
        )
        # Told only now, once a person at the centre has looked: until then nothing a PC
        # receives depends on what other agencies hold (no probing by pushing a number).
        duplicate_notices.publish(session, candidate, now)
    return canonical


def forget(session: Session, person_id: str, now: datetime) -> None:
    """A person erased (right to be forgotten): her keys, pairs and link go, her agency's
    notice with them; the other agency's notice is archived (its PCs drop it)."""
    session.execute(delete(DuplicateKey).where(DuplicateKey.person_id == person_id))
    for candidate in session.scalars(
        select(DuplicateCandidate).where(
            or_(DuplicateCandidate.person_a == person_id, DuplicateCandidate.person_b == person_id)
        )
    ):
        duplicate_notices.withdraw(session, candidate, now)
        session.execute(
            delete(Record).where(
                Record.entity == duplicate_notices.KIND,
                Record.id == duplicate_notices.notice_id(candidate.id, person_id),
            )
        )
        session.delete(candidate)
    person_links.unlink(session, person_id)
    session.flush()
