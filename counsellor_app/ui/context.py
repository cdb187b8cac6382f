"""What the screens of one logged-in session need, passed through constructors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.documents import DocumentService
from counsellor_app.services.drafts import DraftService
from counsellor_app.services.people import PeopleService
from counsellor_app.services.users import UserService
from counsellor_app.storage.database import Database
from counsellor_app.ui.memory import drop_cached_source_lines
from counsellor_app.ui.operations import Operations

if TYPE_CHECKING:
    from counsellor_app.ui.change_hub import ChangeHub
    from counsellor_app.ui.sync_panel import SyncController


@dataclass
class UiContext:
    workspace: Workspace
    db: Database
    user: CurrentUser
    people: PeopleService
    drafts: DraftService
    users: UserService
    operations: Operations
    language: str
    # Set by the main window: exchanges with the central server, one at a time.
    sync: SyncController | None = None
    # Set by the main window: what committed, relayed to the GUI thread (ui/change_hub.py).
    hub: ChangeHub | None = None

    def documents(self) -> DocumentService:
        """Issuing writes the verification file beside the database, for ``verify``."""
        return DocumentService(self.db, self.user, self.workspace.paths.verification)

    @classmethod
    def create(
        cls,
        workspace: Workspace,
        db: Database,
        user: CurrentUser,
        operations: Operations,
        language: str,
    ) -> UiContext:
        drop_cached_source_lines()  # the session's modules are imported by now (ui/memory.py)
        return cls(
            workspace,
            db,
            user,
            PeopleService(db, user),
            DraftService(db, user),
            UserService(workspace, db, user),
            operations,
            language,
        )
