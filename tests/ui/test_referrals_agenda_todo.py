"""Referrals, the agenda, the to-do list and attached documents, through the real widgets."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from counsellor_app.core.appointments import AppointmentKind, AppointmentStatus
from counsellor_app.core.clock import local_today
from counsellor_app.core.person import ConsentInput
from counsellor_app.services.appointments import AppointmentInput, AppointmentService
from counsellor_app.services.attachments import AttachmentService
from counsellor_app.services.people import PeopleService
from counsellor_app.services.referrals import ReferralService
from counsellor_app.ui.agenda_view import AppointmentDialog
from counsellor_app.ui.attachment_panel import AttachDialog, AttachmentPanel, AttachmentViewer
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.referral_panel import AnswerDialog, PartnerDialog, ReferralDialog
from counsellor_app.ui.widgets import set_combo_value
from tests.conftest import letters, person
from tests.ui.conftest import type_text

SHARING = ConsentInput(True, date(2026, 11, 2), frozenset({"processing", "sharing_partners"}))


def test_refer_then_key_in_the_returned_slip(
    qtbot: QtBot, context: UiContext, people: PeopleService, make_window: object
) -> None:
    person_id = people.register(person(consent=SHARING))
    referrals = ReferralService(context.db, context.user)
    window = make_window()  # type: ignore[operator]
    window.open_person(person_id)
    file = window.files()[0]
    file.tabs.setCurrentIndex(file.tab_of("referrals"))
    panel = file.referrals
    assert panel.table.rowCount() == 0 and not panel.answer_button.isEnabled()

    dialog = ReferralDialog(referrals, person_id, [("rabat", "Rabat")], panel)
    qtbot.addWidget(dialog)
    dialog.apply()  # nothing chosen: each field says what is missing
    assert dialog.boxes["partner"].error.text() == "Ce champ est obligatoire."
    assert dialog.boxes["service"].has_error()
    partner = PartnerDialog(referrals, [("rabat", "Rabat")], dialog)
    qtbot.addWidget(partner)
    type_text(partner.name, "Centre OFPPT Hay Riad")
    set_combo_value(partner.kind, "ofppt_centre")
    type_text(partner.email, "ofppt@")
    partner.apply()
    assert partner.boxes["email"].error.text() == "Adresse de courriel non valide."
    type_text(partner.email, "hayriad@ofppt.ma")
    partner.apply()
    assert partner.result() == QDialog.DialogCode.Accepted and partner.partner_id
    dialog._fill_partners(partner.partner_id)
    type_text(dialog.service, "Formation qualifiante en cuisine")
    dialog.apply()
    assert dialog.result() == QDialog.DialogCode.Accepted
    panel.reload(dialog.referral_id)
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 1).text() == "Centre OFPPT Hay Riad"
    assert panel.table.item(0, 4).text() == "Envoyée"
    code = panel.table.item(0, 0).text()

    # The slip comes back a week later: the counsellor types its code from the People menu.
    slip = AnswerDialog(referrals, parent=window)
    qtbot.addWidget(slip)
    assert not slip.buttons.button(slip.buttons.StandardButton.Ok).isEnabled()
    type_text(slip.code, "R-1234-56789")
    slip.look_up()
    assert slip.boxes["code"].error.text().startswith("Ce n’est pas un code d’orientation")
    type_text(slip.code, code.lower().replace("-", " "))
    slip.look_up()
    assert "Centre OFPPT Hay Riad" in slip.summary.text() and "Envoyée" in slip.summary.text()
    set_combo_value(slip.state, "refused")
    assert slip.refusal_reason.isEnabled()
    slip.apply()
    assert slip.boxes["refusal_reason"].error.text() == (
        "Choisissez le motif de refus donné par le partenaire."
    )
    set_combo_value(slip.refusal_reason, "no_places")
    slip.apply()
    assert slip.result() == QDialog.DialogCode.Accepted
    # The answer was recorded outside the file: the hub reloads its referrals and says so.
    qtbot.waitUntil(lambda: panel.table.item(0, 4).text() == "Refusée")
    assert file.banner.isVisibleTo(file)
    assert panel.table.item(0, 5).text() == "Plus de places"
    panel.table.selectRow(0)
    assert not panel.answer_button.isEnabled()  # a refusal closes the referral


def test_referral_refused_without_consent_says_why(
    qtbot: QtBot, context: UiContext, people: PeopleService
) -> None:
    person_id = people.register(person())
    referrals = ReferralService(context.db, context.user)
    from counsellor_app.services.referrals import PartnerInput

    partner_id = referrals.create_partner(PartnerInput("Association Amappe", "ngo"))
    dialog = ReferralDialog(referrals, person_id, [], None)
    qtbot.addWidget(dialog)
    dialog._fill_partners(partner_id)
    type_text(dialog.service, "Étude de faisabilité")
    dialog.apply()
    assert "n’a pas consenti au partage" in dialog.boxes["partner"].error.text()
    assert dialog.service.text() == "Étude de faisabilité"  # nothing typed is lost


def test_agenda_week_booking_and_marking(
    qtbot: QtBot, context: UiContext, people: PeopleService, make_window: object
) -> None:
    person_id = people.register(person())
    window = make_window()  # type: ignore[operator]
    window.show_tab("agenda")
    agenda = window.agenda
    assert agenda.period.text().startswith("Semaine du")
    service = AppointmentService(context.db, context.user)
    today = local_today()
    two_days_ago = datetime.combine(today - timedelta(days=2), time(10, 0)).astimezone()
    earlier = service.save(
        AppointmentInput(
            context.user.id, AppointmentKind.ORIENTATION, two_days_ago, 30, person_id, "Bureau 3"
        )
    )
    agenda.day = two_days_ago.date()
    agenda.reload()
    assert agenda.table.rowCount() == 1
    assert agenda.table.item(0, 5).text() == "Passé — venu ou absent ?"
    agenda.table.selectRow(0)
    agenda.status_buttons[AppointmentStatus.MISSED].click()
    assert agenda.table.item(0, 5).text() == "Absent"

    # Book the next one through the dialog, picking the person by name.
    dialog = AppointmentDialog(
        service, context.people, context.user.id, "fr", on=today + timedelta(days=1)
    )
    qtbot.addWidget(dialog)
    type_text(dialog.picker.search, "Diallo")
    dialog.picker.run_search()
    assert dialog.picker.person_id() == person_id
    set_combo_value(dialog.kind, "orientation")
    dialog.apply()
    assert dialog.result() == QDialog.DialogCode.Accepted
    again = AppointmentDialog(
        service, context.people, context.user.id, "fr", on=today + timedelta(days=1)
    )
    qtbot.addWidget(again)
    again.apply()  # same time, same agenda
    message = again.boxes["starts_at"].error.text()
    isolated = "Cet agenda a déjà un rendez-vous à \u206809:00\u2069 (\u2068Diallo Mamadou\u2069)."
    assert message == isolated  # names and times isolated for Arabic sentences
    assert [a.id for a in service.of_person(person_id)][-1] == earlier


def test_todo_lists_and_opens_the_file(
    qtbot: QtBot, context: UiContext, people: PeopleService, make_window: object
) -> None:
    pending = people.register(person(consent=ConsentInput(False, None)))
    window = make_window()  # type: ignore[operator]
    window.show_tab("todo")
    todo = window.todo
    qtbot.waitUntil(lambda: not todo.loading and todo.tree.topLevelItemCount() == 9, timeout=5000)
    heads = [todo.tree.topLevelItem(i).text(0) for i in range(9)]
    assert "Consentement non enregistré (1)" in heads
    consent = todo.tree.topLevelItem(heads.index("Consentement non enregistré (1)"))
    line = consent.child(0)
    assert line.text(0) == "Diallo Mamadou"
    assert todo.summary.text() == "1 chose à faire"
    todo.tree.itemActivated.emit(line, 0)
    assert window.files() and window.files()[0].person_id == pending


def test_todo_shows_full_sections_first_then_fills_in_their_counts(
    qtbot: QtBot,
    context: UiContext,
    people: PeopleService,
    make_window: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A full section's lines show at once; its count (every line read) comes from a worker."""
    monkeypatch.setattr("counsellor_app.services.todo.SECTION_LIMIT", 2)
    for n in range(3):
        people.register(
            person(last_name=letters(n), phone="", consent=ConsentInput(False, None)),
            confirmed_new=True,
        )
    window = make_window()  # type: ignore[operator]
    window.show_tab("todo")
    todo = window.todo
    assert not todo.loading and todo.tree.topLevelItemCount() == 9  # shown before any count
    heads = [todo.tree.topLevelItem(i).text(0) for i in range(8)]
    consent = todo.tree.topLevelItem(heads.index("Consentement non enregistré (2+)"))
    assert consent.childCount() == 2 and todo.counting
    assert todo.summary.text() == "Décompte en cours…"
    qtbot.waitUntil(lambda: not todo.counting, timeout=10_000)
    assert consent.text(0) == "Consentement non enregistré (3)"
    assert [consent.child(i).text(0) for i in range(3)] == [
        "Aaa Mamadou",
        "Aab Mamadou",
        "… et 1 de plus",
    ]
    assert todo.summary.text() == "3 choses à faire"


def png_file(tmp_path: Path) -> Path:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (20, 120, 200)).save(out, "PNG")
    path = tmp_path / "carte recto.png"
    path.write_bytes(out.getvalue())
    return path


def test_documents_attach_show_and_remove(
    qtbot: QtBot, context: UiContext, people: PeopleService, tmp_path: Path
) -> None:
    person_id = people.register(person())
    service = AttachmentService(context.db, context.user)
    panel = AttachmentPanel(service, person_id)
    qtbot.addWidget(panel)
    assert panel.list.count() == 0 and not panel.open_button.isEnabled()

    bad = tmp_path / "notes.txt"
    bad.write_text("pas une image")
    refused = AttachDialog(service, person_id, bad, panel)
    qtbot.addWidget(refused)
    refused.apply()
    assert refused.boxes["file"].error.text().startswith("Seuls les PDF et les images")

    dialog = AttachDialog(service, person_id, png_file(tmp_path), panel)
    qtbot.addWidget(dialog)
    type_text(dialog.title, "Carte d’immatriculation")
    set_combo_value(dialog.stage, "intake")
    dialog.apply()
    assert dialog.result() == QDialog.DialogCode.Accepted
    panel.reload(dialog.attachment_id)
    assert panel.list.count() == 1
    item = panel.list.item(0)
    assert item.text().startswith("Carte d’immatriculation") and "Accueil" in item.text()
    assert not item.icon().isNull()
    view, content = service.content(dialog.attachment_id or "")
    viewer = AttachmentViewer(view, content, panel)
    qtbot.addWidget(viewer)
    picture = viewer.findChild(QLabel, "picture")
    assert picture is not None and not picture.pixmap().isNull()

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, confirm)
    panel.remove_selected()
    assert panel.list.count() == 0
