"""Synchronisation benchmark: server ingest over HTTP and a PC's first pull (DESIGN.md §9).

    python benchmarks/sync_bench.py [--ops 20000] [--postgres]

A real ``counsellor-server`` process on loopback (PostgreSQL in a throw-away cluster with
--postgres, otherwise SQLite); one device pushes signed batches of 250 new people; then a
freshly set-up PC of the same agency enrols and pulls them all. Prints a table.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from counsellor_app.core import request_signing  # noqa: E402
from counsellor_app.core.ids import new_id  # noqa: E402


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _postgres(root: Path) -> tuple[str, list[str], Path]:
    binaries = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))[-1].parent
    as_owner: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        as_owner = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    subprocess.run(
        [*as_owner, str(binaries / "initdb"), "-D", str(root / "data"), "-U", "counsellor",
         "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"],
        check=True, capture_output=True,
    )  # fmt: skip
    subprocess.run(
        [*as_owner, str(binaries / "pg_ctl"), "-D", str(root / "data"), "-l", str(root / "log"),
         "-w", "-o", f"-p {port} -k {root} -c listen_addresses=127.0.0.1", "start"],
        check=True, capture_output=True,
    )  # fmt: skip
    return f"postgresql+psycopg://counsellor@127.0.0.1:{port}/postgres", as_owner, binaries


def _signed(
    key: Ed25519PrivateKey, device: str, method: str, path: str, body: bytes
) -> dict[str, str]:
    sent = time.time_ns() // 1_000_000
    return {
        "Content-Type": "application/json",
        request_signing.DEVICE_HEADER: device,
        request_signing.TIME_HEADER: str(sent),
        request_signing.SIGNATURE_HEADER: request_signing.sign(key, method, path, sent, body),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ops", type=int, default=20_000)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="counsellor-sync-bench-"))
    stop_postgres: list[str] | None = None
    if args.postgres:
        url, as_owner, binaries = _postgres(work)
        stop_postgres = [*as_owner, str(binaries / "pg_ctl"), "-D", str(work / "data"), "stop"]
        database = "PostgreSQL"
    else:
        url, database = f"sqlite:///{work / 'server.db'}", "SQLite"
    environment = {
        **os.environ,
        "COUNSELLOR_SERVER_DATABASE_URL": url,
        "COUNSELLOR_SERVER_LOG_JSON": "1",
    }
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "counsellor_app.server.cli", "serve", "--port", str(port)],
        env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    results: list[tuple[str, str, str]] = []
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)

        def code() -> str:
            return subprocess.run(
                [sys.executable, "-m", "counsellor_app.server.cli", "enrolment-code", "--agency", "RABAG"],
                env=environment, capture_output=True, text=True, check=True,
            ).stdout.strip()  # fmt: skip

        key = Ed25519PrivateKey.generate()
        enrolled = httpx.post(
            base + "/v1/devices/enroll",
            json={"code": code(), "agency_code": "RABAG",
                  "public_key": base64.b64encode(key.public_key().public_bytes_raw()).decode()},
        ).json()  # fmt: skip
        device, agency = enrolled["device_id"], enrolled["agency_id"]
        now = datetime.now(UTC).isoformat()
        client = httpx.Client(base_url=base, timeout=120)
        started = time.perf_counter()
        for first in range(0, args.ops, 250):
            ops = []
            for seq in range(first, min(first + 250, args.ops)):
                pid = new_id()
                stamp = f"{time.time_ns() // 1_000_000:015d}-0000-{device}"
                changes = {
                    "owner_agency_id": [None, agency], "file_number": [None, f"RABAG-BEN-26-{seq:06d}"],
                    "last_name": [None, f"Diallo{seq}"], "first_name": [None, "Mamadou"],
                    "sex": [None, "male"], "date_of_birth": [None, "1990-01-01"], "nationality": [None, "GN"],
                    "legal_status": [None, "refugee_bra"], "consent_status": [None, "given"],
                    "languages": [None, ["fr"]], "vulnerabilities": [None, []], "phone_e164": [None, None],
                    "created_at": [None, now], "updated_at": [None, now],
                }  # fmt: skip
                ops.append({"op_id": new_id(), "device_seq": seq + 1, "entity": "person",
                            "entity_id": pid, "person_id": pid, "action": "create",
                            "base_version": 0, "changes": changes, "hlc": stamp})  # fmt: skip
            body = json.dumps({"ops": ops}, separators=(",", ":")).encode()
            answer = client.post("/v1/sync/push", content=body,
                                 headers=_signed(key, device, "POST", "/v1/sync/push", body))  # fmt: skip
            assert answer.status_code == 200, answer.text
        elapsed = time.perf_counter() - started
        results.append((f"server ingest over HTTP, {database} ({args.ops:,} ops, batches of 250)",
                        f"{args.ops / elapsed:,.0f} ops/s", "≥ 2,000 ops/s"))  # fmt: skip

        from counsellor_app.services.accounts import SetupRequest, Workspace
        from counsellor_app.storage.keystore import FAST_KDF_FOR_TESTS
        from counsellor_app.storage.paths import DataPaths
        from counsellor_app.sync.client import SyncClient

        workspace = Workspace(DataPaths(work / "pc"), FAST_KDF_FOR_TESTS)
        db, _admin, _ = workspace.set_up(
            SetupRequest("anapec", "Agence", "RABAG", "rabat", "admin", "Admin", "Bench-2026-pass!", "Bench-2026-pass!")
        )  # fmt: skip
        sync = SyncClient(db, base)
        sync.enrol(code())
        started = time.perf_counter()
        report = sync.sync()
        pulled = time.perf_counter() - started
        sync.close()
        db.close()
        rows = report.pulled
        results.append((f"first pull into a new PC ({rows:,} records)", f"{pulled:.1f} s", ""))
        results.append(("  the same, per 1M records (extrapolated)",
                        f"{pulled / max(rows, 1) * 1_000_000:,.0f} s", "≤ 60 s"))  # fmt: skip
    finally:
        server.terminate()
        server.wait(10)
        if stop_postgres:
            subprocess.run(stop_postgres, check=False, capture_output=True)
        shutil.rmtree(work, ignore_errors=True)
    width = max(len(r[0]) for r in results)
    print(f"\nCounsellor sync benchmark — {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"{'measure':<{width}}  {'measured':>14}  {'target':>14}")
    for name, value, target in results:
        print(f"{name:<{width}}  {value:>14}  {target:>14}")


if __name__ == "__main__":
    main()
