"""Enrolment and one sync session against the central server (reference/sync.md §9.6).

A session: meta (clock, version, revocation) → push the outbox in batches, each answer stored
with its operation in one transaction → pull pages, each applied in one transaction with its
cursor. Push comes first, so a pull never lands on an edit the server has not seen. A failure
stops the session with a reason; whatever was committed stays, and the next session resumes.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import platform
import re
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from counsellor_app import __version__
from counsellor_app.core import request_signing
from counsellor_app.core.acts import ActKind, op_act_kind
from counsellor_app.core.hlc import MAX_DRIFT_MS, Hlc, HlcClock
from counsellor_app.core.release_manifest import MAX_MANIFEST_BYTES
from counsellor_app.protocol import encoding
from counsellor_app.protocol.wire import (
    RETRY_LATER,
    BlobStatus,
    ErrorCode,
    OpStatus,
    Route,
)
from counsellor_app.storage import history
from counsellor_app.storage.backups import forget_backup_copies
from counsellor_app.storage.blob_store import BlobCorrupt, BlobMissing, BlobStore, content_hash
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import (
    Agency,
    Attachment,
    LocalSetting,
    OutboxOp,
    SigningKey,
)
from counsellor_app.storage.outbox import (
    CLOCK_KEY,
    DEVICE_KEY,
    NOT_QUEUED,
    NOT_SENT,
    Outbox,
    as_sent,
    last_seq,
    raise_floor,
    take_seq,
)
from counsellor_app.sync import acts as person_acts
from counsellor_app.sync import apply, first_pull

SERVER_KEY = "sync.server_url"
PRIVATE_KEY = "sync.device_key"
EXCHANGE_KEY = "sync.exchange_key"
SERVER_SIGNING_KEY = "sync.server_signing_key"
SERVER_EXCHANGE_KEY = "sync.server_exchange_key"
LAST_SUCCESS_KEY = "sync.last_success"
KEY_REGISTERED_PREFIX = "sync.key_registered."  # + key id: the server holds it for this PC
PUSH_BATCH = 250
BLOB_CHUNK = 2_621_440
SET_ASIDE_REPORTED_KEY = "sync.set_aside_reported"  # the count the server last heard of
# Records per pulled page, each committed with its cursor: a first pull of 100,000 people
# measured 10 % faster at 5,000 than at 2,000 (fewer commits); a cut costs one page again.
PULL_PAGE = 5000
# A link that drops before a whole page has come gets smaller pages (down to this), so a
# pull over a poor mobile connection still moves on; they grow back as pages get through.
PULL_PAGE_MIN = 100
LINK_FAILURES = frozenset({"unreachable", "timeout", "bad_answer", "server_unavailable"})
REVOKED_KEY = "sync.revoked_at"  # when the server first said it revoked this PC
RELEASE_KEY = "sync.release"  # the current app version and its download link, from the meta
UPDATE_OFFER_KEY = "sync.update_offer"  # the signed release manifest the meta carried, as sent
_VERSION_TEXT = re.compile(r"[0-9]{1,6}(\.[0-9]{1,6}){0,3}")
# Failures of the way to the server, not of the work: the next session simply tries again.
TRANSIENT = frozenset({"unreachable", "timeout", "bad_answer", "server_unavailable"})
# Agency records are re-keyed to the server's agency id at enrolment (set up apart, two PCs
# of one agency would otherwise each have their own).
AGENCY_REFERENCES = (
    ("user_account", "agency_id"),
    ("person", "owner_agency_id"),
    ("cohort", "agency_id"),
    ("letterhead_setting", "agency_id"),
    ("scoring_grid", "agency_id"),
    ("committee_session", "agency_id"),
)
# Queued first at enrolment, in this order: what others refer to comes before them.
ENROLMENT_ORDER = (
    "agency",
    "user_account",
    "partner",
    "host_organisation",
    "budget_envelope",
    "programme",
    "cohort",
    "cohort_session",
    "letterhead_setting",
    "scoring_grid",
    "committee_session",
    "person",
)

Progress = Callable[[str, int, int], bool]  # (stage, done, total) → go on?


class SyncError(Exception):
    """Why a sync (or an enrolment) stopped: a code the UI words, and details."""

    def __init__(self, reason: str, **details: Any) -> None:
        super().__init__(reason)
        self.reason, self.details = reason, details


@dataclass
class SyncReport:
    pushed: int = 0
    results: dict[str, int] = field(default_factory=dict)  # status → count
    pulled: int = 0
    erased: int = 0
    blobs: int = 0  # attachments' contents fetched
    repaired: int = 0  # records fetched again by the end-of-sync check
    divergent: int = 0  # records here the server does not know (counted, kept)
    set_aside: int = 0  # records received that this PC cannot store, kept aside
    pending: int = 0
    finished_at: datetime | None = None


def secure_transport(url: str) -> bool:
    """HTTPS, or plain HTTP to this very machine (a trial server, the tests): enrolment
    sends the code and learns the server's key, which nobody on the way may replace."""
    parts = urlsplit(url)
    if parts.scheme == "https":
        return True
    if parts.scheme != "http":
        return False
    host = (parts.hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def local_settings(session: Session) -> dict[str, str]:
    return {s.key: s.value for s in session.scalars(select(LocalSetting))}


class SyncClient:
    def __init__(
        self,
        db: Database,
        server_url: str | None = None,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 60.0,
    ) -> None:
        self.db = db
        with db.reader() as session:
            stored = local_settings(session)
        self.server_url = (server_url or stored.get(SERVER_KEY, "")).rstrip("/")
        if not self.server_url:
            raise SyncError("server_not_set")
        self.device_id = stored.get(DEVICE_KEY)
        key = stored.get(PRIVATE_KEY)
        self._key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(key)) if key else None
        server_key = stored.get(SERVER_SIGNING_KEY)
        # The server's key learnt at enrolment: every answer to a signed call must carry its
        # signature, or nothing in it is applied.
        self._server_key = base64.b64decode(server_key) if server_key else None
        self.key_agencies: dict[str, str] = {}
        self._http = httpx.Client(base_url=self.server_url, transport=transport, timeout=timeout)
        # What went over the wire (compressed as it travelled), for the benchmarks and the
        # synchronisation window; and whether the server said it takes compressed pushes.
        self.bytes_sent = 0
        self.bytes_received = 0
        self.server_takes_gzip = False
        self.pull_page = PULL_PAGE
        # A PC pulling from nothing takes sync/first_pull.py's way (the tests turn it off to
        # compare with the ordinary pull).
        self.first_pull_path = True

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- transport -------------------------------------------------------------------------
    def _call(self, method: str, path: str, body: Any = None, signed: bool = True) -> Any:
        content = b"" if body is None else orjson.dumps(body)
        response = self._send(method, path, content, "application/json", signed)
        try:
            return orjson.loads(response.content)
        except orjson.JSONDecodeError as error:  # cut on the way: nothing read from half of it
            raise SyncError("bad_answer", detail=str(error)) from error

    def _send(
        self, method: str, path: str, content: bytes, media_type: str, signed: bool = True
    ) -> httpx.Response:
        compressed = (
            path == Route.PUSH and self.server_takes_gzip and len(content) >= encoding.MIN_SIZE
        )
        try:
            return self._send_once(method, path, content, media_type, signed, compressed)
        except SyncError as error:
            if not (compressed and error.reason == "unsupported_encoding"):
                raise
            self.server_takes_gzip = False  # a server that changed its mind: plainly, then
            return self._send_once(method, path, content, media_type, signed, False)

    def _send_once(
        self,
        method: str,
        path: str,
        content: bytes,
        media_type: str,
        signed: bool,
        compressed: bool,
    ) -> httpx.Response:
        headers = {"Content-Type": media_type, request_signing.VERSION_HEADER: __version__}
        if compressed:  # signed as it travels: the server checks it before inflating
            content = encoding.compress(content)
            headers["Content-Encoding"] = encoding.GZIP
        request = self._http.build_request(method, path, content=content or None, headers=headers)
        self.bytes_sent += len(content)
        nonce = ""
        if signed:
            if self._key is None or self.device_id is None:
                raise SyncError("not_enrolled")
            if self._server_key is None:
                raise SyncError("server_key_unknown")
            nonce = request_signing.new_nonce()
            request.headers.update(
                request_signing.signed_headers(
                    self._key,
                    self.device_id,
                    __version__,
                    method,
                    request.url.raw_path.decode("ascii"),
                    content,
                    time.time_ns() // 1_000_000,
                    nonce,
                )
            )
        try:
            response = self._http.send(request)
        except httpx.TimeoutException as error:
            raise SyncError("timeout", detail=str(error)) from error
        except httpx.TransportError as error:
            raise SyncError("unreachable", detail=str(error)) from error
        except httpx.DecodingError as error:  # a compressed answer cut or garbled on the way
            raise SyncError("bad_answer", detail=str(error)) from error
        self.bytes_received += response.num_bytes_downloaded
        if encoding.accepts_gzip(response.headers.get("accept-encoding", "")):
            self.server_takes_gzip = True  # RFC 7694: it said it takes compressed bodies
        if response.status_code >= 400:
            try:
                payload = response.json()
            except ValueError:
                payload = {}
            reason = payload.pop("error", None) if isinstance(payload, dict) else None
            if reason is None and response.status_code in (502, 503, 504):
                reason = "server_unavailable"  # a proxy's answer: the server is down or busy
            raise SyncError(
                reason or f"http_{response.status_code}",
                status=response.status_code,
                **(payload if isinstance(payload, dict) else {}),
            )
        if signed and not request_signing.verify_answer(
            self._server_key or b"",
            response.headers.get(request_signing.ANSWER_SIGNATURE_HEADER, ""),
            nonce,
            response.status_code,
            response.content,
        ):  # made up or changed on the way, or an old answer played back: nothing applied
            raise SyncError("answer_not_signed")
        return response

    # -- enrolment -------------------------------------------------------------------------
    def enrol(self, code: str, name: str | None = None) -> dict[str, Any]:
        """Exchange a one-time code for this PC's identity, then queue every record for the
        first push. Refused if this PC is already enrolled."""
        if self.device_id is not None:
            raise SyncError("already_enrolled", device_id=self.device_id)
        if not secure_transport(self.server_url):
            raise SyncError("insecure_server_url")
        with self.db.reader() as session:
            local_agency = session.get(Agency, local_settings(session)["agency_id"])
            assert local_agency is not None
            agency_code = local_agency.code
        # The clock first: a code spent by a PC whose clock is off would be lost for nothing.
        health = self._call("GET", Route.HEALTH, signed=False)
        skew = time.time_ns() // 1_000_000 - int(health.get("server_time_ms", 0))
        if health.get("server_time_ms") and abs(skew) > MAX_DRIFT_MS:
            raise SyncError("clock_skew", skew_ms=skew, server_time_ms=health["server_time_ms"])
        key = Ed25519PrivateKey.generate()
        exchange = X25519PrivateKey.generate()  # USB bundles are encrypted to it
        public = base64.b64encode(key.public_key().public_bytes_raw()).decode("ascii")
        # The administrator enrolling roots her agency's people's keys (sync/acts.py).
        root = person_acts.root_key(self.db, code, agency_code, public)
        answer = self._call(
            "POST",
            Route.ENROL,
            {
                "code": code,
                "agency_code": agency_code,
                "public_key": public,
                "exchange_key": base64.b64encode(exchange.public_key().public_bytes_raw()).decode(
                    "ascii"
                ),
                "name": name or platform.node(),
                "app_version": __version__,
                **({"admin_key": root} if root else {}),
            },
            signed=False,
        )
        private = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        with self.db.unit_of_work(None) as session:
            self._rekey_agency(session, answer["agency_id"])
            for key_name, value in (
                (DEVICE_KEY, answer["device_id"]),
                (PRIVATE_KEY, base64.b64encode(private).decode("ascii")),
                (SERVER_KEY, self.server_url),
                (CLOCK_KEY, str(Hlc(answer["server_time_ms"], 0, answer["device_id"]))),
                (
                    EXCHANGE_KEY,
                    base64.b64encode(
                        exchange.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
                    ).decode("ascii"),
                ),
                (SERVER_SIGNING_KEY, answer.get("server_signing_key", "")),
                (SERVER_EXCHANGE_KEY, answer.get("server_exchange_key", "")),
            ):
                session.merge(LocalSetting(key=key_name, value=value))
            vouching = person_acts.enrolled(
                session, self.db, root["user_id"] if root else None, answer["device_id"]
            )
            queued = self._queue_everything(
                session,
                answer["device_id"],
                answer["server_time_ms"],
                skip=("agency",) if answer.get("agency_known") else (),
                vouching=vouching,
            )
        self.db.load_outbox()
        self.device_id, self._key = answer["device_id"], key
        server_key = answer.get("server_signing_key") or ""
        self._server_key = base64.b64decode(server_key) if server_key else None
        return {**answer, "queued": queued}

    @staticmethod
    def _rekey_agency(session: Session, server_agency_id: str) -> None:
        local = session.get(LocalSetting, "agency_id")
        assert local is not None
        old = local.value
        if old == server_agency_id:
            return
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
        session.execute(
            text("UPDATE agency SET id = :new WHERE id = :old"),
            {"new": server_agency_id, "old": old},
        )
        for table, column in AGENCY_REFERENCES:
            session.execute(
                text(f"UPDATE {table} SET {column} = :new WHERE {column} = :old"),
                {"new": server_agency_id, "old": old},
            )
        local.value = server_agency_id

    @staticmethod
    def _queue_everything(
        session: Session,
        device_id: str,
        server_time_ms: int,
        skip: tuple[str, ...] = (),
        vouching: str | None = None,
    ) -> int:
        """One create operation per existing record, referenced records first, made by the
        same outbox as every later change. Those that are acts of a person (the accounts,
        committee decisions, confirmed tranches) are signed by ``vouching``, the
        administrator who enrols the PC."""
        models = apply.synced_models()
        order = [*ENROLMENT_ORDER, *sorted(set(models) - set(ENROLMENT_ORDER))]
        seq = last_seq(session) + 1
        outbox = Outbox(device_id, HlcClock(device_id, Hlc(server_time_ms, 0, device_id)), seq)
        now = datetime.now(UTC)
        count = 0
        for entity in (e for e in order if e not in skip and e not in NOT_QUEUED):
            for record in session.scalars(select(models[entity]).execution_options(yield_per=500)):
                changes = history.column_changes(record, True, NOT_SENT)
                act = vouching and op_act_kind(entity, "create", changes, vouching, record.id)
                outbox.add(session, record, "create", changes, vouching if act else None, now)
                count += 1
        return count

    def _check_state(self, report: SyncReport) -> None:
        """End of a sync: per kind of record, does this PC hold what the server says it
        should? A kind that differs is compared id by id, and what is missing or stale here
        is fetched again; rows the server does not know are counted, never deleted."""
        expected: dict[str, list[int]] = self._call("GET", Route.STATE)["state"]
        models = apply.synced_models()
        for entity, (count, total) in sorted(expected.items()):
            model = models.get(entity)
            if model is None:
                continue
            table = model.__table__  # type: ignore[attr-defined]
            held = table.c.server_version > 0
            with self.db.reader() as session:  # counted by SQLite: a kind may hold millions
                mine_count, mine_total = session.execute(
                    select(func.count(), func.coalesce(func.sum(table.c.server_version), 0)).where(
                        held
                    )
                ).one()
                if (mine_count, mine_total) == (count, total):
                    continue
                mine: dict[str, int] = dict(
                    session.execute(select(table.c.id, table.c.server_version).where(held)).all()
                )
            theirs: dict[str, int] = {}
            after = ""
            while True:
                listed = self._call(
                    "GET", Route.STATE_OF_KIND.format(entity=entity) + f"?after={after}"
                )["versions"]
                if not listed:
                    break
                theirs.update({str(i): int(v) for i, v in listed})
                after = str(listed[-1][0])
            stale = sorted(i for i, v in theirs.items() if mine.get(i, 0) < v)
            report.divergent += len(set(mine) - set(theirs))
            for first in range(0, len(stale), 1000):
                found = self._call(
                    "POST",
                    Route.RECORDS,
                    {"entity": entity, "ids": stale[first : first + 1000]},
                )["changes"]
                with self.db.unit_of_work(None) as session:
                    position = apply.cursor(session)
                    applied = apply.apply_page(session, found, position)
                report.repaired += applied.written
                report.set_aside += applied.set_aside

    def _upload_blobs(self, ops: list[dict[str, Any]]) -> None:
        """Attachments' contents the server does not have yet, in resumable chunks."""
        wanted = {
            str(op["changes"]["sha256"][1])
            for op in ops
            if op["entity"] == "attachment" and op["changes"].get("sha256", [None, None])[1]
        }
        if not wanted:
            return
        store = BlobStore(self.db.paths.attachments, self.db.key)
        for sha in sorted(wanted):
            state = self._call("GET", Route.BLOB_STATE.format(sha256=sha))
            if state["complete"]:
                continue
            try:
                data = store.get(sha)
            except (BlobMissing, BlobCorrupt):
                continue  # its operation waits, listed; the file must be attached again
            offset = int(state["received"])
            for _attempt in range(len(data) // BLOB_CHUNK + 3):
                if offset >= len(data):
                    break
                answer = self._send(
                    "PUT",
                    Route.BLOB.format(sha256=sha) + f"?size={len(data)}&offset={offset}",
                    data[offset : offset + BLOB_CHUNK],
                    "application/octet-stream",
                ).json()
                offset = int(answer.get("received", 0))
                if answer.get("status") == BlobStatus.COMPLETE:
                    break

    def _download_blobs(self) -> int:
        """Contents of attachments pulled from other PCs, fetched after the records."""
        store = BlobStore(self.db.paths.attachments, self.db.key)
        with self.db.reader() as session:
            shas = set(
                session.scalars(select(Attachment.sha256).where(Attachment.deleted_at.is_(None)))
            )
        fetched = 0
        for sha in sorted(s for s in shas if not store.has(s)):
            try:
                content = self._send(
                    "GET", Route.BLOB.format(sha256=sha), b"", "application/json"
                ).content
            except SyncError as error:
                if error.reason == ErrorCode.BLOB_NOT_FOUND:
                    continue  # not uploaded yet by its PC: next time
                raise
            if store.put(content) == sha:
                fetched += 1
            else:  # not what was announced: never kept under that name
                store.path_of(content_hash(content)).unlink(missing_ok=True)
        return fetched

    def register_keys(self) -> int:
        """This PC's certificate signing keys the server does not hold yet, registered by a
        signed call (the server ties each to this device and its agency). A key id the
        server already holds for someone else stops the sync: documents signed with it
        would read forged."""
        with self.db.reader() as session:
            done = local_settings(session)
            own = [
                key
                for key in session.scalars(
                    select(SigningKey).where(SigningKey.private_key.is_not(None))
                )
                if KEY_REGISTERED_PREFIX + key.key_id not in done
            ]
        for key in own:
            self._call(
                "POST",
                Route.KEYS,
                {"public_key": base64.b64encode(key.public_key).decode("ascii")},
            )
            with self.db.unit_of_work(None) as session:
                session.merge(
                    LocalSetting(
                        key=KEY_REGISTERED_PREFIX + key.key_id,
                        value=datetime.now(UTC).isoformat(),
                    )
                )
        return len(own)

    def register_user_keys(self) -> int:
        """Colleagues' keys and re-wrapped keys for the server (``sync.acts``)."""
        if self.device_id is None:
            return 0
        return person_acts.register_user_keys(self.db, self.device_id, self._call)

    def root_user_key(self, code: str) -> None:
        """Root the logged-in administrator's key with a fresh enrolment code, on a PC enrolled
        before people's keys existed (``counsellor-app sync --root-code``)."""
        if self._key is None or self.device_id is None:
            raise SyncError("not_enrolled")
        with self.db.reader() as session:
            agency = session.get(Agency, local_settings(session)["agency_id"])
            assert agency is not None
            agency_code = agency.code
        device_key = base64.b64encode(self._key.public_key().public_bytes_raw()).decode("ascii")
        root = person_acts.root_key(self.db, code, agency_code, device_key)
        if root is None:
            raise SyncError("act_required")  # no administrator logged in on this PC
        self._call("POST", Route.USER_KEY_ROOT, {"code": code, "admin_key": root})
        with self.db.unit_of_work(None) as session:
            person_acts.enrolled(session, self.db, root["user_id"], self.device_id)

    def user_keys(self) -> list[dict[str, Any]]:
        """The agency's people's keys as the server holds them."""
        return list(self._call("GET", Route.USER_KEYS)["keys"])

    def _act(
        self, kind: ActKind, user_id: str | None, ids: dict[str, Any], values: dict[str, Any]
    ) -> dict[str, Any]:
        """The named person's signature over this request, when her key is unlocked here."""
        act = person_acts.act_for(self.db, self.device_id, user_id, kind, ids, values)
        return {"act": act} if act else {}

    def trust(self) -> tuple[dict[str, bytes], dict[str, str]]:
        """Every agency's public keys and the revoked serials, from the server."""
        answer = self._call("GET", Route.TRUST)
        # Which agency registered each key: ``verify`` names it, and refuses a serial of
        # another agency signed with it.
        self.key_agencies = {str(k): str(v) for k, v in answer.get("agencies", {}).items()}
        keys = {k: base64.b64decode(v) for k, v in answer.get("keys", {}).items()}
        return keys, {str(k): str(v) for k, v in answer.get("revoked", {}).items()}

    # -- other agencies --------------------------------------------------------------------
    def grant(self, person_id: str, agency_code: str, kind: str, user_id: str) -> dict[str, Any]:
        """Refer the person to another agency, or offer it the file (kind ``transfer``)."""
        answer: dict[str, Any] = self._call(
            "POST",
            Route.GRANTS,
            {
                "person_id": person_id,
                "agency_code": agency_code,
                "kind": kind,
                "user_id": user_id,
                **self._act(
                    ActKind.GRANT,
                    user_id,
                    {"person_id": person_id},
                    {"agency_code": agency_code, "kind": kind},
                ),
            },
        )
        return answer

    def revoke_grant(self, grant_id: str, user_id: str) -> None:
        """Withdraw a sharing: an act signed by the person withdrawing."""
        act = self._act(ActKind.GRANT_WITHDRAWAL, user_id, {"grant_id": grant_id}, {})
        self._call(
            "POST", Route.GRANT_REVOKE.format(grant_id=grant_id), {"user_id": user_id, **act}
        )

    def incoming_transfers(self) -> list[dict[str, Any]]:
        return list(self._call("GET", Route.TRANSFERS)["transfers"])

    def accept_transfer(self, grant_id: str, user_id: str) -> None:
        act = self._act(ActKind.TRANSFER_ACCEPT, user_id, {"grant_id": grant_id}, {})
        self._call(
            "POST", Route.TRANSFER_ACCEPT.format(grant_id=grant_id), {"user_id": user_id, **act}
        )

    def grants_of(self, person_id: str) -> list[dict[str, Any]]:
        return list(self._call("GET", Route.GRANTS + f"?person_id={person_id}")["grants"])

    def erasure_requests(self) -> list[dict[str, Any]]:
        return list(self._call("GET", Route.ERASURES)["erasures"])

    # -- erasure ---------------------------------------------------------------------------
    def request_erasure(self, person_id: str, legal_basis: str, user_id: str) -> str:
        answer = self._call(
            "POST",
            Route.ERASURES,
            {
                "person_id": person_id,
                "legal_basis": legal_basis,
                "user_id": user_id,
                **self._act(
                    ActKind.ERASURE_REQUEST,
                    user_id,
                    {"person_id": person_id},
                    {"legal_basis": legal_basis},
                ),
            },
        )
        return str(answer["status"])

    def approve_erasure(self, person_id: str, user_id: str) -> str:
        answer = self._call(
            "POST",
            Route.ERASURE_APPROVE.format(person_id=person_id),
            {
                "user_id": user_id,
                **self._act(ActKind.ERASURE_APPROVAL, user_id, {"person_id": person_id}, {}),
            },
        )
        return str(answer["status"])

    # -- conflicts -------------------------------------------------------------------------
    def conflicts(self) -> list[dict[str, Any]]:
        """The agency's conflicts waiting for a person to choose (online only)."""
        return list(self._call("GET", Route.CONFLICTS)["conflicts"])

    def resolve(self, conflict_id: str, choice: str, user_id: str) -> dict[str, Any]:
        """Keep one value of a conflict: an act signed by the person choosing."""
        act = self._act(
            ActKind.CONFLICT_RESOLUTION, user_id, {"conflict_id": conflict_id}, {"choice": choice}
        )
        answer: dict[str, Any] = self._call(
            "POST",
            Route.CONFLICT_RESOLVE.format(conflict_id=conflict_id),
            {"choice": choice, "user_id": user_id, **act},
        )
        return answer

    # -- one session -----------------------------------------------------------------------
    def sync(self, progress: Progress | None = None) -> SyncReport:
        report = SyncReport()
        try:  # refused with a reason if the clock is off, the app too old, the PC revoked
            meta = self._call("GET", Route.META)
        except SyncError as refused:
            if refused.reason == ErrorCode.DEVICE_REVOKED:
                self._remember_revocation()
            if refused.reason == ErrorCode.CLIENT_TOO_OLD:
                self._offer_after_refusal()
            raise
        if self.db.outbox is not None:  # the server's time moves this PC's clock forward
            self.db.outbox.clock.observe(Hlc(meta["server_time_ms"], 0, "server"))
        self._remember_release(meta)
        applied_seq = meta.get("last_device_seq")
        if isinstance(applied_seq, int) and applied_seq > 0:
            # A restored older backup numbers from behind what the server has seen: go on
            # from above it (operations already numbered are renumbered if the server says so).
            with self.db.reader() as session:
                behind = last_seq(session) < applied_seq
            if behind:
                with self.db.unit_of_work(None) as session:
                    raise_floor(session, applied_seq)
        self.register_keys()
        self.register_user_keys()
        self._push(report, progress)
        person_acts.send_break_glass(self.db, self._call)  # after the push: the file is there
        self._pull(report, progress)
        person_acts.learn_colleagues(self.db, self._call)  # after the pull: her account is here
        self._check_state(report)
        self._report_set_aside()
        report.blobs = self._download_blobs()
        with self.db.unit_of_work(None) as session:
            report.finished_at = datetime.now(UTC)
            session.merge(LocalSetting(key=LAST_SUCCESS_KEY, value=report.finished_at.isoformat()))
            report.pending = (
                session.scalar(
                    select(func.count())
                    .select_from(OutboxOp)
                    .where(OutboxOp.state.in_(apply.WAITING))
                )
                or 0
            )
        return report

    def _report_set_aside(self) -> None:
        """Tell the server how many received records this PC keeps aside, and how many of its
        operations still wait after the push, when either changed since it last heard (its
        console shows which PCs need the support)."""
        with self.db.reader() as session:
            count = apply.set_aside_count(session)
            waiting = (
                session.scalar(
                    select(func.count())
                    .select_from(OutboxOp)
                    .where(OutboxOp.state.in_(apply.WAITING))
                )
                or 0
            )
            reported = session.get(LocalSetting, SET_ASIDE_REPORTED_KEY)
        told = str(count) if waiting == 0 else f"{count}/{waiting}"
        if reported is not None and reported.value == told:
            return
        if reported is None and count == 0 and waiting == 0:
            return
        self._call("POST", Route.SET_ASIDE, {"count": count, "waiting": waiting})
        with self.db.unit_of_work(None) as session:
            session.merge(LocalSetting(key=SET_ASIDE_REPORTED_KEY, value=told))

    def _remember_release(self, meta: dict[str, Any]) -> None:
        """The version the central office says is current and where to download it (set in
        its console), kept for the synchronisation window. Only a plain version and an
        https:// link are taken: the server's words are shown, never run."""
        self._remember_update_offer(meta.get("release_manifest"))
        version, url = meta.get("current_version"), meta.get("download_url")
        if not isinstance(version, str) or not _VERSION_TEXT.fullmatch(version):
            return
        if not isinstance(url, str) or not url.startswith("https://") or len(url) > 500:
            url = ""
        url = "" if any(ch.isspace() or ch in "<>\"'" for ch in url) else url
        told = json.dumps({"current_version": version, "download_url": url}, sort_keys=True)
        with self.db.reader() as session:
            kept = session.get(LocalSetting, RELEASE_KEY)
        if kept is None or kept.value != told:
            with self.db.unit_of_work(None) as session:
                session.merge(LocalSetting(key=RELEASE_KEY, value=told))

    def _offer_after_refusal(self) -> None:
        """A server that refuses this version still serves the signed manifest of the one it
        wants (public, outside the version check): recorded, the administrator is offered
        the update where the refusal is said. Checked like any offer before it is shown."""
        try:
            with self._http.stream("GET", Route.RELEASE_MANIFEST.value) as response:
                if response.status_code != 200:
                    return
                content = b""
                for block in response.iter_bytes():  # a few hundred bytes: no more read
                    content += block
                    if len(content) > MAX_MANIFEST_BYTES:
                        return
            document = orjson.loads(content)
        except (httpx.HTTPError, orjson.JSONDecodeError):
            return  # the refusal is said all the same
        self._remember_update_offer(document)

    def _remember_update_offer(self, document: object) -> None:
        """The signed manifest of the release the server offers, recorded as it came (within
        its limit) for the update offer (services/updates.py checks its signature against the
        keys this build trusts before anything is offered); none offered forgets it."""
        told = ""
        if isinstance(document, dict):
            told = json.dumps(document, sort_keys=True)
            told = told if len(told.encode("utf-8")) <= MAX_MANIFEST_BYTES else ""
        with self.db.reader() as session:
            kept = session.get(LocalSetting, UPDATE_OFFER_KEY)
        if (kept.value if kept is not None else "") == told:
            return
        with self.db.unit_of_work(None) as session:
            if told:
                session.merge(LocalSetting(key=UPDATE_OFFER_KEY, value=told))
            elif kept is not None:
                session.execute(delete(LocalSetting).where(LocalSetting.key == UPDATE_OFFER_KEY))

    def _remember_revocation(self) -> None:
        """Kept, so that the app offers what a revoked PC needs even offline, later."""
        with self.db.unit_of_work(None) as session:
            if session.get(LocalSetting, REVOKED_KEY) is None:
                session.add(LocalSetting(key=REVOKED_KEY, value=datetime.now(UTC).isoformat()))

    def _push(self, report: SyncReport, progress: Progress | None) -> None:
        with self.db.reader() as session:
            total = (
                session.scalar(
                    select(func.count())
                    .select_from(OutboxOp)
                    .where(OutboxOp.state.in_(apply.WAITING))
                )
                or 0
            )
        done = sent_seq = 0
        while True:  # in device order; an operation to retry waits for the next session
            with self.db.reader() as session:
                batch = session.scalars(
                    select(OutboxOp)
                    .where(OutboxOp.state.in_(apply.WAITING), OutboxOp.device_seq > sent_seq)
                    .order_by(OutboxOp.device_seq)
                    .limit(PUSH_BATCH)
                ).all()
            if not batch or done > 2 * total + PUSH_BATCH:  # renumbered ones come once more
                return
            ops = [as_sent(op) for op in batch]
            sent_seq = batch[-1].device_seq
            self._upload_blobs(ops)  # contents first: the server refuses a reference without
            with self.db.unit_of_work(None) as session:  # sent: a crash now only resends
                session.execute(
                    update(OutboxOp)
                    .where(OutboxOp.op_id.in_([o["op_id"] for o in ops]))
                    .values(state="sent", attempts=OutboxOp.attempts + 1)
                )
            answer = self._call("POST", Route.PUSH, {"ops": ops})
            retry_later = self._record_results(answer["results"], report)
            done += len(ops)
            report.pushed += len(ops) - retry_later
            if progress is not None and not progress("push", min(done, total), total):
                raise SyncError("cancelled")

    def _record_results(self, results: list[dict[str, Any]], report: SyncReport) -> int:
        return record_results(self.db, results, report)

    def _pull(self, report: SyncReport, progress: Progress | None) -> None:
        """Pages in order, the next one fetched and prepared while this one is applied (the
        server's work and this PC's overlap). The cursor only moves with an applied page: a
        failure anywhere leaves it at the last page applied, and the next session goes on
        from there."""
        with self.db.reader() as session:
            position = apply.cursor(session)
            # From nothing (or going on after a crash in one): sync/first_pull.py's way.
            first = self.first_pull_path and (position == 0 or first_pull.under_way(session))
        # A first pull's pages grow from the ordinary size (its first page is the one whose
        # fetching nothing overlaps) to first_pull.FIRST_PULL_PAGE.
        largest = first_pull.FIRST_PULL_PAGE if first else PULL_PAGE

        def fetch(after: int) -> dict[str, Any]:
            try:
                page: dict[str, Any] = self._call(
                    "GET", Route.PULL + f"?cursor={after}&limit={self.pull_page}"
                )
            except SyncError as error:
                if error.reason in LINK_FAILURES:  # smaller pages until one gets through
                    self.pull_page = max(PULL_PAGE_MIN, self.pull_page // 4)
                elif error.details.get("status") == 422 and self.pull_page > PULL_PAGE:
                    nonlocal largest  # a server older than first_pull.py's pages: its own
                    largest = self.pull_page = PULL_PAGE
                    return fetch(after)
                raise
            self.pull_page = min(largest, self.pull_page * 2)
            apply.prepare_page(page["changes"])
            return page

        try:
            with ThreadPoolExecutor(1, thread_name_prefix="pull") as fetcher:
                coming: Future[dict[str, Any]] = fetcher.submit(fetch, position)
                while True:
                    page = coming.result()
                    if page["has_more"]:
                        coming = fetcher.submit(fetch, int(page["next_cursor"]))
                    apply_pulled(self.db, page, report, first)
                    if progress is not None and not progress("pull", report.pulled, report.pulled):
                        raise SyncError("cancelled")
                    if not page["has_more"]:
                        return
        finally:
            if first:  # finished or not: search finds everyone pulled so far
                first_pull.finish(self.db)


def record_results(db: Database, results: list[dict[str, Any]], report: SyncReport) -> int:
    """Store each answer with its operation and bump the records' versions, in one
    transaction on the database's one writer. Returns how many operations are to be sent
    again later."""
    return db.writer.run(lambda: _record_results(db, results, report))


def _record_results(db: Database, results: list[dict[str, Any]], report: SyncReport) -> int:
    retry = 0
    with db.unit_of_work(None) as session:
        models = apply.synced_models()
        touched: dict[tuple[str, str], int] = {}
        for result in results:
            op = session.get(OutboxOp, result.get("op_id"))
            if op is None:
                continue
            status = result.get("status", OpStatus.REJECTED)
            if status == OpStatus.REJECTED and result.get("reason") == "seq_reused":
                # The server holds another operation under this number (this file was restored
                # from an older backup): number it anew, above what the server has seen, and
                # send it again (later in this session: it now comes after every other).
                seen = result.get("last_device_seq")
                op.device_seq = take_seq(session, seen if isinstance(seen, int) else 0)
                op.state, op.result = "pending", result
                retry += 1
                continue
            report.results[status] = report.results.get(status, 0) + 1
            if result.get("canonical_id"):
                apply.rekey(session, op.entity, op.entity_id, result["canonical_id"])
                session.refresh(op)
            if status == OpStatus.REJECTED and result.get("reason") in RETRY_LATER:
                op.state, op.result = "pending", result
                retry += 1
                continue
            op.state = {
                OpStatus.APPLIED: "applied",
                OpStatus.MERGED: "conflict",
                OpStatus.REFUSED: "refused",
            }.get(status, "rejected")
            op.result = result
            if status == OpStatus.APPLIED and "version" in result:
                key = (op.entity, op.entity_id)
                touched[key] = max(touched.get(key, 0), int(result["version"]))
        waiting = apply.waiting_fields(session, touched)
        for (entity, entity_id), version in touched.items():
            model = models.get(entity)
            if model is None:
                continue
            table = model.__table__  # type: ignore[attr-defined]
            # Only the next version is this copy's own edit; a gap means changes from
            # elsewhere came in between, and the pull brings the whole record.
            session.execute(
                update(table)
                .where(table.c.id == entity_id, table.c.server_version == version - 1)
                .values(server_version=version)
            )
            if (entity, entity_id) not in waiting:
                session.execute(update(table).where(table.c.id == entity_id).values(dirty=False))
    return retry


def apply_pulled(
    db: Database, page: dict[str, Any], report: SyncReport, first: bool = False
) -> None:
    """One pulled page in one transaction with its cursor (lost in a power cut, it is pulled
    again), on the database's one writer; erasures finished after commit. In a first pull
    (``sync.first_pull``) its people's search entries are owed, built when the pull ends."""

    def write() -> apply.PageApplied:
        with db.replayable_unit_of_work(None) as session:
            if first:
                first_pull.mark(session)
            return apply.apply_page(
                session,
                page["changes"],
                page["next_cursor"],
                page.get("erasures", ()),
                page.get("evictions", ()),
                search_entries=not first,
            )

    applied = db.writer.run(write)
    report.pulled += applied.written
    report.set_aside += applied.set_aside
    if applied.erased or applied.blobs:
        store = BlobStore(db.paths.attachments, db.key)
        for sha in applied.blobs:
            store.path_of(sha).unlink(missing_ok=True)
        # An erased person's attachments leave the backup folders too (the backups' own
        # databases still name them, and no longer open their contents).
        forget_backup_copies(db.paths, applied.erased_blobs)
        with db.engine.connect() as connection:  # no copy of erased pages left in the log
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        report.erased += applied.erased
