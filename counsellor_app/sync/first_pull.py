"""A PC's first pull (issue 25): the same copy as the ordinary pull, with less work per page.

A session that starts from cursor 0 pulls in bigger pages (fewer commits and requests, each
with its fixed cost) and leaves the person search entries out of its pages: they are built
once, for everyone, when the pull ends, in one transaction (per page, each person's entry was
looked up, written, and FTS5 merged its segments again). The mark that entries are owed is
saved with the pages, so a pull cut by a crash goes on the same way at the next sync and builds
them at its end; a pull that stops on an error builds them at once, so search always works
after a sync, finished or not. Every write goes through the database's one writer.
"""

from __future__ import annotations

from sqlalchemy import delete, text
from sqlalchemy.orm import Session

from counsellor_app.storage import search_index
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import LocalSetting

UNDER_WAY_KEY = "sync.first_pull"  # search entries owed for the people pulled so far
# Records per page asked for by a first pull (the server may give fewer): a page commits with
# its cursor, so a cut costs one page again; at 20,000 a page is about 14 MB of JSON.
FIRST_PULL_PAGE = 20_000
_REBUILD_CHUNK = 5_000


def under_way(session: Session) -> bool:
    return session.get(LocalSetting, UNDER_WAY_KEY) is not None


def mark(session: Session) -> None:
    """In a page's transaction: its people's search entries are owed (built by ``finish``)."""
    if session.get(LocalSetting, UNDER_WAY_KEY) is None:
        session.add(LocalSetting(key=UNDER_WAY_KEY, value="1"))


def finish(db: Database) -> bool:
    """Build every person's search entry and drop the mark, in one transaction on the writer
    (a crash in between leaves the mark: the next sync builds them). The entries are those
    the ordinary pull keeps page by page: one per person not deleted, from the current row.
    Returns whether there was anything owed."""

    def build() -> bool:
        with db.unit_of_work(None) as session:
            if not under_way(session):
                return False
            connection = session.connection()
            connection.execute(text("DELETE FROM person_fts"))
            after = ""
            while True:
                ids = list(
                    connection.execute(
                        text("SELECT id FROM person WHERE id > :after ORDER BY id LIMIT :n"),
                        {"after": after, "n": _REBUILD_CHUNK},
                    ).scalars()
                )
                if not ids:
                    break
                search_index.reindex_people(connection, ids, new=ids)
                after = ids[-1]
            session.execute(delete(LocalSetting).where(LocalSetting.key == UNDER_WAY_KEY))
            return True

    return db.writer.run(build)

