"""The console's rules on a real server database (a migrated SQLite file): the audit chain
shows tampering, sessions end when idle, forms are read within limits, every word exists in
the three languages, and ``create-admin`` applies the PCs' password policy."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from string import Formatter

import pytest
from sqlalchemy import Engine, delete, update
from sqlalchemy.orm import Session

from counsellor_app.server.console import accounts, audit, overview
from counsellor_app.server.console.accounts import Outcome, Role
from counsellor_app.server.console.catalogue import WORDS, translate
from counsellor_app.server.console.forms import BadForm, parse_multipart, parse_urlencoded
from counsellor_app.server.console.models import ConsoleAudit, ConsoleSession
from counsellor_app.server.console.routes import NOTICES
from counsellor_app.server.database import make_engine, migrate

TEMPLATES = Path(__file__).resolve().parents[2] / "counsellor_app/server/console/templates"
NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    made = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    migrate(made)
    yield made
    made.dispose()


def test_an_edited_or_removed_audit_entry_breaks_the_chain(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        account = accounts.create_account(
            session, "nadia", "Nadia", Role.NATIONAL_ADMIN, "Sahara-Atlas-2026", NOW
        )
        for minute, action in enumerate(("sign_in", "agency_saved", "enrolment_code")):
            audit.record(session, account, action, NOW + timedelta(minutes=minute), target="RABAG")
    with Session(engine) as session:
        assert audit.verify_chain(session) == audit.ChainCheck(3, None)
    with Session(engine) as session, session.begin():  # someone hides what they did
        session.execute(update(ConsoleAudit).where(ConsoleAudit.seq == 2).values(target="CASAA"))
    with Session(engine) as session:
        assert audit.verify_chain(session).first_broken == 2
    with Session(engine) as session, session.begin():
        session.execute(update(ConsoleAudit).where(ConsoleAudit.seq == 2).values(target="RABAG"))
        session.execute(delete(ConsoleAudit).where(ConsoleAudit.seq == 3))  # the last one removed
    with Session(engine) as session:
        assert audit.verify_chain(session).first_broken == 3


def test_a_session_ends_after_thirty_idle_minutes_and_its_token_is_never_stored(
    engine: Engine,
) -> None:
    with Session(engine) as session, session.begin():
        accounts.create_account(session, "omar", "Omar", Role.AUDITOR, "Sahara-Atlas-2026", NOW)
        signed = accounts.sign_in(session, "OMAR ", "Sahara-Atlas-2026", NOW)
    assert signed.outcome is Outcome.SIGNED_IN
    with Session(engine) as session, session.begin():
        assert session.get(ConsoleSession, signed.token) is None  # only its hash is kept
        assert accounts.find_session(session, signed.token, NOW + timedelta(minutes=29))
        # Active 29 minutes later, so the idle clock restarted there.
        assert accounts.find_session(session, signed.token, NOW + timedelta(minutes=58))
    with Session(engine) as session, session.begin():
        assert accounts.find_session(session, signed.token, NOW + timedelta(minutes=89)) is None
    with Session(engine) as session:
        assert session.query(ConsoleSession).count() == 0  # removed, not just refused
    # An abandoned session (a sign-in never finished) goes at the next sign-in after its time.
    with Session(engine) as session, session.begin():
        accounts.sign_in(session, "omar", "Sahara-Atlas-2026", NOW)
        accounts.purge_expired(session, NOW + timedelta(minutes=29))
        assert session.query(ConsoleSession).count() == 1
        accounts.purge_expired(session, NOW + timedelta(minutes=31))
        assert session.query(ConsoleSession).count() == 0


def test_lockout_follows_the_pcs_schedule_and_totp_guesses_count(engine: Engine) -> None:
    import pyotp

    with Session(engine) as session, session.begin():
        account = accounts.create_account(
            session, "salma", "Salma", Role.NATIONAL_ADMIN, "Sahara-Atlas-2026", NOW
        )
        account.totp_secret = pyotp.random_base32()
        first = accounts.sign_in(session, "salma", "Sahara-Atlas-2026", NOW)
        assert first.outcome is Outcome.TOTP_NEEDED
        record = accounts.find_session(session, first.token, NOW)
        assert record is not None and record[0].pending_totp
        outcomes = [
            accounts.second_factor(session, record[0], account, "12345x", NOW).outcome
            for _ in range(5)
        ]
        assert outcomes == [Outcome.REFUSED] * 4 + [Outcome.LOCKED]
        assert account.locked_until == NOW + timedelta(minutes=5)
        # Locked: even the right password is refused until the time is out.
        locked = accounts.sign_in(session, "salma", "Sahara-Atlas-2026", NOW + timedelta(minutes=4))
        assert locked.outcome is Outcome.LOCKED
        later = accounts.sign_in(session, "salma", "Sahara-Atlas-2026", NOW + timedelta(minutes=6))
        assert later.outcome is Outcome.TOTP_NEEDED
        pending = accounts.find_session(session, later.token, NOW + timedelta(minutes=6))
        assert pending is not None
        code = pyotp.TOTP(account.totp_secret).at(NOW + timedelta(minutes=6))
        done = accounts.second_factor(
            session, pending[0], account, code, NOW + timedelta(minutes=6)
        )
        assert done.outcome is Outcome.SIGNED_IN and account.failed_attempts == 0
        # The same code again (overheard, or typed twice): refused.
        again = accounts.sign_in(session, "salma", "Sahara-Atlas-2026", NOW + timedelta(minutes=6))
        pending = accounts.find_session(session, again.token, NOW + timedelta(minutes=6))
        assert pending is not None
        replay = accounts.second_factor(
            session, pending[0], account, code, NOW + timedelta(minutes=6)
        )
        assert replay.outcome is Outcome.REFUSED


def test_forms_are_read_within_limits() -> None:
    assert parse_urlencoded(b"csrf=abc&name=Agence+F%C3%A8s") == {
        "csrf": "abc",
        "name": "Agence Fès",
    }
    for hostile in (
        b"&".join(b"f%d=1" % n for n in range(100)),  # too many fields
        "name=Fès".encode(),  # raw bytes outside ASCII: not what a browser sends
        b"name=%00",  # a NUL
        b"x=" + b"a" * 70_000,  # too large
    ):
        with pytest.raises(BadForm):
            parse_urlencoded(hostile)
    body = (
        b'--B\r\nContent-Disposition: form-data; name="csrf"\r\n\r\ntok\r\n'
        b'--B\r\nContent-Disposition: form-data; name="bundle"; filename="a.cbundle"\r\n'
        b"Content-Type: application/octet-stream\r\n\r\nPK\x03\x04\x00\xff\r\n--B--\r\n"
    )
    fields, files = parse_multipart("multipart/form-data; boundary=B", body)
    assert fields == {"csrf": "tok"} and files == {"bundle": b"PK\x03\x04\x00\xff"}
    with pytest.raises(BadForm):
        parse_multipart("multipart/form-data", body)


def test_every_word_exists_in_three_languages_with_the_same_placeholders() -> None:
    used = set()
    for template in TEMPLATES.glob("*.html"):
        used |= set(re.findall(r"\bt\('([a-z_]+)'[,)]", template.read_text("utf-8")))
    used |= {f"role_{role.value}" for role in Role} | {f"kind_{k}" for k in overview.AGENCY_KINDS}
    used |= NOTICES
    assert used - set(WORDS) == set()
    for key, words in WORDS.items():
        assert all(word.strip() for word in words), key
        fields = [{name for _, name, _, _ in Formatter().parse(word) if name} for word in words]
        assert fields[0] == fields[1] == fields[2], key
    assert translate("ar", "sign_in") == "تسجيل الدخول"
    assert translate("xx", "sign_in") == "Connexion"  # unknown language: French


def test_create_admin_applies_the_password_policy_and_takes_no_password_argument(
    tmp_path: Path,
) -> None:
    environment = {
        **os.environ,
        "COUNSELLOR_SERVER_DATABASE_URL": f"sqlite:///{tmp_path / 'server.db'}",
        "COUNSELLOR_SERVER_LOG_JSON": "1",
    }
    command = [sys.executable, "-m", "counsellor_app.server.cli", "create-admin",
               "--username", "nadia", "--name", "Nadia Alaoui", "--password-stdin"]  # fmt: skip
    weak = subprocess.run(
        command, input="azertyuiop\n", env=environment, capture_output=True, text=True, check=False
    )
    assert weak.returncode == 2 and "too common" in weak.stderr
    made = subprocess.run(
        command, input="Sahara-Atlas-2026\n", env=environment, capture_output=True, text=True,
        check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    again = subprocess.run(
        command, input="Sahara-Atlas-2026\n", env=environment, capture_output=True, text=True,
        check=False,
    )  # fmt: skip
    assert again.returncode == 2 and "already exists" in again.stderr
