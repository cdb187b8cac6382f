"""The central office's web console (issue 22): accounts and sign-in, agencies and their
PCs, the app versions PCs are told about, the operations view and the audit trail.

``mount`` adds it to the server's FastAPI app (one line in ``create_app``); ``release_meta``
is what the PCs' meta carries of the release, ``release_minimum`` the version the console
requires of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI
    from sqlalchemy.orm import Session, sessionmaker

    from counsellor_app.server.config import ServerSettings


def mount(app: FastAPI, factory: sessionmaker[Session], settings: ServerSettings) -> None:
    from fastapi import Request
    from fastapi.responses import HTMLResponse

    from counsellor_app.server.console.routes import Refusal, console_router, refusal_page

    app.include_router(console_router(factory, settings))

    async def refused(request: Request, error: Exception) -> HTMLResponse:
        assert isinstance(error, Refusal)
        return refusal_page(request, error)

    app.add_exception_handler(Refusal, refused)


def release_meta(session: Session, min_client_version: str) -> dict[str, Any]:
    """The release as the PCs read it in the meta: the stricter of the configured and the
    console's minimum, the current version and its download link."""
    from counsellor_app.server.console.models import ReleaseSetting
    from counsellor_app.server.perimeter import version_tuple

    setting = session.get(ReleaseSetting, 1)
    if setting is None:
        return {"min_client_version": min_client_version, "current_version": "", "download_url": ""}
    minimum = max(min_client_version, setting.min_version, key=version_tuple)
    return {
        "min_client_version": minimum,
        "current_version": setting.current_version,
        "download_url": setting.download_url,
    }


def release_minimum(session: Session) -> str | None:
    """The minimum app version set in the console, if any (checked on every signed call)."""
    from counsellor_app.server.console.models import ReleaseSetting

    setting = session.get(ReleaseSetting, 1)
    return setting.min_version if setting is not None else None
