"""Acts of a person checked against the server's own table of people's keys (issue 20, 4).

A device's signature proves which PC sent a request, not who acted. For the acts that need
a person's authority (``core.acts.ActKind``) the server wants her signature by her own key,
looks that key up in its own table (``models.UserKey``: which agency it belongs to, whether
it was revoked), reads her role from its own copy of her account, never from the operation,
and spends the act's nonce so a captured act cannot be played again. A refusal is a typed
code (``protocol.wire.ErrorCode``) and nothing of the act is stored.

The table is rooted at each agency's first administrator: her public key comes with the PC's
enrolment code, the one secret the central operator hands out. Every later key is registered
by an act of an administrator of the same agency. Disabling an account revokes its key.
"""

from __future__ import annotations

import base64
import binascii
import threading
import time
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from counsellor_app.core import acts
from counsellor_app.core.acts import ActKind
from counsellor_app.core.roles import Permission, Role, can
from counsellor_app.protocol.wire import ErrorCode
from counsellor_app.server.models import ActNonce, Device, Record, UserKey

MAX_MATERIAL_FIELDS = 12
MAX_MATERIAL_TEXT = 400
# Refusals an operation waits out (not stored, sent again): the key may still be registered.
RETRY = frozenset({ErrorCode.ACT_KEY_UNKNOWN})
# Spent nonces are purged by ``counsellor-server compact`` and, at most once this often, by
# the request that spends one (``ActDesk.spend``).
PURGE_EVERY_S = 3600.0
_purge_lock = threading.Lock()
_purged_at = [float("-inf")]  # the first act a server process receives purges


def purge_nonces(session: Session, now: datetime) -> int:
    """Forget the nonces of acts that can no longer be accepted, in the session's
    transaction; the number forgotten. A nonce spent at S belongs to an act signed at most
    ``FUTURE_SLACK_S`` after S, refused once older than ``MAX_AGE_S``: spent before
    now - MAX_AGE_S - FUTURE_SLACK_S, its act is refused by its age alone."""
    cutoff = now - timedelta(seconds=acts.MAX_AGE_S + acts.FUTURE_SLACK_S)
    result = session.connection().execute(delete(ActNonce).where(ActNonce.spent_at < cutoff))
    return int(result.rowcount or 0)


def _purge_due() -> bool:
    moment = time.monotonic()
    with _purge_lock:
        if moment - _purged_at[0] < PURGE_EVERY_S:
            return False
        _purged_at[0] = moment
        return True


class ActRefused(Exception):
    def __init__(self, code: str, status: int = 403) -> None:
        super().__init__(str(code))
        self.code, self.status = str(code), status


def public_key_bytes(text: str) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ActRefused(ErrorCode.VALIDATION, 422) from None
    if len(raw) != 32:
        raise ActRefused(ErrorCode.VALIDATION, 422)
    return raw


def valid_material(material: Any) -> dict[str, Any] | None:
    """The wrapped private key as the PC sends it: a few short texts and numbers, kept
    opaque (the server cannot open it); anything else is refused."""
    if material is None:
        return None
    if not isinstance(material, dict) or len(material) > MAX_MATERIAL_FIELDS:
        raise ActRefused(ErrorCode.VALIDATION, 422)
    for name, value in material.items():
        if not isinstance(name, str) or len(name) > 40:
            raise ActRefused(ErrorCode.VALIDATION, 422)
        if isinstance(value, str) and len(value) <= MAX_MATERIAL_TEXT:
            continue
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**31:
            continue
        if isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, int) and 0 <= v < 2**31 for k, v in value.items()
        ):
            continue
        raise ActRefused(ErrorCode.VALIDATION, 422)
    return dict(material)


class ActDesk:
    """Checks the acts arriving from one device (see the module's docstring)."""

    def __init__(self, session: Session, device: Device, now: datetime) -> None:
        self.session, self.device, self.now = session, device, now
        self._keys: dict[str, UserKey | None] = {}

    # -- the key and the account, from the server's records -------------------------------
    def key_of(self, user_id: str) -> UserKey | None:
        if user_id not in self._keys:
            self._keys[user_id] = self.session.get(UserKey, user_id)
        return self._keys[user_id]

    def account(self, user_id: str) -> Record | None:
        """The server's copy of the account, if it is one of this device's agency."""
        record = self.session.get(Record, ("user_account", user_id))
        if record is None or record.owner_agency_id != self.device.agency_id:
            return None
        return record

    def role(self, user_id: str, key: UserKey) -> Role | None:
        """Her role as the server's copy of her account says; the root administrator before
        her account's record arrives is an administrator (the enrolment code says so)."""
        record = self.account(user_id)
        if record is None:
            return Role.ADMINISTRATOR if key.root else None
        try:
            return Role(str(record.fields.get("role", "")))
        except ValueError:
            return None

    @staticmethod
    def _disabled(record: Record | None) -> bool:
        if record is None:
            return False
        fields = record.fields
        return fields.get("active") is False or bool(fields.get("deleted_at"))

    def check(
        self,
        act: Any,
        kind: ActKind,
        ids: Mapping[str, Any],
        values: Mapping[str, Any],
        claimed_user: str | None = None,
    ) -> UserKey:
        """The signer's key if ``act`` is a valid signature of this act by a live key of this
        device's agency (and of ``claimed_user``, when the request names one)."""
        if not acts.well_formed(act):
            raise ActRefused(ErrorCode.ACT_REQUIRED)
        user_id = str(act["user_id"])
        if claimed_user is not None and claimed_user != user_id:
            raise ActRefused(ErrorCode.ACT_USER_MISMATCH)
        key = self.key_of(user_id)
        if key is None:
            raise ActRefused(ErrorCode.ACT_KEY_UNKNOWN)
        if key.agency_id != self.device.agency_id:
            raise ActRefused(ErrorCode.ACT_WRONG_AGENCY)
        if key.revoked_at is not None or self._disabled(self.account(user_id)):
            raise ActRefused(ErrorCode.ACT_KEY_REVOKED)
        if not acts.verify(
            key.public_key,
            act,
            kind,
            agency_id=self.device.agency_id,
            device_id=self.device.id,
            ids=ids,
            values=values,
        ):
            raise ActRefused(ErrorCode.ACT_SIGNATURE_INVALID)
        return key

    def spend(self, act: Mapping[str, Any]) -> None:
        """The act's nonce, remembered with the request's transaction (refused if seen). An
        act out of the time window is refused first: its nonce may have been forgotten."""
        if not acts.fresh(int(act["at_ms"]), int(self.now.timestamp() * 1000)):
            raise ActRefused(ErrorCode.ACT_EXPIRED)
        if _purge_due():
            purge_nonces(self.session, self.now)
        user_id, nonce = str(act["user_id"]), str(act["nonce"])
        if self.session.get(ActNonce, (user_id, nonce)) is not None:
            raise ActRefused(ErrorCode.ACT_REPLAYED)
        self.session.add(ActNonce(user_id=user_id, nonce=nonce, spent_at=self.now))
        try:  # the same act sent twice at once: the primary key decides, never a 500
            self.session.flush()
        except IntegrityError:
            self.session.rollback()  # nothing of the request was written before its act
            raise ActRefused(ErrorCode.ACT_REPLAYED) from None

    def require(
        self,
        act: Any,
        kind: ActKind,
        ids: Mapping[str, Any],
        values: Mapping[str, Any],
        permission: Permission,
        claimed_user: str | None = None,
    ) -> str:
        """The acting person's id, once her signature, her key and her right (from the
        server's records) are checked and the act's nonce spent; otherwise ``ActRefused``."""
        key = self.check(act, kind, ids, values, claimed_user)
        role = self.role(key.user_id, key)
        if role is None or not can(role, permission):
            raise ActRefused(ErrorCode.ROLE_FORBIDDEN)
        self.spend(act)
        return key.user_id

    # -- pushed operations -----------------------------------------------------------------
    def op_refusal(
        self,
        op: Mapping[str, Any],
        kind: ActKind,
        account: Any,
        stored: Mapping[str, Any] | None,
    ) -> str | None:
        """Why a pushed operation that is an act is refused (None: its signature holds; the
        store then checks the signer's role as for any author). ``account``: the server's
        copy of the author's account (None if not stored yet); ``stored``: the record's
        stored values. The operation's own id is signed, so the act cannot move to another
        operation, and a copy of the operation is answered as the same one, applied once."""
        act = op.get("act")
        if not acts.well_formed(act):
            return ErrorCode.ACT_REQUIRED
        if act["user_id"] != op.get("actor_id"):
            return ErrorCode.ACT_USER_MISMATCH
        changes = op["changes"]
        values = acts.op_values(changes)
        if kind is ActKind.TRANCHE:
            confirmer = values.get("confirmed_by_user")
            if confirmer is not None and confirmer != act["user_id"]:
                return ErrorCode.ACT_USER_MISMATCH
            recorder = values.get("recorded_by_user") or (stored or {}).get("recorded_by_user")
            if recorder == act["user_id"]:
                return ErrorCode.SECOND_PERSON_REQUIRED
        try:
            key = self.check(act, kind, acts.op_ids(op), values)
        except ActRefused as refused:
            return refused.code
        if account is None and not key.root:
            return "actor_unknown"
        if op["entity"] == "user_account" and kind is ActKind.ACCOUNT:
            self._follow_account(str(op["entity_id"]), values)
        return None

    def _follow_account(self, user_id: str, values: Mapping[str, Any]) -> None:
        """An account disabled (or deleted) by an administrator's act revokes its key; one
        enabled again takes it back."""
        target = self.key_of(user_id)
        if target is None or target.agency_id != self.device.agency_id:
            return
        if values.get("active") is False or values.get("deleted_at"):
            target.revoked_at = target.revoked_at or self.now
        elif values.get("active") is True:
            target.revoked_at = None

    # -- the table of keys -----------------------------------------------------------------
    def register(
        self,
        user_id: str,
        public_key: str,
        material: Any,
        act: Any,
    ) -> dict[str, Any]:
        """A colleague's public key (and her wrapped private key), vouched by an act of an
        administrator of this agency; or her own material wrapped anew after she changed
        her password (her own act, same keys). A new key replaces the account's old one
        (after a password reset); an account of another agency is never taken over.

        The act covers the public key and the exchange key the material carries (the key
        other PCs seal their database key to); the rest of the material is opaque."""
        wrapped = valid_material(material)
        raw = public_key_bytes(public_key)
        exchange = (wrapped or {}).get("exchange_public")
        ids, values = {"user_id": user_id}, {"public_key": public_key, "exchange_public": exchange}
        existing = self.session.get(UserKey, user_id, with_for_update=True)
        if existing is not None and existing.agency_id != self.device.agency_id:
            raise ActRefused(ErrorCode.USER_KEY_TAKEN, 409)
        own = (
            existing is not None
            and acts.well_formed(act)
            and act["user_id"] == user_id
            and existing.public_key == raw
            and (existing.material or {}).get("exchange_public") == exchange
        )
        if own:  # her password changed: the same keys, wrapped anew
            self.check(act, ActKind.KEY_REGISTRATION, ids, values)
            self.spend(act)
            assert existing is not None
            existing.material = wrapped
            return {"status": "updated"}
        registrar = self.require(
            act, ActKind.KEY_REGISTRATION, ids, values, Permission.MANAGE_USERS
        )
        if existing is None:
            existing = UserKey(user_id=user_id, agency_id=self.device.agency_id, root=False)
            self.session.add(existing)
        existing.public_key, existing.material = raw, wrapped
        existing.registered_by, existing.registered_at = registrar, self.now
        existing.root = existing.root and registrar == user_id  # vouched for by another now
        existing.revoked_at = None
        self._keys[user_id] = existing
        return {"status": "registered"}

    def listed(self) -> list[dict[str, Any]]:
        """The keys of this device's agency (its PCs only): for checking colleagues' acts and
        for logging in on any of the agency's PCs with one's own password."""
        return [
            {
                "user_id": key.user_id,
                "public_key": base64.b64encode(key.public_key).decode("ascii"),
                "material": key.material,
                "revoked": key.revoked_at is not None,
            }
            for key in self.session.scalars(
                select(UserKey)
                .where(UserKey.agency_id == self.device.agency_id)
                .order_by(UserKey.user_id)
            )
        ]


def root_key(
    session: Session,
    device: Device,
    code: str,
    agency_code: str,
    device_key: str,
    proposed: Mapping[str, Any],
    now: datetime,
) -> None:
    """The enrolling administrator's key, registered with the enrolment code: it proves it
    holds the key (it signed the code's fingerprint with it), and an account that has a key
    already is never taken over."""
    user_id = proposed.get("user_id")
    public_key = proposed.get("public_key")
    act = proposed.get("act")
    if not isinstance(user_id, str) or not 1 <= len(user_id) <= 36:
        raise ActRefused(ErrorCode.VALIDATION, 422)
    if not isinstance(public_key, str) or not acts.well_formed(act) or act["user_id"] != user_id:
        raise ActRefused(ErrorCode.ACT_REQUIRED)
    wrapped = valid_material(proposed.get("material"))
    raw = public_key_bytes(public_key)
    if not acts.verify(
        raw,
        act,
        ActKind.ROOT_KEY,
        agency_id=agency_code.upper(),
        device_id=device_key,
        ids={"user_id": user_id},
        values={
            "public_key": public_key,
            "exchange_public": (wrapped or {}).get("exchange_public"),
            "code": acts.code_fingerprint(code),
        },
    ):
        raise ActRefused(ErrorCode.ACT_SIGNATURE_INVALID)
    if not acts.fresh(int(act["at_ms"]), int(now.timestamp() * 1000)):
        raise ActRefused(ErrorCode.ACT_EXPIRED)
    existing = session.get(UserKey, user_id)
    if existing is not None:
        if existing.agency_id == device.agency_id and existing.public_key == raw:
            return  # her own key, rooted already (another PC of hers enrolling)
        raise ActRefused(ErrorCode.USER_KEY_TAKEN, 409)
    session.add(
        UserKey(
            user_id=user_id,
            agency_id=device.agency_id,
            public_key=raw,
            material=wrapped,
            root=True,
            registered_by=user_id,
            registered_at=now,
        )
    )
    session.add(ActNonce(user_id=user_id, nonce=str(act["nonce"]), spent_at=now))


def root_with_code(
    session: Session, device: Device, code: str, proposed: Mapping[str, Any], now: datetime
) -> dict[str, Any]:
    """A PC enrolled before people's keys existed roots its administrator's key with a fresh
    enrolment code of its own agency (used up by it), as a new PC does at enrolment."""
    from counsellor_app.server.admin import aware, code_hash
    from counsellor_app.server.models import Agency, EnrolmentCode

    entry = session.get(EnrolmentCode, code_hash(code), with_for_update=True)
    if entry is None:
        raise ActRefused("code_unknown")
    if entry.used_at is not None:
        raise ActRefused("code_used")
    if aware(entry.expires_at) < now:
        raise ActRefused("code_expired")
    agency = session.get(Agency, device.agency_id)
    if agency is None or entry.agency_id != agency.id:
        raise ActRefused("code_for_another_agency")
    device_key = base64.b64encode(device.public_key).decode("ascii")
    root_key(session, device, code, agency.code, device_key, proposed, now)
    entry.used_at, entry.used_by_device = now, device.id
    return {"status": "registered"}
