"""The signed manifest of a release: which installer, how big, its SHA-256, signed by the
release key the app trusts.

Why a signature of its own, on top of HTTPS and the server's key: the sync server is the
machine most exposed to attack, and an installer runs with the user's (or the
administrator's) rights on forty agencies' PCs. So the server only stores and serves what was
signed elsewhere, with a private key that never reaches it (``packaging/release_sign.py``);
the app installs nothing whose manifest does not verify against a public key shipped inside
it, whose file does not have exactly the size and SHA-256 the manifest states, or whose
version is not newer than its own.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

FORMAT = "counsellor-release/1"
MAX_MANIFEST_BYTES = 4096
MAX_INSTALLER_BYTES = 1024 * 1024 * 1024  # limits before work: no installer is 1 GB
_VERSION = re.compile(r"^\d{1,4}(\.\d{1,4}){1,3}$")
_FILE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.exe$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")

# The release public keys this build trusts (raw Ed25519, base64). A key is replaced by
# shipping a version that trusts both the old and the new key, then one with the new only.
TRUSTED_RELEASE_KEYS: tuple[str, ...] = ()


class ManifestRefused(Exception):
    """Why a manifest or a downloaded file was not accepted, as a code the UI translates."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Manifest:
    version: str
    file: str
    size: int
    sha256: str

    def canonical(self) -> bytes:
        """The bytes signed: the fields, sorted, in compact JSON, under the format's name."""
        body = {"format": FORMAT, **asdict(self)}
        return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def sign_manifest(manifest: Manifest, private_key: Ed25519PrivateKey) -> dict[str, Any]:
    """The document the server stores and serves: the manifest and its signature."""
    signature = private_key.sign(manifest.canonical())
    return {"format": FORMAT, **asdict(manifest), "signature": base64.b64encode(signature).decode()}


def _parse(document: Any) -> tuple[Manifest, bytes]:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ManifestRefused("manifest_malformed")
    version, file = document.get("version"), document.get("file")
    size, sha256, signature = (
        document.get("size"),
        document.get("sha256"),
        document.get("signature"),
    )
    if not (
        isinstance(version, str)
        and _VERSION.fullmatch(version)
        and isinstance(file, str)
        and _FILE.fullmatch(file)
        and isinstance(size, int)
        and not isinstance(size, bool)
        and 0 < size <= MAX_INSTALLER_BYTES
        and isinstance(sha256, str)
        and _SHA256.fullmatch(sha256)
        and isinstance(signature, str)
        and len(signature) <= 200
    ):
        raise ManifestRefused("manifest_malformed")
    try:
        raw = base64.b64decode(signature, validate=True)
    except ValueError as error:
        raise ManifestRefused("manifest_malformed") from error
    return Manifest(version, file, size, sha256), raw


def verify_manifest(document: Any, trusted_keys: Iterable[str] = TRUSTED_RELEASE_KEYS) -> Manifest:
    """The manifest, once its signature verifies against one of ``trusted_keys``."""
    manifest, signature = _parse(document)
    for key in trusted_keys:
        try:
            Ed25519PublicKey.from_public_bytes(base64.b64decode(key)).verify(
                signature, manifest.canonical()
            )
        except (InvalidSignature, ValueError):
            continue
        return manifest
    raise ManifestRefused("signature_invalid")


def parse_manifest_bytes(
    data: bytes, trusted_keys: Iterable[str] = TRUSTED_RELEASE_KEYS
) -> Manifest:
    if len(data) > MAX_MANIFEST_BYTES:
        raise ManifestRefused("manifest_malformed")
    try:
        document = json.loads(data)
    except ValueError as error:
        raise ManifestRefused("manifest_malformed") from error
    return verify_manifest(document, trusted_keys)


def is_newer(manifest: Manifest, installed: str) -> bool:
    return version_tuple(manifest.version) > version_tuple(installed)
