"""Recording acts in the audit trail, and the supervisor's search, check and export of it."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from counsellor_app.core.audit import AuditAction, AuditEntry, AuditEvent, ChainCheck, check_chain
from counsellor_app.core.indicator_export import safe_cell
from counsellor_app.core.roles import Permission
from counsellor_app.storage import audit_log
from counsellor_app.storage.audit_log import AuditQuery

if TYPE_CHECKING:
    from counsellor_app.services.accounts import CurrentUser
    from counsellor_app.storage.database import Database

__all__ = ["AuditQuery", "AuditService", "audit", "record"]
EXPORT_COLUMNS = (
    "seq",
    "at",
    "actor_id",
    "actor_name",
    "action",
    "subject_type",
    "subject_id",
    "detail",
    "prev_hash",
    "hash",
)


def audit(session: Session, actor: CurrentUser, event: AuditEvent) -> AuditEntry:
    """Record ``event`` in the caller's unit of work (kept if and only if the act is)."""
    return audit_log.append(session, actor.id, actor.username, event)


def record(db: Database, actor: CurrentUser, event: AuditEvent) -> AuditEntry:
    """Record ``event`` on its own (a print, an export: acts that write nothing else), on the
    database's one writer."""

    def append() -> AuditEntry:
        with db.unit_of_work(actor.id) as session:
            return audit(session, actor, event)

    return db.writer.run(append)


def _row(entry: AuditEntry) -> dict[str, Any]:
    return {
        "seq": entry.seq,
        "at": entry.at.isoformat(),
        "actor_id": entry.actor_id,
        "actor_name": entry.actor_name,
        "action": entry.action,
        "subject_type": entry.subject_type,
        "subject_id": entry.subject_id,
        "detail": dict(entry.detail),
        "prev_hash": entry.prev_hash,
        "hash": entry.hash,
    }


@dataclass(frozen=True)
class AuditExport:
    text: str
    entries: int
    check: ChainCheck


class AuditService:
    """Supervisors and administrators read the trail; reading it for export is itself logged."""

    def __init__(
        self, db: Database, actor: CurrentUser, anchors: Mapping[int, str] | None = None
    ) -> None:
        self._db, self._actor = db, actor
        self._anchors = dict(anchors or {})

    def search(self, query: AuditQuery, limit: int = 500) -> list[AuditEntry]:
        self._actor.require(Permission.VIEW_AUDIT)
        with self._db.reader() as session:
            return audit_log.search(session, query, limit)

    def check(self) -> ChainCheck:
        """Recompute the whole chain, and compare it with the anchors kept in backups."""
        self._actor.require(Permission.VIEW_AUDIT)
        with self._db.reader() as session:
            return check_chain(audit_log.all_entries(session), self._anchors)

    def export(self, fmt: str) -> AuditExport:
        """The whole trail as ``json`` (with the chain check) or ``csv`` (formula-safe)."""
        self._actor.require(Permission.VIEW_AUDIT)
        with self._db.reader() as session:  # read once: checked and written from one list
            entries = list(audit_log.all_entries(session))
        check = check_chain(entries, self._anchors)
        rows = [_row(entry) for entry in entries]
        if fmt == "json":
            body = {
                "entries": rows,
                "chain": {
                    "intact": check.intact,
                    "first_broken": check.first_broken,
                    "problem": check.problem,
                },
            }
            text = json.dumps(body, ensure_ascii=False, indent=1)
        elif fmt == "csv":
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerow(EXPORT_COLUMNS)
            for row in rows:
                row["detail"] = json.dumps(row["detail"], ensure_ascii=False, sort_keys=True)
                writer.writerow([safe_cell(str(row[c])) for c in EXPORT_COLUMNS])
            text = buffer.getvalue()
        else:
            raise ValueError(f"unknown audit export format {fmt!r}")
        record(
            self._db,
            self._actor,
            AuditEvent(AuditAction.AUDIT_EXPORTED, detail={"format": fmt, "entries": len(rows)}),
        )
        return AuditExport(text, len(rows), check)
