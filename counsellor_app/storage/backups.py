"""Backups a counsellor can carry on a USB key, and putting one back.

A backup is one ``.cbk`` file (a zip, stored without compression since everything in it is
already encrypted): the database copied by SQLite's ``VACUUM INTO`` (a consistent snapshot,
still encrypted with the database key, taken while the app goes on working), the key store
(each account's password unwraps that key, as on the PC), and a manifest in clear that holds
nothing personal: when, which PC, which schema, the copy's SHA-256 and the audit trail's head.
Attachments are already encrypted and never change: they go once into an ``attachments``
folder beside the backups, shared by all of them.

Restoring never destroys: whatever was in place moves to ``backups/replaced-…`` first.

Each backup carries a sequence number counted on this PC: pruning keeps the newest by that
order, never by the time written in the manifest, since a PC whose clock was reset a year back
would otherwise delete each new backup as "the oldest" right after writing it. Backups made
before the counter existed count as older than any numbered one, ordered by their time.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import logging
import os
import shutil
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine

from counsellor_app.core import clock
from counsellor_app.storage import atomic, backup_purges
from counsellor_app.storage import destination as destinations
from counsellor_app.storage.engine import keyed_connection
from counsellor_app.storage.faults import FaultKind, classify, classify_os_error
from counsellor_app.storage.paths import DataPaths
from counsellor_app.storage.settings import load_settings

SUFFIX = ".cbk"
FORMAT = 1
DATABASE_MEMBER = "counsellor.db"
KEYS_MEMBER = "keys.json"
MANIFEST_MEMBER = "manifest.json"
ATTACHMENTS = "attachments"
DEFAULT_KEEP = 14
CHUNK = 1 << 20

log = logging.getLogger(__name__)


class BackupError(Exception):
    """A backup that cannot be made or used; ``reason`` is a code the UI explains."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason, self.detail = reason, detail


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    kind: str  # exit | daily | manual | before-restore
    device_code: str
    schema_revision: str
    app_version: str
    database_sha256: str
    audit_seq: int
    audit_hash: str
    checked: bool  # the copy passed SQLite's quick_check when it was made
    size: int
    sequence: int = 0  # order of creation on its PC; 0 for a backup older than the counter

    @property
    def creation_order(self) -> tuple[int, datetime]:
        """Sort key, oldest first: the PC's counter, then (for unnumbered ones) the time."""
        return (self.sequence, self.created_at)


def sha256_of(path: Path) -> str:
    """A file's SHA-256, read a chunk at a time (a database or an installer of any size)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def quick_check(path: Path, key: bytes) -> bool:
    """SQLite's structural check of a database file (minutes on a huge file, seconds usually)."""
    try:
        connection = keyed_connection(path, key)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlcipher3.DatabaseError:
        return False
    return bool(rows == [("ok",)])


def _facts(path: Path, key: bytes) -> tuple[str, int, str, str]:
    """(schema revision, audit head seq, audit head hash, device code) of a database copy."""
    connection = keyed_connection(path, key)
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        try:
            head = connection.execute(
                "SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1"
            ).fetchone()
        except sqlcipher3.OperationalError:  # a copy older than the audit trail
            head = None
        device = connection.execute(
            "SELECT value FROM local_setting WHERE key = 'device_code'"
        ).fetchone()
    finally:
        connection.close()
    return (
        revision[0] if revision else "",
        int(head[0]) if head else 0,
        str(head[1]) if head else "",
        device[0] if device else "",
    )


_SNAPSHOT_REASONS = {
    FaultKind.NO_SPACE: "pc_no_space",
    FaultKind.IO_ERROR: "pc_io_error",
    FaultKind.READ_ONLY: "pc_read_only",
    FaultKind.PERMISSION: "pc_read_only",
    FaultKind.MISSING: "pc_read_only",
}


def _snapshot_error(error: Exception) -> BackupError:
    """A failed copy of the database on this PC: a full or failing disk is not damage."""
    kind = classify(error)
    reason = _SNAPSHOT_REASONS.get(kind, "database_damaged") if kind else "database_damaged"
    return BackupError(reason, str(error))


_ON_THIS_PC = {"no_space": "pc_no_space", "read_only": "pc_read_only", "missing": "pc_read_only"}


def _destination_error(
    error: OSError | destinations.DestinationError, on_this_pc: bool = False
) -> BackupError:
    """A failure writing the backup: the USB key's or share's, or, for the data folder's own
    ``backups``, this PC's disk (a full PC disk is not "the key is full")."""
    reason = (
        error.reason
        if isinstance(error, destinations.DestinationError)
        else destinations.os_reason(error)
    )
    if on_this_pc:
        return BackupError(_ON_THIS_PC.get(reason, "pc_io_error"), str(error))
    return BackupError(f"destination_{reason}", str(error))


def make_backup(
    engine: Engine,
    paths: DataPaths,
    destination: Path,
    key: bytes,
    kind: str,
    app_version: str,
    check: bool = True,
    sequence: int = 0,
    identity: destinations.Identity | None = None,
    create_destination: bool = False,
) -> BackupInfo:
    """Write a backup into ``destination`` and return what it holds. Raises BackupError.

    ``destination`` is created only when ``create_destination`` (the data folder's own
    ``backups``): a chosen folder that is gone is a pulled key, never a folder to make on the
    PC's disk. With ``identity`` it must also be the folder chosen (see storage/destination).
    The written file is read back and compared before it takes its name.
    """
    try:
        if create_destination:
            destination.mkdir(parents=True, exist_ok=True)
        device = destinations.check(destination, identity)
    except (OSError, destinations.DestinationError) as exc:
        raise _destination_error(exc, create_destination) from exc
    now = clock.utc_now()
    snapshot = paths.backups / f".snapshot-{os.getpid()}-{now:%Y%m%dT%H%M%S%f}.db"
    try:
        snapshot.parent.mkdir(parents=True, exist_ok=True)
        snapshot.unlink(missing_ok=True)
    except OSError as exc:
        raise _snapshot_error(exc) from exc
    raw = engine.raw_connection()
    try:
        # VACUUM cannot run inside a transaction: the driver connection, outside SQLAlchemy's.
        raw.driver_connection.execute(f"VACUUM INTO {_quote(snapshot)}")  # type: ignore[union-attr]
    except (sqlcipher3.DatabaseError, OSError) as exc:
        snapshot.unlink(missing_ok=True)
        raise _snapshot_error(exc) from exc
    finally:
        raw.close()
    try:
        checked = quick_check(snapshot, key) if check else False
        if check and not checked:
            raise BackupError("database_damaged", "quick_check of the copy failed")
        revision, audit_seq, audit_hash, device_code = _facts(snapshot, key)
        digest = sha256_of(snapshot)
        manifest = {
            "format": FORMAT,
            "created_at": now.isoformat(),
            "sequence": sequence,
            "kind": kind,
            "device_code": device_code,
            "schema_revision": revision,
            "app_version": app_version,
            "database_sha256": digest,
            "audit_head": {"seq": audit_seq, "hash": audit_hash},
            "checked": checked,
        }
        stem = f"counsellor-{device_code or 'pc'}-{now:%Y%m%d-%H%M%S}-{kind}"
        if sequence:
            stem += f"-n{sequence}"
        name, n = stem + SUFFIX, 1
        while (destination / name).exists():  # two backups within a second
            n += 1
            name = f"{stem}-{n}{SUFFIX}"
        target = destination / name
        partial = destination / (name + ".part")
        try:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
                archive.writestr(MANIFEST_MEMBER, json.dumps(manifest, indent=1))
                archive.write(paths.keystore, KEYS_MEMBER)
                archive.write(snapshot, DATABASE_MEMBER)
            _settle(partial)
            if partial.stat().st_dev != device:  # the key went and its mount point stayed
                raise destinations.DestinationError("missing", str(destination))
            if not _reads_back(partial, digest, paths.keystore.read_bytes()):
                raise BackupError(
                    "pc_io_error" if create_destination else "destination_not_verified",
                    str(partial),
                )
            atomic.replace(partial, target)
            _sync_folder(destination)
            _copy_attachments(paths.attachments, destination / ATTACHMENTS, create_root=False)
            _settle_purges(paths, destination, identity)
        except (OSError, destinations.DestinationError) as exc:
            partial.unlink(missing_ok=True)
            raise _destination_error(exc, create_destination) from exc
        except BackupError:
            partial.unlink(missing_ok=True)
            raise
    finally:
        snapshot.unlink(missing_ok=True)
    return read_info(target)


def _settle_purges(
    paths: DataPaths, destination: Path, identity: destinations.Identity | None
) -> None:
    """The folder is known from now on, and the erased attachments it was owed leave it."""
    try:
        backup_purges.written(paths, destination, identity.marker if identity else None)
    except OSError:  # the backup itself is written and checked: owed still, next time
        log.warning("erased attachments owed to the backup folder not removed", exc_info=True)


def _settle(path: Path) -> None:
    """Flush a written file to its device and drop it from the cache, so that reading it
    back reads the key, not the memory (where the platform allows it)."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
        if hasattr(os, "posix_fadvise"):
            os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


def _sync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _reads_back(path: Path, database_sha256: str, keystore: bytes) -> bool:
    """Read the written backup again: every member's CRC, the database's SHA-256 and the key
    store must be what was meant to be written."""
    try:
        with zipfile.ZipFile(path) as archive:
            digest = hashlib.sha256()
            with archive.open(DATABASE_MEMBER) as member:  # checks the CRC at its end
                while block := member.read(CHUNK):
                    digest.update(block)
            json.loads(archive.read(MANIFEST_MEMBER))  # read whole: its CRC is checked too
            return digest.hexdigest() == database_sha256 and archive.read(KEYS_MEMBER) == keystore
    except (zipfile.BadZipFile, KeyError, ValueError):
        return False


def _copy_attachments(source: Path, target: Path, create_root: bool = True) -> int:
    """Copy the encrypted attachment files the target lacks (they never change).

    Folders are made one level at a time below ``target``'s parent, never with ``parents``:
    when a USB key goes mid-copy, its vanished folder is not made again on the PC's disk.
    """
    copied = 0
    if not source.is_dir():
        return 0
    if create_root:
        target.parent.mkdir(parents=True, exist_ok=True)
    for blob in source.rglob("*.blob"):
        relative = blob.relative_to(source)
        there = target / relative
        if there.exists():
            continue
        folder = target
        folder.mkdir(exist_ok=True)
        for part in relative.parent.parts:
            folder = folder / part
            folder.mkdir(exist_ok=True)
        partial = there.with_name(there.name + ".part")
        shutil.copyfile(blob, partial)
        atomic.replace(partial, there)
        copied += 1
    return copied


def forget_backup_copies(paths: DataPaths, shas: Iterable[str]) -> int:
    """Remove attachment files from the backup folders this PC writes to (its own, the one
    chosen in its settings and any it wrote to before), after their person's erasure; those
    out of reach (a USB key not plugged in) get them removed when next present
    (``storage.backup_purges``). Returns how many were removed now."""
    settings = load_settings(paths.settings)
    chosen = Path(settings.backup_folder) if settings.backup_folder else None
    identity = destinations.Identity.parse(settings.backup_folder_identity)
    try:
        return backup_purges.erase(paths, shas, chosen, identity.marker if identity else None)
    except OSError:  # the note not written (a full disk): the folders present are clean
        log.warning("erased attachments owed to absent backup folders not noted", exc_info=True)
        return 0


def read_info(path: Path) -> BackupInfo:
    """The manifest of a backup file; raises BackupError when it is not one."""
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read(MANIFEST_MEMBER))
            names = set(archive.namelist())
    except OSError as exc:  # a pulled key or a failing one is not "not a backup"
        kind = classify_os_error(exc)
        reason = {FaultKind.MISSING: "backup_missing", FaultKind.IO_ERROR: "backup_unreadable"}
        raise BackupError(reason.get(kind, "not_a_backup") if kind else "not_a_backup",
                          str(exc)) from exc  # fmt: skip
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise BackupError("not_a_backup", str(exc)) from exc
    if manifest.get("format") != FORMAT or not {DATABASE_MEMBER, KEYS_MEMBER} <= names:
        raise BackupError("not_a_backup", str(path))
    head = manifest.get("audit_head") or {}
    return BackupInfo(
        path,
        datetime.fromisoformat(manifest["created_at"]),
        str(manifest.get("kind", "")),
        str(manifest.get("device_code", "")),
        str(manifest.get("schema_revision", "")),
        str(manifest.get("app_version", "")),
        str(manifest.get("database_sha256", "")),
        int(head.get("seq", 0)),
        str(head.get("hash", "")),
        bool(manifest.get("checked")),
        path.stat().st_size,
        _count(manifest.get("sequence")),
    )


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def list_backups(folder: Path) -> list[BackupInfo]:
    """The usable backups in ``folder``, newest first (anything else there is ignored).

    Each PC's backups are in their order of creation (its counter), whatever their clock
    said; the PCs' lists are merged by time.
    """
    found: dict[str, list[BackupInfo]] = {}
    if not folder.is_dir():
        return []
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            info = read_info(path)
        except BackupError:
            continue
        found.setdefault(info.device_code, []).append(info)
    lists = [newest_first(infos) for infos in found.values()]
    return list(heapq.merge(*lists, key=lambda info: info.created_at, reverse=True))


def newest_first(infos: Iterable[BackupInfo]) -> list[BackupInfo]:
    """One PC's backups, newest first by order of creation."""
    return sorted(infos, key=lambda info: info.creation_order, reverse=True)


def next_sequence(folder: Path, device_code: str, counted: int) -> int:
    """The number of the next backup: past the PC's own count and past every backup of this
    PC in the folder (the count goes back with a restored database; the backups do not)."""
    there = (b.sequence for b in list_backups(folder) if b.device_code == device_code)
    return max(counted, *there, 0) + 1


def prune(folder: Path, keep: int, device_code: str, protect: Path | None = None) -> list[Path]:
    """Remove this PC's oldest backups, by order of creation, beyond ``keep`` (other PCs'
    backups are left alone, and ``protect``, the one just written, always stays)."""
    mine = newest_first(b for b in list_backups(folder) if b.device_code == device_code)
    removed = []
    for info in mine[max(keep, 1) :]:
        if protect is not None and info.path == protect:
            continue
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def audit_anchors(folder: Path) -> dict[int, str]:
    """Audit heads recorded by the backups: the trail must still hold each of them."""
    return {b.audit_seq: b.audit_hash for b in list_backups(folder) if b.audit_seq}


@dataclass(frozen=True)
class Extracted:
    """A backup unpacked beside the data, checked, not yet in place."""

    info: BackupInfo
    database: Path
    keystore: Path

    def discard(self) -> None:
        self.database.unlink(missing_ok=True)
        self.keystore.unlink(missing_ok=True)


_RESTORE_REASONS = {
    FaultKind.NO_SPACE: "restore_no_space",
    FaultKind.READ_ONLY: "restore_read_only",
    FaultKind.PERMISSION: "restore_read_only",
    FaultKind.IO_ERROR: "backup_unreadable",
    FaultKind.MISSING: "backup_missing",
}
MARGIN = 8 << 20  # room kept free beyond what a restore writes (the journal, the log)


def restore_error(error: OSError) -> BackupError:
    """A failed restore step named for what it is: a full disk is not "not a backup"."""
    kind = classify_os_error(error)
    return BackupError(_RESTORE_REASONS.get(kind, "not_a_backup") if kind else "not_a_backup",
                       str(error))  # fmt: skip


def _place_error(error: OSError) -> BackupError:
    """A failure on this PC's data folder while setting the data aside (not the backup's)."""
    kind = classify_os_error(error)
    reason = {
        FaultKind.NO_SPACE: "restore_no_space",
        FaultKind.READ_ONLY: "restore_read_only",
        FaultKind.PERMISSION: "restore_read_only",
    }
    return BackupError(reason.get(kind, "pc_io_error") if kind else "pc_io_error", str(error))


def restore_needs(path: Path, paths: DataPaths) -> int:
    """Bytes a restore of ``path`` writes into the data folder: the database and key store
    unpacked, and the attachments this PC lacks."""
    with zipfile.ZipFile(path) as archive:
        needed = sum(archive.getinfo(m).file_size for m in (DATABASE_MEMBER, KEYS_MEMBER))
    shared = path.parent / ATTACHMENTS
    if shared.is_dir():
        for blob in shared.rglob("*.blob"):
            if not (paths.attachments / blob.relative_to(shared)).exists():
                needed += blob.stat().st_size
    return needed


def extract(path: Path, paths: DataPaths) -> Extracted:
    """Unpack a backup next to the data folder and check the copy is the one recorded.

    A disk without room for it is refused before anything is written ("restore_no_space").
    """
    info = read_info(path)
    try:
        paths.root.mkdir(parents=True, exist_ok=True)
        needed = restore_needs(path, paths)
        free = shutil.disk_usage(paths.root).free
    except OSError as exc:
        raise restore_error(exc) from exc
    except (zipfile.BadZipFile, KeyError) as exc:
        raise BackupError("not_a_backup", str(exc)) from exc
    if free < needed + MARGIN:
        raise BackupError("restore_no_space", f"{needed + MARGIN} bytes needed, {free} free")
    stamp = f"{os.getpid()}-{clock.utc_now():%Y%m%dT%H%M%S%f}"
    database = paths.root / f".restoring-{stamp}.db"
    keystore = paths.root / f".restoring-{stamp}.json"
    try:
        with zipfile.ZipFile(path) as archive:
            with archive.open(DATABASE_MEMBER) as source, database.open("wb") as target:
                shutil.copyfileobj(source, target, CHUNK)
            keystore.write_bytes(archive.read(KEYS_MEMBER))
    except OSError as exc:
        database.unlink(missing_ok=True)
        keystore.unlink(missing_ok=True)
        raise restore_error(exc) from exc
    except (zipfile.BadZipFile, KeyError) as exc:
        database.unlink(missing_ok=True)
        keystore.unlink(missing_ok=True)
        raise BackupError("not_a_backup", str(exc)) from exc
    extracted = Extracted(info, database, keystore)
    if info.database_sha256 and sha256_of(database) != info.database_sha256:
        extracted.discard()
        raise BackupError("backup_damaged", str(path))
    return extracted


def put_in_place(
    extracted: Extracted,
    paths: DataPaths,
    key: bytes,
    progress: Callable[[str], None] | None = None,
) -> Path | None:
    """Move the current data aside (kept, never deleted), then put the backup in its place.

    Returns the folder holding what was replaced, if there was anything.
    """
    if not quick_check(extracted.database, key):
        extracted.discard()
        raise BackupError("backup_damaged", "quick_check failed")
    kept: Path | None = None
    current = [
        p
        for p in (
            paths.database,
            *(paths.database.with_name(paths.database.name + s) for s in ("-wal", "-shm")),
            paths.keystore,
        )
        if p.exists()
    ]
    if current:
        kept = paths.backups / f"replaced-{clock.utc_now():%Y%m%d-%H%M%S-%f}"
        try:
            kept.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            extracted.discard()
            raise _place_error(exc) from exc
        moved: list[Path] = []
        try:
            for item in current:  # same volume: a rename, retried while a scanner holds it
                atomic.replace(item, kept / item.name)
                moved.append(item)
        except OSError as exc:  # put back what was moved: the data stays as it was
            for item in moved:
                atomic.replace(kept / item.name, item)
            extracted.discard()
            raise _place_error(exc) from exc
    atomic.replace(extracted.database, paths.database)
    atomic.replace(extracted.keystore, paths.keystore)
    if progress:
        progress("attachments")
    try:
        _copy_attachments(extracted.info.path.parent / ATTACHMENTS, paths.attachments)
    except OSError as exc:  # the data is in place: say what is missing, not "not a backup"
        raise BackupError("attachments_not_restored", str(exc)) from exc
    return kept
