"""Attachment contents, encrypted beside the database and named by the SHA-256 of the plain
content: the same scan attached twice is stored once, and sync can ask for a blob by its hash.

Each blob is AES-256-GCM under a key derived from the database key (HKDF), so the folder is as
unreadable as the database file without an account's password or the recovery key. The hash
is bound to the ciphertext as associated data: a blob renamed to another hash fails to open.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from counsellor_app.storage.atomic import write_atomically

_FORMAT = b"CBL1"  # file magic and version
_NONCE = 12


class BlobMissing(Exception):
    """The blob is not on this PC (not synchronised yet, or the folder was not restored)."""


class BlobCorrupt(Exception):
    """The file is there but does not decrypt to its hash (damaged disk or tampering)."""


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BlobStore:
    def __init__(self, folder: Path, database_key: bytes) -> None:
        self.folder = folder
        self._aead = AESGCM(
            HKDF(
                algorithm=hashes.SHA256(), length=32, salt=None, info=b"counsellor attachments v1"
            ).derive(database_key)
        )

    def path_of(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / f"{sha256}.blob"

    def has(self, sha256: str) -> bool:
        return self.path_of(sha256).exists()

    def put(self, data: bytes) -> str:
        """Store ``data`` (once) and return its SHA-256."""
        sha256 = content_hash(data)
        path = self.path_of(sha256)
        if not path.exists():
            nonce = os.urandom(_NONCE)
            sealed = self._aead.encrypt(nonce, data, sha256.encode("ascii"))
            write_atomically(path, _FORMAT + nonce + sealed)
        return sha256

    def get(self, sha256: str) -> bytes:
        path = self.path_of(sha256)
        try:
            raw = path.read_bytes()
        except FileNotFoundError as error:
            raise BlobMissing(sha256) from error
        if not raw.startswith(_FORMAT):
            raise BlobCorrupt(sha256)
        nonce = raw[len(_FORMAT) : len(_FORMAT) + _NONCE]
        try:
            data = self._aead.decrypt(nonce, raw[len(_FORMAT) + _NONCE :], sha256.encode("ascii"))
        except InvalidTag as error:
            raise BlobCorrupt(sha256) from error
        if content_hash(data) != sha256:
            raise BlobCorrupt(sha256)
        return data
