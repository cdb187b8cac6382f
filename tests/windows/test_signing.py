"""scripts/sign_windows.sh: a real Windows program signed with osslsigncode and a certificate
made here, then checked; a changed byte, another authority or no certificate are told apart."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SIGN = ROOT / "scripts" / "sign_windows.sh"
CERTIFICATE = ROOT / "scripts" / "wine" / "test_certificate.sh"
MINGW = "x86_64-w64-mingw32-gcc"

pytestmark = pytest.mark.skipif(
    shutil.which("osslsigncode") is None or shutil.which(MINGW) is None,
    reason="osslsigncode and MinGW (installed by scripts/build_windows.sh)",
)


def windows_program(folder: Path) -> Path:
    source = folder / "hello.c"
    source.write_text("int main(void) { return 0; }\n")
    program = folder / "prog ram.exe"  # a space, as in "Program Files"
    subprocess.run([MINGW, "-o", str(program), str(source)], check=True)
    return program


def certificate(folder: Path) -> dict[str, str]:
    """The variables test_certificate.sh exports (CI's own way of making them)."""
    out = subprocess.run(
        ["bash", "-c", f'source "{CERTIFICATE}" "{folder}" && env -0'],
        check=True,
        capture_output=True,
    ).stdout
    pairs = dict(item.split("=", 1) for item in out.decode().split("\0") if "=" in item)
    return {k: pairs[k] for k in ("SIGN_CERT", "SIGN_KEY", "SIGN_CAFILE")}


def sign(program: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SIGN_")}
    return subprocess.run(
        ["bash", str(SIGN), str(program)],
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def verify(program: Path, cafile: str) -> bool:
    done = subprocess.run(
        ["osslsigncode", "verify", "-CAfile", cafile, "-in", str(program)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


def test_signed_with_a_pem_pair_and_verified(tmp_path: Path) -> None:
    program = windows_program(tmp_path)
    env = certificate(tmp_path / "cert")
    assert not verify(program, env["SIGN_CAFILE"])  # unsigned
    done = sign(program, env)
    assert done.returncode == 0, done.stderr
    assert "signed and verified: prog ram.exe" in done.stdout
    assert verify(program, env["SIGN_CAFILE"])
    # One byte changed after signing: the signature no longer holds.
    data = bytearray(program.read_bytes())
    data[1000] ^= 0xFF
    program.write_bytes(bytes(data))
    assert not verify(program, env["SIGN_CAFILE"])


def test_signed_with_a_pfx_and_its_password(tmp_path: Path) -> None:
    program = windows_program(tmp_path)
    env = certificate(tmp_path / "cert")
    pfx = tmp_path / "institution.pfx"
    subprocess.run(
        ["openssl", "pkcs12", "-export", "-inkey", env["SIGN_KEY"], "-in", env["SIGN_CERT"],
         "-passout", "pass:s3cret pass", "-out", str(pfx)],
        check=True,
    )  # fmt: skip
    done = sign(
        program,
        {
            "SIGN_PFX": str(pfx),
            "SIGN_PFX_PASSWORD": "s3cret pass",
            "SIGN_CAFILE": env["SIGN_CAFILE"],
        },
    )
    assert done.returncode == 0, done.stderr
    assert "s3cret" not in done.stdout + done.stderr
    assert verify(program, env["SIGN_CAFILE"])
    wrong = sign(
        windows_program(tmp_path),
        {"SIGN_PFX": str(pfx), "SIGN_PFX_PASSWORD": "wrong", "SIGN_CAFILE": env["SIGN_CAFILE"]},
    )
    assert wrong.returncode != 0


def test_a_signature_by_another_authority_fails_the_build(tmp_path: Path) -> None:
    program = windows_program(tmp_path)
    env = certificate(tmp_path / "cert")
    other = certificate(tmp_path / "other")
    done = sign(program, {**env, "SIGN_CAFILE": other["SIGN_CAFILE"]})
    assert done.returncode != 0
    assert "does not verify" in done.stderr


def test_without_a_certificate_nothing_is_signed(tmp_path: Path) -> None:
    program = windows_program(tmp_path)
    before = program.read_bytes()
    done = sign(program, {})
    assert done.returncode == 0 and "not signed" in done.stdout
    assert program.read_bytes() == before
