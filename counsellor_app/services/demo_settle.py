"""The demo's bulk-made stages held to the stages' own records (core.stage_records).

The demo writes its register in bulk (a stage row says "completed"), then fills the records
of a few hundred people through the services (demo_records). A stage completed in bulk whose
record the demo did not fill is taken back to "in progress", with every later stage of the
track that depended on it, so the demo shows what a counsellor's PC can hold: no completed
registration without its number, no completed plan without a plan.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, update

from counsellor_app.core.parameters import Parameters
from counsellor_app.core.pathway import COMMON_STAGES, TRACK_STAGES, Stage, Track
from counsellor_app.core.stage_records import completion_problems
from counsellor_app.services.stage_records import stage_records
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import PathwayStage, Person


def settle_stages(db: Database, parameters: Parameters, stages: Sequence[Stage]) -> int:
    """Reopen the completed ``stages`` (in pathway order) whose record does not complete
    them, and the later completed stages of the same pathway; returns how many were reopened."""
    reopened: list[str] = []
    with db.reader() as session:
        completed = session.scalars(
            select(PathwayStage.person_id)
            .where(
                PathwayStage.stage.in_([s.value for s in stages]),
                PathwayStage.status == "completed",
                PathwayStage.deleted_at.is_(None),
            )
            .distinct()
        ).all()
        for person_id in completed:
            person = session.get(Person, person_id)
            if person is None:
                continue
            rows = {
                r.stage: r
                for r in session.scalars(
                    select(PathwayStage).where(
                        PathwayStage.person_id == person_id, PathwayStage.deleted_at.is_(None)
                    )
                )
            }
            records = stage_records(session, person, rows)
            track = Track(person.track) if person.track else None
            order = (*COMMON_STAGES, *(TRACK_STAGES[track] if track else ()))
            broken = False
            for stage in order:
                row = rows.get(stage.value)
                if row is None or row.status != "completed":
                    continue
                if not broken and stage in stages and row.ended_on is not None:
                    broken = bool(
                        completion_problems(stage.value, records, row.ended_on, parameters)
                    )
                if broken:
                    reopened.append(row.id)
    with db.write_transaction() as connection:
        for start in range(0, len(reopened), 500):
            connection.execute(
                update(PathwayStage)
                .where(PathwayStage.id.in_(reopened[start : start + 500]))
                .values(status="in_progress", ended_on=None)
            )
    return len(reopened)
