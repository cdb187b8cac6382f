"""The register: search as you type, filters, sort, empty states, and the model's contract."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from counsellor_app.core.person import IdentityDocumentInput
from counsellor_app.services.people import FIRST_PAGE, PeopleQuery, PeopleService
from counsellor_app.ui.people_model import PERSON_ID_ROLE, PeopleTableModel
from counsellor_app.ui.widgets import set_combo_value
from tests.conftest import letters, person
from tests.ui.conftest import type_text


@pytest.fixture
def three(people: PeopleService) -> None:
    people.register(
        person(
            last_name="Alaoui",
            first_name="Mohammed",
            first_name_ar="محمد",
            last_name_ar="العلوي",
            nationality="MA",
            legal_status="moroccan",
            documents=(IdentityDocumentInput("cin", "BE778899"),),
            phone="0661223344",
        )
    )
    people.register(
        person(
            last_name="Benali",
            first_name="Fatima",
            sex="female",
            nationality="SY",
            legal_status="asylum_seeker",
            documents=(),
            phone="",
            date_of_birth=date(1988, 4, 4),
        )
    )
    people.register(
        person(
            last_name="Traoré",
            first_name="Aminata",
            sex="female",
            nationality="CI",
            documents=(),
            phone="",
            date_of_birth=date(2000, 2, 2),
        )
    )


def names(view: object) -> list[str]:
    model = view.model  # type: ignore[attr-defined]
    return [model.data(model.index(r, 1)) for r in range(model.rowCount())]


def test_empty_register_says_how_to_start(make_window: object) -> None:
    window = make_window()  # type: ignore[operator]
    view = window.register
    assert view.stack.currentWidget() is view.empty
    assert "Personne n’est encore enregistré" in view.empty.text()


@pytest.mark.usefixtures("three")
def test_search_as_you_type_and_open_with_enter(make_window: object, qtbot: QtBot) -> None:
    window = make_window()  # type: ignore[operator]
    view = window.register
    assert view.count_label.text() == "3 personnes"
    with qtbot.waitSignal(view.results_shown, timeout=3000):
        qtbot.keyClicks(view.search, "trao")
    assert names(view) == ["Traoré"]
    with qtbot.waitSignal(view.results_shown, timeout=3000):
        type_text(view.search, "العلوي")
    assert names(view) == ["Alaoui"]
    with qtbot.waitSignal(view.results_shown, timeout=3000):
        type_text(view.search, "zzzz")
    assert view.stack.currentWidget() is view.empty
    assert "Personne ne correspond" in view.empty.text()
    view.search.setText("0661")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert window.forms()[0].last_name.text() == "Alaoui"


@pytest.mark.usefixtures("three")
def test_filters_and_header_sort(make_window: object, qtbot: QtBot) -> None:
    window = make_window()  # type: ignore[operator]
    view = window.register
    with qtbot.waitSignal(view.results_shown, timeout=3000):
        set_combo_value(view.sex_filter, "female")
    assert sorted(names(view)) == ["Benali", "Traoré"]
    with qtbot.waitSignal(view.results_shown, timeout=3000):
        view.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    assert names(view) == ["Benali", "Traoré"]
    with qtbot.waitSignal(view.results_shown, timeout=3000):
        view.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    assert names(view) == ["Traoré", "Benali"]
    with qtbot.waitSignal(view.results_shown, timeout=3000):
        set_combo_value(view.status_filter, "asylum_seeker")
    assert names(view) == ["Benali"]
    model = view.model
    row = {
        model.headerData(c, Qt.Orientation.Horizontal): model.data(model.index(0, c))
        for c in range(model.columnCount())
    }
    assert row["Statut juridique"] == "Demandeur d’asile (attestation HCR)"
    assert row["Nationalité"] == "Syrie" and row["Sexe"] == "Femme"
    assert row["Né(e) le"] == "\u206604/04/1988\u2069"


@pytest.mark.usefixtures("three")
def test_double_click_opens_the_file_once(make_window: object, qtbot: QtBot) -> None:
    window = make_window()  # type: ignore[operator]
    view = window.register
    index = view.model.index(0, 1)
    view.table.doubleClicked.emit(index)
    view.table.doubleClicked.emit(index)
    assert len(window.forms()) == 1
    assert window.forms()[0].person_id == view.model.data(index, PERSON_ID_ROLE)


def test_model_passes_the_model_tester(qtmodeltester: ModelTester, people: PeopleService) -> None:
    for index in range(250):  # more than two blocks, so lazy fetching is exercised
        people.register(
            person(
                last_name=f"Nom {letters(index)}",
                phone="",
                documents=(),
                date_of_birth=date(1980, 1, 1 + index % 28),
            ),
            confirmed_new=True,
        )
    query = PeopleQuery()
    model = PeopleTableModel(people.rows, "fr", page_size=100)
    model.set_keys(
        people.search_page(query, 0, 100), lambda offset: people.search_page(query, offset, 100)
    )
    assert model.rowCount() == 100 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 250 and not model.canFetchMore()
    assert model.data(model.index(249, 1)).startswith("Nom")
    qtmodeltester.check(model)


def test_a_keystroke_reads_a_short_first_page_and_scrolling_reads_the_rest(
    make_window: object, people: PeopleService, qtbot: QtBot
) -> None:
    """Per keystroke only the first page's rows are looked up; the table fetches the rest as it
    scrolls, and the full count follows on a worker."""
    for index in range(FIRST_PAGE + 30):
        people.register(
            person(
                last_name=f"Sow {letters(index)}",
                phone="",
                documents=(),
                date_of_birth=date(1980, 1, 1 + index % 28),
            ),
            confirmed_new=True,
        )
    window = make_window()  # type: ignore[operator]
    view = window.register
    with qtbot.waitSignal(view.count_shown, timeout=5000) as counted:
        view.search.setText("sow")
        view.run_search_now()
        assert view.model.rowCount() == FIRST_PAGE and view.model.canFetchMore()
        assert "ou plus" in view.count_label.text()
    assert counted.args == [FIRST_PAGE + 30]
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: not view.model.canFetchMore(), timeout=3000)
    assert view.model.rowCount() == FIRST_PAGE + 30
    keys = people.search_keys(PeopleQuery(text="sow"))
    rows = people.rows(keys)
    assert names(view) == [rows[key].last_name for key in keys]
