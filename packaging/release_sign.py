"""Sign a release for the PCs to update from the server, with the release key kept apart.

    python packaging/release_sign.py new-key KEYFILE
        make a release key (Ed25519; the private key file, 0600) and print its public key,
        to put into counsellor_app/core/release_manifest.py's TRUSTED_RELEASE_KEYS
    python packaging/release_sign.py sign KEYFILE INSTALLER.exe VERSION OUT_FOLDER
        write OUT_FOLDER/manifest.json (version, file name, size, SHA-256, signature) and a
        copy of the installer: the folder the server serves (COUNSELLOR_SERVER_RELEASE_DIR)

Run on the release person's PC, never on the server: whoever holds KEYFILE can make every
agency's PC install a program of their choice.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from counsellor_app.core.release_manifest import Manifest, sign_manifest, verify_manifest


def public_key_text(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def new_key(path: Path) -> str:
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
    return public_key_text(key)


def sign(key_file: Path, installer: Path, version: str, out: Path) -> dict[str, object]:
    key = serialization.load_pem_private_key(key_file.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise SystemExit(f"{key_file} is not an Ed25519 key")
    digest = hashlib.sha256()
    with installer.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    manifest = Manifest(version, installer.name, installer.stat().st_size, digest.hexdigest())
    document = sign_manifest(manifest, key)
    verify_manifest(document, [public_key_text(key)])  # what the app will do
    out.mkdir(parents=True, exist_ok=True)
    if (out / installer.name).resolve() != installer.resolve():
        shutil.copyfile(installer, out / installer.name)
    (out / "manifest.json").write_text(json.dumps(document, indent=1), "utf-8")
    return document


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "new-key":
        print(new_key(Path(argv[1])))
        return 0
    if len(argv) == 5 and argv[0] == "sign":
        document = sign(Path(argv[1]), Path(argv[2]), argv[3], Path(argv[4]))
        print(json.dumps(document, indent=1))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
