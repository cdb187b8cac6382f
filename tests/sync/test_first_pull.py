"""A new PC's first pull (sync/first_pull.py, issue 25): bigger pages, search entries built
once at the end. The copy it makes is the ordinary pull's, record by record and entry by
entry; a pull cut at any request, or killed between two pages, ends the same at the next sync,
and search finds everyone pulled even after a failed sync."""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from sqlalchemy import text

from counsellor_app.core.person import IdentityDocumentInput
from counsellor_app.storage.people_queries import PeopleQuery
from counsellor_app.sync import client as sync_client
from counsellor_app.sync import first_pull
from counsellor_app.sync.client import SyncClient, SyncError, SyncReport, apply_pulled
from tests.conftest import letters, person
from tests.server_fixtures import Server
from tests.sync.conftest import Pc
from tests.sync.faults import FaultyTransport, differences

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)

PEOPLE = 9


def _agency(server: Server, make_pc: Any) -> Pc:
    """A PC with people on the server, some edited after their creation."""
    source: Pc = make_pc("source")
    people = source.people()
    ids = [
        people.register(
            person(
                last_name=f"Sow {letters(n)}",
                phone=f"06 61 00 {n:02d} 00",
                documents=(
                    IdentityDocumentInput("residence_card", f"E77{n:04d}", date(2027, 6, 30)),
                ),
            ),
            confirmed_new=True,
        )
        for n in range(PEOPLE)
    ]
    source.enrol(server)
    for n, person_id in enumerate(ids[:3]):
        source.edit(person_id, first_name=f"Awa {letters(n)}")
    source.sync()
    return source


def _search_entries(pc: Pc) -> dict[str, tuple[str, str]]:
    """Each person's search entry (FTS5 row), by person; and no entry without its person."""
    with pc.db.reader() as session:
        entries = {
            str(person_id): (str(body), str(keys))
            for person_id, body, keys in session.execute(
                text(
                    "SELECT person.id, person_fts.text, person_fts.keys FROM person "
                    "JOIN person_fts ON person_fts.rowid = person.search_rowid"
                )
            )
        }
        total = session.execute(text("SELECT count(*) FROM person_fts")).scalar()
    assert total == len(entries)
    return entries


def _new_pc(server: Server, make_pc: Any, name: str) -> Pc:
    pc: Pc = make_pc(name)
    pc.enrol(server, then_sync=False)
    return pc


def _pull(pc: Pc, fast: bool, transport: Any = None) -> tuple[SyncReport, list[bool]]:
    """A sync; per pulled page, whether search entries were owed (the first-pull path)."""
    seen: list[bool] = []

    def progress(phase: str, _done: int, _total: int) -> bool:
        if phase == "pull":
            with pc.db.reader() as session:
                seen.append(first_pull.under_way(session))
        return True

    client = SyncClient(pc.db, transport=transport)
    client.first_pull_path = fast
    try:
        return client.sync(progress), seen
    finally:
        client.close()


def _same_as_ordinary(fast: Pc, ordinary: Pc) -> None:
    # Each PC pushed its own account's key first: each takes the other's (ordinary syncs now).
    fast.sync()
    ordinary.sync()
    assert differences(fast.db, ordinary.db) == []
    assert _search_entries(fast) == _search_entries(ordinary)
    with fast.db.reader() as session:
        assert not first_pull.under_way(session)


def test_the_first_pull_makes_the_ordinary_copy(
    server: Server, make_pc: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_client, "PULL_PAGE", 4)  # several pages, both ways
    monkeypatch.setattr(first_pull, "FIRST_PULL_PAGE", 8)  # 4, then 8
    source = _agency(server, make_pc)
    fast, ordinary = _new_pc(server, make_pc, "fast"), _new_pc(server, make_pc, "ordinary")

    report, owed = _pull(fast, fast=True)
    plain_report, plain_owed = _pull(ordinary, fast=False)

    assert report.pulled >= PEOPLE * 3 and plain_report.pulled >= PEOPLE * 3
    assert len(owed) >= 3 and all(owed)  # the first-pull path ran, page after page
    assert plain_owed and not any(plain_owed)
    assert len(_search_entries(fast)) == PEOPLE
    _same_as_ordinary(fast, ordinary)
    source.sync()  # the two new PCs' accounts
    assert differences(fast.db, source.db) == []
    # The register's search finds the pulled people by name, phone and document number.
    query = PeopleQuery(text=f"Sow {letters(4)}")
    found = fast.people().search_ids(query)
    assert len(found) == 1 and found == ordinary.people().search_ids(query)
    assert fast.people().search_ids(PeopleQuery(text="0661000400")) == found
    assert fast.people().search_ids(PeopleQuery(text="E770004")) == found
    assert fast.people().search_ids(PeopleQuery(text=f"Awa {letters(1)}"))
    # A later sync is an ordinary one, its entries kept page by page.
    source.edit(found[0], first_name="Khadija")
    source.sync()
    _report, later = _pull(fast, fast=True)
    assert later and not any(later)
    assert fast.people().search_ids(PeopleQuery(text="Khadija")) == found


@pytest.mark.timeout(600)
def test_a_first_pull_cut_at_any_request_ends_as_the_ordinary_one(
    server: Server, make_pc: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_client, "PULL_PAGE", 4)  # pages of 4, then 8
    monkeypatch.setattr(first_pull, "FIRST_PULL_PAGE", 8)
    _agency(server, make_pc)
    ordinary = _new_pc(server, make_pc, "ordinary")
    _pull(ordinary, fast=False)
    counting = FaultyTransport()
    whole = _new_pc(server, make_pc, "whole")
    _pull(whole, fast=True, transport=counting)
    pulls = [n for n, sent in enumerate(counting.sent, 1) if "/sync/pull" in sent]
    assert len(pulls) >= 3
    # The first page's request, one in the middle, the last, and the state check after.
    for broken_at in (pulls[0], pulls[len(pulls) // 2], pulls[-1], pulls[-1] + 1):
        pc = _new_pc(server, make_pc, f"cut-{broken_at}")
        with pytest.raises(SyncError):
            _pull(pc, fast=True, transport=FaultyTransport({broken_at: "drop_response"}))
        with pc.db.reader() as session:  # the failed sync built the entries it owed
            assert not first_pull.under_way(session)
            held = session.execute(
                text("SELECT count(*) FROM person WHERE deleted_at IS NULL")
            ).scalar()
        assert len(_search_entries(pc)) == held
        _pull(pc, fast=True)
        _same_as_ordinary(pc, ordinary)


def test_a_first_pull_killed_between_two_pages_goes_on_and_builds_the_entries(
    server: Server, make_pc: Any
) -> None:
    _agency(server, make_pc)
    ordinary = _new_pc(server, make_pc, "ordinary")
    _pull(ordinary, fast=False)
    pc = _new_pc(server, make_pc, "killed")
    # What a process killed after its first page leaves: one page applied with its cursor,
    # its people's search entries owed, the pull's end never reached.
    client = SyncClient(pc.db)
    try:
        page = client._call("GET", "/v1/sync/pull?cursor=0&limit=6")
        sync_client.apply.prepare_page(page["changes"])
        apply_pulled(pc.db, page, SyncReport(), first=True)
        assert page["has_more"]
    finally:
        client.close()
    with pc.db.reader() as session:
        assert first_pull.under_way(session)
        pulled_people = session.execute(text("SELECT count(*) FROM person")).scalar()
    assert pulled_people and _search_entries(pc) == {}

    _report, resumed = _pull(pc, fast=True)

    assert resumed and all(resumed)  # went on the same way, from the next page
    _same_as_ordinary(pc, ordinary)


class _OlderServer(FaultyTransport):
    """A server from before first_pull.py: pages of at most the ordinary size (its 5,000;
    here 4), FastAPI's 422 beyond."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        asked = parse_qs(urlsplit(str(request.url)).query).get("limit", ["0"])[0]
        if "/sync/pull" in request.url.path and int(asked) > sync_client.PULL_PAGE:
            self.sent.append(f"{request.method} {request.url.path} refused")
            return httpx.Response(422, json={"detail": "limit"}, request=request)
        return super().handle_request(request)


def test_a_first_pull_from_an_older_server_takes_its_page_size(
    server: Server, make_pc: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_client, "PULL_PAGE", 4)  # 4, then 8 refused, then 4 again
    monkeypatch.setattr(first_pull, "FIRST_PULL_PAGE", 8)
    _agency(server, make_pc)
    ordinary = _new_pc(server, make_pc, "ordinary")
    _pull(ordinary, fast=False)
    older = _OlderServer()
    pc = _new_pc(server, make_pc, "older")

    _report, owed = _pull(pc, fast=True, transport=older)

    assert sum("refused" in sent for sent in older.sent) == 1  # once, then its size
    assert owed and all(owed)
    _same_as_ordinary(pc, ordinary)
