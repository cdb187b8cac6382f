"""The files past their retention period in the synchronisation window (ui.retention_panel):
shown to a supervisor or administrator, not to a counsellor, and asked for erasure through
the four-eyes flow against a real server."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from counsellor_app.core.clock import local_today
from counsellor_app.core.pathway import OutcomeKind
from counsellor_app.core.person import ConsentInput, IdentityDocumentInput
from counsellor_app.core.roles import Role
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.services.sharing import SharingService
from counsellor_app.services.sync_service import SyncService
from counsellor_app.services.users import UserService
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.sync_panel import SyncController, SyncDialog
from tests.conftest import ADMIN, PASSWORD, person
from tests.server_fixtures import Server


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_supervisor_sees_the_files_past_their_period_and_asks_their_erasure(
    qtbot: QtBot,
    context: UiContext,
    workspace: Workspace,
    server: Server,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    today = local_today()
    came, left = today - timedelta(days=365 * 12), today - timedelta(days=365 * 11)
    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    old = PeopleService(context.db, admin, today=lambda: came).register(
        person(
            last_name="Sylla",
            documents=(IdentityDocumentInput("residence_card", "E99", came + timedelta(900)),),
            consent=ConsentInput(True, came, frozenset({"processing"})),
        ),
        confirmed_new=True,
    )
    PathwayService(context.db, admin).record_outcome(old, OutcomeKind.DROPPED_OUT, left, "Parti")
    recent = PeopleService(context.db, admin).register(person(), confirmed_new=True)
    PathwayService(context.db, admin).record_outcome(
        recent, OutcomeKind.DROPPED_OUT, today, "Parti"
    )
    UserService(workspace, context.db, admin).create_user(
        "karim", "Karim Haddad", Role.SUPERVISOR, "Rabat-Agdal-2026!"
    )
    SyncService(context.db, admin).enrol(server.url, server.enrolment_code())

    # A counsellor's window has no such list.
    counsellor = SyncController(SyncService(context.db, context.user), context.operations, None)  # type: ignore[arg-type]
    plain = SyncDialog(counsellor, context.user)
    qtbot.addWidget(plain)
    assert plain.retention_box is None and plain.findChild(object, "retentionBox") is None

    controller = SyncController(SyncService(context.db, admin), context.operations, None)  # type: ignore[arg-type]
    window = SyncDialog(controller, admin)
    qtbot.addWidget(window)
    box = window.retention_box
    assert box is not None
    qtbot.waitUntil(lambda: box.table.rowCount() == 1, timeout=20_000)
    file_number = PeopleService(context.db, admin).get(old).file_number
    cells = [box.table.item(0, column).text() for column in range(4)]
    assert file_number in cells[0] and "10 ans" in cells[2]
    assert left.strftime("%d/%m/%Y") in cells[1]
    assert box.isVisibleTo(window) and box.request_button.isEnabled()

    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Yes
    )
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        box.request_erasure()
    qtbot.waitUntil(lambda: box.outcome.isVisibleTo(window), timeout=20_000)
    assert "seconde personne" in box.outcome.text()
    _db, karim = workspace.log_in("karim", "Rabat-Agdal-2026!", context.db)
    (waiting,) = SharingService(context.db, karim).erasure_requests()
    assert waiting.person_id == old and "09-08" in waiting.legal_basis
    assert "10 ans" in waiting.legal_basis
