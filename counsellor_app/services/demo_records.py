"""The demo's detailed records: cohorts with attendance, internships, auto-entrepreneur files,
business plans, microgrants with tranches and follow-up visits, referrals and an agenda.

They go through the same services as the screens (every rule checked, every change in the
history), for a few hundred people of the bulk-made register: enough to try every screen.
"""

from __future__ import annotations

import contextlib
import functools
import io
import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from PIL import Image
from sqlalchemy import select

from counsellor_app.core.appointments import AppointmentKind, AppointmentStatus
from counsellor_app.core.attendance import Mark
from counsellor_app.core.business_plan import ActivityCategory, Funding, FundingKind, Line
from counsellor_app.core.grants import BusinessStatus, Decision, DisbursementMode
from counsellor_app.core.internships import DEFAULT_GRID, PARTIES, Agreement, InternshipKind
from counsellor_app.core.pathway import Stage
from counsellor_app.core.problems import DomainError
from counsellor_app.core.referrals import ReferralState
from counsellor_app.documents.layout import Letterhead
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.ae_registration import AeChecklist, AeRegistrationService
from counsellor_app.services.appointments import AppointmentInput, AppointmentService
from counsellor_app.services.attachments import AttachmentService
from counsellor_app.services.business_plans import BusinessPlanService, PlanData
from counsellor_app.services.cohorts import CohortInput, CohortService
from counsellor_app.services.demo_settle import settle_stages
from counsellor_app.services.documents import DocumentService
from counsellor_app.services.grants import GrantService
from counsellor_app.services.internships import HostInput, InternshipInput, InternshipService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.services.referrals import PartnerInput, ReferralService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import Cohort, PathwayStage, Person, Referral

DETAILED_PER_KIND = 60
SETTLED_BEFORE_GRANTS = (
    Stage.ORIENTATION,
    Stage.INTERNSHIP,
    Stage.AE_REGISTRATION,
    Stage.BUSINESS_PLAN,
)

_HOSTS = [
    HostInput("Hôtel Les Oudayas", "Hôtellerie", "rabat", "Mme Bennani", "0537 70 12 34"),
    HostInput("Centre d'appels Atlas Contact", "Centres d'appels", "rabat", "M. Idrissi"),
    HostInput("Boulangerie Al Baraka", "Boulangerie", "sale", "M. Chraibi"),
    HostInput("Chantier Bâtir Maroc", "Bâtiment", "casablanca", "M. Naciri", "", "001525874000032"),
    HostInput("Coopérative Argan Tiwizi", "Agroalimentaire", "agadir", "Mme Ait Lahcen"),
    HostInput("Garage Moderne Agdal", "Mécanique", "rabat", "M. Tazi"),
]
_PARTNERS = [
    PartnerInput(
        "Agence ANAPEC Rabat-Hassan", "anapec_agency", "rabat", "Avenue Allal Ben Abdallah"
    ),
    PartnerInput("ISTA Hay Riad (OFPPT)", "ofppt_centre", "rabat", "Hay Riad, secteur 10"),
    PartnerInput("Centre de l'Entraide Nationale Takaddoum", "entraide_centre", "rabat"),
    PartnerInput("Centre de santé Yacoub El Mansour", "health_centre", "rabat"),
    PartnerInput("Association INMAA (microcrédit)", "microfinance", "rabat"),
    PartnerInput("Fondation Orient-Occident", "ngo", "rabat", "Rue Ahmed Rifai, Yacoub El Mansour"),
]
_ACTIVITIES = [
    ("Atelier de couture", ActivityCategory.SERVICES),
    ("Salon de coiffure", ActivityCategory.SERVICES),
    ("Épicerie de quartier", ActivityCategory.COMMERCIAL),
    ("Vente de beignets et jus", ActivityCategory.COMMERCIAL),
    ("Réparation de téléphones", ActivityCategory.SERVICES),
    ("Tresses et soins africains", ActivityCategory.SERVICES),
]


def _people_at(db: Database, stage: str, statuses: Sequence[str], limit: int) -> list[str]:
    with db.reader() as session:
        return list(
            session.scalars(
                select(PathwayStage.person_id)
                .where(PathwayStage.stage == stage, PathwayStage.status.in_(statuses))
                .order_by(PathwayStage.started_on.desc())
                .limit(limit)
            )
        )


def _started(db: Database, person_id: str, stage: str) -> date | None:
    with db.reader() as session:
        return session.scalar(
            select(PathwayStage.started_on).where(
                PathwayStage.person_id == person_id, PathwayStage.stage == stage
            )
        )


def _ended(db: Database, person_id: str, stage: str) -> date | None:
    with db.reader() as session:
        return session.scalar(
            select(PathwayStage.ended_on).where(
                PathwayStage.person_id == person_id, PathwayStage.stage == stage
            )
        )


def fill_details(
    db: Database, admin: CurrentUser, counsellor: CurrentUser, today: date, seed: int
) -> None:
    rng = random.Random(seed)
    _cohorts(db, counsellor, today, rng)
    _internships(db, counsellor, today, rng)
    _self_employment(db, admin, counsellor, today, rng)
    _referrals(db, counsellor, today, rng)
    _agenda(db, counsellor, today, rng)
    _documents(db, admin, counsellor, today)


def _cohorts(db: Database, user: CurrentUser, today: date, rng: random.Random) -> None:
    service = CohortService(db, user, lambda: today)
    learners = _people_at(db, "soft_skills", ["in_progress", "completed"], 75)
    for number, offset in enumerate((-70, -35, -6)):
        starts = today + timedelta(days=offset)
        cohort_id = service.create(
            CohortInput(
                f"Savoir-être et recherche d'emploi — groupe {number + 1}",
                starts,
                starts + timedelta(days=25),
                25,
                "Communication; CV et entretien; droits et devoirs du salarié; gestion du temps",
                "Mme Laila Mansouri",
                "Salle de formation, ANAPEC Rabat-Agdal",
            )
        )
        members = learners[number * 25 : (number + 1) * 25]
        service.enrol(cohort_id, members)
        for week in range(4):
            on = starts + timedelta(days=7 * week)
            session_id = service.add_session(cohort_id, on, 180, f"Module {week + 1}")
            if on <= today:
                marks = {
                    person_id: rng.choices(
                        [Mark.PRESENT, Mark.LATE, Mark.EXCUSED, Mark.ABSENT], [80, 8, 5, 7]
                    )[0]
                    for person_id in members
                }
                service.save_sheet(session_id, marks)


def _internships(db: Database, user: CurrentUser, today: date, rng: random.Random) -> None:
    service = InternshipService(db, user, lambda: today)
    attachments = AttachmentService(db, user, lambda: today)
    hosts = [service.create_host(host) for host in _HOSTS]
    # The completed internships first: each needs its record (core.stage_records).
    interns = _people_at(db, "internship", ["completed"], DETAILED_PER_KIND)
    interns += _people_at(db, "internship", ["in_progress"], DETAILED_PER_KIND // 2)
    for person_id in interns:
        starts = _started(db, person_id, "internship") or today - timedelta(days=60)
        ends = starts + timedelta(days=rng.choice([90, 120, 180]))
        ended = _ended(db, person_id, "internship")
        if ended is not None:  # a completed stage: the internship ended that day
            ends = ended
        finished = ends < today
        with contextlib.suppress(DomainError):  # dates breaking a bound: left without one
            _internship(service, attachments, person_id, rng.choice(hosts), starts, ends,
                        ended is not None or finished, today, rng)  # fmt: skip


def _internship(
    service: InternshipService,
    attachments: AttachmentService,
    person_id: str,
    host: str,
    starts: date,
    ends: date,
    finished: bool,
    today: date,
    rng: random.Random,
) -> None:
    """An internship through its agreement's life: drafted; signed by the three parties with
    the signed copy attached; started; completed with its scored final evaluation and outcome."""
    kind = rng.choices(list(InternshipKind), [6, 2, 1, 1])[0]
    paid = kind in (InternshipKind.CONTRAT_INSERTION, InternshipKind.APPRENTICESHIP)
    stipend = rng.choice([1800, 2000, 2500, 3000]) if paid else rng.choice([0, 0, 800])
    data = InternshipInput(host, starts, ends, str(stipend),
                           rng.choice(["M. Alami", "Mme Berrada", "M. Kettani"]), kind=kind.value)  # fmt: skip
    internship_id = service.save(person_id, data)
    if starts > today + timedelta(days=30):
        return  # still a draft being negotiated
    copy = attachments.attach(
        person_id, "convention-signee.png", _signed_copy(), "Convention de stage signée",
        Stage.INTERNSHIP,
    )  # fmt: skip
    data = replace(data, agreement_status=Agreement.SIGNED.value, signatures=PARTIES,
                   signed_on=min(starts - timedelta(days=3), today), signed_copy_id=copy)  # fmt: skip
    service.save(person_id, data, internship_id)
    if starts > today:
        return
    grid = {c: rng.choice([2, 3, 3, 4]) for c in DEFAULT_GRID}
    data = replace(data, agreement_status=Agreement.STARTED.value)
    if starts + timedelta(45) < today:
        data = replace(data, midterm_evaluation="Ponctuel, s'intègre bien dans l'équipe.",
                       midterm_scores=tuple(grid.items()))  # fmt: skip
    service.save(person_id, data, internship_id)
    if not finished:
        return
    hired = rng.random() < 0.55
    data = replace(
        data,
        agreement_status=Agreement.COMPLETED.value,
        final_evaluation="Objectifs atteints.",
        final_scores=tuple((c, min(4, s + 1)) for c, s in grid.items()),
        hired=hired,
        contract_kind=rng.choice(["cdi", "cdd", "cdd", "tahfiz"]) if hired else "",
        not_hired_reason="" if hired else rng.choice(["no_post", "further_training"]),
    )
    service.save(person_id, data, internship_id)


@functools.cache
def _signed_copy() -> bytes:
    """A page standing for the scanned agreement (the same bytes: stored once)."""
    out = io.BytesIO()
    Image.new("RGB", (620, 877), (255, 255, 255)).save(out, "PNG")
    return out.getvalue()


def _self_employment(
    db: Database, admin: CurrentUser, user: CurrentUser, today: date, rng: random.Random
) -> None:
    ae = AeRegistrationService(db, user, lambda: today)
    plans = BusinessPlanService(db, user, lambda: today)
    grants = GrantService(db, user, lambda: today)
    supervisor_grants = GrantService(db, admin, lambda: today)
    envelope = supervisor_grants.create_envelope(
        "HCR — PISERUMA 2026", 150_000_000, date(today.year, 1, 1), date(today.year, 12, 31)
    )
    supervisor_grants.create_envelope(
        "UE — Work4Life (fonds de démarrage)", 80_000_000, date(today.year - 1, 1, 1), None
    )
    for person_id in _people_at(db, "ae_registration", ["completed"], DETAILED_PER_KIND):
        activity, category = rng.choice(_ACTIVITIES)
        started = _started(db, person_id, "ae_registration") or today - timedelta(days=90)
        started = min(started, today - timedelta(days=10))  # registered by today
        with contextlib.suppress(DomainError):  # a card that lapsed: the checklist stays open
            ae.save(
                person_id,
                AeChecklist(
                    True,
                    "barid_al_maghrib",
                    started,
                    f"AE-{started.year}-{rng.randint(1000, 99999):05d}",
                    started + timedelta(days=10),
                    activity,
                    category,
                    cnss_affiliated=(affiliated := rng.random() < 0.6),
                    cnss_number=f"1{rng.randint(10_000_000, 99_999_999)}" if affiliated else "",
                ),
            )
        monthly = rng.choice([250_000, 350_000, 450_000])
        costs = int(monthly * rng.uniform(0.45, 0.7))
        grant = rng.choice([500_000, 800_000, 1_000_000])
        plans.save(
            person_id,
            PlanData(
                activity,
                category,
                {
                    "summary": f"{activity} dans le quartier, clientèle de voisinage.",
                    "product": "Prestations à la demande, prix affichés.",
                    "market": "Forte demande locale, deux concurrents à proximité.",
                    "marketing": "Bouche-à-oreille, page Facebook, affichage.",
                    "operations": "Local partagé, ouvert six jours sur sept.",
                    "team": "Le promoteur, un apprenti à partir du 6e mois.",
                },
                (Line("Matériel", grant), Line("Stock de départ", 150_000)),
                (
                    Funding(FundingKind.MICROGRANT, grant),
                    Funding(FundingKind.OWN_CONTRIBUTION, 150_000),
                ),
                tuple(monthly + 10_000 * m for m in range(12)),
                (costs,) * 12,
            ),
        )
    # Stages completed in bulk without their record go back to "in progress" (demo_settle),
    # before the committee decides on the plans that are really complete.
    parameters = PathwayService(db, user, lambda: today).parameters()
    settle_stages(db, parameters, SETTLED_BEFORE_GRANTS)
    for person_id in _people_at(db, "microgrant", ["completed"], DETAILED_PER_KIND):
        granted = _started(db, person_id, "microgrant") or today - timedelta(days=60)
        amount = rng.choice([500_000, 800_000, 1_000_000])
        try:
            application = grants.apply(person_id, envelope, amount)
            supervisor_grants.decide(
                application,
                Decision.APPROVED,
                amount,
                min(granted, today),
                rng.randint(60, 90),
                "Achat du matériel sur facture",
                "Mme Tazi (HCR), M. Haddad (ANAPEC), Mme Amrani (AMAPPE)",
                "Projet réaliste, promoteur motivé.",
            )
            paid = min(granted + timedelta(days=7), today)
            tranche = grants.record_tranche(
                application,
                amount,
                DisbursementMode.IN_KIND,
                paid,
                f"Facture {rng.randint(100, 999)}",
            )
            supervisor_grants.confirm_tranche(tranche)
        except DomainError:
            continue
        for visit in grants.visits(person_id):
            if visit.due_on <= today - timedelta(days=7) and rng.random() < 0.7:
                grants.record_visit(
                    visit.id,
                    visit.due_on + timedelta(days=rng.randint(0, 6)),
                    rng.choices(list(BusinessStatus), [75, 20, 5])[0],
                    rng.choice([200_000, 300_000, 450_000]),
                    rng.choice([0, 0, 1, 2]),
                    "Visite sur place, cahier de recettes tenu.",
                )

    settle_stages(db, parameters, (Stage.MICROGRANT, Stage.FOLLOW_UP))
    waiting = 0
    for person_id in _people_at(db, "business_plan", ["completed"], 4 * DETAILED_PER_KIND):
        if waiting == 8:
            break
        if grants.applications(person_id):
            continue
        with contextlib.suppress(DomainError):
            grants.apply(person_id, envelope, rng.choice([600_000, 900_000]))
            waiting += 1  # for the next committee session


def _referrals(db: Database, user: CurrentUser, today: date, rng: random.Random) -> None:
    service = ReferralService(db, user, lambda: today)
    partners = [service.create_partner(partner) for partner in _PARTNERS]
    with db.reader() as session:
        people = list(
            session.scalars(
                select(Person.id)
                .where(Person.consent_status == "given", Person.counsellor_id == user.id)
                .order_by(Person.created_at.desc())
                .limit(DETAILED_PER_KIND)
            )
        )
    services = [
        "Formation qualifiante",
        "Bilan de santé",
        "Inscription à un atelier de recherche d'emploi",
        "Demande de microcrédit",
        "Soutien psychosocial",
    ]
    for person_id in people:
        sent = today - timedelta(days=rng.randint(1, 60))
        try:
            referral = service.refer(person_id, rng.choice(partners), rng.choice(services), sent)
        except DomainError:
            continue
        fate = rng.random()
        answered = min(sent + timedelta(days=rng.randint(2, 12)), today)
        if fate < 0.35:
            continue  # still waiting (overdue when sent long ago)
        if fate < 0.5:
            service.move(referral, ReferralState.RECEIVED, answered)
        elif fate < 0.85:
            service.move(referral, ReferralState.ACCEPTED, answered, note="Pris en charge")
            if rng.random() < 0.5:
                service.move(
                    referral, ReferralState.DONE, min(answered + timedelta(days=10), today)
                )
        else:
            service.move(
                referral,
                ReferralState.REFUSED,
                answered,
                rng.choice(["no_places", "documents_missing"]),
            )


def _agenda(db: Database, user: CurrentUser, today: date, rng: random.Random) -> None:
    now = datetime.now().astimezone()
    service = AppointmentService(db, user)
    with db.reader() as session:
        people = list(
            session.scalars(
                select(Person.id)
                .where(Person.counsellor_id == user.id)
                .order_by(Person.created_at.desc())
                .limit(40)
            )
        )
    slots = [time(9, 0), time(10, 0), time(11, 0), time(14, 30), time(15, 30)]
    kinds = [
        AppointmentKind.INTAKE,
        AppointmentKind.ORIENTATION,
        AppointmentKind.FOLLOW_UP,
        AppointmentKind.INTERNSHIP_VISIT,
    ]
    monday = today - timedelta(days=today.weekday())
    for week in (-1, 0, 1):
        for day in range(5):
            on = monday + timedelta(days=7 * week + day)
            for slot in rng.sample(slots, k=rng.randint(1, 3)):
                if not people:
                    return
                starts = datetime.combine(on, slot).astimezone()
                person_id = people.pop()
                kind = rng.choice(kinds)
                appointment = service.save(
                    AppointmentInput(
                        user.id,
                        kind,
                        starts,
                        45 if kind == AppointmentKind.ORIENTATION else 30,
                        person_id,
                        "Bureau 2"
                        if kind != AppointmentKind.INTERNSHIP_VISIT
                        else "Chez l'employeur",
                        "Apporter la carte de séjour et le CV"
                        if kind == AppointmentKind.INTAKE
                        else "",
                    )
                )
                if starts < now - timedelta(hours=1) and rng.random() < 0.8:
                    service.set_status(
                        appointment,
                        rng.choices(
                            [
                                AppointmentStatus.ATTENDED,
                                AppointmentStatus.MISSED,
                                AppointmentStatus.EXCUSED,
                            ],
                            [75, 15, 10],
                        )[0],
                    )
    committee = datetime.combine(monday + timedelta(days=10), time(16, 15)).astimezone()
    service.save(
        AppointmentInput(
            user.id,
            AppointmentKind.COMMITTEE,
            committee,
            120,
            None,
            "Salle de réunion",
            "Comité de sélection des projets — 6 dossiers",
        )
    )


_LETTERHEAD = Letterhead(
    institution={
        "fr": "Agence Nationale de Promotion de l'Emploi et des Compétences",
        "ar": "الوكالة الوطنية لإنعاش التشغيل والكفاءات",
        "en": "National Agency for the Promotion of Employment and Skills",
    },
    agency={
        "fr": "Agence ANAPEC Rabat-Agdal",
        "ar": "وكالة أنابيك الرباط أكدال",
        "en": "ANAPEC Rabat-Agdal agency",
    },
    address={
        "fr": "12, avenue de France, Agdal, Rabat",
        "ar": "12، شارع فرنسا، أكدال، الرباط",
        "en": "12 avenue de France, Agdal, Rabat",
    },
    city={"fr": "Rabat", "ar": "الرباط", "en": "Rabat"},
    phone="05 37 77 00 00",
    email="rabat-agdal@anapec.example",
    signatory_name="Amina Benkirane",
    signatory_title={"fr": "Directrice d'agence", "ar": "مديرة الوكالة", "en": "Agency director"},
)


def _documents(db: Database, admin: CurrentUser, counsellor: CurrentUser, today: date) -> None:
    """The letterhead, and documents already issued: a register with something in it."""
    DocumentService(db, admin).save_letterhead(_LETTERHEAD, ("fr", "ar"))
    documents = DocumentService(db, counsellor, db.paths.verification, today=lambda: today)
    with db.reader() as session:
        first_cohort = session.scalar(select(Cohort.id).order_by(Cohort.starts_on).limit(1))
        referrals = list(
            session.scalars(select(Referral.id).order_by(Referral.sent_on.desc()).limit(4))
        )
    for person_id in _people_at(db, "orientation", ["in_progress", "completed"], 6):
        with contextlib.suppress(DomainError):  # consent pending: no document
            documents.issue("orientation_certificate", person_id)
    if first_cohort is not None:
        ready = [
            p.subject.subject_id for p in documents.cohort_certificates(first_cohort) if p.ready
        ]
        if ready:
            documents.issue_many("softskills_certificate", ready)
    for referral_id in referrals:
        with contextlib.suppress(DomainError):
            documents.issue("referral_letter", referral_id, ("en", "ar"))
    issued = documents.register(limit=1)
    if issued:
        documents.revoke(
            issued[-1].serial, "Nom mal orthographié, remplacé par une nouvelle attestation"
        )
