"""Signing raw operations and requests as a person would, for the attacker tests: with a
PC's logged-in person's key, with a colleague's key opened by her password, or with a key
the server never registered."""

from __future__ import annotations

import time
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from counsellor_app.core import acts
from counsellor_app.storage import user_keys
from counsellor_app.storage.models import LocalSetting
from counsellor_app.sync.client import DEVICE_KEY
from tests.sync.conftest import Pc


def device_and_agency(pc: Pc) -> tuple[str, str]:
    with pc.db.reader() as session:
        device = session.get(LocalSetting, DEVICE_KEY)
        agency = session.get(LocalSetting, "agency_id")
        assert device is not None and agency is not None
        return device.value, agency.value


def key_of(pc: Pc, user_id: str, password: str | None = None) -> Ed25519PrivateKey:
    """The logged-in person's key, or a colleague's opened with her password."""
    if password is None:
        key = pc.db.signers[user_id]
        assert isinstance(key, Ed25519PrivateKey)
        return key
    with pc.db.reader() as session:
        found = user_keys.entry(session, user_id)
    assert found is not None
    return user_keys.unwrap(found["material"], user_id, password).signing


def sign_op(
    op: dict[str, Any],
    key: Ed25519PrivateKey,
    pc: Pc,
    user_id: str | None = None,
    kind: acts.ActKind | None = None,
) -> dict[str, Any]:
    """``op`` with an act by ``user_id`` (its actor by default), as the outbox signs it."""
    device, agency = device_and_agency(pc)
    signer = user_id or str(op["actor_id"])
    found = kind or acts.op_act_kind(
        op["entity"], op["action"], op["changes"], signer, op["entity_id"]
    )
    assert found is not None, "not an act"
    act = acts.sign(
        key,
        found,
        agency_id=agency,
        device_id=device,
        user_id=signer,
        ids=acts.op_ids(op),
        values=acts.op_values(op["changes"]),
        at_ms=time.time_ns() // 1_000_000,
    )
    return {**op, "act": act}


def request_act(
    pc: Pc,
    key: Ed25519PrivateKey,
    user_id: str,
    kind: acts.ActKind,
    ids: dict[str, Any],
    values: dict[str, Any],
) -> dict[str, Any]:
    device, agency = device_and_agency(pc)
    return acts.sign(
        key,
        kind,
        agency_id=agency,
        device_id=device,
        user_id=user_id,
        ids=ids,
        values=values,
        at_ms=time.time_ns() // 1_000_000,
    )
