"""Nothing typed is lost when the disk is full: the intake form on a real small filesystem that
fills while the counsellor types, saves and closes; then space is freed and the text is found."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from counsellor_app.services.accounts import Workspace
from counsellor_app.storage.faults import FaultKind
from counsellor_app.storage.keystore import FAST_KDF_FOR_TESTS
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.i18n import Translations
from counsellor_app.ui.main_window import MainWindow
from counsellor_app.ui.operations import Operations
from counsellor_app.ui.person_form import PersonForm
from tests.conftest import COUNSELLOR, PASSWORD
from tests.small_disk import SmallDisk, small_disk  # noqa: F401 (a fixture)
from tests.ui.test_intake import fill_valid


def _context(workspace: Workspace, language: str) -> UiContext:
    db, user = workspace.log_in(COUNSELLOR, PASSWORD)
    with db.engine.connect() as connection:  # the log's room is given back to the disk
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return UiContext.create(workspace, db, user, Operations(), language)


def test_a_full_disk_while_typing_saving_and_closing_loses_nothing(
    qtbot: QtBot,
    small_disk: SmallDisk,  # noqa: F811
    template_dir: Path,
    translations: Translations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workspace = Workspace(small_disk.data(template_dir), FAST_KDF_FOR_TESTS)
    context = _context(workspace, "fr")
    window = MainWindow(context, "Agence ANAPEC Rabat-Agdal")
    window.show()
    window.new_intake()
    form = window.forms()[0]
    small_disk.fill()
    fill_valid(form, qtbot)  # typed on a full disk
    form.save_draft()  # what the draft timer does
    assert form.draft_problem is FaultKind.NO_SPACE
    assert form.unsaved_banner.isVisible() and form._draft_retry.isActive()
    text = form.unsaved_label.text()
    assert text.startswith("Le brouillon de ce formulaire n’a pas pu être enregistré.")
    assert "Le disque est plein" in text and "Libérez de la place" in text
    translations.install("ar")
    form.save_draft()
    assert "القرص ممتلئ" in form.unsaved_label.text()
    translations.install("fr")

    form.save_button.click()  # saving fails too: said, and the form keeps everything
    assert form.person_id is None
    assert form.error_summary.text().startswith("Non enregistré. Le disque est plein")
    assert form.last_name.text() == "Diallo" and form.last_name_ar.text() == "ديالو"

    # Closing the window, answering "Save": refused, the window and the form stay.
    monkeypatch.setattr(PersonForm, "_ask_unsaved", lambda _self: QMessageBox.StandardButton.Save)
    window.close()
    assert window.isVisible() and window.forms() == [form]
    assert form.last_name.text() == "Diallo"
    form.copy_typed_text()  # a way out while the disk stays full
    copied = QGuiApplication.clipboard().text()
    assert "Diallo" in copied and "06 12 34 56 78" in copied

    small_disk.free()  # IT frees some space; the retry writes the draft
    form.save_draft()
    assert form.draft_problem is None and not form.unsaved_banner.isVisible()
    assert not form._draft_retry.isActive()
    assert context.drafts.load("person", None) is not None

    # The PC is switched off now: at the next start the draft is offered, with the text.
    window.confirm_close()
    window.close()
    window.deleteLater()  # with its forms and their draft timers
    context.operations.wait(5000)
    context.db.close()
    later = _context(workspace, "fr")
    reopened = PersonForm(later)
    qtbot.addWidget(reopened)
    assert not reopened.draft_banner.isHidden()
    reopened.restore_button.click()
    assert reopened.last_name.text() == "Diallo" and reopened.last_name_ar.text() == "ديالو"
    assert reopened.save()
    later.operations.wait(5000)
    later.db.close()


def test_closing_a_form_whose_save_fails_never_lets_the_error_escape(
    qtbot: QtBot,
    small_disk: SmallDisk,  # noqa: F811
    template_dir: Path,
    translations: Translations,
) -> None:
    workspace = Workspace(small_disk.data(template_dir), FAST_KDF_FOR_TESTS)
    context = _context(workspace, "fr")
    form = PersonForm(context)
    qtbot.addWidget(form)
    fill_valid(form, qtbot)
    small_disk.fill()
    assert not form.request_close(lambda: QMessageBox.StandardButton.Save)
    assert form.last_name.text() == "Diallo" and not form.unsaved_banner.isHidden()
    # Discarding is the counsellor's choice: allowed even though the disk is full.
    assert form.request_close(lambda: QMessageBox.StandardButton.Discard)
    small_disk.free()
    context.operations.wait(5000)
    context.db.close()


def test_the_window_s_close_never_lets_an_error_escape(
    make_window: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever fails while forms are closed, the window stays open with them (pytest-qt fails
    a test on an exception escaping a Qt virtual method such as closeEvent)."""
    window = make_window()  # type: ignore[operator]
    window.new_intake()
    form = window.forms()[0]
    form.last_name.setText("Sow")

    def fails(*_args: object) -> bool:
        raise RuntimeError("the disk vanished while closing")

    monkeypatch.setattr(form, "request_close", fails)
    window.close()
    assert window.isVisible() and form.last_name.text() == "Sow"
    monkeypatch.undo()
    form._dirty = False  # the fixture closes the window after the test


def test_a_disk_that_fails_to_write_is_named_an_input_output_error(
    qtbot: QtBot, context: UiContext, translations: Translations
) -> None:
    """A write hook makes SQLite's own "disk I/O error" (a USB key pulled, a failing disk) at
    the draft's write; the folder itself is fine, so it is not called full or read-only."""
    import sqlcipher3
    from sqlalchemy import event

    def failing_disk(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "draft" in statement.lower() and not statement.lstrip().upper().startswith("SELECT"):
            error = sqlcipher3.OperationalError("disk I/O error")
            error.sqlite_errorcode = 10  # type: ignore[attr-defined]  # SQLITE_IOERR
            raise error

    form = PersonForm(context)
    qtbot.addWidget(form)
    fill_valid(form, qtbot)
    event.listen(context.db.engine, "before_cursor_execute", failing_disk)
    try:
        form.save_draft()
        assert form.draft_problem is FaultKind.IO_ERROR
        assert "erreur d’entrée/sortie" in form.unsaved_label.text()
        translations.install("ar")
        form.save_draft()
        assert "خطأ في الإدخال/الإخراج" in form.unsaved_label.text()
    finally:
        event.remove(context.db.engine, "before_cursor_execute", failing_disk)
    form.save_draft()  # the disk is back
    assert form.draft_problem is None and context.drafts.load("person", None) is not None
    form._draft_timer.stop()
