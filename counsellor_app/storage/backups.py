"""Backups a counsellor can carry on a USB key, and putting one back.

A backup is one ``.cbk`` file (a zip, stored without compression since everything in it is
already encrypted): the database copied by SQLite's ``VACUUM INTO`` (a consistent snapshot,
still encrypted with the database key, taken while the app goes on working), the key store
(each account's password unwraps that key, as on the PC), and a manifest in clear that holds
nothing personal: when, which PC, which schema, the copy's SHA-256 and the audit trail's head.
Attachments are already encrypted and never change: they go once into an ``attachments``
folder beside the backups, shared by all of them.

Restoring never destroys: whatever was in place moves to ``backups/replaced-…`` first.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine

from counsellor_app.core.clock import utc_now
from counsellor_app.storage.engine import keyed_connection
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


def _sha256(path: Path) -> str:
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


def make_backup(
    engine: Engine,
    paths: DataPaths,
    destination: Path,
    key: bytes,
    kind: str,
    app_version: str,
    check: bool = True,
) -> BackupInfo:
    """Write a backup into ``destination`` and return what it holds. Raises BackupError."""
    try:
        destination.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError("destination_unusable", str(exc)) from exc
    now = utc_now()
    snapshot = paths.backups / f".snapshot-{os.getpid()}-{now:%Y%m%dT%H%M%S%f}.db"
    snapshot.parent.mkdir(parents=True, exist_ok=True)
    snapshot.unlink(missing_ok=True)
    raw = engine.raw_connection()
    try:
        # VACUUM cannot run inside a transaction: the driver connection, outside SQLAlchemy's.
        raw.driver_connection.execute(f"VACUUM INTO {_quote(snapshot)}")  # type: ignore[union-attr]
    except sqlcipher3.DatabaseError as exc:
        snapshot.unlink(missing_ok=True)
        raise BackupError("database_damaged", str(exc)) from exc
    finally:
        raw.close()
    try:
        checked = quick_check(snapshot, key) if check else False
        if check and not checked:
            raise BackupError("database_damaged", "quick_check of the copy failed")
        revision, audit_seq, audit_hash, device = _facts(snapshot, key)
        manifest = {
            "format": FORMAT,
            "created_at": now.isoformat(),
            "kind": kind,
            "device_code": device,
            "schema_revision": revision,
            "app_version": app_version,
            "database_sha256": _sha256(snapshot),
            "audit_head": {"seq": audit_seq, "hash": audit_hash},
            "checked": checked,
        }
        stem = f"counsellor-{device or 'pc'}-{now:%Y%m%d-%H%M%S}-{kind}"
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
            with partial.open("rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, target)
            _copy_attachments(paths.attachments, destination / ATTACHMENTS)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise BackupError("destination_unusable", str(exc)) from exc
    finally:
        snapshot.unlink(missing_ok=True)
    return read_info(target)


def _copy_attachments(source: Path, target: Path) -> int:
    """Copy the encrypted attachment files the target lacks (they never change)."""
    copied = 0
    if not source.is_dir():
        return 0
    for blob in source.rglob("*.blob"):
        there = target / blob.relative_to(source)
        if there.exists():
            continue
        there.parent.mkdir(parents=True, exist_ok=True)
        partial = there.with_name(there.name + ".part")
        shutil.copyfile(blob, partial)
        os.replace(partial, there)
        copied += 1
    return copied


def forget_backup_copies(paths: DataPaths, shas: Iterable[str]) -> int:
    """Remove attachment files from the backup folders this PC writes to (its own, and the
    one chosen in its settings), after their person's erasure. Returns how many."""
    wanted = sorted(set(shas))
    if not wanted:
        return 0
    folders = {paths.backups / ATTACHMENTS}
    chosen = load_settings(paths.settings).backup_folder
    if chosen:
        folders.add(Path(chosen) / ATTACHMENTS)
    removed = 0
    for folder in folders:
        for sha in wanted:
            copy = folder / sha[:2] / f"{sha}.blob"  # as BlobStore names them
            try:
                copy.unlink()
            except OSError:  # not there, or a folder out of reach (a USB key pulled out)
                continue
            removed += 1
    return removed


def read_info(path: Path) -> BackupInfo:
    """The manifest of a backup file; raises BackupError when it is not one."""
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read(MANIFEST_MEMBER))
            names = set(archive.namelist())
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
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
    )


def list_backups(folder: Path) -> list[BackupInfo]:
    """The usable backups in ``folder``, newest first (anything else there is ignored)."""
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            found.append(read_info(path))
        except BackupError:
            continue
    return sorted(found, key=lambda info: info.created_at, reverse=True)


def prune(folder: Path, keep: int, device_code: str) -> list[Path]:
    """Remove this PC's oldest backups beyond ``keep`` (other PCs' backups are left alone)."""
    mine = [b for b in list_backups(folder) if b.device_code == device_code]
    removed = []
    for info in mine[max(keep, 1) :]:
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


def extract(path: Path, paths: DataPaths) -> Extracted:
    """Unpack a backup next to the data folder and check the copy is the one recorded."""
    info = read_info(path)
    paths.root.mkdir(parents=True, exist_ok=True)
    stamp = f"{os.getpid()}-{utc_now():%Y%m%dT%H%M%S%f}"
    database = paths.root / f".restoring-{stamp}.db"
    keystore = paths.root / f".restoring-{stamp}.json"
    try:
        with zipfile.ZipFile(path) as archive:
            with archive.open(DATABASE_MEMBER) as source, database.open("wb") as target:
                shutil.copyfileobj(source, target, CHUNK)
            keystore.write_bytes(archive.read(KEYS_MEMBER))
    except (OSError, zipfile.BadZipFile, KeyError) as exc:
        database.unlink(missing_ok=True)
        keystore.unlink(missing_ok=True)
        raise BackupError("not_a_backup", str(exc)) from exc
    extracted = Extracted(info, database, keystore)
    if info.database_sha256 and _sha256(database) != info.database_sha256:
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
        kept = paths.backups / f"replaced-{utc_now():%Y%m%d-%H%M%S-%f}"
        kept.mkdir(parents=True, exist_ok=True)
        for item in current:
            shutil.move(str(item), str(kept / item.name))
    os.replace(extracted.database, paths.database)
    os.replace(extracted.keystore, paths.keystore)
    if progress:
        progress("attachments")
    _copy_attachments(extracted.info.path.parent / ATTACHMENTS, paths.attachments)
    return kept
