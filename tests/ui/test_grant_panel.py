"""The microgrant tab and the envelopes screen through the real widgets."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from counsellor_app.core.clock import local_today
from counsellor_app.core.pathway import Stage, Status, Track
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.grants import GrantService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.grant_panel import EnvelopesDialog, GrantPanel
from counsellor_app.ui.widgets import set_combo_value
from tests.conftest import ADMIN, PASSWORD, person
from tests.stage_records import plan, registration


def test_grant_tab_with_four_eyes(
    qtbot: QtBot, context: UiContext, people: PeopleService, workspace: Workspace
) -> None:
    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    envelopes = EnvelopesDialog(GrantService(context.db, admin), "fr")
    qtbot.addWidget(envelopes)
    envelopes.add_button.click()
    assert "Ce champ est obligatoire." in envelopes.message.text()
    envelopes.name.setText("UE — Work4Life")
    envelopes.budget.setText("100.000")
    envelopes.add_button.click()
    assert (
        envelopes.table.rowCount() == 1
        and envelopes.table.item(0, 1).text() == "100.000,00\u00a0MAD"
    )

    person_id = people.register(person())
    pathways = PathwayService(context.db, context.user)
    pathways.move(person_id, Stage.ORIENTATION, Status.NOT_APPLICABLE, reason="x")
    pathways.move(person_id, Stage.SOFT_SKILLS, Status.NOT_APPLICABLE, reason="x")
    pathways.choose_track(person_id, Track.SELF_EMPLOYMENT)
    registration(context.db, context.user, local_today, person_id)
    plan(context.db, context.user, local_today, person_id)
    for stage in (Stage.AE_REGISTRATION, Stage.BUSINESS_PLAN):
        pathways.move(person_id, stage, Status.IN_PROGRESS)
        pathways.move(person_id, stage, Status.COMPLETED)

    panel = GrantPanel(GrantService(context.db, context.user), person_id, "fr")
    qtbot.addWidget(panel)
    panel.requested.setText("15.000")
    panel.apply_button.click()
    assert panel.selected() is not None
    set_combo_value(panel.decision, "approved")
    panel.amount.setText("12.000")
    panel.members.setText("Mme Tazi, M. Haddad")
    panel.decide_button.click()
    assert "Approuvée" in panel.application.currentText()
    panel.tranche_amount.setText("7.000")
    set_combo_value(panel.tranche_mode, "in_kind")
    panel.record_button.click()
    assert "référence du reçu" in panel.message.text()
    panel.receipt.setText("Facture 118")
    panel.record_button.click()
    assert panel.tranches.rowCount() == 1 and panel.tranches.item(0, 5).text() == "à confirmer"
    panel.tranches.setCurrentCell(0, 0)
    panel.confirm_button.click()
    assert "Une autre personne doit confirmer" in panel.message.text()

    supervisor = GrantPanel(GrantService(context.db, admin), person_id, "fr")
    qtbot.addWidget(supervisor)
    supervisor.tranches.setCurrentCell(0, 0)
    supervisor.confirm_button.click()
    assert supervisor.tranches.item(0, 5).text() == "Amina Benkirane"
    assert supervisor.visits.rowCount() == 4
    supervisor.visits.setCurrentCell(0, 0)
    set_combo_value(supervisor.visit_status, "active")
    supervisor.visit_revenue.setText("4.500")
    supervisor.visit_jobs.setValue(1)
    supervisor.visit_button.click()
    assert supervisor.visits.item(0, 2).text() == "Active"
