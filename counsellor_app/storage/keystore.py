"""The database key, wrapped once per user account with a key derived from that user's password.

The database key itself is random (32 bytes). Each account stores it encrypted with AES-256-GCM
under an Argon2id key derived from the account's password, so any authorised user of the PC
unlocks the file and a stolen disk reveals nothing. The file also keeps the lockout counters,
which must be readable before the database is open.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from counsellor_app.core.lockout import lock_duration
from counsellor_app.core.normalize import fold
from counsellor_app.storage.atomic import write_atomically

KEY_BYTES = 32
FORMAT_VERSION = 1


MAX_PENDING_FAILURES = 500


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default takes a few hundred milliseconds on an old agency PC."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2


FAST_KDF_FOR_TESTS = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


class KeystoreError(Exception):
    pass


class WrongCredentials(KeystoreError):
    """Unknown user or wrong password: deliberately indistinguishable for the caller's message."""


class AccountLocked(KeystoreError):
    def __init__(self, until: datetime) -> None:
        super().__init__(until.isoformat())
        self.until = until


def username_key(username: str) -> str:
    return fold(username).replace(" ", "")


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def key_check(database_key: bytes) -> str:
    """A fingerprint of the database key (HMAC of a constant under it: it reveals nothing of
    the key), so the recovery key can be checked against the key file when the database
    itself is missing."""
    return hmac.new(database_key, b"counsellor key check", hashlib.sha256).hexdigest()


class Keystore:
    def __init__(
        self,
        path: Path,
        accounts: dict[str, dict[str, Any]] | None = None,
        failed_logins: list[dict[str, Any]] | None = None,
        check: str = "",
    ) -> None:
        self.path = path
        self._check = check
        self._accounts: dict[str, dict[str, Any]] = accounts or {}
        # Wrong passwords happen before the database is open: they wait here for the next
        # login, which copies them into the audit trail (never the typed text itself).
        self._failed: list[dict[str, Any]] = failed_logins or []

    @classmethod
    def load(cls, path: Path) -> Keystore:
        try:
            raw = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise KeystoreError(f"unreadable key store {path}") from exc
        if raw.get("version") != FORMAT_VERSION:
            raise KeystoreError(f"unsupported key store version {raw.get('version')}")
        failed = raw.get("failed_logins", [])
        check = raw.get("key_check", "")
        return cls(
            path,
            raw["accounts"],
            failed if isinstance(failed, list) else [],
            check if isinstance(check, str) else "",
        )

    def save(self) -> None:
        body = {
            "version": FORMAT_VERSION,
            "accounts": self._accounts,
            "failed_logins": self._failed[-MAX_PENDING_FAILURES:],
            "key_check": self._check,
        }
        write_atomically(self.path, json.dumps(body, indent=1, sort_keys=True).encode("utf-8"))

    def has_account(self, username: str) -> bool:
        return username_key(username) in self._accounts

    def set_password(
        self, username: str, password: str, database_key: bytes, params: KdfParams
    ) -> None:
        """Wrap ``database_key`` for ``username`` (new account or password change), and save."""
        salt, nonce = os.urandom(16), os.urandom(12)
        name = username_key(username)
        wrapped = AESGCM(_derive(password, salt, params)).encrypt(
            nonce, database_key, name.encode("utf-8")
        )
        self._accounts[name] = {
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped": _b64(wrapped),
            "kdf": asdict(params),
            "failures": 0,
            "locked_until": None,
        }
        self._check = key_check(database_key)
        self.save()

    def remove(self, username: str) -> None:
        if self._accounts.pop(username_key(username), None) is not None:
            self.save()

    def unlock(self, username: str, password: str, now: datetime) -> bytes:
        """Return the database key, or raise; counts failures and locks the account."""
        name = username_key(username)
        account = self._accounts.get(name)
        if account is None:
            # Spend the same time as a real attempt, so timing does not reveal user names.
            _derive(password, b"\0" * 16, KdfParams())
            # An unknown name may be a password typed in the wrong box: it is not kept.
            self._note_failure(now, None, locked=False)
            raise WrongCredentials(username)
        locked_until = account.get("locked_until")
        if locked_until and datetime.fromisoformat(locked_until) > now:
            raise AccountLocked(datetime.fromisoformat(locked_until))
        params = KdfParams(**account["kdf"])
        kek = _derive(password, _unb64(account["salt"]), params)
        try:
            key = AESGCM(kek).decrypt(
                _unb64(account["nonce"]), _unb64(account["wrapped"]), name.encode("utf-8")
            )
        except InvalidTag:
            account["failures"] = int(account.get("failures", 0)) + 1
            duration = lock_duration(account["failures"])
            account["locked_until"] = (now + duration).isoformat() if duration else None
            self._note_failure(now, name, locked=duration is not None)
            if duration:
                raise AccountLocked(now + duration) from None
            raise WrongCredentials(username) from None
        if account.get("failures") or account.get("locked_until") or not self._check:
            account["failures"], account["locked_until"] = 0, None
            self._check = key_check(key)  # key files older than the check gain it here
            with contextlib.suppress(OSError):  # a full or read-only disk: the database says it
                self.save()
        return key

    def matches(self, database_key: bytes) -> bool:
        """Whether ``database_key`` is the one this file wraps (False when unknown)."""
        return bool(self._check) and hmac.compare_digest(self._check, key_check(database_key))

    def _note_failure(self, now: datetime, name: str | None, locked: bool) -> None:
        self._failed.append({"at": now.isoformat(), "username": name, "locked": locked})
        self.save()

    def failed_logins(self) -> list[dict[str, Any]]:
        """Failed attempts not yet in the audit trail, oldest first."""
        return list(self._failed[-MAX_PENDING_FAILURES:])

    def forget_failed_logins(self, count: int) -> None:
        """Drop the ``count`` oldest, once the audit trail holds them."""
        if count:
            self._failed = self._failed[-MAX_PENDING_FAILURES:][count:]
            self.save()

    def failures(self, username: str) -> int:
        return int(self._accounts.get(username_key(username), {}).get("failures", 0))


def format_recovery_key(database_key: bytes) -> str:
    """The database key itself, in groups of four base32 characters, to be kept on paper.

    It opens the file even if the key store is lost, which is exactly its purpose.
    """
    text = base64.b32encode(database_key).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    padded = cleaned + "=" * (-len(cleaned) % 8)
    try:
        key = base64.b32decode(padded)
    except ValueError as exc:
        raise WrongCredentials("recovery key") from exc
    if len(key) != KEY_BYTES:
        raise WrongCredentials("recovery key")
    return key
