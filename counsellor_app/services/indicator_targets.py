"""Each programme's period, the people it counts and its targets ("at least 200 migrants
accompanied in 2026"), shown beside the counts with how far along they are.

Programmes are national records: the server holds them and every PC pulls them, read-only
(server/programmes.py). A PC that does not sync (a stand-alone agency) keeps its own, made
here; once it syncs, its programmes are the national ones and it can change none. A
programme's indicators count the people enrolled in it (services/programmes.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select

from counsellor_app.core.audit import AuditAction, AuditEvent
from counsellor_app.core.clock import utc_now
from counsellor_app.core.indicators import EVERYONE, Milestone, Period, Population
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.core.roles import Permission
from counsellor_app.core.text import clean_line
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.audit import audit
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import Agency, LocalSetting
from counsellor_app.storage.models import Programme as ProgrammeRow
from counsellor_app.storage.outbox import Outbox
from counsellor_app.storage.writer import writes

LEGACY_KEY = "indicators.programmes"  # where one PC kept its programmes before they synced
MAX_TARGET = 10_000_000


@dataclass(frozen=True)
class Programme:
    name: str  # e.g. "UE — Work4Life 2026"
    period: Period
    targets: dict[Milestone, int] = field(default_factory=dict)
    population: Population = EVERYONE
    id: str = ""  # empty until saved
    donor: str = ""
    national: bool = False  # pulled from the server (read-only here)

    def counted(self) -> Population:
        """Who its indicators count: its enrolled people, among those it admits."""
        return replace(self.population, programme=self.id)

    def progress(self, milestone: Milestone, reached: int) -> int | None:
        """Per cent of the target reached (may pass 100), or None without a target."""
        target = self.targets.get(milestone)
        return None if not target else reached * 100 // target


def _programme(row: ProgrammeRow) -> Programme:
    return Programme(
        row.name,
        Period(row.starts_on, row.ends_on),
        {Milestone(k): int(v) for k, v in (row.targets or {}).items() if k in set(Milestone)},
        Population.from_json(row.population),
        row.id,
        row.donor or "",
        row.server_version > 0,
    )


class TargetService:
    def __init__(self, db: Database, actor: CurrentUser) -> None:
        self._db, self._actor = db, actor

    def programmes(self) -> list[Programme]:
        self._actor.require(Permission.VIEW_REPORTS)
        self._adopt_legacy()
        with self._db.reader() as session:
            rows = session.scalars(select(ProgrammeRow).where(ProgrammeRow.deleted_at.is_(None)))
            found = [_programme(row) for row in rows]
        return sorted(found, key=lambda p: (p.period.start, p.name.casefold()))

    def agencies(self) -> list[tuple[str, str]]:
        """(code, name) of the agencies this PC knows, for choosing a programme's."""
        self._actor.require(Permission.VIEW_REPORTS)
        with self._db.reader() as session:
            rows = session.execute(
                select(Agency.code, Agency.name)
                .where(Agency.deleted_at.is_(None))
                .order_by(Agency.code)
            )
            return [(code, name) for code, name in rows]

    def editable(self) -> bool:
        """Whether this PC defines its own programmes: only while it does not sync."""
        with self._db.reader() as session:
            return Outbox.load(session) is None

    def _refuse_when_national(self) -> None:
        if not self.editable():
            raise DomainError([Problem("programme_national", "programme_name")])

    @writes
    def save(self, programme: Programme) -> Programme:
        """Add a programme (no id yet) or change the one with that id (its name may change)."""
        self._actor.require(Permission.VIEW_REPORTS)
        self._refuse_when_national()
        name = clean_line(programme.name)[:120]
        problems = []
        if not name:
            problems.append(Problem("required", "programme_name"))
        problems += [
            Problem("target_out_of_range", m.value, {"max": MAX_TARGET})
            for m, n in programme.targets.items()
            if not 0 <= n <= MAX_TARGET
        ]
        others = [p for p in self.programmes() if p.id != programme.id]
        if any(p.name.casefold() == name.casefold() for p in others):
            problems.append(Problem("programme_name_taken", "programme_name"))
        if problems:
            raise DomainError(problems)
        targets = {m.value: n for m, n in programme.targets.items() if n}
        with self._db.unit_of_work(self._actor.id) as session:
            row = session.get(ProgrammeRow, programme.id) if programme.id else None
            if row is None or row.deleted_at is not None:
                row = ProgrammeRow()
                session.add(row)
            row.name, row.starts_on, row.ends_on = (
                name,
                programme.period.start,
                programme.period.end,
            )
            row.targets, row.population = targets, programme.population.to_json()
            row.donor = clean_line(programme.donor)[:200]
            session.flush()
            saved = _programme(row)
            audit(session, self._actor, _event(saved, "saved"))
        return saved

    @writes
    def remove(self, programme_id: str) -> None:
        """Archived; the counts are not affected."""
        self._actor.require(Permission.VIEW_REPORTS)
        self._refuse_when_national()
        with self._db.unit_of_work(self._actor.id) as session:
            row = session.get(ProgrammeRow, programme_id)
            if row is None or row.deleted_at is not None:
                return
            row.deleted_at = utc_now()
            audit(session, self._actor, _event(_programme(row), "removed"))

    @writes
    def _adopt_legacy(self) -> None:
        """Programmes kept by an earlier version in this PC's settings become records."""
        with self._db.reader() as session:
            if session.get(LocalSetting, LEGACY_KEY) is None:
                return
        with self._db.unit_of_work(self._actor.id) as session:
            stored = session.get(LocalSetting, LEGACY_KEY)
            if stored is None:
                return
            for raw in json.loads(stored.value):
                session.add(_legacy_row(raw))
            session.delete(stored)


def _legacy_row(raw: dict[str, object]) -> ProgrammeRow:
    targets = raw.get("targets")
    return ProgrammeRow(
        name=clean_line(str(raw.get("name") or "?"))[:120],
        starts_on=date.fromisoformat(str(raw["start"])),
        ends_on=date.fromisoformat(str(raw["end"])),
        targets={k: int(v) for k, v in targets.items() if k in set(Milestone)}
        if isinstance(targets, dict)
        else {},
        population={},
    )


def _event(programme: Programme, what: str) -> AuditEvent:
    return AuditEvent(
        AuditAction.SETTINGS_CHANGED,
        "programme",
        programme.id,
        {
            "change": what,
            "name": programme.name,
            "period": f"{programme.period.start}..{programme.period.end}",
            "targets": {m.value: n for m, n in programme.targets.items()},
            "population": programme.population.to_json(),
        },
    )
