"""Scans and photos attached to a person or to one stage of their pathway."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import select

from counsellor_app.core.attachments import (
    IMAGE_TYPES,
    check_attachment,
    media_type_of,
    safe_file_name,
)
from counsellor_app.core.clock import local_today, utc_now
from counsellor_app.core.pathway import Stage
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.roles import Permission
from counsellor_app.core.text import clean_line
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.pathway import PathwayService
from counsellor_app.storage.blob_store import BlobCorrupt, BlobMissing, BlobStore
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import Attachment, Person
from counsellor_app.storage.writer import writes

log = logging.getLogger(__name__)
THUMBNAIL_PIXELS = 160
# A decompression bomb (a tiny file that unpacks to gigapixels) is refused, not thumbnailed.
Image.MAX_IMAGE_PIXELS = 60_000_000


@dataclass(frozen=True)
class AttachmentView:
    id: str
    stage: str | None
    title: str
    file_name: str
    media_type: str
    size_bytes: int
    sha256: str
    thumbnail: bytes | None  # PNG
    added_at: datetime
    available: bool  # the content is on this PC


def make_thumbnail(data: bytes, media_type: str) -> bytes | None:
    """A small PNG of an image (turned upright from its EXIF), or None for PDFs and oddities."""
    if media_type not in IMAGE_TYPES:
        return None
    try:
        with Image.open(io.BytesIO(data)) as image:
            upright = ImageOps.exif_transpose(image) or image
            upright.thumbnail((THUMBNAIL_PIXELS, THUMBNAIL_PIXELS))
            out = io.BytesIO()
            upright.convert("RGB").save(out, "PNG", optimize=True)
            return out.getvalue()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, ValueError):
        log.warning("no thumbnail for an attachment of type %s", media_type)
        return None


class AttachmentService:
    def __init__(
        self, db: Database, actor: CurrentUser, today: Callable[[], date] = local_today
    ) -> None:
        self._db, self._actor, self._today = db, actor, today
        self.blobs = BlobStore(db.paths.attachments, db.key)

    def max_kib(self) -> int:
        parameters = PathwayService(self._db, self._actor, self._today).parameters()
        return parameters.get("attachment_max_kib", self._today())

    def attachments(self, person_id: str) -> list[AttachmentView]:
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            rows = session.scalars(
                select(Attachment)
                .where(Attachment.person_id == person_id, Attachment.deleted_at.is_(None))
                .order_by(Attachment.created_at.desc())
            )
            return [self._view(a) for a in rows]

    def _view(self, a: Attachment) -> AttachmentView:
        return AttachmentView(
            a.id,
            a.stage,
            a.title,
            a.file_name,
            a.media_type,
            a.size_bytes,
            a.sha256,
            a.thumbnail,
            a.created_at,
            self.blobs.has(a.sha256),
        )

    @writes
    def attach(
        self,
        person_id: str,
        file_name: str,
        data: bytes,
        title: str = "",
        stage: Stage | None = None,
    ) -> str:
        """Keep a copy of the file, encrypted; refused when too big or not a scan or photo."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        problems = check_attachment(data, self.max_kib())
        title = clean_line(title) or safe_file_name(file_name)
        if len(title) > 200:
            problems.append(Problem("text_too_long", "title", {"max": 200}))
        if problems:
            raise DomainError(problems)
        media_type = media_type_of(data)
        assert media_type is not None
        thumbnail = make_thumbnail(data, media_type)
        sha256 = self.blobs.put(data)  # before the row: a row never points at nothing
        with self._db.unit_of_work(self._actor.id) as session:
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise DomainError.single("person_not_found")
            record = Attachment(
                person_id=person_id,
                stage=stage.value if stage is not None else None,
                title=title,
                file_name=safe_file_name(file_name),
                media_type=media_type,
                size_bytes=len(data),
                sha256=sha256,
                thumbnail=thumbnail,
            )
            session.add(record)
            session.flush()
            return record.id

    def content(self, attachment_id: str) -> tuple[AttachmentView, bytes]:
        """The decrypted content, to show in the app (never written to disk in clear)."""
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            record = session.get(Attachment, attachment_id)
            if record is None or record.deleted_at is not None:
                raise DomainError.single("attachment_not_found")
            view = self._view(record)
        try:
            return view, self.blobs.get(view.sha256)
        except BlobMissing as error:
            raise DomainError.single("attachment_not_on_this_pc") from error
        except BlobCorrupt as error:
            log.error("attachment %s does not match its hash", view.sha256)
            raise DomainError.single("attachment_damaged") from error

    @writes
    def remove(self, attachment_id: str) -> None:
        """Archive the attachment (the history keeps who removed it); the blob stays for sync."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        with self._db.unit_of_work(self._actor.id) as session:
            record = session.get(Attachment, attachment_id)
            if record is None or record.deleted_at is not None:
                raise DomainError.single("attachment_not_found")
            record.deleted_at = utc_now()
