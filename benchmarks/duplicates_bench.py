"""What duplicate detection adds to a push, per person (issue 22, 6).

    python benchmarks/duplicates_bench.py [--people 20000] [--agencies 10] [--url URL]

A migrated server database (a SQLite file, or ``--url`` to a PostgreSQL database) is filled
with a register of people across agencies, each with an identity document, a phone and a
birth date drawn so that birth dates collide as in the field (one in fifty on the same
1 January, the rest over 7,000 days), names made of syllables (a few thousand of them) and one person in fifty is registered by a second agency too. Their keys
are indexed once by ``duplicates.refresh_all`` (the batch a console or a command can start).
Then batches of 250 new people (the push's batch size) are stored and ``duplicates.refresh`` is
timed for each batch, in the batch's transaction, as the push calls it. Prints a table.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from counsellor_app.core.ids import new_id  # noqa: E402
from counsellor_app.server import duplicates  # noqa: E402
from counsellor_app.server.bulk import insert_many  # noqa: E402
from counsellor_app.server.database import make_engine, migrate  # noqa: E402
from counsellor_app.server.duplicate_models import DuplicateCandidate  # noqa: E402
from counsellor_app.server.models import Agency, Record  # noqa: E402

SYLLABLES = ["ma", "mou", "di", "al", "lo", "sow", "tra", "ore", "ca", "kei", "ta", "ndi",
             "aye", "ba", "ko", "ne", "tou", "re", "fa", "ti", "sa", "li", "ha", "mi"]  # fmt: skip
NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def _name(rng: random.Random) -> str:
    """Made-up names of two or three syllables: a few thousand of them, as in a register."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3)))).title()


def _person(rng: random.Random, index: int) -> dict[str, Any]:
    born = (
        date(1990, 1, 1)
        if rng.random() < 0.02
        else date(1980, 1, 1) + timedelta(days=rng.randrange(7000))
    )
    return {
        "file_number": f"F-{index:07d}",
        "first_name": _name(rng),
        "last_name": _name(rng),
        "date_of_birth": born.isoformat(),
        "phone_e164": f"+2126{rng.randrange(10**8):08d}",
        "document": f"E{rng.randrange(10**7):07d}",
    }


def _rows(person: dict[str, Any], agency_id: str) -> list[dict[str, Any]]:
    person_id, document_id = new_id(), new_id()
    fields = {k: v for k, v in person.items() if k != "document"}
    common = {
        "owner_agency_id": agency_id, "version": 1, "field_versions": {}, "field_clocks": {},
        "field_devices": {}, "updated_seq": 0, "natural_key": None,
    }  # fmt: skip
    return [
        {"entity": "person", "id": person_id, "person_id": person_id, "fields": fields, **common},
        {
            "entity": "identity_document",
            "id": document_id,
            "person_id": person_id,
            "fields": {
                "person_id": person_id,
                "doc_type": "passport",
                "number": person["document"],
            },
            **common,
        },
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--agencies", type=int, default=10)
    parser.add_argument("--batches", type=int, default=8)
    parser.add_argument("--url", default="")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="dupes-bench-"))
    engine = make_engine(args.url or f"sqlite:///{folder / 'server.db'}")
    migrate(engine)
    rng = random.Random(22)
    agencies = [new_id() for _ in range(args.agencies)]
    with Session(engine) as session, session.begin():
        for number, agency_id in enumerate(agencies):
            session.add(Agency(id=agency_id, code=f"AG{number:02d}", name=f"Agence {number}",
                               created_at=NOW))  # fmt: skip
    people = [_person(rng, i) for i in range(args.people)]
    rows: list[dict[str, Any]] = []
    for person in people:
        rows += _rows(person, rng.choice(agencies))
        if rng.random() < 0.02:  # the same person registered by another agency
            rows += _rows({**person, "file_number": person["file_number"] + "B"},
                          rng.choice(agencies))  # fmt: skip
    with Session(engine) as session, session.begin():
        for start in range(0, len(rows), 5000):
            insert_many(session, Record.__table__, rows[start : start + 5000])  # type: ignore[arg-type]
    started = time.perf_counter()
    with Session(engine) as session, session.begin():
        duplicates.refresh_all(session, NOW)
    batch_all = time.perf_counter() - started
    with Session(engine) as session:
        pairs = session.scalar(select(func.count()).select_from(DuplicateCandidate)) or 0
        register = session.scalar(
            select(func.count()).select_from(Record).where(Record.entity == "person")
        )
    timings = []
    for batch in range(args.batches):
        fresh = [_person(rng, 10_000_000 + batch * 1000 + i) for i in range(250)]
        for person in fresh[:5]:  # a few of each batch are already known elsewhere
            known = rng.choice(people)
            person.update(document=known["document"], date_of_birth=known["date_of_birth"])
        batch_rows = [r for p in fresh for r in _rows(p, rng.choice(agencies))]
        ids = [r["id"] for r in batch_rows if r["entity"] == "person"]
        with Session(engine) as session, session.begin():
            insert_many(session, Record.__table__, batch_rows)  # type: ignore[arg-type]
            started = time.perf_counter()
            duplicates.refresh(session, ids, NOW)
            timings.append(time.perf_counter() - started)
    timings.sort()
    median = timings[len(timings) // 2]
    print(f"database: {engine.dialect.name}, register {register:,} people, "
          f"{args.agencies} agencies, {pairs:,} pairs found")  # fmt: skip
    print(f"{'measure':<58}{'value':>14}")
    print(f"{'batch over the whole register (refresh_all)':<58}{batch_all:>12.2f} s")
    print(f"{'  per person':<58}{batch_all / register * 1000:>11.2f} ms")
    print(f"{'push batch of 250 people: detection, median':<58}{median * 1000:>11.1f} ms")
    print(f"{'  per person op (median batch)':<58}{median / 250 * 1000:>11.2f} ms")
    print(f"{'  per person op (slowest batch)':<58}{timings[-1] / 250 * 1000:>11.2f} ms")
    engine.dispose()


if __name__ == "__main__":
    main()
