"""The server's tables. Records are kept whole as JSON, one row per synced record of any kind:
the server merges, scopes and orders them without knowing each screen's columns, so a new
field on the desktop needs no server migration (reference/sync.md §9.4)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Agency(Base):
    __tablename__ = "agency"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class EnrolmentCode(Base):
    """A one-time code an administrator gives to the person setting up a PC."""

    __tablename__ = "enrolment_code"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256, never the code
    agency_id: Mapped[str] = mapped_column(ForeignKey("agency.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    used_by_device: Mapped[str | None] = mapped_column(String(36))


class Device(Base):
    __tablename__ = "device"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    agency_id: Mapped[str] = mapped_column(ForeignKey("agency.id"))
    name: Mapped[str] = mapped_column(String(120), default="")
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    exchange_key: Mapped[bytes | None] = mapped_column(LargeBinary)  # X25519, for bundles
    enrolled_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    app_version: Mapped[str] = mapped_column(String(32), default="")
    # Records received that the PC could not store and keeps aside, as it last reported.
    set_aside_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    set_aside_reported_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Operations still waiting in the PC's outbox after its last sync, as it reported them.
    waiting_ops: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Record(Base):
    """The server's copy of one synced record, with per-field bookkeeping for merges."""

    __tablename__ = "record"
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person_id: Mapped[str | None] = mapped_column(String(36))
    owner_agency_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    field_versions: Mapped[dict[str, int]] = mapped_column(JSON)  # field → version it changed at
    field_clocks: Mapped[dict[str, str]] = mapped_column(JSON)  # field → HLC of that change
    field_devices: Mapped[dict[str, str]] = mapped_column(JSON)  # field → device that set it
    updated_seq: Mapped[int] = mapped_column(BigInteger)
    natural_key: Mapped[str | None] = mapped_column(String(120))  # core.merge.NATURAL_KEYS

    __table_args__ = (
        Index(None, "id"),  # operations and pull pages name records by id alone
        Index(None, "person_id"),
        Index(None, "owner_agency_id", "updated_seq"),
        # A natural key is unique within an agency: another agency's record never joins one.
        Index(None, "entity", "natural_key", "owner_agency_id", unique=True),
    )


class ChangeEntry(Base):
    """What changed, in commit order: a pull reads ``server_seq > cursor`` within its scope."""

    __tablename__ = "change_entry"
    server_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    person_id: Mapped[str | None] = mapped_column(String(36))
    owner_agency_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    origin_device: Mapped[str | None] = mapped_column(String(36))
    origin_op: Mapped[str | None] = mapped_column(String(36))
    committed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        Index(None, "owner_agency_id", "server_seq"),
        Index(None, "person_id", "server_seq"),
    )


class AppliedOp(Base):
    """Every operation received, with the answer given: a resent one gets the same answer."""

    __tablename__ = "applied_op"
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"))
    device_seq: Mapped[int] = mapped_column(BigInteger)
    fingerprint: Mapped[str] = mapped_column(String(64))  # SHA-256 of the operation as sent
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index(None, "device_id", "device_seq", unique=True),)


class Conflict(Base):
    """Two values for one field, both kept until an owning counsellor resolves it."""

    __tablename__ = "conflict"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    person_id: Mapped[str | None] = mapped_column(String(36))
    owner_agency_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    base_value: Mapped[Any] = mapped_column(JSON)
    server_value: Mapped[Any] = mapped_column(JSON)
    incoming_value: Mapped[Any] = mapped_column(JSON)
    kept: Mapped[str] = mapped_column(String(10))
    op_id: Mapped[str] = mapped_column(String(36))
    clock_suspect: Mapped[bool] = mapped_column(Boolean, default=False)
    detected_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    resolved_by: Mapped[str | None] = mapped_column(String(36))
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index(None, "owner_agency_id", "resolved_at"),)


class SyncCounter(Base):
    """One row: the last server sequence number handed out. Numbers are taken just before
    commit under this row's lock, so they become visible in commit order (sync.md §9.4)."""

    __tablename__ = "sync_counter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class Erasure(Base):
    """A person erased (right to be forgotten): ids only, never a name. Every PC pulls it,
    whatever its scope, and no later operation about the person is accepted."""

    __tablename__ = "erasure"
    person_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    owner_agency_id: Mapped[str] = mapped_column(String(36))
    requested_by: Mapped[str] = mapped_column(String(36))
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    legal_basis: Mapped[str] = mapped_column(String(200))
    approved_by: Mapped[str | None] = mapped_column(String(36))
    erased_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    server_seq: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (Index(None, "server_seq"),)


class Blob(Base):
    """An attachment's content as one agency uploaded it, by its SHA-256. Received in chunks
    (``received`` grows) and checked against its hash when complete. Kept per agency: one
    agency can neither fix the size of another's upload nor learn that another holds a hash."""

    __tablename__ = "blob"
    agency_id: Mapped[str] = mapped_column(String(36), primary_key=True)  # who uploaded it
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        Index(None, "sha256"),  # a download finds any agency's complete copy
        Index(None, "complete", "created_at"),  # unfinished uploads expire
    )


class ServerKey(Base):
    """The server's own keys, made at first start: Ed25519 to sign the bundles it writes,
    X25519 so that PCs encrypt theirs to it. Only public halves ever leave the server."""

    __tablename__ = "server_key"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    signing_private: Mapped[bytes] = mapped_column(LargeBinary)
    exchange_private: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class BundleLog(Base):
    """Bundles already imported: the same file brought twice is refused as a replay."""

    __tablename__ = "bundle_log"
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AccessGrant(Base):
    """Another agency's access to a person: a referral (it works with the person, the owner
    stays) or a transfer (pending until the receiving agency accepts; then it owns the file)."""

    __tablename__ = "access_grant"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person_id: Mapped[str] = mapped_column(String(36))
    from_agency_id: Mapped[str] = mapped_column(String(36))
    agency_id: Mapped[str] = mapped_column(String(36))  # the receiving agency
    kind: Mapped[str] = mapped_column(String(10))  # referral | transfer
    status: Mapped[str] = mapped_column(String(10))  # active | pending | accepted | revoked
    granted_by: Mapped[str] = mapped_column(String(36))
    granted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    decided_by: Mapped[str | None] = mapped_column(String(36))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index(None, "agency_id", "status"), Index(None, "person_id"))


class ScopeEvent(Base):
    """A person leaving an agency's scope: its PCs remove them (after pushing their edits)."""

    __tablename__ = "scope_event"
    server_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    agency_id: Mapped[str] = mapped_column(String(36))
    person_id: Mapped[str] = mapped_column(String(36))

    __table_args__ = (Index(None, "agency_id", "server_seq"),)


class RequestNonce(Base):
    """Each signed request's nonce, kept until its time is out of the clock window: a copy
    of a request is refused even inside the window, by every worker (the primary key is the
    check, in one statement)."""

    __tablename__ = "request_nonce"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    expires_ms: Mapped[int] = mapped_column(BigInteger, index=True)


class CertificateKey(Base):
    """A public key that signs printed documents, registered by the PC that holds it through
    its own signed call: the server knows which agency and device it belongs to, and a serial
    is genuine only if signed by a key of the serial's agency."""

    __tablename__ = "certificate_key"
    key_id: Mapped[str] = mapped_column(String(8), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    agency_id: Mapped[str] = mapped_column(ForeignKey("agency.id"))
    device_id: Mapped[str] = mapped_column(String(36))
    registered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RevokedSerial(Base):
    """A revocation that outlives its document: kept when the person is erased (serial, date
    and a reason code, nothing about the person), so an erased revoked certificate never reads
    genuine again."""

    __tablename__ = "revoked_serial"
    serial: Mapped[str] = mapped_column(String(40), primary_key=True)
    agency_id: Mapped[str] = mapped_column(String(36))
    revoked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reason_code: Mapped[str] = mapped_column(String(40))


class UserKey(Base):
    """A person's public key (``core.acts``), per account: rooted at the first administrator,
    whose key comes with the enrolment code, then registered by an act of one of the agency's
    administrators. ``material`` is her private key as her PC wrapped it under her password
    (opaque here), handed to her agency's PCs only so she can log in on any of them."""

    __tablename__ = "user_key"
    user_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    agency_id: Mapped[str] = mapped_column(ForeignKey("agency.id"), index=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    material: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    root: Mapped[bool] = mapped_column(Boolean, default=False)
    registered_by: Mapped[str] = mapped_column(String(36))  # the vouching administrator
    registered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ActNonce(Base):
    """Each act's nonce once accepted: an act sent again is refused (``act_replayed``)."""

    __tablename__ = "act_nonce"
    user_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    spent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RateBucket(Base):
    """A token bucket per key (``verify:`` and a client address): held in the database so
    that every worker of the server draws from one bucket (``server.ratelimit``)."""

    __tablename__ = "rate_bucket"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    tokens: Mapped[float] = mapped_column(Float)
    updated_ms: Mapped[int] = mapped_column(BigInteger, index=True)


class BlobChunk(Base):
    """One chunk of an upload, as received (at most ``blobs.BLOB_CHUNK_BYTES``): an upload is
    stored and read back a chunk at a time, never whole in memory."""

    __tablename__ = "blob_chunk"
    agency_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    start: Mapped[int] = mapped_column(BigInteger, primary_key=True)  # its first byte's offset
    data: Mapped[bytes] = mapped_column(LargeBinary)


class BreakGlass(Base):
    """A masked file opened by someone without the right, with her reason (issue 20, 4):
    signed by her own key (``core.acts.ActKind.BREAK_GLASS``), checked like any act, kept
    for her agency's supervisors and auditors. ``at`` is when she signed it (her PC's clock)."""

    __tablename__ = "break_glass"
    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    agency_id: Mapped[str] = mapped_column(ForeignKey("agency.id"), index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    person_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(String(500))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    signature: Mapped[str] = mapped_column(String(100))
