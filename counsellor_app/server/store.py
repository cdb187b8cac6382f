"""Where the sync's server side used to live, kept as a list of where each part lives now, for
code written against the old module (new code imports from the modules themselves).

- ``server.push``: pushed operations, checked and applied (``SyncStore``);
- ``server.pull``: pages of changes and the end-of-sync scope state (``PullDesk``, ``ScopeState``);
- ``server.changelog``: numbering, change entries, erasures seen since a cursor;
- ``server.conflicts``, ``server.erasure``, ``server.blobs``, ``server.grants``: the desks.
"""

from __future__ import annotations

from counsellor_app.server.blobs import (
    BLOB_CHUNK_BYTES,
    MAX_BLOB_BYTES,
    UPLOAD_LIFETIME,
    BlobDesk,
    expire_uploads,
    forget_contents,
)
from counsellor_app.server.changelog import (
    announce,
    erased_since,
    last_device_seq,
    next_numbers,
    person_name,
)
from counsellor_app.server.conflicts import ConflictDesk
from counsellor_app.server.erasure import ErasureDesk
from counsellor_app.server.grants import GrantDesk
from counsellor_app.server.pull import MAX_PULL_PAGE, PullDesk, ScopeState
from counsellor_app.server.push import (
    AGENCY_SHARED,
    ENTITIES,
    MAX_DEVICE_SEQ,
    MAX_OPS_PER_PUSH,
    PERSON_SCOPED,
    RETRY_LATER,
    Answer,
    NewRecord,
    PendingChange,
    SyncStore,
    fingerprint,
)

__all__ = [
    "AGENCY_SHARED",
    "BLOB_CHUNK_BYTES",
    "ENTITIES",
    "MAX_BLOB_BYTES",
    "MAX_DEVICE_SEQ",
    "MAX_OPS_PER_PUSH",
    "MAX_PULL_PAGE",
    "PERSON_SCOPED",
    "RETRY_LATER",
    "UPLOAD_LIFETIME",
    "Answer",
    "BlobDesk",
    "ConflictDesk",
    "ErasureDesk",
    "GrantDesk",
    "NewRecord",
    "PendingChange",
    "PullDesk",
    "ScopeState",
    "SyncStore",
    "announce",
    "erased_since",
    "expire_uploads",
    "fingerprint",
    "forget_contents",
    "last_device_seq",
    "next_numbers",
    "person_name",
]
