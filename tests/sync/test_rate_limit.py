"""The public verification page's rate limit is held in the server's database (issue 20,
deliverable 5): every worker and every server process on one database draws from the same
bucket, so running more of them never multiplies what a client may ask."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, func, select

from counsellor_app.server.database import make_engine, migrate
from counsellor_app.server.models import RateBucket
from counsellor_app.server.ratelimit import RateLimit
from tests.server_fixtures import Server, _free_port

T0 = 1_800_000_000_000  # a fixed clock (ms): the draws below are counted, never timed


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    made = make_engine(database_url)
    migrate(made)
    yield made
    made.dispose()


def test_a_bucket_gives_its_capacity_then_refills_with_time(engine: Engine) -> None:
    limit = RateLimit(engine, per_minute=3)
    assert [limit.allow("verify:198.51.100.7", T0) for _ in range(5)] == [
        True,
        True,
        True,
        False,
        False,
    ]
    assert limit.allow("verify:203.0.113.9", T0)  # another address has its own bucket
    assert limit.allow("verify:198.51.100.7", T0 + 20_000)  # one token a 20 s
    assert not limit.allow("verify:198.51.100.7", T0 + 20_000)
    # A long pause refills to the capacity, never beyond it.
    later = T0 + 3_600_000
    assert [limit.allow("verify:198.51.100.7", later) for _ in range(4)] == [
        True,
        True,
        True,
        False,
    ]


def test_workers_drawing_at_once_never_take_one_token_twice(engine: Engine) -> None:
    """Two limiters (two workers) on one database, 8 threads each, 64 draws at one instant
    for a bucket of 10: exactly 10 are allowed."""
    workers = [RateLimit(engine, per_minute=10), RateLimit(engine, per_minute=10)]
    with ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(lambda n: workers[n % 2].allow("verify:192.0.2.1", T0), range(64)))
    assert answers.count(True) == 10


def test_buckets_refilled_whole_are_forgotten(engine: Engine) -> None:
    limit = RateLimit(engine, per_minute=6)
    for n in range(5):
        limit.allow(f"verify:192.0.2.{n}", T0)
    limit._purged = 0.0  # the next draw purges (it does so once a minute)
    limit.allow("verify:192.0.2.99", T0 + 61_000)
    with engine.connect() as connection:
        keys = connection.scalars(select(RateBucket.key)).all()
        assert keys == ["verify:192.0.2.99"]
        assert connection.scalar(select(func.count()).select_from(RateBucket)) == 1


def _serve(server: Server, per_minute: int, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    environment = {**server.environment, "COUNSELLOR_SERVER_VERIFY_PER_MINUTE": str(per_minute)}
    with log.open("ab") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "counsellor_app.server.cli", "serve", "--port", str(port)],
            env=environment,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    return process, f"http://127.0.0.1:{port}"


def _wait(url: str, process: subprocess.Popen[bytes]) -> None:
    for _ in range(600):
        assert process.poll() is None, "server exited"
        try:
            if httpx.get(url + "/v1/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError("server did not start")


def test_two_server_processes_on_one_database_share_the_verification_limit(
    server: Server, tmp_path: Path
) -> None:
    """Two more ``counsellor-server serve`` processes on the fixture's database, 10 calls a
    minute each: asked 40 times in turn, together they allow 10 (and a token or two refilled
    meanwhile), where a limit kept in each process would allow 20, and both refuse."""
    started = [_serve(server, 10, tmp_path / f"worker{n}.log") for n in range(2)]
    try:
        for process, url in started:
            _wait(url, process)
        answers: dict[str, list[int]] = {url: [] for _process, url in started}
        for n in range(40):
            url = started[n % 2][1]
            reply = httpx.get(url + "/v1/verify", params={"q": "RABAG-26-000001"}, timeout=30)
            answers[url].append(reply.status_code)
    finally:
        for process, _url in started:
            process.terminate()
            process.wait(10)
    allowed = sum(codes.count(200) for codes in answers.values())
    assert 10 <= allowed < 20, answers
    for codes in answers.values():
        assert set(codes) == {200, 429}, codes
