"""Both tracks from intake to outcome, in the main window, through the file's own tabs."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from counsellor_app.core.business_plan import Funding, FundingKind, Line
from counsellor_app.core.clock import local_today
from counsellor_app.core.pathway import Stage, Status
from counsellor_app.core.person import IdentityDocumentInput
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.grants import GrantService
from counsellor_app.services.internships import InternshipService
from counsellor_app.services.people import PeopleService
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.grant_panel import GrantPanel
from counsellor_app.ui.internship_panel import HostDialog
from counsellor_app.ui.pathway_panel import PathwayPanel
from counsellor_app.ui.widgets import set_combo_value
from tests.conftest import ADMIN, PASSWORD, person
from tests.ui.test_intake import fill_valid


def answer_reason(text: str) -> None:
    """Type ``text`` into the reason dialog the next button opens, then press OK."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog), dialog
        dialog.setTextValue(text)
        dialog.accept()

    QTimer.singleShot(0, answer)


def stage_row(panel: PathwayPanel, stage: Stage) -> str:
    from counsellor_app.core.pathway import ALL_STAGES

    panel.stage_list.setCurrentRow(ALL_STAGES.index(stage))
    return panel.stage_list.item(ALL_STAGES.index(stage)).text()


def move(panel: PathwayPanel, stage: Stage, status: Status, reason: str = "") -> None:
    stage_row(panel, stage)
    if reason:
        answer_reason(reason)
    button = panel.move_buttons[status]
    assert not button.isHidden() and button.isEnabled(), (stage, status, button.toolTip())
    button.click()


def test_wage_track_from_intake_to_a_job(
    qtbot: QtBot, context: UiContext, make_window: object
) -> None:
    window = make_window()  # type: ignore[operator]
    window.new_intake()
    file = window.files()[0]
    fill_valid(file.form, qtbot)
    assert file.form.save()
    file.tabs.setCurrentIndex(file.tab_of("pathway"))
    pathway = file.pathway
    assert pathway.summary.text() == "Étape actuelle : Orientation"
    move(pathway, Stage.ORIENTATION, Status.IN_PROGRESS)
    # The interview is the orientation's record: without it the stage stays open, and the
    # panel says what to enter.
    assert not pathway.move_buttons[Status.COMPLETED].isEnabled()
    needs = pathway.completion_needs.text()
    assert not pathway.completion_needs.isHidden()
    assert "saisissez le projet professionnel" in needs and "choisissez la filière" in needs
    pathway.career_goal.setText("Réceptionniste en hôtellerie")
    pathway.services.box("internship").setChecked(True)
    pathway.save_notes.click()
    set_combo_value(pathway.track, "wage")
    pathway.track_button.click()
    move(pathway, Stage.ORIENTATION, Status.COMPLETED)
    assert pathway.completion_needs.isHidden()
    move(pathway, Stage.SOFT_SKILLS, Status.IN_PROGRESS)
    pathway.attendance.setValue(85)
    pathway.save_notes.click()
    move(pathway, Stage.SOFT_SKILLS, Status.COMPLETED)
    set_combo_value(pathway.track, "wage")
    pathway.track_button.click()
    assert pathway.summary.text().startswith("Étape actuelle : Stage")

    file.tabs.setCurrentIndex(file.tab_of("internship"))
    internship = file.internship
    hosts = HostDialog(InternshipService(context.db, context.user), [], internship)
    qtbot.addWidget(hosts)
    hosts.name.setText("Hôtel Les Oudayas")
    hosts.apply()
    internship.reload()
    set_combo_value(internship.host, hosts.host_id)
    start = local_today() - timedelta(days=200)
    internship.starts_on.set_value(start)
    internship.ends_on.set_value(start + timedelta(days=180))
    internship.stipend.setText("2.000")
    set_combo_value(internship.hired, "yes")
    set_combo_value(internship.contract, "cdd")
    internship.save_button.click()
    assert internship.list.count() == 1

    file.tabs.setCurrentIndex(file.tab_of("pathway"))
    move(pathway, Stage.INTERNSHIP, Status.IN_PROGRESS)
    assert not pathway.move_buttons[Status.COMPLETED].isEnabled()
    assert (
        "Pour clôturer ce stage, saisissez l’évaluation finale du stage."
        in pathway.completion_needs.text()
    )
    file.tabs.setCurrentIndex(file.tab_of("internship"))
    internship.final.setPlainText("Objectifs atteints, embauché à l’accueil.")
    internship.save_button.click()
    file.tabs.setCurrentIndex(file.tab_of("pathway"))
    pathway.reload()
    move(pathway, Stage.INTERNSHIP, Status.COMPLETED)
    set_combo_value(pathway.outcome_kind, "salaried_job")
    pathway.outcome_detail.setText("Hôtel Les Oudayas, réceptionniste")
    pathway.outcome_button.click()
    assert "Emploi salarié — Hôtel Les Oudayas" in pathway.outcome_list.text()
    file.tabs.setCurrentIndex(file.tab_of("history"))
    assert file.history.tree.topLevelItemCount() >= 8


def test_self_employment_track_from_orientation_to_follow_up(
    qtbot: QtBot,
    context: UiContext,
    people: PeopleService,
    workspace: Workspace,
    make_window: object,
) -> None:
    person_id = people.register(
        person(documents=(IdentityDocumentInput("residence_card", "E778899", date(2028, 5, 31)),))
    )
    window = make_window()  # type: ignore[operator]
    window.open_person(person_id)
    file = window.files()[0]
    file.tabs.setCurrentIndex(file.tab_of("pathway"))
    pathway = file.pathway
    move(pathway, Stage.ORIENTATION, Status.NOT_APPLICABLE, "orienté·e par l’AMAPPE")
    move(pathway, Stage.SOFT_SKILLS, Status.NOT_APPLICABLE, "formation suivie en 2025")
    set_combo_value(pathway.track, "self_employment")
    pathway.track_button.click()
    assert pathway.summary.text().startswith("Étape actuelle : Inscription auto-entrepreneur")

    file.tabs.setCurrentIndex(file.tab_of("ae"))
    ae = file.ae
    ae.documents.setChecked(True)
    set_combo_value(ae.channel, "barid_al_maghrib")
    ae.filed_on.setDate(QDate.currentDate().addDays(-20))
    ae.number.setText("AE-2026-004512")
    ae.registered_on.setDate(QDate.currentDate().addDays(-10))
    ae.activity.setText("Couture et retouches")
    set_combo_value(ae.category, "services")
    assert ae.save()
    file.tabs.setCurrentIndex(file.tab_of("pathway"))
    move(pathway, Stage.AE_REGISTRATION, Status.IN_PROGRESS)
    move(pathway, Stage.AE_REGISTRATION, Status.COMPLETED)

    file.tabs.setCurrentIndex(file.tab_of("business_plan"))
    plan = file.business_plan
    plan.activity.setText("Atelier de couture")
    plan._add_cost_row(Line("Machine à coudre", 600_000))
    plan._add_funding_row(Funding(FundingKind.MICROGRANT, 600_000))
    for month in range(12):
        plan.projection.item(month, 0).setText("3.000")
        plan.projection.item(month, 1).setText("1.500")
    assert plan.save()
    assert "Le plan d’affaires n’a pas de résumé" in plan.blocking.text()  # shown on the plan
    file.tabs.setCurrentIndex(file.tab_of("pathway"))
    move(pathway, Stage.BUSINESS_PLAN, Status.IN_PROGRESS)
    assert "n’a pas de résumé" in pathway.completion_needs.text()  # the review blocks
    file.tabs.setCurrentIndex(file.tab_of("business_plan"))
    plan.section_edits["summary"].setPlainText("Couture et retouches pour le quartier.")
    assert plan.save()
    assert plan.blocking.isHidden()

    file.tabs.setCurrentIndex(file.tab_of("grant"))
    grant = file.grant
    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    GrantService(context.db, admin).create_envelope(
        "HCR — PISERUMA 2026", 50_000_000, date(2026, 1, 1), None
    )
    grant.reload()
    grant.requested.setText("6.000")
    grant.apply_button.click()
    set_combo_value(grant.decision, "approved")
    grant.amount.setText("6.000")
    grant.decide_button.click()
    assert "plan d’affaires" in grant.message.text()  # no decision before a completed plan

    file.tabs.setCurrentIndex(file.tab_of("pathway"))
    pathway.reload()
    move(pathway, Stage.BUSINESS_PLAN, Status.COMPLETED)
    file.tabs.setCurrentIndex(file.tab_of("grant"))
    grant.decide_button.click()
    assert "Approuvée" in grant.application.currentText()
    grant.tranche_amount.setText("6.000")
    grant.record_button.click()
    confirming = GrantPanel(GrantService(context.db, admin), person_id, "fr")
    qtbot.addWidget(confirming)
    confirming.tranches.setCurrentCell(0, 0)
    confirming.confirm_button.click()
    assert confirming.visits.rowCount() == 4  # 1, 3, 6 and 12 months

    file.tabs.setCurrentIndex(file.tab_of("pathway"))
    pathway.reload()
    move(pathway, Stage.MICROGRANT, Status.IN_PROGRESS)
    move(pathway, Stage.MICROGRANT, Status.COMPLETED)  # its first tranche is confirmed
    move(pathway, Stage.FOLLOW_UP, Status.IN_PROGRESS)
    assert not pathway.move_buttons[Status.COMPLETED].isEnabled()
    assert "visite de suivi à 12 mois" in pathway.completion_needs.text()
    set_combo_value(pathway.outcome_kind, "business_created")
    pathway.outcome_detail.setText("Atelier de couture, Takaddoum")
    pathway.outcome_button.click()
    assert "Activité créée — Atelier de couture" in pathway.outcome_list.text()
