"""Central accounts: roles, Argon2id passwords under the PCs' policy, lockout, optional TOTP
and database-held sessions with their CSRF token and idle timeout.

Nothing here trusts the browser beyond the random session token in its cookie: the role,
the agency and the second factor's state are read from the server's own rows each request.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from counsellor_app.core.ids import new_id
from counsellor_app.core.languages import DEFAULT_LANGUAGE, LANGUAGES
from counsellor_app.core.lockout import lock_duration
from counsellor_app.core.passwords import password_problems
from counsellor_app.core.problems import Problem
from counsellor_app.server.console.models import ConsoleAccount, ConsoleSession

IDLE_TIMEOUT = timedelta(minutes=30)
MAX_SESSION = timedelta(hours=12)
USERNAME_MAX = 64
# Argon2id (the library's default type), at its RFC 9106 "low memory" parameters.
HASHER = PasswordHasher()
# Verified when the username is unknown, so that a wrong name costs as long as a wrong password.
_DUMMY_HASH = HASHER.hash(secrets.token_urlsafe(16))


class Role(StrEnum):
    NATIONAL_ADMIN = "national_admin"
    PROGRAMME_MANAGER = "programme_manager"
    AGENCY_SUPERVISOR = "agency_supervisor"
    AUDITOR = "auditor"


class AccountRefused(Exception):
    """A problem with what was typed, as a code the page translates."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(",".join(p.code for p in problems))
        self.problems = problems


def aware(moment: datetime | None) -> datetime | None:
    return moment if moment is None or moment.tzinfo else moment.replace(tzinfo=UTC)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def clean_username(username: str) -> str:
    return username.strip().lower()[:USERNAME_MAX]


def create_account(
    session: Session,
    username: str,
    display_name: str,
    role: str,
    password: str,
    now: datetime,
    agency_id: str | None = None,
    language: str = DEFAULT_LANGUAGE,
) -> ConsoleAccount:
    name = clean_username(username)
    problems: list[Problem] = []
    if not name or not all(ch.isalnum() or ch in "._-" for ch in name):
        problems.append(Problem("username_invalid", "username"))
    elif session.scalar(select(ConsoleAccount.id).where(ConsoleAccount.username == name)):
        problems.append(Problem("username_taken", "username"))
    if role not in set(Role):
        problems.append(Problem("role_invalid", "role"))
    elif (role == Role.AGENCY_SUPERVISOR) != (agency_id is not None):
        problems.append(Problem("agency_required", "agency"))
    if not display_name.strip():
        problems.append(Problem("name_required", "display_name"))
    problems += password_problems(password, name)
    if problems:
        raise AccountRefused(problems)
    account = ConsoleAccount(
        id=new_id(),
        username=name,
        display_name=display_name.strip()[:120],
        role=role,
        agency_id=agency_id if role == Role.AGENCY_SUPERVISOR else None,
        password_hash=HASHER.hash(password),
        language=language if language in LANGUAGES else DEFAULT_LANGUAGE,
        failed_attempts=0,
        created_at=now,
    )
    session.add(account)
    session.flush()
    return account


def change_password(account: ConsoleAccount, current: str, new: str) -> None:
    if not _password_matches(account.password_hash, current):
        raise AccountRefused([Problem("password_wrong", "current")])
    problems = password_problems(new, account.username, "new")
    if problems:
        raise AccountRefused(problems)
    account.password_hash = HASHER.hash(new)


def _password_matches(encoded: str, password: str) -> bool:
    try:
        return HASHER.verify(encoded, password[:1024])
    except (VerificationError, InvalidHashError):
        return False


class Outcome(StrEnum):
    SIGNED_IN = "signed_in"
    TOTP_NEEDED = "totp_needed"
    REFUSED = "refused"  # wrong name or password: the page never says which
    LOCKED = "locked"


@dataclass(frozen=True)
class SignIn:
    outcome: Outcome
    account: ConsoleAccount | None = None
    token: str = ""
    locked_until: datetime | None = None


def sign_in(session: Session, username: str, password: str, now: datetime) -> SignIn:
    """Check a password with the PCs' lockout: 5 wrong in a row lock the account for 5
    minutes, doubling up to an hour; a right password during the lock is refused too."""
    account = session.scalar(
        select(ConsoleAccount)
        .where(ConsoleAccount.username == clean_username(username))
        .with_for_update()
    )
    if account is None or account.disabled_at is not None:
        _password_matches(_DUMMY_HASH, password)
        return SignIn(Outcome.REFUSED)
    locked = aware(account.locked_until)
    if locked is not None and locked > now:
        return SignIn(Outcome.LOCKED, account, locked_until=locked)
    if not _password_matches(account.password_hash, password):
        account.failed_attempts += 1
        duration = lock_duration(account.failed_attempts)
        if duration is not None:
            account.locked_until = now + duration
            return SignIn(Outcome.LOCKED, account, locked_until=account.locked_until)
        return SignIn(Outcome.REFUSED, account)
    pending = account.totp_secret is not None
    if not pending:
        account.failed_attempts, account.locked_until = 0, None
    token = open_session(session, account, now, pending_totp=pending)
    return SignIn(Outcome.TOTP_NEEDED if pending else Outcome.SIGNED_IN, account, token)


def second_factor(
    session: Session, record: ConsoleSession, account: ConsoleAccount, code: str, now: datetime
) -> SignIn:
    """The TOTP code of a session whose password was right. Wrong codes count towards the
    same lockout as wrong passwords (a stolen password does not give unlimited guesses)."""
    locked = aware(account.locked_until)
    if locked is not None and locked > now:
        session.delete(record)
        return SignIn(Outcome.LOCKED, account, locked_until=locked)
    step = _matching_step(account.totp_secret or "", code, now)
    if step is not None and step > (account.totp_last_step or -1):
        session.delete(record)
        account.failed_attempts, account.locked_until = 0, None
        account.totp_last_step = step
        return SignIn(Outcome.SIGNED_IN, account, open_session(session, account, now))
    account.failed_attempts += 1
    duration = lock_duration(account.failed_attempts)
    if duration is not None:
        account.locked_until = now + duration
        session.delete(record)
        return SignIn(Outcome.LOCKED, account, locked_until=account.locked_until)
    return SignIn(Outcome.REFUSED, account)


def _matching_step(secret: str, code: str, now: datetime) -> int | None:
    """The time step whose code this is (the current one, or one either side for a phone's
    clock a little off), or None. Kept per account, so an overheard code is good once."""
    digits = "".join(ch for ch in code[:16] if ch.isdigit())
    if len(secret) != 32 or len(digits) != 6:
        return None
    try:
        totp = pyotp.TOTP(secret)
        current = totp.timecode(now)
        for step in (current - 1, current, current + 1):
            if hmac.compare_digest(totp.generate_otp(step), digits):
                return step
    except ValueError:  # not base32
        return None
    return None


def open_session(
    session: Session, account: ConsoleAccount, now: datetime, pending_totp: bool = False
) -> str:
    """A new random token (a fresh one at each step: no session fixation)."""
    token = secrets.token_urlsafe(32)
    session.add(
        ConsoleSession(
            token_hash=token_hash(token),
            account_id=account.id,
            csrf_token=secrets.token_urlsafe(32),
            pending_totp=pending_totp,
            created_at=now,
            last_seen_at=now,
        )
    )
    return token


def find_session(
    session: Session, token: str, now: datetime
) -> tuple[ConsoleSession, ConsoleAccount] | None:
    """The live session of a cookie's token, its idle clock restarted; an expired one is
    removed. A disabled account's sessions end at once."""
    if not token or len(token) > 100:
        return None
    record = session.get(ConsoleSession, token_hash(token))
    if record is None:
        return None
    last_seen, created = aware(record.last_seen_at), aware(record.created_at)
    assert last_seen is not None and created is not None
    account = session.get(ConsoleAccount, record.account_id)
    if (
        account is None
        or account.disabled_at is not None
        or now - last_seen > IDLE_TIMEOUT
        or now - created > MAX_SESSION
    ):
        session.delete(record)
        return None
    record.last_seen_at = now
    return record, account


def purge_expired(session: Session, now: datetime) -> None:
    """Sessions idle past the timeout (abandoned sign-ins among them), removed at each
    sign-in so that the table does not grow with every closed browser."""
    session.execute(delete(ConsoleSession).where(ConsoleSession.last_seen_at < now - IDLE_TIMEOUT))


def end_session(session: Session, token: str) -> None:
    session.execute(delete(ConsoleSession).where(ConsoleSession.token_hash == token_hash(token)))


def csrf_matches(expected: str, given: str) -> bool:
    return bool(expected) and hmac.compare_digest(expected.encode(), given[:100].encode())


def new_totp_secret() -> str:
    return pyotp.random_base32()


def totp_uri(secret: str, username: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name="Counsellor")


def enable_totp(account: ConsoleAccount, secret: str, code: str, now: datetime) -> bool:
    """Turned on only once the person has typed a code from the new secret: no account is
    locked out by a secret its phone never received."""
    step = _matching_step(secret, code, now)
    if step is None:
        return False
    account.totp_secret, account.totp_last_step = secret, step
    return True
