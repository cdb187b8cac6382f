"""The protocol's version, routes and status words, named once for the PC and the server.

Routes with a parameter are templates: the server declares them as they are, the PC fills
them with ``str.format``. Status words are ``StrEnum`` members, equal to the strings they
travel as, so answers stored by an older version still compare equal.
"""

from __future__ import annotations

from enum import StrEnum

PROTOCOL_VERSION = 1


class Route(StrEnum):
    HEALTH = "/v1/health"
    ENROL = "/v1/devices/enroll"
    META = "/v1/sync/meta"
    PUSH = "/v1/sync/push"
    PULL = "/v1/sync/pull"
    STATE = "/v1/sync/state"
    STATE_OF_KIND = "/v1/sync/state/{entity}"
    RECORDS = "/v1/sync/records"
    # Public, unversioned and unsigned: a PC whose version the server refuses must still reach
    # the signed installer of the version it wants.
    RELEASE_MANIFEST = "/release/manifest.json"
    RELEASE_INSTALLER = "/release/installer"
    SET_ASIDE = "/v1/sync/set-aside"
    CONFLICTS = "/v1/conflicts"
    CONFLICT_RESOLVE = "/v1/conflicts/{conflict_id}/resolve"
    ERASURES = "/v1/erasures"
    ERASURE_APPROVE = "/v1/erasures/{person_id}/approve"
    BLOB = "/v1/blobs/{sha256}"
    BLOB_STATE = "/v1/blobs/{sha256}/state"
    VERIFY_PAGE = "/verify"
    VERIFY = "/v1/verify"
    TRUST = "/v1/trust"
    KEYS = "/v1/keys"
    BUNDLES = "/v1/bundles"
    GRANTS = "/v1/grants"
    GRANT_REVOKE = "/v1/grants/{grant_id}/revoke"
    TRANSFERS = "/v1/transfers"
    TRANSFER_ACCEPT = "/v1/transfers/{grant_id}/accept"
    USER_KEYS = "/v1/user-keys"
    USER_KEY_ROOT = "/v1/user-keys/root"
    BREAK_GLASS = "/v1/break-glass"


class OpStatus(StrEnum):
    """The answer to one pushed operation."""

    APPLIED = "applied"
    MERGED = "merged"  # applied, with a conflict kept for a person to resolve
    REFUSED = "refused"  # stale: the PC re-does it on fresh data
    REJECTED = "rejected"  # not taken: ``reason`` says why


class Reason(StrEnum):
    """Why an operation was rejected (``OpStatus.REJECTED``)."""

    VALIDATION = "validation"  # the operation itself is malformed (``field`` names the part)
    INVALID_FIELD = "invalid_field"  # a record value breaks its schema (``field``, ``problem``)
    OP_ID_REUSE = "op_id_reuse"
    ERASED = "erased"
    FORBIDDEN = "forbidden"
    ACTOR_FORBIDDEN = "actor_forbidden"
    ROLE_FORBIDDEN = "role_forbidden"
    STALE = "stale"
    PERSON_UNKNOWN = "person_unknown"
    RECORD_UNKNOWN = "record_unknown"
    REFERENCE_UNKNOWN = "reference_unknown"
    ACTOR_UNKNOWN = "actor_unknown"
    BLOB_MISSING = "blob_missing"
    # Acts of a person (``core.acts``): the same words as the ErrorCode members below.
    ACT_REQUIRED = "act_required"
    ACT_KEY_UNKNOWN = "act_key_unknown"
    ACT_KEY_REVOKED = "act_key_revoked"
    ACT_WRONG_AGENCY = "act_wrong_agency"
    ACT_SIGNATURE_INVALID = "act_signature_invalid"
    ACT_USER_MISMATCH = "act_user_mismatch"


# Rejections that are not final: the operation is sent again at the next session.
RETRY_LATER = frozenset(
    {
        Reason.PERSON_UNKNOWN,
        Reason.RECORD_UNKNOWN,
        Reason.REFERENCE_UNKNOWN,
        Reason.ACTOR_UNKNOWN,
        Reason.BLOB_MISSING,
        Reason.ACT_KEY_UNKNOWN,  # its registration (by an administrator) may still arrive
    }
)


class BlobStatus(StrEnum):
    COMPLETE = "complete"
    PARTIAL = "partial"
    OFFSET = "offset"  # resume from ``received``
    TOO_LARGE = "too_large"
    HASH_MISMATCH = "hash_mismatch"


class ErrorCode(StrEnum):
    """The ``error`` of a refused request (an HTTP status of 400 or more)."""

    VALIDATION = "validation"
    UNAUTHENTICATED = "unauthenticated"
    CLOCK_SKEW = "clock_skew"
    CLIENT_TOO_OLD = "client_too_old"
    DEVICE_REVOKED = "device_revoked"
    NOT_FOUND = "not_found"
    FORBIDDEN = "forbidden"
    CONFLICT_NOT_FOUND = "conflict_not_found"
    GRANT_NOT_FOUND = "grant_not_found"
    TRANSFER_NOT_FOUND = "transfer_not_found"
    AGENCY_UNKNOWN = "agency_unknown"
    CONSENT_REQUIRED = "consent_required"
    LEGAL_BASIS_REQUIRED = "legal_basis_required"
    SECOND_PERSON_REQUIRED = "second_person_required"
    BLOB_TOO_LARGE = "blob_too_large"
    BLOB_NOT_FOUND = "blob_not_found"
    # Acts of a person (``core.acts``, ``server.acts``): refused, nothing is stored.
    ACT_REQUIRED = "act_required"  # no signature by the acting person
    ACT_KEY_UNKNOWN = "act_key_unknown"  # the person has no key registered on the server
    ACT_KEY_REVOKED = "act_key_revoked"  # her account is disabled: her key no longer counts
    ACT_WRONG_AGENCY = "act_wrong_agency"  # signed by a person of another agency
    ACT_SIGNATURE_INVALID = "act_signature_invalid"  # not her signature over this very act
    ACT_USER_MISMATCH = "act_user_mismatch"  # the act names another account than its signer
    ACT_REPLAYED = "act_replayed"  # this act's nonce was spent already
    ACT_EXPIRED = "act_expired"  # signed too long ago (or ahead of the server's clock)
    ROLE_FORBIDDEN = "role_forbidden"  # the server's records give her no such right
    USER_KEY_TAKEN = "user_key_taken"  # the account has a key already (enrolment root)
