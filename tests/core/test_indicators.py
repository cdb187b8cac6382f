"""Indicators counted from a generated register whose answers are known."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counsellor_app.core.indicators import (
    Dimension,
    Milestone,
    Period,
    PersonFacts,
    age_band,
    compute,
    suppressed,
)

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


def _stage(stage: str, ended: date | None, status: str = "completed") -> dict[str, object]:
    return {"id": f"s-{stage}", "stage": stage, "status": status, "started_on": ended,
            "ended_on": ended, "deleted_at": None}  # fmt: skip


def register() -> list[PersonFacts]:
    """2,200 people accompanied in 2026 (1,300 women; 1,100 from Guinea, 700 from Côte
    d'Ivoire, 400 Moroccans), of whom 800 trained (500 women), 400 registered as
    auto-entrepreneurs, 50 created a business (30 still active at 12 months), 60 were awarded
    a grant of 20,000 MAD and 40 received 15,000 MAD of it; plus 300 accompanied in 2025
    whose later milestones must not count, and noise that must not count either."""
    people = []
    for n in range(2_200):
        nationality = "GN" if n < 1_100 else ("CI" if n < 1_800 else "MA")
        woman = n % 11 < 6 if n < 2_200 else False
        facts = PersonFacts(
            f"p{n:05d}",
            sex="female" if woman else "male",
            date_of_birth=date(1990 + n % 20, 5, 1),
            nationality=nationality,
            legal_status="refugee_bra" if nationality != "MA" else "moroccan",
            agency="RABAG" if n % 2 else "CASAM",
            city="Rabat",
            track="self_employment" if n < 400 else "wage",
            created_on=date(2026, 1 + n % 12, 1 + n % 28),
        )
        stages = [_stage("intake", facts.created_on)]
        if n < 800:
            stages.append(_stage("soft_skills", date(2026, 6, 15)))
        if n == 801:  # abandoned: not trained
            stages.append(_stage("soft_skills", date(2026, 6, 15), status="abandoned"))
        facts.records["pathway_stage"] = stages
        if n < 400:
            facts.records["ae_registration"] = [{"id": f"ae{n}", "registered_on": date(2026, 7, 1)}]
        if n < 50:
            facts.records["outcome"] = [
                {"id": f"o{n}", "kind": "business_created", "on": date(2026, 1, 10)},
                {"id": f"o{n}b", "kind": "business_created", "on": date(2026, 2, 10)},  # once
            ]
            facts.records["follow_up_visit"] = [
                {"id": f"v{n}", "done_on": date(2026, 12, 20),
                 "business_status": "active" if n < 30 else "closed"},
            ]  # fmt: skip
        if n < 60:
            facts.records["grant_application"] = [
                {"id": f"g{n}", "decision": "approved", "decided_on": date(2026, 9, 1),
                 "approved_centimes": 2_000_000},
            ]  # fmt: skip
            if n < 40:
                facts.records["disbursement"] = [
                    {"id": f"d{n}", "application_id": f"g{n}", "amount_centimes": 1_500_000,
                     "confirmed_on": date(2026, 10, 1)},
                    {"id": f"d{n}x", "application_id": f"g{n}", "amount_centimes": 500_000,
                     "confirmed_on": None},  # recorded, not confirmed: not paid
                ]  # fmt: skip
        people.append(facts)
    for n in range(300):  # last year's people: their 2026 registration does not count
        people.append(
            PersonFacts(
                f"old{n}", sex="male", nationality="SN", created_on=date(2025, 3, 1),
                records={"pathway_stage": [_stage("intake", date(2025, 3, 1))],
                         "ae_registration": [{"id": "x", "registered_on": date(2025, 12, 31),
                                              "deleted_at": None}],
                         "referral": [{"id": "r", "sent_on": date(2026, 2, 2), "deleted_at": None},
                                      {"id": "r2", "sent_on": date(2026, 3, 2),
                                       "deleted_at": "2026-03-03"}]},
            )
        )  # fmt: skip
    return people


def test_the_counts_are_the_known_answers() -> None:
    report = compute(
        register(),
        YEAR,
        envelopes=[
            {"id": "e", "budget_centimes": 200_000_000, "valid_from": date(2026, 1, 1),
             "valid_to": date(2026, 12, 31)},
            {"id": "old", "budget_centimes": 99, "valid_from": date(2024, 1, 1),
             "valid_to": date(2025, 6, 30)},
        ],
    )  # fmt: skip
    assert report.total(Milestone.REGISTERED) == 2_200
    assert report.total(Milestone.TRAINED) == 800
    assert report.total(Milestone.AE_REGISTERED) == 400
    assert report.total(Milestone.BUSINESS_CREATED) == 50
    assert report.total(Milestone.ACTIVE_6_MONTHS) == 30
    assert report.total(Milestone.ACTIVE_12_MONTHS) == 0  # created 2026-01-10: < 12 months
    assert report.total(Milestone.GRANT_AWARDED) == 60
    assert report.total(Milestone.GRANT_DISBURSED) == 40
    assert report.total(Milestone.REFERRED) == 300  # the archived referral does not count
    assert report.total(Milestone.HIRED) == 0
    registered = report.results[Milestone.REGISTERED].by
    assert registered[Dimension.NATIONALITY] == {"GN": 1_100, "CI": 700, "MA": 400}
    assert sum(registered[Dimension.SEX].values()) == 2_200
    assert registered[Dimension.SEX]["female"] == sum(1 for n in range(2_200) if n % 11 < 6)
    assert registered[Dimension.AGENCY] == {"RABAG": 1_100, "CASAM": 1_100}
    trained = report.results[Milestone.TRAINED].by
    assert trained[Dimension.NATIONALITY] == {"GN": 800}
    assert trained[Dimension.TRACK] == {"self_employment": 400, "wage": 400}
    assert report.money.committed == 60 * 2_000_000
    assert report.money.disbursed == 40 * 1_500_000
    assert report.money.budget == 200_000_000


def test_last_year_is_counted_in_last_years_period() -> None:
    report = compute(register(), Period(date(2025, 1, 1), date(2025, 12, 31)))
    assert report.total(Milestone.REGISTERED) == 300
    assert report.total(Milestone.AE_REGISTERED) == 300
    assert report.results[Milestone.REGISTERED].by[Dimension.NATIONALITY] == {"SN": 300}


def test_active_after_a_year_counts_at_twelve_months() -> None:
    facts = PersonFacts(
        "p", records={
            "outcome": [{"id": "o", "kind": "business_created", "on": "2025-01-15"}],
            "follow_up_visit": [{"id": "v", "done_on": "2026-02-01", "business_status": "active"}],
        },
    )  # fmt: skip
    report = compute([facts], YEAR)
    assert (
        report.total(Milestone.ACTIVE_12_MONTHS) == 1
        and report.total(Milestone.ACTIVE_6_MONTHS) == 1
    )
    assert report.total(Milestone.BUSINESS_CREATED) == 0  # created the year before


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2026", date(2026, 1, 1), date(2026, 12, 31)),
        ("2026-02", date(2026, 2, 1), date(2026, 2, 28)),
        ("2026-12", date(2026, 12, 1), date(2026, 12, 31)),
        ("2026-03-01..2026-06-30", date(2026, 3, 1), date(2026, 6, 30)),
    ],
)
def test_periods_are_read_as_written(text: str, start: date, end: date) -> None:
    assert Period.parse(text) == Period(start, end)


@pytest.mark.parametrize("text", ["", "26", "2026-13", "2026-06-30..2026-01-01", "hier"])
def test_a_period_that_is_not_one_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        Period.parse(text)


@given(st.integers(0, 10_000), st.integers(1, 20))
def test_suppression_hides_small_counts_only(count: int, threshold: int) -> None:
    shown = suppressed(count, threshold)
    assert shown == (None if 0 < count < threshold else count)


def test_age_bands_at_the_end_of_the_period() -> None:
    assert age_band(date(2008, 12, 31), date(2026, 12, 31)) == "18-24"
    assert age_band(date(2009, 1, 1), date(2026, 12, 31)) == "0-17"
    assert age_band(None, date(2026, 12, 31)) == ""


def test_the_workbook_holds_the_same_counts_with_small_ones_hidden() -> None:
    import io

    from openpyxl import load_workbook

    from counsellor_app.core.indicator_export import to_xlsx

    people = register()
    people[0].city = '=HYPERLINK("http://x")'  # a hostile value from a partner's list
    report = compute(people, YEAR)
    book = load_workbook(io.BytesIO(to_xlsx(report)))
    assert book.sheetnames == ["Indicators", "sex", "age_band", "nationality", "legal_status",
                               "agency", "city", "track", "Definitions", "Method"]  # fmt: skip
    totals = {row[0]: row[1] for row in book["Indicators"].iter_rows(min_row=2, values_only=True)}
    assert totals["registered"] == 2_200 and totals["trained"] == 800
    assert totals["ae_registered"] == 400 and totals["business_created"] == 50
    nationality = list(book["nationality"].iter_rows(values_only=True))
    header, rows = nationality[0], {r[0]: r[1:] for r in nationality[1:]}
    assert dict(zip(header[1:], rows["registered"], strict=True)) == {
        "CI": 700,
        "GN": 1_100,
        "MA": 400,
        "SN": 0,  # last year's people, only referred this year
    }
    cities = list(book["city"].iter_rows(values_only=True))
    assert '\'=HYPERLINK("http://x")' in cities[0]  # quoted: never run as a formula
    assert (
        dict(zip(cities[0][1:], {r[0]: r[1:] for r in cities[1:]}["registered"], strict=True))[
            '\'=HYPERLINK("http://x")'
        ]
        == "x"
    )  # one person: hidden
    definitions = {r[0]: r[1] for r in book["Definitions"].iter_rows(min_row=2, values_only=True)}
    assert definitions["trained"].startswith("People who completed")
