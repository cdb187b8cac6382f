"""Synchronisation benchmark: server ingest over HTTP and a PC's first pull (DESIGN.md §9).

    python benchmarks/sync_bench.py [--ops 1000000] [--postgres]

The default is DESIGN.md §9's scale: 100,000 people with full pathways, a million records
(about nine minutes on two cores); ``--ops 20000`` gives a quick run, whose per-million figure
is an extrapolation that a small database flatters.

A real ``counsellor-server`` process on loopback (PostgreSQL in a throw-away cluster with
--postgres, otherwise SQLite); one device pushes signed batches of 250 new people; then a
freshly set-up PC of the same agency enrols and pulls them all, once straight after the ingest
and once more, into another new PC, after PostgreSQL has settled (VACUUM ANALYZE); then an
incremental sync and many PCs pushing at once. Prints a table.
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
from typing import TYPE_CHECKING, Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from counsellor_app import __version__  # noqa: E402
from counsellor_app.core import acts, request_signing  # noqa: E402
from counsellor_app.core.ids import new_id  # noqa: E402
from counsellor_app.protocol import encoding  # noqa: E402

if TYPE_CHECKING:
    from counsellor_app.storage.database import Database
    from counsellor_app.sync.client import SyncClient


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


VERSION = {request_signing.VERSION_HEADER: __version__}  # refused without it


def _signed(
    key: Ed25519PrivateKey, device: str, method: str, path: str, body: bytes
) -> dict[str, str]:
    sent = time.time_ns() // 1_000_000
    return {
        "Content-Type": "application/json",
        **request_signing.signed_headers(key, device, __version__, method, path, body, sent),
    }


STAGES = ("intake", "orientation", "soft_skills", "internship", "ae_registration")


def _person_records(
    number: int, agency: str, now: str, pathway: bool, counsellor: str
) -> list[tuple[str, str, str, dict[str, list[object]]]]:
    """One person as a counsellor leaves the file mid-pathway: identity, consent, five stages
    and two appointments (≈ 10 records, as DESIGN.md's million rows for 100,000 people)."""
    pid = new_id()
    records: list[tuple[str, str, str, dict[str, list[object]]]] = [
        ("person", pid, pid, {
            "owner_agency_id": [None, agency], "file_number": [None, f"RABAG-BEN-26-{number:06d}"],
            "last_name": [None, f"Diallo{number}"], "first_name": [None, "Mamadou"],
            "sex": [None, "male"], "date_of_birth": [None, "1990-01-01"], "nationality": [None, "GN"],
            "legal_status": [None, "refugee_bra"], "consent_status": [None, "given"],
            "languages": [None, ["fr"]], "vulnerabilities": [None, []],
            "phone_e164": [None, f"+2126{number:08d}"], "created_at": [None, now], "updated_at": [None, now],
        }),
    ]  # fmt: skip
    if not pathway:
        return records
    records.append(("identity_document", new_id(), pid, {
        "person_id": [None, pid], "doc_type": [None, "residence_card"],
        "number": [None, f"E{number:07d}"], "number_key": [None, f"E{number:07d}"],
        "expires_on": [None, "2028-06-30"], "created_at": [None, now], "updated_at": [None, now],
    }))  # fmt: skip
    records.append(("consent", new_id(), pid, {
        "person_id": [None, pid], "purposes": [None, ["processing", "donor_reporting"]],
        "given_on": [None, "2026-11-02"], "created_at": [None, now], "updated_at": [None, now],
    }))  # fmt: skip
    for stage in STAGES:
        records.append(("pathway_stage", new_id(), pid, {
            "person_id": [None, pid], "stage": [None, stage], "status": [None, "completed"],
            "started_on": [None, "2026-09-01"], "ended_on": [None, "2026-10-01"],
            "reason": [None, ""], "notes": [None, "Suivi régulier, motivé."], "data": [None, {}],
            "created_at": [None, now], "updated_at": [None, now],
        }))  # fmt: skip
    for day in (3, 17):
        records.append(("appointment", new_id(), pid, {
            "person_id": [None, pid], "counsellor_id": [None, counsellor], "kind": [None, "follow_up"],
            "starts_at": [None, f"2026-11-{day:02d}T09:30:00+00:00"], "duration_minutes": [None, 30],
            "place": [None, "Agence Rabat-Agdal"], "note": [None, ""], "status": [None, "planned"],
            "created_at": [None, now], "updated_at": [None, now],
        }))  # fmt: skip
    return records


def _concurrent_ingest(
    base: str, url: str, devices: int, per_device: int, agency: str, now: str
) -> tuple[str, str, str]:
    """Many PCs enrolled, then all pushing batches of 100 at once, each on its own thread."""
    from concurrent.futures import ThreadPoolExecutor

    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from counsellor_app.server.admin import create_enrolment_code

    engine = create_engine(url)
    with Session(engine) as session:
        codes = [
            create_enrolment_code(session, "RABAG", "", 1, datetime.now(UTC))
            for _ in range(devices)
        ]
        session.commit()
    engine.dispose()
    keys, ids = [], []
    for enrolment in codes:
        key = Ed25519PrivateKey.generate()
        answer = httpx.post(base + "/v1/devices/enroll", headers=VERSION, json={
            "code": enrolment, "agency_code": "RABAG",
            "public_key": base64.b64encode(key.public_key().public_bytes_raw()).decode()}).json()  # fmt: skip
        keys.append(key)
        ids.append(answer["device_id"])
    bodies: list[list[bytes]] = []
    for index, device in enumerate(ids):
        batches, batch, seq = [], [], 0
        counsellor = new_id()
        while seq < per_device:
            for entity, entity_id, person_id, changes in _person_records(
                index * 100_000 + seq, agency, now, True, counsellor
            )[:3]:  # person, identity document, consent: no foreign account needed
                seq += 1
                batch.append({"op_id": new_id(), "device_seq": seq, "entity": entity,
                              "entity_id": entity_id, "person_id": person_id, "action": "create",
                              "base_version": 0, "changes": changes,
                              "hlc": f"{time.time_ns() // 1_000_000:015d}-0000-{device}"})  # fmt: skip
                if len(batch) == 100:
                    batches.append(json.dumps({"ops": batch}, separators=(",", ":")).encode())
                    batch = []
        if batch:
            batches.append(json.dumps({"ops": batch}, separators=(",", ":")).encode())
        bodies.append(batches)

    def push(index: int) -> int:
        sent = 0
        with httpx.Client(base_url=base, timeout=300) as client:
            for body in bodies[index]:
                headers = _signed(keys[index], ids[index], "POST", "/v1/sync/push", body)
                answer = client.post("/v1/sync/push", content=body, headers=headers)
                assert answer.status_code == 200, answer.text
                sent += body.count(b'"op_id"')
        return sent

    started = time.perf_counter()
    with ThreadPoolExecutor(devices) as pool:
        total = sum(pool.map(push, range(devices)))
    elapsed = time.perf_counter() - started
    return (f"server ingest, {devices} PCs pushing at once ({total:,} ops)",
            f"{total / elapsed:,.0f} ops/s", "≥ 2,500 ops/s")  # fmt: skip


def _new_pc(folder: Path, base: str, code: str) -> tuple[SyncClient, Database]:
    """A new PC of the agency, set up and enrolled."""
    from counsellor_app.services.accounts import SetupRequest, Workspace
    from counsellor_app.storage.keystore import FAST_KDF_FOR_TESTS
    from counsellor_app.storage.paths import DataPaths
    from counsellor_app.sync.client import SyncClient

    workspace = Workspace(DataPaths(folder), FAST_KDF_FOR_TESTS)
    db, _admin, _ = workspace.set_up(
        SetupRequest("anapec", "Agence", "RABAG", "rabat", "admin", "Admin", "Bench-2026-pass!", "Bench-2026-pass!")
    )  # fmt: skip
    sync = SyncClient(db, base)
    sync.enrol(code)
    return sync, db


def _first_pull(
    folder: Path, base: str, code: str, profile: str | None = None, fast: bool = True
) -> tuple[SyncClient, Database, int, float]:
    """Set up a new PC of the agency, enrol it and time its first synchronisation (with
    ``profile``, under cProfile: the main thread, which applies the pages, with its waits for
    the thread that fetches them)."""
    sync, db = _new_pc(folder, base, code)
    sync.first_pull_path = fast  # False: the ordinary pull, page by page (sync/first_pull.py)
    if profile:
        return _profiled_first_pull(sync, db, profile)
    started = time.perf_counter()
    report = sync.sync()
    return sync, db, report.pulled, time.perf_counter() - started


def _profiled_first_pull(
    sync: SyncClient, db: Database, profile: str
) -> tuple[SyncClient, Database, int, float]:
    """The first pull under cProfile, one profile per thread: the writer's (pages applied and
    committed: ``profile``.writer) and the fetcher's (requests, decoding, checks:
    ``profile``.fetch), with the wall time each spent, to see which one waits for the other."""
    import cProfile

    from counsellor_app.sync import apply
    from counsellor_app.sync.client import SyncClient as Client

    writer, fetcher = cProfile.Profile(), cProfile.Profile()
    spent = {"writer": 0.0, "fetch": 0.0}

    def timed(name: str, profiler: cProfile.Profile, work: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            profiler.enable()
            try:
                return work(*args, **kwargs)
            finally:
                profiler.disable()
                spent[name] += time.perf_counter() - began

        return run

    original_run, original_call, original_prepare = db.writer.run, Client._call, apply.prepare_page
    db.writer.run = lambda work: original_run(timed("writer", writer, work))  # type: ignore[method-assign]
    Client._call = timed("fetch", fetcher, original_call)  # type: ignore[method-assign]
    apply.prepare_page = timed("fetch", fetcher, original_prepare)
    try:
        started = time.perf_counter()
        report = sync.sync()
        elapsed = time.perf_counter() - started
    finally:
        db.writer.run = original_run  # type: ignore[method-assign]
        Client._call = original_call  # type: ignore[method-assign]
        apply.prepare_page = original_prepare
    writer.dump_stats(profile + ".writer")
    fetcher.dump_stats(profile + ".fetch")
    print(f"first pull {elapsed:.1f} s: writer busy {spent['writer']:.1f} s, "
          f"fetcher (requests, decoding, checks) {spent['fetch']:.1f} s", flush=True)  # fmt: skip
    return sync, db, report.pulled, elapsed


def _slow_first_pull(folder: Path, port: int, code: str) -> tuple[str, str, str]:
    """A new PC of a regional centre: its first pull over mobile data (1 Mbit/s, 300 ms of
    latency, the signal lost every 4 MB), resumed by the next sync each time it drops."""
    from sqlalchemy import func, select

    from counsellor_app.storage.models import Person
    from counsellor_app.sync.client import SyncClient, SyncError
    from tests.sync.slow_link import SlowLink

    sync, db = _new_pc(folder, f"http://127.0.0.1:{port}", code)  # enrolled on the fast link
    sync.close()
    link = SlowLink(port, bits_per_second=1_000_000, latency_s=0.3, cut_every=4 * 1024 * 1024)
    link.start()
    attempts, started = 0, time.perf_counter()
    try:
        with SyncClient(db, f"http://127.0.0.1:{link.port}", timeout=120) as slow:
            while True:
                attempts += 1
                try:
                    slow.sync()
                    break
                except SyncError:
                    assert attempts < 100, "the first pull never completed"
        elapsed = time.perf_counter() - started
        with db.reader() as session:
            people = session.scalar(select(func.count()).select_from(Person)) or 0
    finally:
        link.close()
        db.close()
    return (f"first pull over 1 Mbit/s, 300 ms, cut every 4 MB ({people:,} people, "
            f"{link.stats.cuts} cuts, {link.stats.down_bytes / 1e6:.1f} MB)",
            f"{elapsed:.0f} s", "completes")  # fmt: skip


def _settle(url: str) -> None:
    """What autovacuum does within minutes of a bulk load: visibility and statistics."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url, isolation_level="AUTOCOMMIT")  # VACUUM refuses a transaction
    try:
        with engine.connect() as connection:
            connection.execute(text("VACUUM ANALYZE"))
    finally:
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ops", type=int, default=1_000_000)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--profile", help="cProfile the settled first pull into this file")
    parser.add_argument("--alternate", type=int, default=0,
                        help="then this many pairs of first pulls, ordinary and first-pull "
                        "path in turn")  # fmt: skip
    parser.add_argument("--devices", type=int, default=50, help="PCs pushing at once")
    parser.add_argument("--device-ops", type=int, default=400, help="operations per PC")
    parser.add_argument(
        "--slow-link", action="store_true",
        help="also a first pull through a 1 Mbit/s, 300 ms link that drops every 4 MB",
    )  # fmt: skip
    parser.add_argument(
        "--people-only", dest="pathway", action="store_false",
        help="push people alone instead of full pathways (≈10 records per person)",
    )  # fmt: skip
    parser.add_argument(
        "--ingest-only", action="store_true",
        help="the two ingest figures alone (no pulls): to compare server changes quickly",
    )  # fmt: skip
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
        [sys.executable, "-m", "counsellor_app.server.cli", "serve", "--port", str(port),
         "--workers", str(min(2, os.cpu_count() or 1))],
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
        device_public = base64.b64encode(key.public_key().public_bytes_raw()).decode()
        # The enrolling administrator roots her own key with the code, as a real PC does
        # (sync/acts.py root_key), so the accounts this PC pushes are her signed acts.
        administrator, administrator_id, enrolment = Ed25519PrivateKey.generate(), new_id(), code()
        administrator_public = base64.b64encode(
            administrator.public_key().public_bytes_raw()
        ).decode()
        root = {
            "user_id": administrator_id, "public_key": administrator_public, "material": None,
            "act": acts.sign(
                administrator, acts.ActKind.ROOT_KEY, agency_id="RABAG", device_id=device_public,
                user_id=administrator_id, ids={"user_id": administrator_id},
                values={"public_key": administrator_public, "exchange_public": None,
                        "code": acts.code_fingerprint(enrolment)},
                at_ms=time.time_ns() // 1_000_000,
            ),
        }  # fmt: skip
        answer = httpx.post(
            base + "/v1/devices/enroll",
            headers=VERSION,
            json={"code": enrolment, "agency_code": "RABAG", "public_key": device_public,
                  "admin_key": root},
        )  # fmt: skip
        assert answer.status_code == 200, answer.text
        enrolled = answer.json()
        device, agency = enrolled["device_id"], enrolled["agency_id"]
        now = datetime.now(UTC).isoformat()
        client = httpx.Client(base_url=base, timeout=120)
        ops: list[dict[str, Any]] = []
        sent_ops = 0
        wire = 0
        started = time.perf_counter()

        plain = 0

        def flush() -> None:
            """A batch pushed as a PC does: compressed, signed as it travels."""
            nonlocal ops, sent_ops, wire, plain
            body = json.dumps({"ops": ops}, separators=(",", ":")).encode()
            packed = encoding.compress(body)
            headers = {**_signed(key, device, "POST", "/v1/sync/push", packed),
                       "Content-Encoding": encoding.GZIP}  # fmt: skip
            answer = client.post("/v1/sync/push", content=packed, headers=headers)
            assert answer.status_code == 200, answer.text
            refused = [r for r in answer.json()["results"] if r["status"] != "applied"]
            assert not refused, f"the server did not take {len(refused)}: {refused[0]}"
            wire += len(packed)
            plain += len(body)
            sent_ops += len(ops)
            ops = []

        counsellor = new_id()
        account: dict[str, Any] = {
            "op_id": new_id(), "device_seq": 1, "entity": "user_account", "entity_id": counsellor,
            "person_id": None, "action": "create", "base_version": 0,
            "changes": {"agency_id": [None, agency], "username": [None, "conseillere"],
                        "display_name": [None, "Amina Benkirane"], "role": [None, "counsellor"],
                        "active": [None, True], "must_change_password": [None, False],
                        "created_at": [None, now], "updated_at": [None, now]},
            "hlc": f"{time.time_ns() // 1_000_000:015d}-0000-{device}",
            "actor_id": administrator_id,
        }  # fmt: skip
        account["act"] = acts.sign(
            administrator, acts.ActKind.ACCOUNT, agency_id=agency, device_id=device,
            user_id=administrator_id, ids=acts.op_ids(account),
            values=acts.op_values(account["changes"]), at_ms=time.time_ns() // 1_000_000,
        )  # fmt: skip
        ops.append(account)
        seq = 1
        person_number = 0
        people: list[str] = []
        while sent_ops + len(ops) < args.ops:
            person_number += 1
            for entity, entity_id, person_id, changes in _person_records(
                person_number, agency, now, args.pathway, counsellor
            ):
                seq += 1
                if entity == "person":
                    people.append(entity_id)
                stamp = f"{time.time_ns() // 1_000_000:015d}-0000-{device}"
                ops.append({"op_id": new_id(), "device_seq": seq, "entity": entity,
                            "entity_id": entity_id, "person_id": person_id, "action": "create",
                            "base_version": 0, "changes": changes, "hlc": stamp})  # fmt: skip
                if len(ops) == 250:
                    flush()
        if ops:
            flush()
        elapsed = time.perf_counter() - started
        shape = "full pathways" if args.pathway else "people only"
        results.append((f"server ingest over HTTP, {database} ({sent_ops:,} ops, {shape})",
                        f"{sent_ops / elapsed:,.0f} ops/s", "≥ 3,800 ops/s"))  # fmt: skip
        results.append(("  bytes on the wire per pushed record (gzip)",
                        f"{wire / sent_ops:,.0f} B", "≤ 150 B"))  # fmt: skip
        results.append(("  the same uncompressed (JSON)", f"{plain / sent_ops:,.0f} B", ""))

        if not args.ingest_only:
            # A new PC straight after the ingest, while PostgreSQL still sets hint bits and
            # autovacuum catches up on the million new rows; then, as on a server in service, a
            # settled one (VACUUM ANALYZE, what autovacuum does within minutes of a bulk load).
            sync, db, rows, pulled = _first_pull(work / "pc", base, code())
            sync.close()
            db.close()
            shutil.rmtree(work / "pc")
            results.append((f"first pull into a new PC, straight after the ingest ({rows:,} records)",
                            f"{pulled:.1f} s", ""))  # fmt: skip
            if args.postgres:
                _settle(url)
            sync, db, rows, pulled = _first_pull(work / "pc2", base, code(), args.profile)
            results.append((f"first pull into a new PC, settled server ({rows:,} records)",
                            f"{pulled:.1f} s", ""))  # fmt: skip
            results.append(("  the same, per 1M records" + (" (extrapolated)" if rows < 1_000_000 else ""),
                            f"{pulled / max(rows, 1) * 1_000_000:,.0f} s", "≤ 58 s"))  # fmt: skip
            results.append(("  bytes on the wire per pulled record (gzip)",
                            f"{sync.bytes_received / max(rows, 1):,.0f} B", "≤ 150 B"))  # fmt: skip
            for turn in range(args.alternate):  # the two ways in turn, same server, same hour
                for fast in (turn % 2 == 0, turn % 2 == 1):
                    folder = work / f"alt-{turn}-{fast}"
                    other, other_db, rows, pulled = _first_pull(folder, base, code(), fast=fast)
                    other.close()
                    other_db.close()
                    shutil.rmtree(folder)
                    results.append((f"  {'first-pull path' if fast else 'ordinary pull  '}, turn {turn + 1}, "
                                    f"per 1M records", f"{pulled / max(rows, 1) * 1_000_000:,.0f} s", ""))  # fmt: skip
            if args.slow_link:
                results.append(_slow_first_pull(work / "pc3", port, code()))

            # Incremental: 1,000 people's phone numbers changed elsewhere, then this PC syncs.
            for first in range(0, 1000, 250):
                ops = []
                for n, pid in enumerate(people[first : first + 250]):
                    seq += 1
                    ops.append({"op_id": new_id(), "device_seq": seq, "entity": "person", "entity_id": pid,
                                "person_id": pid, "action": "update", "base_version": 1,
                                "changes": {"phone_e164": [None, f"+2127{first + n:08d}"]},
                                "hlc": f"{time.time_ns() // 1_000_000:015d}-0000-{device}"})  # fmt: skip
                flush()
            started = time.perf_counter()
            report = sync.sync()
            results.append((f"incremental sync of {report.pulled:,} changed people",
                            f"{time.perf_counter() - started:.2f} s", ""))  # fmt: skip
            sync.close()
            db.close()

        results.append(_concurrent_ingest(base, url, args.devices, args.device_ops, agency, now))
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
    print(f"(this machine's pace: 10 million Python additions in {_pace():.2f} s, to compare runs)")


def _pace() -> float:
    """A fixed pure-Python workload: a shared machine's speed varies by half from one hour to
    the next, and most of a first pull is the PC's Python work."""
    started = time.perf_counter()
    total = 0
    for number in range(10_000_000):
        total += number
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
