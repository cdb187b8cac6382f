"""Unsaved form content, written while the counsellor types, so a crash or power cut loses nothing.

Drafts live in the encrypted database (they hold personal data), one per user, form and subject.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from counsellor_app.core.clock import utc_now
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import Draft
from counsellor_app.storage.writer import writes


@dataclass(frozen=True)
class SavedDraft:
    payload: dict[str, Any]
    updated_at: datetime


class DraftService:
    def __init__(self, db: Database, actor: CurrentUser) -> None:
        self._db, self._actor = db, actor

    def _where(self, kind: str, subject_id: str | None) -> Any:
        subject = (
            Draft.subject_id.is_(None) if subject_id is None else Draft.subject_id == subject_id
        )
        return (Draft.user_id == self._actor.id) & (Draft.kind == kind) & subject

    @writes
    def save(self, kind: str, subject_id: str | None, payload: dict[str, Any]) -> None:
        with self._db.unit_of_work(self._actor.id) as session:
            draft = session.scalar(select(Draft).where(self._where(kind, subject_id)))
            if draft is None:
                draft = Draft(user_id=self._actor.id, kind=kind, subject_id=subject_id)
                session.add(draft)
            draft.payload, draft.updated_at = payload, utc_now()

    def load(self, kind: str, subject_id: str | None) -> SavedDraft | None:
        with self._db.reader() as session:
            draft = session.scalar(select(Draft).where(self._where(kind, subject_id)))
            return None if draft is None else SavedDraft(draft.payload, draft.updated_at)

    @writes
    def discard(self, kind: str, subject_id: str | None) -> None:
        with self._db.unit_of_work(self._actor.id) as session:
            session.execute(delete(Draft).where(self._where(kind, subject_id)))
