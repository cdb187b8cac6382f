"""The unit of work's bookkeeping: stamps synced records and appends their change history.

Installed once on a session factory; every flush of a :class:`SyncedRecord` then writes, in the
same transaction, who changed what (field, old → new) and refreshes the person search index.

A record pulled from the server already made has no history row for its creation: its author
and time travel with it (``created_by``, ``created_at``), and :func:`creations_not_logged`
reads them back. A first pull of a whole agency then writes a million records, not two million
rows.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, event, inspect, literal, select, union_all
from sqlalchemy.orm import Session, sessionmaker

from counsellor_app.core.clock import utc_now
from counsellor_app.core.ids import new_id
from counsellor_app.core.normalize import fold
from counsellor_app.storage import search_index
from counsellor_app.storage.models import (
    BOOKKEEPING,
    Base,
    ChangeLog,
    Disbursement,
    GrantApplication,
    IdentityDocument,
    Person,
    SyncedRecord,
)
from counsellor_app.storage.outbox import NOT_SENT, Outbox

ACTOR_KEY = "actor_id"
OUTBOX_KEY = "outbox"
# Synced, but too large to repeat in the history: an issued document's snapshot never changes
# after issue, and its content hash (which is in the history) names it.
NOT_IN_HISTORY = NOT_SENT | BOOKKEEPING | {"snapshot"}


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):  # a public key: kept readable in the history
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def _person_of(record: SyncedRecord) -> str | None:
    if isinstance(record, Person):
        return record.id
    return getattr(record, "person_id", None)


def column_changes(
    record: SyncedRecord, new: bool, left_out: frozenset[str] = NOT_IN_HISTORY
) -> dict[str, list[Any]]:
    """Field → [old, new]. A new record lists its filled fields (for the history) or, with
    ``left_out=NOT_SENT``, every field (for the server, which has nothing yet)."""
    state = inspect(record)
    changes: dict[str, list[Any]] = {}
    complete = left_out is NOT_SENT
    for attr in state.mapper.column_attrs:
        name = attr.key
        if name in left_out:
            continue
        if new:
            unset = name not in state.dict
            value = getattr(record, name)
            if complete and unset and value is None:
                # What the INSERT will store, not a null: the server refuses a null in a
                # column that has a default, since no PC could store it.
                value = _column_default(attr.columns[0])
            if complete or value not in (None, "", []):
                changes[name] = [None, jsonable(value)]
            continue
        history = state.attrs[name].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        value = history.added[0] if history.added else None
        if jsonable(old) != jsonable(value):
            changes[name] = [jsonable(old), jsonable(value)]
    return changes


def _column_default(column: Any) -> Any:
    """The value SQLAlchemy's default gives a column left unset (None without a default)."""
    default = column.default
    if default is None:
        return None
    if default.is_callable:
        return default.arg(None)  # SQLAlchemy wraps the callable to take a context
    return default.arg if default.is_scalar else None


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    now = utc_now()
    actor = session.info.get(ACTOR_KEY)
    outbox: Outbox | None = session.info.get(OUTBOX_KEY)
    for record in [r for r in session.new if isinstance(r, SyncedRecord)]:
        record.id = record.id or new_id()
        record.created_at = record.updated_at = now
        record.created_by = record.updated_by = actor
        record.dirty = True
        if isinstance(record, Person):
            record.sort_key = fold(f"{record.last_name} {record.first_name}")
            if record.search_rowid is None:
                record.search_rowid = _allocate_rowid(session)
        session.add(_entry(record, "create", column_changes(record, True), actor, now))
        if outbox is not None:
            outbox.add(
                session, record, "create", column_changes(record, True, NOT_SENT), actor, now
            )
    for record in [r for r in session.dirty if isinstance(r, SyncedRecord)]:
        if not session.is_modified(record, include_collections=False):
            continue
        changes = column_changes(record, False)
        if not changes:
            continue
        record.updated_at, record.updated_by, record.dirty = now, actor, True
        if isinstance(record, Person):
            record.sort_key = fold(f"{record.last_name} {record.first_name}")
        action = "archive" if changes.get("deleted_at", [None, None])[1] else "update"
        session.add(_entry(record, action, changes, actor, now))
        if outbox is not None:
            sent = column_changes(record, False, NOT_SENT)
            if sent:
                outbox.add(session, record, action, sent, actor, now)
    for record in session.deleted:
        if isinstance(record, SyncedRecord):
            raise RuntimeError("synced records are archived (deleted_at), never deleted")


def _allocate_rowid(session: Session) -> int:
    counter: int = session.info.get("_next_rowid") or search_index.next_search_rowid(
        session.connection()
    )
    session.info["_next_rowid"] = counter + 1
    return counter


def _entry(
    record: SyncedRecord,
    action: str,
    changes: dict[str, list[Any]],
    actor: str | None,
    now: datetime,
) -> ChangeLog:
    return ChangeLog(
        change_id=new_id(),
        entity=type(record).__tablename__,  # type: ignore[attr-defined]
        entity_id=record.id,
        person_id=_person_of(record),
        action=action,
        changes=changes,
        actor_id=actor,
        at=now,
    )


def _after_flush(session: Session, _context: Any) -> None:
    session.info.pop("_next_rowid", None)
    touched = {
        pid
        for record in (*session.new, *session.dirty)
        if isinstance(record, Person | IdentityDocument) and (pid := _person_of(record))
    }
    if touched:
        search_index.reindex_people(session.connection(), touched)


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)


@dataclass(frozen=True)
class Creation:
    entity: str
    entity_id: str
    at: datetime
    actor_id: str | None


def creations_not_logged(session: Session, person_id: str) -> list[Creation]:
    """The person's records whose creation has no history row (pulled from the server made
    elsewhere), with their author and time of creation, oldest first."""
    parts = [
        select(
            literal(table.name).label("entity"),
            table.c.id,
            table.c.created_at,
            table.c.created_by,
        ).where(table.c.person_id == person_id)
        for table in Base.metadata.sorted_tables
        if "person_id" in table.c and "created_by" in table.c
    ]
    tables = Base.metadata.tables
    person, tranche, application = (
        tables[model.__tablename__] for model in (Person, Disbursement, GrantApplication)
    )
    parts.append(
        select(literal("person"), person.c.id, person.c.created_at, person.c.created_by).where(
            person.c.id == person_id
        )
    )
    parts.append(  # tranches name their application, not the person
        select(
            literal("disbursement"), tranche.c.id, tranche.c.created_at, tranche.c.created_by
        ).join(
            application,
            and_(
                application.c.id == tranche.c.application_id, application.c.person_id == person_id
            ),
        )
    )
    logged = set(
        session.scalars(
            select(ChangeLog.entity_id).where(
                ChangeLog.person_id == person_id, ChangeLog.action == "create"
            )
        )
    )
    rows = session.execute(union_all(*parts)).all()
    found = [
        Creation(entity, entity_id, created_at, created_by)
        for entity, entity_id, created_at, created_by in rows
        if entity_id not in logged and created_at is not None
    ]
    return sorted(found, key=lambda creation: creation.at)
