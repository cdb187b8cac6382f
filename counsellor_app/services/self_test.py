"""``counsellor-app self-test``: is this installation sound? On a throw-away data folder it
uses every part an agency PC needs — the encrypted database and its migrations, the reference
data, the services, a printed certificate with its fonts and signed QR code, its offline
verification, a backup and its restore — and says which step failed. The installer's smoke
test and an IT person after an installation both run it."""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from counsellor_app.storage.atomic import remove_tree
from counsellor_app.storage.keystore import FAST_KDF_FOR_TESTS

log = logging.getLogger(__name__)


@dataclass
class SelfTest:
    steps: list[tuple[str, float]] = field(default_factory=list)
    certificate: bytes = b""
    data_dir: Path | None = None

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        yield
        self.steps.append((name, time.perf_counter() - started))


def run(keep: Path | None = None, report: Callable[[str, float], None] | None = None) -> SelfTest:
    """Run every step; raises at the first that fails (the caller says which)."""
    from counsellor_app.core.signing import Verdict, verify
    from counsellor_app.documents.render import payloads_in
    from counsellor_app.services.accounts import Workspace
    from counsellor_app.services.backup import BackupService, restore
    from counsellor_app.services.demo import ADMIN_USERNAME, DEMO_PASSWORD, create_demo
    from counsellor_app.services.documents import DocumentService, read_trust
    from counsellor_app.services.people import PeopleQuery, PeopleService
    from counsellor_app.storage.paths import DataPaths
    from counsellor_app.storage.settings import Settings

    result = SelfTest()
    scratch = Path(tempfile.mkdtemp(prefix="counsellor-self-test-"))
    root = keep or scratch / "data"
    result.data_dir = root

    def done(name: str) -> None:
        if report is not None:
            report(name, result.steps[-1][1])

    try:
        with result.step("demo agency"):
            create_demo(root, 40, kdf=FAST_KDF_FOR_TESTS)
        done("demo agency")
        workspace = Workspace(DataPaths(root), FAST_KDF_FOR_TESTS)
        with result.step("log in (encrypted database, migrations)"):
            db, admin = workspace.log_in(ADMIN_USERNAME, DEMO_PASSWORD)
        done("log in (encrypted database, migrations)")
        try:
            with result.step("certificate printed"):
                people = PeopleService(db, admin)
                documents = DocumentService(db, admin, workspace.paths.verification)
                issued = None
                for person_id in people.search_ids(PeopleQuery()):
                    ready = [p for p in documents.printable(person_id) if p.ready]
                    if ready:
                        subject = ready[0].subject
                        issued = documents.issue(subject.template, subject.subject_id)
                        break
                if issued is None:
                    raise RuntimeError("no person of the demo agency can have a certificate")
                result.certificate = issued.pdf
            done("certificate printed")
            with result.step("certificate verified offline"):
                keys, revoked = read_trust(workspace.paths.verification.read_text("utf-8"))
                payloads = payloads_in(issued.pdf)  # as `verify FILE.pdf` reads them
                verdicts = {verify(p, keys, revoked).verdict for p in payloads}
                if verdicts != {Verdict.VALID}:
                    raise RuntimeError(f"certificate verification: {verdicts or 'no payload'}")
            done("certificate verified offline")
            with result.step("backup made and checked"):
                (root.parent / "backups").mkdir(exist_ok=True)  # a chosen folder must exist
                backups = BackupService(
                    workspace, db, admin, Settings(backup_folder=str(root.parent / "backups"))
                )
                info = backups.make("manual")
        finally:
            db.close()
        done("backup made and checked")
        with result.step("backup restored"):
            restore(workspace, info.path, ADMIN_USERNAME, DEMO_PASSWORD)
            db, _admin = workspace.log_in(ADMIN_USERNAME, DEMO_PASSWORD)
            db.close()
        done("backup restored")
    finally:
        # Every database is closed by then (a failed step included: Windows removes no open
        # file, and its WinError 32 would hide the step's own error); a file an antivirus
        # still scans is waited for, and a folder left behind is said, never a failure.
        try:
            remove_tree(scratch)
        except OSError as error:
            log.warning("self-test folder %s not removed: %s", scratch, error)
    return result
