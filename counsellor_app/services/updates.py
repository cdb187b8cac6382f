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
from dataclasses import dataclass
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
from counsellor_app.protocol.wire import Route
from counsellor_app.storage.atomic import replace, write_atomically
from counsellor_app.storage.backups import sha256_of

MANIFEST_PATH = Route.RELEASE_MANIFEST.value
INSTALLER_PATH = Route.RELEASE_INSTALLER.value
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


def offered_version(
    recorded: str, trusted_keys: Iterable[str] | None = None, installed: str = __version__
) -> str:
    """The version of the release the sync handshake offered (``recorded``: the signed
    manifest as it came, sync/client.py), when it verifies against a trusted key and is newer
    than ``installed``; "" otherwise, so that nothing unsigned is ever offered."""
    keys = TRUSTED_RELEASE_KEYS if trusted_keys is None else tuple(trusted_keys)
    if not recorded:
        return ""
    try:
        manifest = parse_manifest_bytes(recorded.encode("utf-8"), keys)
    except ManifestRefused:
        return ""
    return manifest.version if is_newer(manifest, installed) else ""


# Why a staged update was discarded, as codes the UI translates (ui/update_install.py).
STAGED_REFUSED = "staged_refused"  # its manifest no longer verifies against a trusted key
STAGED_DAMAGED = "staged_damaged"  # the file is missing, or not the size and SHA-256 signed


@dataclass(frozen=True)
class Staged:
    """What an accepted update comes to at close or start: the checked private copy to run,
    or why the staged file was discarded ("" when nothing was accepted, or it is installed)."""

    installer: Path | None = None
    discarded: str = ""
    version: str = ""


def is_staged(data_root: Path) -> bool:
    """An administrator accepted an update that is not yet installed (cheap: one file)."""
    return (updates_dir(data_root) / ACCEPTED).exists()


def discard(data_root: Path) -> None:
    """Every staged file removed: the installed version goes on as it is."""
    folder = updates_dir(data_root)
    if not folder.is_dir():
        return
    for entry in folder.iterdir():
        if entry.is_file():
            entry.unlink(missing_ok=True)


def staged_update(
    data_root: Path,
    trusted_keys: Iterable[str] | None = None,
    installed: str = __version__,
    private: Path | None = None,
) -> Staged:
    """The accepted installer, checked once more and copied into ``private`` (a fresh folder
    only the person running the app can write: her own temporary folder) and checked there:
    the copy is what runs. In an install for all users the data folder is writable by every
    user of the PC, so a file checked where it lies could be swapped before an administrator's
    installer runs it elevated. A staged file that no longer holds is discarded with a code."""
    if not is_staged(data_root):
        return Staged()
    return _checked_copy(data_root, trusted_keys, installed, private)


def _checked_copy(
    data_root: Path, trusted_keys: Iterable[str] | None, installed: str, private: Path | None
) -> Staged:
    keys = TRUSTED_RELEASE_KEYS if trusted_keys is None else tuple(trusted_keys)
    folder = updates_dir(data_root)
    try:
        data = (folder / "manifest.json").read_bytes()[: MAX_MANIFEST_BYTES + 1]
        manifest = parse_manifest_bytes(data, keys)
    except (OSError, ManifestRefused):
        discard(data_root)
        return Staged(discarded=STAGED_REFUSED)
    if not is_newer(manifest, installed):  # installed meanwhile (or older): nothing to do
        discard(data_root)
        return Staged()
    installer = folder / manifest.file
    try:
        size = installer.stat().st_size
    except OSError:
        size = -1
    if size != manifest.size:
        discard(data_root)
        return Staged(discarded=STAGED_DAMAGED, version=manifest.version)
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
        discard(data_root)
        return Staged(discarded=STAGED_DAMAGED, version=manifest.version)
    if copied != manifest.size or digest.hexdigest() != manifest.sha256:
        target.unlink(missing_ok=True)
        discard(data_root)
        return Staged(discarded=STAGED_DAMAGED, version=manifest.version)
    return Staged(installer=target, version=manifest.version)


def ready_installer(
    data_root: Path,
    trusted_keys: Iterable[str] | None = None,
    installed: str = __version__,
    private: Path | None = None,
) -> Path | None:
    """The checked private copy of the downloaded installer, accepted or not, or None (see
    ``staged_update``)."""
    return _checked_copy(data_root, trusted_keys, installed, private).installer


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
    """The installer run without a window or a question (Inno Setup's /VERYSILENT) with the
    scope of the installation in place; counsellor.ini keeps the rest (an update without
    /DATADIR, /SERVER or /LANG leaves that file as it is)."""
    scope = "/ALLUSERS" if mode == "allusers" else "/CURRENTUSER"
    return [str(installer), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", scope]


def can_install() -> bool:
    """Only the installed Windows app replaces itself with an installer."""
    import sys

    return sys.platform == "win32" and bool(getattr(sys, "frozen", False))


def _launch_detached(argv: list[str]) -> object:
    import subprocess

    flags = getattr(subprocess, "DETACHED_PROCESS", 0) | getattr(
        subprocess, "CREATE_NEW_PROCESS_GROUP", 0
    )
    return subprocess.Popen(argv, creationflags=flags, close_fds=True)


@dataclass(frozen=True)
class Installed:
    """What ``install_if_ready`` did: the command started, or why the staged file was
    discarded (``Staged.discarded``), or neither when nothing was accepted."""

    command: list[str] | None = None
    discarded: str = ""


def install_staged(
    data_root: Path,
    mode: str,
    trusted_keys: Iterable[str] | None = None,
    installed: str = __version__,
    launch: Callable[[list[str]], object] | None = None,
) -> Installed:
    """At the app's end (after the backup copy, with the data folder released): run the
    accepted, checked installer, which replaces the program files. Once only: the marker goes
    before the run, so an installer that fails is not run again at every close."""
    if launch is None and not can_install():
        return Installed()
    staged = staged_update(data_root, trusted_keys, installed)
    if staged.installer is None:
        return Installed(discarded=staged.discarded)
    return Installed(command=launch_installer(data_root, staged, mode, launch))


BACKUP_FAILED = "backup_failed"  # no backup copy could be made: not installed this time


def prepare_install(
    data_root: Path,
    backup: Callable[[], object],
    trusted_keys: Iterable[str] | None = None,
    installed: str = __version__,
    private: Path | None = None,
) -> Staged:
    """The decision at close, or at the next start when the app was killed before: an
    accepted update whose staged file still holds gets the backup copy made (``backup``: the
    data as it is before the new version migrates it), then is ready to run once the app has
    ended. A staged file that no longer holds is discarded and said (``Staged.discarded``);
    a backup that fails keeps the update staged for the next close and installs nothing."""
    staged = staged_update(data_root, trusted_keys, installed, private)
    if staged.installer is None:
        return staged
    try:
        backup()
    except Exception:  # the backup service's own failure is recorded and told by the app
        staged.installer.unlink(missing_ok=True)
        return Staged(discarded=BACKUP_FAILED, version=staged.version)
    return staged


def launch_installer(
    data_root: Path,
    staged: Staged,
    mode: str,
    launch: Callable[[list[str]], object] | None = None,
) -> list[str] | None:
    """Start the prepared installer (the app has ended and released its data folder). Once
    only: the marker goes before the run, so an installer that fails is not run again at
    every close, and the installed version is still there to start."""
    if staged.installer is None:
        return None
    command = installer_arguments(staged.installer, mode)
    (updates_dir(data_root) / ACCEPTED).unlink(missing_ok=True)
    (launch or _launch_detached)(command)
    return command


def install_if_ready(
    data_root: Path,
    mode: str,
    trusted_keys: Iterable[str] | None = None,
    installed: str = __version__,
    launch: Callable[[list[str]], object] | None = None,
) -> list[str] | None:
    """The command started by ``install_staged``, or None."""
    return install_staged(data_root, mode, trusted_keys, installed, launch).command


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
