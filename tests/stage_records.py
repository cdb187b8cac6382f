"""The records that let each stage complete, written through the real services (as a
counsellor fills them in on the screens): tests that move a person along use these."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from counsellor_app.core.business_plan import ActivityCategory, Funding, FundingKind, Line
from counsellor_app.core.grants import Decision, DisbursementMode
from counsellor_app.core.pathway import Stage, Track
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.ae_registration import AeChecklist, AeRegistrationService
from counsellor_app.services.business_plans import BusinessPlanService, PlanData
from counsellor_app.services.grants import GrantService
from counsellor_app.services.internships import HostInput, InternshipInput, InternshipService
from counsellor_app.services.pathway import PathwayService
from counsellor_app.storage.database import Database

INTERVIEW = {"career_goal": "Cuisinier en restauration collective",
             "recommended_services": ["soft_skills", "internship"]}  # fmt: skip


def interview(pathways: PathwayService, person_id: str, track: Track = Track.WAGE) -> None:
    """The orientation interview: career goal, recommended services and the chosen track."""
    pathways.choose_track(person_id, track)
    pathways.save_stage_notes(person_id, Stage.ORIENTATION, "Entretien fait", dict(INTERVIEW))


def ended_internship(
    db: Database, user: CurrentUser, today: Callable[[], date], person_id: str
) -> str:
    """An internship that ended yesterday, with its final evaluation."""
    service = InternshipService(db, user, today)
    host = service.create_host(HostInput("Hôtel Les Oudayas", "Hôtellerie"))
    ends = today() - timedelta(days=1)
    return service.save(
        person_id,
        InternshipInput(host, ends - timedelta(days=120), ends, "2 000", "M. Alami",
                        "draft", "Ponctuel", "Objectifs atteints", True, contract_kind="cdd"),
    )  # fmt: skip


def registration(
    db: Database, user: CurrentUser, today: Callable[[], date], person_id: str
) -> None:
    """The auto-entrepreneur registration number and date."""
    on = today() - timedelta(days=3)
    AeRegistrationService(db, user, today).save(
        person_id,
        AeChecklist(True, "barid_al_maghrib", on - timedelta(days=5), "AE-2026-01234", on,
                    "Atelier de couture"),
    )  # fmt: skip


GOOD_PLAN = PlanData(
    "Atelier de couture",
    ActivityCategory.SERVICES,
    {"summary": "Couture et retouches pour le quartier."},
    (Line("Machine à coudre", 800_000),),
    (Funding(FundingKind.MICROGRANT, 700_000), Funding(FundingKind.OWN_CONTRIBUTION, 100_000)),
    (300_000,) * 12,
    (150_000,) * 12,
)


def plan(db: Database, user: CurrentUser, today: Callable[[], date], person_id: str) -> None:
    """A business plan whose review has no blocking problem."""
    BusinessPlanService(db, user, today).save(person_id, GOOD_PLAN)


def first_tranche(
    db: Database,
    counsellor: CurrentUser,
    supervisor: CurrentUser,
    today: Callable[[], date],
    person_id: str,
) -> str:
    """An approved grant whose first tranche is paid and confirmed by a second person;
    the business plan stage must be completed (the committee's rule). Returns the envelope."""
    boss = GrantService(db, supervisor, today)
    envelope = boss.create_envelope("UE — Work4Life", 10_000_000, date(today().year, 1, 1))
    mine = GrantService(db, counsellor, today)
    application = mine.apply(person_id, envelope, 700_000)
    boss.decide(application, Decision.APPROVED, 700_000, today())
    tranche = mine.record_tranche(application, 700_000, DisbursementMode.CASH, today())
    boss.confirm_tranche(tranche)
    return envelope
