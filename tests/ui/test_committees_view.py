"""Grant committees through the real widgets: a session made from the main window's menu, the
roll call and quorum, the ranked agenda, a conflict of interest, the vote and decision, the
minutes printed and then signed."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counsellor_app.core.clock import local_today
from counsellor_app.core.grants import Decision
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.grants import GrantService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.ui import guide_sections
from counsellor_app.ui.committees_view import CommitteesDialog, NewSessionDialog, SessionDialog
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.document_dialog import DocumentDialog
from counsellor_app.ui.main_window import MainWindow
from counsellor_app.ui.widgets import set_combo_value
from tests.conftest import ADMIN, PASSWORD
from tests.services.test_grants import to_microgrant
from tests.ui.test_accessibility import unnamed


def _wait(app: QApplication, done: object, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.01)


def test_a_committee_sits_from_the_menu_to_signed_minutes(
    qtbot: QtBot,
    qapp: QApplication,
    context: UiContext,
    people: PeopleService,
    workspace: Workspace,
    make_window: object,
    tmp_path: Path,
) -> None:
    db, user = context.db, context.user
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    envelope = GrantService(db, admin).create_envelope("UE", 10_000_000, date(2026, 1, 1))
    pathways = PathwayService(db, user, today=local_today)
    grants = GrantService(db, user, today=local_today)
    ready = grants.apply(to_microgrant(people, pathways, True, db, user), envelope, 1_500_000)
    drafting = grants.apply(to_microgrant(people, pathways, False, db, user), envelope, 500_000)

    window: MainWindow = make_window()  # type: ignore[operator]
    action = window.findChild(QAction, "actionCommittees")
    assert action is not None
    action.trigger()
    listing = window.findChild(CommitteesDialog, "committeesDialog")
    assert listing is not None and listing.help_section == guide_sections.COMMITTEES
    assert listing.windowTitle() == "Commissions d'attribution des subventions"
    try:
        creating: NewSessionDialog = listing.new_session()
        assert unnamed(creating) == [] and unnamed(listing) == []  # screen readers
        creating.place.setText("Salle de réunion")
        creating.create_now()
        assert "Ajoutez les membres de la commission." in creating.banner.text()
        creating.outsider.setText("M. Haddad")
        creating.add_outsider()  # no organisation: refused when the session is made
        creating.create_now()
        assert "son organisme" in creating.banner.text()
        creating.members.clear()
        set_combo_value(creating.account, admin.id)
        creating.add_account()
        set_combo_value(creating.account, user.id)
        creating.add_account()
        creating.outsider.setText("M. Haddad")
        creating.organisation.setText("INDH Rabat")
        creating.add_outsider()
        creating.outsider.setText("Mme Alaoui")
        creating.organisation.setText("Association Amal")
        creating.add_outsider()
        opened: list[SessionDialog] = []
        listing.session_opened.connect(opened.append)
        creating.create_now()
        qapp.processEvents()
        assert opened, "the new session opens"
        dialog = opened[0]
        assert dialog.help_section == guide_sections.COMMITTEES
        assert "Quorum atteint" in dialog.quorum_label.text()
        assert unnamed(dialog) == []

        # Two absent: the quorum is lost, and said so.
        for row in (2, 3):
            dialog.member_table.item(row, 2).setCheckState(Qt.CheckState.Unchecked)
        assert dialog.save_attendance()
        assert "Quorum non atteint" in dialog.quorum_label.text()
        for row in (2, 3):
            dialog.member_table.item(row, 2).setCheckState(Qt.CheckState.Checked)
        assert dialog.save_attendance()

        # The application without a plan says why it cannot go on the agenda.
        set_combo_value(dialog.candidate, drafting)
        assert "Aucun plan d'affaires" in dialog.candidate.currentText()
        assert not dialog.add_candidate()
        assert "Aucun plan d'affaires" in dialog.banner.text()
        set_combo_value(dialog.candidate, ready)
        assert dialog.add_candidate()
        assert dialog.agenda.rowCount() == 1
        for field in dialog.score_fields.values():
            field.setValue(4)
        assert dialog.save_scores()
        assert dialog.agenda.item(0, 3).text() == "80/100"
        # Scored meanwhile by another member of staff: this reading's save is refused and
        # theirs stays; scored again on the fresh reading, it is saved.
        from counsellor_app.services.committees import CommitteeService

        scored = dialog.selected()
        assert scored is not None
        CommitteeService(db, admin).set_scores(scored.id, dict.fromkeys(dialog.score_fields, 5))
        for field in dialog.score_fields.values():
            field.setValue(1)
        assert not dialog.save_scores()
        assert "modifié ailleurs entre-temps" in dialog.banner.text()
        dialog.reload(scored.id)
        assert dialog.agenda.item(0, 3).text() == "100/100"
        for field in dialog.score_fields.values():
            field.setValue(4)
        assert dialog.save_scores()
        assert dialog.agenda.item(0, 3).text() == "80/100"

        keys = list(dialog.vote_fields)
        dialog.conflict_fields[keys[2]].setChecked(True)  # M. Haddad declares a conflict
        assert not dialog.vote_fields[keys[2]].isEnabled()
        for key in (keys[0], keys[1], keys[3]):
            set_combo_value(dialog.vote_fields[key], "for")
        set_combo_value(dialog.decision, Decision.REJECTED.value)
        dialog.reasons.setPlainText("x")
        assert not dialog.record_decision()
        assert "ne suit pas les votes" in dialog.banner.text()
        set_combo_value(dialog.decision, Decision.APPROVED.value)
        dialog.amount.setText("12.000")
        dialog.conditions.setPlainText("Achats en nature")
        assert dialog.record_decision()
        assert dialog.agenda.item(0, 4).text() == "3 / 0 / 0"
        assert not dialog.item_box.isEnabled()  # decided: the form is closed
        assert grants.applications(people_id_of(grants, ready, db))[0].approved_centimes == (
            1_200_000
        )

        assert not dialog.sign_minutes()
        assert "Imprimez d'abord le procès-verbal" in dialog.banner.text()
        printed: list[DocumentDialog] = []
        dialog.minutes_opened.connect(printed.append)
        dialog.print_minutes()
        _wait(qapp, lambda: printed)
        assert printed and printed[0].is_specimen
        assert printed[0].save_to(tmp_path / "pv.pdf")
        printed[0].close()
        assert dialog.sign_minutes()
        assert "Procès-verbal signé" in dialog.heading.text()
        assert not dialog.add_button.isEnabled()
        dialog.close()
        listing.reload()
        assert listing.table.item(0, 2).text() == "Procès-verbal signé"
    finally:
        for child in listing.findChildren(SessionDialog) + listing.findChildren(NewSessionDialog):
            child.close()
        listing.close()


def people_id_of(grants: GrantService, application_id: str, db: object) -> str:
    from counsellor_app.storage.models import GrantApplication

    with db.reader() as session:  # type: ignore[attr-defined]
        found = session.get(GrantApplication, application_id)
        assert found is not None
        return found.person_id


def test_a_supervisor_weighs_a_programmes_grid_and_sessions_rank_with_it(
    qtbot: QtBot, context: UiContext, workspace: Workspace
) -> None:
    from counsellor_app.services.committees import CommitteeService
    from counsellor_app.services.indicator_targets import Programme, TargetService
    from counsellor_app.ui.committees_view import GridDialog

    db = context.db
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    counsellor_side = CommitteesDialog(CommitteeService(db, context.user), None, None, "fr")
    qtbot.addWidget(counsellor_side)
    assert counsellor_side.grid_button.isHidden()  # counsellors do not weigh the grid
    listing = CommitteesDialog(CommitteeService(db, admin), None, None, "fr")
    qtbot.addWidget(listing)
    assert not listing.grid_button.isHidden()
    TargetService(db, admin).save(
        Programme("IDMAJE 2026", _period(), {}),
    )
    grids: GridDialog = listing.edit_grids()
    qtbot.addWidget(grids)
    assert grids.weights["viability"].value() == 30  # the default grid
    for field in grids.weights.values():
        field.setValue(0)
    assert not grids.save()
    assert "au moins un critère" in grids.banner.text()
    set_combo_value(grids.programme, CommitteeService(db, admin).programmes()[0].id)
    assert grids.weights["viability"].value() == 30  # the programme's grid, loaded
    assert grids.banner.isHidden()
    for field in grids.weights.values():
        field.setValue(0)
    grids.weights["social_impact"].setValue(50)
    grids.weights["viability"].setValue(50)
    assert grids.save()
    committees = CommitteeService(db, admin)
    programme_id = committees.programmes()[0].id
    assert committees.grid(programme_id) == {"viability": 50, "social_impact": 50}
    assert committees.grid(None)["viability"] == 30  # the agency's own grid is untouched
    grids.close()


def _period() -> object:
    from counsellor_app.core.indicators import Period

    return Period(date(2026, 1, 1), date(2026, 12, 31))
