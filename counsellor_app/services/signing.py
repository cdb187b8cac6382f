"""The logged-in person's act key, unlocked with her password at login (issue 20, 4).

Her services never ask her to sign: the key her password opened at login stays in memory
for her session (``Database.signers``) and the outbox signs each act of hers as it queues it
(``storage.outbox``); the requests that are acts (erasure, transfer, referral) are signed by
the sync client the same way. A new account's key is made with its first password and
vouched for by the administrator who made it; a password changed wraps the same keys anew.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.orm import Session

from counsellor_app.core import acts
from counsellor_app.core.acts import ActKind
from counsellor_app.core.clock import utc_now
from counsellor_app.storage import user_keys
from counsellor_app.storage.database import Database
from counsellor_app.storage.keystore import KdfParams, WrongCredentials
from counsellor_app.storage.models import this_agency_id
from counsellor_app.storage.user_keys import UnlockedKeys

log = logging.getLogger(__name__)


def open_keys(db: Database, user_id: str, password: str, kdf: KdfParams) -> None:
    """At login: her keys unlocked for the session (made now if she has none here yet, or if
    those here were wrapped by a password she no longer has, after a recovery)."""
    with db.reader() as session:
        found = user_keys.entry(session, user_id)
    keys = None
    if found is not None:
        try:
            keys = user_keys.unwrap(found.get("material") or {}, user_id, password)
        except WrongCredentials:
            log.warning("act key not opened by the password: a new one is made")
    if keys is None:

        def make() -> UnlockedKeys:  # on the database's one writer
            with db.unit_of_work(user_id) as session:
                made = user_keys.make_entry(session, user_id, password, kdf)
                vouch(db, session)
                return made

        keys = db.writer.run(make)
    db.signers.clear()  # the person before her on this PC signs nothing more
    db.signers[user_id] = keys.signing


def vouch(db: Database, session: Session) -> int:
    """Colleagues' keys waiting for an administrator's act, signed now if the person logged
    in is one and this PC is enrolled (otherwise at enrolment or at a later sync)."""
    if db.outbox is None:
        return 0
    return user_keys.sign_pending(
        session,
        db.signers,
        db.outbox.device_id,
        this_agency_id(session),
        int(utc_now().timestamp() * 1000),
    )


def break_glass_act(
    db: Database, session: Session, user_id: str, person_id: str, reason: str
) -> dict[str, Any] | None:
    """Her signature over a break-glass (the file, the reason as recorded), made as she gives
    the reason, offline too; the sync client sends it to the server (``sync.acts``). None
    when this PC is not enrolled or her key is not open: there is no server to tell."""
    key = db.signers.get(user_id)
    if key is None or db.outbox is None:
        return None
    return acts.sign(
        key,
        ActKind.BREAK_GLASS,
        agency_id=this_agency_id(session),
        device_id=db.outbox.device_id,
        user_id=user_id,
        ids={"person_id": person_id},
        values={"reason": reason},
        at_ms=int(utc_now().timestamp() * 1000),
    )


def new_account_keys(
    db: Database, session: Session, user_id: str, password: str, kdf: KdfParams
) -> None:
    """A new account (or one reset by an administrator): a new key pair wrapped by its first
    password, vouched for by the administrator at work."""
    user_keys.make_entry(session, user_id, password, kdf)
    vouch(db, session)


def password_changed(
    db: Database, session: Session, user_id: str, old: str, new: str, kdf: KdfParams
) -> None:
    """Her keys wrapped anew by her new password (the server hears of it at the next sync)."""
    try:
        keys = user_keys.rewrap_entry(session, user_id, old, new, kdf)
    except WrongCredentials:
        keys = None
    if keys is None:  # none here, or not opened by the old password: a new pair
        keys = user_keys.make_entry(session, user_id, new, kdf)
        vouch(db, session)
    db.signers.clear()
    db.signers[user_id] = keys.signing
