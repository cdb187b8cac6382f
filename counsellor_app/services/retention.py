"""The agency's files due for erasure under the retention period (core.retention), and their
erasure requested through the four-eyes flow (services.sharing): never a silent purge.

Only supervisors and administrators (those who may approve an erasure) see the list: it names
files a counsellor has no need to survey. Only this agency's own files are listed: a file
referred here by another agency is that agency's to erase.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import select

from counsellor_app.core.clock import local_today
from counsellor_app.core.problems import DomainError
from counsellor_app.core.retention import DueFile, FileFacts, StageDates, due_for_erasure
from counsellor_app.core.roles import Permission
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.sharing import SharingService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import Outcome, PathwayStage, Person
from counsellor_app.sync.client import SyncClient, SyncReport


class RetentionService:
    def __init__(
        self,
        db: Database,
        actor: CurrentUser,
        today: Callable[[], date] = local_today,
        client_factory: Callable[[Database, str | None], SyncClient] = SyncClient,
    ) -> None:
        self._db, self._actor, self._today = db, actor, today
        self._client_factory = client_factory

    def due(self) -> list[DueFile]:
        """This agency's closed files whose period, as in force today, has run out."""
        self._actor.require(Permission.APPROVE_ERASURE)
        today = self._today()
        # The shipped values overlaid by the national ones this PC pulled, as every rule.
        parameters = PathwayService(self._db, self._actor, self._today).parameters()
        agency_id = self._db.local_setting("agency_id")
        with self._db.reader() as session:
            people = session.execute(
                select(Person.id, Person.file_number, Person.deleted_at).where(
                    Person.owner_agency_id == agency_id
                )
            ).all()
            stages: dict[str, list[StageDates]] = {}
            for s in session.scalars(select(PathwayStage).where(PathwayStage.deleted_at.is_(None))):
                stages.setdefault(s.person_id, []).append(
                    StageDates(s.stage, s.status, s.planned_on, s.started_on, s.ended_on)
                )
            outcomes: dict[str, list[tuple[str, date]]] = {}
            for o in session.scalars(select(Outcome).where(Outcome.deleted_at.is_(None))):
                outcomes.setdefault(o.person_id, []).append((o.kind, o.on))
        files = [
            FileFacts(
                person_id,
                file_number,
                deleted_at.astimezone().date() if deleted_at is not None else None,
                stages.get(person_id, ()),
                outcomes.get(person_id, ()),
            )
            for person_id, file_number, deleted_at in people
        ]
        return due_for_erasure(files, parameters, today)

    def request_erasure(self, person_id: str, legal_basis: str) -> SyncReport:
        """Ask for a due file's erasure: the server records the request and a second person
        approves it (the same flow as a person's own request). A file no longer due (reopened,
        or the period lengthened centrally) is refused."""
        self._actor.require(Permission.APPROVE_ERASURE)
        if not any(d.person_id == person_id for d in self.due()):
            raise DomainError.single("retention_not_due")
        sharing = SharingService(self._db, self._actor, self._client_factory)
        return sharing.request_erasure(person_id, legal_basis)
