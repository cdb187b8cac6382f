"""Compression on the wire (issue 25, deliverable 2), through a real server process on
loopback: answers and pushes travel compressed once both ends say they can, an older PC that
never compresses still syncs, and a compressed push is judged by its signature before it is
inflated, within the push's limit. The slow-link test pulls a whole register over a 1 Mbit/s
link with 300 ms of latency that drops every few hundred kilobytes, and ends with what a
direct pull gives."""

from __future__ import annotations

import time
import zlib
from typing import Any

import httpx
import orjson
import pytest

from counsellor_app import __version__
from counsellor_app.core import request_signing
from counsellor_app.protocol import encoding
from counsellor_app.protocol.wire import Route
from counsellor_app.sync.client import SyncClient, SyncError
from tests.conftest import person
from tests.server_fixtures import Pc, Server
from tests.sync.faults import holdings
from tests.sync.slow_link import SlowLink

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def _signed(client: SyncClient, method: str, target: str, body: bytes) -> dict[str, str]:
    assert client._key is not None and client.device_id is not None
    return {
        "Content-Type": "application/json",
        **request_signing.signed_headers(
            client._key, client.device_id, __version__, method, target, body,
            time.time_ns() // 1_000_000,
        ),
    }  # fmt: skip


def _register(pc: Pc, people: int) -> None:
    pc.people().register_many(
        [person(last_name=f"Traoré {_letters(n)}", documents=()) for n in range(people)]
    )


def _letters(number: int) -> str:
    """A different surname for each person (digits are no name: the form refuses them)."""
    word = ""
    while True:
        number, rest = divmod(number, 26)
        word += "abcdefghijklmnopqrstuvwxyz"[rest]
        if number == 0:
            return word.capitalize()


def _plain_push(client: SyncClient, body: bytes, **headers: str) -> httpx.Response:
    return httpx.post(
        client.server_url + Route.PUSH,
        content=body,
        headers={**_signed(client, "POST", Route.PUSH, body), **headers},
        timeout=60,
    )


def test_answers_and_pushes_travel_compressed_and_an_old_pc_still_syncs(
    server: Server, make_pc: Any
) -> None:
    sender: Pc = make_pc("sender")
    sender.enrol(server)
    _register(sender, 40)
    with sender.client() as client:
        client.sync()
        assert client.server_takes_gzip  # learnt from the server's first answer
        assert client.bytes_sent > 0

    newcomer: Pc = make_pc("newcomer")
    newcomer.enrol(server, then_sync=False)
    with newcomer.client() as client:
        report = client.sync()
        received = client.bytes_received
    assert report.pulled >= 40
    # What the pages weigh uncompressed, asked for plainly by a PC that takes no gzip.
    with newcomer.client() as plain:
        plain._http.headers["Accept-Encoding"] = "identity"
        page = plain._send("GET", Route.PULL + "?cursor=0&limit=5000", b"", "application/json")
        assert "content-encoding" not in page.headers
        assert orjson.loads(page.content)["changes"]
    assert received * 3 < len(
        page.content
    )  # the whole compressed sync: a fraction of one plain page
    assert holdings(newcomer.db)["person"].keys() == holdings(sender.db)["person"].keys()


def test_a_push_is_compressed_only_after_the_server_says_it_takes_it(
    server: Server, make_pc: Any
) -> None:
    pc: Pc = make_pc("pc")
    pc.enrol(server)
    _register(pc, 5)
    seen: list[str | None] = []

    def record(request: httpx.Request) -> None:
        if request.url.path == Route.PUSH:
            seen.append(request.headers.get("content-encoding"))

    with pc.client() as client:
        client._http.event_hooks["request"].append(record)
        client.sync()
    assert seen and set(seen) == {"gzip"}

    # A server that does not say so (an older one behind this route): the PC sends plainly.
    _register(pc, 5)
    with pc.client() as client:
        client._http.event_hooks["request"].append(record)
        client._http.event_hooks["response"].append(
            lambda response: response.headers.pop("accept-encoding", None)
        )
        seen.clear()
        client.sync()
    assert seen and set(seen) == {None}


def test_a_compressed_push_is_judged_by_its_signature_before_it_is_inflated(
    server: Server, make_pc: Any
) -> None:
    pc: Pc = make_pc("pc")
    pc.enrol(server)
    client = pc.client()
    try:
        # A bomb: 80 kB that would inflate to 64 MB, validly signed. Refused at the limit.
        bomb = encoding.compress(b'{"ops":[' + b" " * (64 * 1024 * 1024) + b"]}")
        assert len(bomb) < 100_000
        answer = _plain_push(client, bomb, **{"Content-Encoding": "gzip"})
        assert answer.status_code == 413 and answer.json()["error"] == "body_too_large"

        # Signed over the plain body but sent compressed: the signature covers what travels.
        plain = orjson.dumps({"ops": []})
        headers = _signed(client, "POST", Route.PUSH, plain)
        answer = httpx.post(
            client.server_url + Route.PUSH, content=encoding.compress(plain),
            headers={**headers, "Content-Encoding": "gzip"},
        )  # fmt: skip
        assert answer.status_code == 401

        # Damaged on the way, cut short, or a coding the server does not take.
        whole = encoding.compress(orjson.dumps({"ops": []}) + b" " * 2000)
        for body, coding, status in (
            (b"\x1f\x8bnot gzip at all", "gzip", 400),
            (whole[: len(whole) // 2], "gzip", 400),
            (zlib.compress(plain), "deflate", 415),
            (plain, "br", 415),
        ):
            answer = _plain_push(client, body, **{"Content-Encoding": coding})
            assert answer.status_code == status, (coding, answer.text)
            assert answer.status_code != 415 or answer.json()["accepted"] == ["gzip"]

        # Only a push may come compressed (every other route reads its body as sent).
        body = encoding.compress(orjson.dumps({"code": "X"}))
        answer = httpx.post(
            client.server_url + Route.ENROL, content=body,
            headers={"Content-Type": "application/json", "Content-Encoding": "gzip",
                     request_signing.VERSION_HEADER: __version__},
        )  # fmt: skip
        assert answer.status_code == 415

        # A NUL hidden inside a compressed body is found once it is inflated.
        nul = encoding.compress(b'{"ops":[{"entity":"person\\u0000"}]}')
        answer = _plain_push(client, nul, **{"Content-Encoding": "gzip"})
        assert answer.status_code == 422 and answer.json()["reason"] == "nul_character"

        # And a good compressed push goes through.
        answer = _plain_push(client, encoding.compress(plain), **{"Content-Encoding": "gzip"})
        assert answer.status_code == 200 and answer.json()["results"] == []
    finally:
        client.close()


def test_a_first_pull_over_a_slow_link_that_drops_resumes_and_ends_identical(
    server: Server, make_pc: Any
) -> None:
    sender: Pc = make_pc("sender")
    sender.enrol(server)
    _register(sender, 400)
    sender.sync()

    port = int(server.url.rsplit(":", 1)[1])
    link = SlowLink(port, bits_per_second=1_000_000, latency_s=0.3, cut_every=20_000)
    link.start()
    try:
        remote: Pc = make_pc("remote")
        remote.enrol(server, then_sync=False)
        attempts = 0
        with SyncClient(remote.db, f"http://127.0.0.1:{link.port}", timeout=30) as client:
            while True:
                attempts += 1
                try:
                    client.sync()
                    break
                except SyncError as error:
                    assert error.reason in ("unreachable", "bad_answer", "timeout"), error.reason
                    assert attempts < 60, "the pull never completed"
    finally:
        link.close()
    assert link.stats.cuts >= 1 and attempts > 1  # it was cut, and went on from there

    direct: Pc = make_pc("direct")
    direct.enrol(server)
    mine, theirs = holdings(remote.db), holdings(direct.db)
    for kind in ("person", "identity_document", "consent", "pathway_stage"):
        assert mine.get(kind, {}).keys() == theirs.get(kind, {}).keys(), kind
    assert len(mine["person"]) == 400
