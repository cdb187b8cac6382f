"""An agency PC's bad days at opening: each fault named for what it is, on real files (a small
filesystem that fills or turns read-only, files moved away or damaged, a real EIO), and a
missing database never replaced by an empty one."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from counsellor_app.services.accounts import SetupRequest, Workspace
from counsellor_app.services.errors import DatabaseUnavailable, LoginRefused
from counsellor_app.storage.engine import StorageFault, open_engine
from counsellor_app.storage.faults import (
    PAGE_SIZE,
    FaultKind,
    classify,
    classify_os_error,
    diagnose_file,
)
from counsellor_app.storage.keystore import FAST_KDF_FOR_TESTS, format_recovery_key
from counsellor_app.storage.paths import DataPaths
from tests.conftest import ADMIN, COUNSELLOR, PASSWORD
from tests.small_disk import SmallDisk, small_disk  # noqa: F401 (a fixture)

# Reading /proc/self/mem at offset 0 (never mapped) is a real EIO from the kernel.
EIO_FILE = Path("/proc/self/mem")


def _refusal(workspace: Workspace, username: str = COUNSELLOR) -> DatabaseUnavailable:
    with pytest.raises(DatabaseUnavailable) as caught:
        db, _user = workspace.log_in(username, PASSWORD)
        db.close()
    return caught.value


def _request(name: str = "karim") -> SetupRequest:
    return SetupRequest(
        "anapec", "Agence Oujda", "OUJ", "oujda", name, "Karim Haddad", PASSWORD, PASSWORD
    )


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        (errno.ENOSPC, FaultKind.NO_SPACE),
        (errno.EDQUOT, FaultKind.NO_SPACE),
        (errno.EIO, FaultKind.IO_ERROR),
        (errno.EROFS, FaultKind.READ_ONLY),
        (errno.EACCES, FaultKind.PERMISSION),
        (errno.ENOENT, FaultKind.MISSING),
        (errno.EEXIST, None),
    ],
)
def test_operating_system_errors_are_sorted_by_number(number: int, kind: FaultKind) -> None:
    assert classify_os_error(OSError(number, os.strerror(number))) is kind


def test_windows_codes_are_read_before_the_errno() -> None:
    full = OSError(errno.EINVAL, "disk full")
    full.winerror = 112  # type: ignore[attr-defined]
    assert classify_os_error(full) is FaultKind.NO_SPACE


def test_a_full_disk_at_login_is_said_to_be_full(
    small_disk: SmallDisk,  # noqa: F811
    template_dir: Path,
) -> None:
    paths = small_disk.data(template_dir)
    workspace = Workspace(paths, FAST_KDF_FOR_TESTS)
    db, _user = workspace.log_in(COUNSELLOR, PASSWORD)
    db.close()  # the WAL is folded back in: the next login must grow a file
    small_disk.fill()
    problem = _refusal(workspace)
    assert (problem.reason, problem.subject) == ("no_space", "database")
    small_disk.free()
    db, _user = workspace.log_in(COUNSELLOR, PASSWORD)  # space freed: all is well again
    db.close()


def test_a_read_only_folder_is_said_to_be_read_only_not_a_wrong_key(
    small_disk: SmallDisk,  # noqa: F811
    template_dir: Path,
) -> None:
    paths = small_disk.data(template_dir)
    workspace = Workspace(paths, FAST_KDF_FOR_TESTS)
    db, _user = workspace.log_in(ADMIN, PASSWORD)
    recovery = format_recovery_key(db.key)
    db.close()
    small_disk.read_only()
    assert _refusal(workspace).reason == "read_only"
    # The paper recovery key is right: it is not "refused", the folder is named instead.
    with pytest.raises(DatabaseUnavailable) as caught:
        workspace.recover(recovery, ADMIN, "Another-Password-2026")
    assert caught.value.reason == "read_only"
    assert diagnose_file(paths.database) is FaultKind.READ_ONLY


def test_a_quarantined_database_is_said_missing_and_never_made_anew(paths: DataPaths) -> None:
    workspace = Workspace(paths, FAST_KDF_FOR_TESTS)
    quarantine = paths.root.parent / "quarantine"
    quarantine.mkdir()
    shutil.move(paths.database, quarantine / "counsellor.db")
    assert workspace.database_missing() and not workspace.is_new()
    assert _refusal(workspace).reason == "missing"
    assert not paths.database.exists()  # no empty database beside the key file
    with pytest.raises(StorageFault) as caught:
        open_engine(paths.database, os.urandom(32))
    assert caught.value.kind is FaultKind.MISSING and not paths.database.exists()
    # The first-start set-up refuses too: the key file would be overwritten.
    with pytest.raises(DatabaseUnavailable) as refused:
        workspace.set_up(_request())
    assert refused.value.reason == "already_set_up" and not paths.database.exists()
    shutil.move(quarantine / "counsellor.db", paths.database)  # put back: it opens again
    db, _user = workspace.log_in(COUNSELLOR, PASSWORD)
    db.close()


def test_a_missing_or_damaged_key_file_is_named_as_the_key_file(paths: DataPaths) -> None:
    workspace = Workspace(paths, FAST_KDF_FOR_TESTS)
    kept = paths.keystore.read_bytes()
    paths.keystore.unlink()
    problem = _refusal(workspace)
    assert (problem.reason, problem.subject) == ("missing", "keys")
    paths.keystore.write_bytes(kept[: len(kept) // 2])
    problem = _refusal(workspace)
    assert (problem.reason, problem.subject) == ("damaged", "keys")


def test_an_unreadable_disk_is_an_input_output_error(paths: DataPaths) -> None:
    workspace = Workspace(paths, FAST_KDF_FOR_TESTS)
    keys = paths.keystore.read_bytes()
    paths.keystore.unlink()
    paths.keystore.symlink_to(EIO_FILE)
    problem = _refusal(workspace)
    assert (problem.reason, problem.subject) == ("io_error", "keys")
    paths.keystore.unlink()
    paths.keystore.write_bytes(keys)
    paths.database.unlink()
    paths.database.symlink_to(EIO_FILE)
    assert _refusal(workspace).reason == "io_error"


def test_a_damaged_first_page_is_damage_and_another_key_file_is_a_wrong_key(
    paths: DataPaths, tmp_path: Path
) -> None:
    workspace = Workspace(paths, FAST_KDF_FOR_TESTS)
    original = paths.database.read_bytes()
    damaged = bytearray(original)
    damaged[200:1200] = os.urandom(1000)  # inside page 1: nothing opens the schema
    paths.database.write_bytes(bytes(damaged))
    assert _refusal(workspace).reason == "damaged"
    paths.database.write_bytes(original[: len(original) - PAGE_SIZE // 2])  # truncated
    assert _refusal(workspace).reason == "damaged"
    paths.database.write_bytes(original)
    # The key file of another set-up: every page refuses its key, the file is readable.
    other = Workspace(DataPaths(tmp_path / "other"), FAST_KDF_FOR_TESTS)
    db, _admin, _ = other.set_up(_request(COUNSELLOR))
    db.close()
    shutil.copy(other.paths.keystore, paths.keystore)
    problem = _refusal(workspace)
    assert (problem.reason, problem.subject) == ("wrong_key", "database")


def test_a_wrong_recovery_key_is_refused_and_a_right_one_is_checked_without_the_database(
    paths: DataPaths,
) -> None:
    workspace = Workspace(paths, FAST_KDF_FOR_TESTS)
    db, _user = workspace.log_in(ADMIN, PASSWORD)
    recovery = format_recovery_key(db.key)
    db.close()
    with pytest.raises(LoginRefused):
        workspace.recover(format_recovery_key(os.urandom(32)), ADMIN, "Another-Password-2026")
    paths.database.unlink()
    assert workspace.recovery_key_matches(recovery)
    assert not workspace.recovery_key_matches(format_recovery_key(os.urandom(32)))
    assert not workspace.recovery_key_matches("not a key")


def test_starting_anew_keeps_the_old_files_aside_under_a_date(paths: DataPaths) -> None:
    workspace = Workspace(paths, FAST_KDF_FOR_TESTS)
    keys = paths.keystore.read_bytes()
    paths.database.unlink()
    kept = workspace.set_aside()
    assert kept.parent == paths.backups and kept.name.startswith("set-aside-20")
    assert (kept / "keys.json").read_bytes() == keys
    assert workspace.is_new()
    db, admin, _ = workspace.set_up(_request())
    assert admin.username == "karim"
    db.close()


def test_errors_from_sqlalchemy_are_classified_through_their_cause() -> None:
    import sqlcipher3
    from sqlalchemy.exc import OperationalError

    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute("SELECT * FROM nothing_here")
    except sqlcipher3.OperationalError as exc:
        wrapped = OperationalError("SELECT", {}, exc)
    assert classify(wrapped) is None  # a bug, not a file fault: never dressed up as one
    full = OperationalError("INSERT", {}, sqlcipher3.OperationalError("database or disk is full"))
    assert classify(full) is FaultKind.NO_SPACE


def test_a_full_disk_during_import_ends_with_one_line_and_nothing_half_written(
    small_disk: SmallDisk,  # noqa: F811
    template_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import csv
    import io

    from sqlalchemy import func, select

    from counsellor_app.cli import main
    from counsellor_app.storage.models import Person
    from tests.conftest import letters

    paths = small_disk.data(template_dir)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Nom", "Prénom", "Sexe", "Date de naissance", "Nationalité", "Statut"])
    for number in range(1000):
        writer.writerow([letters(number), "Moussa", "H", "1990-07-01", "Guinée", "Réfugié"])
    source = tmp_path / "liste.csv"
    source.write_text(out.getvalue(), encoding="utf-8")
    small_disk.fill(leave=300_000)  # enough to log in, not to write 1,000 people
    monkeypatch.setenv("COUNSELLOR_PASSWORD", PASSWORD)
    code = main(["--data-dir", str(paths.root), "import", str(source), "--user", COUNSELLOR])
    errors = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert errors == [errors[0]] and "the disk is full" in errors[0], errors
    assert "under way was not saved" in errors[0]  # logged in, then stopped while writing
    assert "Traceback" not in errors[0]
    small_disk.free()
    db, _user = Workspace(paths, FAST_KDF_FOR_TESTS).log_in(COUNSELLOR, PASSWORD)
    with db.reader() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0
    db.close()


def test_every_command_stops_on_a_missing_database_and_creates_nothing(
    paths: DataPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from counsellor_app.cli import main

    paths.database.unlink()
    monkeypatch.setenv("COUNSELLOR_PASSWORD", PASSWORD)
    root = str(paths.root)
    for command in (
        ["backup", "--user", ADMIN],
        ["audit", "check", "--user", ADMIN],
        ["report", "--user", ADMIN, "--period", "2026"],
        ["sync", "--user", ADMIN],
    ):
        assert main(["--data-dir", root, *command]) == 2
        error = capsys.readouterr().err
        assert "counsellor.db is missing" in error and "restore" in error
        assert not paths.database.exists()


def _as_another_user(action: Callable[[], str]) -> str:
    """Run ``action`` in a forked child that gave up root (uid/gid 65534, "nobody"), so file
    permissions deny it as they deny a counsellor's Windows account; its answer comes back."""
    reading, writing = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover (the child's coverage is not collected)
        answer = "?"
        try:
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            answer = action()
        except BaseException as exc:
            answer = f"error {type(exc).__name__}: {exc}"
        finally:
            os.write(writing, answer.encode())
            os._exit(0)
    os.close(writing)
    with os.fdopen(reading, "rb") as pipe:
        answer = pipe.read().decode()
    os.waitpid(child, 0)
    return answer


@pytest.mark.skipif(os.geteuid() != 0, reason="dropping to another user needs root")
def test_a_key_file_the_account_may_not_read_is_a_permission_problem(
    template_dir: Path,
) -> None:
    """Not "missing or damaged": IT changed the permissions, and IT can give them back."""
    import tempfile

    place = Path(tempfile.mkdtemp(prefix="counsellor-perm-", dir="/tmp"))
    try:
        place.chmod(0o755)
        paths = DataPaths(place / "data")
        shutil.copytree(template_dir, paths.root)
        paths.root.chmod(0o755)
        paths.keystore.chmod(0o600)  # root's alone
        workspace = Workspace(paths, FAST_KDF_FOR_TESTS)
        db, _user = workspace.log_in(COUNSELLOR, PASSWORD)  # what the child needs is loaded
        db.close()

        def log_in() -> str:
            try:
                workspace.log_in(COUNSELLOR, PASSWORD)
            except DatabaseUnavailable as problem:
                return f"{problem.reason} {problem.subject}"
            return "opened"

        assert _as_another_user(log_in) == "permission keys"
        paths.keystore.chmod(0o644)
        paths.database.chmod(0o600)
        assert _as_another_user(log_in) == "permission database"
    finally:
        shutil.rmtree(place, ignore_errors=True)


def test_a_missing_database_is_given_back_by_restoring_a_backup(paths: DataPaths) -> None:
    """The missing-database window's second choice: restore, then log in as before."""
    from counsellor_app.services.backup import BackupService, restore
    from counsellor_app.storage.settings import Settings

    workspace = Workspace(paths, FAST_KDF_FOR_TESTS)
    db, admin = workspace.log_in(ADMIN, PASSWORD)
    info = BackupService(workspace, db, admin, Settings()).make("manual")
    db.close()
    paths.database.unlink()
    assert workspace.database_missing()
    done = restore(workspace, info.path, ADMIN, PASSWORD)
    assert done.replaced is not None and (done.replaced / "keys.json").exists()
    assert not workspace.database_missing()
    db, _user = workspace.log_in(COUNSELLOR, PASSWORD)
    db.close()


def test_the_page_check_follows_sqlcipher_s_own_format(paths: DataPaths) -> None:
    """The key is told right or wrong from the pages' HMACs, as SQLCipher checks them: pinned
    here, so a change of SQLCipher's defaults shows at once."""
    import sqlcipher3

    from counsellor_app.storage.engine import keyed_connection
    from counsellor_app.storage.faults import key_fits

    workspace = Workspace(paths, FAST_KDF_FOR_TESTS)
    db, _user = workspace.log_in(ADMIN, PASSWORD)
    key = db.key
    db.close()
    assert key_fits(paths.database, key) is True
    assert key_fits(paths.database, os.urandom(32)) is False
    connection = keyed_connection(paths.database, key, create=False)
    failures = connection.execute("PRAGMA cipher_integrity_check").fetchall()
    connection.close()
    assert failures == []  # SQLCipher agrees: every page opens with this key
    with pytest.raises(sqlcipher3.DatabaseError):
        other = keyed_connection(paths.database, os.urandom(32), create=False)
        other.execute("SELECT count(*) FROM sqlite_master").fetchall()


def test_a_fault_already_named_keeps_its_name_through_wrappers(paths: DataPaths) -> None:
    """A connection the pool opens while the USB key is out: its kind survives the wrapping."""
    fault = StorageFault(FaultKind.IO_ERROR, paths.database)
    try:
        try:
            raise fault
        except StorageFault as inner:
            raise RuntimeError("while saving a draft") from inner
    except RuntimeError as outer:
        assert classify(outer) is FaultKind.IO_ERROR
