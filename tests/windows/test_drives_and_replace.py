"""Windows realities in plain Python: the drive a data folder is on, and a file replaced while
another program holds it. The Windows calls themselves run under Wine (scripts/wine/realities.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from counsellor_app.storage import atomic
from counsellor_app.storage.drives import (
    DRIVE_CDROM,
    DRIVE_FIXED,
    DRIVE_NO_ROOT_DIR,
    DRIVE_REMOTE,
    DRIVE_REMOVABLE,
    DriveKind,
    RemoteDataFolder,
    drive_kind,
    kind_of_drive_type,
    linux_kind,
    mount_of,
    refuse_network_folder,
    windows_root,
)
from tests.ui.test_bad_days_start import own_log_handlers  # noqa: F401 (a fixture)


def test_windows_drive_types() -> None:
    assert kind_of_drive_type(DRIVE_REMOTE) is DriveKind.REMOTE
    assert kind_of_drive_type(DRIVE_REMOVABLE) is DriveKind.REMOVABLE
    assert kind_of_drive_type(DRIVE_CDROM) is DriveKind.REMOVABLE
    assert kind_of_drive_type(DRIVE_FIXED) is DriveKind.LOCAL
    assert kind_of_drive_type(DRIVE_NO_ROOT_DIR) is DriveKind.UNKNOWN


@pytest.mark.parametrize(
    ("path", "root"),
    [
        (r"C:\Users\Aïcha\AppData\Local\Counsellor", "C:\\"),
        (r"E:\Counsellor\data", "E:\\"),
        (r"\\?\C:\ProgramData\Counsellor\data", "C:\\"),
        (r"\\serveur\partage\Counsellor", None),  # UNC: a share, no drive letter to ask
        (r"\\?\UNC\serveur\partage\Counsellor", None),
    ],
)
def test_the_root_asked_about(path: str, root: str | None) -> None:
    assert windows_root(path) == root


MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
//nas/agence /mnt/partage cifs rw 0 0
nas:/export /srv/nfs\\040dossier nfs4 rw 0 0
/dev/sdb1 /media/cle vfat rw 0 0
"""


def test_the_mount_holding_a_path() -> None:
    assert mount_of("/home/aicha/data", MOUNTS) == ("/dev/sda2", "/", "ext4")
    assert mount_of("/mnt/partage/Counsellor", MOUNTS) == ("//nas/agence", "/mnt/partage", "cifs")
    assert mount_of("/srv/nfs dossier/x", MOUNTS)[2] == "nfs4"  # type: ignore[index]
    assert mount_of("/mnt/partagex", MOUNTS)[1] == "/"  # type: ignore[index]


def test_linux_kinds(tmp_path: Path) -> None:
    for disk, flag in (("sda", "0"), ("sdb", "1")):
        (tmp_path / disk).mkdir()
        (tmp_path / disk / "removable").write_text(flag + "\n")
    assert linux_kind("//nas/agence", "cifs", tmp_path) is DriveKind.REMOTE
    assert linux_kind("nas:/export", "nfs4", tmp_path) is DriveKind.REMOTE
    assert linux_kind("/dev/sdb1", "vfat", tmp_path) is DriveKind.REMOVABLE
    assert linux_kind("/dev/sda2", "ext4", tmp_path) is DriveKind.LOCAL
    assert linux_kind("tmpfs", "tmpfs", tmp_path) is DriveKind.LOCAL


def test_this_machines_temporary_folder_is_not_refused(tmp_path: Path) -> None:
    kind = refuse_network_folder(tmp_path / "not yet made")
    assert kind is not DriveKind.REMOTE
    assert drive_kind(tmp_path) is kind


def test_a_folder_on_a_share_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from counsellor_app.storage import drives

    monkeypatch.setattr(drives, "drive_kind", lambda folder: DriveKind.REMOTE)
    with pytest.raises(RemoteDataFolder) as refused:
        refuse_network_folder(Path("/mnt/partage/Counsellor"))
    assert refused.value.folder == Path("/mnt/partage/Counsellor")


def held(times: int, winerror: int | None) -> tuple[list[float], object]:
    """A rename that fails ``times`` times as Windows does while a scanner holds the file."""
    pauses: list[float] = []
    calls = {"n": 0}

    def rename(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        calls["n"] += 1
        if calls["n"] <= times:
            error = PermissionError(13, "Access is denied", str(target))
            if winerror is not None:
                error.winerror = winerror  # type: ignore[attr-defined]
            raise error
        os.replace(source, target)

    return pauses, rename


def test_a_briefly_held_file_is_replaced_after_a_few_tries(tmp_path: Path) -> None:
    (tmp_path / "new").write_bytes(b"new")
    (tmp_path / "old").write_bytes(b"old")
    pauses, rename = held(3, winerror=32)  # ERROR_SHARING_VIOLATION
    atomic.replace(tmp_path / "new", tmp_path / "old", sleep=pauses.append, rename=rename)  # type: ignore[arg-type]
    assert (tmp_path / "old").read_bytes() == b"new"
    assert pauses == list(atomic.RETRY_PAUSES[:3])


def test_a_file_held_for_good_gives_the_error_after_the_last_try(tmp_path: Path) -> None:
    (tmp_path / "new").write_bytes(b"new")
    (tmp_path / "old").write_bytes(b"old")
    pauses, rename = held(99, winerror=5)  # ERROR_ACCESS_DENIED
    with pytest.raises(PermissionError):
        atomic.replace(tmp_path / "new", tmp_path / "old", sleep=pauses.append, rename=rename)  # type: ignore[arg-type]
    assert pauses == list(atomic.RETRY_PAUSES)
    assert (tmp_path / "old").read_bytes() == b"old"  # nothing half done


def test_a_posix_refusal_is_not_retried(tmp_path: Path) -> None:
    (tmp_path / "new").write_bytes(b"new")
    pauses, rename = held(1, winerror=None)
    with pytest.raises(PermissionError):
        atomic.replace(tmp_path / "new", tmp_path / "old", sleep=pauses.append, rename=rename)  # type: ignore[arg-type]
    assert pauses == []


def test_write_atomically_goes_through_the_retry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pauses: list[float] = []
    _, rename = held(2, winerror=32)
    real = atomic.replace

    def patient(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        real(source, target, sleep=pauses.append, rename=rename)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic, "replace", patient)
    atomic.write_atomically(tmp_path / "settings.json", b"{}")
    assert (tmp_path / "settings.json").read_bytes() == b"{}"
    assert len(pauses) == 2
    assert not list(tmp_path.glob("*.tmp"))


def test_the_app_and_the_cli_refuse_a_folder_on_a_share(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qapp: object,
    own_log_handlers: None,  # noqa: F811
) -> None:
    """The app's start and a command-line command, on a folder the system says is a share
    (GetDriveTypeW's DRIVE_REMOTE, played here; the real call is exercised under Wine)."""
    from counsellor_app.app import run_gui
    from counsellor_app.cli import main
    from counsellor_app.storage import drives

    monkeypatch.setattr(drives, "drive_kind", lambda folder: DriveKind.REMOTE)
    share = tmp_path / "S" / "Counsellor"
    assert run_gui(share, language="fr", quit_when_ready="login") == 2
    out = capsys.readouterr()
    assert out.out.strip().endswith("unusable remote_folder")
    assert "is on a network share" in out.err
    assert main(["--data-dir", str(share), "audit", "check", "--user", "admin"]) != 0
    assert "network share" in capsys.readouterr().err
    assert not (share / "counsellor.db").exists()
    # A share out of reach (its folder cannot even be made) is named as a share too.
    assert run_gui(Path("/proc/no-such-share/Counsellor"), "fr", quit_when_ready="login") == 2
    assert capsys.readouterr().out.strip().endswith("unusable remote_folder")


@pytest.mark.parametrize(("language", "words"), [("fr", "partage réseau"), ("ar", "مشترك")])
def test_the_refusal_speaks_french_and_arabic(qapp: object, language: str, words: str) -> None:
    from PySide6.QtWidgets import QApplication

    from counsellor_app.ui.errors import fault_text
    from counsellor_app.ui.i18n import Translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations = Translations(app)
    translations.install(language)
    try:
        text = fault_text("remote_folder", folder=r"\\serveur\partage\Counsellor")
        assert words in text and "serveur" in text
    finally:
        translations.install("en")


def test_windows_prints_through_qt_never_through_a_cups_client(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An lp/lpstat found on a Windows PATH (Cygwin, Git's tools) is not the spooler."""
    from counsellor_app.services import spooler

    for name in ("lp", "lpstat"):
        tool = tmp_path / name
        tool.write_text("#!/bin/sh\nexit 0\n")
        tool.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert spooler.available()
    monkeypatch.setattr(spooler.sys, "platform", "win32")
    assert not spooler.available()
