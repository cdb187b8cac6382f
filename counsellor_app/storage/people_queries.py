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

PAGE_SIZE = 500
# The register's first page per keystroke: three screens. Each row of a page is one look-up of a
# page of the person index the keystroke before rarely left in the cache (a decryption each).
FIRST_PAGE = 100
RECENT = "recent"  # most recently registered on this PC first: index order, no sorting needed
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
    sort: str = RECENT
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


def _query(query: PeopleQuery, column: str, count: bool = False) -> tuple[str, dict[str, Any]]:
    """SQL for the register's ids, written so the common paths read covering indexes only."""
    clauses = ["p.deleted_at IS NULL"]
    params: dict[str, Any] = {}
    source = "person p"
    plan = plan_search(query.text)
    if plan.match is not None:
        source = (
            "person_fts f JOIN person p INDEXED BY ix_person_search_rowid_created_at_id "
            "ON p.search_rowid = f.rowid"
        )
        clauses.append("person_fts MATCH :m")
        params["m"] = plan.match
        for i, term in enumerate(plan.like_terms):
            clauses.append(f"f.text LIKE :l{i}")
            params[f"l{i}"] = f"%{term}%"
    elif plan.like_terms:
        # Only short words typed: last names starting with the first one. In the register's
        # order they are read from the index of initials (no sort) until the page is full;
        # sorted by a column, from the sort-key range.
        first, *others = plan.like_terms
        if query.sort not in SORTABLE:
            source = "person p INDEXED BY ix_person_initial"
            clauses.append("substr(p.sort_key, 1, 1) = :initial")
            params["initial"] = first[0]
        if len(first) > 1 or query.sort in SORTABLE:
            clauses.append("p.sort_key >= :lo AND p.sort_key < :hi")
            params["lo"], params["hi"] = first, first[:-1] + chr(ord(first[-1]) + 1)
        for i, term in enumerate(others):
            clauses.append(f"p.sort_key LIKE :l{i}")
            params[f"l{i}"] = f"%{term}%"
    for name in ("legal_status", "nationality", "sex", "counsellor_id"):
        value = getattr(query, name)
        if value:
            clauses.append(f"p.{name} = :{name}")
            params[name] = value
    where = " AND ".join(clauses)
    if count:
        return f"SELECT count(*) FROM {source} WHERE {where}", params
    direction = "DESC" if query.descending else "ASC"
    if query.sort in SORTABLE:
        order = f"{SORTABLE[query.sort]} {direction}, p.search_rowid {direction}"
    else:  # FTS5 walks its rowids backwards without a sort, and LIMIT stops it early
        order = f"{'f.rowid' if plan.match is not None else 'p.search_rowid'} {direction}"
    return f"SELECT p.{column} FROM {source} WHERE {where} ORDER BY {order}", params


def person_ids(connection: Connection, query: PeopleQuery) -> list[str]:
    sql, params = _query(query, "id")
    return [row[0] for row in connection.exec_driver_sql(sql, params)]


def register_page(connection: Connection, query: PeopleQuery, offset: int = 0,
                  limit: int | None = PAGE_SIZE) -> list[int]:  # fmt: skip
    """One page of the result as small integers (the index rowids), for the register's model.

    Runs on the raw driver cursor: per keystroke, SQLAlchemy's row machinery would cost more
    than the query itself.
    """
    sql, params = _query(query, "search_rowid")
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    cursor = connection.connection.driver_connection.execute(sql, params)  # type: ignore[union-attr]
    return [row[0] for row in cursor.fetchall()]


def register_count(connection: Connection, query: PeopleQuery) -> int:
    sql, params = _query(query, "search_rowid", count=True)
    return int(connection.exec_driver_sql(sql, params).scalar() or 0)


def rows_by_key(connection: Connection, keys: Sequence[int]) -> dict[int, PersonRow]:
    found: dict[int, PersonRow] = {}
    for start in range(0, len(keys), 500):
        chunk = list(keys[start : start + 500])
        marks = ",".join("?" * len(chunk))
        result = connection.exec_driver_sql(
            "SELECT p.id, p.file_number, p.last_name, p.first_name, p.last_name_ar, "
            "p.first_name_ar, p.sex, p.date_of_birth, p.nationality, p.legal_status, "
            "p.phone_e164, coalesce(u.display_name, ''), p.consent_status, p.search_rowid "
            "FROM person p LEFT JOIN user_account u ON u.id = p.counsellor_id "
            f"WHERE p.search_rowid IN ({marks})",
            tuple(chunk),
        )
        for row in result:
            values = list(row[:-1])
            values[7] = date.fromisoformat(values[7])
            found[row[-1]] = PersonRow(*values)
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
