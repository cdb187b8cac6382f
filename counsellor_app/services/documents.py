"""Issuing printed documents: serial, signed QR code, the register, re-prints and revocations.

A document is issued once (a register row with its snapshot and content hash) and can then be
printed again identically from the register. Revoking keeps the row and stamps re-prints.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from PIL import Image, UnidentifiedImageError
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from counsellor_app.core import signing
from counsellor_app.core.audit import AuditAction, AuditEvent
from counsellor_app.core.clock import local_today, utc_now
from counsellor_app.core.ids import format_document_serial, new_id
from counsellor_app.core.languages import LANGUAGES
from counsellor_app.core.parameters import Parameters
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.roles import Permission
from counsellor_app.documents.layout import Letterhead
from counsellor_app.documents.render import RenderRequest, render
from counsellor_app.documents.templates import TEMPLATES, Template
from counsellor_app.services import document_data, document_subjects
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.audit import audit
from counsellor_app.services.pathway import PathwayService
from counsellor_app.storage import people_queries
from counsellor_app.storage.atomic import write_atomically
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import (
    Agency,
    City,
    DocumentAsset,
    IssuedDocument,
    LetterheadSetting,
    LocalSetting,
    Person,
    SigningKey,
    UserAccount,
    this_agency_id,
)
from counsellor_app.storage.writer import writes

DEFAULT_LANGUAGES = ("fr", "ar")
LOGO_MAX_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class Issued:
    serial: str
    pdf: bytes


@dataclass(frozen=True)
class Printable:
    """A document that could be printed for one record, or why it cannot be yet."""

    subject: document_subjects.Subject
    problems: tuple[Problem, ...]

    @property
    def ready(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class RegisterRow:
    serial: str
    template: str
    languages: tuple[str, str]
    person_id: str | None
    person_name: str
    issued_at: datetime
    issued_by: str
    revoked_at: datetime | None
    revocation_reason: str


def parse_languages(text: str) -> tuple[str, str]:
    parts = tuple(text.split("+"))
    if len(parts) != 2 or parts[0] == parts[1] or not set(parts) <= set(LANGUAGES):
        raise DomainError.single("document_languages_invalid", "languages")
    return parts[0], parts[1]


def content_hash(template: str, version: int, languages: Sequence[str], data: Any) -> str:
    canonical = json.dumps(
        {"template": template, "version": version, "languages": list(languages), "data": data},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


class DocumentService:
    def __init__(
        self,
        db: Database,
        actor: CurrentUser,
        verification_file: Path | None = None,
        today: Callable[[], date] = local_today,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self._db, self._actor = db, actor
        self._verification_file = verification_file
        self._today, self._now = today, now

    # -- letterhead ------------------------------------------------------------------------
    def letterhead(self) -> tuple[Letterhead, tuple[str, str]]:
        """The agency's letterhead, or one made from the agency's record until it is set."""
        with self._db.reader() as session:
            return self._letterhead(session)

    def _letterhead(self, session: Session) -> tuple[Letterhead, tuple[str, str]]:
        setting = session.scalar(
            select(LetterheadSetting).where(LetterheadSetting.agency_id == this_agency_id(session))
        )
        if setting is not None:
            return Letterhead.from_json(setting.content), parse_languages(setting.languages)
        agency = session.get(Agency, this_agency_id(session))
        if agency is None:
            raise DomainError.single("agency_not_set_up")
        city = session.get(City, agency.city_id) if agency.city_id else None
        cities = {"fr": city.name_fr, "ar": city.name_ar, "en": city.name_en} if city else {}
        return (
            Letterhead(
                agency={"fr": agency.name},
                address={"fr": agency.address},
                city=cities,
                phone=agency.phone,
            ),
            DEFAULT_LANGUAGES,
        )

    @writes
    def save_letterhead(self, letterhead: Letterhead, languages: tuple[str, str]) -> None:
        self._actor.require(Permission.MANAGE_SETTINGS)
        parse_languages("+".join(languages))
        with self._db.unit_of_work(self._actor.id) as session:
            for sha in (letterhead.logo, *letterhead.donor_logos):
                if sha and session.get(DocumentAsset, sha) is None:
                    raise DomainError.single("document_logo_missing")
            setting = session.scalar(
                select(LetterheadSetting).where(
                    LetterheadSetting.agency_id == this_agency_id(session)
                )
            )
            if setting is None:
                setting = LetterheadSetting(id=new_id(), agency_id=this_agency_id(session))
                session.add(setting)
            setting.content = letterhead.to_json()
            setting.languages = "+".join(languages)

    @writes
    def add_logo(self, content: bytes) -> str:
        """Keep an image for letterheads; returns its SHA-256 (the same image is kept once)."""
        self._actor.require(Permission.MANAGE_SETTINGS)
        if len(content) > LOGO_MAX_BYTES:
            raise DomainError.single("document_logo_too_large", max_mib=2)
        try:  # only PNG and JPEG: what every printer driver and PDF viewer draws
            with Image.open(io.BytesIO(content)) as image:
                kind = image.format
        except (UnidentifiedImageError, OSError):
            kind = None
        if kind not in ("PNG", "JPEG"):
            raise DomainError.single("document_logo_format")
        sha = hashlib.sha256(content).hexdigest()
        with self._db.unit_of_work(self._actor.id) as session:
            if session.get(DocumentAsset, sha) is None:
                session.add(
                    DocumentAsset(sha256=sha, media_type=f"image/{kind.lower()}", content=content)
                )
        return sha

    def logo(self, sha: str) -> bytes | None:
        with self._db.reader() as session:
            asset = session.get(DocumentAsset, sha)
            return asset.content if asset is not None else None

    # -- issuing ---------------------------------------------------------------------------
    def issue(
        self, template: str, subject_id: str, languages: tuple[str, str] | None = None
    ) -> Issued:
        return self.issue_many(template, [subject_id], languages)[0]

    @writes
    def issue_many(
        self,
        template: str,
        subject_ids: Sequence[str],
        languages: tuple[str, str] | None = None,
        progress: Callable[[int], bool] | None = None,
        deliver: Callable[[bytes], object] | None = None,
    ) -> list[Issued]:
        """Issue one document per subject in one transaction, all rendered into one PDF (every
        ``Issued`` of a batch carries the same bytes: one file to print for a whole cohort).

        ``deliver(pdf)`` (the job handed to the print spooler, the PDF file written) runs
        before the commit: if it raises, no serial is used and no register row is left."""
        self._actor.require(Permission.VIEW_PEOPLE)
        spec = self._template(template)
        parameters = PathwayService(self._db, self._actor, self._today).parameters()
        today = self._today()
        requests: list[RenderRequest] = []
        serials: list[str] = []
        with self._db.unit_of_work(self._actor.id) as session:
            letterhead, default_languages = self._letterhead(session)
            chosen = languages or default_languages
            key = self._signing_key(session)
            assets = self._assets(session, letterhead)
            agency, device = self._codes(session)
            for subject_id in subject_ids:
                snapshot = self._snapshot(session, spec, subject_id, parameters, today)
                person = snapshot.person
                sequence = people_queries.next_number(session.connection(), "document", today.year)
                serial = format_document_serial(agency, device, today.year, sequence)
                data = {
                    **snapshot.data,
                    "issued_on": today.isoformat(),
                    "letterhead": letterhead.to_json(),
                }
                person_block = data.get("person") or {}
                payload = signing.sign(
                    signing.Claim(
                        serial,
                        template,
                        today,
                        person_block.get("file_number", snapshot.subject_id or "-"),
                        person_block.get("name", data.get("cohort", "")),
                    ),
                    key,
                )
                session.add(
                    IssuedDocument(
                        id=new_id(),
                        serial=serial,
                        template=template,
                        template_version=spec.version,
                        languages="+".join(chosen),
                        person_id=person.id if person is not None else None,
                        subject_id=snapshot.subject_id,
                        issued_by=self._actor.id,
                        issued_at=self._now(),
                        snapshot=data,
                        content_hash=content_hash(template, spec.version, chosen, data),
                        payload=payload,
                    )
                )
                serials.append(serial)
                requests.append(
                    RenderRequest(template, data, chosen, letterhead, serial, payload, assets)
                )
            audit(
                session,
                self._actor,
                AuditEvent(
                    AuditAction.DOCUMENT_ISSUED,
                    "document",
                    serials[0] if len(serials) == 1 else "",
                    {"template": template, "serials": serials if len(serials) <= 50 else
                     [serials[0], serials[-1]], "count": len(serials)},
                ),
            )  # fmt: skip
            # Rendered before the commit: a template that cannot print leaves no register row.
            pdf = render(requests, progress)
            if deliver is not None:
                deliver(pdf)
        self.write_verification_file()
        return [Issued(serial, pdf) for serial in serials]

    def preview(
        self, template: str, subject_id: str, languages: tuple[str, str] | None = None
    ) -> bytes:
        """The document as it would be issued, stamped SPECIMEN, without serial or QR code:
        nothing is registered, so looking costs nothing and proves nothing."""
        self._actor.require(Permission.VIEW_PEOPLE)
        spec = self._template(template)
        parameters = PathwayService(self._db, self._actor, self._today).parameters()
        today = self._today()
        with self._db.reader() as session:
            letterhead, default_languages = self._letterhead(session)
            snapshot = self._snapshot(session, spec, subject_id, parameters, today)
            data = {**snapshot.data, "issued_on": today.isoformat()}
            request = RenderRequest(
                template,
                data,
                languages or default_languages,
                letterhead,
                serial="",
                payload="",
                assets=self._assets(session, letterhead),
                stamp="specimen",
            )
        return render([request])

    def printable(self, person_id: str) -> list[Printable]:
        """Every document of the person's file, each ready or with the reasons it is not."""
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            subjects = document_subjects.for_person(session, person_id)
            return self._check(session, subjects)

    def cohort_certificates(self, cohort_id: str) -> list[Printable]:
        """The soft-skills certificate of each person of a cohort, ready or refused."""
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            return self._check(session, document_subjects.for_cohort(session, cohort_id))

    def cohort_sheets(self, cohort_id: str) -> list[document_subjects.Subject]:
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            return document_subjects.sessions_of(session, cohort_id)

    def _check(
        self, session: Session, subjects: Sequence[document_subjects.Subject]
    ) -> list[Printable]:
        parameters = PathwayService(self._db, self._actor, self._today).parameters()
        today = self._today()
        checked = []
        for subject in subjects:
            try:
                self._snapshot(
                    session, TEMPLATES[subject.template], subject.subject_id, parameters, today
                )
            except DomainError as refusal:
                checked.append(Printable(subject, refusal.problems))
            else:
                checked.append(Printable(subject, ()))
        return checked

    def reprint(self, serial: str) -> bytes:
        """The document exactly as issued (a revoked one is stamped as such)."""
        with self._db.reader() as session:
            row = self._row(session, serial)
            letterhead = Letterhead.from_json(row.snapshot["letterhead"])
            return render(
                [
                    RenderRequest(
                        row.template,
                        row.snapshot,
                        parse_languages(row.languages),
                        letterhead,
                        row.serial,
                        row.payload,
                        self._assets(session, letterhead),
                        stamp="revoked" if row.revoked_at is not None else "",
                    )
                ]
            )

    @writes
    def revoke(self, serial: str, reason: str) -> None:
        self._actor.require(Permission.VIEW_PEOPLE)
        reason = " ".join(reason.split())
        if not reason:
            raise DomainError.single("reason_required", "reason")
        with self._db.unit_of_work(self._actor.id) as session:
            row = self._row(session, serial)
            if row.revoked_at is not None:
                raise DomainError.single("document_already_revoked")
            row.revoked_at, row.revoked_by, row.revocation_reason = (
                self._now(),
                self._actor.id,
                reason[:300],
            )
        self.write_verification_file()

    def register(
        self, person_id: str | None = None, query: str = "", limit: int = 500
    ) -> list[RegisterRow]:
        """Newest first; ``query`` matches part of a serial or of the person's names."""
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            statement = (
                select(IssuedDocument, UserAccount.display_name)
                .join(UserAccount, UserAccount.id == IssuedDocument.issued_by)
                .outerjoin(Person, Person.id == IssuedDocument.person_id)
            )
            if person_id is not None:
                statement = statement.where(IssuedDocument.person_id == person_id)
            for word in query.split():
                pattern = f"%{word.replace('%', '').replace('_', '')}%"
                statement = statement.where(
                    or_(
                        IssuedDocument.serial.ilike(pattern),
                        Person.last_name.ilike(pattern),
                        Person.first_name.ilike(pattern),
                        Person.file_number.ilike(pattern),
                    )
                )
            rows = session.execute(
                statement.order_by(
                    IssuedDocument.issued_at.desc(), IssuedDocument.serial.desc()
                ).limit(limit)
            ).all()
            return [
                RegisterRow(
                    d.serial,
                    d.template,
                    parse_languages(d.languages),
                    d.person_id,
                    (d.snapshot.get("person") or {}).get("name", d.snapshot.get("cohort", "")),
                    d.issued_at,
                    issued_by,
                    d.revoked_at,
                    d.revocation_reason,
                )
                for d, issued_by in rows
            ]

    def verify(self, payload: str) -> signing.Verification:
        with self._db.reader() as session:
            keys, revoked = self._trust(session)
        return signing.verify(payload, keys, revoked)

    # -- internals -------------------------------------------------------------------------
    @staticmethod
    def _template(template: str) -> Template:
        spec = TEMPLATES.get(template)
        if spec is None:
            raise DomainError.single("document_template_unknown")
        return spec

    @staticmethod
    def _snapshot(
        session: Session, spec: Template, subject_id: str, parameters: Parameters, today: date
    ) -> document_data.Snapshot:
        snapshot = document_data.BUILDERS[spec.key](session, subject_id, parameters, today)
        person = snapshot.person
        if spec.for_person and (person is None or person.consent_status == "pending"):
            raise DomainError.single("document_consent_pending")
        if spec.for_person and person is not None and not _consent_holds(person, today):
            raise DomainError.single("document_consent_expired")
        return snapshot

    def _row(self, session: Session, serial: str) -> IssuedDocument:
        row = session.scalar(select(IssuedDocument).where(IssuedDocument.serial == serial.strip()))
        if row is None:
            raise DomainError.single("document_not_found")
        return row

    def _codes(self, session: Session) -> tuple[str, str]:
        agency = session.get(Agency, this_agency_id(session))
        device = session.get(LocalSetting, "device_code")
        if agency is None or device is None:
            raise DomainError.single("agency_not_set_up")
        return agency.code, device.value

    def _signing_key(self, session: Session) -> Ed25519PrivateKey:
        """This PC's signing key, made on first use; its private half never leaves the database."""
        own = session.scalar(
            select(SigningKey).where(
                SigningKey.private_key.is_not(None), SigningKey.deleted_at.is_(None)
            )
        )
        if own is not None and own.private_key is not None:
            return Ed25519PrivateKey.from_private_bytes(own.private_key)
        key = Ed25519PrivateKey.generate()
        public = signing.public_bytes(key)
        device = session.get(LocalSetting, "device_code")
        session.add(
            SigningKey(
                id=new_id(),
                key_id=signing.key_id(public),
                public_key=public,
                private_key=key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
                device_code=device.value if device else "",
            )
        )
        return key

    def _assets(self, session: Session, letterhead: Letterhead) -> dict[str, bytes]:
        wanted = [sha for sha in (letterhead.logo, *letterhead.donor_logos) if sha]
        return {
            a.sha256: a.content
            for a in session.scalars(select(DocumentAsset).where(DocumentAsset.sha256.in_(wanted)))
        }

    def _trust(self, session: Session) -> tuple[dict[str, bytes], dict[str, str]]:
        """This PC's keys, and the revocations of its own agency's serials: another agency's
        revocation counts only as the server's registry hands it over (a record here under
        another agency's serial proves nothing)."""
        keys = {k.key_id: k.public_key for k in session.scalars(select(SigningKey))}
        agency = session.get(Agency, this_agency_id(session))
        own = agency.code.upper() if agency is not None else ""
        revoked = {
            d.serial: d.revocation_reason
            for d in session.scalars(
                select(IssuedDocument).where(IssuedDocument.revoked_at.is_not(None))
            )
            if signing.serial_agency(d.serial) == own
        }
        return keys, revoked

    def write_verification_file(
        self,
        server_trust: tuple[Mapping[str, bytes], Mapping[str, str]] | None = None,
        key_agencies: Mapping[str, str] | None = None,
    ) -> None:
        """Public keys and revocations in a plain file beside the database, for ``verify``:
        this PC's own, and every agency's from the server when a sync brought them."""
        if self._verification_file is None:
            return
        with self._db.reader() as session:
            keys, revoked = self._trust(session)
        if server_trust is None and self._verification_file.exists():
            try:  # keep what the last sync brought
                kept = self._verification_file.read_text("utf-8")
                server_trust, key_agencies = read_trust(kept), read_key_agencies(kept)
            except (OSError, ValueError):
                server_trust = None
        if server_trust is not None:
            keys = {**server_trust[0], **keys}
            revoked = {**server_trust[1], **revoked}
        write_atomically(self._verification_file, trust_json(keys, revoked, key_agencies).encode())


def trust_json(
    keys: Mapping[str, bytes],
    revoked: Mapping[str, str],
    key_agencies: Mapping[str, str] | None = None,
) -> str:
    return json.dumps(
        {
            "format": 1,
            "keys": {k: base64.b64encode(v).decode() for k, v in sorted(keys.items())},
            "revoked": dict(sorted(revoked.items())),
            "agencies": dict(sorted((key_agencies or {}).items())),
        },
        indent=1,
        ensure_ascii=False,
    )


def read_key_agencies(text: str) -> dict[str, str]:
    """Key id → the agency code the server registered it to (empty before a sync)."""
    raw = json.loads(text)
    return {str(k): str(v) for k, v in (raw.get("agencies") or {}).items()}


def read_trust(text: str) -> tuple[dict[str, bytes], dict[str, str]]:
    raw = json.loads(text)
    if raw.get("format") != 1:
        raise ValueError("unknown verification file format")
    keys = {k: base64.b64decode(v) for k, v in raw.get("keys", {}).items()}
    return keys, {str(k): str(v) for k, v in raw.get("revoked", {}).items()}


def _consent_holds(person: Person, today: date) -> bool:
    """The current consent to processing is still valid today (not expired, not withdrawn)."""
    return any(
        consent.deleted_at is None
        and consent.withdrawn_on is None
        and consent.given_on <= today
        and (consent.expires_on is None or today <= consent.expires_on)
        for consent in person.consents
    )
