"""Windows realities checked under Wine with Windows' Python (test tooling, never shipped).

Run by scripts/smoke_windows.sh as ``python.exe realities.py HELD_FOLDER``:
1. GetDriveTypeW through storage/drives.py: C:\\ is a fixed disk; a UNC path is a share (Wine 8
   reports every mapped drive as fixed, so DRIVE_REMOTE itself only a real Windows shows);
2. a file replaced while another thread holds it open the way an antivirus does (no
   FILE_SHARE_DELETE): the first os.replace is refused by Windows, storage/atomic.replace
   waits and succeeds once the holder lets go;
3. the printer list from Windows' spooler through Qt (printed, not judged).
Prints one "ok ..." line per check; exits non-zero on the first that fails.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

from counsellor_app.storage import atomic
from counsellor_app.storage.drives import DriveKind, drive_kind


def check(condition: bool, what: str) -> None:
    if not condition:
        print(f"FAILED {what}", flush=True)
        sys.exit(1)
    print(f"ok  {what}", flush=True)


def main() -> None:
    folder = Path(sys.argv[1])
    check(drive_kind(Path("C:\\users")) is DriveKind.LOCAL, "C:\\ is a local disk (GetDriveTypeW)")
    unc = drive_kind(Path(r"\\serveur\partage\Counsellor"))
    check(unc is DriveKind.REMOTE, "a UNC path is a network share")

    folder.mkdir(parents=True, exist_ok=True)
    target, new = folder / "settings.json", folder / "settings.json.new"
    target.write_bytes(b"old")
    new.write_bytes(b"new")
    holding, released = threading.Event(), threading.Event()

    def hold() -> None:
        with open(target, "rb"):  # Python's open shares read and write, not delete
            holding.set()
            time.sleep(1.5)
        released.set()

    threading.Thread(target=hold, daemon=True).start()
    holding.wait()
    try:
        os.replace(new, target)
        refused = None
    except PermissionError as error:
        refused = getattr(error, "winerror", None)
    check(refused in atomic.TRANSIENT_WINERRORS, f"a held file is refused (winerror {refused})")
    pauses: list[float] = []

    def sleep(seconds: float) -> None:
        pauses.append(seconds)
        time.sleep(seconds)

    atomic.replace(new, target, sleep=sleep)
    check(released.is_set() and target.read_bytes() == b"new", "replaced once let go")
    check(bool(pauses), f"after {len(pauses)} pauses ({sum(pauses):.2f} s)")

    # The printers Windows' spooler lists, as Qt sees them (Wine shows its own CUPS queues, if
    # any: which printers and how they print, only a real Windows PC tells).
    from PySide6.QtPrintSupport import QPrinterInfo
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    names = QPrinterInfo.availablePrinterNames()
    print(
        f"ok  Windows printers listed by Qt: {len(names)} ({QPrinterInfo.defaultPrinterName()!r})"
    )
    app.quit()


if __name__ == "__main__":
    main()
