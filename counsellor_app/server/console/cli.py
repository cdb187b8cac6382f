"""``counsellor-server create-admin``: the first national administrator, from the command
line of the server's machine (whoever holds it already holds the database)."""

from __future__ import annotations

import getpass
import sys
from datetime import datetime

from sqlalchemy.orm import Session

from counsellor_app.server.console import audit
from counsellor_app.server.console.accounts import AccountRefused, Role, create_account
from counsellor_app.server.console.catalogue import translate


def create_admin(
    session: Session, username: str, name: str, from_stdin: bool, now: datetime
) -> int:
    """The password never travels on the command line (other users see it in ``ps``)."""
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            print("counsellor-server: the two passwords differ", file=sys.stderr)
            return 2
    try:
        account = create_account(session, username, name, Role.NATIONAL_ADMIN, password, now)
    except AccountRefused as refused:
        reasons = "; ".join(
            translate("en", p.code, **dict(p.params or {})) for p in refused.problems
        )
        print(f"counsellor-server: {reasons}", file=sys.stderr)
        return 2
    audit.record(session, None, "account_created", now, target=account.username,
                 username="command-line", role=account.role)  # fmt: skip
    print(f"national administrator {account.username} created; sign in at /console")
    return 0
