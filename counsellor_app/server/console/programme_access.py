"""Which programmes a programme manager may see: rows the national administrator sets, read
from the server's own tables on every request (never from what the browser sends)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from counsellor_app.server.console.models import ConsoleAccount
from counsellor_app.server.models import Base, Record
from counsellor_app.server.scope import NATIONAL_OWNER


class ConsoleProgrammeAssignment(Base):
    """A programme assigned to a programme manager's account."""

    __tablename__ = "console_programme_assignment"
    account_id: Mapped[str] = mapped_column(ForeignKey("console_account.id"), primary_key=True)
    programme_id: Mapped[str] = mapped_column(String(36), primary_key=True)


def programmes(session: Session) -> list[Record]:
    """Every live national programme, by name."""
    found = session.scalars(
        select(Record).where(Record.entity == "programme", Record.owner_agency_id == NATIONAL_OWNER)
    )
    live = [r for r in found if not r.fields.get("deleted_at")]
    return sorted(live, key=lambda r: str(r.fields.get("name", "")).casefold())


def assigned(session: Session, account: ConsoleAccount) -> set[str]:
    return set(
        session.scalars(
            select(ConsoleProgrammeAssignment.programme_id).where(
                ConsoleProgrammeAssignment.account_id == account.id
            )
        )
    )


def assign(session: Session, account: ConsoleAccount, programme_ids: set[str]) -> None:
    """The account's programmes become exactly these (unknown ids are dropped)."""
    known = {r.id for r in programmes(session)}
    session.execute(
        delete(ConsoleProgrammeAssignment).where(
            ConsoleProgrammeAssignment.account_id == account.id
        )
    )
    for programme_id in sorted(programme_ids & known):
        session.add(ConsoleProgrammeAssignment(account_id=account.id, programme_id=programme_id))
