"""The national administrator publishes an update through the console: the installer and its
manifest signed offline (packaging/release_sign.py), checked by a real server process against
the release keys configured on it (signature, size, SHA-256) before anything is served, each
attempt in the console's audit trail. Played for real: another key, a flipped bit, a missing
file, a body too large refused from its announced size, a visitor not signed in."""

from __future__ import annotations

import json
import re
import socket
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from sqlalchemy import create_engine, select

from counsellor_app.core.release_manifest import parse_manifest_bytes
from counsellor_app.server.console.models import ConsoleAudit
from counsellor_app.services import updates
from tests.console.conftest import console_admin
from tests.server_fixtures import Server
from tests.windows.test_updates import new_key, sign

PASSWORD = "Sahara-Atlas-2026"


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'server.db'}"


@pytest.fixture
def published(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> tuple[Server, Path, Path]:
    """A server with an empty release folder and the release key configured: (server, its
    release folder, the release person's key file)."""
    key = tmp_path / "release-key.pem"
    public = new_key(key)
    folder = tmp_path / "served"
    folder.mkdir()
    monkeypatch.setenv("COUNSELLOR_SERVER_RELEASE_DIR", str(folder))
    monkeypatch.setenv("COUNSELLOR_SERVER_RELEASE_KEYS", public)
    server: Server = request.getfixturevalue("server")
    return server, folder, key


def signed_release(tmp_path: Path, key: Path, version: str = "9.1.0") -> tuple[bytes, bytes]:
    """(installer, manifest.json) as release_sign.py leaves them on the release PC."""
    built = tmp_path / f"build-{version}" / f"Counsellor-{version}-setup.exe"
    built.parent.mkdir()
    built.write_bytes(b"MZ" + bytes(range(256)) * 300)
    out = tmp_path / f"signed-{version}"
    sign(key, built, version, out)
    return built.read_bytes(), (out / "manifest.json").read_bytes()


def signed_in(server: Server) -> tuple[httpx.Client, str]:
    name = f"national-{uuid.uuid4().hex[:8]}"
    console_admin(server, name, PASSWORD)
    client = httpx.Client(base_url=server.url, follow_redirects=True)
    page = client.get("/console/sign-in")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token is not None
    client.post(
        "/console/sign-in", data={"csrf": token.group(1), "username": name, "password": PASSWORD}
    )
    page = client.get("/console/release")
    found = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert found is not None and 'id="release-upload"' in page.text
    return client, found.group(1)


def upload(client: httpx.Client, csrf: str, files: dict[str, bytes]) -> httpx.Response:
    names = {"installer": "Counsellor-9.1.0-setup.exe", "manifest": "manifest.json"}
    return client.post(
        "/console/release/upload",
        data={"csrf": csrf},
        files={field: (names[field], data) for field, data in files.items()},
    )


def audit_trail(server: Server) -> list[tuple[str, str, dict[str, object]]]:
    engine = create_engine(server.environment["COUNSELLOR_SERVER_DATABASE_URL"])
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                select(ConsoleAudit.action, ConsoleAudit.target, ConsoleAudit.details)
                .where(ConsoleAudit.action.like("release_%"))
                .order_by(ConsoleAudit.seq)
            ).all()
    finally:
        engine.dispose()
    return [(row[0], row[1], dict(row[2])) for row in rows]


def test_a_release_signed_by_the_configured_key_is_checked_published_and_audited(
    published: tuple[Server, Path, Path], tmp_path: Path
) -> None:
    server, folder, key = published
    installer, manifest = signed_release(tmp_path, key)
    client, csrf = signed_in(server)
    try:
        assert client.get("/release/manifest.json").status_code == 404  # nothing yet
        # Signed by a key the server is not configured with: refused, nothing served.
        stranger = tmp_path / "stranger.pem"
        new_key(stranger)
        foreign_installer, foreign_manifest = signed_release(tmp_path, stranger, "9.3.0")
        refused = upload(
            client, csrf, {"installer": foreign_installer, "manifest": foreign_manifest}
        )
        assert refused.status_code == 422
        assert "pas signé par une clé de publication reconnue" in refused.text
        # The right manifest with a flipped bit in the installer: damaged.
        flipped = bytearray(installer)
        flipped[len(flipped) // 2] ^= 1
        refused = upload(client, csrf, {"installer": bytes(flipped), "manifest": manifest})
        assert refused.status_code == 422 and "SHA-256" in refused.text
        # A manifest whose signed fields were edited (a bigger size): its signature fails.
        edited = json.loads(manifest)
        edited["size"] += 1
        refused = upload(
            client, csrf, {"installer": installer + b"!", "manifest": json.dumps(edited).encode()}
        )
        assert refused.status_code == 422
        refused = upload(client, csrf, {"installer": installer})
        assert refused.status_code == 422 and "joignez" in refused.text
        assert list(folder.iterdir()) == []  # nothing of any refused upload was written
        # Without the form's token: refused before anything is looked at.
        assert (
            upload(client, "forged", {"installer": installer, "manifest": manifest}).status_code
            == 403
        )
        done = upload(client, csrf, {"installer": installer, "manifest": manifest})
        assert done.status_code == 200 and "vérifiée et publiée" in done.text
        assert "9.1.0" in client.get("/console/release").text
        served = client.get("/release/manifest.json").content
        assert client.get("/release/installer").content == installer
    finally:
        client.close()
    # What a PC makes of it: verified against the same public key the app ships with.
    public = json.loads(manifest)
    assert parse_manifest_bytes(served, [_public_of(server)]).sha256 == public["sha256"]
    with httpx.Client(base_url=server.url) as pc:
        found = updates.fetch_manifest(pc, [_public_of(server)], installed="0.1.0")
        assert found is not None and found[0].version == "9.1.0"
    trail = audit_trail(server)
    assert [action for action, _target, _details in trail] == ["release_refused"] * 4 + [
        "release_uploaded"
    ]
    assert [d.get("reason") for _a, _t, d in trail[:4]] == [
        "signature", "damaged", "signature", "missing"
    ]  # fmt: skip
    assert trail[-1][1] == "9.1.0" and trail[-1][2]["sha256"] == public["sha256"]


def _public_of(server: Server) -> str:
    return server.environment["COUNSELLOR_SERVER_RELEASE_KEYS"]


def test_a_body_too_large_is_refused_from_its_announced_size_and_visitors_are_refused(
    published: tuple[Server, Path, Path], tmp_path: Path
) -> None:
    server, folder, key = published
    address = urlsplit(server.url)
    assert address.hostname is not None and address.port is not None
    with socket.create_connection((address.hostname, address.port), timeout=30) as raw:
        raw.sendall(
            b"POST /console/release/upload HTTP/1.1\r\nHost: x\r\n"
            b"Content-Type: multipart/form-data; boundary=b\r\n"
            b"Content-Length: 300000000\r\n\r\n"
        )  # announced, never sent: refused without reading a byte of it
        answer = raw.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    installer, manifest = signed_release(tmp_path, key)
    with httpx.Client(base_url=server.url) as visitor:
        page = visitor.get("/console/sign-in")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert token is not None
        answer_ = upload(visitor, token.group(1), {"installer": installer, "manifest": manifest})
        assert answer_.status_code in (303, 401, 403)
    assert list(folder.iterdir()) == []
    # Within the limit but from someone not signed in as the national administrator: refused
    # before a byte of the body is read (150 MB announced, never sent), on both uploads.
    for target in (b"/console/release/upload", b"/console/operations/bundle"):
        with socket.create_connection((address.hostname, address.port), timeout=30) as raw:
            raw.sendall(
                b"POST " + target + b" HTTP/1.1\r\nHost: x\r\n"
                b"Content-Type: multipart/form-data; boundary=b\r\n"
                b"Content-Length: 150000000\r\n\r\n"
            )
            answer = raw.recv(4096)
        assert answer.startswith(b"HTTP/1.1 403"), (target, answer[:200])
