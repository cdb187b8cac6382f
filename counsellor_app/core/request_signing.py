"""Signed requests between a PC and the server, and the server's signed answers.

Each call carries the device, the time, a one-time nonce and an Ed25519 signature over the
method, the path, the time, the nonce and the body's hash. No password or token travels: a
copied request is refused once its time is more than the allowed drift away, and inside that
window because the server remembers every nonce it accepted until the window has passed. The
time check doubles as the clock check of a sync.

The server answers each signed call with its own signature (the key the PC learnt at
enrolment) over the request's nonce, the status and the body's hash: a PC applies nothing a
machine between it and the server made up, and an old answer cannot be played back for a new
request.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

DEVICE_HEADER = "X-Counsellor-Device"
TIME_HEADER = "X-Counsellor-Time"
NONCE_HEADER = "X-Counsellor-Nonce"
SIGNATURE_HEADER = "X-Counsellor-Signature"
VERSION_HEADER = "X-Counsellor-Version"
ANSWER_SIGNATURE_HEADER = "X-Counsellor-Server-Signature"
NONCE_PATTERN = re.compile(r"[A-Za-z0-9_-]{16,64}")


def new_nonce() -> str:
    """128 random bits, URL-safe: never the same twice for one device."""
    return secrets.token_urlsafe(16)


def message(method: str, target: str, time_ms: int, nonce: str, body: bytes) -> bytes:
    """``target`` is the path with its query string, exactly as sent."""
    digest = hashlib.sha256(body).hexdigest()
    return f"{method.upper()}\n{target}\n{time_ms}\n{nonce}\n{digest}".encode()


def sign(
    key: Ed25519PrivateKey, method: str, target: str, time_ms: int, nonce: str, body: bytes
) -> str:
    return base64.b64encode(key.sign(message(method, target, time_ms, nonce, body))).decode("ascii")


def _verified(public_key: bytes, signature: str, signed: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            base64.b64decode(signature, validate=True), signed
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def verify(
    public_key: bytes,
    signature: str,
    method: str,
    target: str,
    time_ms: int,
    nonce: str,
    body: bytes,
) -> bool:
    return _verified(public_key, signature, message(method, target, time_ms, nonce, body))


def answer_message(nonce: str, status: int, body: bytes) -> bytes:
    """What the server signs in an answer: bound to the request by its nonce."""
    return answer_message_of_digest(nonce, status, hashlib.sha256(body).hexdigest())


def answer_message_of_digest(nonce: str, status: int, sha256_hex: str) -> bytes:
    """The same, from the body's SHA-256 known in advance (a stored content sent in chunks)."""
    return f"ANSWER\n{nonce}\n{status}\n{sha256_hex}".encode()


def sign_answer(key: Ed25519PrivateKey, nonce: str, status: int, body: bytes) -> str:
    return base64.b64encode(key.sign(answer_message(nonce, status, body))).decode("ascii")


def verify_answer(public_key: bytes, signature: str, nonce: str, status: int, body: bytes) -> bool:
    return _verified(public_key, signature, answer_message(nonce, status, body))


def signed_headers(
    key: Ed25519PrivateKey,
    device_id: str,
    version: str,
    method: str,
    target: str,
    body: bytes,
    time_ms: int,
    nonce: str | None = None,
) -> dict[str, str]:
    """Every header of a signed call (a fresh nonce unless one is given)."""
    nonce = nonce or new_nonce()
    return {
        DEVICE_HEADER: device_id,
        TIME_HEADER: str(time_ms),
        NONCE_HEADER: nonce,
        VERSION_HEADER: version,
        SIGNATURE_HEADER: sign(key, method, target, time_ms, nonce, body),
    }
