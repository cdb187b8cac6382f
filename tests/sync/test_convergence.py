"""Property-based convergence (reference/sync.md §10.1–10.2): three PCs of one agency register
and edit people offline, and sync in random order through a network that drops requests and
answers, duplicates them or cuts them. After everyone syncs, every copy is the same, every
operation has a final answer, each field shows its latest edit, and an edit that does not show
was either replaced knowingly or is kept as a conflict."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from counsellor_app.server.admin import create_enrolment_code
from counsellor_app.storage.models import OutboxOp, Person
from counsellor_app.sync.client import SyncClient, SyncError
from tests.conftest import letters, person
from tests.server_fixtures import Server
from tests.sync.conftest import Pc
from tests.sync.faults import FaultyTransport, differences

PCS = 3
EDITABLE = {"phone": "phone_e164", "first_name": "first_name", "address": "address"}
agencies = itertools.count()


def _agency_code() -> str:
    n = next(agencies)
    return f"HY{chr(65 + n // 26 % 26)}{chr(65 + n % 26)}"


def _value(field: str, n: int) -> str:
    if field == "phone":
        return f"06 63 {n // 100 % 100:02d} {n % 100:02d} 11"
    return f"Salif {letters(n)}" if field == "first_name" else f"{n} rue Oued Sebou"


def _ops(pc: Pc) -> list[dict[str, Any]]:
    with pc.db.reader() as session:
        return [
            {
                "op_id": op.op_id,
                "device": op.hlc.split("-", 2)[2],  # the HLC's node: the PC that made it
                "entity_id": op.entity_id,
                "hlc": op.hlc,
                "state": op.state,
                "base": op.base_version,
                "changes": op.changes,
                "result": op.result or {},
            }
            for op in session.scalars(select(OutboxOp).where(OutboxOp.entity == "person"))
        ]


class Agency(RuleBasedStateMachine):
    server: Server
    make_pc: Any
    database_url: str

    @initialize()
    def set_up(self) -> None:
        code = _agency_code()
        engine = create_engine(self.database_url)
        with Session(engine) as session:
            codes = [
                create_enrolment_code(session, code, "Hypothesis", 1, datetime.now(UTC))
                for _ in range(PCS)
            ]
            session.commit()
        engine.dispose()
        self.pcs: list[Pc] = [self.make_pc(f"{code}-{n}", agency=code) for n in range(PCS)]
        for pc, enrolment in zip(self.pcs, codes, strict=True):
            pc.enrol(self.server, enrolment, then_sync=False)
        self.counter = itertools.count()
        self.holds: list[set[str]] = [set() for _ in range(PCS)]  # people each PC has

    @rule(pc=st.integers(0, PCS - 1))
    def register(self, pc: int) -> None:
        person_id = (
            self.pcs[pc]
            .people()
            .register(
                person(last_name=f"Coulibaly {letters(next(self.counter))}"), confirmed_new=True
            )
        )
        self.holds[pc].add(person_id)

    @precondition(lambda self: any(self.holds))
    @rule(
        pc=st.integers(0, PCS - 1),
        which=st.integers(0, 1_000),
        field=st.sampled_from(sorted(EDITABLE)),
    )
    def edit(self, pc: int, which: int, field: str) -> None:
        held = sorted(self.holds[pc])
        if not held:
            return
        self.pcs[pc].edit(held[which % len(held)], **{field: _value(field, next(self.counter))})

    @rule(
        pc=st.integers(0, PCS - 1),
        fault=st.sampled_from([None, "drop_request", "drop_response", "duplicate", "truncate"]),
        at=st.integers(1, 6),
    )
    def sync(self, pc: int, fault: str | None, at: int) -> None:
        client = SyncClient(
            self.pcs[pc].db, transport=FaultyTransport({at: fault} if fault else {})
        )
        try:
            client.sync()
        except SyncError:
            pass  # the next session goes on from what was committed
        finally:
            client.close()
        with self.pcs[pc].db.reader() as session:
            self.holds[pc] = set(session.scalars(select(Person.id)))

    @invariant()
    def nothing_waiting_is_lost(self) -> None:
        for pc in getattr(self, "pcs", ()):
            with pc.db.reader() as session:
                for op in session.scalars(select(OutboxOp)):
                    assert op.state in ("pending", "sent", "applied", "conflict"), (
                        op.state,
                        op.result,
                    )

    def settle(self) -> None:
        for _round in range(2):
            for pc in self.pcs:
                pc.sync()

    def check_converged(self) -> None:
        self.settle()
        for other in self.pcs[1:]:
            assert differences(self.pcs[0].db, other.db) == []
        ops = [op for pc in self.pcs for op in _ops(pc)]
        assert {op["state"] for op in ops} <= {"applied", "conflict"}
        final: dict[str, Person] = {}
        with self.pcs[0].db.reader() as session:
            for record in session.scalars(select(Person)):
                session.expunge(record)
                final[record.id] = record
        for column in EDITABLE.values():
            edits = sorted((op for op in ops if column in op["changes"]), key=lambda op: op["hlc"])
            latest: dict[str, Any] = {}
            for op in edits:
                latest[op["entity_id"]] = op["changes"][column][1]
            for person_id, value in latest.items():
                assert getattr(final[person_id], column) == value, (column, person_id)
            for op in edits:
                shown = getattr(final[op["entity_id"]], column)
                if op["state"] != "applied" or op["changes"][column][1] == shown:
                    continue
                made_after = op["result"].get("version", 0)
                assert any(  # replaced by an edit made on top of it, or kept as a conflict
                    later["entity_id"] == op["entity_id"]
                    and later["hlc"] > op["hlc"]
                    and (
                        later["state"] == "conflict"
                        or later["device"] == op["device"]
                        or later["base"] >= made_after
                    )
                    for later in edits
                ), (column, op)


@pytest.mark.timeout(1200)
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_copies_converge_whatever_the_interleaving(
    server: Server, make_pc: object, database_url: str
) -> None:
    class Run(Agency):
        def teardown(self) -> None:
            if hasattr(self, "pcs"):  # the PCs are closed by the make_pc fixture
                self.check_converged()

    Run.server, Run.database_url = server, database_url
    Run.make_pc = staticmethod(make_pc)  # type: ignore[assignment]
    Run.TestCase.settings = settings(
        max_examples=12,
        stateful_step_count=20,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        # Each step talks to a real server: no shrinking (the failing steps are printed).
        phases=(Phase.explicit, Phase.reuse, Phase.generate),
        database=None,
    )
    from hypothesis.stateful import run_state_machine_as_test

    run_state_machine_as_test(Run, settings=Run.TestCase.settings)
