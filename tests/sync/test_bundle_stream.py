"""A USB bundle posted by anyone is spooled a piece at a time and its signature checked over
the payload hashed in pieces before it is ever held whole (issue 20, deliverable 5), played
against a real server process on loopback. The server's peak memory (``VmHWM`` in its
``/proc`` status) bounds what the attack costs; before the spool, a 150 MB bundle signed by
nobody cost it several times its size."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from counsellor_app.core.bundle import MAX_BYTES
from tests.server_fixtures import Server
from tests.sync.test_hostile_perimeter import (
    MB,
    _bundle_zip,
    _enrolled,
    _manifest,
    _raw,
    _server_pid,
    _server_rows,
    _zeros,
)

PEAK_BOUND = 64 * MB  # what one unsigned bundle may add to the server's peak memory


def _peak(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM")


def _pieces(data: bytes, size: int = MB) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_large_unsigned_bundle_costs_the_server_no_memory_of_its_size(
    server: Server, make_pc: Any
) -> None:
    _pc, client = _enrolled(make_pc, server, "pc-b", "CASAB")
    assert client.device_id is not None
    pid = _server_pid(server)
    try:
        # 150 MB of stored payload, named for a real device, signed by nobody.
        data = _bundle_zip(
            {
                "manifest.json": _manifest(client.device_id),
                "payload.bin": b"\0" * (150 * MB),
                "signature.txt": base64.b64encode(b"x" * 64),
            }
        )
        before = _peak(pid)
        for chunked, headers in (
            (True, {"Transfer-Encoding": "chunked"}),
            (False, {"Content-Length": str(len(data))}),
        ):
            status, answer, sent = _raw(
                server,
                "POST",
                "/v1/bundles",
                {"Content-Type": "application/zip", **headers},
                _pieces(data),
                chunked=chunked,
            )
            assert (status, answer["error"], sent) == (422, "bundle_tampered", len(data))
        grown = _peak(pid) - before
        print(
            f"server peak memory grown by {grown / MB:.0f} MB for a {len(data) / MB:.0f} MB bundle"
        )
        assert grown < PEAK_BOUND
        # Past the limit without a length: refused as soon as it passes it.
        status, answer, sent = _raw(
            server,
            "POST",
            "/v1/bundles",
            {"Content-Type": "application/zip", "Transfer-Encoding": "chunked"},
            _zeros(MAX_BYTES + 16 * MB, MB),
            chunked=True,
        )
        assert (status, answer["error"], answer["max_bytes"]) == (413, "body_too_large", MAX_BYTES)
        assert sent < MAX_BYTES + 16 * MB
        # Announced past it: refused from the headers, the body never read.
        status, answer, sent = _raw(
            server,
            "POST",
            "/v1/bundles",
            {"Content-Type": "application/zip", "Content-Length": str(MAX_BYTES + 1)},
            _zeros(MAX_BYTES + 1, MB),
            chunked=False,
        )
        assert (status, answer["error"]) == (413, "body_too_large") and sent < MAX_BYTES
        assert _peak(pid) - before < PEAK_BOUND
        assert _server_rows(server, "bundle_log") == 0
        client.sync()  # the device itself is untouched
    finally:
        client.close()
