"""The refusals each route may answer, declared in its OpenAPI ``responses`` from the
protocol's error words (``protocol.wire.ErrorCode``), so the document lists every status a
client can meet (tests/sync/test_api_fuzz.py checks the server never answers another).

Every route may meet the perimeter (``server.perimeter``): a malformed target or body, a body
or query too long; a signed route also its signature, clock, nonce and version checks. A
route with a path parameter answers 404 for a path that names nothing routable.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

from counsellor_app.protocol.wire import ErrorCode


class Refusal(BaseModel):
    """The body of every refusal: the error word, and details for some (a field, a limit)."""

    model_config = ConfigDict(extra="allow")
    error: str


# Words of the perimeter and the framework, not (yet) in the shared ErrorCode.
BAD_REQUEST = "bad_request"
BODY_TOO_LARGE = "body_too_large"
QUERY_TOO_LONG = "query_too_long"
REPLAYED = "replayed"
TOO_MANY_REQUESTS = "too_many_requests"
SERVER_UNAVAILABLE = "server_unavailable"
NOT_ROUTED = "Not Found"

PERIMETER: dict[int, tuple[str, ...]] = {
    400: (BAD_REQUEST,),
    413: (BODY_TOO_LARGE,),
    414: (QUERY_TOO_LONG,),
    422: (ErrorCode.VALIDATION,),
}
# What a route that takes a person's act (core.acts) may answer besides its own refusals.
ACT_REFUSALS: tuple[str, ...] = (
    ErrorCode.ACT_REQUIRED,
    ErrorCode.ACT_KEY_UNKNOWN,
    ErrorCode.ACT_KEY_REVOKED,
    ErrorCode.ACT_WRONG_AGENCY,
    ErrorCode.ACT_SIGNATURE_INVALID,
    ErrorCode.ACT_USER_MISMATCH,
    ErrorCode.ACT_REPLAYED,
    ErrorCode.ACT_EXPIRED,
    ErrorCode.ROLE_FORBIDDEN,
)
SIGNED: dict[int, tuple[str, ...]] = {
    401: (ErrorCode.UNAUTHENTICATED, ErrorCode.CLOCK_SKEW, REPLAYED),
    403: (ErrorCode.DEVICE_REVOKED,),
    426: (ErrorCode.CLIENT_TOO_OLD,),
}


def refusals(
    *extra: dict[int, tuple[str, ...]], signed: bool = True, path_parameters: bool = False
) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for a route: the perimeter's refusals, a signed route's, any of its
    own (status → error words), each described by the words it may carry."""
    words: dict[int, list[str]] = {}
    for table in (PERIMETER, SIGNED if signed else {}, *extra):
        for status, codes in table.items():
            words.setdefault(status, [])
            words[status] += [str(code) for code in codes if str(code) not in words[status]]
    if path_parameters:
        words.setdefault(404, []).append(NOT_ROUTED)
    return {
        status: {"model": Refusal, "description": "Refused: " + ", ".join(codes)}
        for status, codes in sorted(words.items())
    }
