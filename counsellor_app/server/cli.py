"""``counsellor-server``: run the API, migrate, and the administrator's commands.

    counsellor-server serve [--host H] [--port P] [--workers N]
    counsellor-server migrate
    counsellor-server enrolment-code --agency CODE [--name NAME]
    counsellor-server revoke-device DEVICE_ID
    counsellor-server compact
    counsellor-server import-bundle FILE [--answer OUT] [--from-revoked-device]
    counsellor-server report --period 2026 [--agency CODE] [--format json|csv]
    counsellor-server create-admin --username NAME --name "Full Name" [--password-stdin]

Settings come from COUNSELLOR_SERVER_* variables (see README). Errors exit 2 with one line.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from counsellor_app.server.config import ServerSettings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class JsonFormatter(logging.Formatter):
    """One JSON object per line: what log collectors ingest without parsing rules."""

    RESERVED = set(vars(logging.LogRecord("", 0, "", 0, "", None, None)))

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({k: v for k, v in vars(record).items() if k not in self.RESERVED})
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def configure_logging(settings: ServerSettings) -> None:
    handler = logging.StreamHandler()
    if settings.log_json:
        handler.setFormatter(JsonFormatter())
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="counsellor-server")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8400)
    serve.add_argument("--workers", type=int, default=1)
    commands.add_parser("migrate", help="bring the database schema up to date")
    code = commands.add_parser("enrolment-code", help="a one-time code to enrol a PC")
    code.add_argument("--agency", required=True, help="agency code, e.g. RABAG")
    code.add_argument("--name", default="", help="agency name (when the agency is new)")
    report = commands.add_parser(
        "report", help="the national report: indicators over every agency (or one)"
    )
    report.add_argument("--period", required=True, help="2026, 2026-03 or 2026-01-01..2026-06-30")
    report.add_argument("--agency", help="one agency's code")
    report.add_argument("--programme", metavar="NAME", help="a programme's enrolled people")
    report.add_argument("--format", choices=("json", "csv"), default="json")
    report.add_argument("--suppress", type=int, default=5, metavar="N",
                        help="hide counts from 1 to N-1 (default 5)")  # fmt: skip
    programmes = commands.add_parser(
        "load-programmes",
        help="store the donor programmes (the shipped ones, or a JSON list) for every PC to pull",
    )
    programmes.add_argument("--file", help="a JSON list of programme definitions")
    revoke = commands.add_parser("revoke-device", help="refuse every call of a device")
    revoke.add_argument("device_id")
    commands.add_parser(
        "compact", help="keep each record's latest change only (no PC needs the older ones)"
    )
    taken = commands.add_parser("import-bundle", help="take in a PC's USB bundle by hand")
    taken.add_argument("file", help="the bundle the PC wrote")
    taken.add_argument("--answer", help="where to write the answer for the PC")
    taken.add_argument(
        "--from-revoked-device", action="store_true",
        help="take the last work of a PC revoked since (its operations are checked as usual)",
    )  # fmt: skip
    commands.add_parser(
        "find-duplicates",
        help="index every person's keys and pair people of two agencies (pushes do it as they come)",
    )
    first = commands.add_parser(
        "create-admin", help="a national administrator of the web console (/console)"
    )
    first.add_argument("--username", required=True)
    first.add_argument("--name", required=True, help="the person's full name")
    first.add_argument("--password-stdin", action="store_true",
                       help="read the password from the first line of standard input")  # fmt: skip
    args = parser.parse_args(argv)
    settings = ServerSettings.from_environment()
    configure_logging(settings)
    try:
        return _run(args, settings)
    except Exception as error:  # one line for the administrator; details in the log
        logging.getLogger("counsellor.server").exception("command failed")
        print(f"counsellor-server: {error}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace, settings: ServerSettings) -> int:
    from sqlalchemy.orm import Session

    from counsellor_app.server import admin
    from counsellor_app.server.database import make_engine, migrate

    if args.command == "serve":
        import uvicorn

        uvicorn.run(
            "counsellor_app.server.asgi:app",
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_config=None,
            proxy_headers=True,
        )
        return 0
    engine = make_engine(settings.database_url)
    migrate(engine)
    now = datetime.now(UTC)
    with Session(engine) as session, session.begin():
        if args.command == "enrolment-code":
            code = admin.create_enrolment_code(
                session, args.agency, args.name, settings.enrolment_code_hours, now
            )
            print(code)
        elif args.command == "report":
            from counsellor_app.core.indicator_export import to_csv, to_json
            from counsellor_app.core.indicators import Period
            from counsellor_app.server.reports import national_report

            try:
                period = Period.parse(args.period)
            except ValueError:
                print(f"counsellor-server: not a period: {args.period!r}", file=sys.stderr)
                return 2
            from counsellor_app.server.reports import programme_named

            chosen = None
            if args.programme is not None:
                chosen = programme_named(session, args.programme)
                if chosen is None:
                    print(
                        f"counsellor-server: no programme named {args.programme!r}",
                        file=sys.stderr,
                    )
                    return 2
            found = national_report(session, period, args.agency, chosen)
            threshold = max(args.suppress, 0)
            sys.stdout.write(
                to_json(found, threshold) if args.format == "json" else to_csv(found, threshold)
            )
        elif args.command == "load-programmes":
            return _load_programmes(session, args.file, now)
        elif args.command == "revoke-device":
            if not admin.revoke_device(session, args.device_id, now):
                print(f"counsellor-server: no device {args.device_id}", file=sys.stderr)
                return 2
            print(f"revoked {args.device_id}")
        elif args.command == "import-bundle":
            from pathlib import Path

            from counsellor_app.core.bundle import BundleRefused
            from counsellor_app.server.bundles import import_bundle

            try:
                imported = import_bundle(
                    session,
                    Path(args.file).read_bytes(),
                    now,
                    accept_revoked=args.from_revoked_device,
                )
            except BundleRefused as refused:
                print(f"counsellor-server: bundle refused: {refused.reason}", file=sys.stderr)
                return 2
            if args.answer:
                Path(args.answer).write_bytes(imported.answer)
            statuses: dict[str, int] = {}
            for result in imported.results:
                status = str(result.get("status"))
                statuses[status] = statuses.get(status, 0) + 1
            print(f"device {imported.device_id}: " + json.dumps(statuses, sort_keys=True))
        elif args.command == "find-duplicates":
            from counsellor_app.server.duplicates import refresh_all

            print(f"{refresh_all(session, now)} new pairs to review in the console")
        elif args.command == "create-admin":
            from counsellor_app.server.console.cli import create_admin

            return create_admin(session, args.username, args.name, args.password_stdin, now)
        elif args.command == "compact":
            from counsellor_app.server.compaction import compact
            from counsellor_app.server.console import audit

            done = compact(session)
            audit.record(session, None, "compact", now, username="command-line")
            print(f"forgot {done.act_nonces} spent act nonces past their time window")
            print(
                f"removed {done.superseded} superseded and {done.orphaned} orphaned change "
                f"entries; {done.remaining} remain; {done.unreferenced_uploads} unused "
                f"and {done.expired_uploads} unfinished uploads expired"
            )
    return 0


def _load_programmes(session: Session, file: str | None, now: datetime) -> int:
    from pathlib import Path

    from counsellor_app.server.programmes import SHIPPED, DefinitionError, load_programmes

    try:
        definitions = json.loads(Path(file).read_text("utf-8")) if file else list(SHIPPED)
        if not isinstance(definitions, list) or not all(isinstance(d, dict) for d in definitions):
            raise DefinitionError("the file must hold a JSON list of programmes")
        changed = load_programmes(session, definitions, now)
    except (OSError, ValueError) as exc:  # DefinitionError and bad JSON are ValueErrors
        print(f"counsellor-server: {exc}"[:300], file=sys.stderr)
        return 2
    print(f"{changed} programme(s) stored of {len(definitions)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
