"""The bodies the routes take, with their limits: a body past them is refused with a 422
before any work."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from counsellor_app.server.push import MAX_OPS_PER_PUSH


class EnrolRequest(BaseModel):
    code: str = Field(max_length=40)
    agency_code: str = Field(max_length=8)
    public_key: str = Field(max_length=64, description="Ed25519 public key, base64")
    exchange_key: str = Field(default="", max_length=64, description="X25519 key, base64")
    name: str = Field(default="", max_length=120)
    app_version: str = Field(default="", max_length=32)
    admin_key: dict[str, Any] | None = Field(
        default=None, description="The enrolling administrator's key (server.acts.root_key)"
    )


class ResolveRequest(BaseModel):
    choice: str = Field(pattern="^(server|incoming)$")
    user_id: str | None = Field(default=None, max_length=36)
    act: dict[str, Any] | None = Field(default=None, description="core.acts: her signature")


class ErasureRequest(BaseModel):
    person_id: str = Field(max_length=36)
    legal_basis: str = Field(max_length=200)
    user_id: str = Field(max_length=36)
    act: dict[str, Any] | None = Field(default=None, description="core.acts: her signature")


class ApproveRequest(BaseModel):
    user_id: str = Field(max_length=36)
    act: dict[str, Any] | None = Field(default=None, description="core.acts: her signature")


class RecordsRequest(BaseModel):
    entity: str = Field(max_length=40)
    ids: list[str] = Field(max_length=1000)


class GrantRequest(BaseModel):
    person_id: str = Field(max_length=36)
    agency_code: str = Field(max_length=8)
    kind: str = Field(pattern="^(referral|transfer)$")
    user_id: str = Field(max_length=36)
    act: dict[str, Any] | None = Field(default=None, description="core.acts: her signature")


class KeyRequest(BaseModel):
    public_key: str = Field(max_length=64, description="Ed25519 public key, base64")


class UserKeyRequest(BaseModel):
    user_id: str = Field(max_length=36)
    public_key: str = Field(max_length=64, description="Ed25519 public key, base64")
    material: dict[str, Any] | None = Field(default=None, description="wrapped private key")
    act: dict[str, Any] | None = Field(default=None, description="an administrator's act")


class RootKeyRequest(BaseModel):
    code: str = Field(max_length=40)
    admin_key: dict[str, Any] = Field(description="as at enrolment (server.acts.root_key)")


class SetAsideReport(BaseModel):
    count: int = Field(ge=0, le=10_000_000)
    waiting: int = Field(default=0, ge=0, le=10_000_000)  # outbox left after the sync


class PushRequest(BaseModel):
    ops: list[dict[str, Any]] = Field(max_length=MAX_OPS_PER_PUSH)
