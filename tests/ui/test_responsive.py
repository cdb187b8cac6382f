"""The window keeps processing events while documents and workbooks are made: a timer on the
GUI thread ticks during a batch of certificates for the largest cohort allowed (200 pages; a
cohort holds no more) and during a workbook export. Ticks are counted
(a render on the GUI thread would let none through); nothing is timed."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from counsellor_app.core.attendance import Mark
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.cohorts import MAX_CAPACITY, CohortInput, CohortService
from counsellor_app.services.indicator_targets import TargetService
from counsellor_app.services.indicators import IndicatorService
from counsellor_app.services.people import PeopleService
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.indicators_view import IndicatorsView
from tests.conftest import ADMIN, PASSWORD, letters, person
from tests.services.test_indicators import _register

BATCH = MAX_CAPACITY  # the largest batch a cohort gives


class Ticks:
    """A timer on the GUI thread that counts how often the event loop got to it."""

    def __init__(self, interval_ms: int = 0) -> None:
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.count += 1

    def stop(self) -> None:
        self.timer.stop()


def test_the_window_keeps_processing_events_during_a_whole_cohort_batch(
    qtbot: QtBot, context: UiContext, people: PeopleService
) -> None:
    from counsellor_app.ui.cohort_printing import CohortCertificates

    cohorts = CohortService(context.db, context.user)
    today = date.today()
    cohort_id = cohorts.create(
        CohortInput("Savoir-être", today - timedelta(days=20), today + timedelta(days=5), BATCH)
    )
    ids = people.register_many(
        [person(last_name=letters(n), phone="", documents=()) for n in range(BATCH)]
    )
    cohorts.enrol(cohort_id, ids)
    session_id = cohorts.add_session(cohort_id, today - timedelta(days=3))
    cohorts.save_sheet(session_id, dict.fromkeys(ids, Mark.PRESENT))
    batch = CohortCertificates(
        context.documents(), context.operations, cohort_id, None, confirm=lambda _t: True
    )
    ticks = Ticks(5)  # not a busy loop: the worker shares two cores
    at_progress: list[int] = []
    shown = batch._advanced  # the progress dialog's update, on the GUI thread

    def advanced(done: int) -> None:
        at_progress.append(ticks.count)
        shown(done)

    batch._advanced = advanced  # type: ignore[method-assign]
    with qtbot.waitSignal(batch.finished, timeout=600_000) as finished:
        assert batch.start()
        assert at_progress == []  # start() returned at once: the rendering is on a worker
    ticks.stop()
    dialog = finished.args[0]
    assert dialog is not None and len(dialog.serials) == BATCH
    # Progress came in as the certificates were made, and the timer ticked in between.
    assert len(at_progress) >= 2 and at_progress[-1] > at_progress[0]
    dialog.close()


def test_the_window_keeps_processing_events_while_a_workbook_is_exported(
    qtbot: QtBot, context: UiContext, workspace: Workspace, tmp_path: Path
) -> None:
    _register(context.db, context.user)
    _db, admin = workspace.log_in(ADMIN, PASSWORD, context.db)
    view = IndicatorsView(
        IndicatorService(context.db, admin),
        TargetService(context.db, admin),
        context.operations,
        "fr",
        {},
        today=lambda: date(2026, 11, 22),
    )
    qtbot.addWidget(view)
    view.reload()
    qtbot.waitUntil(lambda: not view.loading and view.report is not None, timeout=10_000)
    ticks = Ticks()
    at_export: list[int] = []
    view.exported.connect(lambda _path: at_export.append(ticks.count))
    workbook = tmp_path / "indicateurs.xlsx"
    with qtbot.waitSignal(view.exported, timeout=60_000):
        view.export("xlsx", workbook)
        called = ticks.count  # export() returned at once: nothing ticked during the call
    ticks.stop()
    assert called == 0 and at_export[0] > 0
    assert workbook.read_bytes()[:2] == b"PK"  # a zip: a workbook, written after rendering
