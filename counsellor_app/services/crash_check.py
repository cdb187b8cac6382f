"""After an unclean stop (crash, power cut): is anything missing that a backup still holds?

SQLite keeps the latest saves in its ``-wal`` file until they are folded into the database; a
crash that loses that file drops acknowledged saves without a word. Each backup records the
audit trail's head (sequence and hash) at the time it was made, so at the next start the
database's trail is compared with the newest of this PC's backups: behind it, or different at
its sequence, means saves made before that backup are gone from the database (the backup still
has them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from counsellor_app.storage import audit_log, backups
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import AuditRecord


@dataclass(frozen=True)
class LostSaves:
    """The newest backup of this PC holds audit entries the database lost."""

    backup: Path
    backup_made_at: datetime
    backup_seq: int
    database_seq: int  # the trail's head when the database was opened after the crash
    missing: int  # audit entries at least (0: the trail differs, the count is unknown)


def audit_head(db: Database) -> int:
    with db.reader() as session:
        return audit_log.head(session)[0]


def lost_saves(db: Database, folders: Sequence[Path], head_at_open: int) -> LostSaves | None:
    """Compare the database with the backup of this PC furthest along the audit trail (by
    sequence, not by date: the clock may be wrong after a crash). None when nothing is lost
    as far as the backups can tell."""
    device = db.local_setting("device_code") or ""
    found = [
        info
        for folder in dict.fromkeys(folders)
        for info in backups.list_backups(folder)
        if info.device_code == device and info.audit_seq
    ]
    if not found:
        return None
    newest = max(found, key=lambda info: (info.audit_seq, info.created_at))
    if head_at_open < newest.audit_seq:
        missing = newest.audit_seq - head_at_open
    else:
        with db.reader() as session:
            stored = session.scalar(
                select(AuditRecord.hash).where(AuditRecord.seq == newest.audit_seq)
            )
        if stored == newest.audit_hash:
            return None
        missing = 0  # the same numbers hold other entries: what was there is gone
    return LostSaves(newest.path, newest.created_at, newest.audit_seq, head_at_open, missing)
