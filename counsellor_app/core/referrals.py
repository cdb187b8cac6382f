"""Referrals to partners: their states, when an answer is overdue, and the code on the slip.

A referral letter carries a short code; the partner sends back the detachable slip with its
answer and the counsellor keys the code in. The code is Crockford base32 with a check symbol,
so a misread character (O for 0, l for 1) is corrected and a mistyped one is caught.
"""

from __future__ import annotations

import secrets
from datetime import date, timedelta
from enum import StrEnum

from counsellor_app.core.problems import Problem


class ReferralState(StrEnum):
    SENT = "sent"
    RECEIVED = "received"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    DONE = "done"
    CANCELLED = "cancelled"


PARTNER_KINDS = (
    "anapec_agency",
    "ofppt_centre",
    "entraide_centre",
    "health_centre",
    "microfinance",
    "ngo",
    "other",
)
REFUSAL_REASONS = (
    "no_places",
    "not_eligible",
    "documents_missing",
    "did_not_attend",
    "out_of_area",
    "service_not_offered",
    "other",
)
SHARING_CONSENT_PURPOSE = "sharing_partners"

# The partner may answer without first acknowledging receipt: the slip comes back with both.
_NEXT: dict[ReferralState, frozenset[ReferralState]] = {
    ReferralState.SENT: frozenset(
        {
            ReferralState.RECEIVED,
            ReferralState.ACCEPTED,
            ReferralState.REFUSED,
            ReferralState.CANCELLED,
        }
    ),
    ReferralState.RECEIVED: frozenset(
        {ReferralState.ACCEPTED, ReferralState.REFUSED, ReferralState.CANCELLED}
    ),
    ReferralState.ACCEPTED: frozenset({ReferralState.DONE, ReferralState.CANCELLED}),
    ReferralState.REFUSED: frozenset(),
    ReferralState.DONE: frozenset(),
    ReferralState.CANCELLED: frozenset(),
}
AWAITING_ANSWER = frozenset({ReferralState.SENT, ReferralState.RECEIVED})


def allowed_next(state: ReferralState) -> frozenset[ReferralState]:
    return _NEXT[state]


def check_referral_move(
    state: ReferralState, target: ReferralState, refusal_reason: str, note: str
) -> list[Problem]:
    if target not in _NEXT[state]:
        return [Problem("referral_move_not_allowed", "state")]
    if target == ReferralState.REFUSED:
        if refusal_reason not in REFUSAL_REASONS:
            return [Problem("refusal_reason_required", "refusal_reason")]
        if refusal_reason == "other" and not note.strip():
            return [Problem("refusal_detail_required", "answer_note")]
    if target == ReferralState.CANCELLED and not note.strip():
        return [Problem("reason_required", "answer_note")]
    return []


def answer_due_on(sent_on: date, delay_days: int) -> date:
    return sent_on + timedelta(days=delay_days)


def is_overdue(state: ReferralState, sent_on: date, delay_days: int, today: date) -> bool:
    """No answer yet and the partner's delay has passed."""
    return state in AWAITING_ANSWER and today > answer_due_on(sent_on, delay_days)


# -- the code on the slip -------------------------------------------------------------------
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
_CHECK_SYMBOLS = _ALPHABET + "*~$=U"  # 37 symbols for the mod-37 check
_READ_AS = {"O": "0", "I": "1", "L": "1"}
CODE_PREFIX = "R"
_BODY_LENGTH = 8


def _check_symbol(body: str) -> str:
    value = 0
    for char in body:
        value = value * 32 + _ALPHABET.index(char)
    return _CHECK_SYMBOLS[value % 37]


def new_referral_code() -> str:
    """``R-XXXX-XXXXC``: 40 random bits and a check symbol, grouped to be read aloud."""
    body = "".join(secrets.choice(_ALPHABET) for _ in range(_BODY_LENGTH))
    check = _check_symbol(body)
    return f"{CODE_PREFIX}-{body[:4]}-{body[4:]}{check}"


def normalise_referral_code(typed: str) -> str | None:
    """The canonical code for what was typed (case, spaces, dashes, O/0 and I/L/1 forgiven),
    or None when it cannot be a referral code (wrong length or check symbol)."""
    compact = "".join(ch for ch in typed.upper() if ch.isalnum() or ch in "*~$=")
    if compact.startswith(CODE_PREFIX) and len(compact) == _BODY_LENGTH + 2:
        compact = compact[1:]
    if len(compact) != _BODY_LENGTH + 1:
        return None
    body = "".join(_READ_AS.get(ch, ch) for ch in compact[:-1])
    if any(ch not in _ALPHABET for ch in body):
        return None
    check = _READ_AS.get(compact[-1], compact[-1])
    if check != _check_symbol(body):
        return None
    return f"{CODE_PREFIX}-{body[:4]}-{body[4:]}{check}"
