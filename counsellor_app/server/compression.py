"""Compressed API answers, and the server's word that it takes compressed pushes
(``protocol.encoding``).

Outside the perimeter: the perimeter signs the answer as the route made it, this compresses
what leaves, and the PC's HTTP client inflates it before checking the signature. Answers
already streamed (an attachment's chunks, signed over their declared digest) pass as they
are: they are encrypted or already compressed files, which gzip would only slow down.
"""

from __future__ import annotations

from counsellor_app.protocol import encoding
from counsellor_app.server.perimeter import Asgi, Message, Receive, Scope, Send

COMPRESSIBLE = (b"application/json", b"text/", b"application/xml", b"image/svg+xml")


class CompressedAnswers:
    def __init__(self, app: Asgi) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        accept = ""
        for name, value in scope.get("headers", ()):
            if name.lower() == b"accept-encoding":
                accept = value.decode("latin-1")[:200]
        api = str(scope["path"]).startswith("/v1/")
        # The console's pages are left plain: a page that echoes what was asked beside a
        # secret (its form token) must not let its compressed length tell that secret (BREACH).
        gzip = api and encoding.accepts_gzip(accept)
        await self.app(scope, receive, _Compressing(send, gzip, api))


class _Compressing:
    """The ``send`` of one request: holds the answer's start until its body is whole."""

    def __init__(self, send: Send, gzip: bool, api: bool) -> None:
        self.send, self.gzip, self.api = send, gzip, api
        self.start: Message | None = None
        self.parts: list[bytes] = []
        self.passing = False

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.start = dict(message)
            headers = list(self.start.get("headers", []))
            if self.api:  # RFC 7694: the PC may compress what it sends
                headers.append((b"accept-encoding", encoding.GZIP.encode()))
            self.start["headers"] = headers
            self.passing = not self.gzip or not self._compressible(headers)
            if self.passing:
                await self.send(self.start)
            return
        if message["type"] != "http.response.body" or self.passing:
            await self.send(message)
            return
        self.parts.append(bytes(message.get("body", b"")))
        if message.get("more_body", False):
            if len(self.parts) == 1:  # a streamed answer: sent as it comes, uncompressed
                self.passing = True
                assert self.start is not None
                await self.send(self.start)
                await self.send(message)
            return
        await self._finish()

    async def _finish(self) -> None:
        assert self.start is not None
        body = b"".join(self.parts)
        headers = list(self.start["headers"])
        if len(body) >= encoding.MIN_SIZE:
            body = encoding.compress(body)
            headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
            headers += [
                (b"content-encoding", encoding.GZIP.encode()),
                (b"content-length", str(len(body)).encode()),
                (b"vary", b"Accept-Encoding"),
            ]
        await self.send({**self.start, "headers": headers})
        await self.send({"type": "http.response.body", "body": body, "more_body": False})

    @staticmethod
    def _compressible(headers: list[tuple[bytes, bytes]]) -> bool:
        kind = b""
        for name, value in headers:
            lowered = name.lower()
            if lowered == b"content-encoding":
                return False  # already encoded by the route
            if lowered == b"content-type":
                kind = value.lower()
        return kind.startswith(COMPRESSIBLE)
