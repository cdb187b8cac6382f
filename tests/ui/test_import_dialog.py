"""Importing a partner's list through the window: columns guessed and corrected, refused rows
shown with their line and reason, the good rows imported at once."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from counsellor_app.services.importer import ImportService, country_codes
from counsellor_app.services.people import PeopleQuery
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.import_dialog import ImportDialog


def test_a_counsellor_imports_a_list_and_sees_what_was_refused(
    qtbot: QtBot, context: UiContext, tmp_path: Path
) -> None:
    source = tmp_path / "amane.csv"
    with source.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(
            ["Nom", "Prénom", "Genre", "Né(e) le", "Pays d'origine", "Statut", "Quartier"]
        )
        writer.writerow(
            ["Diallo", "Aissatou", "F", "12/03/1994", "Guinée", "Réfugiée", "Takaddoum"]
        )
        writer.writerow(
            [
                "Koné",
                "Moussa",
                "H",
                "31/02/1990",
                "Côte d'Ivoire",
                "Régularisé 2014",
                "Yacoub El Mansour",
            ]
        )
        writer.writerow(
            ["Ndiaye", "Fatou", "F", "01/01/1988", "Sénégal", "Demandeur d'asile", "Hay Nahda"]
        )
    service = ImportService(
        context.db, context.user, country_codes(), today=lambda: date(2026, 11, 22)
    )
    dialog = ImportDialog(service, context.operations)
    qtbot.addWidget(dialog)
    dialog.load(source)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    assert dialog.mapping_table.rowCount() == 7
    guessed = {dialog.mapping_table.item(i, 0).text(): dialog.mapping_table.cellWidget(i, 2).currentData()
               for i in range(7)}  # fmt: skip
    assert (
        guessed["Nom"] == "last_name"
        and guessed["Genre"] == "sex"
        and guessed["Statut"] == "legal_status"
    )
    assert guessed["Né(e) le"] is None  # not recognised: the counsellor says what it is
    dialog.run_check()
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=10_000)
    assert "Date de naissance" in dialog.message.text()  # the columns still to choose are named

    def choose(header: str, field: str) -> None:
        row = next(i for i in range(7) if dialog.mapping_table.item(i, 0).text() == header)
        combo = dialog.mapping_table.cellWidget(row, 2)
        combo.setCurrentIndex(combo.findData(field))

    choose("Né(e) le", "date_of_birth")
    choose("Pays d'origine", "nationality")
    choose("Quartier", "address")
    dialog.run_check()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10_000)
    assert "2 personnes prêtes" in dialog.summary.text()
    assert dialog.refused_table.rowCount() == 1
    assert dialog.refused_table.item(0, 0).text() == "3"
    reason = dialog.refused_table.item(0, 2).text().replace("\u2068", "").replace("\u2069", "")
    assert (
        reason
        == "Date de naissance : « 31/02/1990 » n'est pas une date (écrivez-la comme 31/12/1990)."
    )
    refused = tmp_path / "refus.csv"
    dialog.save_refused(refused)
    assert "31/02/1990" in refused.read_text(encoding="utf-8-sig")

    before = context.people.count(PeopleQuery())
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        dialog.run_import()
    assert done.args[0] == 2
    assert context.people.count(PeopleQuery()) == before + 2
    assert "2 personnes importées" in dialog.done_text.text()

    again = ImportDialog(service, context.operations)  # the same layout: the choices are kept
    qtbot.addWidget(again)
    again.load(source)
    qtbot.waitUntil(lambda: again.pages.currentIndex() == 1, timeout=10_000)
    assert "dernière fois" in again.columns_hint.text()
