"""A colleague's edit arriving by the real pull path (``sync.client.apply_pulled``), as the
server sends it: the record's whole state at a newer server version."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from counsellor_app.core.clock import utc_now
from counsellor_app.storage.database import Database
from counsellor_app.storage.history import jsonable
from counsellor_app.storage.models import SyncedRecord, UserAccount
from counsellor_app.storage.outbox import NOT_SENT
from counsellor_app.sync.client import SyncReport, apply_pulled


def colleague_id(db: Database, username: str = "admin") -> str:
    with db.reader() as session:
        found = session.scalar(select(UserAccount.id).where(UserAccount.username == username))
    assert found is not None
    return found


def pull_edit(
    db: Database,
    model: type[SyncedRecord],
    record_id: str,
    person_id: str | None,
    **changes: Any,
) -> None:
    """Apply a pulled page holding ``record_id`` with ``changes`` (stored values), made by the
    administrator on another PC."""
    table = model.__table__  # type: ignore[attr-defined]
    with db.reader() as session:
        row = session.execute(select(table).where(table.c.id == record_id)).mappings().one()
    fields = {k: jsonable(v) for k, v in row.items() if k not in NOT_SENT}
    fields.update({k: jsonable(v) for k, v in changes.items()})
    fields["updated_at"] = utc_now().isoformat()
    fields["updated_by"] = colleague_id(db)
    change = {
        "server_seq": row["server_version"] + 1,
        "entity": table.name,
        "entity_id": record_id,
        "person_id": person_id,
        "version": row["server_version"] + 1,
        "fields": fields,
    }
    apply_pulled(db, {"changes": [change], "next_cursor": row["server_version"] + 1}, SyncReport())
