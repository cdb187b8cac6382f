"""Acts of a person, signed by that person's own key (issue 20, deliverable 4).

A PC's device key says which PC sent a request; it says nothing of who sat at it. The acts
that need a person's authority (account and role changes, a grant committee's decision, a
tranche's confirmation, the two halves of an erasure, accepting a transfer, registering a
colleague's key) carry a signature by the acting person's Ed25519 key over one canonical
encoding of the act: its kind, the records it names, the values it sets, the agency, the
device, a nonce and a time. The PC and the server build the encoding with the same function,
so a field changed on the way, or an act moved to another record, another agency or another
device, no longer verifies.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from collections.abc import Mapping
from enum import StrEnum
from typing import Any, TypeGuard

import orjson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from counsellor_app.core.roles import Permission, permission_needed

DOMAIN = b"counsellor-act-v1\n"
# The act as it travels: who signed, with which nonce and when, and the signature.
ACT_FIELDS = ("user_id", "nonce", "at_ms", "signature")
MAX_NONCE = 64
# How old a request's act may be when the server receives it (a break-glass signed offline is
# sent at the next sync, and a regional centre may stay offline for weeks: four months covers
# the longest stretch, with room), and how far ahead of the server's clock. The server keeps an act's
# nonce for as long as the act could still be accepted, then forgets it: an act older than
# the window is refused by its age, so its spent nonce is no longer needed to refuse a copy.
MAX_AGE_DAYS = 120
MAX_AGE_S = MAX_AGE_DAYS * 86_400
FUTURE_SLACK_S = 86_400


class ActKind(StrEnum):
    ACCOUNT = "account"  # an account made, its role, name or state changed
    DECISION = "decision"  # a grant committee's decision
    TRANCHE = "tranche_confirmation"  # the second person's confirmation of a tranche
    ERASURE_REQUEST = "erasure_request"
    ERASURE_APPROVAL = "erasure_approval"
    TRANSFER_ACCEPT = "transfer_accept"
    GRANT = "grant"  # a referral or a transfer offered to another agency
    KEY_REGISTRATION = "key_registration"  # a colleague's public key, vouched by an administrator
    ROOT_KEY = "root_key"  # the first administrator's own key, with the enrolment code
    BREAK_GLASS = "break_glass"  # a masked file opened with a reason (ids: person; values: reason)
    CONFLICT_RESOLUTION = "conflict_resolution"  # ids: conflict_id; values: choice
    GRANT_WITHDRAWAL = "grant_withdrawal"  # a referral ended, a transfer taken back (ids: grant_id)


def code_fingerprint(code: str) -> str:
    """What an enrolling administrator signs of the enrolment code (never the code itself)."""
    normalised = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(b"counsellor enrolment|" + normalised.encode()).hexdigest()


def new_nonce() -> str:
    return secrets.token_hex(16)


def _plain(value: Any) -> Any:
    """The value as JSON gives it back (the server sees the values after decoding)."""
    return orjson.loads(orjson.dumps(value))


def canonical(
    kind: str,
    *,
    agency_id: str,
    device_id: str,
    user_id: str,
    ids: Mapping[str, Any],
    values: Mapping[str, Any],
    nonce: str,
    at_ms: int,
) -> bytes:
    """The bytes a person signs: the same on the PC and on the server (sorted keys, no
    whitespace, a domain prefix so no other signature of the app can pass for an act)."""
    body = {
        "kind": str(kind),
        "agency": agency_id,
        "device": device_id,
        "user": user_id,
        "ids": _plain(dict(ids)),
        "values": _plain(dict(values)),
        "nonce": nonce,
        "at_ms": at_ms,
    }
    return DOMAIN + orjson.dumps(body, option=orjson.OPT_SORT_KEYS)


def sign(
    key: Ed25519PrivateKey,
    kind: str,
    *,
    agency_id: str,
    device_id: str,
    user_id: str,
    ids: Mapping[str, Any],
    values: Mapping[str, Any],
    at_ms: int,
    nonce: str | None = None,
) -> dict[str, Any]:
    """The act's proof, as it travels with the operation or the request."""
    nonce = nonce or new_nonce()
    message = canonical(
        kind,
        agency_id=agency_id,
        device_id=device_id,
        user_id=user_id,
        ids=ids,
        values=values,
        nonce=nonce,
        at_ms=at_ms,
    )
    return {
        "user_id": user_id,
        "nonce": nonce,
        "at_ms": at_ms,
        "signature": base64.b64encode(key.sign(message)).decode("ascii"),
    }


def well_formed(act: Any) -> TypeGuard[dict[str, Any]]:
    """Whether a received proof has the expected shape (before any key is looked up)."""
    return (
        isinstance(act, dict)
        and set(act) == set(ACT_FIELDS)
        and isinstance(act["user_id"], str)
        and 1 <= len(act["user_id"]) <= 36
        and isinstance(act["nonce"], str)
        and 16 <= len(act["nonce"]) <= MAX_NONCE
        and isinstance(act["at_ms"], int)
        and 0 <= act["at_ms"] < 10**15
        and isinstance(act["signature"], str)
        and len(act["signature"]) <= 100
    )


def verify(
    public_key: bytes,
    act: Mapping[str, Any],
    kind: str,
    *,
    agency_id: str,
    device_id: str,
    ids: Mapping[str, Any],
    values: Mapping[str, Any],
) -> bool:
    """Whether ``act`` is the signature of ``public_key``'s holder over this very act."""
    try:
        signature = base64.b64decode(str(act["signature"]), validate=True)
        message = canonical(
            kind,
            agency_id=agency_id,
            device_id=device_id,
            user_id=str(act["user_id"]),
            ids=ids,
            values=values,
            nonce=str(act["nonce"]),
            at_ms=int(act["at_ms"]),
        )
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError, KeyError, TypeError, binascii.Error):
        return False
    except orjson.JSONEncodeError:
        return False
    return True


def fresh(at_ms: int, now_ms: int) -> bool:
    """Whether an act signed at ``at_ms`` may still be accepted at ``now_ms``."""
    return now_ms - MAX_AGE_S * 1000 <= at_ms <= now_ms + FUTURE_SLACK_S * 1000


# -- which operations are acts -------------------------------------------------------------
TRANCHE_FIELDS = frozenset({"confirmed_by_user", "confirmed_on"})


def op_act_kind(
    entity: str, action: str, changes: Mapping[str, Any], actor_id: str, record_id: str
) -> ActKind | None:
    """The kind of act a synced operation is, or None when no person's signature is needed
    (``changes`` maps a field to its [old, new] pair, as the outbox sends it)."""
    needed = permission_needed(entity, action, changes, actor_id, record_id)
    if needed is Permission.MANAGE_USERS:
        return ActKind.ACCOUNT
    if needed is Permission.RECORD_DECISIONS:
        return ActKind.DECISION
    if entity == "disbursement" and any(
        isinstance(pair, list | tuple) and len(pair) == 2 and pair[1] is not None
        for name, pair in changes.items()
        if name in TRANCHE_FIELDS
    ):
        return ActKind.TRANCHE
    return None


def op_ids(op: Mapping[str, Any]) -> dict[str, Any]:
    """The records an operation's act names: the operation itself and its record."""
    return {
        "op_id": op.get("op_id"),
        "entity": op.get("entity"),
        "entity_id": op.get("entity_id"),
        "action": op.get("action"),
    }


def op_values(changes: Mapping[str, Any]) -> dict[str, Any]:
    """The values an operation sets (the old ones are the PC's view, not the act)."""
    return {
        name: pair[1]
        for name, pair in changes.items()
        if isinstance(pair, list | tuple) and len(pair) == 2
    }
