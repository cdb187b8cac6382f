"""The protocol's record schemas: equal to the PC's tables, and refusing what a PC cannot store."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import JSON, Boolean, Date, Integer, LargeBinary, String, select

from counsellor_app.core import vocab
from counsellor_app.core.merge import REFERENCES
from counsellor_app.core.money import MAX_CENTIMES
from counsellor_app.protocol.records import (
    FIELDS,
    FOREIGN_KEYS,
    REQUIRED,
    SCHEMAS,
    FieldProblem,
    check,
    check_pulled,
)
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.demo import ADMIN_USERNAME, DEMO_PASSWORD, create_demo
from counsellor_app.storage.history import column_changes
from counsellor_app.storage.keystore import FAST_KDF_FOR_TESTS
from counsellor_app.storage.models import UTCDateTime
from counsellor_app.storage.outbox import NOT_SENT
from counsellor_app.storage.paths import DataPaths
from counsellor_app.sync.apply import synced_models

MODELS = synced_models()
BOOKKEEPING_TIMES = {"created_at", "updated_at"}  # filled by the PC when a record lacks them


def _columns(entity: str) -> dict[str, Any]:
    table = MODELS[entity].__table__  # type: ignore[attr-defined]
    return {c.name: c for c in table.columns if c.name not in NOT_SENT}


def test_every_synced_table_has_a_schema_with_its_fields() -> None:
    assert set(SCHEMAS) == set(MODELS)
    for entity in MODELS:
        assert FIELDS[entity] == set(_columns(entity)), entity


def test_required_fields_are_the_columns_without_default_that_refuse_null() -> None:
    for entity in MODELS:
        required = {
            name
            for name, column in _columns(entity).items()
            if not column.nullable and column.default is None and name not in BOOKKEEPING_TIMES
        }
        assert REQUIRED[entity] == required, entity
    missing = check("user_account", {"agency_id": "a", "username": "u", "role": "counsellor"}, True)
    assert missing == FieldProblem("display_name", "required")
    assert check("user_account", {"role": "counsellor"}, complete=False) is None  # an update


@pytest.mark.parametrize("entity", sorted(MODELS))
def test_each_column_type_length_and_nullability_is_checked(entity: str) -> None:
    for name, column in _columns(entity).items():
        kind = column.type
        null = check(entity, {name: None}, complete=False)
        if column.nullable:
            assert null is None, (entity, name)
        else:
            assert null == FieldProblem(name, "null"), (entity, name)
        if isinstance(kind, UTCDateTime):
            assert check(entity, {name: "2026-12-03T09:30:00.123456+00:00"}, False) is None
            assert check(entity, {name: "2026-12-03T09:30:00"}, False) == FieldProblem(
                name, "format"
            )  # a time without its offset is not UTC
            assert check(entity, {name: "not-a-date"}, False) == FieldProblem(name, "format")
        elif isinstance(kind, Date):
            assert check(entity, {name: "2026-12-03"}, False) is None, (entity, name)
            assert check(entity, {name: "not-a-date"}, False) == FieldProblem(name, "format")
            assert check(entity, {name: "2026-02-30"}, False) == FieldProblem(name, "format")
        elif isinstance(kind, Boolean):
            assert check(entity, {name: True}, False) is None
            assert check(entity, {name: 1}, False) == FieldProblem(name, "type")
        elif isinstance(kind, Integer):
            assert check(entity, {name: 0}, False) is None, (entity, name)
            assert check(entity, {name: "12"}, False) == FieldProblem(name, "type")
            assert check(entity, {name: 1.5}, False) == FieldProblem(name, "type")
            assert check(entity, {name: -1}, False) == FieldProblem(name, "out_of_range")
        elif isinstance(kind, JSON):
            assert check(entity, {name: "text"}, False) == FieldProblem(name, "type")
        elif isinstance(kind, LargeBinary):
            assert check(entity, {name: "AAEC"}, False) is None  # base64
            assert check(entity, {name: "%%%"}, False) == FieldProblem(name, "format")
        elif isinstance(kind, String) and kind.length is not None:
            too_long = check(entity, {name: "x" * (kind.length + 1)}, False)
            assert too_long is not None and too_long.field == name, (entity, name)
            assert too_long.reason in ("too_long", "not_allowed", "format"), (entity, name)
            assert check(entity, {name: 12}, False) == FieldProblem(name, "type")


def test_the_references_are_the_pcs_foreign_keys() -> None:
    assert FOREIGN_KEYS == REFERENCES
    for entity, references in FOREIGN_KEYS.items():
        for name, kind in references.items():
            (key,) = _columns(entity)[name].foreign_keys
            assert key.column.table.name == kind


def test_closed_lists_come_from_core() -> None:
    for status in vocab.LEGAL_STATUSES:
        assert check("person", {"legal_status": status}, False) is None
    assert check("person", {"sex": "other"}, False) == FieldProblem("sex", "not_allowed")
    assert check("person", {"languages": ["fr", "klingon"]}, False) == FieldProblem(
        "languages", "not_allowed"
    )
    assert check("person", {"education_level": ""}, False) is None  # the column's default
    assert check("user_account", {"role": "root"}, False) == FieldProblem("role", "not_allowed")
    assert check("pathway_stage", {"status": "done"}, False) == FieldProblem(
        "status", "not_allowed"
    )


def test_unknown_fields_are_refused_by_the_server_and_left_out_by_a_pc() -> None:
    assert check("person", {"is_admin": True}, False) == FieldProblem("is_admin", "unknown")
    assert check("person", {"is_admin": True}, False, strict=False) is None
    assert check("nothing", {}, False) == FieldProblem("entity", "unknown")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=12))
def test_a_date_is_taken_only_in_iso_form(text: str) -> None:
    try:
        valid = len(text) == 10 and date.fromisoformat(text).isoformat() == text
    except ValueError:
        valid = False
    problem = check("person", {"date_of_birth": text}, False)
    assert (problem is None) == valid, text


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=-(2**70), max_value=2**70))
def test_money_is_whole_centimes_within_bounds(amount: int) -> None:
    problem = check("budget_envelope", {"budget_centimes": amount}, False)
    assert (problem is None) == (0 <= amount <= MAX_CENTIMES)


@settings(max_examples=100, deadline=None)
@given(
    st.dictionaries(st.sampled_from(sorted(FIELDS["person"])), st.none() | st.text(), max_size=6)
)
def test_any_person_values_get_an_answer_never_an_exception(values: dict[str, Any]) -> None:
    problem = check("person", values, complete=True)
    assert problem is None or problem.field in FIELDS["person"]


def test_a_pulled_change_is_checked_envelope_first() -> None:
    good = {"entity": "outcome", "entity_id": "o1", "person_id": "p1", "version": 1,
            "fields": {"person_id": "p1", "kind": "salaried_job", "on": "2026-11-02"}}  # fmt: skip
    assert check_pulled(good) is None
    assert check_pulled({**good, "version": "1"}) == FieldProblem("version", "type")
    assert check_pulled({**good, "entity_id": None}) == FieldProblem("entity_id", "type")
    assert check_pulled({**good, "fields": []}) == FieldProblem("fields", "type")
    bad_day = {**good, "fields": {**good["fields"], "on": "not-a-date"}}  # type: ignore[dict-item]
    assert check_pulled(bad_day) == FieldProblem("on", "format")


def test_every_record_the_app_makes_passes_its_schema(tmp_path: Path) -> None:
    """The demo agency (people, cohorts, internships, plans, grants, referrals, agenda,
    documents), as the outbox would send each record at enrolment."""
    create_demo(tmp_path / "demo", 40, kdf=FAST_KDF_FOR_TESTS)
    workspace = Workspace(DataPaths(tmp_path / "demo"), FAST_KDF_FOR_TESTS)
    db, _user = workspace.log_in(ADMIN_USERNAME, DEMO_PASSWORD)
    seen: dict[str, int] = {}
    try:
        with db.reader() as session:
            for entity, model in MODELS.items():
                for record in session.scalars(select(model)):
                    values = {n: new for n, (_old, new) in column_changes(record, True, NOT_SENT).items()}  # fmt: skip
                    assert check(entity, values, complete=True) is None, (entity, values)
                    seen[entity] = seen.get(entity, 0) + 1
    finally:
        db.close()
    assert len(seen) >= 15, seen  # most kinds were really exercised


def test_every_operation_the_outbox_queues_passes_its_schema(workspace: Workspace) -> None:
    """Records made after enrolment: a column left to its default travels with the default's
    value, not a null the server would refuse (an account's ``active``)."""
    from counsellor_app.core.roles import Role
    from counsellor_app.services.cohorts import CohortInput, CohortService
    from counsellor_app.services.people import PeopleService
    from counsellor_app.services.users import UserService
    from counsellor_app.storage.models import LocalSetting, OutboxOp
    from counsellor_app.storage.outbox import DEVICE_KEY
    from tests.conftest import ADMIN, PASSWORD, person

    db, admin = workspace.log_in(ADMIN, PASSWORD)
    try:
        with db.unit_of_work(None) as session:
            session.add(LocalSetting(key=DEVICE_KEY, value="0000-device"))
        db.load_outbox()
        UserService(workspace, db, admin).create_user(
            "amina", "Amina Benkirane", Role.COUNSELLOR, "Counsellor-2026-pass!"
        )
        CohortService(db, admin).create(
            CohortInput("Savoir-être", date(2026, 11, 2), date(2026, 11, 27), 12)
        )
        PeopleService(db, admin).register(person(last_name="Keita"), confirmed_new=True)
        with db.reader() as session:
            ops = session.scalars(select(OutboxOp)).all()
            assert {op.entity for op in ops} >= {"user_account", "cohort", "person", "consent"}
            for op in ops:
                values = {name: new for name, (_old, new) in op.changes.items()}
                problem = check(op.entity, values, complete=op.action == "create")
                assert problem is None, (op.entity, problem)
    finally:
        db.close()
