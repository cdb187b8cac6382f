"""Command-line entry point: the GUI by default, and subcommands for scripted work."""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from counsellor_app import __version__
from counsellor_app.storage.paths import default_data_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

log = logging.getLogger("counsellor_app")


_IMPORT_FIELDS = (
    "last_name",
    "first_name",
    "last_name_ar",
    "first_name_ar",
    "sex",
    "date_of_birth",
    "nationality",
    "legal_status",
    "phone",
    "email",
    "document_type",
    "document_number",
    "document_expires_on",
    "address",
    "skills",
    "experience",
)  # fmt: skip (core.person_import.FIELDS, without importing it at start)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="counsellor-app",
        description="Counsellor: accompany people towards work. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, help="data directory (default: per-user folder)")
    parser.add_argument("--lang", choices=("fr", "ar", "en"), help="interface language")
    parser.add_argument("--quit-when-ready", choices=("login",), help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="create a throw-away data directory with demo people")
    demo.add_argument("--data-dir", type=Path, dest="demo_dir", help="new or empty directory")
    demo.add_argument("--people", type=int, default=300, help="how many people (default 300)")
    demo.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    verify = commands.add_parser(
        "verify", help="check a printed document's QR payload, or every payload in its PDF"
    )
    verify.add_argument("document", help="the QR payload text (CNS1|...) or a PDF file")
    verify.add_argument(
        "--keys",
        type=Path,
        help="verification file (public keys, revocations); default: the data directory's",
    )
    sync = commands.add_parser(
        "sync", help="enrol this PC with the central server, or synchronise it now"
    )
    sync.add_argument(
        "--user", required=True, help="an account of this PC (its password unlocks it)"
    )
    sync.add_argument("--server", help="server address, e.g. https://sync.example.ma (enrolment)")
    sync.add_argument("--enrol", metavar="CODE", help="the one-time enrolment code")
    sync.add_argument(
        "--root-code",
        metavar="CODE",
        help="a fresh enrolment code that registers the administrator's signing key "
        "(PCs enrolled before people's keys existed)",
    )
    bundles = commands.add_parser(
        "bundle", help="USB bundles for a centre without a connection: export, or import the answer"
    )
    bundles.add_argument("action", choices=("export", "import"))
    bundles.add_argument("file", type=Path)
    bundles.add_argument("--user", required=True, help="an account of this PC")
    courier = commands.add_parser(
        "courier", help="on a connected PC: take a bundle to the server and save its answer"
    )
    courier.add_argument("bundle", type=Path)
    courier.add_argument("answer", type=Path)
    courier.add_argument("--server", required=True)
    importing = commands.add_parser(
        "import", help="people from a partner's list (CSV or XLSX): checked, then written"
    )
    importing.add_argument("file", type=Path)
    importing.add_argument("--user", required=True, help="an account of this PC")
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="a column's field when not recognised (repeat); fields: " + ", ".join(_IMPORT_FIELDS),
    )
    importing.add_argument(
        "--dry-run", action="store_true", help="check every row and write nothing"
    )
    importing.add_argument(
        "--refused", type=Path, help="write the refused rows and their reasons to this CSV"
    )
    report = commands.add_parser(
        "report", help="the programme's indicators over a period (donors' counts)"
    )
    report.add_argument("--user", required=True, help="a supervisor's or administrator's account")
    report.add_argument("--period", help="2026, 2026-03, or 2026-01-01..2026-06-30 (inclusive)")
    report.add_argument(
        "--programme",
        metavar="NAME",
        help="count that programme's people only (and over its period unless --period is given)",
    )
    report.add_argument("--format", choices=("json", "csv", "xlsx", "pdf"), default="json")
    report.add_argument(
        "--lang",
        choices=("fr", "ar", "en"),
        default=argparse.SUPPRESS,  # or the one given before the command
        help="language of the messages, the PDF and the workbook (default English)",
    )
    report.add_argument("--output", type=Path, help="file to write (default: standard output)")
    report.add_argument(
        "--suppress",
        type=int,
        default=5,
        metavar="N",
        help="hide counts from 1 to N-1 (default 5; 0 or 1 shows every count)",
    )
    backup = commands.add_parser(
        "backup", help="write an encrypted backup now (to the settings' folder, or --to)"
    )
    backup.add_argument("--user", required=True, help="an account of this PC")
    backup.add_argument("--to", type=Path, help="folder to write it in, e.g. a USB key")
    restore = commands.add_parser(
        "restore", help="replace this PC's data by a backup (what was there is kept aside)"
    )
    restore.add_argument("backup", type=Path, help="the .cbk file")
    who = restore.add_mutually_exclusive_group(required=True)
    who.add_argument("--user", help="an administrator's account as it was in the backup")
    who.add_argument(
        "--recovery-key",
        action="store_true",
        help="use the paper recovery key (asked for, or COUNSELLOR_RECOVERY_KEY)",
    )
    check = commands.add_parser(
        "self-test",
        help="check this installation on a throw-away agency (database, printing, backups)",
    )
    check.add_argument(
        "--keep", type=Path, metavar="DIR", help="keep the throw-away data folder there"
    )
    check.add_argument("--certificate", type=Path, help="also save the certificate it printed")
    audit = commands.add_parser("audit", help="check the audit trail's chain, or export it")
    audit.add_argument("action", choices=("check", "export"))
    audit.add_argument("--user", required=True, help="a supervisor's or administrator's account")
    audit.add_argument("--format", choices=("json", "csv"), default="json")
    audit.add_argument("--output", type=Path, help="file to write (default: standard output)")
    # --data-dir is also accepted after the command (`counsellor-app import F --data-dir D`);
    # not given there, the one before the command (or the default) stands.
    for name, command in commands.choices.items():
        if name != "demo":  # its own --data-dir (the folder to create) is declared above
            command.add_argument(
                "--data-dir", type=Path, default=argparse.SUPPRESS, help="data directory"
            )
    return parser


class _Locked(Exception):
    """The data could not be opened: the one-line reason for the user."""


def _unlock(args: argparse.Namespace) -> tuple[Any, Any]:
    """(database, user) of ``--user``; the password comes from COUNSELLOR_PASSWORD or is asked
    for, never an argument. Raises _Locked with the reason."""
    import getpass
    import os

    from counsellor_app.services.accounts import Workspace
    from counsellor_app.services.errors import DatabaseUnavailable
    from counsellor_app.storage.paths import DataPaths

    workspace = Workspace(DataPaths(args.data_dir or default_data_dir()))
    if workspace.database_missing():  # said before any password is asked for
        raise _Locked(_fault_line("missing", "database", workspace.paths.root))
    password = os.environ.get("COUNSELLOR_PASSWORD") or getpass.getpass("Password: ")
    try:
        db, user = workspace.log_in(args.user, password)
    except DatabaseUnavailable as exc:
        raise _Locked(_fault_line(exc.reason, exc.subject, workspace.paths.root)) from exc
    except Exception as exc:
        raise _Locked(
            f"cannot open the data: {type(exc).__name__}: {exc}".splitlines()[0][:300]
        ) from exc
    _warn_what_a_crash_lost(workspace, db)
    return db, user


def _warn_what_a_crash_lost(workspace: Any, db: Any) -> None:
    """After an unclean stop, one line on standard error if the newest backup holds saves the
    database lost (the command goes on: the user decides whether to restore)."""
    from counsellor_app.services.backup import backup_folder
    from counsellor_app.services.crash_check import lost_saves
    from counsellor_app.storage.settings import load_settings

    if db.audit_head_at_open is None:
        return
    try:
        folder = backup_folder(workspace, load_settings(workspace.paths.settings))
        lost = lost_saves(db, [folder, workspace.paths.backups], db.audit_head_at_open)
    except Exception:
        log.debug("could not compare with the backups", exc_info=True)
        return
    if lost is not None:
        count = f"{lost.missing} more audit entries" if lost.missing else "a different trail"
        print(
            "counsellor-app: warning: the last session did not end normally and saves were "
            f"lost: the backup {lost.backup} ({lost.backup_made_at:%Y-%m-%d %H:%M} UTC) holds "
            f"{count}; restore it to get them back",
            file=sys.stderr,
        )


_FAULT_LINES = {
    "no_space": "the disk is full: free some space on it, then run the command again",
    "io_error": "the disk could not be read or written (input/output error): check the disk "
    "or the USB key, then try again; if it happens again, restore the latest backup elsewhere",
    "read_only": "the data folder {folder} is read-only: ask IT to make it writable again",
    "permission": "permission denied on the data folder {folder}: ask IT for the right to "
    "read and write it",
    "missing": "the database file counsellor.db is missing from {folder} although its key file "
    "is there (moved, or quarantined by an antivirus): put it back, or restore a backup "
    "(counsellor-app restore FILE.cbk --recovery-key); an administrator with the recovery key "
    "may start anew from the app, the old files kept aside. Nothing was created in its place",
    "damaged": "the database file is damaged or is not a Counsellor database: restore the "
    "latest backup (counsellor-app restore FILE.cbk ...)",
    "wrong_key": "the database file is readable but does not open with this account's key (the "
    "key file keys.json is not its own): put back its key file, or restore a backup",
    "migration_failed": "the database could not be upgraded to this version (it was put back "
    "as it was): contact support with the log file",
}
_KEY_FILE_LINES = {
    "missing": "the key file keys.json is missing from {folder}: put it back, restore a "
    "backup, or set a new password with the recovery key from the app",
    "damaged": "the key file keys.json is damaged: restore a backup, or set a new password "
    "with the recovery key from the app",
}


def _fault_line(reason: str, subject: str, folder: Path) -> str:
    """One line naming the fault and its remedy (the app says the same, translated)."""
    table = _KEY_FILE_LINES if subject == "keys" and reason in _KEY_FILE_LINES else _FAULT_LINES
    return table.get(reason, f"cannot open the data ({reason})").format(folder=folder)


def _bundle(args: argparse.Namespace) -> int:
    from counsellor_app.core.bundle import BundleRefused
    from counsellor_app.storage.atomic import write_atomically
    from counsellor_app.storage.database import Database
    from counsellor_app.sync.bundles import export_bundle, import_response

    try:
        db, _user = _unlock(args)
    except _Locked as locked:
        return _fail(str(locked))
    assert isinstance(db, Database)
    try:
        if args.action == "export":
            data, count = export_bundle(db)
            write_atomically(args.file, data)
            print(f"{count} changes written to {args.file}")
        else:
            report = import_response(db, args.file.read_bytes())
            statuses = ", ".join(f"{n} {s}" for s, n in sorted(report.results.items()))
            print(f"answers: {statuses or 'none'}; pulled {report.pulled}; erased {report.erased}")
    except BundleRefused as refused:
        return _fail(f"bundle refused: {refused.reason}")
    except OSError as exc:
        return _fail(f"cannot read or write {args.file}: {exc.strerror or exc}")
    finally:
        db.close()
    return 0


def _courier(args: argparse.Namespace) -> int:
    """Needs no account: the bundle is sealed for the server, its answer for the PC."""
    import httpx

    from counsellor_app.storage.atomic import write_atomically

    try:
        data = args.bundle.read_bytes()
        answer = httpx.post(
            args.server.rstrip("/") + "/v1/bundles",
            content=data,
            headers={"Content-Type": "application/zip"},
            timeout=600,
        )
    except OSError as exc:
        return _fail(f"cannot read {args.bundle}: {exc.strerror or exc}")
    except httpx.HTTPError as exc:
        return _fail(f"server unreachable: {exc}")
    if answer.status_code != 200:
        try:
            reason = answer.json().get("error", answer.status_code)
        except ValueError:
            reason = answer.status_code
        return _fail(f"bundle refused: {reason}")
    write_atomically(args.answer, answer.content)
    print(f"answer saved to {args.answer}: take it back to the PC and import it")
    return 0


def _sync(args: argparse.Namespace) -> int:
    from counsellor_app.sync.client import SyncClient, SyncError

    try:
        db, _user = _unlock(args)
    except _Locked as locked:
        return _fail(str(locked))
    try:
        client = SyncClient(db, args.server)
        try:
            if args.enrol:
                answer = client.enrol(args.enrol)
                print(
                    f"enrolled as device {answer['device_id']} of {answer['agency_code']}; "
                    f"{answer['queued']} records queued"
                )
            if args.root_code:
                client.root_user_key(args.root_code)
                print("the administrator's signing key is registered")
            report = client.sync()
        finally:
            client.close()
    except SyncError as error:
        details = ", ".join(f"{k}={v}" for k, v in error.details.items())
        return _fail(f"sync stopped: {error.reason}" + (f" ({details})" if details else ""))
    finally:
        db.close()
    statuses = ", ".join(f"{count} {status}" for status, count in sorted(report.results.items()))
    print(
        f"pushed {report.pushed} ({statuses or 'nothing'}); pulled {report.pulled}; "
        f"{report.pending} waiting"
    )
    return 0


def _verify(args: argparse.Namespace) -> int:
    """Offline check: needs no password, only the public keys and the revoked serials."""
    from counsellor_app.core.signing import Verdict, verify
    from counsellor_app.services.documents import read_key_agencies, read_trust
    from counsellor_app.storage.paths import DataPaths

    keys_file: Path = args.keys or DataPaths(args.data_dir or default_data_dir()).verification
    try:
        kept = keys_file.read_text("utf-8")
        keys, revoked = read_trust(kept)
        key_agencies = read_key_agencies(kept)
    except FileNotFoundError:
        return _fail(f"no verification file at {keys_file} (use --keys)")
    except (OSError, ValueError) as exc:
        return _fail(f"cannot read {keys_file}: {exc}")
    candidate = Path(args.document)
    if candidate.suffix.lower() == ".pdf" or candidate.is_file():
        try:
            payloads = _payloads_in_pdf(candidate)
        except OSError as exc:
            return _fail(f"cannot read {candidate}: {exc.strerror or exc}")
        if not payloads:
            return _fail(f"{candidate} carries no Counsellor payload")
    else:
        payloads = [args.document]
    worst = 0
    for payload in payloads:
        result = verify(payload, keys, revoked, key_agencies)
        claim = result.claim
        what = (
            f"{claim.serial} {claim.template} issued {claim.issued_on.isoformat()} "
            f"for {claim.name} ({claim.file_number})"
            if claim
            else payload[:60]
        )
        note = f": {result.revocation_reason}" if result.revocation_reason else ""
        signer = payload.strip().split("|")[6] if payload.count("|") == 7 else ""
        if result.verdict in (Verdict.VALID, Verdict.REVOKED) and signer in key_agencies:
            note += f" (issued by {key_agencies[signer]})"  # from the server's key registry
        print(f"{result.verdict.value.upper()}  {what}{note}")
        worst = max(worst, 0 if result.verdict is Verdict.VALID else 1)
    return worst


def _payloads_in_pdf(path: Path) -> list[str]:
    from counsellor_app.documents.render import payloads_in

    try:
        return payloads_in(path.read_bytes())
    except ValueError as exc:
        raise OSError(str(exc)) from exc


def _import(args: argparse.Namespace) -> int:
    """Refused rows are listed (line, field, reason); the good ones are written together."""
    import csv
    import io

    from counsellor_app.core.person_import import fold
    from counsellor_app.core.problems import DomainError
    from counsellor_app.services.importer import ImportService, country_codes
    from counsellor_app.storage.atomic import write_atomically

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        return _fail(f"cannot read {args.file}: {exc.strerror or exc}")
    try:
        db, user = _unlock(args)
    except _Locked as locked:
        return _fail(str(locked))
    try:
        service = ImportService(db, user, country_codes())
        preview = service.preview(args.file.name, data)
        mapping = dict(preview.mapping)
        for item in args.map:
            header, _, field_name = item.partition("=")
            columns = [i for i, h in enumerate(preview.table.headers) if fold(h) == fold(header)]
            if not columns or field_name not in _IMPORT_FIELDS:
                return _fail(f"--map {item!r}: no column {header!r} or no field {field_name!r}")
            mapping = {k: v for k, v in mapping.items() if v != field_name}
            mapping[columns[0]] = field_name
        check = service.check(preview, mapping)
        for note in preview.table.notes:
            print(f"note: {note}")
        print(f"{len(check.rows)} rows: {len(check.ready)} ready, {len(check.refused)} refused")
        lines = []
        for row in check.refused:
            reasons = [f"{p.field}: {p.code}" + (f" ({p.params['value']})" if "value" in p.params else "")
                       for p in row.problems]  # fmt: skip
            if row.duplicate_of:
                reasons.append(f"already there: {row.duplicate_of}")
            lines.append((row.line, "; ".join(reasons)))
        for line, reason in lines[:20]:
            print(f"  line {line}: {reason}")
        if len(lines) > 20:
            print(f"  … and {len(lines) - 20} more")
        if args.refused is not None:
            out = io.StringIO()
            writer = csv.writer(out)
            writer.writerow(["line", "reasons"])
            writer.writerows(lines)
            write_atomically(args.refused, out.getvalue().encode("utf-8"))
        if args.dry_run:
            print("dry run: nothing written")
            return 0
        report = service.commit(preview, mapping, check)
        print(f"{len(report.imported)} people imported")
    except DomainError as error:
        return _fail("; ".join(f"{p.field}: {p.code}" for p in error.problems))
    finally:
        db.close()
    return 0


def _report(args: argparse.Namespace) -> int:
    """The indicators for donors, in the language of ``--lang`` (English by default): the
    messages, the PDF's and the workbook's words and every code's name; JSON and CSV keep
    the codes (they are read by programs). Qt's translation needs an application object: one
    made here is shut down after, so a caller's own (a test run's QApplication) can follow."""
    from PySide6.QtCore import QCoreApplication, QLocale

    made = QCoreApplication.instance() is None
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    locale = QLocale()  # the default, which the report's language replaces for its numbers
    try:
        return _report_with(args, app)
    finally:
        QLocale.setDefault(locale)
        if made:
            app.shutdown()


def _report_with(args: argparse.Namespace, app: QCoreApplication) -> int:
    from dataclasses import replace

    from counsellor_app.core.indicator_export import to_csv, to_json, to_xlsx
    from counsellor_app.core.indicators import EVERYONE, Period
    from counsellor_app.core.problems import DomainError
    from counsellor_app.services.indicator_targets import TargetService
    from counsellor_app.services.indicators import IndicatorService
    from counsellor_app.services.reference import agency_name, cities
    from counsellor_app.storage.atomic import write_atomically
    from counsellor_app.ui import report_words

    language = getattr(args, "lang", None) or "en"
    report_words.install_catalogue(app, language)

    def said(key: str, *values: str) -> str:
        return report_words.cli_text(key, language, *values)

    if args.period is None and args.programme is None:
        return _fail(said("need_period"))
    try:
        period = Period.parse(args.period) if args.period else None
    except ValueError:
        return _fail(said("bad_period", repr(args.period)))
    try:
        db, user = _unlock(args)
    except _Locked as locked:
        return _fail(str(locked))
    try:
        service = IndicatorService(db, user)
        population, chosen = EVERYONE, None
        if args.programme is not None:
            programmes = TargetService(db, user).programmes()
            wanted = args.programme.strip().casefold()
            chosen = next((p for p in programmes if p.name.casefold() == wanted), None)
            if chosen is None:
                known = ", ".join(repr(p.name) for p in programmes) or said("none_yet")
                return _fail(said("no_programme", repr(args.programme), known))
            population, period = chosen.counted(), period or chosen.period
        assert period is not None
        report = service.report(period, population)
        if chosen is not None:  # its name, targets and progress go with the counts
            report = replace(report, programme=chosen.name, targets=dict(chosen.targets))
        publisher = agency_name(db)
        city_names = {place.id: place.name(language) for place in cities(db)}
        service.note_export(period, args.format, max(args.suppress, 0))
    except DomainError:
        return _fail(said("not_allowed", args.user))
    finally:
        db.close()
    threshold = max(args.suppress, 0)
    if args.format in ("xlsx", "pdf"):
        if args.output is None:
            return _fail(said("needs_output", args.format))
        names = report_words.export_names(report, language, city_names)
        if args.format == "xlsx":
            content = to_xlsx(report, threshold, names=names, headings=report_words.headings())
        else:
            from datetime import date

            from counsellor_app.documents.indicator_report import render_indicator_report
            from counsellor_app.ui.labels import format_date

            content = render_indicator_report(
                report, publisher, threshold, names=names,
                words=report_words.report_words(report), rtl=language == "ar",
                day=format_date(date.today()),
            )  # fmt: skip
    else:
        text = to_json(report, threshold) if args.format == "json" else to_csv(report, threshold)
        if args.output is None:
            sys.stdout.write(text)
            return 0
        content = text.encode("utf-8")
    try:
        write_atomically(args.output, content)
    except OSError as exc:
        return _fail(said("cannot_write", str(args.output), str(exc.strerror or exc)))
    print(said("written", period.start.isoformat(), period.end.isoformat(), str(args.output)))
    return 0


def _backup(args: argparse.Namespace) -> int:
    from counsellor_app.services.accounts import Workspace
    from counsellor_app.services.backup import BackupError, BackupService
    from counsellor_app.storage.paths import DataPaths
    from counsellor_app.storage.settings import load_settings

    try:
        db, user = _unlock(args)
    except _Locked as locked:
        return _fail(str(locked))
    paths = DataPaths(args.data_dir or default_data_dir())
    settings = load_settings(paths.settings)
    if args.to is not None and str(args.to) != settings.backup_folder:
        # A folder named here was not chosen in the settings: no identity to check, but it
        # must exist (it is never created: a pulled key's mount point is not a folder to make).
        settings = settings.with_(backup_folder=str(args.to), backup_folder_identity="")
    service = BackupService(Workspace(paths), db, user, settings)
    try:
        clock_off = service.clock_warning()
        info = service.make("manual")
    except BackupError as exc:
        return _fail(f"backup failed ({exc.reason}): {exc.detail}"[:300])
    finally:
        db.close()
    print(f"backup written: {info.path} ({info.size:,} bytes, checked: {info.checked})")
    if clock_off is not None:
        print(
            f"warning: this PC's clock reads {clock_off.now:%Y-%m-%d %H:%M} UTC, earlier than "
            f"the {'last synchronisation' if clock_off.against == 'sync' else 'newest backup'} "
            f"({clock_off.recorded:%Y-%m-%d %H:%M} UTC): set the date and time right",
            file=sys.stderr,
        )
    return 0


def _restore(args: argparse.Namespace) -> int:
    import getpass
    import os

    from counsellor_app.core.problems import DomainError
    from counsellor_app.services.accounts import Workspace
    from counsellor_app.services.backup import BackupError, restore
    from counsellor_app.services.errors import AccountLockedOut, DatabaseUnavailable, LoginRefused
    from counsellor_app.storage.paths import DataPaths

    workspace = Workspace(DataPaths(args.data_dir or default_data_dir()))
    try:
        if args.recovery_key:
            key = os.environ.get("COUNSELLOR_RECOVERY_KEY") or getpass.getpass("Recovery key: ")
            result = restore(workspace, args.backup, recovery_key=key)
        else:
            password = os.environ.get("COUNSELLOR_PASSWORD") or getpass.getpass("Password: ")
            result = restore(workspace, args.backup, args.user, password)
    except BackupError as exc:
        return _fail(f"restore refused ({exc.reason}): {exc.detail}"[:300])
    except LoginRefused:
        return _fail("wrong user name, password or recovery key for this backup")
    except AccountLockedOut as exc:
        return _fail(f"account locked until {exc.until:%H:%M} UTC")
    except (DatabaseUnavailable, DomainError) as exc:
        return _fail(f"restore failed: {exc}"[:300])
    print(f"restored the backup of {result.info.created_at:%Y-%m-%d %H:%M} UTC")
    if result.replaced is not None:
        print(f"the data that was in place is kept in {result.replaced}")
    return 0


def _audit(args: argparse.Namespace) -> int:
    from counsellor_app.core.problems import DomainError
    from counsellor_app.services.accounts import Workspace
    from counsellor_app.services.audit import AuditService
    from counsellor_app.services.backup import backup_folder
    from counsellor_app.storage import backups
    from counsellor_app.storage.atomic import write_atomically
    from counsellor_app.storage.paths import DataPaths
    from counsellor_app.storage.settings import load_settings

    try:
        db, user = _unlock(args)
    except _Locked as locked:
        return _fail(str(locked))
    paths = DataPaths(args.data_dir or default_data_dir())
    folder = backup_folder(Workspace(paths), load_settings(paths.settings))
    service = AuditService(db, user, backups.audit_anchors(folder))
    try:
        if args.action == "check":
            check = service.check()
            if check.intact:
                print(f"audit trail intact: {check.entries:,} entries")
                return 0
            return _fail(
                f"audit trail broken at entry {check.first_broken} ({check.problem}); "
                f"{check.entries:,} entries read"
            )
        exported = service.export(args.format)
    except DomainError:
        return _fail(f"{args.user} may not read the audit trail (supervisors and administrators)")
    finally:
        db.close()
    if args.output is None:
        sys.stdout.write(exported.text)
    else:
        try:
            write_atomically(args.output, exported.text.encode("utf-8"))
        except OSError as exc:
            return _fail(f"cannot write {args.output}: {exc.strerror or exc}")
        print(f"{exported.entries:,} entries written to {args.output}")
    return 0 if exported.check.intact else 3


def _self_test(args: argparse.Namespace) -> int:
    from counsellor_app.services import self_test

    def said(step: str, seconds: float) -> None:
        print(f"ok  {step} ({seconds:.1f} s)", flush=True)

    if args.keep is not None and args.keep.exists() and any(args.keep.iterdir()):
        return _fail(f"{args.keep} is not empty")
    try:
        result = self_test.run(args.keep, said)
    except Exception as exc:
        log.debug("self-test failed", exc_info=True)
        return _fail(f"self-test failed: {type(exc).__name__}: {exc}".splitlines()[0][:300])
    if args.certificate is not None:
        try:
            args.certificate.write_bytes(result.certificate)
        except OSError as exc:
            return _fail(f"cannot write {args.certificate}: {exc.strerror or exc}")
    print(f"Counsellor {__version__}: every step passed")
    return 0


def _guarded(command: Any, args: argparse.Namespace) -> int:
    """A command that meets a full disk, a pulled USB key or a read-only folder ends with one
    clear line and a non-zero code, not a traceback; any other error is a bug and is raised."""
    from counsellor_app.storage.faults import classify_write_failure

    try:
        return int(command(args))
    except Exception as exc:
        folder = args.data_dir or default_data_dir()
        kind = classify_write_failure(exc, folder)
        if kind is None:
            raise
        log.debug("%s stopped", args.command, exc_info=True)
        return _fail(
            _fault_line(kind.value, "database", folder)
            + "; what was under way was not saved, what was saved before is kept"
        )


def _fail(message: str) -> int:
    print(f"counsellor-app: error: {message}", file=sys.stderr)
    return 2


def _demo(args: argparse.Namespace) -> int:
    from counsellor_app.services.demo import create_demo

    if args.people < 0 or args.people > 2_000_000:
        return _fail("--people must be between 0 and 2,000,000")
    target: Path | None = args.demo_dir or args.data_dir  # after or before the command
    if target is None:
        return _fail("demo needs --data-dir DIR (a new or empty directory)")
    if target.exists() and not target.is_dir():
        return _fail(f"{target} exists and is not a directory")
    if target.is_dir() and any(target.iterdir()):
        return _fail(f"{target} is not empty; demo needs a new or empty directory")

    def progress(done: int) -> None:
        print(f"\r  {done:,} / {args.people:,} people", end="", file=sys.stderr, flush=True)

    existed = target.exists()
    try:
        result = create_demo(target, args.people, seed=args.seed, progress=progress)
    except BaseException as exc:
        # A half-made demo directory is useless: leave the place as it was found.
        shutil.rmtree(target, ignore_errors=True) if not existed else _empty(target)
        if isinstance(exc, OSError):
            return _fail(f"cannot write to {target}: {exc.strerror or exc}")
        raise
    print(file=sys.stderr)
    print(f"Demo data directory: {result.data_dir}")
    print(f"People: {result.people:,}")
    print(f"Administrator login: {result.admin_username} / {result.password}")
    print(f"Counsellor login:    {result.counsellor_username} / {result.password}")
    print(f"Open it with: counsellor-app --data-dir {result.data_dir}")
    return 0


def _empty(folder: Path) -> None:
    for child in folder.iterdir():
        shutil.rmtree(child) if child.is_dir() else child.unlink()


# Commands that open the data folder's database (logging in writes too): one process at a time.
_USES_THE_DATA = frozenset({"sync", "bundle", "import", "report", "backup", "restore", "audit"})


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command in _USES_THE_DATA:
        return _holding_the_folder(args)
    return _dispatch(args)


def _holding_the_folder(args: argparse.Namespace) -> int:
    """Run the command with the data folder's lock held; refused, at once and changing
    nothing, while the app (or another command) works on the folder."""
    from counsellor_app.storage.drives import RemoteDataFolder, refuse_network_folder
    from counsellor_app.storage.folder_lock import FolderInUse, FolderLock

    folder: Path = args.data_dir or default_data_dir()
    try:
        refuse_network_folder(folder)
    except RemoteDataFolder:
        return _fail(
            f"the data folder {folder} is on a network share; its register must be on this "
            "PC's own disk (network locks are not reliable)"
        )
    try:
        lock = FolderLock.acquire(folder, f"counsellor-app {args.command}")
    except FolderInUse as busy:
        return _fail(busy.sentence())
    except OSError as exc:
        return _fail(f"cannot use the data folder {folder}: {exc.strerror or exc}")
    if lock.stale is not None:
        log.info("the previous holder of the data folder ended without closing it")
    try:
        return _dispatch(args)
    finally:
        lock.release()


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "demo":
        try:
            return _demo(args)
        except KeyboardInterrupt:
            return _fail("interrupted")
        except Exception as exc:
            log.debug("demo failed", exc_info=True)
            return _fail(f"{type(exc).__name__}: {exc}".splitlines()[0][:300])
    if args.command == "verify":
        return _verify(args)
    if args.command == "sync":
        return _guarded(_sync, args)
    if args.command == "bundle":
        return _guarded(_bundle, args)
    if args.command == "courier":
        return _courier(args)
    if args.command == "report":
        return _guarded(_report, args)
    if args.command == "import":
        return _guarded(_import, args)
    if args.command == "backup":
        return _guarded(_backup, args)
    if args.command == "restore":
        return _restore(args)
    if args.command == "audit":
        return _guarded(_audit, args)
    if args.command == "self-test":
        return _self_test(args)
    from counsellor_app.app import run_gui

    data_dir = args.data_dir or default_data_dir()
    return run_gui(data_dir, language=args.lang, quit_when_ready=args.quit_when_ready)
