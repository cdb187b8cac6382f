"""msgspec against pydantic v2 on a pulled page of 5,000 people: which validates it faster.

Both check the same schema (``protocol.records.Person``: lengths, closed lists, dates, aware
times, nullability), from Python values (what the server and the PC hold after ``orjson``) and
from the page's JSON bytes. Prints a table; the faster one is what ``protocol`` uses.

    .venv/bin/python benchmarks/protocol_bench.py [--records 5000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import msgspec
import orjson
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, TypeAdapter

from counsellor_app.core import vocab
from counsellor_app.core.ids import new_id
from counsellor_app.core.pathway import Track
from counsellor_app.protocol.records import Person, check, one_of

Sex = one_of(vocab.SEXES)  # the same Literal types as the protocol's
LegalStatus = one_of(vocab.LEGAL_STATUSES)
Language = one_of(vocab.LANGUAGES)
Education = one_of(vocab.EDUCATION_LEVELS, empty=True)
Vulnerability = one_of(vocab.VULNERABILITY_FLAGS)
ReferralSource = one_of(vocab.REFERRAL_SOURCES, empty=True)
TrackName = one_of(Track)


class PersonModel(BaseModel):
    """The same schema as ``protocol.records.Person`` in pydantic v2."""

    model_config = ConfigDict(extra="ignore")
    created_at: AwareDatetime | None = None
    updated_at: AwareDatetime | None = None
    created_by: str | None = Field(default=None, max_length=36)
    updated_by: str | None = Field(default=None, max_length=36)
    deleted_at: AwareDatetime | None = None
    file_number: str = Field(max_length=32)
    owner_agency_id: str = Field(min_length=1, max_length=36)
    counsellor_id: str | None = Field(default=None, max_length=36)
    last_name: str = Field(max_length=80)
    first_name: str = Field(max_length=80)
    last_name_ar: str = Field(default="", max_length=80)
    first_name_ar: str = Field(default="", max_length=80)
    sex: Sex
    date_of_birth: date
    nationality: str = Field(max_length=2)
    legal_status: LegalStatus
    phone_e164: str | None = Field(default=None, max_length=20)
    email: str = Field(default="", max_length=200)
    city_id: str | None = Field(default=None, max_length=40)
    address: str = Field(default="", max_length=200)
    languages: list[Language] = []
    education_level: Education = ""
    experience: str = Field(default="", max_length=65_536)
    skills: str = Field(default="", max_length=65_536)
    vulnerabilities: list[Vulnerability] = []
    referral_source: ReferralSource = ""
    referral_detail: str = Field(default="", max_length=200)
    consent_status: str = Field(default="pending", max_length=16)
    track: TrackName | None = None


def person(number: int) -> dict[str, Any]:
    now = datetime.now(UTC).isoformat()
    return {
        "created_at": now, "updated_at": now, "created_by": new_id(), "updated_by": new_id(),
        "deleted_at": None, "file_number": f"RABAG-2026-{number:06d}",
        "owner_agency_id": new_id(), "counsellor_id": new_id(), "last_name": "DIALLO",
        "first_name": "Aminata", "last_name_ar": "ديالو", "first_name_ar": "أميناتا",
        "sex": "female", "date_of_birth": "1994-03-12", "nationality": "SN",
        "legal_status": "regularised_2016_17", "phone_e164": "+212612345678",
        "email": "", "city_id": "rabat", "address": "12 rue de Fès, Agdal",
        "languages": ["fr", "wo"], "education_level": "baccalaureate",
        "experience": "Vendeuse, 3 ans.", "skills": "Couture", "vulnerabilities": [],
        "referral_source": "unhcr", "referral_detail": "", "consent_status": "given",
        "track": "wage",
    }  # fmt: skip


def best(run: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    records = [person(n) for n in range(args.records)]
    page = orjson.dumps(records)
    pydantic_list = TypeAdapter(list[PersonModel])
    msgspec_list = msgspec.json.Decoder(list[Person])
    # Both must accept the page and refuse the same bad record.
    assert all(check("person", r, complete=True, strict=False) is None for r in records)
    pydantic_list.validate_python(records)
    assert check("person", {**records[0], "date_of_birth": "not-a-date"}, True) is not None
    cases = [
        ("msgspec", "per record, Python values", lambda: [msgspec.convert(r, Person) for r in records]),
        ("msgspec", "protocol.check per record", lambda: [check("person", r, True, False) for r in records]),
        ("msgspec", "whole page, JSON bytes", lambda: msgspec_list.decode(page)),
        ("pydantic v2", "per record, Python values", lambda: [PersonModel.model_validate(r) for r in records]),
        ("pydantic v2", "whole page, Python values", lambda: pydantic_list.validate_python(records)),
        ("pydantic v2", "whole page, JSON bytes", lambda: pydantic_list.validate_json(page)),
        ("orjson", "parse only (reference)", lambda: orjson.loads(page)),
    ]  # fmt: skip
    print(f"{args.records:,} people a page, best of {args.rounds} rounds")
    print(f"{'library':<12} {'how':<28} {'ms a page':>10} {'µs a record':>12}")
    for library, how, run in cases:
        seconds = best(run, args.rounds)
        print(
            f"{library:<12} {how:<28} {seconds * 1000:>10.1f} {seconds * 1e6 / args.records:>12.2f}"
        )


if __name__ == "__main__":
    main()
