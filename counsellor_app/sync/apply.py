"""Applying the server's changes to this PC's copy, one page per transaction with its cursor.

A change carries the record's whole current state and its server version. It is skipped when
this copy already has that version; fields with an edit still waiting to be pushed keep the
local value (the server merges that edit when it arrives). Pulled edits enter the file's
history like local ones, under the name of whoever made them; a pulled creation needs no
history row, since the record carries its author and time (``storage.history``).
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import orjson
from sqlalchemy import (
    Boolean,
    Date,
    Integer,
    LargeBinary,
    bindparam,
    column,
    delete,
    func,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from counsellor_app.core.audit import AuditAction, AuditEvent
from counsellor_app.core.clock import utc_now
from counsellor_app.core.ids import new_ids
from counsellor_app.core.merge import NATURAL_KEYS, REFERENCES, natural_key
from counsellor_app.core.normalize import fold
from counsellor_app.protocol.records import FieldProblem, check_pulled
from counsellor_app.storage import audit_log, search_index
from counsellor_app.storage import changes as published
from counsellor_app.storage.bulk import (
    insert_stored,
    json_text,
    stored_from_json,
    stored_time,
)
from counsellor_app.storage.erasure import erase_person
from counsellor_app.storage.history import NOT_IN_HISTORY, jsonable
from counsellor_app.storage.models import (
    Base,
    ChangeLog,
    LocalSetting,
    OutboxOp,
    SetAsideRecord,
    SyncedRecord,
    UserAccount,
    UTCDateTime,
)
from counsellor_app.storage.outbox import NOT_SENT

CURSOR_KEY = "sync.cursor"
EVICT_PREFIX = "sync.evict."  # people to remove once this PC's edits about them are pushed
WAITING = ("pending", "sent")


def synced_models() -> dict[str, type[SyncedRecord]]:
    return {
        mapper.local_table.name: mapper.class_  # type: ignore[attr-defined]
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, SyncedRecord)
    }


def _converter(kind: Any) -> Callable[[Any], Any] | None:
    if isinstance(kind, UTCDateTime):
        return datetime.fromisoformat
    if isinstance(kind, Date):
        return date.fromisoformat
    if isinstance(kind, LargeBinary):
        return base64.b64decode
    if isinstance(kind, Boolean):
        return bool
    if isinstance(kind, Integer):
        return int
    return None


_CONVERTERS: dict[type[SyncedRecord], dict[str, Callable[[Any], Any] | None]] = {}


def _converters(model: type[SyncedRecord]) -> dict[str, Callable[[Any], Any] | None]:
    """Per column that travels, how its JSON value becomes a column value (None: as is)."""
    found = _CONVERTERS.get(model)
    if found is None:
        columns = model.__table__.columns  # type: ignore[attr-defined]
        found = {c.name: _converter(c.type) for c in columns if c.name not in NOT_SENT}
        _CONVERTERS[model] = found
    return found


def decode(model: type[SyncedRecord], fields: Mapping[str, Any]) -> dict[str, Any]:
    """JSON values back to column values; unknown fields (a newer app's) are left out."""
    converters = _converters(model)
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in converters:
            continue
        convert = converters[name]
        values[name] = value if value is None or convert is None else convert(value)
    return values


def waiting_fields(
    session: Session, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], set[str]]:
    """Fields with a local edit not yet acknowledged, per (entity, id)."""
    wanted = set(keys)
    if not wanted:
        return {}
    found: dict[tuple[str, str], set[str]] = {}
    ids = {entity_id for _, entity_id in wanted}
    for op in session.scalars(
        select(OutboxOp).where(OutboxOp.state.in_(WAITING), OutboxOp.entity_id.in_(listed(ids)))
    ):
        key = (op.entity, op.entity_id)
        if key in wanted:
            found.setdefault(key, set()).update(op.changes)
    return found


def _free_username(session: Session, record_id: str, wanted: str, taken: set[str]) -> str:
    """Usernames are unique per PC: another PC's account with a local name gets a suffix here
    (it cannot log in on this PC anyway; its display name is unchanged). The suffix comes from
    the random end of the id (its start is a time, shared by accounts made the same minute);
    ``taken`` holds the names given earlier in the same page, not inserted yet."""
    digits = record_id.replace("-", "")
    for candidate in (wanted, *(f"{wanted}~{digits[-n:]}" for n in (6, 12, len(digits)))):
        clash = candidate in taken or session.scalar(
            select(UserAccount.id).where(
                UserAccount.username == candidate, UserAccount.id != record_id
            )
        )
        if not clash:
            taken.add(candidate)
            return candidate
    raise ValueError(f"no free username for account {record_id}")


def rekey(session: Session, entity: str, old_id: str, new_id_: str) -> None:
    """The server keeps one record per natural key (core.merge.NATURAL_KEYS): this PC's
    copy made apart takes the server's id, and so do its operations not sent yet."""
    model = synced_models().get(entity)
    if model is None or old_id == new_id_:
        return
    table = model.__table__  # type: ignore[attr-defined]
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    session.execute(update(table).where(table.c.id == old_id).values(id=new_id_))
    session.execute(
        update(OutboxOp)
        .where(OutboxOp.entity == entity, OutboxOp.entity_id == old_id)
        .values(entity_id=new_id_)
    )


def listed(ids: Iterable[str]) -> Any:
    """``IN`` a list passed as one JSON parameter: one statement, compiled once, whatever the
    number of ids (SQLAlchemy renders and compiles an expanded list anew for each length)."""
    return select(column("value")).select_from(
        func.json_each(bindparam(None, orjson.dumps(list(ids)).decode()))
    )


def _current_rows(session: Session, table: Any, ids: Sequence[str]) -> dict[str, Mapping[str, Any]]:
    return {
        row["id"]: dict(row)
        for row in session.execute(select(table).where(table.c.id.in_(listed(ids)))).mappings()
    }


def _twins(
    session: Session, entity: str, table: Any, changes: Sequence[Mapping[str, Any]]
) -> dict[str, str]:
    """Server id → local id of rows made here apart with the same natural key."""
    names = NATURAL_KEYS.get(entity)
    if names is None:
        return {}
    wanted = {
        key: change["entity_id"]
        for change in changes
        if (key := natural_key(entity, change["fields"])) is not None
    }
    if not wanted:
        return {}
    first = names[0]
    values = sorted({key.split("|")[0] for key in wanted})
    found: dict[str, str] = {}
    for row in session.execute(
        select(table.c.id, *(table.c[n] for n in names)).where(table.c[first].in_(values))
    ).mappings():
        key = "|".join(str(row[n]) for n in names)
        server_id = wanted.get(key)
        if server_id is not None and server_id != row["id"]:
            found[server_id] = row["id"]
    return found


PREPARED = "stored"  # a change's fields in stored form, made ahead by prepare_page
PROBLEM = "problem"  # what the protocol's schema says of a change, checked by prepare_page


def prepare_page(changes: Iterable[dict[str, Any]]) -> None:
    """Check each change against its kind's schema and turn its fields into the stored form a
    new record is inserted with, ahead of ``apply_page`` and without the database: the sync
    does it on the thread that fetches the next page, while this one's rows are being written
    (SQLite lets go of the interpreter's lock meanwhile). A change that turns out to be an
    update is decoded anew."""
    models = synced_models()
    for change in changes:
        model = models.get(change.get("entity", ""))
        if model is not None:
            problem = change[PROBLEM] = check_pulled(change)
            if problem is None or problem.reason == "required":
                table = model.__table__  # type: ignore[attr-defined]
                change[PREPARED] = stored_from_json(table, change["fields"], leave_out=NOT_SENT)


@dataclass
class PageApplied:
    written: int = 0
    erased: int = 0
    set_aside: int = 0  # changes this PC cannot store, kept in ``set_aside_record``
    blobs: list[str] = field(default_factory=list)  # attachment files to remove after commit
    erased_blobs: list[str] = field(default_factory=list)  # of erased people: backups' too


def apply_page(
    session: Session,
    changes: Sequence[Mapping[str, Any]],
    next_cursor: int,
    erasures: Sequence[str] = (),
    evictions: Sequence[str] = (),
    search_entries: bool = True,
) -> PageApplied:
    """Apply one page and move the cursor, in the caller's transaction.

    Erasures come last: a person erased after a change of the same page is erased. Without
    ``search_entries`` (a first pull, ``sync.first_pull``) the people's search entries are
    left to be built once at the end.

    Works a kind of record at a time: one query for the rows already here, one insert for the
    new ones, one for their history, so a first pull of a whole agency is not a query per row.
    """
    session.execute(text("PRAGMA defer_foreign_keys = ON"))  # a page may list a child first
    published.set_origin(session, published.PULL)
    models = synced_models()
    now = utc_now()
    stored_now = stored_time(now)
    written = 0
    people: set[str] = set()
    new_people: set[str] = set()  # inserted by this page: no search entry to replace
    history_rows: list[dict[str, Any]] = []
    by_entity: dict[str, list[Mapping[str, Any]]] = {}
    for change in changes:
        if change.get("entity") in models:
            by_entity.setdefault(change["entity"], []).append(change)
    next_rowid: int | None = None
    by_entity, aside = _sort_out(session, by_entity)
    stored: dict[str, list[str]] = {}  # per kind: the ids written by this page
    # No edit waiting to be pushed (a first pull, most pages): no field to keep, per record.
    unsent = (
        session.scalar(select(OutboxOp.op_id).where(OutboxOp.state.in_(WAITING)).limit(1))
        is not None
    )
    for entity, group in by_entity.items():
        model = models[entity]
        table = model.__table__  # type: ignore[attr-defined]
        for server_id, local_id in _twins(session, entity, table, group).items():
            rekey(session, entity, local_id, server_id)  # made here apart: the server's now
        ids = [c["entity_id"] for c in group]
        current_rows = _current_rows(session, table, ids)
        waiting = waiting_fields(session, [(entity, i) for i in ids]) if unsent else {}
        noted: set[str | None] = set()
        inserts: list[dict[str, Any]] = []
        usernames: set[str] = set()
        for change in group:
            entity_id = change["entity_id"]
            current = current_rows.get(entity_id)
            if current is not None and current["server_version"] >= change["version"]:
                continue
            stored.setdefault(entity, []).append(entity_id)
            kept = waiting.get((entity, entity_id), set())
            values: dict[str, Any]
            if current is None:
                # Straight from JSON to stored form: a first pull inserts a whole agency.
                prepared = change.get(PREPARED)
                if prepared is None:
                    values = stored_from_json(table, change["fields"], leave_out=NOT_SENT)
                else:
                    values = dict(prepared)
                for name in kept:
                    values.pop(name, None)
            else:
                values = {k: v for k, v in decode(model, change["fields"]).items() if k not in kept}
            if model is UserAccount and "username" in values:
                values["username"] = _free_username(
                    session, entity_id, values["username"], usernames
                )
            values["server_version"] = change["version"]
            person = change.get("person_id")
            noted.add(entity_id if entity == "person" else person)
            if entity in ("person", "identity_document") and person:
                people.add(person)
            written += 1
            if current is None:
                values["dirty"] = 1 if kept else 0
                values.setdefault("created_at", stored_now)
                values.setdefault("updated_at", stored_now)
                if entity == "person":
                    new_people.add(entity_id)
                    if next_rowid is None:
                        next_rowid = search_index.next_search_rowid(session.connection())
                    values["search_rowid"], next_rowid = next_rowid, next_rowid + 1
                    values["sort_key"] = fold(
                        f"{values.get('last_name', '')} {values.get('first_name', '')}"
                    )
                values["id"] = entity_id
                inserts.append(values)
                continue  # no history row: the record names who made it, and when
            values["dirty"] = bool(kept)
            if entity == "person":
                merged = {**current, **values}
                values["sort_key"] = fold(f"{merged['last_name']} {merged['first_name']}")
            session.execute(update(table).where(table.c.id == entity_id).values(**values))
            history = {
                k: [jsonable(current[k]), jsonable(v)]
                for k, v in values.items()
                if k in current and k not in NOT_IN_HISTORY and jsonable(current[k]) != jsonable(v)
            }
            if history:
                archived = values.get("deleted_at") and not current["deleted_at"]
                history_rows.append(
                    {
                        "entity": entity,
                        "entity_id": entity_id,
                        "person_id": person,
                        "action": "archive" if archived else "update",
                        "changes": json_text(history),
                        "actor_id": values.get("updated_by") or current["updated_by"],
                        "at": stored_now,
                    }
                )
        published.note(session, (entity,), noted)  # once per kind: a page is 20,000 rows
        insert_stored(session, table, inserts)
    for row, change_id in zip(history_rows, new_ids(len(history_rows)), strict=True):
        row["change_id"] = change_id
    insert_stored(session, ChangeLog.__table__, history_rows)  # type: ignore[arg-type]
    if people and search_entries:
        search_index.reindex_people(session.connection(), people, new_people)
    result = PageApplied(written, set_aside=len(aside))
    _set_aside(session, aside, stored, now)
    for person_id in erasures:
        gone = erase_person(session, person_id)
        result.blobs += gone
        result.erased_blobs += gone
        result.erased += 1
        audit_log.append(
            session, "", "sync", AuditEvent(AuditAction.ERASURE_CARRIED_OUT, "person", person_id)
        )
    for person_id in evictions:
        session.merge(LocalSetting(key=EVICT_PREFIX + person_id, value="1"))
    result.blobs += evict_waiting(session)
    session.merge(LocalSetting(key=CURSOR_KEY, value=str(next_cursor)))
    return result


Aside = tuple[str, Mapping[str, Any], FieldProblem]


def _without_defaulted_nulls(
    model: type[SyncedRecord], change: Mapping[str, Any]
) -> Mapping[str, Any] | None:
    """The change without the nulls an older app sent for columns left to their default (an
    account's ``active``): stored here with the default, as the PC that made it stored it."""
    columns = model.__table__.columns  # type: ignore[attr-defined]
    fields = {
        name: value
        for name, value in change["fields"].items()
        if value is not None
        or name not in columns
        or columns[name].nullable
        or columns[name].default is None
    }
    if len(fields) == len(change["fields"]):
        return None
    return {k: v for k, v in change.items() if k not in (PREPARED, PROBLEM)} | {"fields": fields}


def _sort_out(
    session: Session, by_entity: Mapping[str, Sequence[Mapping[str, Any]]]
) -> tuple[dict[str, list[Mapping[str, Any]]], list[Aside]]:
    """The page's changes this PC can store, per kind, and those it sets aside: what the
    schema refuses (a missing required field only for a record not held here), then what
    names a record set aside and not held here (this PC's database would refuse it, and the
    whole page with it), until nothing more goes."""
    models = synced_models()
    good: dict[str, list[Mapping[str, Any]]] = {}
    aside: list[Aside] = []
    for entity, changes in by_entity.items():
        incomplete: dict[str, tuple[Mapping[str, Any], FieldProblem]] = {}
        for pulled in changes:
            change = pulled
            problem = change[PROBLEM] if PROBLEM in change else check_pulled(change)
            if problem is not None and problem.reason == "null":
                fixed = _without_defaulted_nulls(models[entity], change)
                if fixed is not None:
                    change, problem = fixed, check_pulled(fixed)
            if problem is None:
                good.setdefault(entity, []).append(change)
            elif problem.reason == "required":
                incomplete[change["entity_id"]] = (change, problem)
            else:
                aside.append((entity, change, problem))
        if incomplete:  # rare: an update needs no required field, a creation does
            table = models[entity].__table__  # type: ignore[attr-defined]
            held = set(
                session.scalars(select(table.c.id).where(table.c.id.in_(sorted(incomplete))))
            )
            for entity_id, (change, problem) in incomplete.items():
                if entity_id in held:
                    good.setdefault(entity, []).append(change)
                else:
                    aside.append((entity, change, problem))
    missing = {(entity, str(change.get("entity_id"))) for entity, change, _p in aside}
    for kept_entity, kept_id in session.execute(
        select(SetAsideRecord.entity, SetAsideRecord.entity_id)
    ):
        missing.add((kept_entity, kept_id))
    while missing:
        orphans: list[Aside] = []
        for entity, changes in good.items():
            for name, kind in REFERENCES.get(entity, {}).items():
                named = [
                    (str(change["fields"].get(name)), change)
                    for change in changes
                    if (kind, str(change["fields"].get(name))) in missing
                ]
                if not named:
                    continue
                parents = models[kind].__table__  # type: ignore[attr-defined]
                wanted = {parent for parent, _change in named}
                held = set(
                    session.scalars(select(parents.c.id).where(parents.c.id.in_(sorted(wanted))))
                )
                orphans += [
                    (entity, change, FieldProblem(name, "reference_set_aside"))
                    for parent, change in named
                    if parent not in held
                ]
        if not orphans:
            break
        orphans = list({id(change): (e, change, p) for e, change, p in orphans}.values())
        for entity, change, _problem in orphans:
            good[entity] = [c for c in good[entity] if c is not change]
        aside += orphans
        missing = {(entity, str(change.get("entity_id"))) for entity, change, _p in orphans}
    return good, aside


def _set_aside(
    session: Session,
    aside: Sequence[Aside],
    stored: Mapping[str, Sequence[str]],
    now: datetime,
) -> None:
    """Keep the changes this PC cannot store, with why; forget those a valid version of the
    same record has now replaced."""
    if stored and session.scalar(select(SetAsideRecord.entity).limit(1)) is not None:
        for entity, ids in stored.items():
            session.execute(
                delete(SetAsideRecord).where(
                    SetAsideRecord.entity == entity, SetAsideRecord.entity_id.in_(listed(ids))
                )
            )
    for entity, change, problem in aside:
        raw = {k: v for k, v in change.items() if k not in (PREPARED, PROBLEM)}
        version = change.get("version")
        session.merge(
            SetAsideRecord(
                entity=entity,
                entity_id=str(change.get("entity_id"))[:64],
                version=version if isinstance(version, int) else 0,
                field=problem.field[:64],
                reason=problem.reason[:32],
                raw=orjson.dumps(raw, default=str).decode(),
                set_aside_at=now,
            )
        )


def set_aside_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(SetAsideRecord)) or 0


def evict_waiting(session: Session) -> list[str]:
    """Remove the people who left this agency's scope, except those with edits not pushed
    yet (they go at the end of a later sync, after the push). Returns attachment files."""
    blobs: list[str] = []
    for setting in session.scalars(
        select(LocalSetting).where(LocalSetting.key.like(EVICT_PREFIX + "%"))
    ).all():
        person_id = setting.key[len(EVICT_PREFIX) :]
        pending = session.scalar(
            select(OutboxOp.op_id)
            .where(OutboxOp.person_id == person_id, OutboxOp.state.in_(WAITING))
            .limit(1)
        )
        if pending is None:
            blobs += erase_person(session, person_id, tombstone=False)
            session.delete(setting)
    return blobs


def cursor(session: Session) -> int:
    setting = session.get(LocalSetting, CURSOR_KEY)
    return int(setting.value) if setting else 0
