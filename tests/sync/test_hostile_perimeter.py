"""Hostile tests of the server's perimeter (issue 20, deliverables 5 and 7): a second
agency's real enrolled PC, or anybody without a key, sends raw requests to a real server
process on loopback. Each attack is refused with its own reason, before the server works for
it, and changes nothing.

Memory is read from the server process's ``/proc`` status as a bound on what an attack may
cost (hundreds of megabytes before the fix), never as a timing."""

from __future__ import annotations

import base64
import io
import json
import select
import socket
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import orjson
import pytest
from sqlalchemy import create_engine, func, text
from sqlalchemy import select as sql_select
from sqlalchemy.exc import DataError, StatementError

from counsellor_app import __version__
from counsellor_app.core import request_signing
from counsellor_app.server.database import make_engine
from counsellor_app.storage.models import LocalSetting, Person
from counsellor_app.sync import apply
from counsellor_app.sync.client import SyncClient, SyncError
from tests.conftest import person
from tests.server_fixtures import Pc, Server

MB = 1024 * 1024
MEMORY_BOUND = 200 * MB  # an attack may not cost the server this much


# -- helpers ---------------------------------------------------------------------------------
def _server_pid(server: Server) -> int:
    """The ``counsellor-server serve --port N`` process (one worker: uvicorn runs in it)."""
    port = str(urlsplit(server.url).port)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            words = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"serve" in words and port.encode() in words:
            return int(entry.name)
    raise AssertionError("server process not found")


def _rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


def _enrolled(make_pc: Any, server: Server, name: str, agency: str) -> tuple[Pc, SyncClient]:
    pc: Pc = make_pc(name, agency)
    pc.enrol(server, then_sync=False)
    return pc, pc.client()


def _signed(
    client: SyncClient,
    method: str,
    target: str,
    body: bytes = b"",
    nonce: str | None = None,
    version: str = __version__,
) -> dict[str, str]:
    assert client._key is not None and client.device_id is not None
    headers = request_signing.signed_headers(
        client._key,
        client.device_id,
        version,
        method,
        target,
        body,
        time.time_ns() // 1_000_000,
        nonce,
    )
    return {"Content-Type": "application/json", **headers}


def _raw(
    server: Server,
    method: str,
    path: str,
    headers: dict[str, str],
    chunks: Iterator[bytes],
    chunked: bool,
) -> tuple[int, dict[str, Any], int]:
    """Send a request by hand, body piece by piece, stopping as soon as the server answers;
    (status, JSON answer, bytes of body sent)."""
    parts = urlsplit(server.url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}:{port}"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    sock = socket.create_connection((host, port), timeout=60)
    sent = 0
    try:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        for chunk in chunks:
            if select.select([sock], [], [], 0)[0]:
                break  # answered already: the rest is never read
            framed = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n" if chunked else chunk
            try:
                sock.sendall(framed)
            except OSError:
                break
            sent += len(chunk)
        else:
            if chunked:
                sock.sendall(b"0\r\n\r\n")
        data = b""
        while True:
            try:
                piece = sock.recv(65536)
            except (ConnectionResetError, TimeoutError):
                break
            if not piece:
                break
            data += piece
            head, _sep, rest = data.partition(b"\r\n\r\n")
            if _sep and b"content-length" in head.lower():
                length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
                if len(rest) >= length:
                    break
    finally:
        sock.close()
    head, _sep, rest = data.partition(b"\r\n\r\n")
    status = int(head.split(b" ")[1])
    try:
        answer = orjson.loads(rest) if rest else {}
    except orjson.JSONDecodeError:  # the HTTP layer's own plain-text refusal
        answer = {"error": rest.decode("utf-8", "replace")}
    return status, answer, sent


def _zeros(total: int, piece: int = 256 * 1024) -> Iterator[bytes]:
    block = b"0" * piece
    for _ in range(total // piece):
        yield block


def _server_rows(server: Server, table: str) -> int:
    engine = create_engine(server.environment["COUNSELLOR_SERVER_DATABASE_URL"])
    try:
        with engine.connect() as connection:
            return int(connection.scalar(text(f"SELECT count(*) FROM {table}")) or 0)
    finally:
        engine.dispose()


# -- replay ----------------------------------------------------------------------------------
def test_a_replayed_signed_request_is_refused_even_inside_the_clock_window(
    server: Server, make_pc: Any
) -> None:
    _pc, client = _enrolled(make_pc, server, "pc-b", "CASAB")
    try:
        headers = _signed(client, "GET", "/v1/sync/meta")
        first = httpx.get(server.url + "/v1/sync/meta", headers=headers)
        assert first.status_code == 200
        again = httpx.get(server.url + "/v1/sync/meta", headers=headers)
        assert (again.status_code, again.json()["error"]) == (401, "replayed")

        # A push copied on the way and sent again: refused, nothing applied twice.
        body = orjson.dumps({"ops": []})
        push = _signed(client, "POST", "/v1/sync/push", body)
        assert httpx.post(server.url + "/v1/sync/push", content=body, headers=push).is_success
        replayed = httpx.post(server.url + "/v1/sync/push", content=body, headers=push)
        assert (replayed.status_code, replayed.json()["error"]) == (401, "replayed")

        # The nonce is signed: a copy with a new nonce no longer matches its signature.
        fresh = {**push, request_signing.NONCE_HEADER: request_signing.new_nonce()}
        forged = httpx.post(server.url + "/v1/sync/push", content=body, headers=fresh)
        assert (forged.status_code, forged.json()["error"]) == (401, "unauthenticated")
        # No nonce, or one too short to be random: refused before the body is read.
        for nonce in (None, "abc"):
            bare = {k: v for k, v in push.items() if k != request_signing.NONCE_HEADER}
            if nonce:
                bare[request_signing.NONCE_HEADER] = nonce
            refused = httpx.post(server.url + "/v1/sync/push", content=body, headers=bare)
            assert (refused.status_code, refused.json()["error"]) == (401, "unauthenticated")
        assert _server_rows(server, "request_nonce") == 2  # the two accepted requests
        client.sync()  # the genuine PC goes on
    finally:
        client.close()


# -- memory before trust ---------------------------------------------------------------------
def test_oversized_pushes_are_refused_before_they_are_read(server: Server, make_pc: Any) -> None:
    _pc, client = _enrolled(make_pc, server, "pc-b", "CASAB")
    pid = _server_pid(server)
    before = _rss(pid)
    try:
        huge = 1536 * MB
        # Unsigned, announced at 1.5 GB: answered from the headers, the body never read.
        status, answer, sent = _raw(
            server,
            "POST",
            "/v1/sync/push",
            {"Content-Type": "application/json", "Content-Length": str(huge)},
            _zeros(huge),
            chunked=False,
        )
        assert (status, answer["error"]) == (401, "unauthenticated") and sent < huge
        # Unsigned and without a length (chunked): the same.
        status, answer, sent = _raw(
            server,
            "POST",
            "/v1/sync/push",
            {"Content-Type": "application/json", "Transfer-Encoding": "chunked"},
            _zeros(huge),
            chunked=True,
        )
        assert (status, answer["error"]) == (401, "unauthenticated") and sent < huge
        # Signed by a real device, announced too large: refused from its length.
        body_size = 48 * MB
        body = b'{"ops":[{"x":"' + b"a" * body_size + b'"}]}'
        headers = _signed(client, "POST", "/v1/sync/push", body)
        status, answer, sent = _raw(
            server,
            "POST",
            "/v1/sync/push",
            {**headers, "Content-Length": str(len(body))},
            iter([body[i : i + 256 * 1024] for i in range(0, len(body), 256 * 1024)]),
            chunked=False,
        )
        assert (status, answer["error"]) == (413, "body_too_large") and sent < len(body)
        # Signed, sent without a length: read up to the limit, then refused.
        headers = _signed(client, "POST", "/v1/sync/push", body)
        status, answer, sent = _raw(
            server,
            "POST",
            "/v1/sync/push",
            {**headers, "Transfer-Encoding": "chunked"},
            iter([body[i : i + 256 * 1024] for i in range(0, len(body), 256 * 1024)]),
            chunked=True,
        )
        assert (status, answer["error"]) == (413, "body_too_large")
        assert answer["max_bytes"] < len(body)
        # A blob chunk far over the PC's chunk size: refused the same way.
        sha = "0" * 64
        target = f"/v1/blobs/{sha}?size={8 * MB}&offset=0"
        chunk = b"\0" * (8 * MB)
        refused = httpx.put(
            server.url + target, content=chunk, headers=_signed(client, "PUT", target, chunk)
        )
        assert (refused.status_code, refused.json()["error"]) == (413, "body_too_large")
        assert _rss(pid) - before < MEMORY_BOUND
        assert _server_rows(server, "blob") == 0
        client.sync()
    finally:
        client.close()


def _bundle_zip(entries: dict[str, bytes], compression: int = zipfile.ZIP_STORED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return out.getvalue()


def _manifest(device: str, /, **changes: object) -> bytes:
    fields: dict[str, object] = {
        "format": "counsellor-bundle/1",
        "bundle_id": "b" * 36,
        "direction": "to_server",
        "device_id": device,
        "created_at": "2026-12-01T10:00:00+00:00",
        "expires_at": "2026-12-31T10:00:00+00:00",
        "payload_sha256": "0" * 64,
    }
    fields.update(changes)
    return json.dumps(fields).encode()


def test_a_zip_bomb_or_a_malformed_bundle_is_refused_before_anything_is_unzipped(
    server: Server, make_pc: Any
) -> None:
    _pc, client = _enrolled(make_pc, server, "pc-b", "CASAB")
    assert client.device_id is not None
    pid = _server_pid(server)
    before = _rss(pid)
    try:
        # 600 MB of zeros in well under a megabyte, named as the payload of a real device.
        bomb = io.BytesIO()
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", _manifest(client.device_id))
            with archive.open("payload.bin", "w", force_zip64=True) as payload:
                for block in _zeros(600 * MB, MB):
                    payload.write(block)
            archive.writestr("signature.txt", base64.b64encode(b"x" * 64))
        assert len(bomb.getvalue()) < 2 * MB
        answer = httpx.post(server.url + "/v1/bundles", content=bomb.getvalue(), timeout=60)
        assert (answer.status_code, answer.json()["error"]) == (422, "bundle_damaged")
        # Stored, but a manifest that claims gigabytes, or thousands of entries.
        many = _bundle_zip({f"e{i}": b"" for i in range(20_000)})
        answer = httpx.post(server.url + "/v1/bundles", content=many)
        assert (answer.status_code, answer.json()["error"]) == (422, "bundle_damaged")
        signature = base64.b64encode(b"x" * 64)
        for manifest in (
            b"[1, 2]",
            b"not json",
            b'"a string"',
            _manifest(client.device_id, created_at="not-a-date"),
            _manifest(client.device_id, created_at="2026-12-01T10:00:00"),  # no time zone
            _manifest(client.device_id, device_id=12),
            _manifest(client.device_id, bundle_id=None),
            _manifest(client.device_id, bundle_id="x" * 5000),
            _manifest(client.device_id, format="other"),
            b"[" * 2000 + b"]" * 2000,  # nested past the parser's depth (was a 500)
        ):
            data = _bundle_zip(
                {"manifest.json": manifest, "payload.bin": b"x" * 100, "signature.txt": signature}
            )
            answer = httpx.post(server.url + "/v1/bundles", content=data)
            assert answer.status_code == 422, manifest
            assert answer.json()["error"] in ("bundle_damaged", "bundle_format", "bundle_too_large")
        for data in (b"", b"PK\x03\x04garbage", b"\0" * 1000):
            answer = httpx.post(server.url + "/v1/bundles", content=data)
            assert (answer.status_code, answer.json()["error"]) == (422, "bundle_damaged")
        # Well formed, but signed by nobody: tampered, before the payload is decrypted.
        data = _bundle_zip(
            {
                "manifest.json": _manifest(client.device_id),
                "payload.bin": b"x" * 100,
                "signature.txt": signature,
            }
        )
        answer = httpx.post(server.url + "/v1/bundles", content=data)
        assert (answer.status_code, answer.json()["error"]) == (422, "bundle_tampered")
        assert _rss(pid) - before < MEMORY_BOUND
        assert _server_rows(server, "bundle_log") == 0
    finally:
        client.close()


# -- every parameter -------------------------------------------------------------------------
def test_malformed_parameters_get_a_4xx_never_a_500(server: Server, make_pc: Any) -> None:
    _pc, client = _enrolled(make_pc, server, "pc-b", "CASAB")
    try:
        for target in ("/verify?q=RABAG%00x", "/v1/verify?q=%00", "/v1/verify?q=a%0Ab"):
            answer = httpx.get(server.url + target)
            assert (answer.status_code, answer.json()["error"]) == (400, "bad_request"), target
        assert httpx.get(server.url + "/v1/verify?q=" + "x" * 3000).status_code == 422
        signed_targets = (
            "/v1/sync/pull?cursor=0&limit=-1",
            "/v1/sync/pull?cursor=0&limit=0",
            "/v1/sync/pull?cursor=0&limit=1000000",
            f"/v1/sync/pull?cursor={2**64}&limit=10",
            "/v1/sync/pull?cursor=-5",
            "/v1/sync/pull?cursor=abc",
            "/v1/sync/state/person?limit=-3",
            "/v1/sync/state/person?after=" + "x" * 100,
            "/v1/sync/state/" + "p" * 100,
            "/v1/blobs/not-a-hash/state",
            "/v1/blobs/" + "A" * 64,
            "/v1/grants?person_id=" + "x" * 100,
            "/v1/grants",
        )
        for target in signed_targets:
            answer = httpx.get(server.url + target, headers=_signed(client, "GET", target))
            assert answer.status_code == 422, (target, answer.status_code, answer.text)
        sha = "0" * 64
        for query in ("size=-1&offset=0", "size=10&offset=-1", f"size={2**64}&offset=0"):
            target = f"/v1/blobs/{sha}?{query}"
            answer = httpx.put(
                server.url + target, content=b"x", headers=_signed(client, "PUT", target, b"x")
            )
            assert answer.status_code == 422, (target, answer.text)
        # A NUL inside a JSON body (PostgreSQL cannot hold it), and a NUL in a path.
        body = b'{"choice": "server", "user_id": "a\\u0000b"}'
        target = "/v1/conflicts/" + "c" * 36 + "/resolve"
        answer = httpx.post(
            server.url + target, content=body, headers=_signed(client, "POST", target, body)
        )
        assert (answer.status_code, answer.json()["error"]) == (422, "validation")
        target = "/v1/conflicts/" + "c" * 100 + "/resolve"
        answer = httpx.post(
            server.url + target,
            content=b"{}",
            headers=_signed(client, "POST", target, b"{}"),
        )
        assert answer.status_code == 422
        answer = httpx.get(server.url + "/v1/grants/a%00b/revoke")
        assert (answer.status_code, answer.json()["error"]) == (400, "bad_request")
        # Headers that are not numbers, or absurd.
        for name, value in (
            (request_signing.TIME_HEADER, "soon"),
            (request_signing.TIME_HEADER, str(2**80)),
            (request_signing.DEVICE_HEADER, "d" * 500),
        ):
            headers = {**_signed(client, "GET", "/v1/sync/meta"), name: value}
            answer = httpx.get(server.url + "/v1/sync/meta", headers=headers)
            assert answer.status_code == 401, (name, value)
        # An old value nested past what the answer's fingerprint can write (was a 500).
        for depth in (40, 300, 900):
            op = _op(client, "person", "d" * 36, {"last_name": "Deep"}, person_id="d" * 36)
            op["changes"]["first_name"] = ["DEEP", "X"]
            body = orjson.dumps({"ops": [op]}).replace(b'"DEEP"', b"[" * depth + b"]" * depth)
            answer = httpx.post(
                server.url + "/v1/sync/push",
                content=body,
                headers=_signed(client, "POST", "/v1/sync/push", body),
            )
            assert answer.status_code in (200, 422), (depth, answer.status_code)
            if answer.status_code == 200:
                (result,) = answer.json()["results"]
                assert (result["status"], result["reason"]) == ("rejected", "validation"), depth
        headers = {**_signed(client, "POST", "/v1/sync/push", b"{}"), "Content-Length": "-1"}
        status, _answer, _sent = _raw(server, "POST", "/v1/sync/push", headers, iter([]), False)
        assert status == 400
        client.sync()
    finally:
        client.close()


def test_sql_parameters_never_reach_an_error_message(tmp_path: Path) -> None:
    """The engine's errors (logged by the server) name the statement, never the values."""
    engine = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    with engine.connect() as connection:
        connection.execute(text("CREATE TABLE t (n INTEGER CHECK (n > 0))"))
        with pytest.raises((DataError, StatementError)) as failed:
            connection.execute(text("INSERT INTO t VALUES (:n, :who)"), {"n": 1, "who": "Diallo"})
    assert "Diallo" not in str(failed.value)
    assert "hidden" in str(failed.value).lower() or "Diallo" not in repr(failed.value)
    engine.dispose()


# -- the public page -------------------------------------------------------------------------
def test_the_verification_page_is_rate_limited_and_its_query_never_logged(
    server: Server, tmp_path: Path
) -> None:
    secret = "Zerhouni RABAG-BEN-26-004711"
    # A token bucket refills with time: asked until it says no (a slow machine takes longer
    # over the 60 calls, so a fixed count could stay under the limit).
    answers: list[int] = []
    for _ in range(400):
        answers.append(httpx.get(server.url + "/v1/verify", params={"q": secret}).status_code)
        if answers[-1] == 429:
            break
    assert answers[-1] == 429 and len(answers) > 60
    assert set(answers[:-1]) == {200}
    for _ in range(50):  # the page shares the address's bucket
        page = httpx.get(server.url + "/verify", params={"q": secret})
        if page.status_code == 429:
            break
    assert (page.status_code, page.json()["error"]) == (429, "too_many_requests")
    log = (tmp_path / "server.log").read_text(encoding="utf-8")
    assert "/v1/verify" in log  # the access log does write the calls…
    assert "Zerhouni" not in log and "004711" not in log  # …never what was looked up


# -- transport -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "url",
    ["http://192.0.2.10:8400", "http://counsellor.example.ma", "ftp://127.0.0.1", "counsellor"],
)
def test_enrolment_refuses_plain_http_off_this_machine(make_pc: Any, url: str) -> None:
    pc: Pc = make_pc("pc-b", "CASAB")
    client = SyncClient(pc.db, url)
    try:
        with pytest.raises(SyncError) as refused:
            client.enrol("ANY-CODE-1234")
        assert refused.value.reason == "insecure_server_url"
    finally:
        client.close()
    with pc.db.reader() as session:  # nothing of an enrolment kept
        assert session.get(LocalSetting, "sync.device_id") is None
        assert session.get(LocalSetting, "sync.server_url") is None


def test_a_request_without_the_version_header_is_refused(server: Server, make_pc: Any) -> None:
    _pc, client = _enrolled(make_pc, server, "pc-b", "CASAB")
    try:
        headers = _signed(client, "GET", "/v1/sync/meta")
        del headers[request_signing.VERSION_HEADER]
        answer = httpx.get(server.url + "/v1/sync/meta", headers=headers)
        assert (answer.status_code, answer.json()["error"]) == (426, "client_too_old")
        old = _signed(client, "GET", "/v1/sync/meta", version="0.0.1")
        answer = httpx.get(server.url + "/v1/sync/meta", headers=old)
        assert (answer.status_code, answer.json()["error"]) == (426, "client_too_old")
        enrol = {"code": "X" * 12, "agency_code": "CASAB", "public_key": "A" * 44}
        answer = httpx.post(server.url + "/v1/devices/enroll", json=enrol)
        assert (answer.status_code, answer.json()["error"]) == (426, "client_too_old")
    finally:
        client.close()


class _Tamper(httpx.BaseTransport):
    """A machine between the PC and the server that rewrites pull answers."""

    def __init__(self, mode: str) -> None:
        self.inner = httpx.HTTPTransport()
        self.mode = mode
        self.recorded: httpx.Response | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.url.path != "/v1/sync/pull":
            return response
        content = response.read()  # inflated: the tamperer rewrites the plain answer
        headers = {
            k: v
            for k, v in response.headers.items()
            if k.lower() not in ("content-encoding", "content-length")
        }
        if self.mode == "record":
            self.recorded = httpx.Response(response.status_code, headers=headers, content=content)
            return self.recorded
        if self.mode == "replay":
            assert self.recorded is not None
            return httpx.Response(
                200, headers=dict(self.recorded.headers), content=self.recorded.content
            )
        page = orjson.loads(content)
        if self.mode == "forge":
            for change in page["changes"]:
                if change["entity"] == "person":
                    change["fields"]["last_name"] = "Forged"
            page["next_cursor"] += 1000
        else:  # "strip"
            headers.pop(request_signing.ANSWER_SIGNATURE_HEADER.lower(), None)
        body = orjson.dumps(page)
        headers["content-length"] = str(len(body))
        return httpx.Response(response.status_code, headers=headers, content=body)


def test_a_forged_or_replayed_pull_answer_is_refused_by_the_pc(
    server: Server, make_pc: Any
) -> None:
    first: Pc = make_pc("pc-a", "RABAG")
    person_id = first.people().register(person(last_name="Bakayoko"), confirmed_new=True)
    first.enrol(server)
    second: Pc = make_pc("pc-a2", "RABAG")
    second.enrol(server, then_sync=False)

    def cursor() -> int:
        with second.db.reader() as session:
            return apply.cursor(session)

    for mode in ("forge", "strip"):
        client = SyncClient(second.db, transport=_Tamper(mode))
        try:
            with pytest.raises(SyncError) as refused:
                client.sync()
            assert refused.value.reason == "answer_not_signed"
        finally:
            client.close()
        assert second.person(person_id) is None and cursor() == 0  # nothing applied
    recorder = _Tamper("record")
    client = SyncClient(second.db, transport=recorder)
    try:
        client.sync()
    finally:
        client.close()
    pulled = second.person(person_id)
    assert pulled is not None and pulled.last_name == "Bakayoko"
    # The genuine answer of that pull, played back for a later pull: bound to the old nonce.
    first.edit(person_id, first_name="Awa")
    first.sync()
    position = cursor()
    replayer = _Tamper("replay")
    replayer.recorded = recorder.recorded
    client = SyncClient(second.db, transport=replayer)
    try:
        with pytest.raises(SyncError) as refused:
            client.sync()
        assert refused.value.reason == "answer_not_signed"
    finally:
        client.close()
    assert cursor() == position
    second.sync()
    got = second.person(person_id)
    assert got is not None and got.first_name == "Awa"
    with second.db.reader() as session:
        assert session.scalar(sql_select(func.count()).select_from(Person)) >= 1


# -- certificates bound to their agency ------------------------------------------------------
def _certificate(pc: Pc, name: str) -> tuple[str, str, str]:
    """(serial, QR payload, person id) of an orientation certificate issued on ``pc``."""
    from counsellor_app.core.pathway import Stage, Status
    from counsellor_app.services.documents import DocumentService
    from counsellor_app.services.pathway import PathwayService
    from counsellor_app.storage.models import IssuedDocument

    person_id = pc.people().register(
        person(last_name=name, first_name="Mariam"), confirmed_new=True
    )
    PathwayService(pc.db, pc.user).move(person_id, Stage.ORIENTATION, Status.IN_PROGRESS)
    serial = DocumentService(pc.db, pc.user).issue("orientation_certificate", person_id).serial
    with pc.db.reader() as session:
        payload = session.scalars(
            sql_select(IssuedDocument.payload).where(IssuedDocument.serial == serial)
        ).one()
    return serial, payload, person_id


def _verdict(server: Server, text_: str) -> dict[str, Any]:
    answer = httpx.get(server.url + "/v1/verify", params={"q": text_})
    assert answer.status_code == 200
    return dict(answer.json())


def _push(server: Server, client: SyncClient, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    body = orjson.dumps({"ops": ops})
    answer = httpx.post(
        server.url + "/v1/sync/push",
        content=body,
        headers=_signed(client, "POST", "/v1/sync/push", body),
    )
    assert answer.status_code == 200, answer.text
    return list(answer.json()["results"])


def _op(
    client: SyncClient, entity: str, entity_id: str, changes: dict[str, Any], **extra: Any
) -> dict[str, Any]:
    from counsellor_app.core.hlc import Hlc
    from counsellor_app.core.ids import new_id

    assert client.device_id is not None
    return {
        "op_id": new_id(),
        "device_seq": 900_000,
        "entity": entity,
        "entity_id": entity_id,
        "person_id": extra.get("person_id"),
        "action": "create",
        "base_version": 0,
        "changes": {k: [None, v] for k, v in changes.items()},
        "hlc": str(Hlc(time.time_ns() // 1_000_000, 0, client.device_id)),
        "actor_id": extra.get("actor_id"),
    }


def test_certificates_are_bound_to_the_agency_that_registered_the_key(
    server: Server, make_pc: Any
) -> None:
    from datetime import date

    from counsellor_app.core import signing
    from counsellor_app.core.ids import new_id
    from counsellor_app.core.roles import Role
    from counsellor_app.services.documents import DocumentService
    from counsellor_app.services.sharing import SharingService
    from counsellor_app.services.users import UserService
    from counsellor_app.storage.models import SigningKey

    victim: Pc = make_pc("pc-b", "CASAB")
    genuine, genuine_qr, _pid = _certificate(victim, "Diallo")
    withdrawn, withdrawn_qr, withdrawn_person = _certificate(victim, "Camara")
    DocumentService(victim.db, victim.user).revoke(withdrawn, "Erreur de date")
    UserService(victim.workspace, victim.db, victim.user).create_user(
        "karim", "Karim Haddad", Role.SUPERVISOR, "Rabat-Agdal-2026!"
    )
    code = server.admin("enrolment-code", "--agency", "CASAB", "--name", "Agence Casa-Anfa")
    victim.enrol(server, code)  # its key is registered by its first sync
    attacker: Pc = make_pc("pc-a", "RABAG")
    _certificate(attacker, "Sow")  # the attacker's own key, registered for RABAG
    attacker.enrol(server)
    client = attacker.client()
    assert _verdict(server, genuine)["verdict"] == "valid"
    assert _verdict(server, genuine_qr)["agency"] == "Agence Casa-Anfa"
    with attacker.db.reader() as session:
        own = session.scalars(
            sql_select(SigningKey).where(SigningKey.private_key.is_not(None))
        ).one()
        assert own.private_key is not None
        key = own.private_key
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.from_private_bytes(key)
    trust = httpx.get(server.url + "/v1/trust", headers=_signed(client, "GET", "/v1/trust")).json()
    victim_key_id = next(k for k, code in trust["agencies"].items() if code == "CASAB")
    try:
        # 1. A certificate under one of the victim's serials, signed with the attacker's key.
        claim = signing.Claim(
            genuine, "orientation_certificate", date(2026, 11, 22), "X", "DIALLO Mariam"
        )
        forged = _verdict(server, signing.sign(claim, private))
        assert forged["verdict"] == "tampered" and forged["agency"] == ""
        # 2. The victim's key id republished: as a pushed record (refused), or the victim's
        # public key registered by the attacker's PC (refused: the id is the victim's).
        record = _op(
            client,
            "signing_key",
            new_id(),
            {
                "key_id": victim_key_id,
                "public_key": base64.b64encode(signing.public_bytes(private)).decode(),
                "device_code": "ZZZ",
            },
        )
        [answer] = _push(server, client, [record])
        assert (answer["status"], answer["reason"]) == ("rejected", "signing_key_not_pushed")
        body = orjson.dumps({"public_key": trust["keys"][victim_key_id]})
        taken = httpx.post(
            server.url + "/v1/keys", content=body, headers=_signed(client, "POST", "/v1/keys", body)
        )
        assert (taken.status_code, taken.json()["error"]) == (409, "key_id_taken")
        assert _verdict(server, genuine_qr)["verdict"] == "valid"
        # 3. A revocation of the victim's serial, planted as the attacker's own record.
        # (A whole record, copied from the attacker's own certificate: only what it says changes.)
        from counsellor_app.storage.models import OutboxOp
        from counsellor_app.storage.outbox import as_sent

        with attacker.db.reader() as session:
            issued = session.scalars(
                sql_select(OutboxOp).where(OutboxOp.entity == "issued_document")
            ).first()
            assert issued is not None
            revocation = as_sent(issued)
        revocation.update(op_id=new_id(), entity_id=new_id(), device_seq=900_001)
        revocation["changes"] = {
            **revocation["changes"],
            "serial": [None, genuine],
            "revoked_at": [None, revocation["changes"]["created_at"][1]],
            "revocation_reason": [None, "Document frauduleux"],
        }
        _push(server, client, [revocation])
        for text_ in (genuine, genuine_qr):
            assert _verdict(server, text_)["verdict"] == "valid"
        # 4. The victim erases the person of its revoked certificate: it stays revoked.
        assert _verdict(server, withdrawn)["verdict"] == "revoked"
        SharingService(victim.db, victim.user).request_erasure(
            withdrawn_person, "Demande, loi 09-08"
        )
        _db, karim = victim.workspace.log_in("karim", "Rabat-Agdal-2026!", victim.db)
        SharingService(victim.db, karim).approve_erasure(withdrawn_person)
        for text_ in (withdrawn, withdrawn_qr):
            after = _verdict(server, text_)
            assert after["verdict"] == "revoked" and after["agency"] == "Agence Casa-Anfa"
        # By serial, nothing of the erased person is left to show (a QR code carries its own).
        assert "CAMARA" not in orjson.dumps(_verdict(server, withdrawn)).decode().upper()
        assert _server_rows(server, "revoked_serial") == 1
        assert _server_rows(server, "certificate_key") == 2
        # Offline, ``counsellor-app verify`` on a PC that synced reads the same registry.
        import subprocess
        import sys

        from counsellor_app.services.sync_service import SyncService

        SyncService(attacker.db, attacker.user).sync()
        run = [sys.executable, "-m", "counsellor_app", "--data-dir"]
        run.append(str(attacker.workspace.paths.root))
        for payload, expected in (
            (genuine_qr, "VALID"),
            (signing.sign(claim, private), "TAMPERED"),
            (withdrawn_qr, "REVOKED"),
        ):
            done = subprocess.run(
                [*run, "verify", payload], capture_output=True, text=True, check=False
            )
            assert done.stdout.startswith(expected), (expected, done.stdout, done.stderr)
            if expected != "TAMPERED":
                assert "(issued by CASAB)" in done.stdout
    finally:
        client.close()


# -- hostile values on every route (the schema-driven fuzz is tests/sync/test_api_fuzz.py) ----
# Only the values a schema-driven generator does not think of: NUL bytes, numbers past 64
# bits, path tricks, oversized texts. Fitting and schema-breaking values are schemathesis's.
FUZZ_EXAMPLES = 10


def _fuzz_values() -> Any:
    from hypothesis import strategies as st

    numbers = st.sampled_from([0, -1, 2**63 - 1, 2**63, 2**64, -(2**63) - 1, 2**70, -(2**70)])
    texts = st.sampled_from(
        ["", "\x00", "a\x00b", "0" * 64, "x" * 5000, "../../etc", "%00", "é", "\u202e", "%2F"]
    )
    return (
        numbers,
        texts,
        st.recursive(
            st.none() | st.booleans() | numbers | texts,
            lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
            max_leaves=12,
        ),
    )


def _fuzz_route(
    server: Server,
    client: SyncClient,
    method: str,
    path: str,
    parameters: list[dict[str, Any]],
    seen: dict[int, int],
) -> None:
    from urllib.parse import quote, urlencode

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    numbers, texts, json_values = _fuzz_values()
    fields = {
        p["name"]: (numbers if p.get("schema", {}).get("type") == "integer" else texts)
        for p in parameters
    }

    @settings(
        max_examples=FUZZ_EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(values=st.fixed_dictionaries(fields), body=json_values, wrap=st.booleans())
    def attempt(values: dict[str, Any], body: Any, wrap: bool) -> None:
        target = path
        query: dict[str, str] = {}
        for p in parameters:
            value = str(values[p["name"]])
            if p["in"] == "path":
                target = target.replace("{" + p["name"] + "}", quote(value, safe="") or "x")
            else:
                query[p["name"]] = value
        if query:
            target += "?" + urlencode(query)
        content = b""
        if method in ("POST", "PUT"):  # json, not orjson: numbers past 64 bits too
            sent = {"ops": [body]} if wrap and path.endswith("/push") else body
            content = json.dumps(sent).encode()
        answer = httpx.request(
            method,
            server.url + target,
            content=content,
            headers=_signed(client, method, target, content),
            timeout=60,
        )
        seen[answer.status_code] = seen.get(answer.status_code, 0) + 1
        assert answer.status_code < 500, (method, target, content[:200], answer.text[:300])

    attempt()


@pytest.mark.timeout(900)
def test_hostile_values_on_every_documented_route_never_get_a_5xx(
    server: Server, make_pc: Any
) -> None:
    """Each operation of ``/openapi.json`` gets hostile path and query values and JSON bodies
    made of them (bounded: FUZZ_EXAMPLES a route, derandomized), signed by a real enrolled
    device: no answer is a 5xx."""
    _pc, client = _enrolled(make_pc, server, "pc-b", "CASAB")
    document = httpx.get(server.url + "/openapi.json").json()
    operations = [
        (method.upper(), path, spec.get("parameters", []))
        for path, methods in document["paths"].items()
        for method, spec in methods.items()
    ]
    assert len(operations) >= 20
    seen: dict[int, int] = {}
    try:
        for method, path, parameters in operations:
            _fuzz_route(server, client, method, path, parameters, seen)
    finally:
        client.close()
    print("fuzz answers by status:", dict(sorted(seen.items())))
    assert sum(seen.values()) >= len(operations) * FUZZ_EXAMPLES // 2


def test_a_replay_is_refused_by_every_worker_at_once(server: Server, make_pc: Any) -> None:
    """The same signed request sent 16 times at once to two workers (on the same database as
    the first server): exactly one is taken."""
    import subprocess
    import sys
    from concurrent.futures import ThreadPoolExecutor

    from tests.server_fixtures import _free_port

    _pc, client = _enrolled(make_pc, server, "pc-b", "CASAB")
    port = _free_port()
    command = [sys.executable, "-m", "counsellor_app.server.cli", "serve", "--port", str(port)]
    workers = subprocess.Popen(
        [*command, "--workers", "2"],
        env=server.environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        body = orjson.dumps({"ops": []})
        headers = _signed(client, "POST", "/v1/sync/push", body)
        with ThreadPoolExecutor(16) as pool:
            answers = list(
                pool.map(
                    lambda _n: httpx.post(
                        base + "/v1/sync/push", content=body, headers=headers, timeout=60
                    ),
                    range(16),
                )
            )
        codes = sorted(a.status_code for a in answers)
        assert codes == [200] + [401] * 15, codes
        assert {a.json().get("error") for a in answers if a.status_code == 401} == {"replayed"}
    finally:
        workers.terminate()
        workers.wait(10)
        client.close()
