"""SQL behind the people register: ids of a filtered, sorted search, then rows by id.

Sorting and filtering happen in SQL; the UI model only ever holds ids and a cache of rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, text

from counsellor_app.core.search_query import plan_search

SORTABLE = {
    "file_number": "p.file_number",
    "last_name": "p.sort_key",
    "first_name": "p.first_name",
    "name_ar": "p.last_name_ar",
    "sex": "p.sex",
    "date_of_birth": "p.date_of_birth",
    "nationality": "p.nationality",
    "legal_status": "p.legal_status",
    "phone": "p.phone_e164",
    "counsellor": "p.counsellor_id",
    "consent": "p.consent_status",
    "created_at": "p.created_at",
}


@dataclass(frozen=True)
class PeopleQuery:
    text: str = ""
    legal_status: str | None = None
    nationality: str | None = None
    sex: str | None = None
    counsellor_id: str | None = None
    sort: str = "created_at"
    descending: bool = True


@dataclass(frozen=True)
class PersonRow:
    id: str
    file_number: str
    last_name: str
    first_name: str
    last_name_ar: str
    first_name_ar: str
    sex: str
    date_of_birth: date
    nationality: str
    legal_status: str
    phone_e164: str | None
    counsellor_name: str
    consent_status: str


def _where(query: PeopleQuery) -> tuple[list[str], dict[str, Any]]:
    clauses = ["p.deleted_at IS NULL"]
    params: dict[str, Any] = {}
    plan = plan_search(query.text)
    if plan.match is not None:
        clauses.append("p.search_rowid IN (SELECT rowid FROM person_fts WHERE person_fts MATCH :m)")
        params["m"] = plan.match
        for i, term in enumerate(plan.like_terms):
            clauses.append(
                f"p.search_rowid IN (SELECT rowid FROM person_fts WHERE text LIKE :l{i})"
            )
            params[f"l{i}"] = f"%{term}%"
    elif plan.like_terms:
        # Only short words typed: last names starting with the first one (an index range).
        first, *others = plan.like_terms
        clauses.append("p.sort_key >= :lo AND p.sort_key < :hi")
        params["lo"], params["hi"] = first, first[:-1] + chr(ord(first[-1]) + 1)
        for i, term in enumerate(others):
            clauses.append(f"p.sort_key LIKE :l{i}")
            params[f"l{i}"] = f"%{term}%"
    for column in ("legal_status", "nationality", "sex", "counsellor_id"):
        value = getattr(query, column)
        if value:
            clauses.append(f"p.{column} = :{column}")
            params[column] = value
    return clauses, params


def person_ids(connection: Connection, query: PeopleQuery) -> list[str]:
    clauses, params = _where(query)
    column = SORTABLE.get(query.sort, "p.created_at")
    direction = "DESC" if query.descending else "ASC"
    sql = (
        f"SELECT p.id FROM person p WHERE {' AND '.join(clauses)} "
        f"ORDER BY {column} {direction}, p.id {direction}"
    )
    # exec_driver_sql keeps the per-keystroke path free of SQL compilation.
    return [row[0] for row in connection.exec_driver_sql(sql, params)]


def rows_by_id(connection: Connection, ids: Sequence[str]) -> dict[str, PersonRow]:
    found: dict[str, PersonRow] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        result = connection.exec_driver_sql(
            "SELECT p.id, p.file_number, p.last_name, p.first_name, p.last_name_ar, "
            "p.first_name_ar, p.sex, p.date_of_birth, p.nationality, p.legal_status, "
            "p.phone_e164, coalesce(u.display_name, ''), p.consent_status "
            "FROM person p LEFT JOIN user_account u ON u.id = p.counsellor_id "
            f"WHERE p.id IN ({marks})",
            tuple(chunk),
        )
        for row in result:
            values = list(row)
            values[7] = date.fromisoformat(values[7])
            found[row[0]] = PersonRow(*values)
    return found


def next_number(connection: Connection, name: str, year: int) -> int:
    """Increment and return the per-device yearly counter, inside the caller's transaction."""
    connection.execute(
        text(
            "INSERT INTO number_sequence(name, year, last_value) VALUES (:n, :y, 1) "
            "ON CONFLICT(name, year) DO UPDATE SET last_value = last_value + 1"
        ),
        {"n": name, "y": year},
    )
    value = connection.execute(
        text("SELECT last_value FROM number_sequence WHERE name = :n AND year = :y"),
        {"n": name, "y": year},
    ).scalar_one()
    return int(value)


def duplicate_candidate_ids(
    connection: Connection,
    document_keys: Sequence[str],
    phone_e164: str | None,
    date_of_birth: date | None,
    exclude_id: str | None,
) -> list[str]:
    """Ids sharing a document number, the phone, or the date of birth (all indexed lookups)."""
    ids: set[str] = set()
    for key in document_keys:
        ids.update(
            r[0]
            for r in connection.execute(
                text(
                    "SELECT person_id FROM identity_document "
                    "WHERE number_key = :k AND deleted_at IS NULL"
                ),
                {"k": key},
            )
        )
    if phone_e164:
        ids.update(
            r[0]
            for r in connection.execute(
                text("SELECT id FROM person WHERE phone_e164 = :ph AND deleted_at IS NULL"),
                {"ph": phone_e164},
            )
        )
    if date_of_birth:
        ids.update(
            r[0]
            for r in connection.execute(
                text("SELECT id FROM person WHERE date_of_birth = :d AND deleted_at IS NULL"),
                {"d": date_of_birth.isoformat()},
            )
        )
    ids.discard(exclude_id or "")
    return sorted(ids)
