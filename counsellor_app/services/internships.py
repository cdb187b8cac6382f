"""Host organisations and internships, within the contract bounds of the reference data."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select

from counsellor_app.core.clock import local_today
from counsellor_app.core.internships import (
    DEFAULT_GRID,
    OLD_AGREEMENTS,
    PARTIES,
    Agreement,
    AgreementFacts,
    HostRecord,
    InternshipKind,
    check_agreement,
    check_outcome,
    check_scores,
    check_terms,
    host_record,
)
from counsellor_app.core.merge import Opened
from counsellor_app.core.money import parse_mad
from counsellor_app.core.phone import parse_phone
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.roles import Permission
from counsellor_app.core.text import clean_block, clean_line
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.form_save import merged, record_version
from counsellor_app.services.pathway import PathwayService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import Attachment, HostOrganisation, Internship, Person
from counsellor_app.storage.writer import writes

AGREEMENT_STATUSES = tuple(a.value for a in Agreement)


@dataclass(frozen=True)
class HostInput:
    name: str
    sector: str = ""
    city_id: str | None = None
    contact_name: str = ""
    contact_phone: str = ""
    ice: str = ""


@dataclass(frozen=True)
class HostView:
    id: str
    name: str
    sector: str
    city_id: str | None
    contact_name: str
    contact_phone: str | None
    ice: str


@dataclass(frozen=True)
class InternshipInput:
    host_id: str
    starts_on: date | None
    ends_on: date | None
    stipend: str  # as typed, e.g. "2 500" or "2.500,00 DH"
    tutor: str = ""
    agreement_status: str = "draft"
    midterm_evaluation: str = ""
    final_evaluation: str = ""
    hired: bool | None = None
    kind: str = InternshipKind.CONTRAT_INSERTION.value
    signatures: tuple[str, ...] = ()  # the parties who signed (core.internships.PARTIES)
    signed_on: date | None = None
    signed_copy_id: str | None = None  # the attachment holding the signed copy
    ended_early_on: date | None = None
    end_reason: str = ""
    midterm_scores: tuple[tuple[str, int], ...] = ()  # (criterion, 1..4) on the grid
    final_scores: tuple[tuple[str, int], ...] = ()
    contract_kind: str = ""  # when hired: cdi, cdd, tahfiz
    not_hired_reason: str = ""  # when not hired


@dataclass(frozen=True)
class InternshipView:
    id: str
    host_id: str
    host_name: str
    starts_on: date
    ends_on: date
    stipend_centimes: int
    tutor: str
    agreement_status: str
    midterm_evaluation: str
    final_evaluation: str
    hired: bool | None
    version: str = ""  # a form saves with it (``save(..., opened=)``)
    kind: str = InternshipKind.CONTRAT_INSERTION.value
    signatures: tuple[str, ...] = ()
    signed_on: date | None = None
    signed_copy_id: str | None = None
    ended_early_on: date | None = None
    end_reason: str = ""
    midterm_scores: tuple[tuple[str, int], ...] = ()
    final_scores: tuple[tuple[str, int], ...] = ()
    contract_kind: str = ""
    not_hired_reason: str = ""

    def form(self) -> InternshipInput:
        """The internship as its form shows it (the base of a later save's merge)."""
        return InternshipInput(
            self.host_id, self.starts_on, self.ends_on,
            f"{self.stipend_centimes // 100},{self.stipend_centimes % 100:02d}", self.tutor,
            self.agreement_status, self.midterm_evaluation, self.final_evaluation, self.hired,
            self.kind, self.signatures, self.signed_on, self.signed_copy_id,
            self.ended_early_on, self.end_reason, self.midterm_scores, self.final_scores,
            self.contract_kind, self.not_hired_reason,
        )  # fmt: skip


def _comparable(data: InternshipInput) -> InternshipInput:
    """The form in stored form (stipend in centimes, cleaned text), so that a value shown
    another way than it is kept (``2.500,00`` for 250000) is not taken for an edit."""
    try:
        stipend = str(parse_mad(data.stipend, "stipend"))
    except DomainError:
        stipend = data.stipend  # refused by validation before any merge
    return replace(
        data,
        stipend=stipend,
        tutor=clean_line(data.tutor)[:120],
        midterm_evaluation=clean_block(data.midterm_evaluation),
        final_evaluation=clean_block(data.final_evaluation),
        signatures=tuple(sorted(set(data.signatures))),
        end_reason=clean_line(data.end_reason)[:300],
    )


def _scores(value: object) -> tuple[tuple[str, int], ...]:
    """Stored grid scores in the grid's order (anything else a newer version wrote, after)."""
    if not isinstance(value, dict):
        return ()
    order = {c: i for i, c in enumerate(DEFAULT_GRID)}
    return tuple(
        sorted(
            ((str(k), int(v)) for k, v in value.items() if isinstance(v, int)),
            key=lambda kv: (order.get(kv[0], len(order)), kv[0]),
        )
    )


def _stored(record: Internship) -> InternshipInput:
    return InternshipInput(
        record.host_id,
        record.starts_on,
        record.ends_on,
        str(record.stipend_centimes),
        record.tutor,
        OLD_AGREEMENTS.get(record.agreement_status, record.agreement_status),
        record.midterm_evaluation,
        record.final_evaluation,
        record.hired,
        record.kind,
        tuple(sorted(str(p) for p in record.signatures or ())),
        record.signed_on,
        record.signed_copy_id,
        record.ended_early_on,
        record.end_reason,
        _scores(record.midterm_scores),
        _scores(record.final_scores),
        record.contract_kind,
        record.not_hired_reason,
    )


class InternshipService:
    def __init__(
        self, db: Database, actor: CurrentUser, today: Callable[[], date] = local_today
    ) -> None:
        self._db, self._actor, self._today = db, actor, today

    # -- hosts -----------------------------------------------------------------------------
    def hosts(self) -> list[HostView]:
        with self._db.reader() as session:
            return [
                HostView(h.id, h.name, h.sector, h.city_id, h.contact_name, h.contact_phone, h.ice)
                for h in session.scalars(
                    select(HostOrganisation)
                    .where(HostOrganisation.deleted_at.is_(None))
                    .order_by(HostOrganisation.name)
                )
            ]

    @writes
    def create_host(self, data: HostInput) -> str:
        self._actor.require(Permission.REGISTER_PEOPLE)
        problems: list[Problem] = []
        name = clean_line(data.name)
        if not name:
            problems.append(Problem("required", "name"))
        elif len(name) > 200:
            problems.append(Problem("text_too_long", "name", {"max": 200}))
        ice = re.sub(r"\s", "", data.ice)
        if ice and not re.fullmatch(r"\d{15}", ice):
            problems.append(Problem("ice_format", "ice"))
        phone: str | None = None
        if clean_line(data.contact_phone):
            try:
                phone = parse_phone(data.contact_phone)
            except DomainError as error:
                problems.extend(Problem(p.code, "contact_phone") for p in error.problems)
        if problems:
            raise DomainError(problems)
        with self._db.unit_of_work(self._actor.id) as session:
            host = HostOrganisation(
                name=name,
                sector=clean_line(data.sector)[:120],
                city_id=data.city_id or None,
                contact_name=clean_line(data.contact_name)[:120],
                contact_phone=phone,
                ice=ice,
            )
            session.add(host)
            session.flush()
            return host.id

    # -- internships -----------------------------------------------------------------------
    def internships(self, person_id: str) -> list[InternshipView]:
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            return [
                _view(i)
                for i in session.scalars(
                    select(Internship)
                    .where(Internship.person_id == person_id, Internship.deleted_at.is_(None))
                    .order_by(Internship.starts_on.desc())
                )
            ]

    @writes
    def save(
        self,
        person_id: str,
        data: InternshipInput,
        internship_id: str | None = None,
        opened: Opened[InternshipInput] | None = None,
        chosen: Mapping[str, Any] | None = None,
    ) -> str:
        """Create or update an internship: refused outside its kind's bounds, off the wage
        track, on an agreement move its record does not allow (three signatures and the
        signed copy to sign, a reason to end early), on an incomplete score grid, or on an
        outcome without its contract kind or reason.

        ``opened``: what the form showed, with :attr:`InternshipView.version`; an internship
        changed since keeps what the form did not touch (``EditConflict`` where both changed)."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        data = _comparable_text(data)
        self._check(data, [])
        assert data.starts_on is not None and data.ends_on is not None
        with self._db.unit_of_work(self._actor.id) as session:
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise DomainError.single("person_not_found")
            if person.track != "wage":
                raise DomainError.single("internship_needs_wage_track", "host")
            if session.get(HostOrganisation, data.host_id) is None:
                raise DomainError.single("invalid_choice", "host")
            record = session.get(Internship, internship_id) if internship_id else None
            if record is not None and record.person_id != person_id:
                raise DomainError.single("invalid_choice", "host")
            stored = _stored(record) if record is not None else None
            centimes: int | None = None
            if record is not None and opened is not None:
                assert stored is not None
                mine = merged(
                    Opened(opened.version, _comparable(opened.values)),
                    record_version(record),
                    _comparable(data),
                    stored,
                    chosen,
                )
                data = _comparable_text(mine)
                centimes = int(mine.stipend)  # merged in stored form: centimes
            copy_ok = data.signed_copy_id is not None and session.scalar(
                select(Attachment.id).where(
                    Attachment.id == data.signed_copy_id,
                    Attachment.person_id == person_id,
                    Attachment.deleted_at.is_(None),
                )
            )
            if data.signed_copy_id is not None and not copy_ok:
                raise DomainError.single("invalid_choice", "signed_copy")
            before = Agreement(stored.agreement_status) if stored else Agreement.DRAFT
            centimes = self._check(data, [], before, bool(copy_ok), centimes)
            assert data.starts_on is not None and data.ends_on is not None
            if record is None:
                record = Internship(person_id=person_id)
                session.add(record)
            record.host_id, record.starts_on, record.ends_on = (
                data.host_id,
                data.starts_on,
                data.ends_on,
            )
            record.tutor = data.tutor
            record.stipend_centimes = centimes
            record.agreement_status = data.agreement_status
            record.midterm_evaluation = data.midterm_evaluation
            record.final_evaluation = data.final_evaluation
            record.hired = data.hired
            record.kind = data.kind
            record.signatures = list(data.signatures)
            record.signed_on, record.signed_copy_id = data.signed_on, data.signed_copy_id
            record.ended_early_on, record.end_reason = data.ended_early_on, data.end_reason
            record.midterm_scores = dict(data.midterm_scores)
            record.final_scores = dict(data.final_scores)
            record.contract_kind = data.contract_kind if data.hired else ""
            record.not_hired_reason = data.not_hired_reason if data.hired is False else ""
            session.flush()
            return record.id

    def _check(
        self,
        data: InternshipInput,
        problems: list[Problem],
        before: Agreement | None = None,
        copy_attached: bool = False,
        centimes: int | None = None,
    ) -> int:
        """Every problem of the form (the agreement's move too once ``before`` is known);
        returns the stipend in centimes (``centimes`` when already parsed)."""
        if not data.host_id:
            problems.append(Problem("required", "host"))
        if data.starts_on is None:
            problems.append(Problem("required", "starts_on"))
        if data.ends_on is None:
            problems.append(Problem("required", "ends_on"))
        if data.agreement_status not in AGREEMENT_STATUSES:
            problems.append(Problem("invalid_choice", "agreement_status"))
        if data.kind not in {k.value for k in InternshipKind}:
            problems.append(Problem("invalid_choice", "kind"))
        if set(data.signatures) - set(PARTIES):
            problems.append(Problem("invalid_choice", "signatures"))
        stipend = centimes or 0
        if centimes is None:
            try:
                stipend = parse_mad(data.stipend, "stipend")
            except DomainError as error:
                problems.extend(error.problems)
        for name, text in (
            ("midterm_evaluation", data.midterm_evaluation),
            ("final_evaluation", data.final_evaluation),
        ):
            if len(text) > 4000:
                problems.append(Problem("text_too_long", name, {"max": 4000}))
        problems.extend(check_scores(dict(data.midterm_scores), DEFAULT_GRID, "midterm_scores"))
        problems.extend(check_scores(dict(data.final_scores), DEFAULT_GRID, "final_scores"))
        problems.extend(check_outcome(data.hired, data.contract_kind, data.not_hired_reason))
        if not problems and data.starts_on is not None and data.ends_on is not None:
            parameters = PathwayService(self._db, self._actor, self._today).parameters()
            problems.extend(
                check_terms(
                    InternshipKind(data.kind), stipend, data.starts_on, data.ends_on, parameters
                )
            )
            if before is not None:
                facts = AgreementFacts(
                    before,
                    data.starts_on,
                    data.ends_on,
                    frozenset(data.signatures),
                    data.signed_on,
                    copy_attached,
                    data.ended_early_on,
                    data.end_reason,
                )
                problems.extend(
                    check_agreement(facts, Agreement(data.agreement_status), self._today())
                )
        if problems:
            raise DomainError(problems)
        return stipend

    def attach_signed_copy(self, person_id: str, file_name: str, data: bytes) -> str:
        """Keep the scanned agreement, signed by the three parties, with the internship
        stage's attachments; its id is then saved with the agreement (``signed_copy_id``)."""
        from counsellor_app.core.pathway import Stage
        from counsellor_app.services.attachments import AttachmentService

        return AttachmentService(self._db, self._actor, self._today).attach(
            person_id, file_name, data, stage=Stage.INTERNSHIP
        )

    def host_record(self, host_id: str) -> HostRecord:
        """The host's record across its interns (every person's, not only this file's)."""
        self._actor.require(Permission.VIEW_PEOPLE)
        with self._db.reader() as session:
            return host_record(
                (kind, status, hired)
                for kind, status, hired in session.execute(
                    select(Internship.kind, Internship.agreement_status, Internship.hired).where(
                        Internship.host_id == host_id, Internship.deleted_at.is_(None)
                    )
                )
            )


def _comparable_text(data: InternshipInput) -> InternshipInput:
    """Cleaned text and sorted signatures (the stipend stays as typed until saved)."""
    return replace(
        data,
        tutor=clean_line(data.tutor)[:120],
        midterm_evaluation=clean_block(data.midterm_evaluation),
        final_evaluation=clean_block(data.final_evaluation),
        signatures=tuple(sorted(set(data.signatures))),
        end_reason=clean_line(data.end_reason)[:300],
        agreement_status=OLD_AGREEMENTS.get(data.agreement_status, data.agreement_status),
    )


def _view(i: Internship) -> InternshipView:
    s = _stored(i)
    return InternshipView(
        i.id,
        i.host_id,
        i.host.name,
        i.starts_on,
        i.ends_on,
        i.stipend_centimes,
        i.tutor,
        s.agreement_status,
        i.midterm_evaluation,
        i.final_evaluation,
        i.hired,
        record_version(i),
        kind=s.kind,
        signatures=s.signatures,
        signed_on=s.signed_on,
        signed_copy_id=s.signed_copy_id,
        ended_early_on=s.ended_early_on,
        end_reason=s.end_reason,
        midterm_scores=s.midterm_scores,
        final_scores=s.final_scores,
        contract_kind=s.contract_kind,
        not_hired_reason=s.not_hired_reason,
    )
