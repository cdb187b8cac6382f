"""Compaction of the change log (each record keeps its latest entry only), and of abandoned
uploads, and of the nonces of people's acts too old to be accepted anyway
(``server.acts.purge_nonces``).

A pull page carries each record's whole current state, so an older entry of a record changed
again later tells no puller anything: a PC whose cursor is before it is also before the newer
entry, and gets the record from that one. Removing superseded entries, and those of records
erased since, therefore needs no cursor reset on any PC (the log compaction of Kafka, rather
than the time horizon of reference/sync.md §9.4 that sends old cursors back to zero). The log
then stays about as long as the records are many, whatever the number of edits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from counsellor_app.server.acts import purge_nonces
from counsellor_app.server.blobs import expire_unreferenced, expire_uploads
from counsellor_app.server.models import ChangeEntry, Record


@dataclass(frozen=True)
class Compaction:
    superseded: int  # entries of records changed again later
    orphaned: int  # entries of records no longer stored (erased)
    remaining: int
    expired_uploads: int = 0  # unfinished uploads abandoned for longer than their lifetime
    unreferenced_uploads: int = 0  # complete ones no attachment named for as long
    act_nonces: int = 0  # spent nonces of acts now refused by their age


def compact(session: Session) -> Compaction:
    """Remove what no puller needs, in the session's transaction. Safe while PCs push and pull:
    a change committed meanwhile only ever adds a newer entry."""
    ranked = select(
        ChangeEntry.server_seq,
        func.row_number()
        .over(
            partition_by=(ChangeEntry.entity, ChangeEntry.entity_id),
            order_by=ChangeEntry.server_seq.desc(),
        )
        .label("rank"),
    ).subquery()
    connection = session.connection()  # its results count the rows removed
    superseded = connection.execute(
        delete(ChangeEntry).where(
            ChangeEntry.server_seq.in_(select(ranked.c.server_seq).where(ranked.c.rank > 1))
        )
    ).rowcount
    orphaned = connection.execute(
        delete(ChangeEntry).where(
            ~exists().where(Record.entity == ChangeEntry.entity, Record.id == ChangeEntry.entity_id)
        )
    ).rowcount
    remaining = session.scalar(select(func.count()).select_from(ChangeEntry)) or 0
    now = datetime.now(UTC)
    expired = expire_uploads(session, now)
    unreferenced = expire_unreferenced(session, now)
    nonces = purge_nonces(session, now)
    return Compaction(superseded, orphaned, remaining, expired, unreferenced, nonces)
