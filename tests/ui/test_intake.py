"""Intake through the real form: happy path, errors that keep input, drafts, duplicates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from counsellor_app.services.people import PeopleQuery
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.duplicate_dialog import DuplicateDialog
from counsellor_app.ui.person_form import PersonForm
from counsellor_app.ui.widgets import DateField, set_combo_value
from tests.ui.conftest import type_text


def fill_valid(form: PersonForm, qtbot: QtBot) -> None:
    qtbot.keyClicks(form.last_name, "Diallo")
    qtbot.keyClicks(form.first_name, "Mamadou")
    type_text(form.last_name_ar, "ديالو")
    set_combo_value(form.sex, "male")
    form.date_of_birth.setDate(QDate(1995, 3, 2))
    set_combo_value(form.nationality, "GN")
    set_combo_value(form.legal_status, "regularised_2014")
    qtbot.keyClicks(form.phone, "06 12 34 56 78")
    form.documents.add_button.click()
    set_combo_value(form.documents.table.cellWidget(0, 0), "residence_card")  # type: ignore[arg-type]
    form.documents.table.cellWidget(0, 1).setText("E 123456")  # type: ignore[union-attr]
    expires = form.documents.table.cellWidget(0, 2)
    assert isinstance(expires, DateField)
    expires.setDate(QDate(2026, 12, 10))
    form.languages.box("fr").setChecked(True)
    form.consent_given.setChecked(True)


def test_intake_happy_path_saves_and_shows_the_file(
    make_window: object, qtbot: QtBot, context: UiContext
) -> None:
    window = make_window()  # type: ignore[operator]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.register.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.forms()[0]
    fill_valid(form, qtbot)
    tab = window.tabs.indexOf(window.files()[0])
    assert window.tabs.tabText(tab).startswith("* ")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.person_id is not None and not form.is_dirty
    record = context.people.get(form.person_id)
    assert record.data.last_name_ar == "ديالو" and record.data.languages == ("fr",)
    assert record.data.consent.given_on == date.today()
    assert form.warning_label.isVisible()  # the card expires within 60 days
    assert "E 123456" in form.warning_label.text()
    assert record.file_number in form.meta_label.text()
    # The register hears of the save from the change hub and searches again.
    qtbot.waitUntil(lambda: window.register.model.rowCount() == 1)
    assert window.tabs.tabText(tab) == "Mamadou Diallo"


def test_errors_are_shown_per_field_and_nothing_typed_is_lost(
    make_window: object, qtbot: QtBot, context: UiContext
) -> None:
    window = make_window()  # type: ignore[operator]
    window.new_intake()
    form = window.forms()[0]
    fill_valid(form, qtbot)
    type_text(form.first_name, "محمد")
    form.phone.setText("0612")
    form.date_of_birth.setDate(QDate(2031, 1, 1))
    form.documents.table.cellWidget(0, 1).setText("")  # type: ignore[union-attr]
    form.save_button.click()
    assert form.person_id is None
    assert context.people.search_ids(PeopleQuery()) == []
    assert form._boxes["first_name"].error.text().startswith("Saisissez ce nom en lettres latines")
    assert form._boxes["phone"].error.isVisible()
    assert form._boxes["date_of_birth"].error.text() == "Cette date est dans le futur."
    assert "Document 1 : Ce champ est obligatoire." in form.documents.errors.text()
    assert form.error_summary.text().startswith("4 problèmes à corriger")
    assert form.first_name.text() == "محمد" and form.phone.text() == "0612"
    assert form.last_name_ar.text() == "ديالو"
    # Correcting and saving again works; the messages go away.
    form.first_name.setText("Mamadou")
    form.phone.setText("0612345678")
    form.date_of_birth.setDate(QDate(1995, 3, 2))
    form.documents.table.cellWidget(0, 1).setText("E 123456")  # type: ignore[union-attr]
    form.save_button.click()
    assert form.person_id is not None
    assert not form.error_summary.isVisible() and not form._boxes["phone"].error.isVisible()


def test_unsaved_intake_survives_a_crash_as_a_draft(qtbot: QtBot, context: UiContext) -> None:
    form = PersonForm(context)
    qtbot.addWidget(form)
    fill_valid(form, qtbot)
    type_text(form.first_name_ar, "مامادو")
    qtbot.waitUntil(lambda: context.drafts.load("person", None) is not None, timeout=5000)
    # The process dies here: no save, no close. A new form finds the draft.
    reopened = PersonForm(context)
    qtbot.addWidget(reopened)
    assert not reopened.draft_banner.isHidden()
    assert reopened.last_name.text() == ""
    reopened.restore_button.click()
    assert reopened.last_name.text() == "Diallo" and reopened.first_name_ar.text() == "مامادو"
    assert reopened.documents.values()[0].number == "E 123456"
    assert reopened.save()
    assert context.drafts.load("person", None) is None


def test_closing_with_changes_asks_and_discarding_forgets_the_draft(
    qtbot: QtBot, context: UiContext
) -> None:
    form = PersonForm(context)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.last_name, "Sow")
    form.save_draft()
    assert not form.request_close(lambda: QMessageBox.StandardButton.Cancel)
    assert form.request_close(lambda: QMessageBox.StandardButton.Discard)
    assert context.drafts.load("person", None) is None


def _dialog(qtbot: QtBot) -> DuplicateDialog:
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), DuplicateDialog), timeout=3000
    )
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, DuplicateDialog)
    return dialog


def test_duplicate_warning_explains_and_opens_the_existing_file(
    make_window: object, qtbot: QtBot, context: UiContext
) -> None:
    window = make_window()  # type: ignore[operator]
    window.new_intake()
    first = window.forms()[0]
    fill_valid(first, qtbot)
    assert first.save()
    window.new_intake()
    second = window.forms()[1]
    fill_valid(second, qtbot)
    second.first_name.setText("Mamadu")  # a spelling variant, same birth date, same card
    second.save_button.click()
    dialog = _dialog(qtbot)
    reasons = dialog.tree.topLevelItem(0).text(4)
    assert "Même numéro de document" in reasons and "Même numéro de téléphone" in reasons
    assert "Même date de naissance et nom proche" in reasons
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget().form is first
    assert second.person_id is None and second.first_name.text() == "Mamadu"
    # Back in the second form, the counsellor decides it is someone else.
    window.tabs.setCurrentWidget(second.parentWidget().parentWidget().parentWidget())
    second.save_button.click()
    qtbot.mouseClick(_dialog(qtbot).new_button, Qt.MouseButton.LeftButton)
    assert second.person_id is not None and second.person_id != first.person_id
    assert len(context.people.search_ids(PeopleQuery())) == 2


def test_keyboard_shortcuts_reach_search_and_intake(make_window: object, qtbot: QtBot) -> None:
    window = make_window()  # type: ignore[operator]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.new_intake()
    assert window.tabs.currentWidget() is window.files()[0]
    qtbot.keyClick(window.forms()[0].last_name, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.register
    assert window.register.search.hasFocus()
    window.forms()[0]._dirty = False
