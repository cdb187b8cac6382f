"""The console's national indicators on a national register (issue 22, deliverable 10).

    python benchmarks/console_bench.py [--people 2000000] [--agencies 40] [--runs 5]

A throw-away PostgreSQL cluster, migrated; the register written straight into the server's
``record`` table with ``INSERT ... SELECT generate_series`` (people with their intake, stages,
internships, outcomes, referrals, grants and programme enrolments, as the push leaves them),
then the indicator facts and their monthly national cells built from it
(``server.indicator_facts.refresh``: the same SQL the
console runs, derived from core.indicators' declarations). Timed then: the national dashboard
(every indicator, seven disaggregations, one year), one agency's and one programme's (IDMAJE,
30 % of the people enrolled; from its monthly cells, and from its facts as before them), each
the best and the median of ``--runs``, against the targets (2 s, 300 ms, 2 s). The agency's
figure holds for an agency of the size printed: ``--people / --agencies`` (50,000 at full
scale: ``--people 500000 --agencies 10`` gives agencies of the full scale's size). Prints a
table, the cells read, and the load.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from counsellor_app.core.indicators import Dimension, Period  # noqa: E402
from counsellor_app.server import indicator_facts, indicator_periods  # noqa: E402
from counsellor_app.server.console import linked_tables  # noqa: E402
from counsellor_app.server.console.indicators import publish  # noqa: E402
from counsellor_app.server.database import make_engine, migrate  # noqa: E402
from counsellor_app.server.programmes import SHIPPED, load_programmes  # noqa: E402

PROGRAMME = str(SHIPPED[0]["id"])  # IDMAJE: everyone eligible, its enrolled people counted
NATIONAL_TARGET, AGENCY_TARGET, PROGRAMME_TARGET = 2.0, 0.3, 2.0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_postgres(root: Path) -> tuple[str, Callable[[], None]]:
    binaries = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))[-1].parent
    as_owner: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        shutil.chown(root, "postgres")
        as_owner = ["runuser", "-u", "postgres", "--"]
    data, port = root / "data", _free_port()
    subprocess.run(
        [*as_owner, str(binaries / "initdb"), "-D", str(data), "-U", "counsellor",
         "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"],
        check=True, capture_output=True,
    )  # fmt: skip
    options = (
        f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c shared_buffers=512MB -c work_mem=64MB -c maintenance_work_mem=512MB "
        "-c max_wal_size=4GB -c synchronous_commit=off"
    )
    subprocess.run(
        [*as_owner, str(binaries / "pg_ctl"), "-D", str(data), "-l", str(root / "log"),
         "-w", "-o", options, "start"],
        check=True, capture_output=True,
    )  # fmt: skip

    def stop() -> None:
        subprocess.run(
            [*as_owner, str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
            check=False, capture_output=True,
        )  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)

    return f"postgresql+psycopg://counsellor@127.0.0.1:{port}/postgres", stop


# Each kind of record, for a share of the people (g is the person's number): written as the
# push stores them (fields as JSON, owner agency, person id, a sequence number).
RECORDS = (
    # kind, share (per mille), fields (SQL building a JSON object from g and d, a day number)
    (
        "pathway_stage",
        1000,
        "json_build_object('stage','intake','status','completed','started_on',d0,'deleted_at',null)",
    ),
    (
        "pathway_stage",
        550,
        "json_build_object('stage','orientation','status','completed','started_on',d0,"
        "'ended_on',d1,'deleted_at',null)",
    ),
    (
        "pathway_stage",
        350,
        "json_build_object('stage','soft_skills','status','completed','started_on',d1,"
        "'ended_on',d2,'deleted_at',null)",
    ),
    (
        "internship",
        180,
        "json_build_object('starts_on',d2,'ends_on',d3,'hired',g % 3 = 0,'deleted_at',null)",
    ),
    (
        "pathway_stage",
        180,
        "json_build_object('stage','internship','status','completed','started_on',d2,"
        "'ended_on',d3,'deleted_at',null)",
    ),
    ("outcome", 120, "json_build_object('kind','salaried_job','on',d3,'deleted_at',null)"),
    ("outcome", 60, "json_build_object('kind','business_created','on',d2,'deleted_at',null)"),
    ("outcome", 80, "json_build_object('kind','dropped_out','on',d1,'deleted_at',null)"),
    ("ae_registration", 70, "json_build_object('registered_on',d2,'deleted_at',null)"),
    ("referral", 250, "json_build_object('sent_on',d1,'deleted_at',null)"),
    ("referral", 60, "json_build_object('sent_on',d3,'deleted_at',null)"),
    (
        "follow_up_visit",
        60,
        "json_build_object('done_on',d4,'business_status','active','deleted_at',null)",
    ),
    (
        "grant_application",
        50,
        "json_build_object('decision','approved','decided_on',d2,'approved_centimes',1500000,"
        "'deleted_at',null)",
    ),
    (
        "programme_enrolment",
        300,
        f"json_build_object('programme_id','{PROGRAMME}','starts_on',d0,'deleted_at',null)",
    ),
)


def _hashed(salt: int, modulo: int) -> str:
    """SQL for a pseudo-random 0..modulo-1 of person g, independent of the other draws (a
    modulus of g itself would tie sex, nationality and birth date to the agency)."""
    return f"((hashint4(g * 8 + {salt})::bigint + 2147483648) % {modulo})::int"


def generate(session: Session, people: int, agencies: int) -> int:
    """The register, in the server's own tables. Returns the records written."""
    now = datetime.now(UTC)
    for n in range(agencies):
        session.execute(
            text("INSERT INTO agency (id, code, name, created_at) VALUES (:i, :c, :n, :t)"),
            {"i": f"agency-{n:03d}", "c": f"AG{n:03d}", "n": f"Agence {n}", "t": now},
        )
    days = (
        "(date '2024-01-01' + " + _hashed(6, 1000) + ") AS day0, g"
    )  # intake spread over 2024-2026
    common = (
        "to_char(day0, 'YYYY-MM-DD') AS d0, to_char(day0 + 30, 'YYYY-MM-DD') AS d1, "
        "to_char(day0 + 75, 'YYYY-MM-DD') AS d2, to_char(day0 + 160, 'YYYY-MM-DD') AS d3, "
        "to_char(day0 + 420, 'YYYY-MM-DD') AS d4"
    )
    base = f"SELECT g, day0, {common} FROM (SELECT {days} FROM generate_series(1, {people}) g) s"
    session.execute(
        text(
            "INSERT INTO record (entity, id, person_id, owner_agency_id, version, fields, "
            "field_versions, field_clocks, field_devices, updated_seq, natural_key) "
            "SELECT 'person', 'p' || lpad(g::text, 10, '0'), NULL, "
            f"'agency-' || lpad((g % {agencies})::text, 3, '0'), 1, "
            f"json_build_object('sex', (ARRAY['female','male'])[{_hashed(1, 2)} + 1], "
            f"'date_of_birth', to_char(date '1965-01-01' + {_hashed(2, 16000)}, 'YYYY-MM-DD'), "
            "'nationality', (ARRAY['SN','CI','CM','GN','ML','CD','NG','SY','YE','SD'])"
            f"[{_hashed(3, 10)} + 1], "
            "'legal_status', (ARRAY['refugee_bra','asylum_seeker','regularised_2014',"
            f"'irregular','refugee_unhcr_only'])[{_hashed(4, 5)} + 1], "
            f"'city_id', 'city-' || (g % {agencies}), "
            f"'track', (ARRAY['wage','self_employment'])[{_hashed(5, 2)} + 1], "
            "'created_at', to_char(day0, 'YYYY-MM-DD') || 'T09:00:00+00:00', 'deleted_at', null), "
            f"'{{}}', '{{}}', '{{}}', g, NULL FROM ({base}) s"
        )
    )
    written = people
    for index, (kind, share, fields) in enumerate(RECORDS, start=1):
        session.execute(
            text(
                "INSERT INTO record (entity, id, person_id, owner_agency_id, version, fields, "
                "field_versions, field_clocks, field_devices, updated_seq, natural_key) "
                f"SELECT '{kind}', 'r{index:02d}-' || lpad(g::text, 10, '0'), "
                "'p' || lpad(g::text, 10, '0'), "
                f"'agency-' || lpad((g % {agencies})::text, 3, '0'), 1, {fields}, "
                f"'{{}}', '{{}}', '{{}}', {people} + g, NULL FROM ({base}) s "
                f"WHERE (g * 2654435761) % 1000 < {share}"
            )
        )
        written += people * share // 1000
    # The last sequence number handed out, as the push would have left it.
    session.execute(text(f"UPDATE sync_counter SET value = {2 * people}"))
    return written


def timed(action: Callable[[], object], runs: int) -> tuple[float, float]:
    spent = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        spent.append(time.perf_counter() - started)
    return min(spent), statistics.median(spent)


def after_a_refresh(
    engine: Any, people: int, page: Callable[[], object], runs: int
) -> list[tuple[str, float, float, float | None]]:
    """The first agency page after a refresh that changed 100 people (a push), with every
    agency's counts read from the kept period rows (now) or added up from the agency cells
    (before), alternated in the same conditions; and that refresh's own time."""
    spent: dict[str, list[float]] = {"kept": [], "cells": [], "refresh": []}
    kept_kind = indicator_periods.kind_of
    for run in range(2 * max(runs, 2)):
        variant = ("cells", "kept")[run % 2]
        with Session(engine) as session, session.begin():
            top = session.scalar(text("SELECT value FROM sync_counter WHERE id = 1")) or 0
            for n in range(100):
                g = (run * 100 + n) * 7919 % people + 1
                session.execute(
                    text(
                        "INSERT INTO change_entry (server_seq, entity, entity_id, person_id, "
                        "owner_agency_id, version, committed_at) SELECT :s, 'person', id, id, "
                        "owner_agency_id, 2, now() FROM record WHERE entity = 'person' AND id = :i"
                    ),
                    {"s": top + n + 1, "i": f"p{g:010d}"},
                )
            session.execute(text(f"UPDATE sync_counter SET value = {top + 100} WHERE id = 1"))
        with Session(engine) as session, session.begin():
            started = time.perf_counter()
            assert indicator_facts.refresh(session) == 100
            spent["refresh"].append(time.perf_counter() - started)
        if variant == "cells":
            indicator_periods.kind_of = lambda _period: None  # type: ignore[assignment]
        started = time.perf_counter()
        page()
        spent[variant].append(time.perf_counter() - started)
        indicator_periods.kind_of = kept_kind  # type: ignore[assignment]
    return [
        ("first page after a refresh (every agency from its cells: before)",
         min(spent["cells"]), statistics.median(spent["cells"]), None),
        ("first page after a refresh (every agency's kept period rows)",
         min(spent["kept"]), statistics.median(spent["kept"]), AGENCY_TARGET),
        ("that refresh (100 people changed; facts, cells, period rows)",
         min(spent["refresh"]), statistics.median(spent["refresh"]), None),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=2_000_000)
    parser.add_argument("--agencies", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--url", help="an empty PostgreSQL database (default: a throw-away one)")
    arguments = parser.parse_args()
    stop: Callable[[], None] = lambda: None  # noqa: E731
    url = arguments.url
    if url is None:
        url, stop = start_postgres(Path(tempfile.mkdtemp(prefix="counsellor-bench-pg-")))
    engine = make_engine(url)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # the cluster is stopped on a kill
    try:
        migrate(engine)
        started = time.perf_counter()
        with Session(engine) as session, session.begin():
            records = generate(session, arguments.people, arguments.agencies)
            load_programmes(session, SHIPPED, datetime.now(UTC))
        generated = time.perf_counter() - started
        with engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").execute(
                text("VACUUM ANALYZE record")
            )
        started = time.perf_counter()
        with Session(engine) as session, session.begin():
            indicator_facts.refresh(session, full=True)
        built = time.perf_counter() - started
        with engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").execute(
                text("VACUUM ANALYZE indicator_fact")
            )
            facts = connection.scalar(text("SELECT count(*) FROM indicator_fact"))
            cells = {
                table: connection.scalar(text(f"SELECT count(*) FROM {table}"))
                for table in (
                    "indicator_cell",
                    "indicator_agency_cell",
                    "indicator_programme_cell",
                    "indicator_agency_period",
                )
            }
        period = Period.parse("2025")
        with Session(engine) as session:
            national = indicator_facts.count(session, period)
            assert national.totals, "nothing counted"
            agency = indicator_facts.agency_ids_of(
                session, [f"AG{min(7, arguments.agencies - 1):03d}"]
            )
            one = indicator_facts.Scope(agency)
            programme = indicator_facts.Scope(None, PROGRAMME)
            agency_size = session.scalar(
                text(
                    "SELECT count(*) FROM record WHERE entity = 'person' AND owner_agency_id = :a"
                ),
                {"a": next(iter(agency))},
            )
            best_n, median_n = timed(lambda: indicator_facts.count(session, period), arguments.runs)
            best_a, median_a = timed(
                lambda: indicator_facts.count(session, period, one), arguments.runs
            )
            uneven = Period.parse("2025-01-01..2025-12-30")  # not whole months: the facts
            best_f, median_f = timed(lambda: indicator_facts.count(session, uneven), arguments.runs)
            best_p, median_p = timed(
                lambda: indicator_facts.count(session, period, programme), arguments.runs
            )
            from_cells = indicator_facts.count(session, period, programme)
            cells_used = indicator_facts._programme_cells
            indicator_facts._programme_cells = lambda *_: False  # type: ignore[assignment]
            best_pf, median_pf = timed(
                lambda: indicator_facts.count(session, period, programme), arguments.runs
            )
            assert indicator_facts.count(session, period, programme) == from_cells
            indicator_facts._programme_cells = cells_used  # type: ignore[assignment]

            def page() -> object:
                """The agency's page as published: counted, protected, made consistent with
                every other page (linked_tables: every agency's counts, once per facts mark)."""
                tables = publish(indicator_facts.count(session, period, one), {}, {})
                return linked_tables.consistent(session, period, None, agency, tables, {})

            started = time.perf_counter()
            page()
            first_page = time.perf_counter() - started
            best_ap, median_ap = timed(page, arguments.runs)
            started = time.perf_counter()
            changed = indicator_facts.refresh(session)
            idle_refresh = time.perf_counter() - started
            session.rollback()
        after = after_a_refresh(engine, arguments.people, page, arguments.runs)
        load = os.getloadavg()
        print(
            f"\nConsole indicators: {arguments.people:,} people over {arguments.agencies} "
            f"agencies, {records:,} records, {facts:,} indicator facts (PostgreSQL)"
        )
        print(f"load average before timing: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (2 cores)")
        print(f"{'step':<62}{'best':>10}{'median':>10}{'target':>10}")
        rows = [
            ("register written (INSERT ... SELECT)", generated, generated, None),
            ("indicator facts built (refresh, full)", built, built, None),
            (f"refresh with nothing changed ({changed} people)", idle_refresh, idle_refresh, None),
            ("national dashboard (15 indicators x 7 dims, 1 year)", best_n, median_n,
             NATIONAL_TARGET),
            (f"one agency's dashboard ({agency_size:,} people, 1 year)", best_a, median_a,
             AGENCY_TARGET),
            ("its page as published, first of a facts mark (every agency read)", first_page,
             first_page, None),
            ("its page as published, then", best_ap, median_ap, AGENCY_TARGET),
            *after,
            ("national, from the facts (period not whole months)", best_f, median_f, None),
            ("one programme's dashboard (national, 1 year, its cells)", best_p, median_p,
             PROGRAMME_TARGET),
            ("the same from its facts (before its cells)", best_pf, median_pf, None),
        ]  # fmt: skip
        for name, best, median, target in rows:
            goal = f"{target:.2f} s" if target is not None else ""
            print(f"{name:<62}{best:>9.3f}s{median:>9.3f}s{goal:>10}")
        print("cells: " + ", ".join(f"{table} {n:,}" for table, n in cells.items()))
        registered = national.totals
        print(
            "national totals: "
            + ", ".join(f"{m.value}={n:,}" for m, n in registered.items() if n)
            + f"; dimensions: {', '.join(d.value for d in Dimension)}"
        )
    finally:
        engine.dispose()
        stop()


if __name__ == "__main__":
    main()
