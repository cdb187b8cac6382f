"""The server's national report counts what the PCs count, by the same definitions."""

from __future__ import annotations

import json

from counsellor_app.core.indicator_export import as_data
from counsellor_app.core.indicators import Period
from counsellor_app.services.indicators import IndicatorService
from tests.conftest import person
from tests.server_fixtures import Server
from tests.services.test_indicators import YEAR, _register


def test_the_national_report_agrees_with_the_agencies(server: Server, make_pc: object) -> None:
    rabat, casa = make_pc("rabat"), make_pc("casa", agency="CASAM")  # type: ignore[operator]
    _register(rabat.db, rabat.user)
    casa.people().register(person(last_name="Sow"), confirmed_new=True)
    rabat.enrol(server)
    casa.enrol(server, server.enrolment_code("CASAM"))

    here = as_data(IndicatorService(rabat.db, rabat.user).report(YEAR), threshold=0)
    there = json.loads(
        server.admin("report", "--period", "2026", "--agency", "RABAG", "--suppress", "0")
    )
    assert there["indicators"] == here["indicators"]
    assert there["money_centimes"] == here["money_centimes"]

    national = json.loads(server.admin("report", "--period", "2026", "--suppress", "0"))
    registered = next(i for i in national["indicators"] if i["key"] == "registered")
    assert registered["total"] == 13
    assert registered["by"]["agency"] == {"CASAM": 1, "RABAG": 12}
    suppressed = json.loads(server.admin("report", "--period", "2026"))  # donors' default: 5
    by_agency = next(i for i in suppressed["indicators"] if i["key"] == "registered")["by"][
        "agency"
    ]
    # Casablanca's one person is hidden, and so is Rabat's 12: 13 - 12 would give it back.
    assert by_agency == {"CASAM": None, "RABAG": None}
    assert Period.parse(national["period"]["start"][:4]) == YEAR
