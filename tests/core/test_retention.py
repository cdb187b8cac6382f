"""The retention rule (core.retention): when a file closes, and the day it falls due."""

from __future__ import annotations

from datetime import date

from counsellor_app.core.parameters import DatedValue, Parameters
from counsellor_app.core.retention import (
    FileFacts,
    StageDates,
    anniversary,
    closing_date,
    due_for_erasure,
)

CLOSED = date(2016, 3, 10)


def dropped(person_id: str = "p1", on: date = CLOSED, *stages: StageDates) -> FileFacts:
    return FileFacts(person_id, f"F-{person_id}", None, stages, (("dropped_out", on),))


def test_a_file_closes_on_its_last_closing_event_and_reopens_on_a_later_act() -> None:
    follow_up = StageDates("follow_up", "completed", None, date(2015, 1, 5), date(2016, 5, 2))
    assert closing_date(FileFacts("p", "F", None, (follow_up,))) == date(2016, 5, 2)
    assert closing_date(dropped("p", CLOSED, follow_up)) == date(2016, 5, 2)
    # A job found is no closure; the follow-up still in progress neither.
    running = StageDates("follow_up", "in_progress", None, date(2015, 1, 5))
    assert closing_date(FileFacts("p", "F", None, (running,), (("salaried_job", CLOSED),))) is None
    # The person came back after dropping out: the file is open again.
    back = StageDates("soft_skills", "in_progress", None, date(2017, 1, 9))
    assert closing_date(dropped("p", CLOSED, back)) is None
    # Archived: the archive's day, whatever the pathway says.
    assert closing_date(FileFacts("p", "F", date(2014, 2, 1), (back,))) == date(2014, 2, 1)


def test_a_closed_file_is_due_from_the_day_after_its_period_ends() -> None:
    shipped = Parameters.defaults()  # ten years
    files = [dropped("p1"), FileFacts("p2", "F-p2")]
    assert due_for_erasure(files, shipped, date(2026, 3, 10)) == []  # last day kept
    (due,) = due_for_erasure(files, shipped, date(2026, 3, 11))
    assert (due.person_id, due.closed_on, due.years, due.kept_until) == (
        "p1",
        CLOSED,
        10,
        date(2026, 3, 10),
    )
    assert anniversary(date(2016, 2, 29), 5) == date(2021, 2, 28)


def test_a_period_changed_centrally_applies_from_its_validity_date() -> None:
    changed_on = date(2024, 7, 1)
    parameters = Parameters.defaults().with_central(
        [DatedValue("document_retention_years", 5, changed_on)]
    )
    files = [dropped("p1", date(2018, 1, 15)), dropped("p2", date(2019, 8, 1))]
    # The day before: ten years, nothing due.
    assert due_for_erasure(files, parameters, date(2024, 6, 30)) == []
    # From its validity date: five years; p1 (kept until 2023-01-15) is due, p2 not yet.
    (first,) = due_for_erasure(files, parameters, changed_on)
    assert (first.person_id, first.years, first.kept_until) == ("p1", 5, date(2023, 1, 15))
    assert [d.person_id for d in due_for_erasure(files, parameters, date(2024, 8, 1))] == ["p1"]
    assert [d.person_id for d in due_for_erasure(files, parameters, date(2024, 8, 2))] == [
        "p1",
        "p2",
    ]
