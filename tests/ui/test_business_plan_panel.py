"""The business-plan editor: live arithmetic, bad amounts marked, ceiling warning, saved plan."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from counsellor_app.core.business_plan import Funding, FundingKind, Line
from counsellor_app.services.business_plans import BusinessPlanService
from counsellor_app.services.people import PeopleService
from counsellor_app.ui.business_plan_panel import BusinessPlanPanel
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.widgets import set_combo_value
from tests.conftest import person


def test_business_plan_editor(qtbot: QtBot, context: UiContext, people: PeopleService) -> None:
    person_id = people.register(person())
    plans = BusinessPlanService(context.db, context.user)
    panel = BusinessPlanPanel(plans, person_id, "fr")
    qtbot.addWidget(panel)
    assert panel.projection.rowCount() == 12
    panel.activity.setText("Atelier de couture")
    panel._add_cost_row(Line("Machine à coudre", 800_000))
    panel._add_funding_row(Funding(FundingKind.MICROGRANT, 700_000))
    for month in range(12):
        panel.projection.item(month, 0).setText("3.000")
        panel.projection.item(month, 1).setText("1200")
    assert panel.projection.item(0, 2).text() == "1.800,00"
    assert panel.projection.item(11, 3).text() == "20.600,00"
    assert "Seuil de rentabilité au mois 5" in panel.summary.text()
    assert "Le financement ne couvre pas" in panel.warnings.text()

    panel.projection.item(2, 0).setText("trois mille")
    assert panel.invalid_cells == 1 and "Montant non valide" in panel.warnings.text()
    assert not panel.save()
    panel.projection.item(2, 0).setText("3000")
    panel.months.setValue(24)
    assert panel.projection.rowCount() == 24 and panel.projection.item(23, 0).text() == "3.000,00"
    set_combo_value(panel.category, "services")
    for month in range(24):
        panel.projection.item(month, 0).setText("20.000")
    assert "plafond de l’auto-entrepreneur" in panel.warnings.text()
    assert panel.save()
    saved = plans.load(person_id)
    assert saved.activity == "Atelier de couture" and len(saved.revenue) == 24
    assert saved.revenue[0] == 2_000_000 and saved.startup_costs == (
        Line("Machine à coudre", 800_000),
    )
