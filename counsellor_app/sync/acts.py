"""The sync client's side of people's acts (``core.acts``, issue 20 deliverable 4).

At enrolment the administrator who enrols the PC roots her agency's keys on the server: her
public key travels with the enrolment code, signed by her (she holds it), and she vouches for
every account this PC already holds. At each sync, colleagues' keys vouched for by an
administrator are registered, and a key wrapped anew after a password change is sent by its
owner's own act. Requests that are acts (erasure, transfer, referral) are signed by the key
of the person named in them, unlocked at her login.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from counsellor_app.core import acts
from counsellor_app.core.acts import ActKind
from counsellor_app.storage import user_keys
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import this_agency_id

log = logging.getLogger(__name__)
# Refusals that leave a registration waiting (another administrator, a later sync).
WAITING = frozenset(
    {
        "act_required",
        "act_key_unknown",
        "act_key_revoked",
        "act_signature_invalid",
        "act_expired",  # vouched for too long ago (an offline PC): signed anew
        "role_forbidden",
        "user_key_taken",
    }
)


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def root_key(db: Database, code: str, agency_code: str, device_key: str) -> dict[str, Any] | None:
    """The enrolling administrator's key for the enrolment request, signed by herself over
    the code's fingerprint, this PC's key and her agency (None: no administrator is logged
    in, the server then roots nobody)."""
    with db.reader() as session:
        admin = user_keys.administrator_signer(session, db.signers)
        found = user_keys.entry(session, admin[0]) if admin else None
    if admin is None or found is None:
        return None
    user_id, key = admin
    material = found.get("material")
    act = acts.sign(
        key,
        ActKind.ROOT_KEY,
        agency_id=agency_code.upper(),
        device_id=device_key,
        user_id=user_id,
        ids={"user_id": user_id},
        values={
            **user_keys.registration_values(found),
            "code": acts.code_fingerprint(code),
        },
        at_ms=_now_ms(),
    )
    return {"user_id": user_id, "public_key": found["public_key"], "material": material, "act": act}


def enrolled(session: Session, db: Database, root: str | None, device_id: str) -> str | None:
    """After enrolment: the root's key is registered; she vouches for her colleagues' keys.
    Returns who signs the accounts this PC queues (the root administrator)."""
    if root is not None:
        found = user_keys.entry(session, root)
        if found is not None:
            found["registered"], found["material_sent"] = True, True
            user_keys.save_entry(session, root, found)
    user_keys.sign_pending(session, db.signers, device_id, this_agency_id(session), _now_ms())
    return root


def register_user_keys(db: Database, device_id: str, call: Callable[..., Any]) -> int:
    """Colleagues' keys vouched for by an administrator, and keys wrapped anew after a
    password change, sent to the server. A refusal leaves the key waiting (named in the
    log by account id only); the sync goes on."""
    from counsellor_app.protocol.wire import Route
    from counsellor_app.sync.client import SyncError

    with db.unit_of_work(None) as session:
        user_keys.sign_pending(session, db.signers, device_id, this_agency_id(session), _now_ms())
        waiting = user_keys.entries(session)
        agency_id = this_agency_id(session)
    sent = 0
    for user_id, found in waiting.items():
        body: dict[str, Any] | None = None
        if not found.get("registered") and found.get("registration"):
            body = {"act": found["registration"]}
        elif found.get("registered") and found.get("material_sent") is False:
            key = db.signers.get(user_id)  # her own act: only while she is logged in
            if key is None:
                continue
            body = {
                "act": acts.sign(
                    key,
                    ActKind.KEY_REGISTRATION,
                    agency_id=agency_id,
                    device_id=device_id,
                    user_id=user_id,
                    ids={"user_id": user_id},
                    values=user_keys.registration_values(found),
                    at_ms=_now_ms(),
                )
            }
        if body is None:
            continue
        try:
            call(
                "POST",
                Route.USER_KEYS,
                {
                    "user_id": user_id,
                    "public_key": found["public_key"],
                    "material": found.get("material"),
                    **body,
                },
            )
        except SyncError as refused:
            if refused.reason not in WAITING:
                raise
            log.warning("user key not registered: %s (account %s)", refused.reason, user_id)
            if body["act"] is found.get("registration"):  # signed anew, by whoever can then
                with db.unit_of_work(None) as session:
                    current = user_keys.entry(session, user_id)
                    if current is not None and current.get("registration") == body["act"]:
                        current["registration"] = None
                        user_keys.save_entry(session, user_id, current)
            continue
        with db.unit_of_work(None) as session:
            current = user_keys.entry(session, user_id)
            if current is not None and current.get("public_key") == found["public_key"]:
                current["registered"], current["material_sent"] = True, True
                user_keys.save_entry(session, user_id, current)
        sent += 1
    return sent


def act_for(
    db: Database,
    device_id: str | None,
    user_id: str | None,
    kind: ActKind,
    ids: Mapping[str, Any],
    values: Mapping[str, Any],
) -> dict[str, Any] | None:
    """The named person's signature over a request that is an act of hers (None when her
    key is not unlocked on this PC: the server refuses the act and says so)."""
    key = db.signers.get(user_id or "")
    if key is None or device_id is None or user_id is None:
        return None
    with db.reader() as session:
        agency_id = this_agency_id(session)
    return acts.sign(
        key,
        kind,
        agency_id=agency_id,
        device_id=device_id,
        user_id=user_id,
        ids=ids,
        values=values,
        at_ms=_now_ms(),
    )


def learn_colleagues(db: Database, call: Callable[..., Any]) -> int:
    """Her agency's people's keys from the server: a colleague registered on another PC may
    log in here with her own password (an invitation sealed to her key, ``storage.user_keys``);
    one who changed her password elsewhere logs in here with the new one only."""
    from sqlalchemy import select

    from counsellor_app.protocol.wire import Route
    from counsellor_app.storage.keystore import Keystore, KeystoreError
    from counsellor_app.storage.models import UserAccount

    listed = call("GET", Route.USER_KEYS).get("keys", [])
    try:
        keystore = Keystore.load(db.paths.keystore)
    except KeystoreError:
        return 0
    with db.reader() as session:
        accounts = {a.id: a for a in session.scalars(select(UserAccount))}
        local = user_keys.entries(session)
    learnt = 0
    for key in listed if isinstance(listed, list) else []:
        user_id, material = key.get("user_id"), key.get("material")
        account = accounts.get(str(user_id))
        if (
            key.get("revoked")
            or account is None
            or not account.active
            or account.deleted_at is not None
            or not isinstance(material, dict)
            or not isinstance(material.get("exchange_public"), str)
        ):
            continue
        mine = local.get(account.id)
        if mine is None and keystore.has_account(account.username):
            continue  # an account of this PC under the same name, or from before the keys
        if mine is not None and (
            mine.get("material") == material
            or not mine.get("registered")
            or mine.get("material_sent") is False  # changed here: this PC's is the newer
        ):
            continue
        try:
            user_keys.invite(
                db.paths.keystore,
                account.username,
                account.id,
                str(key.get("public_key", "")),
                material,
                db.key,
            )
        except (KeyError, ValueError, TypeError):
            log.warning("a colleague's key material is unusable (account %s)", account.id)
            continue
        if mine is not None:  # her password changed on another PC: the old one opens nothing
            keystore.remove(account.username)
        with db.unit_of_work(None) as session:
            user_keys.save_entry(
                session,
                account.id,
                {
                    "public_key": key.get("public_key"),
                    "material": material,
                    "registration": None,
                    "registered": True,
                    "material_sent": True,
                },
            )
        learnt += 1
    return learnt


BREAK_GLASS_SENT = "sync.break_glass_sent"  # the audit entry sent last (its seq)
# Refusals after which a break-glass is sent again at a later sync (her key may arrive).
GLASS_RETRY = frozenset({"act_key_unknown"})
GLASS_REFUSED = frozenset({403, 404, 409, 422})  # the act itself refused (others: sent again)


def send_break_glass(db: Database, call: Callable[..., Any]) -> int:
    """Break-glasses signed on this PC (kept in the audit trail with their act) sent to the
    server, in order, once each. One refused for good is logged by its code and passed;
    one whose signer's key is not registered yet waits for the next sync."""
    from sqlalchemy import select

    from counsellor_app.core.audit import AuditAction
    from counsellor_app.protocol.wire import Route
    from counsellor_app.storage.models import AuditRecord, LocalSetting
    from counsellor_app.sync.client import SyncError

    with db.reader() as session:
        mark = session.get(LocalSetting, BREAK_GLASS_SENT)
        after = int(mark.value) if mark is not None and mark.value.isdigit() else 0
        entries = [
            (entry.seq, entry.subject_id, dict(entry.detail))
            for entry in session.scalars(
                select(AuditRecord)
                .where(
                    AuditRecord.seq > after,
                    AuditRecord.action == str(AuditAction.SENSITIVE_REVEALED),
                )
                .order_by(AuditRecord.seq)
            )
        ]
    sent, done = 0, after
    try:
        for seq, person_id, detail in entries:
            act = detail.get("act")
            if isinstance(act, dict):
                try:
                    call(
                        "POST",
                        Route.BREAK_GLASS,
                        {
                            "person_id": person_id,
                            "reason": detail.get("reason", ""),
                            "user_id": act.get("user_id"),
                            "act": act,
                        },
                    )
                    sent += 1
                except SyncError as refused:
                    status = refused.details.get("status")
                    if status not in GLASS_REFUSED:
                        raise  # the network, the server, the clock: the sync says so
                    if refused.reason in GLASS_RETRY:
                        break  # her key not registered yet: next sync
                    log.warning("break-glass not kept by the server: %s", refused.reason)
            done = seq
    finally:  # those sent are never sent again, even when the network fails mid-way
        if done != after:
            with db.unit_of_work(None) as session:
                session.merge(LocalSetting(key=BREAK_GLASS_SENT, value=str(done)))
    return sent
