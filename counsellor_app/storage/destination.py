"""A backup folder chosen on a USB key or a share, and the proof it is still that one.

When a USB key is pulled, its mount point may vanish or stay behind as an empty folder on the
PC's own disk; a backup written there would be reported "on the key" and lost with the PC. So
when the folder is chosen we leave a small marker file in it (a random id) and remember the id
with the device number; before and after each backup the folder must exist (it is never
created), hold that marker and still be writable. The marker survives the key being plugged
into another port (where the device number changes); the device number is the fallback when
the marker cannot be read.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from counsellor_app.storage.faults import FaultKind, classify_os_error

MARKER = ".counsellor-backups"


class DestinationError(Exception):
    """``reason``: missing | other_device | read_only | no_space | io_error (codes the UI
    explains)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason, self.detail = reason, detail


_REASONS = {
    FaultKind.NO_SPACE: "no_space",
    FaultKind.IO_ERROR: "io_error",
    FaultKind.READ_ONLY: "read_only",
    FaultKind.PERMISSION: "read_only",
    FaultKind.MISSING: "missing",
}


def os_reason(error: OSError) -> str:
    """The destination reason for an error met while writing there."""
    kind = classify_os_error(error)
    return _REASONS.get(kind, "io_error") if kind is not None else "io_error"


@dataclass(frozen=True)
class Identity:
    marker: str
    device: int

    def text(self) -> str:
        return f"{self.marker}:{self.device}"

    @classmethod
    def parse(cls, text: str) -> Identity | None:
        marker, _, device = text.partition(":")
        if not marker or not device.lstrip("-").isdigit():
            return None
        return cls(marker, int(device))


def _is_folder(folder: Path) -> bool:
    try:
        return folder.is_dir()
    except (OSError, ValueError):  # a name too long, a NUL typed in the settings
        return False


def remember(folder: Path) -> Identity:
    """Mark a folder just chosen as the backup destination (it must exist and be writable)."""
    if not _is_folder(folder):
        raise DestinationError("missing", str(folder))
    marker = folder / MARKER
    try:
        existing = marker.read_text("ascii").strip() if marker.exists() else ""
        if not existing:
            existing = secrets.token_hex(16)
            with marker.open("w", encoding="ascii") as handle:
                handle.write(existing + "\n")
                handle.flush()
                os.fsync(handle.fileno())
        return Identity(existing, folder.stat().st_dev)
    except OSError as exc:
        raise DestinationError(os_reason(exc), str(exc)) from exc


def check(folder: Path, identity: Identity | None) -> int:
    """Raise DestinationError unless ``folder`` is there, is the one chosen and can be written.

    Returns the folder's device number, to check the written file landed on it.
    """
    if not _is_folder(folder):
        raise DestinationError("missing", str(folder))
    try:
        device = folder.stat().st_dev
        if identity is not None:
            marker = folder / MARKER
            found = marker.read_text("ascii").strip() if marker.exists() else ""
            if found != identity.marker and not (not found and device == identity.device):
                raise DestinationError("other_device", str(folder))
        probe = folder / f".probe-{os.getpid()}-{secrets.token_hex(4)}"
        try:
            with probe.open("wb") as handle:
                handle.write(b"counsellor")
                handle.flush()
                os.fsync(handle.fileno())
        finally:
            probe.unlink(missing_ok=True)
    except OSError as exc:
        raise DestinationError(os_reason(exc), str(exc)) from exc
    return device
