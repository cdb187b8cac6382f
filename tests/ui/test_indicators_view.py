"""The dashboard: indicators over a period, a disaggregation with its chart, the people behind a
number, exports; only for those who may see reports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from counsellor_app.core.indicators import Milestone, Period, Population
from counsellor_app.core.languages import isolate
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.indicator_targets import Programme, TargetService
from counsellor_app.services.indicators import IndicatorService
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.indicators_view import IndicatorsView
from tests.conftest import ADMIN, PASSWORD
from tests.services.test_indicators import _register


def test_a_supervisor_counts_breaks_down_and_exports(
    qtbot: QtBot, context: UiContext, workspace: Workspace, tmp_path: Path
) -> None:
    from counsellor_app.services.programmes import ProgrammeEnrolmentService

    ids = _register(context.db, context.user)
    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    targets = TargetService(context.db, admin)
    year = Period(date(2026, 1, 1), date(2026, 12, 31))
    programme = targets.save(
        Programme("UE — Work4Life 2026", year, {Milestone.REGISTERED: 8, Milestone.ORIENTED: 12})
    )
    for_women = targets.save(
        Programme("Femmes 2026", year, {Milestone.REGISTERED: 14},
                  Population(sexes=frozenset({"female"})))
    )  # fmt: skip
    enrolments = ProgrammeEnrolmentService(context.db, context.user)
    for n, person_id in enumerate(ids):  # a programme counts its enrolled people
        enrolments.enrol(person_id, programme.id, date(2026, 3, 1))
        if n < 7:
            enrolments.enrol(person_id, for_women.id, date(2026, 3, 1))
    view = IndicatorsView(
        IndicatorService(context.db, admin), targets, context.operations, "fr", {},
        today=lambda: date(2026, 11, 22),
    )  # fmt: skip
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.reload()
    qtbot.waitUntil(lambda: not view.loading and view.report is not None, timeout=10_000)
    assert view.table.rowCount() == 15
    assert view.table.item(0, 2).text() == "" and view.table.cellWidget(0, 3) is None
    view.programme_box.setCurrentIndex(view.programme_box.findData(programme.id))
    qtbot.waitUntil(
        lambda: not view.loading and view.table.cellWidget(0, 3) is not None, timeout=10_000
    )
    accompanied, oriented = view.table.cellWidget(0, 3), view.table.cellWidget(1, 3)
    assert (view.table.item(0, 2).text(), accompanied.text()) == ("8", "150 %")  # 12 of 8
    assert (accompanied.value(), oriented.text()) == (100, "50 %")  # 6 of 12
    assert view.table.item(0, 0).text() == "Personnes accompagnées (accueil)"
    assert view.table.item(0, 1).text() == "12"
    status = view.status.text().replace("\u2066", "").replace("\u2069", "")  # dates isolated
    assert status.startswith("Du 01/01/2026 au 31/12/2026 · microsubventions accordées")
    assert "Personnes comptées" not in status  # everyone

    view.programme_box.setCurrentIndex(view.programme_box.findData(for_women.id))
    qtbot.waitUntil(
        lambda: not view.loading and view.table.cellWidget(0, 3).text() == "50 %", timeout=10_000
    )  # 7 women of 14
    assert view.table.item(0, 1).text() == "7"
    assert view.status.text().endswith("Personnes comptées : Sexe : Femme")
    view.programme_box.setCurrentIndex(view.programme_box.findData(programme.id))
    qtbot.waitUntil(lambda: not view.loading and view.table.item(0, 1).text() == "12")

    view.dimension.setCurrentIndex(view.dimension.findData("nationality"))
    groups = {view.breakdown.item(r, 0).text(): view.breakdown.item(r, 1).text()
              for r in range(view.breakdown.rowCount())}  # fmt: skip
    assert groups == {"Guinée": "7", "Côte d’Ivoire": "5"}
    assert len(view.chart.series()) == 1 and view.chart.series()[0].barSets()[0].count() == 2

    view.table.setCurrentCell(1, 0)  # oriented
    with qtbot.waitSignal(view.people_list.model().rowsInserted, timeout=10_000):
        view.show_people()
    assert view.people_list.rowCount() == 6
    assert view.people_list.item(0, 0).text().startswith("PERSONNE AAA ")
    anonymous = tmp_path / "orientees.csv"
    view.save_people(deidentified=True, target=anonymous)
    saved = anonymous.read_text(encoding="utf-8-sig")
    assert saved.startswith("code,sex,age_band") and "PERSONNE" not in saved.upper()
    assert len(saved.splitlines()) == 7
    with qtbot.waitSignal(view.open_person) as opened:
        view.people_list.itemDoubleClicked.emit(view.people_list.item(0, 0))
    assert opened.args[0]

    view.period_kind.setCurrentIndex(view.period_kind.findData("last_year"))
    view.reload()
    qtbot.waitUntil(
        lambda: not view.loading and view.report.period.start.year == 2025, timeout=10_000
    )  # type: ignore[union-attr]
    assert view.table.item(0, 1).text() == "0"

    workbook = tmp_path / "indicateurs.xlsx"
    view.period_kind.setCurrentIndex(view.period_kind.findData("this_year"))
    view.reload()
    qtbot.waitUntil(
        lambda: not view.loading and view.report.period.start.year == 2026, timeout=10_000
    )  # type: ignore[union-attr]
    with qtbot.waitSignal(view.exported, timeout=30_000):
        view.export("xlsx", workbook)  # made on a worker
    from openpyxl import load_workbook

    book = load_workbook(workbook)
    assert book.sheetnames[0] == "Indicateurs" and "Nationalité" in book.sheetnames
    totals = {r[0]: r[1] for r in book["Indicateurs"].iter_rows(min_row=2, values_only=True)}
    assert totals["Personnes accompagnées (accueil)"] == 12 and totals["Embauchées"] == "x"
    rows = list(book["Indicateurs"].iter_rows(values_only=True))  # the programme's targets
    assert rows[0][:4] == ("Indicateur", "Personnes", "Objectif", "Avancement (%)")
    assert rows[1][:4] == ("Personnes accompagnées (accueil)", 12, 8, 150)
    method = {r[0]: r[1] for r in book["Méthode"].iter_rows(values_only=True)}
    assert method["Programme"] == "UE — Work4Life 2026"
    header = next(book["Nationalité"].iter_rows(values_only=True))
    assert set(header[1:]) == {"Guinée", "Côte d’Ivoire"}

    target = tmp_path / "indicateurs.csv"
    view.threshold.setValue(2)  # only ones hidden: 2 dropped out, 3 hired are shown
    with qtbot.waitSignal(view.exported, timeout=30_000):
        view.export("csv", target)
    assert ",total,,3\n" in target.read_text(encoding="utf-8")
    assert target.read_text(encoding="utf-8").startswith("indicator,dimension,value,people")
    assert view.status.text().startswith(
        f"Écrit dans {isolate(str(target))} (effectifs inférieurs à 2 masqués"
    )


def test_the_tab_is_there_for_supervisors_only(
    qtbot: QtBot, context: UiContext, workspace: Workspace, make_window: object
) -> None:
    counsellor_window = make_window()  # type: ignore[operator]
    assert "indicators" not in counsellor_window._permanent
    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    admin_window = make_window(
        UiContext.create(workspace, context.db, admin, context.operations, "fr")
    )  # type: ignore[operator]
    assert "indicators" in admin_window._permanent
    admin_window.show_tab("indicators")
    qtbot.waitUntil(lambda: admin_window.indicators.report is not None, timeout=10_000)


def test_the_translated_definitions_are_the_counted_ones() -> None:
    from counsellor_app.core.indicators import DEFINITIONS
    from counsellor_app.ui.indicators_view import DEFINITION_TEXTS

    assert {str(k): v for k, v in DEFINITION_TEXTS.items()} == {
        m.value: text for m, text in DEFINITIONS.items()
    }


def test_targets_are_set_in_their_dialog(
    qtbot: QtBot, context: UiContext, workspace: Workspace
) -> None:
    from counsellor_app.ui.targets_dialog import TargetsDialog

    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    targets = TargetService(context.db, admin)
    dialog = TargetsDialog(targets, None, Period(date(2026, 1, 1), date(2026, 12, 31)))
    qtbot.addWidget(dialog)
    dialog.save()  # no name yet
    assert dialog.message.text() == "Ce champ est obligatoire." and dialog.saved is None
    dialog.name.setText("INDH — Insertion 2026")
    dialog.donor.setText("INDH")
    dialog.spins[Milestone.REGISTERED].setValue(200)
    dialog.spins[Milestone.AE_REGISTERED].setValue(40)
    dialog.tabs.setCurrentIndex(1)  # the people it counts
    dialog.groups["legal_statuses"].box("refugee_bra").setChecked(True)
    dialog.groups["legal_statuses"].box("asylum_seeker").setChecked(True)
    dialog.groups["agencies"].box("RABAG").setChecked(True)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    (saved,) = targets.programmes()
    assert saved.targets == {Milestone.REGISTERED: 200, Milestone.AE_REGISTERED: 40}
    assert saved.donor == "INDH"
    assert saved.period == Period(date(2026, 1, 1), date(2026, 12, 31))
    assert saved.population == Population(
        legal_statuses=frozenset({"refugee_bra", "asylum_seeker"}), agencies=frozenset({"RABAG"})
    )
    again = TargetsDialog(targets, saved, saved.period)  # opened again: ticked as saved
    qtbot.addWidget(again)
    assert again.population() == saved.population


def test_the_dashboard_shows_the_known_register(
    qtbot: QtBot, context: UiContext, workspace: Workspace
) -> None:
    from tests.core.test_indicators import register
    from tests.services.test_indicators_known import write_register

    write_register(context.db, context.user, register())
    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    view = IndicatorsView(
        IndicatorService(context.db, admin), TargetService(context.db, admin), context.operations,
        "fr", {}, today=lambda: date(2026, 11, 22),
    )  # fmt: skip
    qtbot.addWidget(view)
    view.reload()
    qtbot.waitUntil(lambda: not view.loading and view.report is not None, timeout=20_000)
    shown = {view.table.item(r, 0).text(): view.table.item(r, 1).text().replace("\u202f", " ")
             for r in range(view.table.rowCount())}  # fmt: skip
    assert shown["Personnes accompagnées (accueil)"] == "2 200"
    assert shown["Formées aux compétences de vie"] == "800"
    assert shown["Auto-entrepreneurs immatriculés"] == "400"
    assert shown["Entreprises créées"] == "50" and shown["Microsubventions versées"] == "40"
    view.dimension.setCurrentIndex(view.dimension.findData("nationality"))
    groups = {view.breakdown.item(r, 0).text(): view.breakdown.item(r, 1).text().replace("\u202f", " ")
              for r in range(view.breakdown.rowCount())}  # fmt: skip
    assert groups == {"Guinée": "1 100", "Côte d’Ivoire": "700", "Maroc": "400"}
