"""USB bundles: a sync's payload in a file, for centres without a connection.

A bundle is a zip with ``manifest.json`` (who, for whom, when, until when, the payload's hash)
and ``payload.bin``: the JSON payload encrypted to the recipient's X25519 key (an ephemeral key
pair per bundle, HKDF-SHA256, AES-256-GCM with the manifest as associated data) and signed with
the sender's Ed25519 key over the manifest and the ciphertext. A courier carrying it reads
nothing; a changed byte, a bundle for someone else, an expired one or one imported before is
refused with its reason. The payload is the same as online sync's, and goes through the same
code on arrival.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import zipfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import IO, Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FORMAT = "counsellor-bundle/1"
LIFETIME = timedelta(days=30)
MAX_BYTES = 200 * 1024 * 1024
# The only entries a bundle may hold, and the most each may weigh.
ENTRIES = {"manifest.json": 4096, "payload.bin": MAX_BYTES, "signature.txt": 256}
HASH_PIECE = 1024 * 1024  # the payload is hashed piece by piece, never read whole untrusted
# A bundle as bytes, or as a file (the server spools an upload to a temporary file: its
# payload is ciphertext, so nothing in clear ever reaches the disk).
Source = bytes | IO[bytes]


class BundleRefused(Exception):
    """Why a bundle cannot be read: a code the UI and the server word."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    direction: str  # "to_server" or "to_device"
    device_id: str
    created_at: datetime
    expires_at: datetime
    payload_sha256: str

    def to_json(self) -> bytes:
        return json.dumps(
            {
                "format": FORMAT,
                "bundle_id": self.bundle_id,
                "direction": self.direction,
                "device_id": self.device_id,
                "created_at": self.created_at.isoformat(),
                "expires_at": self.expires_at.isoformat(),
                "payload_sha256": self.payload_sha256,
            },
            sort_keys=True,
        ).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        """Every field checked for its type and length: the manifest is read before the
        signature, from anyone."""
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise BundleRefused("bundle_damaged")
        if data.get("format") != FORMAT:
            raise BundleRefused("bundle_format")
        texts = {
            name: data.get(name)
            for name in (
                "bundle_id",
                "direction",
                "device_id",
                "created_at",
                "expires_at",
                "payload_sha256",
            )
        }
        if not all(isinstance(v, str) and 0 < len(v) <= 64 for v in texts.values()):
            raise BundleRefused("bundle_damaged")
        created = datetime.fromisoformat(str(texts["created_at"]))
        expires = datetime.fromisoformat(str(texts["expires_at"]))
        if created.tzinfo is None or expires.tzinfo is None:
            raise BundleRefused("bundle_damaged")
        return cls(
            str(texts["bundle_id"]),
            str(texts["direction"]),
            str(texts["device_id"]),
            created,
            expires,
            str(texts["payload_sha256"]),
        )


def _key(shared: bytes, manifest: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"counsellor bundle").derive(
        shared + hashlib.sha256(manifest).digest()
    )


def seal(
    payload: dict[str, Any],
    *,
    bundle_id: str,
    direction: str,
    device_id: str,
    recipient: bytes,
    signer: Ed25519PrivateKey,
    now: datetime,
) -> bytes:
    """The bundle file's bytes. ``recipient`` is the X25519 public key it is encrypted to."""
    ephemeral = X25519PrivateKey.generate()
    plain = json.dumps(payload, separators=(",", ":")).encode()
    nonce = os.urandom(12)
    manifest_stub = Manifest(bundle_id, direction, device_id, now, now + LIFETIME, "")
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    # The manifest names the ciphertext's hash, so it is written after it: the key is bound to
    # the fixed part (ids and dates), the signature to the whole manifest.
    fixed = manifest_stub.to_json()
    sealed = AESGCM(_key(shared, fixed)).encrypt(nonce, plain, fixed)
    body = ephemeral.public_key().public_bytes_raw() + nonce + sealed
    manifest = Manifest(
        bundle_id, direction, device_id, now, now + LIFETIME, hashlib.sha256(body).hexdigest()
    ).to_json()
    signature = signer.sign(manifest + hashlib.sha256(body).digest())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("manifest.json", manifest)
        archive.writestr("payload.bin", body)
        archive.writestr("signature.txt", base64.b64encode(signature))
    return out.getvalue()


def _entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """The bundle's three entries, refused unless stored as they are: a bundle is written
    uncompressed (its payload is ciphertext), so nothing is ever inflated before the
    signature is checked, and no entry can claim more than the file itself holds."""
    infos = archive.infolist()
    if len(infos) != len(ENTRIES) or {info.filename for info in infos} != set(ENTRIES):
        raise BundleRefused("bundle_damaged")
    for info in infos:
        if info.compress_type != zipfile.ZIP_STORED or info.file_size != info.compress_size:
            raise BundleRefused("bundle_damaged")
        if info.file_size > ENTRIES[info.filename]:
            raise BundleRefused("bundle_too_large")
    return {info.filename: info for info in infos}


_UNREADABLE = (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, EOFError, OSError)


def _file(data: Source) -> IO[bytes]:
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise BundleRefused("bundle_too_large")
        return io.BytesIO(data)
    size = data.seek(0, io.SEEK_END)
    data.seek(0)
    if size > MAX_BYTES:
        raise BundleRefused("bundle_too_large")
    return data


def read_manifest(data: Source) -> tuple[Manifest, bytes, bytes, bytes]:
    """The manifest (not yet trusted), its bytes, the payload's SHA-256 digest and the
    signature: the payload is hashed in pieces, not held whole, until the signature over
    that digest is checked (``open_bundle``)."""
    try:
        with zipfile.ZipFile(_file(data)) as archive:
            entries = _entries(archive)
            raw = archive.read(entries["manifest.json"])
            signature = base64.b64decode(archive.read(entries["signature.txt"]), validate=True)
            digest = hashlib.sha256()
            with archive.open(entries["payload.bin"]) as payload:
                while piece := payload.read(HASH_PIECE):
                    digest.update(piece)
    except _UNREADABLE:
        raise BundleRefused("bundle_damaged") from None
    try:
        manifest = Manifest.from_json(raw)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        # RecursionError: "[[[[…" nested past the parser's depth, from anyone, unsigned
        raise BundleRefused("bundle_damaged") from None
    return manifest, raw, digest.digest(), signature


def _payload(data: Source, expected: bytes) -> bytes:
    """The payload, once its signature is checked; the same bytes as those hashed (the zip
    is read again, so it is hashed again and compared)."""
    try:
        with zipfile.ZipFile(_file(data)) as archive:
            body = archive.read(_entries(archive)["payload.bin"])
    except _UNREADABLE:
        raise BundleRefused("bundle_damaged") from None
    if hashlib.sha256(body).digest() != expected:
        raise BundleRefused("bundle_tampered")
    return body


def open_bundle(
    data: Source,
    *,
    sender: bytes,
    recipient: X25519PrivateKey,
    expected_direction: str,
    now: datetime,
) -> tuple[Manifest, dict[str, Any]]:
    """Check and decrypt; ``sender`` is the Ed25519 public key that must have signed it."""
    manifest, raw, digest, signature = read_manifest(data)
    try:
        Ed25519PublicKey.from_public_bytes(sender).verify(signature, raw + digest)
    except (InvalidSignature, ValueError):
        raise BundleRefused("bundle_tampered") from None
    if digest.hex() != manifest.payload_sha256:
        raise BundleRefused("bundle_tampered")
    if manifest.direction != expected_direction:
        raise BundleRefused("bundle_wrong_direction")
    if manifest.expires_at < now:
        raise BundleRefused("bundle_expired")
    body = _payload(data, digest)  # read whole only now: signed by its sender
    fixed = Manifest(
        manifest.bundle_id,
        manifest.direction,
        manifest.device_id,
        manifest.created_at,
        manifest.expires_at,
        "",
    ).to_json()
    ephemeral, nonce, sealed = body[:32], body[32:44], body[44:]
    try:
        shared = recipient.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        plain = AESGCM(_key(shared, fixed)).decrypt(nonce, sealed, fixed)
    except (InvalidTag, ValueError):
        raise BundleRefused("bundle_not_for_you") from None
    try:
        payload = json.loads(plain)
    except (ValueError, RecursionError):
        raise BundleRefused("bundle_damaged") from None
    if not isinstance(payload, dict):
        raise BundleRefused("bundle_damaged")
    return manifest, payload
