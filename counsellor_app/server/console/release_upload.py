"""A release brought to the console by the national administrator: the installer and its
manifest, signed offline with the release key (``packaging/release_sign.py``).

The server never holds the private key, but it checks what it is given before serving it to
forty agencies: the manifest's signature against the release public keys configured on the
server (``COUNSELLOR_SERVER_RELEASE_KEYS``, the ones the app ships with), then the installer's
size and SHA-256 against the signed ones. Only then are the files put in the release folder
(``COUNSELLOR_SERVER_RELEASE_DIR``): the installer under its signed name first, the manifest
last and atomically, so a PC never reads a manifest whose installer is not complete. The body's
size is limited before it is read (server/perimeter.py); PCs check the signature again.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from counsellor_app.core.release_manifest import (
    MAX_MANIFEST_BYTES,
    Manifest,
    ManifestRefused,
    parse_manifest_bytes,
)

# Why an upload was refused (console catalogue words "release_<code>").
NO_FOLDER = "no_folder"  # the server has no release folder configured
NO_KEYS = "no_keys"  # no release key configured: nothing could be checked
MISSING = "missing"  # the form lacks the installer or the manifest
SIGNATURE = "signature"  # the manifest is malformed or not signed by a configured key
DAMAGED = "damaged"  # the installer is not the size or SHA-256 signed


class ReleaseRefused(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def configured_keys(text: str) -> tuple[str, ...]:
    """The release public keys the server checks against: base64 Ed25519 keys, comma or
    space separated (as ``release_sign.py new-key`` prints them)."""
    return tuple(part for part in text.replace(",", " ").split() if part)


def _write(path: Path, data: bytes) -> None:
    """Written beside, flushed, then put in place: a reader sees the old file or the new."""
    fd, temporary = tempfile.mkstemp(prefix=".upload-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def accept_release(
    folder: str, keys: tuple[str, ...], manifest_data: bytes, installer: bytes
) -> Manifest:
    """Check the uploaded pair and put it in the release folder; ReleaseRefused otherwise
    (nothing written: the release served before stays)."""
    if not folder or not Path(folder).is_dir():
        raise ReleaseRefused(NO_FOLDER)
    if not keys:
        raise ReleaseRefused(NO_KEYS)
    if not manifest_data or not installer:
        raise ReleaseRefused(MISSING)
    if len(manifest_data) > MAX_MANIFEST_BYTES:
        raise ReleaseRefused(SIGNATURE)
    try:
        manifest = parse_manifest_bytes(manifest_data, keys)
    except ManifestRefused:
        raise ReleaseRefused(SIGNATURE) from None
    if len(installer) != manifest.size or hashlib.sha256(installer).hexdigest() != manifest.sha256:
        raise ReleaseRefused(DAMAGED)
    target = Path(folder)
    kept_document = json.dumps(json.loads(manifest_data), indent=1).encode("utf-8")
    previous = _served_installer(target)
    _write(target / manifest.file, installer)
    _write(target / "manifest.json", kept_document)
    if previous is not None and previous.name != manifest.file:
        previous.unlink(missing_ok=True)  # no longer named by the manifest: never served
    return manifest


def _served_installer(folder: Path) -> Path | None:
    try:
        name = json.loads((folder / "manifest.json").read_bytes()[:MAX_MANIFEST_BYTES]).get("file")
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(name, str) or "/" in name or "\\" in name or not name.endswith(".exe"):
        return None
    return folder / name
