"""The public verification of a certificate: a page for people, a JSON answer for apps."""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse

from counsellor_app.core.languages import LANGUAGES
from counsellor_app.protocol.wire import Route
from counsellor_app.server import verification
from counsellor_app.server.api.deps import SessionDep, rate_limited
from counsellor_app.server.api.responses import TOO_MANY_REQUESTS, refusals

router = APIRouter(tags=["verification"])


@router.get(Route.VERIFY_PAGE, response_class=HTMLResponse, include_in_schema=False)
def verify_page(
    session: SessionDep,
    _limit: Annotated[None, Depends(rate_limited)],
    q: Annotated[str, Query(max_length=2000)] = "",
    lang: Annotated[str, Query(max_length=8)] = "",
) -> HTMLResponse:
    """The public page (no sign-in): French by default, Arabic and English a click away."""
    language = lang if lang in LANGUAGES else "fr"
    query = q[:400]
    result = verification.check(session, query) if query.strip() else None
    return HTMLResponse(verification.page(language, query, result))


@router.get(Route.VERIFY, responses=refusals({429: (TOO_MANY_REQUESTS,)}, signed=False))
def verify_api(
    session: SessionDep,
    _limit: Annotated[None, Depends(rate_limited)],
    q: Annotated[str, Query(max_length=2000)],
) -> dict[str, Any]:
    return verification.check(session, q[:400])
