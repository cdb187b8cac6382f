"""Moving in from Excel, and the register going out in the same workbook.

The import is in two steps the counsellor sees: ``check`` reads the workbook (limits first:
size, zip contents, sheets and rows are checked before any cell is loaded; macros and
encrypted files refused) and runs the whole import in a transaction that is rolled back, so
every row is held to the app's own rules (the intake's validation, the stage rules of
core.stage_records, the referral's consent) on the very records it would write; ``commit``
runs it again and keeps it, all rows in one transaction. Rows are linked across sheets by the
workbook's own file numbers; a person whose file number is already in the register, and a
record whose natural key is already there, is left as it is: importing the same workbook
twice changes nothing.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counsellor_app.core import workbook as wb
from counsellor_app.core.audit import AuditAction, AuditEvent
from counsellor_app.core.clock import local_today
from counsellor_app.core.ids import new_id
from counsellor_app.core.normalize import document_key
from counsellor_app.core.pathway import NEEDS_REASON, Status
from counsellor_app.core.person import ConsentInput, IdentityDocumentInput, PersonInput
from counsellor_app.core.person import validate_person as validate_intake
from counsellor_app.core.person_import import UnreadableFile, fold
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.referrals import new_referral_code, normalise_referral_code
from counsellor_app.core.roles import Permission
from counsellor_app.core.sensitive import is_masked
from counsellor_app.core.stage_records import StageRecords, completion_problems
from counsellor_app.core.vocab import REQUIRED_CONSENT_PURPOSE, VULNERABILITY_FLAGS
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.audit import audit
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.services.stage_records import stage_records
from counsellor_app.storage import changes
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import (
    AeRegistration,
    Attendance,
    BudgetEnvelope,
    BusinessPlan,
    City,
    Cohort,
    CohortSession,
    Consent,
    Disbursement,
    Enrolment,
    FollowUpVisit,
    GrantApplication,
    HostOrganisation,
    IdentityDocument,
    Internship,
    Outcome,
    Partner,
    PathwayStage,
    Person,
)
from counsellor_app.storage.models import Referral as ReferralRecord
from counsellor_app.storage.writer import writes

Progress = Callable[[int, int], object]  # (rows done, rows in all); its answer is ignored

# The order rows are written in: a stage is checked last, against every record it reads.
ORDER = (
    "person", "identity_document", "consent", "cohort", "attendance", "internship",
    "ae_registration", "business_plan", "grant_application", "disbursement", "referral",
    "follow_up_visit", "outcome", "pathway_stage",
)  # fmt: skip


# -- the file, before any cell ------------------------------------------------------------------


def _refuse(code: str, **params: object) -> UnreadableFile:
    return UnreadableFile([Problem(code, "file", dict(params))])


def inspect(data: bytes) -> None:
    """Refuse, before openpyxl reads anything, what is not a plain workbook of a sane size:
    too large, encrypted (an OLE container, not a zip), with macros, a zip whose parts unpack
    to far more than they weigh (a zip bomb), too many sheets or rows (as the sheets declare
    them; the rows are counted again while reading)."""
    if len(data) > wb.MAX_BYTES:
        raise _refuse("import_too_large", max_mb=wb.MAX_BYTES >> 20)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        # Excel's password-protected workbooks and the old .xls format are OLE files.
        raise _refuse("import_encrypted_or_old")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise _refuse("import_not_a_table") from error
    with archive:
        infos = archive.infolist()
        if len(infos) > 10 * wb.MAX_SHEETS + 100:
            raise _refuse("import_zip_bomb")
        names = {i.filename.lower() for i in infos}
        if any(n.endswith("vbaproject.bin") or (n.endswith(".bin") and "vba" in n) for n in names):
            raise _refuse("import_macros")
        total = 0
        for info in infos:  # sizes first: nothing is inflated before they pass
            total += info.file_size
            packed = max(info.compress_size, 1)
            if info.file_size > 1_000_000 and info.file_size / packed > wb.MAX_RATIO:
                raise _refuse("import_zip_bomb")
            # openpyxl reads the shared strings and the styles whole, even read-only.
            if info.filename.lower() in WHOLE_PARTS and info.file_size > wb.MAX_WHOLE_PART:
                raise _refuse("import_zip_bomb")
        if total > wb.MAX_UNPACKED:
            raise _refuse("import_zip_bomb")
        for info in infos:
            if info.filename.lower() == "[content_types].xml":
                with archive.open(info) as part:  # zipfile stops at the declared size
                    if b"macroEnabled" in part.read(200_000):
                        raise _refuse("import_macros")
        sheets = [n for n in names if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)]
        if len(sheets) > wb.MAX_SHEETS:
            raise _refuse("import_too_many_sheets", max=wb.MAX_SHEETS)
        for info in infos:
            if info.filename.lower() in sheets:
                with archive.open(info) as part:
                    head = part.read(4096)
                found = re.search(rb'<dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"', head)
                if found and int(found.group(1)) > wb.MAX_ROWS + 1:
                    raise _refuse("import_too_many_rows", max=wb.MAX_ROWS)


WHOLE_PARTS = frozenset({"xl/sharedstrings.xml", "xl/styles.xml"})


@dataclass
class SheetRows:
    sheet: wb.Sheet
    rows: list[tuple[int, dict[str, Any]]]  # (line in the sheet, cells by field)


@dataclass
class ParsedBook:
    sheets: dict[str, SheetRows]  # by kind
    errors: list[wb.RowError]

    @property
    def row_count(self) -> int:
        return sum(len(s.rows) for s in self.sheets.values())


def read_book(data: bytes) -> ParsedBook:
    """The sheets of the template found in the workbook (others, such as Notes, ignored), in
    openpyxl's read-only mode: rows stream from the file, memory stays flat."""
    inspect(data)
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # zip, XML: whatever a damaged or foreign file raises
        raise _refuse("import_not_a_table") from error
    sheets: dict[str, SheetRows] = {}
    errors: list[wb.RowError] = []
    try:
        for worksheet in book.worksheets:
            spec = wb.sheet_named(worksheet.title)
            if spec is None or spec.kind in sheets:
                continue
            rows = worksheet.iter_rows(values_only=True)
            header = next(rows, None)
            positions = wb.header_fields(spec, header or ())
            missing = [c for c in spec.columns if c.required and c.field not in positions.values()]
            for column in missing:
                errors.append(
                    wb.RowError(spec.name, 1, column.field, "import_sheet_column_missing", {})
                )
            found: list[tuple[int, dict[str, Any]]] = []
            for line, values in enumerate(rows, start=2):
                if line > wb.MAX_ROWS + 1:
                    raise _refuse("import_too_many_rows", max=wb.MAX_ROWS)
                if not any(v not in (None, "") for v in values):
                    continue
                found.append(
                    (line, {f: values[i] for i, f in positions.items() if i < len(values)})
                )
            if not missing:
                sheets[spec.kind] = SheetRows(spec, found)
    finally:
        book.close()
    if not sheets and not errors:
        raise _refuse("import_no_sheet")
    return ParsedBook(sheets, errors)


# -- the import ------------------------------------------------------------------------------------


@dataclass
class WorkbookCheck:
    """What the import would do: per sheet, rows to create, rows already there, rows refused
    (each with its sheet, line and reason)."""

    book: ParsedBook
    created: Counter[str] = field(default_factory=Counter)  # by sheet name
    existing: Counter[str] = field(default_factory=Counter)
    errors: list[wb.RowError] = field(default_factory=list)

    @property
    def to_create(self) -> int:
        return sum(self.created.values())


class _DryRun(Exception):
    pass


class WorkbookImportService:
    def __init__(
        self,
        db: Database,
        actor: CurrentUser,
        countries: Mapping[str, str],
        today: Callable[[], date] = local_today,
    ) -> None:
        self._db, self._actor, self._countries, self._today = db, actor, countries, today

    def read(self, data: bytes) -> ParsedBook:
        self._actor.require(Permission.REGISTER_PEOPLE)
        return read_book(data)

    @writes
    def check(self, book: ParsedBook, progress: Progress | None = None) -> WorkbookCheck:
        """Every row through the app's rules, in a transaction rolled back at the end."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        result = WorkbookCheck(book, errors=list(book.errors))
        # The rolled-back run numbers sync operations too: the outbox's number kept in memory
        # goes back with the transaction, so the next real change leaves no gap.
        outbox = self._db.outbox
        kept = outbox._next_seq if outbox is not None else None
        try:
            with self._db.unit_of_work(self._actor.id) as session:
                _Run(self, session, result, progress).all()
                raise _DryRun
        except _DryRun:
            pass
        finally:
            if outbox is not None and kept is not None:
                outbox._next_seq = kept
        return result

    @writes
    def commit(self, book: ParsedBook, progress: Progress | None = None) -> WorkbookCheck:
        """The rows that pass, all in one transaction (the refused ones are reported again)."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        result = WorkbookCheck(book, errors=list(book.errors))
        with self._db.unit_of_work(self._actor.id) as session:
            changes.set_origin(session, changes.IMPORT)
            _Run(self, session, result, progress).all()
            audit(
                session,
                self._actor,
                AuditEvent(
                    AuditAction.IMPORTED,
                    "workbook",
                    "",
                    {
                        "created": dict(result.created),
                        "existing": sum(result.existing.values()),
                        "refused": len(result.errors),
                    },
                ),
            )
        return result


class _Run:
    """One pass over the workbook inside a transaction: each row written or refused."""

    def __init__(
        self,
        service: WorkbookImportService,
        session: Session,
        result: WorkbookCheck,
        progress: Progress | None,
    ) -> None:
        self.service, self.session, self.result, self.progress = service, session, result, progress
        self.actor = service._actor
        self.today = service._today()
        self.people: dict[str, str] = {}  # file number (folded) → person id
        self.cohorts: dict[str, str] = {}
        self.applications: dict[str, str] = {}
        self.done = 0
        self.keys: dict[str, set[tuple[Any, ...]]] = {}
        self.tracks: dict[str, str] = {}  # person id → track, set once the people are flushed
        self.held: dict[str, Person] = {}
        self.names: dict[str, dict[str, str]] = {}
        self.created_people: list[str] = []
        self.total = result.book.row_count
        self.parameters = PathwayService(service._db, self.actor, service._today).parameters()
        self.people_service = PeopleService(service._db, self.actor, service._today)

    # -- helpers -------------------------------------------------------------------------------
    def refuse(
        self, sheet: wb.Sheet, line: int, field_name: str, code: str, **params: object
    ) -> None:
        self.result.errors.append(wb.RowError(sheet.name, line, field_name, code, params))

    def rows(self, kind: str) -> Iterator[tuple[wb.Sheet, int, dict[str, Any]]]:
        found = self.result.book.sheets.get(kind)
        if found is None:
            return
        for line, cells in found.rows:
            errors: list[wb.RowError] = []
            values = wb.read_row(found.sheet, line, cells, self.service._countries, errors)
            self.done += 1
            if self.progress is not None and self.done % 200 == 0:
                self.progress(self.done, self.total)
            if errors:
                self.result.errors.extend(errors)
                continue
            yield found.sheet, line, values

    def person_of(self, sheet: wb.Sheet, line: int, values: Mapping[str, Any]) -> str | None:
        number = str(values.get("file_number") or "")
        person_id = self.people.get(fold(number))
        if person_id is None:
            self.refuse(sheet, line, "file_number", "import_file_number_unknown", value=number[:32])
        return person_id

    def exists(self, query: Any) -> bool:
        return self.session.scalar(query.limit(1)) is not None

    def seen(self, name: str, query: Any, key: tuple[Any, ...]) -> bool:
        """Whether a record with this natural key is in the register (or was just written):
        the keys of a kind are read once, in one query, then kept up to date here."""
        known = self.keys.get(name)
        if known is None:
            known = self.keys[name] = {tuple(row) for row in self.session.execute(query)}
        if key in known:
            return True
        known.add(key)
        return False

    def made(self, sheet: wb.Sheet, record: Any) -> None:
        self.session.add(record)
        self.result.created[sheet.name] += 1

    def kept(self, sheet: wb.Sheet) -> None:
        self.result.existing[sheet.name] += 1

    def all(self) -> None:
        self.people = {
            fold(number): person_id
            for person_id, number in self.session.execute(
                select(Person.id, Person.file_number).where(Person.deleted_at.is_(None))
            )
        }
        self.known_people = set(self.people.values())
        for kind in ORDER:
            # One flush per sheet: the history and search index are written once per record,
            # and the next sheet's rules read what this one wrote.
            with self.session.no_autoflush:
                getattr(self, f"_{kind}")()
            self.session.flush()
            if kind == "person":
                self._hold_people()
        if self.progress is not None:
            self.progress(self.total, self.total)

    def person(self, person_id: str) -> Person:
        """The person's record, loaded once (the session's identity map lets go of records
        nothing holds: without this, every row would read its person again)."""
        found = self.held.get(person_id)
        if found is None:
            found = self.session.get(Person, person_id)
            assert found is not None
            self.held[person_id] = found
        return found

    def _hold_people(self) -> None:
        ids = list(self.created_people)
        for start in range(0, len(ids), 500):
            for person in self.session.scalars(
                select(Person).where(Person.id.in_(ids[start : start + 500]))
            ):
                self.held[person.id] = person
        for person_id, track in self.tracks.items():
            self.person(person_id).track = track
        self.session.flush()

    # -- people ----------------------------------------------------------------------------------
    def _person(self) -> None:
        cities = {
            fold(name): city_id
            for city_id, *names in self.session.execute(
                select(City.id, City.name_fr, City.name_ar, City.name_en)
            )
            for name in (city_id, *names)
            if name
        }
        in_file: set[str] = set()
        for sheet, line, v in self.rows("person"):
            number = str(v["file_number"])[:32]
            if fold(number) in in_file:
                self.refuse(sheet, line, "file_number", "import_file_number_twice", value=number)
                continue
            in_file.add(fold(number))
            if fold(number) in self.people:
                self.kept(sheet)
                continue
            city = cities.get(fold(v.get("city") or "")) if v.get("city") else None
            if v.get("city") and city is None:
                self.refuse(sheet, line, "city", "import_city_unknown", value=str(v["city"])[:40])
                continue
            flags = tuple(
                f.strip() for f in str(v.get("vulnerabilities") or "").split(",") if f.strip()
            )
            unknown = [f for f in flags if f not in VULNERABILITY_FLAGS]
            if unknown:
                self.refuse(
                    sheet, line, "vulnerabilities", "import_value_unknown", value=unknown[0][:40]
                )
                continue
            data = PersonInput(
                last_name=v.get("last_name") or "",
                first_name=v.get("first_name") or "",
                last_name_ar=v.get("last_name_ar") or "",
                first_name_ar=v.get("first_name_ar") or "",
                sex=v.get("sex") or "",
                date_of_birth=v.get("date_of_birth"),
                nationality=v.get("nationality") or "",
                legal_status=v.get("legal_status") or "",
                phone=v.get("phone") or "",
                email=v.get("email") or "",
                city_id=city,
                address=v.get("address") or "",
                skills=v.get("skills") or "",
                experience=v.get("experience") or "",
                vulnerabilities=flags,
                referral_source="other",
                referral_detail="import",
                consent=ConsentInput(False, None, frozenset()),
            )
            try:
                valid = validate_intake(data, self.today)
            except DomainError as error:
                for problem in error.problems:
                    self.refuse(sheet, line, problem.field or "", problem.code, **problem.params)
                continue
            registered = v.get("registered_on")
            if registered is not None and registered > self.today:
                self.refuse(sheet, line, "registered_on", "date_in_future")
                continue
            person_id = self.people_service._create(self.session, valid, number, registered)
            self.created_people.append(person_id)
            if v.get("track"):
                self.tracks[person_id] = v["track"]
            self.people[fold(number)] = person_id
            self.result.created[sheet.name] += 1

    def _identity_document(self) -> None:
        for sheet, line, v in self.rows("identity_document"):
            person_id = self.person_of(sheet, line, v)
            if person_id is None:
                continue
            if is_masked(str(v["number"])):
                self.refuse(sheet, line, "number", "import_number_masked")
                continue
            key = document_key(str(v["number"]))
            if self.seen("document", select(IdentityDocument.person_id, IdentityDocument.number_key)
                         .where(IdentityDocument.deleted_at.is_(None)), (person_id, key)):  # fmt: skip
                self.kept(sheet)
                continue
            document = IdentityDocumentInput(
                v["doc_type"], str(v["number"]), v.get("expires_on"), v.get("issued_on")
            )
            # The intake's own rules for a document (type, number's form, dates).
            person = self.person(person_id)
            probe = PersonInput(
                last_name=person.last_name, first_name=person.first_name, sex=person.sex,
                date_of_birth=person.date_of_birth, nationality=person.nationality,
                legal_status=person.legal_status, documents=(document,),
            )  # fmt: skip
            try:
                validate_intake(probe, self.today)
            except DomainError as error:
                for problem in error.problems:
                    self.refuse(
                        sheet, line, problem.field or "number", problem.code, **problem.params
                    )
                continue
            self.made(sheet, IdentityDocument(
                person_id=person_id, doc_type=document.doc_type, number=document.number.strip(),
                number_key=key, issued_on=document.issued_on, expires_on=document.expires_on,
            ))  # fmt: skip

    def _consent(self) -> None:
        for sheet, line, v in self.rows("consent"):
            person_id = self.person_of(sheet, line, v)
            if person_id is None:
                continue
            given, withdrawn = v["given_on"], v.get("withdrawn_on")
            if given > self.today:
                self.refuse(sheet, line, "given_on", "date_in_future")
                continue
            if REQUIRED_CONSENT_PURPOSE not in v["purposes"]:
                self.refuse(sheet, line, "purposes", "import_consent_needs_processing")
                continue
            if withdrawn is not None and withdrawn < given:
                self.refuse(sheet, line, "withdrawn_on", "import_end_before_start")
                continue
            if self.seen("consent", select(Consent.person_id, Consent.given_on)
                         .where(Consent.deleted_at.is_(None)), (person_id, given)):  # fmt: skip
                self.kept(sheet)
                continue
            self.made(sheet, Consent(
                person_id=person_id, purposes=sorted(v["purposes"]), given_on=given,
                expires_on=v.get("expires_on"), withdrawn_on=withdrawn, recorded_by=self.actor.id,
            ))  # fmt: skip
            if withdrawn is None:
                self.person(person_id).consent_status = "given"

    # -- training --------------------------------------------------------------------------------
    def _cohort(self) -> None:
        agency_id = self.actor.agency_id
        for sheet, line, v in self.rows("cohort"):
            code = fold(str(v["cohort_code"]))
            if code in self.cohorts:
                self.refuse(
                    sheet,
                    line,
                    "cohort_code",
                    "import_code_twice",
                    value=str(v["cohort_code"])[:32],
                )
                continue
            if v["ends_on"] < v["starts_on"]:
                self.refuse(sheet, line, "ends_on", "import_end_before_start")
                continue
            if v["capacity"] < 1:
                self.refuse(
                    sheet, line, "capacity", "import_number_unreadable", value=str(v["capacity"])
                )
                continue
            known = self.session.scalar(select(Cohort.id).where(
                Cohort.title == v["title"], Cohort.starts_on == v["starts_on"],
                Cohort.deleted_at.is_(None),
            ))  # fmt: skip
            if known is not None:
                self.cohorts[code] = known
                self.kept(sheet)
                continue
            cohort = Cohort(
                id=new_id(),
                agency_id=agency_id, title=v["title"][:200], trainer=v.get("trainer") or "",
                place=v.get("place") or "", capacity=v["capacity"], starts_on=v["starts_on"],
                ends_on=v["ends_on"], modules="",
            )  # fmt: skip
            self.made(sheet, cohort)
            self.cohorts[code] = cohort.id

    def _attendance(self) -> None:
        sessions: dict[tuple[str, date], str] = {}
        for sheet, line, v in self.rows("attendance"):
            cohort_id = self.cohorts.get(fold(str(v["cohort_code"])))
            if cohort_id is None:
                self.refuse(
                    sheet,
                    line,
                    "cohort_code",
                    "import_code_unknown",
                    value=str(v["cohort_code"])[:32],
                )
                continue
            person_id = self.person_of(sheet, line, v)
            if person_id is None:
                continue
            enrolled = self.seen("enrolment", select(Enrolment.cohort_id, Enrolment.person_id),
                                 (cohort_id, person_id))  # fmt: skip
            on = v.get("session_on")
            if not enrolled:
                self.made(sheet, Enrolment(
                    cohort_id=cohort_id, person_id=person_id,
                    enrolled_on=v.get("enrolled_on") or on or self.today,
                ))  # fmt: skip
            elif on is None:
                self.kept(sheet)
            if on is None:
                continue
            if not v.get("mark"):
                self.refuse(sheet, line, "mark", "required")
                continue
            if on > self.today:
                self.refuse(sheet, line, "session_on", "date_in_future")
                continue
            session_id = sessions.get((cohort_id, on)) or self.session.scalar(
                select(CohortSession.id).where(
                    CohortSession.cohort_id == cohort_id, CohortSession.on == on
                )
            )
            if session_id is None:
                held = CohortSession(id=new_id(), cohort_id=cohort_id, on=on, minutes=180, topic="")
                self.session.add(held)
                session_id = held.id
            sessions[(cohort_id, on)] = session_id
            if self.seen("attendance", select(Attendance.session_id, Attendance.person_id),
                         (session_id, person_id)):  # fmt: skip
                self.kept(sheet)
                continue
            self.made(sheet, Attendance(session_id=session_id, person_id=person_id, mark=v["mark"]))

    # -- the wage track --------------------------------------------------------------------------
    def _named(self, model: Any, name: str, **fields: Any) -> str:
        """A host, partner or envelope by its name (folded), made when the register has none."""
        names = self.names.get(model.__tablename__)
        if names is None:
            names = self.names[model.__tablename__] = {
                fold(stored): str(record_id)
                for record_id, stored in self.session.execute(
                    select(model.id, model.name).where(model.deleted_at.is_(None))
                )
            }
        found = names.get(fold(name))
        if found is None:
            found = names[fold(name)] = new_id()
            self.session.add(model(id=found, name=name[:200], **fields))
        return found

    def _internship(self) -> None:
        for sheet, line, v in self.rows("internship"):
            person_id = self.person_of(sheet, line, v)
            if person_id is None:
                continue
            if v["ends_on"] < v["starts_on"]:
                self.refuse(sheet, line, "ends_on", "import_end_before_start")
                continue
            if v.get("contract_kind") and not v.get("hired"):
                self.refuse(sheet, line, "contract_kind", "import_contract_without_hiring")
                continue
            host_id = self._named(
                HostOrganisation, str(v["host"]), sector="", contact_name="", ice=""
            )
            if self.seen("internship", select(Internship.person_id, Internship.host_id,
                         Internship.starts_on).where(Internship.deleted_at.is_(None)),
                         (person_id, host_id, v["starts_on"])):  # fmt: skip
                self.kept(sheet)
                continue
            self.made(sheet, Internship(
                person_id=person_id, host_id=host_id, starts_on=v["starts_on"],
                ends_on=v["ends_on"], tutor=v.get("tutor") or "",
                stipend_centimes=v.get("stipend_centimes") or 0,
                agreement_status=v.get("agreement_status") or "draft",
                kind=v.get("kind") or "contrat_insertion",
                final_evaluation=v.get("final_evaluation") or "", hired=v.get("hired"),
                contract_kind=v.get("contract_kind") or "", midterm_evaluation="",
                signatures=[], midterm_scores={}, final_scores={}, end_reason="",
                not_hired_reason="",
            ))  # fmt: skip

    # -- self-employment -------------------------------------------------------------------------
    def _ae_registration(self) -> None:
        for sheet, line, v in self.rows("ae_registration"):
            person_id = self.person_of(sheet, line, v)
            if person_id is None:
                continue
            if v.get("registered_on") and v["registered_on"] > self.today:
                self.refuse(sheet, line, "registered_on", "date_in_future")
                continue
            if self.seen("ae", select(AeRegistration.person_id), (person_id,)):
                self.kept(sheet)
                continue
            self.made(sheet, AeRegistration(
                person_id=person_id, registration_number=v.get("registration_number") or "",
                registered_on=v.get("registered_on"), activity=v.get("activity") or "",
                category=v.get("category") or "services", documents_gathered=bool(v.get("registration_number")),
                channel="", tax_number="", ice="", cnss_number="",
            ))  # fmt: skip

    def _business_plan(self) -> None:
        for sheet, line, v in self.rows("business_plan"):
            person_id = self.person_of(sheet, line, v)
            if person_id is None:
                continue
            if self.seen("plan", select(BusinessPlan.person_id), (person_id,)):
                self.kept(sheet)
                continue
            startup, funding = v.get("startup_centimes") or 0, v.get("funding_centimes") or 0
            revenue = v.get("revenue_centimes") or 0
            monthly = [revenue // 12] * 11 + [revenue - 11 * (revenue // 12)] if revenue else []
            self.made(sheet, BusinessPlan(
                person_id=person_id, activity=v["activity"][:200],
                category=v.get("category") or "services",
                sections={"summary": v.get("summary") or ""},
                startup_costs=[{"label": "Import", "centimes": startup}] if startup else [],
                funding=[{"kind": "other", "centimes": funding}] if funding else [],
                revenue=monthly, costs=[],
            ))  # fmt: skip

    def _grant_application(self) -> None:
        for sheet, line, v in self.rows("grant_application"):
            number = fold(str(v["application_number"]))
            if number in self.applications:
                self.refuse(
                    sheet,
                    line,
                    "application_number",
                    "import_code_twice",
                    value=str(v["application_number"])[:32],
                )
                continue
            person_id = self.person_of(sheet, line, v)
            if person_id is None:
                continue
            decision, decided = v.get("decision") or None, v.get("decided_on")
            if decision and decided is None:
                self.refuse(sheet, line, "decided_on", "required")
                continue
            approved = v.get("approved_centimes") or 0
            if decision == "approved" and approved <= 0:
                self.refuse(sheet, line, "approved_centimes", "required")
                continue
            envelope_id = self._named(
                BudgetEnvelope, str(v["envelope"]),
                budget_centimes=v.get("envelope_budget") or 0,
                valid_from=decided or self.today,
            )  # fmt: skip
            known = self.session.scalar(select(GrantApplication.id).where(
                GrantApplication.person_id == person_id,
                GrantApplication.envelope_id == envelope_id,
                GrantApplication.requested_centimes == v["requested_centimes"],
                GrantApplication.deleted_at.is_(None),
            ))  # fmt: skip
            if known is not None:
                self.applications[number] = known
                self.kept(sheet)
                continue
            application = GrantApplication(
                id=new_id(),
                person_id=person_id, envelope_id=envelope_id,
                requested_centimes=v["requested_centimes"], decision=decision,
                decided_on=decided, approved_centimes=approved if decision == "approved" else 0,
                conditions="", committee_members="", minutes="",
            )  # fmt: skip
            self.made(sheet, application)
            self.applications[number] = application.id

    def _disbursement(self) -> None:
        paid: Counter[str] = Counter()
        for sheet, line, v in self.rows("disbursement"):
            application_id = self.applications.get(fold(str(v["application_number"])))
            if application_id is None:
                self.refuse(
                    sheet,
                    line,
                    "application_number",
                    "import_code_unknown",
                    value=str(v["application_number"])[:32],
                )
                continue
            application = self.session.get(GrantApplication, application_id)
            assert application is not None
            if application.decision != "approved":
                self.refuse(sheet, line, "application_number", "import_tranche_without_approval")
                continue
            if v.get("confirmed_on") and v["confirmed_on"] < v["paid_on"]:
                self.refuse(sheet, line, "confirmed_on", "import_end_before_start")
                continue
            if self.exists(select(Disbursement.id).where(
                Disbursement.application_id == application_id,
                Disbursement.paid_on == v["paid_on"],
                Disbursement.amount_centimes == v["amount_centimes"],
                Disbursement.deleted_at.is_(None),
            )):  # fmt: skip
                self.kept(sheet)
                continue
            already = paid[application_id] or (self.session.scalar(
                select(func.coalesce(func.sum(Disbursement.amount_centimes), 0)).where(
                    Disbursement.application_id == application_id, Disbursement.deleted_at.is_(None)
                )
            ) or 0)  # fmt: skip
            if already + v["amount_centimes"] > application.approved_centimes:
                self.refuse(sheet, line, "amount_centimes", "import_tranches_above_grant")
                continue
            paid[application_id] = already + v["amount_centimes"]
            self.made(sheet, Disbursement(
                application_id=application_id, amount_centimes=v["amount_centimes"],
                mode=v["mode"], receipt=v.get("receipt") or "", paid_on=v["paid_on"],
                recorded_by_user=self.actor.id,
                confirmed_by_user=self.actor.id if v.get("confirmed_on") else None,
                confirmed_on=v.get("confirmed_on"),
            ))  # fmt: skip

    # -- referrals, visits, outcomes -------------------------------------------------------------
    def _referral(self) -> None:
        for sheet, line, v in self.rows("referral"):
            person_id = self.person_of(sheet, line, v)
            if person_id is None:
                continue
            typed = str(v.get("code") or "")
            code = normalise_referral_code(typed) if typed else None
            if typed and code is None:
                self.refuse(sheet, line, "code", "referral_code_invalid")
                continue
            if v["sent_on"] > self.today:
                self.refuse(sheet, line, "sent_on", "date_in_future")
                continue
            partner_id = self._named(Partner, str(v["partner"]), kind=v.get("partner_kind") or "other",
                                     address="", contact_name="", email="")  # fmt: skip
            same = select(ReferralRecord.id).where(
                ReferralRecord.person_id == person_id, ReferralRecord.partner_id == partner_id,
                ReferralRecord.sent_on == v["sent_on"], ReferralRecord.deleted_at.is_(None),
            )  # fmt: skip
            if code is not None:
                holder = self.session.scalar(
                    select(ReferralRecord.person_id).where(ReferralRecord.code == code)
                )
                if holder is not None and holder != person_id:
                    self.refuse(sheet, line, "code", "import_code_twice", value=code)
                    continue
                if holder is not None:
                    self.kept(sheet)
                    continue
            elif self.exists(same):
                self.kept(sheet)
                continue
            if not self._shares(person_id, v["sent_on"]):
                self.refuse(sheet, line, "partner", "referral_needs_sharing_consent")
                continue
            while code is None or self.exists(
                select(ReferralRecord.id).where(ReferralRecord.code == code)
            ):
                code = new_referral_code()
            self.made(sheet, ReferralRecord(
                person_id=person_id, partner_id=partner_id, code=code,
                service=str(v["service"])[:300], state=v.get("state") or "sent",
                sent_on=v["sent_on"], refusal_reason="", answer_note="",
                counsellor_id=self.actor.id,
            ))  # fmt: skip

    def _shares(self, person_id: str, on: date) -> bool:
        """The referral's own rule: consent to share with partners, held on the day."""
        for purposes, given, expires, withdrawn in self.session.execute(
            select(Consent.purposes, Consent.given_on, Consent.expires_on, Consent.withdrawn_on)
            .where(Consent.person_id == person_id, Consent.deleted_at.is_(None))
        ):  # fmt: skip
            if (
                "sharing_partners" in (purposes or [])
                and given <= on
                and (expires is None or on <= expires)
                and (withdrawn is None or on < withdrawn)
            ):
                return True
        return False

    def _follow_up_visit(self) -> None:
        for sheet, line, v in self.rows("follow_up_visit"):
            person_id = self.person_of(sheet, line, v)
            if person_id is None:
                continue
            done = v.get("done_on")
            if done is not None and done > self.today:
                self.refuse(sheet, line, "done_on", "date_in_future")
                continue
            if done is not None and not v.get("business_status"):
                self.refuse(sheet, line, "business_status", "required")
                continue
            if self.seen("visit", select(FollowUpVisit.person_id, FollowUpVisit.due_on)
                         .where(FollowUpVisit.deleted_at.is_(None)), (person_id, v["due_on"])):  # fmt: skip
                self.kept(sheet)
                continue
            self.made(sheet, FollowUpVisit(
                person_id=person_id, due_on=v["due_on"], done_on=done,
                business_status=v.get("business_status") or None,
                monthly_revenue_centimes=v.get("monthly_revenue_centimes"),
                jobs_created=v.get("jobs_created"), notes="",
            ))  # fmt: skip

    def _outcome(self) -> None:
        for sheet, line, v in self.rows("outcome"):
            person_id = self.person_of(sheet, line, v)
            if person_id is None:
                continue
            if v["on"] > self.today:
                self.refuse(sheet, line, "on", "date_in_future")
                continue
            if self.seen("outcome", select(Outcome.person_id, Outcome.kind, Outcome.on)
                         .where(Outcome.deleted_at.is_(None)), (person_id, v["kind"], v["on"])):  # fmt: skip
                self.kept(sheet)
                continue
            self.made(sheet, Outcome(person_id=person_id, kind=v["kind"], on=v["on"],
                                     detail=str(v.get("detail") or "")[:300]))  # fmt: skip

    # -- the stages, last: their rules read every record above --------------------------------
    def _pathway_stage(self) -> None:
        for sheet, line, v in self.rows("pathway_stage"):
            person_id = self.person_of(sheet, line, v)
            if person_id is None:
                continue
            status, start, end = v["status"], v.get("started_on"), v.get("ended_on")
            if self.seen(
                "stage",
                select(PathwayStage.person_id, PathwayStage.stage).where(
                    PathwayStage.deleted_at.is_(None)
                ),
                (person_id, v["stage"]),
            ):
                self.kept(sheet)
                continue
            if status in NEEDS_REASON and not v.get("reason"):
                self.refuse(sheet, line, "reason", "required")
                continue
            if start is not None and end is not None and end < start:
                self.refuse(sheet, line, "ended_on", "import_end_before_start")
                continue
            if any(d is not None and d > self.today for d in (start, end)):
                self.refuse(sheet, line, "ended_on", "date_in_future")
                continue
            if status == Status.COMPLETED and end is None:
                self.refuse(sheet, line, "ended_on", "required")
                continue
            data: dict[str, Any] = {}
            if v.get("career_goal"):
                data["career_goal"] = v["career_goal"]
            if v.get("recommended_services"):
                data["recommended_services"] = list(v["recommended_services"])
            if v.get("attendance_pct") is not None:
                data["attendance_pct"] = v["attendance_pct"]
            record = PathwayStage(
                person_id=person_id, stage=v["stage"], status=status, started_on=start,
                ended_on=end, reason=str(v.get("reason") or "")[:300], notes="", data=data,
                counsellor_id=self.actor.id,
            )  # fmt: skip
            if status == Status.COMPLETED:
                assert end is not None
                problems = completion_problems(
                    v["stage"], self._records(person_id, v), end, self.parameters
                )
                if problems:
                    for problem in problems:
                        self.refuse(sheet, line, "status", problem.code, **problem.params)
                    continue
            self.made(sheet, record)

    def _records(self, person_id: str, v: Mapping[str, Any]) -> StageRecords:
        """What completing the stage reads: the orientation's interview is on its own row;
        the other stages read their records, as the pathway service does."""
        person = self.person(person_id)
        if v["stage"] == "orientation":
            return StageRecords(
                career_goal=v.get("career_goal") or "",
                recommended_services=tuple(v.get("recommended_services") or ()),
                track_chosen=bool(person.track),
            )
        if v["stage"] in ("intake", "soft_skills"):
            return StageRecords()
        return stage_records(self.session, person, {})


def problems_of(check: WorkbookCheck) -> Sequence[wb.RowError]:
    """The refusals in the workbook's order: sheet by sheet, line by line."""
    order = {s.name: i for i, s in enumerate(wb.SHEETS)}
    return sorted(check.errors, key=lambda e: (order.get(e.sheet, 99), e.line, e.field))
