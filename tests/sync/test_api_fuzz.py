"""Schema-driven fuzz of the whole API (issue 20, deliverable 9): schemathesis reads the real
server's ``/openapi.json`` and sends, to every operation, values that fit its schema and
values that break it, each request signed by a real enrolled device, on SQLite and on
PostgreSQL. No answer may be a 5xx, and every status must be one the document declares
(the routes declare their refusals from the protocol's words: ``server.api.responses``).

Bounded so that CI stays fast: ``EXAMPLES`` cases per operation and mode, derandomized (the
same cases every run), no shrinking. The hostile values schemathesis does not think of (NUL
bytes, numbers past 64 bits, oversized bodies, replays) are sent by hand in
test_hostile_perimeter.py."""

from __future__ import annotations

import contextlib
import time
from collections import Counter
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import status_code_conformance

from counsellor_app import __version__
from counsellor_app.core import request_signing
from counsellor_app.sync.client import SyncClient
from tests.server_fixtures import Pc, Server

EXAMPLES = 8  # per operation and mode (about 350 requests, under a minute)


class DeviceSignature(requests.auth.AuthBase):
    """Signs each request as the PC does: method, path and query as sent, body, time, nonce."""

    def __init__(self, client: SyncClient) -> None:
        assert client._key is not None and client.device_id is not None
        self.key, self.device_id = client._key, client.device_id

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode()
        request.headers.update(
            request_signing.signed_headers(
                self.key,
                self.device_id,
                __version__,
                str(request.method),
                request.path_url,
                body,
                time.time_ns() // 1_000_000,
            )
        )
        return request


def _fuzz(operation: Any, mode: GenerationMode, http: requests.Session, base: str) -> Counter[int]:
    seen: Counter[int] = Counter()

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def attempt(case: Any) -> None:
        response = case.call(base_url=base, session=http, timeout=60)
        seen[response.status_code] += 1
        case.validate_response(response, checks=[not_a_server_error, status_code_conformance])

    # Unsatisfiable: nothing can break this operation's schema (no parameter, no body).
    with contextlib.suppress(Unsatisfiable):
        attempt()
    return seen


@pytest.mark.timeout(600)
def test_every_operation_fuzzed_from_the_schema_answers_a_documented_status_never_a_5xx(
    server: Server, make_pc: Any
) -> None:
    pc: Pc = make_pc("pc-fuzz", "CASAB")
    pc.enrol(server, then_sync=False)
    client = pc.client()
    schema = schemathesis.openapi.from_url(server.url + "/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 20
    http = requests.Session()
    http.auth = DeviceSignature(client)
    totals: dict[str, Counter[int]] = {}
    try:
        for operation in operations:
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
                totals.setdefault(mode.value, Counter()).update(
                    _fuzz(operation, mode, http, server.url)
                )
    finally:
        http.close()
        client.close()
    for mode, seen in totals.items():
        print(f"fuzz {mode}: {sum(seen.values())} requests,", dict(sorted(seen.items())))
    # Signed cases reached the routes themselves: answers past the signature check.
    assert sum(totals["positive"].values()) >= len(operations) * EXAMPLES // 2
    assert any(200 <= status < 300 for status in totals["positive"])
