"""USB bundles on the PC: what waits for the server, written to a file; the server's answer,
read back. Same operations, answers and pages as online sync, through the same functions.

Export marks the operations as sent (a lost stick costs nothing: they go again, and the server
answers a second copy like the first). Import refuses a bundle for another PC, a changed one,
an expired one, or one already imported.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select, update

from counsellor_app.core import bundle
from counsellor_app.core.ids import new_id
from counsellor_app.storage.blob_store import BlobCorrupt, BlobMissing, BlobStore
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import LocalSetting, OutboxOp
from counsellor_app.storage.outbox import DEVICE_KEY, as_sent
from counsellor_app.sync import apply
from counsellor_app.sync.client import (
    EXCHANGE_KEY,
    PRIVATE_KEY,
    SERVER_EXCHANGE_KEY,
    SERVER_SIGNING_KEY,
    SyncReport,
    apply_pulled,
    local_settings,
    record_results,
)

IMPORTED_PREFIX = "sync.bundle."


def _settings(db: Database) -> dict[str, str]:
    with db.reader() as session:
        return local_settings(session)


def export_bundle(db: Database, now: datetime | None = None) -> tuple[bytes, int]:
    """The bundle to carry to the server, and how many operations it holds."""
    settings = _settings(db)
    if DEVICE_KEY not in settings or not settings.get(SERVER_EXCHANGE_KEY):
        raise bundle.BundleRefused("not_enrolled")
    now = now or datetime.now(UTC)
    with db.reader() as session:
        ops = session.scalars(
            select(OutboxOp).where(OutboxOp.state.in_(apply.WAITING)).order_by(OutboxOp.device_seq)
        ).all()
        payload_ops: list[dict[str, Any]] = [as_sent(op) for op in ops]
        cursor = apply.cursor(session)
    store = BlobStore(db.paths.attachments, db.key)
    blobs: dict[str, str] = {}
    for op in payload_ops:
        sha = op["changes"].get("sha256", [None, None])[1] if op["entity"] == "attachment" else None
        if sha and sha not in blobs:
            try:
                blobs[sha] = base64.b64encode(store.get(sha)).decode("ascii")
            except (BlobMissing, BlobCorrupt):
                continue  # its operation will wait, listed
    data = bundle.seal(
        {"ops": payload_ops, "cursor": cursor, "blobs": blobs},
        bundle_id=new_id(),
        direction="to_server",
        device_id=settings[DEVICE_KEY],
        recipient=base64.b64decode(settings[SERVER_EXCHANGE_KEY]),
        signer=Ed25519PrivateKey.from_private_bytes(base64.b64decode(settings[PRIVATE_KEY])),
        now=now,
    )
    with db.unit_of_work(None) as session:
        session.execute(
            update(OutboxOp)
            .where(OutboxOp.op_id.in_([o["op_id"] for o in payload_ops]))
            .values(state="sent", attempts=OutboxOp.attempts + 1)
        )
    return data, len(payload_ops)


def import_response(db: Database, data: bytes, now: datetime | None = None) -> SyncReport:
    """Apply the server's answer bundle; BundleRefused with the reason otherwise."""
    settings = _settings(db)
    if DEVICE_KEY not in settings or not settings.get(SERVER_SIGNING_KEY):
        raise bundle.BundleRefused("not_enrolled")
    now = now or datetime.now(UTC)
    manifest, payload = bundle.open_bundle(
        data,
        sender=base64.b64decode(settings[SERVER_SIGNING_KEY]),
        recipient=X25519PrivateKey.from_private_bytes(base64.b64decode(settings[EXCHANGE_KEY])),
        expected_direction="to_device",
        now=now,
    )
    if manifest.device_id != settings[DEVICE_KEY]:
        raise bundle.BundleRefused("bundle_not_for_you")
    if IMPORTED_PREFIX + manifest.bundle_id in settings:
        raise bundle.BundleRefused("bundle_replayed")
    report = SyncReport()
    record_results(db, list(payload.get("results", [])), report)
    report.pushed = sum(report.results.values())
    with db.reader() as session:
        position = apply.cursor(session)
    for page in payload.get("pages", []):
        if page["next_cursor"] <= position and not page.get("erasures"):
            continue  # already pulled online since the bundle was made
        position = max(page["next_cursor"], position)
        apply_pulled(db, {**page, "next_cursor": position}, report)
    with db.unit_of_work(None) as session:
        session.merge(LocalSetting(key=IMPORTED_PREFIX + manifest.bundle_id, value=now.isoformat()))
    report.finished_at = now
    return report
