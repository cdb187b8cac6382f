"""A notice of the central office (a confirmed duplicate across agencies, issue 22, 6), stored
as the sync stores a pulled record, shows in the to-do list in French and in Arabic: the other
agency and its file number, never more."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from counsellor_app.services.people import PeopleService
from counsellor_app.services.todo import TodoKind, TodoService
from counsellor_app.storage.database import Database
from counsellor_app.sync import apply
from counsellor_app.ui.i18n import Translations
from counsellor_app.ui.todo_view import TodoView
from tests.conftest import person

SHOTS = Path("/tmp/counsellor-shots")


def _pulled_notice(db: Database, person_id: str, file_number: str) -> None:
    stamp = datetime(2026, 12, 3, 9, 0, tzinfo=UTC).isoformat()
    change = {
        "server_seq": 41, "entity": "duplicate_notice",
        "entity_id": "0192f0a0-0000-7000-8000-0000000d0b01", "person_id": None, "version": 2,
        "origin_device": "server",
        "fields": {
            "person_id": person_id, "file_number": file_number, "other_agency_code": "CASAA",
            "other_agency_name": "Agence Casablanca-Anfa", "other_file_number": "CASAA-L5S-26-00001",
            "reasons": ["same_document"], "status": "confirmed", "created_at": stamp,
            "updated_at": stamp, "deleted_at": None,
        },
    }  # fmt: skip
    with db.unit_of_work(None) as session:
        applied = apply.apply_page(session, [change], 41)
    assert (applied.written, applied.set_aside) == (1, 0)


def test_a_confirmed_duplicate_shows_in_the_todo_list_in_french_and_arabic(
    qtbot: QtBot, db: Database, user: object, people: PeopleService, translations: Translations
) -> None:
    person_id = people.register(person(), confirmed_new=True)
    file_number = people.get(person_id).file_number
    _pulled_notice(db, person_id, file_number)
    service = TodoService(db, user)  # type: ignore[arg-type]
    counsellor = user.id  # type: ignore[attr-defined]
    sections = {s.kind: s for s in service.sections(counsellor)}
    (item,) = sections[TodoKind.DUPLICATE_ELSEWHERE].items
    assert (item.person_id, item.detail["other_file"]) == (person_id, "CASAA-L5S-26-00001")
    SHOTS.mkdir(parents=True, exist_ok=True)
    for language, title, detail in (
        ("fr", "Aussi inscrits par une autre agence (1)", "Même personne que le dossier"),
        ("ar", "مسجلون أيضا لدى وكالة أخرى (1)", "نفس الشخص صاحب الملف"),
    ):
        translations.install(language)
        view = TodoView(service, [(counsellor, "Admin")], counsellor, False, language)
        qtbot.addWidget(view)
        view.resize(1000, 600)
        view.show()
        view.reload()
        heads = [view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())]
        (head,) = [h for h in heads if h.text(0) == title]
        line = head.child(0)
        assert line.text(1).strip("\u2066\u2069") == file_number
        assert detail in line.text(2) and "CASAA-L5S-26-00001" in line.text(2)
        assert "Agence Casablanca-Anfa" in line.text(2)
        view.grab().save(str(SHOTS / f"todo-duplicate-{language}.png"))
