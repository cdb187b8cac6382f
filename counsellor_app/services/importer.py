"""Importing people from a partner's list: read, map the columns (the mapping is remembered per
layout of columns), check every row against the intake's rules, against the other rows and
against the register, and only on the counsellor's word write the good rows — all of them in
one transaction, or none.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from counsellor_app.core import import_words
from counsellor_app.core.audit import AuditAction, AuditEvent
from counsellor_app.core.clock import local_today
from counsellor_app.core.normalize import document_key
from counsellor_app.core.person import validate_person
from counsellor_app.core.person_import import (
    FIELDS,
    REQUIRED,
    RowResult,
    Table,
    build_row,
    fold,
    read_table,
    suggest_mapping,
)
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.roles import Permission
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.audit import audit
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import IdentityDocument, LocalSetting, Person
from counsellor_app.storage.writer import writes

MAPPING_KEY = "import.mapping."


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    table: Table
    mapping: dict[int, str]  # column → field: remembered for this layout, else suggested
    remembered: bool


@dataclass(frozen=True)
class ImportCheck:
    rows: list[RowResult]

    @property
    def ready(self) -> list[RowResult]:
        return [r for r in self.rows if not r.problems and not r.duplicate_of]

    @property
    def refused(self) -> list[RowResult]:
        return [r for r in self.rows if r.problems or r.duplicate_of]


@dataclass(frozen=True)
class ImportReport:
    imported: list[tuple[int, str]]  # (line, person id)
    refused: list[RowResult]


def country_codes(languages: Sequence[str] = ("fr", "en", "ar")) -> dict[str, str]:
    """Folded country name (French, English, Arabic, as partners write them) → ISO code;
    nationalities as adjectives are the common ones of the programmes."""
    from babel import Locale

    found: dict[str, str] = {}
    for language in languages:
        for code, name in Locale.parse(language).territories.items():
            if len(code) == 2 and code.isalpha():
                found.setdefault(fold(name), code.upper())
    found.update({fold(word): code for word, code in NATIONALITY_WORDS.items()})
    return found


NATIONALITY_WORDS = import_words.NATIONALITY_WORDS


class ImportService:
    def __init__(
        self,
        db: Database,
        actor: CurrentUser,
        countries: Mapping[str, str],
        today: Callable[[], date] = local_today,
    ) -> None:
        self._db, self._actor, self._countries, self._today = db, actor, countries, today

    def preview(self, file_name: str, data: bytes) -> ImportPreview:
        """The table as read, and the mapping to start from (UnreadableFile if not a table)."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        table = read_table(file_name, data)
        with self._db.reader() as session:
            stored = session.get(LocalSetting, MAPPING_KEY + table.signature())
        if stored is not None:
            mapping = {int(k): v for k, v in json.loads(stored.value).items() if v in FIELDS}
            return ImportPreview(file_name, table, mapping, True)
        return ImportPreview(file_name, table, suggest_mapping(table.headers), False)

    def check(self, preview: ImportPreview, mapping: Mapping[int, str]) -> ImportCheck:
        """Every row checked: the intake's rules, the same person twice in the file, and
        people already in the register (by identity document or phone and birth date)."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        missing = [f for f in REQUIRED if f not in mapping.values()]
        if missing:
            raise DomainError([Problem("import_column_missing", f) for f in missing])
        source = preview.file_name
        results = [
            build_row(line, values, mapping, self._countries, source)
            for line, values in zip(preview.table.lines, preview.table.rows, strict=True)
        ]
        today = self._today()
        seen: dict[str, int] = {}
        for result in results:
            if result.person is None:
                continue
            try:
                validate_person(result.person, today)
            except DomainError as error:
                # One reason per field: an unreadable date is not also "required".
                told = {p.field for p in result.problems}
                result.problems += [p for p in error.problems if p.field not in told]
            if result.problems:
                continue
            person = result.person
            keys = [f"doc:{document_key(d.number)}" for d in person.documents if d.number]
            keys.append(
                f"who:{fold(person.last_name)}|{fold(person.first_name)}|{person.date_of_birth}"
            )
            earlier = next((seen[k] for k in keys if k in seen), None)
            if earlier is not None:
                result.duplicate_of = f"line:{earlier}"
            for key in keys:
                seen.setdefault(key, result.line)
        self._against_register(results)
        return ImportCheck(results)

    def _against_register(self, results: Sequence[RowResult]) -> None:
        """One query for the documents, one for names with birth dates (10,000 rows at once)."""
        candidates = [r for r in results if not r.problems and not r.duplicate_of and r.person]
        by_document = {
            document_key(d.number): r
            for r in candidates
            for d in r.person.documents  # type: ignore[union-attr]
            if d.number
        }
        with self._db.reader() as session:
            keys = list(by_document)
            for start in range(0, len(keys), 500):
                for number_key, file_number in session.execute(
                    select(IdentityDocument.number_key, Person.file_number)
                    .join(Person, Person.id == IdentityDocument.person_id)
                    .where(
                        IdentityDocument.number_key.in_(keys[start : start + 500]),
                        IdentityDocument.deleted_at.is_(None),
                        Person.deleted_at.is_(None),
                    )
                ):
                    by_document[number_key].duplicate_of = file_number
            births = sorted(
                {r.person.date_of_birth for r in candidates if r.person and r.person.date_of_birth}
            )
            known: dict[tuple[str, str, date], str] = {}
            for start in range(0, len(births), 500):
                for last, first, born, file_number in session.execute(
                    select(
                        Person.last_name,
                        Person.first_name,
                        Person.date_of_birth,
                        Person.file_number,
                    ).where(
                        Person.date_of_birth.in_(births[start : start + 500]),
                        Person.deleted_at.is_(None),
                    )
                ):
                    known[(fold(last), fold(first), born)] = file_number
        for result in candidates:
            person = result.person
            assert person is not None and person.date_of_birth is not None
            match = known.get(
                (fold(person.last_name), fold(person.first_name), person.date_of_birth)
            )
            if match and not result.duplicate_of:
                result.duplicate_of = match

    @writes
    def commit(
        self, preview: ImportPreview, mapping: Mapping[int, str], check: ImportCheck
    ) -> ImportReport:
        """Write every ready row in one transaction (or none), and remember the mapping."""
        self._actor.require(Permission.REGISTER_PEOPLE)
        ready = check.ready
        people = PeopleService(self._db, self._actor, self._today)
        ids = people.register_many([r.person for r in ready if r.person is not None])
        with self._db.unit_of_work(self._actor.id) as session:
            audit(
                session,
                self._actor,
                AuditEvent(
                    AuditAction.IMPORTED,
                    "import",
                    preview.table.signature()[:64],
                    {"created": len(ids), "refused": len(check.refused)},
                ),
            )
            session.merge(
                LocalSetting(
                    key=MAPPING_KEY + preview.table.signature(),
                    value=json.dumps({str(k): v for k, v in sorted(mapping.items())}),
                )
            )
        return ImportReport([(r.line, i) for r, i in zip(ready, ids, strict=True)], check.refused)
