"""Erased attachments owed to backup folders that were out of reach (issue 20, deliverable 6).

An erasure removes the person's attachment contents from the backup folders this PC writes
to. A USB key that is not plugged in at that moment would keep them for ever, so this PC
remembers every backup folder it has written to (by the identity of its marker file, see
``storage.destination``, and the path it was last seen at) and, for each one absent at the
erasure, the attachment files still owed to it. They are removed the next time that folder
is present: at the next backup into it, or when the app starts.

The note lives in the data folder (``backup-purges.json``) and holds only folder paths,
marker ids and the attachments' content names, nothing of what they contain.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from counsellor_app.storage import atomic
from counsellor_app.storage.destination import MARKER
from counsellor_app.storage.paths import DataPaths

log = logging.getLogger(__name__)

NOTE = "backup-purges.json"
OWN = "own"  # the data folder's own backups/ (always on this PC)
ATTACHMENTS = "attachments"


def _note(paths: DataPaths) -> Path:
    return paths.root / NOTE


def _load(paths: DataPaths) -> dict[str, dict[str, Any]]:
    """The known folders: identity -> {"path": str, "pending": [sha, ...]} (an unreadable
    note counts as empty: losing it costs a purge, never the app)."""
    try:
        data = json.loads(_note(paths).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    folders = data.get("folders") if isinstance(data, dict) else None
    if not isinstance(folders, dict):
        return {}
    known: dict[str, dict[str, Any]] = {}
    for key, entry in folders.items():
        if not isinstance(key, str) or not isinstance(entry, dict):
            continue
        path, pending = entry.get("path"), entry.get("pending", [])
        if not isinstance(path, str) or not isinstance(pending, list):
            continue
        known[key] = {"path": path, "pending": sorted({str(s) for s in pending if _sha(s)})}
    return known


def _sha(value: object) -> bool:
    return (
        isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)
    )


def _save(paths: DataPaths, known: dict[str, dict[str, Any]]) -> None:
    target = _note(paths)
    partial = target.with_name(target.name + ".part")
    with partial.open("w", encoding="utf-8") as handle:
        json.dump({"folders": known}, handle, indent=1, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    atomic.replace(partial, target)


def folder_key(folder: Path, marker: str | None) -> str:
    """A chosen folder's identity is its marker; a folder without one is known by its path."""
    return marker if marker else f"path:{folder}"


def _present(paths: DataPaths, key: str, folder: Path) -> bool:
    """Whether ``folder`` is there and is the folder known as ``key`` (its marker matches)."""
    try:
        if not folder.is_dir():
            return False
        if key == OWN or key.startswith("path:"):
            return True
        marker = folder / MARKER
        return marker.is_file() and marker.read_text("ascii").strip() == key
    except (OSError, ValueError):
        return False


def _remove(folder: Path, shas: Iterable[str]) -> tuple[int, list[str]]:
    """Remove the attachment copies from ``folder``: (how many, the ones that could not be)."""
    removed, failed = 0, []
    for sha in shas:
        copy = folder / ATTACHMENTS / sha[:2] / f"{sha}.blob"  # as BlobStore names them
        try:
            copy.unlink()
            removed += 1
        except FileNotFoundError:
            continue
        except OSError:  # the key pulled out mid-way: owed still
            failed.append(sha)
    return removed, failed


def written(paths: DataPaths, folder: Path, marker: str | None) -> int:
    """A backup was written into ``folder``: it is known from now on, and what it was owed
    is removed now. Returns how many files were removed."""
    key = OWN if folder == paths.backups else folder_key(folder, marker)
    known = _load(paths)
    before = known.get(key)
    entry = {"path": str(folder), "pending": list(before["pending"]) if before else []}
    removed, entry["pending"] = _remove(folder, entry["pending"])
    if before != entry:
        known[key] = entry
        _save(paths, known)
    return removed


def erase(paths: DataPaths, shas: Iterable[str], chosen: Path | None, marker: str | None) -> int:
    """An erasure: the copies of ``shas`` leave every known backup folder that is present
    (and the one chosen now); each absent one keeps them owed. Returns how many removed."""
    wanted = sorted({sha for sha in shas if _sha(sha)})
    if not wanted:
        return 0
    known = _load(paths)
    known.setdefault(OWN, {"path": str(paths.backups), "pending": []})
    if chosen is not None:
        known.setdefault(folder_key(chosen, marker), {"path": str(chosen), "pending": []})
    removed = 0
    for key, entry in known.items():
        folder = Path(entry["path"])
        owed = sorted(set(entry["pending"]) | set(wanted))
        if _present(paths, key, folder):
            count, owed = _remove(folder, owed)
            removed += count
        entry["pending"] = owed
    _save(paths, known)
    return removed


def apply_pending(paths: DataPaths) -> int:
    """At start: what is owed to the known folders present now is removed. Returns how many."""
    known = _load(paths)
    removed, changed = 0, False
    for key, entry in known.items():
        if entry["pending"] and _present(paths, key, Path(entry["path"])):
            count, entry["pending"] = _remove(Path(entry["path"]), entry["pending"])
            removed += count
            changed = True
    if changed:
        _save(paths, known)
    return removed


def owed(paths: DataPaths) -> dict[str, list[str]]:
    """What each known folder is still owed (by its path), for tests and the self-test."""
    return {entry["path"]: list(entry["pending"]) for entry in _load(paths).values()}
