"""The update offered to an administrator in the synchronisation window: accepted, the
signed installer comes from a real server process in the background and is checked; a
release not signed by the trusted key is refused in words and nothing is accepted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from counsellor_app.services import updates
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.sync_service import SyncService, SyncStatus
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.sync_panel import SyncController, SyncDialog
from counsellor_app.ui.update_offer import UpdateOffer
from tests.conftest import ADMIN, PASSWORD
from tests.server_fixtures import Server
from tests.windows.test_updates import new_key, sign


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'server.db'}"


def offer(
    context: UiContext, workspace: Workspace, qtbot: QtBot, server: Server, parent: QWidget
) -> UpdateOffer:
    qtbot.addWidget(parent)
    status = SyncStatus(True, server.url, "pc-1", None, 0, (), update_offer="9.1.0")
    # A counsellor is not offered it: installing is the PC's administrator's decision.
    counsellor = UpdateOffer(context.operations, context.db.paths.root, context.user, parent)
    counsellor.show_for(status)
    assert not counsellor.isVisibleTo(parent)
    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    controller = SyncController(SyncService(context.db, admin), context.operations, None)  # type: ignore[arg-type]
    widget = UpdateOffer(context.operations, controller.service.data_root, admin, parent)
    widget.show_for(status)
    return widget


@pytest.mark.parametrize("trusted", [True, False])
def test_the_administrator_accepts_and_the_installer_is_downloaded_and_checked(
    qtbot: QtBot,
    context: UiContext,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    trusted: bool,
) -> None:
    key, other = tmp_path / "release.pem", tmp_path / "other.pem"
    public, other_public = new_key(key), new_key(other)
    installer = tmp_path / "Counsellor-9.1.0-setup.exe"
    installer.write_bytes(b"MZ" + bytes(range(256)) * 400)
    sign(key, installer, "9.1.0", tmp_path / "release")
    monkeypatch.setenv("COUNSELLOR_SERVER_RELEASE_DIR", str(tmp_path / "release"))
    monkeypatch.setattr(updates, "TRUSTED_RELEASE_KEYS", (public if trusted else other_public,))
    server: Server = request.getfixturevalue("server")
    parent = QWidget()
    widget = offer(context, workspace, qtbot, server, parent)
    assert widget.isVisibleTo(widget.parentWidget())
    widget.button.click()
    qtbot.waitUntil(
        lambda: widget.button.isEnabled() or "9.1.0" in widget.note.text(), timeout=60_000
    )
    root = context.db.paths.root
    if trusted:
        assert "9.1.0" in widget.note.text() and "fermeture" in widget.note.text()
        assert (updates.updates_dir(root) / installer.name).read_bytes() == installer.read_bytes()
        assert (updates.updates_dir(root) / updates.ACCEPTED).exists()
    else:
        assert "signé" in widget.note.text()
        assert not (updates.updates_dir(root) / installer.name).exists()
        assert not (updates.updates_dir(root) / updates.ACCEPTED).exists()


@pytest.mark.parametrize("trusted", [True, False])
def test_a_newer_release_is_seen_at_sync_and_offered_to_the_administrator(
    qtbot: QtBot,
    context: UiContext,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    trusted: bool,
) -> None:
    """No poll of its own: the sync's handshake carries the signed manifest, the PC records
    it, and the synchronisation window offers it when it verifies against a trusted key (an
    offer signed by any other key, a server broken into, is never shown)."""
    key, other = tmp_path / "release.pem", tmp_path / "other.pem"
    public, other_public = new_key(key), new_key(other)
    installer = tmp_path / "Counsellor-9.1.0-setup.exe"
    installer.write_bytes(b"MZ" + bytes(range(256)) * 40)
    release = tmp_path / "release"
    sign(key, installer, "9.1.0", release)
    monkeypatch.setenv("COUNSELLOR_SERVER_RELEASE_DIR", str(release))
    monkeypatch.setattr(updates, "TRUSTED_RELEASE_KEYS", (public if trusted else other_public,))
    server: Server = request.getfixturevalue("server")
    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    controller = SyncController(SyncService(context.db, admin), context.operations, None)  # type: ignore[arg-type]
    dialog = SyncDialog(controller, admin)
    qtbot.addWidget(dialog)
    dialog.server_url.setText(server.url)
    dialog.code.setText(server.enrolment_code())
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        dialog.enrol()  # the enrolment's first sync reads the handshake
    status = controller.status()
    dialog.show_status(status)
    assert status.update_offer == ("9.1.0" if trusted else "")
    assert dialog.update_offer.isVisibleTo(dialog) is trusted
    # The offer is recorded: it is there offline, in a status read afresh.
    assert SyncService(context.db, admin).status().update_offer == status.update_offer
    if not trusted:
        return
    (release / "manifest.json").unlink()  # the central office withdrew it
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        assert controller.sync_now()
    status = controller.status()
    dialog.show_status(status)
    assert status.update_offer == "" and not dialog.update_offer.isVisibleTo(dialog)


def test_a_version_the_server_refuses_is_offered_the_update_it_wants(
    qtbot: QtBot,
    context: UiContext,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    """The minimum-version refusal points to the update: refused before any handshake, the PC
    still reads the public signed manifest and the administrator is offered it beside the
    refusal (checked against the trusted key like every offer)."""
    from sqlalchemy import delete

    from counsellor_app.storage.models import LocalSetting
    from counsellor_app.sync import client as client_module

    key = tmp_path / "release.pem"
    public = new_key(key)
    installer = tmp_path / "Counsellor-9.1.0-setup.exe"
    installer.write_bytes(b"MZ" + bytes(range(256)) * 40)
    sign(key, installer, "9.1.0", tmp_path / "release")
    monkeypatch.setenv("COUNSELLOR_SERVER_RELEASE_DIR", str(tmp_path / "release"))
    monkeypatch.setattr(updates, "TRUSTED_RELEASE_KEYS", (public,))
    server: Server = request.getfixturevalue("server")
    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    controller = SyncController(SyncService(context.db, admin), context.operations, None)  # type: ignore[arg-type]
    dialog = SyncDialog(controller, admin)
    qtbot.addWidget(dialog)
    dialog.server_url.setText(server.url)
    dialog.code.setText(server.enrolment_code())
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        dialog.enrol()
    with context.db.unit_of_work(None) as session:  # as a PC that never saw the offer
        session.execute(
            delete(LocalSetting).where(LocalSetting.key == client_module.UPDATE_OFFER_KEY)
        )
    assert SyncService(context.db, admin).status().update_offer == ""

    monkeypatch.setattr(client_module, "__version__", "0.0.9")  # older than the minimum
    with qtbot.waitSignal(controller.failed, timeout=30_000) as failed:
        assert controller.sync_now()
    assert "0.1.0" in str(failed.args[0])  # the refusal names the version needed
    status = controller.status()
    dialog.show_status(status)
    assert status.update_offer == "9.1.0"
    assert dialog.update_offer.isVisibleTo(dialog)
