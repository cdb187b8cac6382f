"""Applying the server's changes to this PC's copy, one page per transaction with its cursor.

A change carries the record's whole current state and its server version. It is skipped when
this copy already has that version; fields with an edit still waiting to be pushed keep the
local value (the server merges that edit when it arrives). Pulled changes enter the file's
history like local ones, under the name of whoever made them.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, Integer, LargeBinary, insert, select, text, update
from sqlalchemy.orm import Session

from counsellor_app.core.clock import utc_now
from counsellor_app.core.ids import new_id
from counsellor_app.core.merge import NATURAL_KEYS, natural_key
from counsellor_app.core.normalize import fold
from counsellor_app.storage import search_index
from counsellor_app.storage.history import jsonable
from counsellor_app.storage.models import (
    Base,
    ChangeLog,
    LocalSetting,
    OutboxOp,
    SyncedRecord,
    UserAccount,
    UTCDateTime,
)
from counsellor_app.storage.outbox import NOT_SENT

CURSOR_KEY = "sync.cursor"
WAITING = ("pending", "sent")


def synced_models() -> dict[str, type[SyncedRecord]]:
    return {
        mapper.local_table.name: mapper.class_  # type: ignore[attr-defined]
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, SyncedRecord)
    }


def decode(model: type[SyncedRecord], fields: Mapping[str, Any]) -> dict[str, Any]:
    """JSON values back to column values; unknown fields (a newer app's) are left out."""
    columns = model.__table__.columns  # type: ignore[attr-defined]
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in columns or name in NOT_SENT:
            continue
        kind = columns[name].type
        if value is None:
            values[name] = None
        elif isinstance(kind, UTCDateTime):
            values[name] = datetime.fromisoformat(value)
        elif isinstance(kind, Date):
            values[name] = date.fromisoformat(value)
        elif isinstance(kind, LargeBinary):
            values[name] = base64.b64decode(value)
        elif isinstance(kind, Boolean):
            values[name] = bool(value)
        elif isinstance(kind, Integer):
            values[name] = int(value)
        else:
            values[name] = value
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
        select(OutboxOp).where(OutboxOp.state.in_(WAITING), OutboxOp.entity_id.in_(ids))
    ):
        key = (op.entity, op.entity_id)
        if key in wanted:
            found.setdefault(key, set()).update(op.changes)
    return found


def _free_username(session: Session, record_id: str, wanted: str) -> str:
    """Usernames are unique per PC: another PC's account with a local name gets a suffix here
    (it cannot log in on this PC anyway; its display name is unchanged)."""
    clash = session.scalar(
        select(UserAccount.id).where(UserAccount.username == wanted, UserAccount.id != record_id)
    )
    return wanted if clash is None else f"{wanted}~{record_id[:8]}"


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


def _same_key_row(session: Session, entity: str, fields: Mapping[str, Any]) -> str | None:
    names = NATURAL_KEYS.get(entity)
    model = synced_models().get(entity)
    if names is None or model is None or natural_key(entity, fields) is None:
        return None
    table = model.__table__  # type: ignore[attr-defined]
    return session.scalar(select(table.c.id).where(*(table.c[n] == fields[n] for n in names)))


def apply_page(session: Session, changes: Sequence[Mapping[str, Any]], next_cursor: int) -> int:
    """Apply one page and move the cursor, in the caller's transaction. Returns rows written."""
    session.execute(text("PRAGMA defer_foreign_keys = ON"))  # a page may list a child first
    models = synced_models()
    keys = [(c["entity"], c["entity_id"]) for c in changes]
    waiting = waiting_fields(session, keys)
    now = utc_now()
    written = 0
    people: set[str] = set()
    for change in changes:
        model = models.get(change["entity"])
        if model is None:
            continue
        table = model.__table__  # type: ignore[attr-defined]
        entity_id = change["entity_id"]
        current = session.execute(select(table).where(table.c.id == entity_id)).mappings().first()
        if current is None:
            twin = _same_key_row(session, change["entity"], change["fields"])
            if twin is not None:  # made here apart: it becomes the server's record
                rekey(session, change["entity"], twin, entity_id)
                waiting = waiting_fields(session, keys)
                current = (
                    session.execute(select(table).where(table.c.id == entity_id)).mappings().first()
                )
        if current is not None and current["server_version"] >= change["version"]:
            continue
        kept = waiting.get((change["entity"], entity_id), set())
        values = {k: v for k, v in decode(model, change["fields"]).items() if k not in kept}
        if model is UserAccount and "username" in values:
            values["username"] = _free_username(session, entity_id, values["username"])
        values["server_version"] = change["version"]
        values["dirty"] = bool(kept)
        if current is None:
            values.setdefault("created_at", now)
            values.setdefault("updated_at", now)
            if change["entity"] == "person":
                values["search_rowid"] = search_index.next_search_rowid(session.connection())
                values["sort_key"] = fold(
                    f"{values.get('last_name', '')} {values.get('first_name', '')}"
                )
            session.execute(insert(table).values(id=entity_id, **values))
            action = "create"
            history = {k: [None, jsonable(v)] for k, v in values.items() if v not in (None, "")}
        else:
            session.execute(update(table).where(table.c.id == entity_id).values(**values))
            action = (
                "archive" if values.get("deleted_at") and not current["deleted_at"] else "update"
            )
            history = {
                k: [jsonable(current[k]), jsonable(v)]
                for k, v in values.items()
                if k in current and jsonable(current[k]) != jsonable(v)
            }
        for bookkeeping in ("server_version", "dirty", "search_rowid", "sort_key", "snapshot"):
            history.pop(bookkeeping, None)
        if change["entity"] == "person" and current is not None:
            row = session.execute(select(table).where(table.c.id == entity_id)).mappings().one()
            session.execute(
                update(table)
                .where(table.c.id == entity_id)
                .values(sort_key=fold(f"{row['last_name']} {row['first_name']}"))
            )
        person = change.get("person_id")
        if change["entity"] in ("person", "identity_document") and person:
            people.add(person)
        if history:
            session.execute(
                insert(ChangeLog).values(
                    change_id=new_id(),
                    entity=change["entity"],
                    entity_id=entity_id,
                    person_id=person,
                    action=action,
                    changes=history,
                    actor_id=values.get("updated_by")
                    or (current["updated_by"] if current is not None else None),
                    at=now,
                )
            )
        written += 1
    if people:
        search_index.reindex_people(session.connection(), people)
    session.merge(LocalSetting(key=CURSOR_KEY, value=str(next_cursor)))
    return written


def cursor(session: Session) -> int:
    setting = session.get(LocalSetting, CURSOR_KEY)
    return int(setting.value) if setting else 0
