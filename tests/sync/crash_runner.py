"""Run one sync of a PC in this process and kill the process (SIGKILL, no clean-up) at a named
point of the session (reference/sync.md §10.2, crash points). Exit status 3 if the point was
never reached.

    python -m tests.sync.crash_runner DATA_DIR PASSWORD POINT
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from counsellor_app.services.accounts import Workspace
from counsellor_app.storage.keystore import FAST_KDF_FOR_TESTS
from counsellor_app.storage.paths import DataPaths
from counsellor_app.sync import apply
from counsellor_app.sync import client as sync_client

POINTS = (
    "before_push",  # the batch is marked sent, the server has not seen it
    "push_answered",  # the server committed the batch, its answer is not recorded
    "recording_answers",  # inside the transaction that records the answers
    "page_received",  # a pulled page arrived, not applied
    "page_applying",  # inside the transaction applying a page and its cursor
    "state_check",  # pulled everything, the end-of-sync check has not run
    "blob_upload",  # an attachment's content half uploaded
)


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def before(target: Callable[..., Any], when: Callable[..., bool] = lambda *a, **k: True) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if when(*args, **kwargs):
            die()
        return target(*args, **kwargs)

    return wrapper


def after(target: Callable[..., Any]) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        target(*args, **kwargs)
        die()

    return wrapper


def arm(point: str) -> None:
    client = sync_client.SyncClient
    if point == "before_push":
        client._call = before(client._call, lambda _self, _m, path, *a, **k: path.endswith("/push"))  # type: ignore[method-assign]
    elif point == "push_answered":
        sync_client.record_results = before(sync_client.record_results)
    elif point == "recording_answers":
        apply.waiting_fields = after(apply.waiting_fields)
    elif point == "page_received":
        sync_client.apply_pulled = before(sync_client.apply_pulled)
    elif point == "page_applying":
        apply.apply_page = after(apply.apply_page)
    elif point == "state_check":
        client._check_state = before(client._check_state)  # type: ignore[method-assign]
    elif point == "blob_upload":
        sent: list[str] = []
        real = client._send

        def send(self: Any, method: str, path: str, *args: Any, **kwargs: Any) -> Any:
            answer = real(self, method, path, *args, **kwargs)
            if method == "PUT" and path.startswith("/v1/blobs/"):
                sent.append(path)
                if len(sent) == 2:
                    die()
            return answer

        client._send = send  # type: ignore[method-assign]
    else:
        raise SystemExit(f"unknown point {point}")


def main() -> int:
    data_dir, password, point = sys.argv[1:4]
    sync_client.PUSH_BATCH, sync_client.PULL_PAGE, sync_client.BLOB_CHUNK = 3, 2, 65_536
    db, _user = Workspace(DataPaths(Path(data_dir)), FAST_KDF_FOR_TESTS).log_in("admin", password)
    arm(point)
    client = sync_client.SyncClient(db)
    client.sync()
    return 3  # the point was never reached


if __name__ == "__main__":
    sys.exit(main())
