"""The auto-entrepreneur tab: eligibility today, figures by category, refusals on the fields."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from counsellor_app.core.person import IdentityDocumentInput
from counsellor_app.services.ae_registration import AeRegistrationService
from counsellor_app.services.people import PeopleService
from counsellor_app.ui.ae_panel import AePanel
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.widgets import set_combo_value
from tests.conftest import person


def test_ae_tab(qtbot: QtBot, context: UiContext, people: PeopleService) -> None:
    person_id = people.register(
        person(
            legal_status="asylum_seeker",
            documents=(
                IdentityDocumentInput("unhcr_attestation", "123-16C00001", date(2030, 1, 1)),
            ),
        )
    )
    panel = AePanel(AeRegistrationService(context.db, context.user), person_id, "fr")
    qtbot.addWidget(panel)
    assert "titre de séjour marocain" in panel.eligibility.text()
    set_combo_value(panel.category, "services")
    assert "200.000,00\u00a0MAD" in panel.figures.text() and "1 %" in panel.figures.text()
    set_combo_value(panel.category, "commercial")
    assert "500.000,00\u00a0MAD" in panel.figures.text() and "0,50 %" in panel.figures.text()
    assert "30 %" in panel.figures.text()
    panel.documents.setChecked(True)
    set_combo_value(panel.channel, "barid_al_maghrib")
    assert panel.save()
    panel.registered_on.setDate(QDate(2026, 1, 5))
    panel.ice.setText("123")
    assert not panel.save()
    assert panel.boxes["registration_number"].error.text() == "Ce champ est obligatoire."
    assert panel.boxes["ice"].error.text() == "Un numéro ICE comporte 15 chiffres."
    assert "titre de séjour marocain" in panel.boxes["registered_on"].error.text()
