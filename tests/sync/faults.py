"""A transport between a PC and the real server that breaks chosen requests the way networks
and proxies do (reference/sync.md §10.2), and a comparison of what PCs hold."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
from sqlalchemy import select

from counsellor_app.storage.database import Database
from counsellor_app.storage.outbox import NOT_SENT
from counsellor_app.sync import apply

FAULTS = ("drop_request", "drop_response", "duplicate", "error_503", "truncate")
# Columns that never travel: where a copy stands (version, dirty) and what each PC derives.
LOCAL_COLUMNS = NOT_SENT - {"id"}
# A pulled account whose login name is taken here gets a local one ("admin~1a2b").
LOCAL_FIELDS = {"user_account": frozenset({"username"})}


class FaultyTransport(httpx.BaseTransport):
    """Real HTTP to the server, except the requests named in ``faults`` (by their number in
    this transport's life, from 1):

    - ``drop_request``: the connection fails before the server sees anything;
    - ``drop_response``: the server does the work, its answer is lost;
    - ``duplicate``: the request reaches the server twice, the second answer comes back;
    - ``error_503``: a proxy answers instead of the server;
    - ``truncate``: the answer arrives cut in half.
    """

    def __init__(self, faults: Mapping[int, str] | None = None) -> None:
        self.inner = httpx.HTTPTransport()
        self.faults = dict(faults or {})
        self.sent: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(f"{request.method} {request.url.path}")
        fault = self.faults.get(len(self.sent))
        if fault == "drop_request":
            raise httpx.ConnectError("connection cut before sending", request=request)
        if fault == "error_503":
            return httpx.Response(503, text="<html>Service Unavailable</html>", request=request)
        response = self._through(request)
        if fault == "duplicate":
            response = self._through(request)
        if fault == "drop_response":
            raise httpx.ReadError("connection cut while reading the answer", request=request)
        if fault == "truncate":
            body = response.content
            headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
            return httpx.Response(
                response.status_code, headers=headers, content=body[: len(body) // 2]
            )
        return response

    def _through(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        content = b"".join(response.iter_raw())  # as it travelled: still compressed
        response.close()
        return httpx.Response(
            response.status_code, headers=response.headers, content=content, request=request
        )

    def close(self) -> None:
        self.inner.close()


def holdings(db: Database) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced record this PC holds, by kind and id, without its local bookkeeping."""
    held: dict[str, dict[str, dict[str, Any]]] = {}
    with db.reader() as session:
        for entity, model in sorted(apply.synced_models().items()):
            table = model.__table__  # type: ignore[attr-defined]
            rows = session.execute(select(table)).mappings().all()
            local = LOCAL_COLUMNS | LOCAL_FIELDS.get(entity, frozenset())
            held[entity] = {
                str(row["id"]): {k: v for k, v in row.items() if k not in local} for row in rows
            }
    return held


def differences(first: Database, second: Database) -> list[str]:
    """What two copies disagree on, worded for an assertion message."""
    mine, theirs = holdings(first), holdings(second)
    found: list[str] = []
    for entity in sorted(set(mine) | set(theirs)):
        a, b = mine.get(entity, {}), theirs.get(entity, {})
        for record_id in sorted(set(a) | set(b)):
            if record_id not in a or record_id not in b:
                found.append(
                    f"{entity} {record_id}: only on {'second' if record_id in b else 'first'}"
                )
            elif a[record_id] != b[record_id]:
                fields = sorted(k for k in a[record_id] if a[record_id][k] != b[record_id].get(k))
                found.append(f"{entity} {record_id}: {fields}")
    return found
