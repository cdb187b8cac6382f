"""A person's whole file, for their right of access (Law 09-08): everything this PC holds about
them, as JSON (complete, for another system) and as a readable PDF (for the person).

Gathered generically from every table that refers to the person, so a table added later is
exported without anyone remembering to: what is left out is only the app's own bookkeeping.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from counsellor_app.core.audit import AuditAction, AuditEvent
from counsellor_app.core.clock import utc_now
from counsellor_app.core.problems import DomainError
from counsellor_app.core.roles import Permission, may_see_sensitive
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.audit import audit
from counsellor_app.storage.database import Database
from counsellor_app.storage.history import jsonable
from counsellor_app.storage.models import Base, Disbursement, GrantApplication, Person
from counsellor_app.storage.writer import writes

# The app's bookkeeping and local search helpers: nothing the person told or was told.
LEFT_OUT = frozenset(
    {"dirty", "server_version", "search_rowid", "sort_key", "number_key", "snapshot", "payload"}
)
# Tables about the machine, not the person (the queue to the server repeats the history).
NOT_EXPORTED = frozenset({"outbox_op", "draft", "erased_person"})


@dataclass(frozen=True)
class PersonExport:
    person_id: str
    file_number: str
    full_name: str
    made_at: datetime
    sections: dict[str, list[dict[str, Any]]]

    def to_json(self) -> str:
        return json.dumps(
            {
                "person_id": self.person_id,
                "file_number": self.file_number,
                "exported_at": self.made_at.isoformat(),
                "sections": self.sections,
            },
            ensure_ascii=False,
            indent=1,
            sort_keys=True,
        )


def _row(mapping: Any) -> dict[str, Any]:
    return {k: jsonable(v) for k, v in mapping.items() if k not in LEFT_OUT}


class SubjectAccessService:
    def __init__(
        self,
        db: Database,
        actor: CurrentUser,
        revealed: Callable[[str], bool] = lambda _person_id: False,
    ) -> None:
        """``revealed``: whether the user revealed this person's hidden fields (break-glass)
        in her session; otherwise only the counsellor and the roles with the right export."""
        self._db, self._actor, self._revealed = db, actor, revealed

    @writes
    def export(self, person_id: str, fmt: str) -> PersonExport:
        """Everything about the person; only for whoever may see their sensitive fields (the
        file goes to the person, whole). The export is in the audit trail."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        with self._db.unit_of_work(self._actor.id) as session:
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise DomainError.single("person_not_found")
            allowed = may_see_sensitive(self._actor.role, self._actor.id, person.counsellor_id)
            if not (allowed or self._revealed(person_id)):
                raise DomainError.single("export_needs_the_counsellor")
            connection = session.connection()
            sections: dict[str, list[dict[str, Any]]] = {}
            person_table = Base.metadata.tables["person"]
            sections["person"] = [
                _row(r._mapping)
                for r in connection.execute(
                    select(person_table).where(person_table.c.id == person_id)
                )
            ]
            for table in Base.metadata.sorted_tables:
                if table.name in NOT_EXPORTED or "person_id" not in table.c:
                    continue
                rows = [
                    _row(r._mapping)
                    for r in connection.execute(select(table).where(table.c.person_id == person_id))
                ]
                if rows:
                    sections[table.name] = rows
            applications = select(GrantApplication.id).where(
                GrantApplication.person_id == person_id
            )
            tranches = [
                _row(r._mapping)
                for r in connection.execute(
                    select(Disbursement.__table__).where(
                        Disbursement.application_id.in_(applications)
                    )
                )
            ]
            if tranches:
                sections["disbursement"] = tranches
            audit(
                session,
                self._actor,
                AuditEvent(AuditAction.PERSON_EXPORTED, "person", person_id, {"format": fmt}),
            )
            full_name = f"{person.last_name.upper()} {person.first_name}".strip()
            return PersonExport(person_id, person.file_number, full_name, utc_now(), sections)
