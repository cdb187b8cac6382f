"""The release the server offers: a signed manifest and its installer, served as they are.

The server signs nothing and checks nothing about them beyond their form: the release key is
held apart (``packaging/release_sign.py``) and the app verifies the signature itself, so a
server broken into can at worst offer nothing. The files are in the folder named by
``COUNSELLOR_SERVER_RELEASE_DIR`` (``manifest.json`` and the installer it names), where the
central office's IT puts what the release person signed. Public (no device signature): an
installer is not a secret, and a PC whose version the server refuses must still reach it.
The installer answers HTTP Range requests, so that a PC on a poor line resumes a download.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response

from counsellor_app.protocol.wire import Route
from counsellor_app.server.api.deps import ApiError
from counsellor_app.server.api.responses import refusals

router = APIRouter()
NO_RELEASE = "no_release"  # nothing offered, or what is there is not a release's form
DOCUMENTED = refusals({404: (NO_RELEASE,)}, signed=False)
MAX_MANIFEST_BYTES = 4096
_FILE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.exe$")


def _release(request: Request) -> tuple[Path, bytes, Path] | None:
    return release_files(getattr(request.app.state.settings, "release_dir", ""))


def release_files(folder: str) -> tuple[Path, bytes, Path] | None:
    """The manifest file, its bytes and the installer it names, when ``folder`` holds both in
    a release's form (the manifest within its limit, a plain installer name)."""
    if not folder:
        return None
    manifest = Path(folder) / "manifest.json"
    try:
        if manifest.stat().st_size > MAX_MANIFEST_BYTES:
            return None
        data = manifest.read_bytes()
        name = json.loads(data).get("file")
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(name, str) or not _FILE.fullmatch(name):
        return None
    installer = Path(folder) / name
    return (manifest, data, installer) if installer.is_file() else None


@router.get(Route.RELEASE_MANIFEST, responses=DOCUMENTED)
def release_manifest(request: Request) -> Response:
    found = _release(request)
    if found is None:
        raise ApiError(404, NO_RELEASE)
    return Response(found[1], media_type="application/json")


@router.get(Route.RELEASE_INSTALLER, responses=DOCUMENTED)
def release_installer(request: Request) -> FileResponse:
    found = _release(request)
    if found is None:
        raise ApiError(404, NO_RELEASE)
    return FileResponse(found[2], media_type="application/octet-stream", filename=found[2].name)


def offered_manifest(settings: object) -> dict[str, object] | None:
    """The signed manifest as the sync handshake (meta) carries it, so that a PC sees a newer
    version at its next sync without polling: the document as signed, unchecked here (the PC
    checks the signature against the keys it ships with)."""
    found = release_files(getattr(settings, "release_dir", ""))
    if found is None:
        return None
    document = json.loads(found[1])
    return document if isinstance(document, dict) else None
