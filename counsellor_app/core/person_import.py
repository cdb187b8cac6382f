"""People from a partner's list (CSV or XLSX): read the table whatever its habits (encoding,
separator, merged cells, dates typed as text), map its columns to intake fields, and turn each
row into an intake or into the reasons it cannot be one. Nothing here writes anything.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from counsellor_app.core import import_words, vocab
from counsellor_app.core.person import ConsentInput, IdentityDocumentInput, PersonInput
from counsellor_app.core.problems import DomainError, Problem

MAX_ROWS = 20_000
MAX_BYTES = 20 * 1024 * 1024

# The intake fields a column can fill, in the order they are offered.
FIELDS = (
    "last_name", "first_name", "last_name_ar", "first_name_ar", "sex", "date_of_birth",
    "nationality", "legal_status", "phone", "email", "document_type", "document_number",
    "document_expires_on", "address", "skills", "experience",
)  # fmt: skip
REQUIRED = ("last_name", "first_name", "sex", "date_of_birth", "nationality", "legal_status")

# Headers partners use, folded (lower case, no accents, no punctuation) → field.
SYNONYMS: Mapping[str, str] = {
    **dict.fromkeys(("nom", "last name", "surname", "family name", "nom de famille"), "last_name"),
    **dict.fromkeys(("prenom", "first name", "given name", "prenoms"), "first_name"),
    **dict.fromkeys(("الاسم العائلي", "النسب", "nom arabe", "nom en arabe"), "last_name_ar"),
    **dict.fromkeys(("الاسم الشخصي", "prenom arabe", "prenom en arabe"), "first_name_ar"),
    **dict.fromkeys(("sexe", "sex", "genre", "gender", "الجنس"), "sex"),
    **dict.fromkeys(("date de naissance", "date naissance", "ne le", "nee le", "date of birth",
                     "dob", "birth date", "تاريخ الازدياد", "تاريخ الميلاد"), "date_of_birth"),
    **dict.fromkeys(("nationalite", "nationality", "pays", "country", "الجنسية"), "nationality"),
    **dict.fromkeys(("statut", "statut juridique", "legal status", "status", "situation"),
                    "legal_status"),
    **dict.fromkeys(("telephone", "tel", "phone", "gsm", "mobile", "portable", "الهاتف"), "phone"),
    **dict.fromkeys(("email", "e mail", "courriel", "mail"), "email"),
    **dict.fromkeys(("type de document", "type document", "piece", "document type"),
                    "document_type"),
    **dict.fromkeys(("numero de document", "n document", "no document", "numero carte",
                     "n carte", "document number", "cin", "numero piece", "n piece"),
                    "document_number"),
    **dict.fromkeys(("date d expiration", "expiration", "expire le", "valable jusqu au",
                     "expiry date"), "document_expires_on"),
    **dict.fromkeys(("adresse", "address", "العنوان"), "address"),
    **dict.fromkeys(("competences", "skills"), "skills"),
    **dict.fromkeys(("experience", "experiences", "parcours professionnel"), "experience"),
}  # fmt: skip
SEX_WORDS = {
    **dict.fromkeys(("f", "femme", "feminin", "female", "woman", "w", "انثى", "أنثى"), "female"),
    **dict.fromkeys(("m", "h", "homme", "masculin", "male", "man", "ذكر"), "male"),
}
DOCUMENT_WORDS = {
    **{code: code for code in vocab.DOCUMENT_TYPES},
    **dict.fromkeys(("carte d immatriculation", "carte de sejour", "immatriculation"),
                    "residence_card"),
    **dict.fromkeys(("carte de resident", "carte de residence"), "resident_card"),
    **dict.fromkeys(("passeport",), "passport"),
    **dict.fromkeys(("recepisse",), "receipt"),
    **dict.fromkeys(("carte bra", "carte de refugie"), "bra_card"),
    **dict.fromkeys(("carte hcr", "carte unhcr"), "unhcr_refugee_card"),
    **dict.fromkeys(("attestation hcr", "attestation unhcr"), "unhcr_attestation"),
}  # fmt: skip
DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y", "%Y/%m/%d")


def fold(text: str) -> str:
    """Lower case, accents and punctuation gone, spaces single: how headers are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


# The usual spellings of statuses in French and Arabic (core.import_words), folded.
STATUS_WORDS = {fold(word): code for word, code in import_words.STATUS_WORDS.items()}


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]  # each row's line in the file (or row of the sheet), for messages
    notes: tuple[str, ...] = ()  # how it was read: "encoding:cp1252", "merged:3"

    def signature(self) -> str:
        """The same layout of columns gives the same signature: its mapping is remembered."""
        return hashlib.sha256("|".join(fold(h) for h in self.headers).encode()).hexdigest()[:16]


class UnreadableFile(DomainError):
    pass


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _table(raw_rows: Sequence[Sequence[str]], first_line: int, notes: list[str]) -> Table:
    """The header is the first row with two different values or more (a title merged across
    the columns is not one); blank rows are dropped."""
    rows = [tuple(c.strip() for c in r) for r in raw_rows]
    start = next((i for i, r in enumerate(rows) if len({c for c in r if c}) >= 2), None)
    if start is None:
        raise UnreadableFile([Problem("import_no_header", "file")])
    headers = rows[start]
    width = len(headers)
    body = []
    for offset, row in enumerate(rows[start + 1 :]):
        if any(row):
            body.append((first_line + start + 1 + offset, (row + ("",) * width)[:width]))
    if len(body) > MAX_ROWS:
        raise UnreadableFile([Problem("import_too_many_rows", "file", {"max": MAX_ROWS})])
    if not body:
        raise UnreadableFile([Problem("import_no_rows", "file")])
    return Table(
        tuple(headers), tuple(r for _n, r in body), tuple(n for n, _r in body), tuple(notes)
    )


def read_csv(data: bytes) -> Table:
    notes: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # Excel's "CSV" on a French Windows
        notes.append("encoding:cp1252")
    if "\x00" in text:
        raise UnreadableFile([Problem("import_not_a_table", "file")])
    try:
        dialect = csv.Sniffer().sniff(text[:20_000], delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ";" if text.count(";") > text.count(",") else ","
    try:
        # newline="": a stray carriage return inside a cell (old Mac files) is the csv
        # module's to read, not a crash.
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise UnreadableFile([Problem("import_not_a_table", "file")]) from exc
    return _table(rows, 1, notes)


def read_xlsx(data: bytes) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), data_only=True)
    except Exception as error:  # zip, XML: whatever a damaged or foreign file raises
        raise UnreadableFile([Problem("import_not_a_table", "file")]) from error
    sheet = book.worksheets[0]
    merged = list(sheet.merged_cells.ranges)
    for cells in merged:  # a merged cell's value belongs to every cell it covers
        value = sheet.cell(cells.min_row, cells.min_col).value
        sheet.unmerge_cells(str(cells))
        for row in range(cells.min_row, cells.max_row + 1):
            for column in range(cells.min_col, cells.max_col + 1):
                sheet.cell(row, column).value = value
    rows = [[_cell_text(v) for v in r] for r in sheet.iter_rows(values_only=True)]
    return _table(rows, 1, [f"merged:{len(merged)}"] if merged else [])


def read_table(file_name: str, data: bytes) -> Table:
    if len(data) > MAX_BYTES:
        raise UnreadableFile([Problem("import_too_large", "file", {"max_mb": MAX_BYTES >> 20})])
    if file_name.lower().endswith((".xlsx", ".xlsm")) or data[:2] == b"PK":
        return read_xlsx(data)
    return read_csv(data)


def suggest_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column → field for the headers partners usually write; each field once."""
    found: dict[int, str] = {}
    for index, header in enumerate(headers):
        target = SYNONYMS.get(fold(header)) or (fold(header) if fold(header) in FIELDS else None)
        if target is not None and target not in found.values():
            found[index] = target
    return found


def parse_day(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text[:10] if pattern == "%Y-%m-%d" else text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


@dataclass
class RowResult:
    line: int  # in the file, for the counsellor to find it
    person: PersonInput | None
    problems: list[Problem] = field(default_factory=list)
    duplicate_of: str = ""  # a file number of the register, or "line N" of this file


def _from_words(value: str, words: Mapping[str, str]) -> str:
    return words.get(fold(value), value.strip())


def build_row(
    line: int,
    values: Sequence[str],
    mapping: Mapping[int, str],
    countries: Mapping[str, str],
    source: str = "",
) -> RowResult:
    """One row as an intake (consent still to collect), or the reasons it is not one.

    ``countries`` maps folded country names (in the languages partners use) to ISO codes."""
    got = {field_name: values[index].strip() for index, field_name in mapping.items()}
    problems: list[Problem] = []
    for name in REQUIRED:
        if not got.get(name):
            problems.append(Problem("required", name))

    def day(name: str) -> date | None:
        try:
            return parse_day(got.get(name, ""))
        except ValueError:
            problems.append(Problem("import_date_unreadable", name, {"value": got[name][:40]}))
            return None

    born, expires = day("date_of_birth"), day("document_expires_on")
    nationality = got.get("nationality", "")
    code = nationality.upper() if re.fullmatch(r"[A-Za-z]{2}", nationality) else ""
    code = code or countries.get(fold(nationality), "")
    if nationality and not code:
        problems.append(
            Problem("import_country_unknown", "nationality", {"value": nationality[:40]})
        )
    documents: tuple[IdentityDocumentInput, ...] = ()
    if got.get("document_number"):
        kind = _from_words(got.get("document_type", ""), DOCUMENT_WORDS) or "other"
        documents = (IdentityDocumentInput(kind, got["document_number"], expires),)
    person = PersonInput(
        last_name=got.get("last_name", ""),
        first_name=got.get("first_name", ""),
        last_name_ar=got.get("last_name_ar", ""),
        first_name_ar=got.get("first_name_ar", ""),
        sex=_from_words(got.get("sex", ""), SEX_WORDS),
        date_of_birth=born,
        nationality=code,
        legal_status=_from_words(got.get("legal_status", ""), STATUS_WORDS),
        documents=documents,
        phone=got.get("phone", ""),
        email=got.get("email", ""),
        address=got.get("address", ""),
        skills=got.get("skills", ""),
        experience=got.get("experience", ""),
        referral_source="partner_ngo",
        referral_detail=source[:200],
        consent=ConsentInput(False, None, frozenset()),
    )
    return RowResult(line, person, problems)
