"""Screenshots of the main screens, in French and Arabic, for review and for the user guide.

Usage: python scripts/screenshots.py OUTPUT_DIR   (runs offscreen; makes its own demo data)
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from counsellor_app.core.attendance import Mark
from counsellor_app.core.business_plan import Funding, FundingKind, Line
from counsellor_app.core.indicators import Milestone, Period
from counsellor_app.core.pathway import Stage, Status, Track
from counsellor_app.core.person import IdentityDocumentInput, PersonInput
from counsellor_app.core.problems import DomainError
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.attachments import AttachmentService
from counsellor_app.services.audit import AuditService
from counsellor_app.services.backup import BackupService
from counsellor_app.services.cohorts import CohortInput, CohortService
from counsellor_app.services.demo import (
    ADMIN_USERNAME,
    COUNSELLOR_USERNAME,
    DEMO_PASSWORD,
    create_demo,
)
from counsellor_app.services.grants import GrantService
from counsellor_app.services.indicator_targets import Programme, TargetService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.people import PeopleQuery, PeopleService
from counsellor_app.services.programmes import ProgrammeEnrolmentService
from counsellor_app.services.reference import agency_name
from counsellor_app.storage.database import Database
from counsellor_app.storage.keystore import FAST_KDF_FOR_TESTS
from counsellor_app.storage.models import (
    AeRegistration,
    Disbursement,
    GrantApplication,
    Internship,
    Referral,
    UserAccount,
)
from counsellor_app.storage.paths import DataPaths
from counsellor_app.storage.settings import Settings
from counsellor_app.ui.account_dialogs import UsersDialog
from counsellor_app.ui.audit_dialog import AuditDialog
from counsellor_app.ui.backups_dialog import BackupsDialog
from counsellor_app.ui.cohort_printing import CohortCertificates
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.document_dialog import DocumentDialog
from counsellor_app.ui.grant_panel import EnvelopesDialog
from counsellor_app.ui.i18n import Translations
from counsellor_app.ui.letterhead_dialog import LetterheadDialog
from counsellor_app.ui.login_dialog import LoginDialog
from counsellor_app.ui.main_window import MainWindow
from counsellor_app.ui.operations import Operations
from counsellor_app.ui.printed_panel import PrintedDocumentsPanel, RegisterDialog
from counsellor_app.ui.restore_dialog import RestoreDialog
from counsellor_app.ui.settings_dialog import SettingsDialog
from counsellor_app.ui.setup_wizard import SetupWizard
from counsellor_app.ui.style import apply_style
from counsellor_app.ui.sync_panel import SyncDialog
from counsellor_app.ui.widgets import set_combo_value


def _small_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 760, "Curriculum vitae")
    canvas.save()
    return out.getvalue()


def _settle(app: QApplication, done: Callable[[], bool] = lambda: False, most: float = 0.1) -> None:
    """Let the screen paint and the workers hand back their results, until ``done()`` or
    ``most`` seconds. Never raises: a screen still loading is taken as it is, so the build
    never hangs nor fails on a worker (it once did, in CI)."""
    deadline = time.monotonic() + most
    while True:
        app.processEvents()
        if done() or time.monotonic() >= deadline:
            return
        time.sleep(0.01)


def _demo_people(db: Database, user: CurrentUser, today: date) -> dict[str, str]:
    """People of the demo whose tabs have something to show (an internship with its
    evaluations, a registered auto-entrepreneur, a grant paid), and a donor programme with
    targets and about 150 people enrolled (them among them), so its indicators show progress."""
    with db.reader() as session:
        interned = session.scalars(
            select(Internship.person_id)
            .where(Internship.final_evaluation != "")
            .order_by(Internship.starts_on.desc())
        ).first()
        registered = session.scalars(
            select(AeRegistration.person_id).where(AeRegistration.registration_number != "")
        ).first()
        granted = session.scalars(
            select(GrantApplication.person_id).join(
                Disbursement, Disbursement.application_id == GrantApplication.id
            )
        ).first()
    assert interned and registered and granted, "the demo has internships, AE files, grants"
    programme = TargetService(db, user).save(
        Programme(
            "UE — Work4Life 2026",
            Period(date(today.year, 1, 1), date(today.year, 12, 31)),
            {Milestone.REGISTERED: 200, Milestone.HIRED: 25, Milestone.GRANT_DISBURSED: 10},
            donor="Union européenne",
        )
    )
    enrolments = ProgrammeEnrolmentService(db, user)
    people = PeopleService(db, user)
    first = people.rows(people.search_page(PeopleQuery(), 0, 150))
    on = max(date(today.year, 1, 1), today - timedelta(days=30))
    for person_id in dict.fromkeys((granted, registered, *(row.id for row in first.values()))):
        with contextlib.suppress(DomainError):  # someone the programme does not serve
            enrolments.enrol(person_id, programme.id, on)
    return {"internship": interned, "ae": registered, "grant": granted}


def _file_tab(
    app: QApplication, window: MainWindow, person_id: str, key: str, picture: Path
) -> None:
    """One tab of a person's file, opened in the main window (its first record chosen)."""
    window.open_person(person_id)
    file = window.files()[-1]
    file.tabs.setCurrentIndex(file.tab_of(key))
    _settle(app)
    records = getattr(file._lazy[key].panel, "list", None)
    if records is not None and records.count():
        records.setCurrentRow(0)
        _settle(app)
    window.grab().save(str(picture))


def _supervisor_screens(
    app: QApplication, window: MainWindow, out: Path, language: str, people: dict[str, str]
) -> None:
    """The file tabs with records of their own, then the indicators, the user accounts, the
    budget envelopes and the synchronisation window."""
    context = window.context
    _file_tab(app, window, people["internship"], "internship", out / f"internship-{language}.png")
    _file_tab(app, window, people["ae"], "ae", out / f"ae-{language}.png")
    _file_tab(app, window, people["grant"], "grant", out / f"grant-{language}.png")
    _file_tab(app, window, people["grant"], "programmes", out / f"programmes-{language}.png")
    window.show_tab("indicators")
    indicators = window.indicators
    _settle(app, lambda: not indicators.loading, 20)
    if indicators.programme_box.count() > 1:  # the demo's programme, with its targets
        indicators.programme_box.setCurrentIndex(1)
    _settle(app, lambda: not indicators.loading, 20)
    _settle(app)
    window.grab().save(str(out / f"indicators-{language}.png"))
    users = UsersDialog(context.users, window)
    users.show()
    _settle(app)
    users.grab().save(str(out / f"accounts-{language}.png"))
    users.close()
    envelopes = EnvelopesDialog(GrantService(context.db, context.user), language, window)
    envelopes.show()
    _settle(app)
    envelopes.grab().save(str(out / f"envelopes-{language}.png"))
    envelopes.close()
    sync = SyncDialog(window.sync, context.user, window, language)
    sync.show()
    _settle(app)
    sync.grab().save(str(out / f"sync-{language}.png"))
    sync.close()


def _open_specimen(app: QApplication, panel: PrintedDocumentsPanel) -> DocumentDialog | None:
    """The chosen document's specimen, waiting for it when it is made on a worker (a minute
    at most: then None, said on stderr, and the guide is made without that picture)."""
    opened: list[DocumentDialog] = []
    panel.specimen_opened.connect(opened.append)
    specimen = panel.preview()
    deadline = time.monotonic() + 60
    while specimen is None and not opened and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    specimen = specimen or (opened[0] if opened else None)
    if specimen is None:
        print("the specimen did not open within a minute: no picture of it", file=sys.stderr)
    return specimen


def _printing_screens(app: QApplication, window: MainWindow, out: Path, language: str) -> None:
    """The file's printed documents, a specimen, the register and the letterhead."""
    documents = window.context.documents()
    certified = next(
        row.person_id
        for row in documents.register()
        if row.template == "orientation_certificate" and row.person_id
    )
    window.open_person(certified)
    file = window.files()[-1]
    file.tabs.setCurrentIndex(file.tab_of("printed"))
    app.processEvents()
    window.grab().save(str(out / f"printed-{language}.png"))
    specimen = _open_specimen(app, file.printed)
    if specimen is not None:
        specimen.resize(900, 1000)
        specimen.show()
        _settle(app, most=3)  # QPdfView renders its pages in the background
        specimen.grab().save(str(out / f"specimen-{language}.png"))
        specimen.close()
    register = RegisterDialog(documents, window)
    register.show()
    app.processEvents()
    register.grab().save(str(out / f"issued-register-{language}.png"))
    register.close()
    letterhead = LetterheadDialog(documents, window)
    letterhead.show()
    app.processEvents()
    letterhead.grab().save(str(out / f"letterhead-{language}.png"))
    letterhead.close()
    window.show_tab("cohorts")
    _settle(app)
    _cohort_certificates(app, window, out / f"cohort-printing-{language}.png")


def _cohort_certificates(app: QApplication, window: MainWindow, picture: Path) -> None:
    """The cohort's certificates as the app proposes them (how many, who is left out and why),
    over the cohorts tab; answered "no", so nothing is issued."""
    cohort_id = window.cohorts.cohort_id()
    shot = window.grab()
    if cohort_id is not None:

        def confirm(text: str) -> bool:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                QCoreApplication.translate("CohortCertificates", "Certificates for the cohort"),
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                window,
            )
            box.show()
            _settle(app)
            painter = QPainter(shot)
            corner = window.mapFromGlobal(box.mapToGlobal(QPoint(0, 0)))
            painter.drawPixmap(max(corner.x(), 0), max(corner.y(), 0), box.grab())
            painter.end()
            box.close()
            return False

        batch = CohortCertificates(
            window.context.documents(), window.context.operations, cohort_id, window, confirm
        )
        batch.start()
    shot.save(str(picture))


def _trust_screens(
    app: QApplication, workspace: Workspace, db: Database, out: Path, language: str
) -> None:
    """The masked file of a colleague's person, the audit trail, backups and settings."""
    admin = workspace.log_in(ADMIN_USERNAME, DEMO_PASSWORD, open_database=db)[1]
    counsellor = workspace.log_in(COUNSELLOR_USERNAME, DEMO_PASSWORD, open_database=db)[1]
    people = PeopleService(db, admin)
    rows = people.rows(people.search_keys(PeopleQuery(text="Fofanah")))
    found = [row.id for row in rows.values() if row.last_name == "Fofanah"]
    victim = found[0] if found else people.register(
        PersonInput(
            last_name="Fofanah",
            first_name="Mariama",
            sex="female",
            date_of_birth=date(1996, 4, 12),
            nationality="SL",
            legal_status="refugee_unhcr_only",
            documents=(IdentityDocumentInput("unhcr_refugee_card", "RF-204518", date(2027, 9, 30)),),
            vulnerabilities=("trafficking_victim", "single_parent"),
        ),
        confirmed_new=True,
    )  # fmt: skip
    context = UiContext.create(workspace, db, counsellor, Operations(), language)
    window = MainWindow(context, agency_name(db))
    window.resize(1366, 740)
    window.show()
    window.open_person(victim)
    app.processEvents()
    window.grab().save(str(out / f"masked-file-{language}.png"))
    window.close()
    usb_key = workspace.paths.root / "usb"
    usb_key.mkdir(exist_ok=True)  # a chosen folder must exist: backups never make it
    settings = Settings(backup_folder=str(usb_key))
    backups = BackupService(workspace, db, admin, settings)
    if not backups.list():
        backups.make("daily")
    shown = BackupsDialog(backups, Operations(), language, may_restore=True)
    shown.show()
    app.processEvents()
    shown.grab().save(str(out / f"backups-{language}.png"))
    shown.close()
    restore = RestoreDialog(workspace, [backups.folder], language)
    restore.show()
    app.processEvents()
    restore.grab().save(str(out / f"restore-{language}.png"))
    restore.close()
    audit = AuditDialog(
        AuditService(db, admin, backups.anchors()), PeopleService(db, admin), language
    )
    audit.show()
    app.processEvents()
    audit.grab().save(str(out / f"audit-{language}.png"))
    audit.close()
    dialog = SettingsDialog(settings, may_manage=True)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / f"settings-{language}.png"))
    dialog.close()


def main(out: Path, languages: tuple[str, ...] = ("fr", "ar")) -> None:
    started = time.monotonic()
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    apply_style(app)
    translations = Translations(app)
    data = Path(tempfile.mkdtemp()) / "demo"
    create_demo(data, 400, kdf=FAST_KDF_FOR_TESTS)
    workspace = Workspace(DataPaths(data), FAST_KDF_FOR_TESTS)
    db, user = workspace.log_in(ADMIN_USERNAME, DEMO_PASSWORD)
    cohorts = CohortService(db, user)
    today = date.today()
    cohort_id = cohorts.create(
        CohortInput(
            "Savoir-être et recherche d'emploi",
            today - timedelta(days=20),
            today + timedelta(days=20),
            12,
            trainer="Mme Tazi",
            place="Agence Rabat-Agdal, salle 2",
        )
    )
    session_ids = [
        cohorts.add_session(cohort_id, today - timedelta(days=d), topic=f"Module {i + 1}")
        for i, d in enumerate((14, 7, 0))
    ]
    people = PeopleService(db, user)
    enrolled = [
        people.rows(people.search_page(PeopleQuery(), 0, 10))[k].id
        for k in people.search_page(PeopleQuery(), 0, 10)
    ]
    cohorts.enrol(cohort_id, enrolled)
    for number, session_id in enumerate(session_ids[:2]):
        cohorts.save_sheet(
            session_id,
            {
                pid: (Mark.ABSENT if (i + number) % 4 == 0 else Mark.PRESENT)
                for i, pid in enumerate(enrolled)
            },
        )
    with db.reader() as session:
        referred = session.scalars(select(Referral.person_id)).first()
        counsellor_id = session.scalar(
            select(UserAccount.id).where(UserAccount.username == COUNSELLOR_USERNAME)
        )
    assert referred is not None and counsellor_id is not None
    attachments = AttachmentService(db, user)
    card = io.BytesIO()
    Image.new("RGB", (860, 540), (214, 228, 240)).save(card, "PNG")
    attachments.attach(referred, "carte-recto.png", card.getvalue(), "Carte d'immatriculation")
    attachments.attach(referred, "cv.pdf", _small_pdf(), "CV", Stage.ORIENTATION)
    demo_people = _demo_people(db, user, today)
    print(f"demo agency ready: {time.monotonic() - started:.0f} s", file=sys.stderr)
    for language in languages:
        translations.install(language)
        wizard = SetupWizard(
            Workspace(DataPaths(Path(tempfile.mkdtemp())), FAST_KDF_FOR_TESTS), language
        )
        wizard.resize(640, 460)
        wizard.show()
        wizard.next()
        app.processEvents()
        wizard.grab().save(str(out / f"setup-{language}.png"))
        wizard.close()
        login = LoginDialog(workspace, agency_name(db), "admin")
        login.show()
        app.processEvents()
        login.grab().save(str(out / f"login-{language}.png"))
        login.close()
        context = UiContext.create(workspace, db, user, Operations(), language)
        window = MainWindow(context, agency_name(db))
        window.resize(1366, 740)
        window.show()
        app.processEvents()
        window.grab().save(str(out / f"register-{language}.png"))
        window.tabs.setCurrentWidget(window.cohorts)
        app.processEvents()
        window.grab().save(str(out / f"cohorts-{language}.png"))
        window.tabs.setCurrentWidget(window.register)
        window.register.search.setText("diallo")
        window.register.run_search_now()
        app.processEvents()
        window.grab().save(str(out / f"search-{language}.png"))
        window.new_intake()
        form = window.forms()[-1]
        form.load_input(
            PersonInput(
                last_name="Diallo",
                first_name="محمد",
                sex="male",
                date_of_birth=date(2030, 1, 1),
                phone="0612",
            )
        )
        form.save()
        app.processEvents()
        window.grab().save(str(out / f"intake-errors-{language}.png"))
        person_id = window.register.model.person_id(0)
        if language == "fr":  # give the first person some pathway to show
            pathways = PathwayService(db, user)
            pathways.move(person_id, Stage.ORIENTATION, Status.IN_PROGRESS)
            pathways.choose_track(person_id, Track.WAGE)  # the interview lets it complete
            pathways.save_stage_notes(
                person_id,
                Stage.ORIENTATION,
                "Entretien fait",
                {"career_goal": "Couturière", "recommended_services": ["soft_skills"]},
            )
            pathways.move(person_id, Stage.ORIENTATION, Status.COMPLETED)
            pathways.move(person_id, Stage.SOFT_SKILLS, Status.IN_PROGRESS)
            pathways.save_stage_notes(
                person_id, Stage.SOFT_SKILLS, "Module CV", {"attendance_pct": 70}
            )
        window.open_person(person_id)
        app.processEvents()
        window.grab().save(str(out / f"person-{language}.png"))
        file = window.files()[-1]
        file.tabs.setCurrentIndex(1)
        app.processEvents()
        window.grab().save(str(out / f"pathway-{language}.png"))
        file.tabs.setCurrentIndex(file.tab_of("history"))
        app.processEvents()
        window.grab().save(str(out / f"history-{language}.png"))
        plan = file.business_plan
        plan.activity.setText("Atelier de couture")
        plan._add_cost_row(Line("Machine à coudre", 800_000))
        plan._add_funding_row(Funding(FundingKind.MICROGRANT, 700_000))
        for month in range(12):
            plan.projection.item(month, 0).setText("3000")
            plan.projection.item(month, 1).setText("1200")
        file.tabs.setCurrentIndex(file.tab_of("business_plan"))
        app.processEvents()
        window.grab().save(str(out / f"business-plan-{language}.png"))
        window.show_tab("todo")
        _settle(
            app, lambda todo=window.todo: not todo.loading and todo.tree.topLevelItemCount() > 0, 10
        )
        window.grab().save(str(out / f"todo-{language}.png"))
        window.show_tab("agenda")
        set_combo_value(window.agenda.counsellor, counsellor_id)
        app.processEvents()
        window.grab().save(str(out / f"agenda-{language}.png"))
        window.open_person(referred)
        referred_file = window.files()[-1]
        referred_file.tabs.setCurrentIndex(referred_file.tab_of("referrals"))
        app.processEvents()
        window.grab().save(str(out / f"referrals-{language}.png"))
        referred_file.tabs.setCurrentIndex(referred_file.tab_of("attachments"))
        app.processEvents()
        window.grab().save(str(out / f"attachments-{language}.png"))
        referred_file.tabs.setCurrentIndex(referred_file.tab_of("appointments"))
        app.processEvents()
        window.grab().save(str(out / f"appointments-{language}.png"))
        _supervisor_screens(app, window, out, language, demo_people)
        _printing_screens(app, window, out, language)
        _trust_screens(app, workspace, db, out, language)
        _committee_screens(app, workspace, db, out, language)
        _import_export_screens(app, window, out, language)
        for f in window.forms():
            f._dirty = False
        window.close()
        context.operations.wait(10_000)  # no worker left running into the next language
        _settle(app)
        print(f"screens in {language}: {time.monotonic() - started:.0f} s", file=sys.stderr)
    db.close()


def _committee_screens(
    app: QApplication, workspace: Workspace, db: Database, out: Path, language: str
) -> None:
    """A grant committee's session (issue 23): members and quorum, the ranked agenda with
    scores, votes and a decision (made once, shown in each language)."""
    from counsellor_app.core.committees import Member, Vote
    from counsellor_app.core.grants import Decision
    from counsellor_app.core.problems import DomainError
    from counsellor_app.services.committees import CommitteeService
    from counsellor_app.services.documents import DocumentService
    from counsellor_app.ui.committees_view import CommitteesDialog

    admin = workspace.log_in(ADMIN_USERNAME, DEMO_PASSWORD, open_database=db)[1]
    counsellor = workspace.log_in(COUNSELLOR_USERNAME, DEMO_PASSWORD, open_database=db)[1]
    committees = CommitteeService(db, admin)
    if not committees.sessions():
        session_id = committees.create_session(
            date.today(),
            "Agence Rabat-Agdal, salle du conseil",
            [
                Member("", "", user_id=admin.id, chair=True, present=True),
                Member("", "", user_id=counsellor.id, present=True),
                Member("", "M. Haddad", "INDH Rabat", present=True),
                Member("", "Mme Alaoui", "Association Amal", present=False),
            ],
        )
        ready = [c for c in committees.candidates(session_id) if not c.problems][:3]
        for number, candidate in enumerate(ready):
            item = committees.add_to_agenda(session_id, candidate.application_id)
            grid = committees.grid()
            committees.set_scores(item, {name: 5 - (number + i) % 3 for i, name in enumerate(grid)})
        view = committees.session(session_id)
        if view.items:
            keys = [m.key for m in view.members if m.present]
            try:
                committees.declare_conflict(view.items[-1].id, keys[2])
                committees.record_decision(
                    view.items[0].id,
                    dict.fromkeys(keys, Vote.FOR),
                    Decision.APPROVED,
                    min(view.items[0].requested_centimes, 1_000_000),
                    "Achats en nature, sur factures",
                )
            except DomainError:
                pass  # an envelope already spent: the agenda is shown undecided
    listing = CommitteesDialog(committees, DocumentService(db, admin), Operations(), language)
    listing.show()
    app.processEvents()
    listing.grab().save(str(out / f"committees-list-{language}.png"))
    session = listing.open_selected()
    if session is not None:
        session.resize(1200, 780)
        session.show()
        app.processEvents()
        session.grab().save(str(out / f"committees-{language}.png"))
        session.close()
    listing.close()


def _import_export_screens(app: QApplication, window: MainWindow, out: Path, language: str) -> None:
    """The import dialog after checking a small workbook on the template: what each sheet
    gives and a refused row with its sheet, line, column and reason (issue 23, deliverable 5)."""
    from openpyxl import Workbook

    from counsellor_app.services.importer import ImportService, country_codes
    from counsellor_app.services.workbook import WorkbookImportService
    from counsellor_app.ui.import_dialog import ImportDialog

    book = Workbook()
    people = book.active
    people.title = "Personnes"
    people.append(["N° de dossier", "Nom", "Prénom", "Sexe", "Date de naissance",
                   "Nationalité", "Statut juridique", "Date d'inscription"])  # fmt: skip
    people.append(["XL-0001", "Camara", "Mariama", "F", "14/02/1995", "guinéenne",
                   "Régularisé(e) 2014", "03/01/2024"])  # fmt: skip
    people.append(["XL-0002", "Al Hamwi", "Rami", "H", "02/09/1988", "سوريا", "لاجئ", ""])
    people.append(["XL-0003", "Touré", "", "F", "31/02/1990", "Côte d'Ivoire", "touriste", ""])
    stages = book.create_sheet("Étapes")
    stages.append(["N° de dossier", "Étape", "Statut", "Début", "Fin"])
    stages.append(["XL-0002", "Orientation", "Terminée", "10/01/2024", "10/01/2024"])
    source = Path(tempfile.mkdtemp()) / "dossiers.xlsx"
    book.save(source)
    context = window.context
    countries = country_codes()
    dialog = ImportDialog(
        ImportService(context.db, context.user, countries),
        context.operations,
        window,
        WorkbookImportService(context.db, context.user, countries),
    )
    dialog.resize(1000, 560)
    dialog.show()
    dialog.load(source)
    deadline = time.monotonic() + 60
    while dialog.pages.currentIndex() != 4 and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    dialog.grab().save(str(out / f"import-export-{language}.png"))
    dialog.close()
    dialog.deleteLater()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
