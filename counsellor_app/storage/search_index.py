"""The person search index (FTS5 trigram) kept in step with the person table."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from sqlalchemy import Connection, text

from counsellor_app.core.phone import phone_search_keys
from counsellor_app.core.search_query import SearchDocument, search_document

CREATE_INDEX_SQL = (
    "CREATE VIRTUAL TABLE person_fts USING fts5("
    "text, keys, tokenize = 'trigram remove_diacritics 1')"
)


def document_for(
    names: Iterable[str], file_number: str, phone_e164: str | None, document_numbers: Iterable[str]
) -> SearchDocument:
    phones = phone_search_keys(phone_e164) if phone_e164 else []
    return search_document(names, file_number, phones, document_numbers)


def next_search_rowid(connection: Connection) -> int:
    value = connection.execute(text("SELECT coalesce(max(search_rowid), 0) FROM person")).scalar()
    return int(value or 0) + 1


def write_entries(
    connection: Connection, entries: Iterable[tuple[int, SearchDocument]], replace: bool = True
) -> None:
    """``replace=False`` for rows known to have no entry yet (people just inserted)."""
    rows = [{"rowid": rowid, "text": doc.text, "keys": doc.keys} for rowid, doc in entries]
    if not rows:
        return
    if replace:
        connection.execute(
            text("DELETE FROM person_fts WHERE rowid = :rowid"),
            [{"rowid": r["rowid"]} for r in rows],
        )
    connection.execute(
        text("INSERT INTO person_fts(rowid, text, keys) VALUES (:rowid, :text, :keys)"), rows
    )


def remove_entries(connection: Connection, rowids: Iterable[int]) -> None:
    params = [{"rowid": rowid} for rowid in rowids]
    if params:
        connection.execute(text("DELETE FROM person_fts WHERE rowid = :rowid"), params)


def reindex_people(
    connection: Connection, person_ids: Iterable[str], new: Collection[str] = ()
) -> None:
    """Rebuild the entries of these people from their current rows (names, phone, documents);
    those in ``new`` were inserted in this transaction and have no entry to replace."""
    ids = list(dict.fromkeys(person_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join(f":p{i}" for i in range(len(chunk)))
        params = {f"p{i}": pid for i, pid in enumerate(chunk)}
        people = connection.execute(
            text(
                "SELECT id, search_rowid, last_name, first_name, last_name_ar, first_name_ar, "
                f"file_number, phone_e164, deleted_at FROM person WHERE id IN ({marks})"
            ),
            params,
        ).all()
        numbers: dict[str, list[str]] = {}
        for person_id, number in connection.execute(
            text(
                "SELECT person_id, number FROM identity_document "
                f"WHERE deleted_at IS NULL AND person_id IN ({marks})"
            ),
            params,
        ):
            numbers.setdefault(person_id, []).append(number)
        live: list[tuple[int, SearchDocument]] = []
        fresh: list[tuple[int, SearchDocument]] = []
        gone: list[int] = []
        for row in people:
            if row.deleted_at is not None:
                gone.append(row.search_rowid)
                continue
            names = (row.last_name, row.first_name, row.last_name_ar, row.first_name_ar)
            doc = document_for(names, row.file_number, row.phone_e164, numbers.get(row.id, []))
            (fresh if row.id in new else live).append((row.search_rowid, doc))
        remove_entries(connection, gone)
        write_entries(connection, live)
        write_entries(connection, fresh, replace=False)
