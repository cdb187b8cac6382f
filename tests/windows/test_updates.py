"""Updates from the server: a release signed apart (packaging/release_sign.py), served by a
real server process on loopback, fetched, downloaded with resume and checked by the app's
code. A bad signature, a damaged file and a cut download are each played for real."""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from counsellor_app.core.release_manifest import (
    Manifest,
    ManifestRefused,
    parse_manifest_bytes,
    sign_manifest,
)
from counsellor_app.services import updates
from tests.server_fixtures import Server


def _release_sign() -> ModuleType:
    """packaging/release_sign.py, the release person's script (not a package: the name
    "packaging" is pip's)."""
    path = Path(__file__).resolve().parents[2] / "packaging" / "release_sign.py"
    spec = importlib.util.spec_from_file_location("release_sign", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


new_key, sign = _release_sign().new_key, _release_sign().sign


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """The server on SQLite: what is tested here does not touch its database."""
    return f"sqlite:///{tmp_path / 'server.db'}"


SIZE = 3 * updates.CHUNK + 12345  # several chunks, the last one short


@pytest.fixture
def release(tmp_path: Path) -> tuple[Path, str, Path]:
    """A release folder signed with a key of this test: (folder, public key, key file)."""
    key = tmp_path / "release-key.pem"
    public = new_key(key)
    installer = tmp_path / "build" / "Counsellor-9.1.0-setup.exe"
    installer.parent.mkdir()
    installer.write_bytes(os.urandom(SIZE))
    folder = tmp_path / "release"
    sign(key, installer, "9.1.0", folder)
    return folder, public, key


@pytest.fixture
def offered(
    release: tuple[Path, str, Path], monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[tuple[Server, Path, str]]:
    monkeypatch.setenv("COUNSELLOR_SERVER_RELEASE_DIR", str(release[0]))
    server: Server = request.getfixturevalue("server")
    yield server, release[0], release[1]


def client(server: Server) -> httpx.Client:
    return httpx.Client(base_url=server.url)


def test_a_newer_release_is_fetched_downloaded_and_checked(
    offered: tuple[Server, Path, str], tmp_path: Path
) -> None:
    server, folder, public = offered
    with client(server) as http:
        found = updates.fetch_manifest(http, [public], installed="0.1.0")
        assert found is not None
        manifest, document = found
        assert (manifest.version, manifest.size) == ("9.1.0", SIZE)
        # The same or an older installed version is offered nothing.
        assert updates.fetch_manifest(http, [public], installed="9.1.0") is None
        installer = updates.download(http, manifest, document, tmp_path / "data")
    assert installer.read_bytes() == (folder / manifest.file).read_bytes()
    private = tmp_path / "admin-temp"
    private.mkdir()
    ready = updates.ready_installer(tmp_path / "data", [public], "0.1.0", private)
    # What runs is a checked copy where no other user of the PC can write, not the file in
    # the shared data folder: swapping that one after the check changes nothing that runs.
    assert ready == private / manifest.file and ready.read_bytes() == installer.read_bytes()
    installer.write_bytes(b"MZ swapped by another user" + bytes(SIZE - 26))
    assert ready.read_bytes() == (folder / manifest.file).read_bytes()
    again = tmp_path / "admin-temp-2"
    again.mkdir()
    assert updates.ready_installer(tmp_path / "data", [public], "0.1.0", again) is None
    assert not installer.exists()  # a changed file is thrown away, never copied to run
    assert updates.ready_installer(tmp_path / "data", [public], installed="9.1.0") is None


def test_a_cut_download_resumes_where_it_stopped(
    offered: tuple[Server, Path, str], tmp_path: Path
) -> None:
    server, folder, public = offered
    seen: list[int] = []
    with client(server) as http:
        found = updates.fetch_manifest(http, [public], installed="0.1.0")
        assert found is not None
        manifest, document = found
        with pytest.raises(ManifestRefused) as cut:
            updates.download(
                http,
                manifest,
                document,
                tmp_path / "data",
                lambda done, total: done < 2 * updates.CHUNK,
            )
        assert cut.value.code == "interrupted"
        part = updates.updates_dir(tmp_path / "data") / (manifest.file + ".part")
        kept = part.stat().st_size
        assert 0 < kept < SIZE
        installer = updates.download(
            http,
            manifest,
            document,
            tmp_path / "data",
            lambda done, total: seen.append(done) or True,
        )
    # The first block after the cut ends past what was kept: only the rest came (Range).
    assert seen[0] > kept and seen[-1] == SIZE and len(seen) < SIZE // updates.CHUNK + 1
    assert installer.read_bytes() == (folder / manifest.file).read_bytes()
    assert not part.exists()


def test_a_damaged_installer_is_refused_and_deleted(
    offered: tuple[Server, Path, str], tmp_path: Path
) -> None:
    server, folder, public = offered
    with client(server) as http:
        found = updates.fetch_manifest(http, [public], installed="0.1.0")
        assert found is not None
        manifest, document = found
        damaged = bytearray((folder / manifest.file).read_bytes())
        damaged[SIZE // 2] ^= 0x01  # one bit, same size
        (folder / manifest.file).write_bytes(bytes(damaged))
        with pytest.raises(ManifestRefused) as refused:
            updates.download(http, manifest, document, tmp_path / "data")
    assert refused.value.code == "damaged"
    left = updates.updates_dir(tmp_path / "data")
    assert not (left / manifest.file).exists() and not (left / (manifest.file + ".part")).exists()
    assert updates.ready_installer(tmp_path / "data", [public], installed="0.1.0") is None


def test_a_manifest_not_signed_by_the_trusted_key_is_refused(
    offered: tuple[Server, Path, str], tmp_path: Path
) -> None:
    server, folder, public = offered
    other = new_key(tmp_path / "other-key.pem")
    with client(server) as http:
        with pytest.raises(ManifestRefused) as refused:
            updates.fetch_manifest(http, [other], installed="0.1.0")
        assert refused.value.code == "signature_invalid"
        # The server (or someone on it) changes the size or the digest: the signature fails.
        document = json.loads((folder / "manifest.json").read_bytes())
        for field, value in (("size", SIZE + 1), ("sha256", "0" * 64), ("version", "9.9.9")):
            (folder / "manifest.json").write_text(json.dumps({**document, field: value}))
            with pytest.raises(ManifestRefused) as changed:
                updates.fetch_manifest(http, [public], installed="0.1.0")
            assert changed.value.code == "signature_invalid", field


def test_nothing_offered_is_a_404_not_an_error(server: Server, tmp_path: Path) -> None:
    with client(server) as http:
        assert updates.fetch_manifest(http, ["AAAA"], installed="0.1.0") is None
        assert http.get(updates.INSTALLER_PATH).status_code == 404


def test_malformed_manifests_are_refused_before_any_signature_check() -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    good = sign_manifest(Manifest("1.2.0", "Counsellor-1.2.0-setup.exe", 10, "a" * 64), key)
    for field, value in (
        ("file", "..\\..\\Windows\\evil.exe"),
        ("file", "setup.bat"),
        ("size", -1),
        ("size", True),
        ("version", "1.2.0; rm"),
        ("sha256", "A" * 64),
        ("signature", "not base64!"),
    ):
        with pytest.raises(ManifestRefused) as refused:
            parse_manifest_bytes(json.dumps({**good, field: value}).encode(), [])
        assert refused.value.code == "manifest_malformed", (field, value)
    with pytest.raises(ManifestRefused):
        parse_manifest_bytes(b"{" * 5000, [])


def test_an_accepted_update_runs_silently_once_with_the_installations_scope(
    offered: tuple[Server, Path, str], tmp_path: Path
) -> None:
    server, _folder, public = offered
    data = tmp_path / "data"
    with client(server) as http:
        found = updates.fetch_manifest(http, [public], installed="0.1.0")
        assert found is not None
        installer = updates.download(http, *found, data)
    runs: list[list[str]] = []
    # Downloaded but not accepted by an administrator: nothing runs.
    assert updates.install_if_ready(data, "allusers", [public], "0.1.0", runs.append) is None
    updates.accept(data)
    command = updates.install_if_ready(data, "allusers", [public], "0.1.0", runs.append)
    assert command is not None and command[1:] == [
        "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/ALLUSERS"
    ]  # fmt: skip
    ran = Path(command[0])  # the checked private copy, outside the shared data folder
    assert ran.name == installer.name and data not in ran.parents
    assert ran.read_bytes() == installer.read_bytes()
    assert runs == [command]
    # Once: the next close does not run it again unless accepted again.
    assert updates.install_if_ready(data, "allusers", [public], "0.1.0", runs.append) is None
    # Accepted, but the file changed on disk since its check: refused, deleted, not run.
    updates.accept(data)
    installer.write_bytes(b"MZ" + installer.read_bytes()[2:-1])
    assert updates.install_if_ready(data, "currentuser", [public], "0.1.0", runs.append) is None
    assert runs == [command] and not installer.exists()
