"""The server's perimeter: what a request must show before any work is done for it.

Before a byte of the body is read, a signed route wants its signature headers (device, time,
nonce, signature, version), a time inside the clock window and a recent enough app; a body
announced larger than its route allows is refused at once, and one sent without a length is
read up to that limit and no further. Every answer to a signed call leaves signed by the
server's key, bound to the request's nonce. The nonce itself is remembered in the database
(``NonceBook``) once the signature is checked. The public verification page is rate-limited
per client address (``server.ratelimit``, in the database), and the access log never writes
a query string (the page's ``q`` is a name or a file number).
"""

from __future__ import annotations

import base64
import logging
import re
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs, unquote_to_bytes

import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, create_engine, delete, event, text
from sqlalchemy.dialects import postgresql, sqlite

from counsellor_app.core import bundle, request_signing
from counsellor_app.protocol import encoding
from counsellor_app.protocol.wire import ErrorCode, Route
from counsellor_app.server.blobs import MAX_BLOB_BYTES
from counsellor_app.server.models import RequestNonce

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Asgi = Callable[[Scope, Receive, Send], Awaitable[None]]

KIB = 1024
MIB = 1024 * KIB
# Largest body per route. A push is 250 operations (a record's fields are short texts); a
# blob chunk is the PC's 2.5 MB and its framing; a bundle is bounded by its own format.
MAX_BODY = 256 * KIB
MAX_PUSH_BODY = 16 * MIB
MAX_BLOB_CHUNK_BODY = 4 * MIB
MAX_BUNDLE_BODY = bundle.MAX_BYTES
# Routes anyone may call: every other /v1/ route is signed by an enrolled device.
PUBLIC = frozenset({Route.HEALTH, Route.ENROL, Route.VERIFY, Route.BUNDLES})
CONSOLE_BUNDLE = "/console/operations/bundle"  # a bundle brought to the web console
CONSOLE_RELEASE = "/console/release/upload"  # an installer and its signed manifest
VERSIONED_PUBLIC = frozenset({Route.ENROL})  # unsigned, but the app's version counts
# Bodies the route reads itself, a piece at a time, within the same limit: a USB bundle of up
# to 200 MB comes from anyone and authenticates itself only once read; the console's two
# uploads are read only once the session is a national administrator's (console/routes.py).
STREAMED = frozenset({("POST", Route.BUNDLES), ("POST", CONSOLE_BUNDLE), ("POST", CONSOLE_RELEASE)})
_ESCAPED_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")


def body_limit(method: str, path: str) -> int:
    if method == "POST" and path == Route.PUSH:
        return MAX_PUSH_BODY
    if method == "PUT" and path.startswith("/v1/blobs/"):
        return MAX_BLOB_CHUNK_BODY
    if method == "POST" and path in (Route.BUNDLES, CONSOLE_BUNDLE, CONSOLE_RELEASE):
        return MAX_BUNDLE_BODY  # 200 MB: an installer is about 80
    return MAX_BODY


def version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split(".")[:6]:
        digits = "".join(ch for ch in piece[:9] if ch.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)


def _check_blob_size(scope: Scope) -> None:
    """A content announced larger than the server keeps is refused before its first chunk is
    read (the route refuses malformed sizes itself)."""
    for value in parse_qs(bytes(scope.get("query_string", b"")).decode("latin-1")).get("size", []):
        # Past bigint it is no size the route takes: the route answers 422 for it.
        if value.isdigit() and len(value) <= 19 and MAX_BLOB_BYTES < int(value) < 2**63:
            raise Refused(413, ErrorCode.BLOB_TOO_LARGE, max_bytes=MAX_BLOB_BYTES)


def _check_encoding(method: str, path: str, headers: dict[str, bytes]) -> None:
    """Only a push may come compressed, and only with gzip (RFC 7694: 415 and the codings
    taken). Its signature is checked on the compressed bytes before it is inflated."""
    coding = headers.get("content-encoding")
    if coding is None:
        return
    if method != "POST" or path != Route.PUSH or coding.strip().lower() != encoding.GZIP.encode():
        raise Refused(415, "unsupported_encoding", accepted=[encoding.GZIP])


def refuse_escaped_nul(body: bytes, content_type: bytes) -> None:
    """No NUL in a JSON body: PostgreSQL refuses it in text, and no field needs one."""
    json_nul = content_type.startswith(b"application/json") and b"\\u0000" in body
    if json_nul and _ESCAPED_NUL.search(body):
        raise Refused(422, "validation", field="body", reason="nul_character")


def _has_control(text: bytes) -> bool:
    return any(byte < 0x20 or byte == 0x7F for byte in text)


class Refused(Exception):
    def __init__(self, status: int, code: str, **details: Any) -> None:
        super().__init__(code)
        self.status, self.code, self.details = status, code, details


class Perimeter:
    """ASGI middleware in front of the whole API (see the module's docstring)."""

    def __init__(
        self,
        app: Asgi,
        *,
        signing_key: Callable[[], Ed25519PrivateKey],
        max_clock_drift_ms: int,
        min_client_version: str,
    ) -> None:
        self.app = app
        self.signing_key = signing_key
        self.max_clock_drift_ms = max_clock_drift_ms
        self.min_client_version = min_client_version
        self.minimum = version_tuple(min_client_version)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method, path = str(scope["method"]), str(scope["path"])
        headers = {k.decode("latin-1").lower(): v for k, v in scope.get("headers", ())}
        signed = path.startswith("/v1/") and path not in PUBLIC
        streamed, body = (method, path) in STREAMED, b""
        try:
            self._check_target(scope)
            if signed:
                self._check_signature_headers(headers)
            if signed or path in VERSIONED_PUBLIC:
                self._check_version(headers)
            if method == "PUT" and path.startswith("/v1/blobs/"):
                _check_blob_size(scope)
            _check_encoding(method, path, headers)
            if streamed:
                self._check_length(headers, body_limit(method, path))
            else:
                body = await self._read(receive, headers, body_limit(method, path))
        except Refused as refused:
            await _answer(send, refused.status, {"error": refused.code, **refused.details})
            return
        if streamed:  # public: the route limits and spools it
            await self.app(scope, receive, send)
            return
        replay = _replayer(body, receive)
        if not signed:
            await self.app(scope, replay, send)
            return
        nonce = headers[request_signing.NONCE_HEADER.lower()].decode("ascii")
        await self.app(scope, replay, self._signing(send, nonce))

    # -- checks before the body ------------------------------------------------------------
    @staticmethod
    def _check_target(scope: Scope) -> None:
        """No control character in the path or the query (a NUL reaches PostgreSQL as an
        error, and no identifier or search needs one)."""
        if _has_control(str(scope["path"]).encode("utf-8", "surrogateescape")):
            raise Refused(400, "bad_request", field="path")
        query = bytes(scope.get("query_string", b""))
        if len(query) > 4096:
            raise Refused(414, "query_too_long")
        if query and _has_control(unquote_to_bytes(query)):
            raise Refused(400, "bad_request", field="query")

    def _check_signature_headers(self, headers: dict[str, bytes]) -> None:
        for name in (
            request_signing.DEVICE_HEADER,
            request_signing.TIME_HEADER,
            request_signing.NONCE_HEADER,
            request_signing.SIGNATURE_HEADER,
        ):
            value = headers.get(name.lower())
            if not value or len(value) > 200:
                raise Refused(401, "unauthenticated")
        nonce = headers[request_signing.NONCE_HEADER.lower()].decode("latin-1")
        if not request_signing.NONCE_PATTERN.fullmatch(nonce):
            raise Refused(401, "unauthenticated")
        sent = headers[request_signing.TIME_HEADER.lower()]
        if not sent.isdigit() or len(sent) > 15:  # milliseconds since 1970, not a bignum
            raise Refused(401, "unauthenticated")
        sent_ms = int(sent)
        now_ms = time.time_ns() // 1_000_000
        if abs(now_ms - sent_ms) > self.max_clock_drift_ms:
            raise Refused(401, "clock_skew", server_time_ms=now_ms, skew_ms=sent_ms - now_ms)

    def _check_version(self, headers: dict[str, bytes]) -> None:
        """Leaving the header out is being too old: the check cannot be skipped."""
        version = headers.get(request_signing.VERSION_HEADER.lower(), b"")[:64]
        if not version or version_tuple(version.decode("latin-1")) < self.minimum:
            raise Refused(426, "client_too_old", min_client_version=self.min_client_version)

    @staticmethod
    def _check_length(headers: dict[str, bytes], limit: int) -> None:
        """A body announced over ``limit`` is refused before any of it is read."""
        announced = headers.get("content-length")
        if announced is not None:
            try:
                length = int(announced)
            except ValueError:
                raise Refused(400, "bad_request", field="content-length") from None
            if length < 0:
                raise Refused(400, "bad_request", field="content-length")
            if length > limit:
                raise Refused(413, "body_too_large", max_bytes=limit)

    @classmethod
    async def _read(cls, receive: Receive, headers: dict[str, bytes], limit: int) -> bytes:
        """The body, refused as soon as it is known to be over ``limit``: by its announced
        length before reading, or while reading a body sent without one."""
        cls._check_length(headers, limit)
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise Refused(400, "bad_request", field="body")
            chunk = bytes(message.get("body", b""))
            size += len(chunk)
            if size > limit:
                raise Refused(413, "body_too_large", max_bytes=limit)
            if chunk:
                chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if "content-encoding" not in headers:  # a compressed push is checked once inflated
            refuse_escaped_nul(body, headers.get("content-type", b""))
        return body

    # -- the answer ------------------------------------------------------------------------
    def _signing(self, send: Send, nonce: str) -> Send:
        """Holds the answer's start until its body is complete, then sends it with the
        server's signature over the nonce, the status and the body."""
        start: Message = {}
        parts: list[bytes] = []

        async def signing_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                digest = _declared_digest(start)
                if digest is not None:  # signed now, its body streamed as it comes
                    await send(self._signed_start(start, nonce, digest))
                    start["streamed"] = True
                return
            if start.get("streamed"):
                await send(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            parts.append(bytes(message.get("body", b"")))
            if message.get("more_body", False):
                return
            body = b"".join(parts)
            signature = request_signing.sign_answer(
                self.signing_key(), nonce, int(start["status"]), body
            )
            headers = [
                (k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"
            ]
            headers.append((b"content-length", str(len(body)).encode()))
            headers.append(
                (request_signing.ANSWER_SIGNATURE_HEADER.lower().encode(), signature.encode())
            )
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body, "more_body": False})

        return signing_send

    def _signed_start(self, start: Message, nonce: str, digest: str) -> Message:
        message = request_signing.answer_message_of_digest(nonce, int(start["status"]), digest)
        signature = base64.b64encode(self.signing_key().sign(message)).decode("ascii")
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != DIGEST_HEADER]
        headers.append(
            (request_signing.ANSWER_SIGNATURE_HEADER.lower().encode(), signature.encode())
        )
        return {**start, "headers": headers}


# A route streaming a stored content whose SHA-256 it checked on upload declares it here (and
# the header goes no further): the answer is signed before its body, which is never held whole.
DIGEST_HEADER = b"x-counsellor-body-sha256"
_HEX64 = re.compile(rb"[0-9a-f]{64}")


def _declared_digest(start: Message) -> str | None:
    for key, value in start.get("headers", []):
        if key.lower() == DIGEST_HEADER and _HEX64.fullmatch(value):
            return str(value.decode("ascii"))
    return None


def _replayer(body: bytes, receive: Receive) -> Receive:
    """The body read by the perimeter, given to the app as if it came now."""
    delivered = False

    async def replay() -> Message:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _answer(send: Send, status: int, payload: dict[str, Any]) -> None:
    body = orjson.dumps(payload)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body, "more_body": False})


class NonceBook:
    """Every accepted nonce, per device, until its request's time leaves the clock window.
    The insert is its own transaction (a request that fails later still spent its nonce)
    and the primary key decides, so two workers cannot both accept one copy."""

    PURGE_EVERY_S = 60.0

    def __init__(self, engine: Engine, window_ms: int) -> None:
        self.window_ms = window_ms
        self._purged = 0.0
        self._lock = threading.Lock()
        self._postgres = engine.dialect.name == "postgresql"
        # Its commit does not wait for the disk (4.9 ms a request on SQLite): a power cut may
        # forget the last second's nonces, which only reopens their window until it closes.
        self.engine = engine if self._postgres else _relaxed_sqlite(engine)
        dialect = postgresql if self._postgres else sqlite
        # RETURNING rather than the row count: psycopg reports -1 for an upsert.
        self._insert = (
            dialect.insert(RequestNonce).on_conflict_do_nothing().returning(RequestNonce.nonce)
        )

    def spend(self, device_id: str, nonce: str, sent_ms: int) -> bool:
        """False if this device's nonce was seen inside the window (a replay)."""
        now = time.monotonic()
        purge = False
        with self._lock:
            if now - self._purged > self.PURGE_EVERY_S:
                self._purged, purge = now, True
        with self.engine.begin() as connection:
            if self._postgres:
                connection.execute(text("SET LOCAL synchronous_commit TO OFF"))
            if purge:
                now_ms = time.time_ns() // 1_000_000
                connection.execute(delete(RequestNonce).where(RequestNonce.expires_ms < now_ms))
            inserted = connection.scalar(
                self._insert,
                {
                    "device_id": device_id,
                    "nonce": nonce,
                    # Good while |now - sent| <= window, so the last moment is sent + window.
                    "expires_ms": sent_ms + self.window_ms + 1_000,
                },
            )
        return inserted is not None


def _relaxed_sqlite(engine: Engine) -> Engine:
    """A second engine on the same SQLite file whose commits skip the fsync (WAL, NORMAL)."""
    relaxed = create_engine(
        engine.url, connect_args={"check_same_thread": False, "timeout": 30}, hide_parameters=True
    )

    @event.listens_for(relaxed, "connect")
    def _pragmas(dbapi_connection: Any, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return relaxed


class NoQueryString(logging.Filter):
    """Uvicorn's access log line without the query string (``/v1/verify?q=`` holds a name)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], args[2].split("?", 1)[0], *args[3:])
        return True


def quiet_access_log() -> None:
    logger = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, NoQueryString) for f in logger.filters):
        logger.addFilter(NoQueryString())
