"""What kind of drive a data folder is on: a network share is refused, a USB key is noted.

Why: the register is an SQLite file. On a network share (a mapped ``S:`` drive, a
``\\\\server\\share`` path) its locks are not reliable and a dropped connection in the middle
of a write damages it; two PCs opening it at once would each believe they hold it. So a data
folder on a share is refused at start with a clear message (the PC keeps its own register and
the server is what shares the agency's work). A USB key is the portable mode's whole point, so
it is accepted; the log says so, since a key pulled out mid-write is the likeliest damage.

On Windows the kind comes from ``GetDriveTypeW`` (plain ctypes, no pywin32); on Linux from the
file-system type in ``/proc/mounts`` (nfs, cifs, …) and ``/sys/block/*/removable``.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path, PureWindowsPath


class DriveKind(Enum):
    LOCAL = "local"
    REMOVABLE = "removable"
    REMOTE = "remote"
    UNKNOWN = "unknown"


# GetDriveTypeW's answers (winbase.h).
DRIVE_UNKNOWN, DRIVE_NO_ROOT_DIR, DRIVE_REMOVABLE, DRIVE_FIXED = 0, 1, 2, 3
DRIVE_REMOTE, DRIVE_CDROM, DRIVE_RAMDISK = 4, 5, 6

_WINDOWS_KINDS = {
    DRIVE_REMOVABLE: DriveKind.REMOVABLE,
    DRIVE_CDROM: DriveKind.REMOVABLE,
    DRIVE_FIXED: DriveKind.LOCAL,
    DRIVE_RAMDISK: DriveKind.LOCAL,
    DRIVE_REMOTE: DriveKind.REMOTE,
}
REMOTE_FILE_SYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "fuse.sshfs", "sshfs", "davfs"}
)


def kind_of_drive_type(drive_type: int) -> DriveKind:
    return _WINDOWS_KINDS.get(drive_type, DriveKind.UNKNOWN)


def windows_root(path: str) -> str | None:
    r"""The root GetDriveTypeW is asked about (``C:\``), or None for a UNC path
    (``\\server\share\…``, always a network share; ``\\?\C:\…`` is a local long path)."""
    text = path
    if text.startswith("\\\\?\\UNC\\"):
        return None
    if text.startswith("\\\\?\\"):
        text = text[4:]
    drive = PureWindowsPath(text).drive
    if drive.startswith("\\\\"):
        return None
    return drive + "\\" if drive else None


def _get_drive_type(root: str) -> int:  # pragma: no cover - Windows only (tested under Wine)
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.GetDriveTypeW.argtypes = [ctypes.c_wchar_p]
    kernel32.GetDriveTypeW.restype = ctypes.c_uint
    return int(kernel32.GetDriveTypeW(root))


def windows_drive_kind(path: str) -> DriveKind:
    root = windows_root(path)
    if root is None:
        return DriveKind.REMOTE if path.startswith("\\\\") else DriveKind.UNKNOWN
    return kind_of_drive_type(_get_drive_type(root))


def mount_of(path: str, mounts: str) -> tuple[str, str, str] | None:
    """The (device, mount point, file-system type) of /proc/mounts holding ``path``: the
    longest mount point that is ``path`` or one of its parents."""
    best: tuple[str, str, str] | None = None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        device, point, fstype = parts[0], parts[1].replace("\\040", " "), parts[2]
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > len(best[1])):
            best = (device, point, fstype)
    return best


def linux_kind(device: str, fstype: str, sys_block: Path = Path("/sys/block")) -> DriveKind:
    if fstype in REMOTE_FILE_SYSTEMS or device.startswith("//"):
        return DriveKind.REMOTE
    name = device.rsplit("/", 1)[-1]
    if not device.startswith("/dev/") or not name:
        return DriveKind.LOCAL  # tmpfs, overlay, …: not a removable device
    disk = name.rstrip("0123456789")
    if disk.startswith(("nvme", "mmcblk")) and "p" in name:
        disk = name.rsplit("p", 1)[0]
    try:
        removable = (sys_block / disk / "removable").read_text().strip() == "1"
    except OSError:
        return DriveKind.LOCAL
    return DriveKind.REMOVABLE if removable else DriveKind.LOCAL


def drive_kind(folder: Path) -> DriveKind:
    """The kind of drive ``folder`` (or its nearest existing parent) is on; UNKNOWN when the
    system cannot tell (never a reason to refuse)."""
    try:
        if sys.platform == "win32":
            return windows_drive_kind(os.path.abspath(folder))
        existing = Path(os.path.abspath(folder))
        while not existing.exists() and existing != existing.parent:
            existing = existing.parent
        with open("/proc/mounts", encoding="utf-8", errors="replace") as handle:
            found = mount_of(str(existing.resolve()), handle.read())
    except OSError:
        return DriveKind.UNKNOWN
    if found is None:
        return DriveKind.UNKNOWN
    return linux_kind(found[0], found[2])


class RemoteDataFolder(Exception):
    """The data folder is on a network share: refused (see the module's docstring)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(f"the data folder {folder} is on a network share")
        self.folder = folder


def refuse_network_folder(folder: Path) -> DriveKind:
    """Raise :class:`RemoteDataFolder` for a folder on a network share; the kind otherwise."""
    kind = drive_kind(folder)
    if kind is DriveKind.REMOTE:
        raise RemoteDataFolder(folder)
    return kind
