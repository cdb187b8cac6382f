"""Each programme's targets ("at least 200 migrants accompanied in 2026"), kept on this PC and
shown beside the counts with how far along they are."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from counsellor_app.core.indicators import Milestone, Period
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.roles import Permission
from counsellor_app.core.text import clean_line
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import LocalSetting

TARGETS_KEY = "indicators.programmes"
MAX_TARGET = 10_000_000


@dataclass(frozen=True)
class Programme:
    name: str  # e.g. "UE — Work4Life 2026"
    period: Period
    targets: dict[Milestone, int] = field(default_factory=dict)

    def progress(self, milestone: Milestone, reached: int) -> int | None:
        """Per cent of the target reached (may pass 100), or None without a target."""
        target = self.targets.get(milestone)
        return None if not target else reached * 100 // target


class TargetService:
    def __init__(self, db: Database, actor: CurrentUser) -> None:
        self._db, self._actor = db, actor

    def programmes(self) -> list[Programme]:
        self._actor.require(Permission.VIEW_REPORTS)
        with self._db.reader() as session:
            stored = session.get(LocalSetting, TARGETS_KEY)
        if stored is None:
            return []
        found = []
        for raw in json.loads(stored.value):
            found.append(
                Programme(
                    raw["name"],
                    Period(date.fromisoformat(raw["start"]), date.fromisoformat(raw["end"])),
                    {
                        Milestone(k): int(v)
                        for k, v in raw["targets"].items()
                        if k in set(Milestone)
                    },
                )
            )
        return sorted(found, key=lambda p: (p.period.start, p.name))

    def save(self, programme: Programme, replacing: str | None = None) -> Programme:
        """Add a programme, or replace the one named ``replacing`` (its name may change)."""
        self._actor.require(Permission.VIEW_REPORTS)
        name = clean_line(programme.name)[:120]
        problems = []
        if not name:
            problems.append(Problem("required", "programme_name"))
        problems += [
            Problem("target_out_of_range", m.value, {"max": MAX_TARGET})
            for m, n in programme.targets.items()
            if not 0 <= n <= MAX_TARGET
        ]
        others = [p for p in self.programmes() if p.name not in (replacing, None)]
        if any(p.name.casefold() == name.casefold() for p in others):
            problems.append(Problem("programme_name_taken", "programme_name"))
        if problems:
            raise DomainError(problems)
        kept = Programme(name, programme.period, {m: n for m, n in programme.targets.items() if n})
        self._write([*others, kept])
        return kept

    def remove(self, name: str) -> None:
        self._actor.require(Permission.VIEW_REPORTS)
        self._write([p for p in self.programmes() if p.name != name])

    def _write(self, programmes: list[Programme]) -> None:
        value = json.dumps(
            [
                {"name": p.name, "start": p.period.start.isoformat(), "end": p.period.end.isoformat(),
                 "targets": {m.value: n for m, n in p.targets.items()}}
                for p in programmes
            ],
            ensure_ascii=False,
        )  # fmt: skip
        with self._db.unit_of_work(self._actor.id) as session:
            session.merge(LocalSetting(key=TARGETS_KEY, value=value))
