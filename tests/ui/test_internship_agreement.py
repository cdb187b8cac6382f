"""The internship tab's kinds, agreement life, scored grid, outcome and host record through
the real widgets, looked at in French and Arabic (PNG screenshots kept in the test's folder,
or in ``$COUNSELLOR_SHOTS`` when set)."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from counsellor_app.core.clock import local_today
from counsellor_app.core.parameters import Parameters
from counsellor_app.core.pathway import Stage, Status, Track
from counsellor_app.services.internships import HostInput, InternshipService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.i18n import Translations
from counsellor_app.ui.internship_panel import InternshipPanel
from counsellor_app.ui.pathway_panel import PathwayPanel
from counsellor_app.ui.widgets import set_combo_value
from tests.conftest import person
from tests.services.test_appointments_and_attachments import png_bytes
from tests.stage_records import interview


def shot(widget: QWidget, folder: Path, name: str) -> Path:
    """Save what the widget shows (at a readable size) and check it is not blank."""
    widget.resize(1100, 1250)
    widget.show()
    image = widget.grab().toImage()
    target = Path(os.environ.get("COUNSELLOR_SHOTS") or folder) / f"{name}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(target))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
               for y in range(0, image.height(), 37)}  # fmt: skip
    assert len(colours) > 5, name
    return target


def test_an_agreement_signed_started_ended_and_scored_in_french_and_arabic(
    qtbot: QtBot,
    context: UiContext,
    people: PeopleService,
    translations: Translations,
    tmp_path: Path,
) -> None:
    person_id = people.register(person(), confirmed_new=True)
    pathways = PathwayService(context.db, context.user)
    interview(pathways, person_id, Track.WAGE)
    internships = InternshipService(context.db, context.user)
    host = internships.create_host(HostInput("Hôtel Les Oudayas", "Hôtellerie"))
    panel = InternshipPanel(internships, person_id, Parameters.defaults(), [], "fr")
    qtbot.addWidget(panel)
    today = local_today()
    set_combo_value(panel.host, host)
    set_combo_value(panel.kind, "formation_insertion")
    assert panel.bounds.text() == (
        "Non rémunéré, ou une indemnité d’au plus 6.000,00\u00a0MAD par mois ; 12 mois au plus."
    )
    panel.starts_on.set_value(today - timedelta(days=100))
    panel.ends_on.set_value(today + timedelta(days=80))
    panel.stipend.setText("0")  # unpaid placement
    panel.tutor.setText("Mme Bennani")
    panel.save_button.click()
    assert panel.list.count() == 1 and panel.editing is not None

    # Signing needs the three parties, the day and the signed copy: each field says so.
    set_combo_value(panel.agreement, "signed")
    panel.signatures.box("intern").setChecked(True)
    panel.save_button.click()
    assert "trois parties" in panel.boxes["signatures"].error.text()
    assert panel.boxes["signed_copy"].error.text()
    assert panel.copy_state.text() == "Pas encore jointe"
    scan = tmp_path / "convention.png"
    scan.write_bytes(png_bytes())
    assert panel.attach_signed_copy(scan)
    assert panel.copy_state.text() == "Jointe"
    for party in ("host", "agency"):
        panel.signatures.box(party).setChecked(True)
    panel.signed_on.set_value(today - timedelta(days=103))
    panel.save_button.click()
    [view] = internships.internships(person_id)
    assert view.agreement_status == "signed" and view.signed_copy_id is not None

    set_combo_value(panel.agreement, "started")
    panel.save_button.click()
    panel.scores[("punctuality", 0)].setValue(3)
    panel.save_button.click()
    assert "tous les critères" in panel.boxes["midterm_scores"].error.text()
    for criterion, box in (
        (c, panel.scores[(c, 0)])
        for c in ("teamwork", "technical_skills", "initiative", "communication")
    ):
        box.setValue(4 if criterion == "teamwork" else 3)
    panel.midterm.setPlainText("S'intègre bien, ponctuelle.")
    panel.save_button.click()
    assert internships.internships(person_id)[0].midterm_scores[1] == ("teamwork", 4)

    set_combo_value(panel.agreement, "ended_early")
    panel.ended_early_on.set_value(today - timedelta(days=2))
    panel.save_button.click()
    assert panel.boxes["end_reason"].error.text() == "Indiquez le motif."
    panel.end_reason.setText("Embauchée par l'hôtel avant la fin du stage")
    for criterion in ("punctuality", "teamwork", "technical_skills", "initiative",
                      "communication"):  # fmt: skip
        panel.scores[(criterion, 1)].setValue(4)
    panel.final.setPlainText("Objectifs atteints.")
    set_combo_value(panel.hired, "yes")
    panel.save_button.click()
    assert "contrat" in panel.boxes["contract_kind"].error.text()
    set_combo_value(panel.contract, "cdi")
    panel.save_button.click()
    [view] = internships.internships(person_id)
    assert (view.agreement_status, view.hired, view.contract_kind) == ("ended_early", True, "cdi")
    assert "1 stagiaire(s), 1 embauché(s) sur 1" in panel.host_record.text()
    shot(panel, tmp_path, "internship_fr")

    # The stage closes on the early end and the final evaluation.
    pathway = PathwayPanel(pathways, person_id)
    qtbot.addWidget(pathway)
    pathways.move(person_id, Stage.ORIENTATION, Status.IN_PROGRESS)
    pathways.move(person_id, Stage.ORIENTATION, Status.COMPLETED)
    pathways.move(person_id, Stage.SOFT_SKILLS, Status.NOT_APPLICABLE, reason="déjà formée")
    pathways.move(person_id, Stage.INTERNSHIP, Status.IN_PROGRESS)
    pathway.reload()
    pathway.stage_list.setCurrentRow(3)
    assert pathway.move_buttons[Status.COMPLETED].isEnabled()

    translations.install("ar")
    arabic = InternshipPanel(internships, person_id, Parameters.defaults(), [], "ar")
    arabic.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(arabic)
    arabic.list.setCurrentRow(0)
    assert arabic.agreement.currentText() == "منتهية قبل الأجل"
    assert arabic.contract.currentText() == "عقد عمل غير محدد المدة (CDI)"
    assert "1 متدربين" in arabic.host_record.text()
    shot(arabic, tmp_path, "internship_ar")
    orientation = PeopleService(context.db, context.user).register(person(), confirmed_new=True)
    pathways.move(orientation, Stage.ORIENTATION, Status.IN_PROGRESS)
    needs = PathwayPanel(pathways, orientation)
    needs.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(needs)
    needs.stage_list.setCurrentRow(1)
    assert "لإنهاء هذه المرحلة، أدخل الهدف المهني" in needs.completion_needs.text()
    shot(needs, tmp_path, "pathway_needs_ar")
    translations.install("fr")
    french = PathwayPanel(pathways, orientation)
    qtbot.addWidget(french)
    french.stage_list.setCurrentRow(1)
    assert "Pour terminer cette étape, saisissez le projet professionnel" in (
        french.completion_needs.text()
    )
    shot(french, tmp_path, "pathway_needs_fr")
