"""The server's own key pairs, made once and kept in its database."""

from __future__ import annotations

from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlalchemy.orm import Session

from counsellor_app.server.models import ServerKey


def _raw(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def server_keys(session: Session, now: datetime) -> tuple[Ed25519PrivateKey, X25519PrivateKey]:
    row = session.get(ServerKey, 1)
    if row is None:
        row = ServerKey(
            id=1,
            signing_private=_raw(Ed25519PrivateKey.generate()),
            exchange_private=_raw(X25519PrivateKey.generate()),
            created_at=now,
        )
        session.add(row)
        session.flush()
    return (
        Ed25519PrivateKey.from_private_bytes(row.signing_private),
        X25519PrivateKey.from_private_bytes(row.exchange_private),
    )
