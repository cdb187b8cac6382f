"""Importing a PC's USB bundle: the same push and pull as online, answered by a bundle back."""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from counsellor_app.core import bundle
from counsellor_app.core.ids import new_id
from counsellor_app.server import certificates
from counsellor_app.server.blobs import BlobDesk
from counsellor_app.server.keys import server_keys
from counsellor_app.server.models import BundleLog, Device
from counsellor_app.server.pull import PullDesk
from counsellor_app.server.push import MAX_OPS_PER_PUSH, SyncStore
from counsellor_app.server.verification import trust

SHA256 = re.compile("[0-9a-f]{64}")
MAX_PAGES = 100  # 50,000 changes per response; the rest comes with the next bundle


@dataclass(frozen=True)
class Imported:
    answer: bytes  # the response bundle for the PC
    device_id: str
    results: list[dict[str, Any]]  # one per operation, as a push answers


def _checked(payload: dict[str, Any]) -> tuple[list[dict[str, Any]], int, dict[str, bytes]]:
    """The payload's parts, each of the type it must have (a signed bundle can still be
    malformed: its PC's key signs whatever that PC wrote)."""
    ops, cursor, blobs = payload.get("ops", []), payload.get("cursor", 0), payload.get("blobs", {})
    if not isinstance(ops, list) or not all(isinstance(op, dict) for op in ops):
        raise bundle.BundleRefused("bundle_damaged")
    if not isinstance(cursor, int) or isinstance(cursor, bool) or not 0 <= cursor < 2**63:
        raise bundle.BundleRefused("bundle_damaged")
    if not isinstance(blobs, dict) or not all(
        isinstance(sha, str) and SHA256.fullmatch(sha) and isinstance(content, str)
        for sha, content in blobs.items()
    ):
        raise bundle.BundleRefused("bundle_damaged")
    try:
        decoded = {sha: base64.b64decode(content, validate=True) for sha, content in blobs.items()}
    except ValueError:
        raise bundle.BundleRefused("bundle_damaged") from None
    return ops, cursor, decoded


def import_bundle(
    session: Session, data: bundle.Source, now: datetime, accept_revoked: bool = False
) -> Imported:
    """Apply a PC's bundle and return the response bundle; BundleRefused with the reason.

    ``accept_revoked``: the server's administrator takes in by hand the last work of a PC she
    revoked (its operations go through every usual check)."""
    manifest, _raw, _digest, _signature = bundle.read_manifest(data)
    device = session.get(Device, manifest.device_id)
    if device is None:
        raise bundle.BundleRefused("bundle_unknown_device")
    if device.revoked_at is not None and not accept_revoked:
        raise bundle.BundleRefused("device_revoked")
    if device.exchange_key is None:
        raise bundle.BundleRefused("bundle_device_without_key")
    signing, exchange = server_keys(session, now)
    manifest, payload = bundle.open_bundle(
        data,
        sender=device.public_key,
        recipient=exchange,
        expected_direction="to_server",
        now=now,
    )
    if session.get(BundleLog, manifest.bundle_id) is not None:
        raise bundle.BundleRefused("bundle_replayed")
    session.add(BundleLog(bundle_id=manifest.bundle_id, device_id=device.id, imported_at=now))
    ops, cursor, sent_blobs = _checked(payload)
    blobs = BlobDesk(session, device, now)
    for sha, raw in sent_blobs.items():
        if not blobs.state(sha)["complete"]:
            blobs.receive(sha, len(raw), 0, raw)
    results: list[dict[str, Any]] = []
    for first in range(0, len(ops), MAX_OPS_PER_PUSH):
        results += certificates.without_key_records(
            ops[first : first + MAX_OPS_PER_PUSH], SyncStore(session, device, now).push
        )
    pages = []
    for _ in range(MAX_PAGES):
        page = PullDesk(session, device, now).pull(cursor, 500)
        pages.append(page)
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    keys, revoked = trust(session)
    answer = {
        "in_reply_to": manifest.bundle_id,
        "results": results,
        "pages": pages,
        "trust": {
            "keys": {k: base64.b64encode(v).decode("ascii") for k, v in keys.items()},
            "revoked": revoked,
        },
    }
    sealed = bundle.seal(
        answer,
        bundle_id=new_id(),
        direction="to_device",
        device_id=device.id,
        recipient=device.exchange_key,
        signer=signing,
        now=now,
    )
    return Imported(sealed, device.id, results)
