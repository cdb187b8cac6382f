"""Updates from the sync server: the signed manifest fetched, the installer downloaded in the
background with resume, checked, then kept ready for the install at close or next start.

The state is three files in ``<data folder>/updates/``: ``Counsellor-V-setup.exe.part`` (what
has arrived; a cut download goes on from its end with an HTTP Range request),
``manifest.json`` (the signed manifest it belongs to: a part left by another version is
discarded) and, once size, SHA-256 and signature all hold, the installer under its own name.
Anything that does not hold is deleted and reported as a code; the installed version keeps
working whatever happens here.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

import httpx

from counsellor_app import __version__
from counsellor_app.core.release_manifest import (
    MAX_MANIFEST_BYTES,
    TRUSTED_RELEASE_KEYS,
    Manifest,
    ManifestRefused,
    is_newer,
    parse_manifest_bytes,
)
from counsellor_app.storage.atomic import replace, write_atomically
from counsellor_app.storage.backups import sha256_of

MANIFEST_PATH = "/release/manifest.json"
INSTALLER_PATH = "/release/installer"
CHUNK = 256 * 1024
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def updates_dir(data_root: Path) -> Path:
    return data_root / "updates"


def fetch_manifest(
    client: httpx.Client,
    trusted_keys: Iterable[str] = TRUSTED_RELEASE_KEYS,
    installed: str = __version__,
) -> tuple[Manifest, dict[str, object]] | None:
    """The server's signed manifest (checked, and as signed) when it offers a version newer
    than ``installed``; None when it offers none or no newer; ManifestRefused when what it
    offers does not verify."""
    with client.stream("GET", MANIFEST_PATH, timeout=TIMEOUT) as response:
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise ManifestRefused("server_unavailable")
        content = b""
        for block in response.iter_bytes():  # a manifest is a few hundred bytes: no more read
            content += block
            if len(content) > MAX_MANIFEST_BYTES:
                raise ManifestRefused("manifest_malformed")
    manifest = parse_manifest_bytes(content, trusted_keys)
    if not is_newer(manifest, installed):
        return None
    return manifest, json.loads(content)


def ready_installer(
    data_root: Path,
    trusted_keys: Iterable[str] = TRUSTED_RELEASE_KEYS,
    installed: str = __version__,
    private: Path | None = None,
) -> Path | None:
    """The installer downloaded and checked earlier, copied into ``private`` (a fresh folder
    only the person running the app can write: her own temporary folder) and checked there:
    the copy is what runs. In an install for all users the data folder is writable by every
    user of the PC, so a file checked where it lies could be swapped before an administrator's
    installer runs it elevated."""
    folder = updates_dir(data_root)
    try:
        document = json.loads((folder / "manifest.json").read_bytes())
        manifest = parse_manifest_bytes(json.dumps(document).encode(), trusted_keys)
    except (OSError, ValueError, ManifestRefused):
        return None
    installer = folder / manifest.file
    if not installer.is_file() or not is_newer(manifest, installed):
        return None
    if installer.stat().st_size != manifest.size:
        installer.unlink(missing_ok=True)
        return None
    target = (private or Path(tempfile.mkdtemp(prefix="counsellor-update-"))) / manifest.file
    try:
        with installer.open("rb") as source, target.open("xb") as copy:
            digest, copied = hashlib.sha256(), 0
            while (block := source.read(CHUNK)) and copied <= manifest.size:
                digest.update(block)
                copy.write(block)
                copied += len(block)
    except OSError:
        target.unlink(missing_ok=True)
        return None
    if copied != manifest.size or digest.hexdigest() != manifest.sha256:
        target.unlink(missing_ok=True)
        installer.unlink(missing_ok=True)
        return None
    return target


def download(
    client: httpx.Client,
    manifest: Manifest,
    signed_document: dict[str, object],
    data_root: Path,
    progress: Callable[[int, int], bool] | None = None,
) -> Path:
    """Download the installer ``manifest`` names into the data folder, going on from a part
    already there. ``progress(done, total)`` returning False stops it (the part stays, for
    the next attempt). Returns the checked installer; raises ManifestRefused("damaged") when
    the complete file is not the one signed (it is then deleted), or ("interrupted")."""
    folder = updates_dir(data_root)
    folder.mkdir(parents=True, exist_ok=True)
    kept_manifest = folder / "manifest.json"
    part = folder / (manifest.file + ".part")
    try:
        same = json.loads(kept_manifest.read_bytes()).get("sha256") == manifest.sha256
    except (OSError, ValueError, AttributeError):
        same = False
    if not same:  # a part of another version, or none: start afresh
        part.unlink(missing_ok=True)
        write_atomically(kept_manifest, json.dumps(signed_document).encode())
    done = part.stat().st_size if part.exists() else 0
    if done > manifest.size:
        part.unlink()
        done = 0
    if done < manifest.size:
        headers = {"Range": f"bytes={done}-"} if done else {}
        with client.stream("GET", INSTALLER_PATH, headers=headers, timeout=TIMEOUT) as response:
            if response.status_code == 200 and done:
                done = 0  # the server ignored the range: the whole file comes again
            elif response.status_code not in (200, 206):
                raise ManifestRefused("server_unavailable")
            with part.open("r+b" if done else "wb") as handle:
                handle.seek(done)
                handle.truncate()
                for block in response.iter_bytes(CHUNK):
                    if done + len(block) > manifest.size:
                        break  # more than signed: refused below, nothing beyond written
                    handle.write(block)
                    done += len(block)
                    if progress is not None and not progress(done, manifest.size):
                        handle.flush()
                        os.fsync(handle.fileno())
                        raise ManifestRefused("interrupted")
                handle.flush()
                os.fsync(handle.fileno())
    if part.stat().st_size != manifest.size or sha256_of(part) != manifest.sha256:
        part.unlink(missing_ok=True)
        raise ManifestRefused("damaged")
    installer = folder / manifest.file
    replace(part, installer)
    return installer


ACCEPTED = "accepted"  # written when an administrator chose to install the update


def accept(data_root: Path) -> None:
    """An administrator agreed: the checked installer runs when the app closes."""
    write_atomically(updates_dir(data_root) / ACCEPTED, b"1")


def installer_arguments(installer: Path, mode: str) -> list[str]:
    """The installer run silently with the options of the installation in place (counsellor.ini
    keeps them; an update without /DATADIR, /SERVER or /LANG leaves that file as it is)."""
    scope = "/ALLUSERS" if mode == "allusers" else "/CURRENTUSER"
    return [str(installer), "/SILENT", "/SUPPRESSMSGBOXES", "/NORESTART", scope]


def install_if_ready(
    data_root: Path,
    mode: str,
    trusted_keys: Iterable[str] = TRUSTED_RELEASE_KEYS,
    installed: str = __version__,
    launch: Callable[[list[str]], object] | None = None,
) -> list[str] | None:
    """At the app's end (after its closing backup): run the accepted, checked installer, which
    closes nothing (the app has ended) and replaces the program files. Returns the command run,
    or None when nothing is ready, accepted, or this is not an installed Windows app."""
    if not (updates_dir(data_root) / ACCEPTED).exists():
        return None
    installer = ready_installer(data_root, trusted_keys, installed)
    if installer is None:
        (updates_dir(data_root) / ACCEPTED).unlink(missing_ok=True)
        return None
    command = installer_arguments(installer, mode)
    if launch is None:
        import subprocess
        import sys

        if sys.platform != "win32" or not getattr(sys, "frozen", False):
            return None
        flags = getattr(subprocess, "DETACHED_PROCESS", 0) | getattr(
            subprocess, "CREATE_NEW_PROCESS_GROUP", 0
        )
        launch = lambda argv: subprocess.Popen(argv, creationflags=flags, close_fds=True)  # noqa: E731
    (updates_dir(data_root) / ACCEPTED).unlink(missing_ok=True)  # once: a failed run is not looped
    launch(command)
    return command


def fetch_and_download(
    server_url: str,
    data_root: Path,
    trusted_keys: Iterable[str] | None = None,
    installed: str = __version__,
    transport: httpx.BaseTransport | None = None,
) -> Manifest | None:
    """What the app does when an administrator accepts the offer, off the GUI thread: the
    signed manifest from the sync server, then the installer (resumed if a part is there),
    checked. None when the server offers nothing newer."""
    keys = TRUSTED_RELEASE_KEYS if trusted_keys is None else tuple(trusted_keys)
    with httpx.Client(base_url=server_url.rstrip("/"), transport=transport) as client:
        found = fetch_manifest(client, keys, installed)
        if found is None:
            return None
        manifest, document = found
        download(client, manifest, document, data_root)
    accept(data_root)
    return manifest
