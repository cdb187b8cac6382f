"""Deliverable 10's round trip: the demo agency exported to the workbook by its supervisor,
imported into an empty data folder, gives the same indicators (services.indicators)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from counsellor_app.core.clock import local_today
from counsellor_app.core.indicators import Dimension, Period
from counsellor_app.services.accounts import SetupRequest, Workspace
from counsellor_app.services.demo import DEMO_PASSWORD, create_demo
from counsellor_app.services.importer import country_codes
from counsellor_app.services.indicators import IndicatorService
from counsellor_app.services.workbook import WorkbookImportService
from counsellor_app.services.workbook_export import RegisterExportService
from counsellor_app.storage.paths import DataPaths
from tests.conftest import FAST_KDF_FOR_TESTS


def test_the_demo_agency_exported_and_imported_into_an_empty_one_counts_the_same(
    tmp_path: Path,
) -> None:
    create_demo(tmp_path / "demo", 150, kdf=FAST_KDF_FOR_TESTS)
    demo = Workspace(DataPaths(tmp_path / "demo"), FAST_KDF_FOR_TESTS)
    db, supervisor = demo.log_in("superviseur", DEMO_PASSWORD)
    # Until today: the demo plans a few stages ahead, and a completion in the future is
    # refused by the import (as by the pathway screen).
    period = Period(date(2020, 1, 1), local_today())
    try:
        data = RegisterExportService(db, supervisor).export(sensitive=True)
        before = IndicatorService(db, supervisor).report(period)
    finally:
        db.close()

    empty = Workspace(DataPaths(tmp_path / "empty"), FAST_KDF_FOR_TESTS)
    db2, admin, _ = empty.set_up(
        SetupRequest("anapec", "Agence vide", "RABAG", "rabat", "admin", "Amina Benkirane",
                     DEMO_PASSWORD, DEMO_PASSWORD)
    )  # fmt: skip
    try:
        importer = WorkbookImportService(db2, admin, country_codes())
        check = importer.check(importer.read(data))
        # The only refusals: stages the demo completed on days still to come.
        assert {e.code for e in check.errors} <= {"date_in_future"}
        done = importer.commit(importer.read(data))
        assert done.created["Personnes"] == 150
        after = IndicatorService(db2, admin).report(period)
        assert before.total  # the demo reaches most milestones: the comparison means something
        reached = [m for m in before.results if before.total(m) > 0]
        assert len(reached) >= 10
        for milestone in before.results:
            assert after.total(milestone) == before.total(milestone), milestone
            for dimension in Dimension:
                if dimension == Dimension.AGENCY:
                    continue  # same code, but another agency's id
                assert (
                    after.results[milestone].by[dimension]
                    == before.results[milestone].by[dimension]
                ), (milestone, dimension)
        # The money committed and paid; an envelope no application uses is not in the
        # workbook (its sheets are the people's records), so the budgets may differ.
        assert (after.money.committed, after.money.disbursed) == (
            before.money.committed,
            before.money.disbursed,
        )
        assert before.money.committed > 0
        again = importer.commit(importer.read(data))
        assert again.to_create == 0
    finally:
        db2.close()
