"""Each account's own key pair for signing her acts (``core.acts``), on this PC.

The pair is made on the PC when the account is created (or at its first login after this
feature came): an Ed25519 key that signs her acts and an X25519 key other PCs of her agency
seal their database key to, so that she can log in there with her own password. Both private
halves are kept only wrapped by a key derived from her password with Argon2id, under the
same policy as the PC's logins (``storage.keystore``); never in clear, in the database file
or anywhere else. The wrapped form ("material") is what the server keeps for her agency's
PCs: it cannot open it.

The entry of an account lives in the database's local settings (``user_key.<account id>``):
the public key, the material, and her key's registration on the server (an act of an
administrator, or the enrolment for the first one) until the server took it.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.storage.atomic import write_atomically
from counsellor_app.storage.keystore import KdfParams, WrongCredentials, username_key
from counsellor_app.storage.models import LocalSetting

PREFIX = "user_key."
MATERIAL_VERSION = 1
_AAD = b"counsellor user key|"


@dataclass(frozen=True)
class UnlockedKeys:
    """Her private keys, in memory for the time of her session only."""

    signing: Ed25519PrivateKey
    exchange: X25519PrivateKey


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    return base64.b64decode(str(text).encode("ascii"), validate=True)


def _derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def public_key_of(keys: UnlockedKeys) -> str:
    return _b64(keys.signing.public_key().public_bytes_raw())


def wrap(keys: UnlockedKeys, user_id: str, password: str, params: KdfParams) -> dict[str, Any]:
    """Her private halves, encrypted under her password (AES-256-GCM, Argon2id), bound to
    her account id: the material her agency's PCs may hold."""
    salt, nonce = os.urandom(16), os.urandom(12)
    secret = keys.signing.private_bytes_raw() + keys.exchange.private_bytes_raw()
    wrapped = AESGCM(_derive(password, salt, params)).encrypt(
        nonce, secret, _AAD + user_id.encode("utf-8")
    )
    return {
        "v": MATERIAL_VERSION,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "wrapped": _b64(wrapped),
        "kdf": asdict(params),
        "exchange_public": _b64(keys.exchange.public_key().public_bytes_raw()),
    }


def unwrap(material: dict[str, Any], user_id: str, password: str) -> UnlockedKeys:
    """Her keys, or ``WrongCredentials`` (a wrong password, or material not hers)."""
    try:
        params = KdfParams(**material["kdf"])
        secret = AESGCM(_derive(password, _unb64(material["salt"]), params)).decrypt(
            _unb64(material["nonce"]),
            _unb64(material["wrapped"]),
            _AAD + user_id.encode("utf-8"),
        )
    except (InvalidTag, KeyError, TypeError, ValueError) as exc:
        raise WrongCredentials(user_id) from exc
    return UnlockedKeys(
        Ed25519PrivateKey.from_private_bytes(secret[:32]),
        X25519PrivateKey.from_private_bytes(secret[32:64]),
    )


def new_keys() -> UnlockedKeys:
    return UnlockedKeys(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())


# -- the entries in the database's local settings -------------------------------------------
def entry(session: Session, user_id: str) -> dict[str, Any] | None:
    row = session.get(LocalSetting, PREFIX + user_id)
    if row is None:
        return None
    try:
        found = json.loads(row.value)
    except ValueError:
        return None
    return found if isinstance(found, dict) else None


def save_entry(session: Session, user_id: str, value: dict[str, Any]) -> None:
    session.merge(LocalSetting(key=PREFIX + user_id, value=json.dumps(value, sort_keys=True)))


def entries(session: Session) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for row in session.scalars(select(LocalSetting).where(LocalSetting.key.startswith(PREFIX))):
        try:
            value = json.loads(row.value)
        except ValueError:
            continue
        if isinstance(value, dict):
            found[row.key[len(PREFIX) :]] = value
    return found


def make_entry(session: Session, user_id: str, password: str, params: KdfParams) -> UnlockedKeys:
    """A new key pair for the account, wrapped by her password and kept; its registration on
    the server waits for an administrator's act (``registration``)."""
    keys = new_keys()
    save_entry(
        session,
        user_id,
        {
            "public_key": public_key_of(keys),
            "material": wrap(keys, user_id, password, params),
            "registration": None,  # the administrator's act, once signed
            "registered": False,
        },
    )
    return keys


def rewrap_entry(
    session: Session, user_id: str, old_password: str, new_password: str, params: KdfParams
) -> UnlockedKeys | None:
    """Her password changed: the same keys, wrapped anew; the server hears of it at the next
    sync (her own act). None if she has no entry here."""
    found = entry(session, user_id)
    if found is None:
        return None
    keys = unwrap(found["material"], user_id, old_password)
    found["material"] = wrap(keys, user_id, new_password, params)
    found["material_sent"] = False
    save_entry(session, user_id, found)
    return keys


# -- registration on the server -----------------------------------------------------------
def registration_values(found: dict[str, Any]) -> dict[str, Any]:
    """What a registration act covers: the public key, and the exchange key other PCs seal
    their database key to (the rest of the material is opaque to everyone but her)."""
    material = found.get("material") or {}
    return {
        "public_key": found.get("public_key"),
        "exchange_public": material.get("exchange_public"),
    }


def administrator_signer(session: Session, signers: dict[str, Any]) -> tuple[str, Any] | None:
    """An unlocked key of an active administrator of this PC (the person logged in), who
    may vouch for her colleagues' keys."""
    from counsellor_app.storage.models import UserAccount

    for user_id, key in signers.items():
        account = session.get(UserAccount, user_id)
        if (
            account is not None
            and account.active
            and account.deleted_at is None
            and account.role == "administrator"
        ):
            return user_id, key
    return None


def sign_pending(
    session: Session, signers: dict[str, Any], device_id: str, agency_id: str, at_ms: int
) -> int:
    """Colleagues' keys not yet vouched for, signed by the administrator logged in (if she
    is): the act the server wants before it takes them."""
    from counsellor_app.core import acts

    admin = administrator_signer(session, signers)
    if admin is None:
        return 0
    admin_id, key = admin
    signed = 0
    for user_id, found in entries(session).items():
        if found.get("registered") or found.get("registration") or user_id == admin_id:
            continue  # nobody vouches for her own key
        found["registration"] = acts.sign(
            key,
            acts.ActKind.KEY_REGISTRATION,
            agency_id=agency_id,
            device_id=device_id,
            user_id=admin_id,
            ids={"user_id": user_id},
            values=registration_values(found),
            at_ms=at_ms,
        )
        save_entry(session, user_id, found)
        signed += 1
    return signed


# -- logging in on another PC of her agency ---------------------------------------------------
# A PC that learns a colleague's material from the server (she was registered on another PC)
# seals its own database key to her exchange key and keeps the result next to its key file:
# her password opens her material, her exchange key opens the seal, and her first login here
# wraps the database key under her password as for any account (``Keystore.set_password``).
_SEAL_INFO = b"counsellor invitation|"


def invitations_path(keystore_path: Path) -> Path:
    return keystore_path.with_name("invitations.json")


def _load_invitations(path: Path) -> dict[str, dict[str, Any]]:
    try:
        raw = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def _seal_key(shared: bytes, user_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=_SEAL_INFO + user_id.encode()
    ).derive(shared)


def invite(
    keystore_path: Path,
    username: str,
    user_id: str,
    public_key: str,
    material: dict[str, Any],
    database_key: bytes,
) -> None:
    """This PC's database key sealed to her exchange key (what her material carries), for
    her first login here with her own password."""
    exchange = X25519PublicKey.from_public_bytes(_unb64(material["exchange_public"]))
    ephemeral = X25519PrivateKey.generate()
    nonce = os.urandom(12)
    name = username_key(username)
    sealed = AESGCM(_seal_key(ephemeral.exchange(exchange), user_id)).encrypt(
        nonce, database_key, name.encode("utf-8")
    )
    path = invitations_path(keystore_path)
    invitations = _load_invitations(path)
    invitations[name] = {
        "user_id": user_id,
        "public_key": public_key,
        "material": material,
        "ephemeral": _b64(ephemeral.public_key().public_bytes_raw()),
        "nonce": _b64(nonce),
        "sealed": _b64(sealed),
    }
    write_atomically(path, json.dumps(invitations, indent=1, sort_keys=True).encode("utf-8"))


def invited(keystore_path: Path, username: str) -> bool:
    return username_key(username) in _load_invitations(invitations_path(keystore_path))


def accept_invitation(
    keystore_path: Path, username: str, password: str
) -> tuple[bytes, str, dict[str, Any], str] | None:
    """(database key, her account id, her material, her public key) if her password opens
    an invitation kept for her here; None otherwise (the ordinary login then refuses)."""
    path = invitations_path(keystore_path)
    name = username_key(username)
    found = _load_invitations(path).get(name)
    if not isinstance(found, dict):
        return None
    user_id = str(found.get("user_id", ""))
    try:
        keys = unwrap(found["material"], user_id, password)
        if public_key_of(keys) != found.get("public_key"):
            return None  # not the key the server registered for her
        shared = keys.exchange.exchange(
            X25519PublicKey.from_public_bytes(_unb64(found["ephemeral"]))
        )
        database_key = AESGCM(_seal_key(shared, user_id)).decrypt(
            _unb64(found["nonce"]), _unb64(found["sealed"]), name.encode("utf-8")
        )
    except (WrongCredentials, InvalidTag, KeyError, TypeError, ValueError):
        return None
    return database_key, user_id, dict(found["material"]), str(found["public_key"])


def forget_invitation(keystore_path: Path, username: str) -> None:
    path = invitations_path(keystore_path)
    invitations = _load_invitations(path)
    if invitations.pop(username_key(username), None) is not None:
        write_atomically(path, json.dumps(invitations, indent=1, sort_keys=True).encode("utf-8"))
