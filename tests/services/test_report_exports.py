"""Every export of the command line, read back as a donor receives it: the demo agency's
hidden counts cannot be recomputed from any of them; a programme's targets and progress
travel with the counts; the PDF, the workbook and the messages speak ``--lang``."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from counsellor_app.core.indicator_export import HIDDEN, WITHHELD
from counsellor_app.core.indicators import Milestone, Period, Population
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.demo import ADMIN_USERNAME, DEMO_PASSWORD, create_demo
from counsellor_app.services.indicator_targets import Programme, TargetService
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.database import Database
from counsellor_app.storage.keystore import FAST_KDF_FOR_TESTS
from tests.conftest import ADMIN, PASSWORD, letters, person
from tests.core.test_suppression import assert_nothing_recomputed

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 22)


def _run(data_dir: Path, password: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "counsellor_app", "--data-dir", str(data_dir), *arguments],
        env={**os.environ, "COUNSELLOR_PASSWORD": password},
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip


def _from_csv(text: str) -> dict[str, Any]:
    """The CSV as the attacker reads it, into the JSON's shape."""
    indicators: dict[str, dict[str, Any]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        if row["indicator"].startswith("money_"):
            continue
        entry = indicators.setdefault(
            row["indicator"],
            {"key": row["indicator"], "total": None, "by": {}, "withheld": [],
             "target": None, "progress_percent": None},
        )  # fmt: skip
        value = None if row["people"] == HIDDEN else row["people"]
        if row["dimension"] == "total":
            entry["total"] = None if value is None else int(value)
        elif row["dimension"] == "target":
            entry["target"] = int(row["people"])
        elif row["dimension"] == "progress_percent":
            entry["progress_percent"] = None if value is None else int(value)
        elif row["people"] == WITHHELD:
            entry["withheld"].append(row["dimension"])
        else:
            entry["by"].setdefault(row["dimension"], {})[row["value"]] = (
                None if value is None else int(value)
            )
    return {"indicators": list(indicators.values())}


def _from_xlsx(content: bytes) -> dict[str, Any]:
    """The workbook as the attacker reads it: totals from the first sheet, each grouping from
    its own (a withheld row says so; a group absent for an indicator is a published 0)."""
    book = load_workbook(io.BytesIO(content))
    totals = {}
    for row in book["Indicators"].iter_rows(min_row=2, values_only=True):
        if not row[0]:
            break  # the money follows a blank row
        totals[row[0]] = row[1]
    indicators = {
        name: {"key": name, "total": None if total == HIDDEN else total, "by": {},
               "withheld": [], "target": None, "progress_percent": None}
        for name, total in totals.items()
    }  # fmt: skip
    for sheet in book.worksheets[1:]:
        rows = list(sheet.iter_rows(values_only=True))
        if sheet.title in ("Definitions", "Method"):
            continue
        header = rows[0][1:]
        for row in rows[1:]:
            if row[1] == "not published":
                indicators[row[0]]["withheld"].append(sheet.title)
                continue
            indicators[row[0]]["by"][sheet.title] = {
                str(group): None if count == HIDDEN else count
                for group, count in zip(header, row[1:], strict=True)
                if count != 0
            }
    return {"indicators": list(indicators.values())}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "agency"
    create_demo(folder, 300, kdf=FAST_KDF_FOR_TESTS)
    return folder


def test_no_export_of_the_demo_gives_a_hidden_count_back(demo: Path, tmp_path: Path) -> None:
    base = ("report", "--user", ADMIN_USERNAME, "--period", "2020-01-01..2026-12-31")
    printed = _run(demo, DEMO_PASSWORD, *base)
    assert printed.returncode == 0, printed.stderr
    data = json.loads(printed.stdout)
    hidden = [
        (i["key"], d, g)
        for i in data["indicators"]
        for d, cells in i["by"].items()
        for g, c in cells.items()
        if c is None
    ]
    assert hidden  # the demo has small groups: the attacker has something to try
    registered = next(i for i in data["indicators"] if i["key"] == "registered")
    assert registered["total"] is not None and registered["total"] > 100
    assert_nothing_recomputed(data)

    done = _run(demo, DEMO_PASSWORD, *base, "--format", "csv")
    assert done.returncode == 0, done.stderr
    assert_nothing_recomputed({"suppression_threshold": 5, **_from_csv(done.stdout)})

    workbook = tmp_path / "report.xlsx"
    done = _run(demo, DEMO_PASSWORD, *base, "--format", "xlsx", "--output", str(workbook))
    assert done.returncode == 0, done.stderr
    assert_nothing_recomputed({"suppression_threshold": 5, **_from_xlsx(workbook.read_bytes())})

    document = tmp_path / "report.pdf"
    done = _run(demo, DEMO_PASSWORD, *base, "--format", "pdf", "--output", str(document))
    assert done.returncode == 0, done.stderr
    text = "\n".join(p.extract_text() for p in PdfReader(document).pages)
    assert f"\n{HIDDEN}\n" in text  # hidden counts drawn with the one mark, never "< 5"
    assert "< 5" not in text


def _programme(db: Database, user: CurrentUser, workspace: Workspace) -> None:
    from counsellor_app.services.programmes import ProgrammeEnrolmentService

    people = PeopleService(db, user, today=lambda: TODAY)
    ids = []
    for n in range(7):
        ids.append(people.register(
            person(last_name=f"Femme {letters(n)}", sex="female",
                   legal_status="asylum_seeker" if n < 4 else "refugee_bra"),
            confirmed_new=True,
        ))  # fmt: skip
    _db, admin = workspace.log_in(ADMIN, PASSWORD, db)
    programme = TargetService(db, admin).save(
        Programme("UE — Femmes 2026", Period(date(2026, 1, 1), date(2026, 12, 31)),
                  {Milestone.REGISTERED: 10, Milestone.HIRED: 4},
                  Population(sexes=frozenset({"female"})))
    )  # fmt: skip
    for person_id in ids:
        ProgrammeEnrolmentService(db, user).enrol(person_id, programme.id, date(2026, 3, 1))
    db.close()


def test_targets_and_progress_travel_in_every_format(
    db: Database, user: CurrentUser, workspace: Workspace, tmp_path: Path
) -> None:
    _programme(db, user, workspace)
    root = workspace.paths.root
    base = ("report", "--user", ADMIN, "--programme", "ue — femmes 2026")
    data = json.loads(_run(root, PASSWORD, *base).stdout)
    assert data["programme"] == "UE — Femmes 2026"
    registered = next(i for i in data["indicators"] if i["key"] == "registered")
    assert (registered["total"], registered["target"], registered["progress_percent"]) == (
        7, 10, 70,
    )  # fmt: skip
    hired = next(i for i in data["indicators"] if i["key"] == "hired")
    assert (hired["total"], hired["target"], hired["progress_percent"]) == (0, 4, 0)
    rows = list(csv.DictReader(io.StringIO(_run(root, PASSWORD, *base, "--format", "csv").stdout)))
    assert {"indicator": "registered", "dimension": "progress_percent", "value": "",
            "people": "70"} in rows  # fmt: skip

    workbook = tmp_path / "rapport.xlsx"
    done = _run(root, PASSWORD, *base, "--lang", "fr", "--format", "xlsx", "--output",
                str(workbook))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "rapport du" in done.stdout and "enregistré dans" in done.stdout
    book = load_workbook(workbook)
    summary = list(book["Indicateurs"].iter_rows(values_only=True))
    assert summary[0][:4] == ("Indicateur", "Personnes", "Objectif", "Avancement (%)")
    row = next(r for r in summary if r[0] == "Personnes accompagnées (accueil)")
    assert row[1:4] == (7, 10, 70)
    cells = [str(c) for sheet in book.worksheets for r in sheet.iter_rows(values_only=True)
             for c in r if c is not None]  # fmt: skip
    assert "asylum_seeker" not in cells and "registered" not in cells and "female" not in cells
    assert "UE — Femmes 2026" in cells

    for language, words in (("fr", ("Objectif", "Avancement", "Demandeur")), ("en", ("Target",))):
        document = tmp_path / f"rapport-{language}.pdf"
        done = _run(root, PASSWORD, *base, "--lang", language, "--format", "pdf", "--output",
                    str(document))  # fmt: skip
        assert done.returncode == 0, done.stderr
        text = "\n".join(p.extract_text() for p in PdfReader(document).pages)
        assert all(word in text for word in words), text[:600]
        assert "asylum_seeker" not in text and "legal_status" not in text
        assert "70 %" in text  # the progress beside the count
    arabic = tmp_path / "rapport-ar.pdf"
    done = _run(root, PASSWORD, "--lang", "ar", *base, "--format", "pdf", "--output", str(arabic))
    assert done.returncode == 0, done.stderr
    text = "\n".join(p.extract_text() for p in PdfReader(arabic).pages)
    assert "asylum_seeker" not in text and "registered" not in text and "Target" not in text


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", "période non valable : 'hier'"), ("ar", "فترة غير صالحة"), ("en", "not a period")],
)
def test_the_messages_speak_the_language_asked_for(
    db: Database, workspace: Workspace, language: str, expected: str
) -> None:
    db.close()
    done = _run(workspace.paths.root, PASSWORD, "report", "--user", ADMIN, "--period", "hier",
                "--lang", language)  # fmt: skip
    assert done.returncode != 0 and expected in done.stderr, done.stderr
    unknown = _run(workspace.paths.root, PASSWORD, "--lang", language, "report", "--user", ADMIN,
                   "--programme", "UE")  # fmt: skip
    wanted: Mapping[str, str] = {
        "fr": "aucun programme nommé 'UE' (programmes connus : aucun pour l’instant)",
        "ar": "لا يوجد برنامج باسم",
        "en": "no programme named 'UE' (known: none yet)",
    }
    assert unknown.returncode != 0 and wanted[language] in unknown.stderr, unknown.stderr
