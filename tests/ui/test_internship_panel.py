"""The internship tab: bounds shown, refusals on the fields, a new host created on the spot."""

from __future__ import annotations

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from counsellor_app.core.parameters import Parameters
from counsellor_app.core.pathway import Stage, Status, Track
from counsellor_app.services.internships import HostInput, InternshipService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleService
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.internship_panel import HostDialog, InternshipPanel
from counsellor_app.ui.widgets import set_combo_value
from tests.conftest import person


def test_internship_tab(qtbot: QtBot, context: UiContext, people: PeopleService) -> None:
    person_id = people.register(person())
    pathways = PathwayService(context.db, context.user)
    internships = InternshipService(context.db, context.user)
    panel = InternshipPanel(
        internships, person_id, Parameters.defaults(), [("rabat", "Rabat")], "fr"
    )
    qtbot.addWidget(panel)
    assert "1.600,00\u00a0MAD" in panel.bounds.text() and "24 mois" in panel.bounds.text()

    host_dialog = HostDialog(internships, [("rabat", "Rabat")], panel)
    qtbot.addWidget(host_dialog)
    host_dialog.ice.setText("123")
    host_dialog.apply()
    assert host_dialog.boxes["name"].error.text() == "Ce champ est obligatoire."
    assert host_dialog.boxes["ice"].error.text() == "Un numéro ICE comporte 15 chiffres."
    host_dialog.name.setText("Centre d'appels Atlas")
    host_dialog.ice.setText("001234567000089")
    host_dialog.apply()
    assert host_dialog.host_id is not None
    panel.reload()
    set_combo_value(panel.host, host_dialog.host_id)
    panel.starts_on.setDate(QDate(2026, 12, 1))
    panel.ends_on.setDate(QDate(2027, 11, 30))
    panel.stipend.setText("1.000")
    panel.save_button.click()
    assert (
        panel.boxes["stipend"].error.text()
        == "L’indemnité mensuelle doit être comprise entre 1600 et 6000 MAD."
    )
    panel.stipend.setText("2.500,00")
    panel.save_button.click()
    assert "filière emploi salarié" in panel.boxes["host"].error.text()  # not on the wage track yet

    pathways.move(person_id, Stage.ORIENTATION, Status.NOT_APPLICABLE, reason="x")
    pathways.move(person_id, Stage.SOFT_SKILLS, Status.NOT_APPLICABLE, reason="x")
    pathways.choose_track(person_id, Track.WAGE)
    panel.save_button.click()
    assert panel.list.count() == 1 and "Centre d'appels Atlas" in panel.list.item(0).text()
    assert internships.internships(person_id)[0].stipend_centimes == 250_000
    panel.list.setCurrentRow(0)
    assert panel.stipend.text() == "2.500,00" and panel.editing is not None
    set_combo_value(panel.hired, "yes")
    panel.save_button.click()
    assert panel.boxes["contract_kind"].error.text()  # hired: on which contract?
    set_combo_value(panel.contract, "cdi")
    panel.save_button.click()
    assert internships.internships(person_id)[0].hired is True
    assert internships.create_host(HostInput("Autre")) != host_dialog.host_id
