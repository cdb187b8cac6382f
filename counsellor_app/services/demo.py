"""A throw-away data directory with a realistic agency and people, for trials and benchmarks.

People are written with the same search-index and history code as the intake form, in one
bulk transaction per batch so that 200,000 people take seconds, not hours.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert

from counsellor_app.core.clock import local_today, utc_now
from counsellor_app.core.ids import format_file_number, new_id
from counsellor_app.core.normalize import document_key, fold
from counsellor_app.core.roles import Role
from counsellor_app.core.search_query import SearchDocument
from counsellor_app.services import demo_names as names
from counsellor_app.services.accounts import SetupRequest, Workspace
from counsellor_app.services.demo_records import fill_details
from counsellor_app.services.users import UserService
from counsellor_app.storage import search_index
from counsellor_app.storage.database import Database
from counsellor_app.storage.history import NOT_IN_HISTORY
from counsellor_app.storage.keystore import KdfParams
from counsellor_app.storage.models import ChangeLog, Consent, IdentityDocument, PathwayStage, Person
from counsellor_app.storage.models import Outcome as OutcomeRecord
from counsellor_app.storage.paths import DataPaths

ADMIN_USERNAME = "admin"
COUNSELLOR_USERNAME = "conseillere"
DEMO_PASSWORD = "demo-Counsellor-2026"
BATCH = 5000
DEMO_HISTORY = timedelta(days=730)

# (nationality, weight, origin, possible statuses)
_ORIGINS = [
    ("MA", 30, "ma", ["moroccan"]),
    ("GN", 9, "wa", ["regularised_2014", "regularised_2016_17", "refugee_bra", "asylum_seeker"]),
    ("CI", 9, "wa", ["regularised_2014", "regularised_2016_17", "in_regularisation", "irregular"]),
    ("SN", 8, "wa", ["regularised_2014", "regularised_2016_17", "regular_other"]),
    ("CM", 7, "wa", ["regularised_2016_17", "refugee_bra", "asylum_seeker", "in_regularisation"]),
    ("ML", 5, "wa", ["regularised_2014", "in_regularisation", "irregular"]),
    ("CD", 4, "wa", ["refugee_bra", "asylum_seeker", "regularised_2016_17"]),
    ("NG", 3, "wa", ["regularised_2016_17", "irregular", "in_regularisation"]),
    ("CF", 3, "wa", ["refugee_bra", "asylum_seeker"]),
    ("SY", 12, "me", ["refugee_unhcr_only", "asylum_seeker", "regular_other"]),
    ("SD", 4, "me", ["refugee_bra", "asylum_seeker"]),
    ("YE", 4, "me", ["refugee_unhcr_only", "asylum_seeker", "refugee_bra"]),
    ("SS", 2, "wa", ["asylum_seeker", "refugee_bra"]),
]
_CITIES = ["rabat", "sale", "casablanca", "tanger", "oujda", "fes", "nador", "marrakech", "agadir"]
_LANGUAGES = {
    "ma": ["ar", "ary", "fr"],
    "wa": ["fr", "wo", "ff", "bm", "en", "ary"],
    "me": ["ar", "en", "fr"],
}


@dataclass(frozen=True)
class DemoResult:
    data_dir: Path
    people: int
    admin_username: str
    counsellor_username: str
    password: str


def _pick_name(rng: random.Random, origin: str, sex: str) -> tuple[str, str, str, str]:
    female = sex == "female"
    if origin == "ma":
        first = rng.choice(names.MOROCCAN_FIRST_F if female else names.MOROCCAN_FIRST_M)
        last = rng.choice(names.MOROCCAN_LAST)
        return last[0], first[0], last[1], first[1]
    if origin == "me":
        first = rng.choice(names.MASHRIQ_FIRST_F if female else names.MASHRIQ_FIRST_M)
        last = rng.choice(names.MASHRIQ_LAST)
        return last[0], first[0], last[1], first[1]
    first_latin = rng.choice(names.WEST_AFRICAN_FIRST_F if female else names.WEST_AFRICAN_FIRST_M)
    return rng.choice(names.WEST_AFRICAN_LAST), first_latin, "", ""


def _document(
    rng: random.Random, nationality: str, status: str, today: date
) -> tuple[str, str, date | None]:
    if status == "moroccan":
        letters = rng.choice(["A", "AB", "BE", "BK", "CD", "G", "JB"])
        return (
            "cin",
            f"{letters}{rng.randint(10000, 999999)}",
            today + timedelta(rng.randint(100, 3600)),
        )
    if status in ("asylum_seeker",):
        return (
            "unhcr_attestation",
            f"{rng.randint(100, 999)}-{rng.randint(10, 99)}C{rng.randint(10000, 99999)}",
            today + timedelta(rng.randint(-60, 300)),
        )
    if status == "in_regularisation":
        return (
            "receipt",
            f"R{rng.randint(1000000, 9999999)}",
            today + timedelta(rng.randint(-30, 90)),
        )
    if status == "irregular":
        return (
            "passport",
            f"{nationality}{rng.randint(1000000, 9999999)}",
            today + timedelta(rng.randint(-400, 2000)),
        )
    return (
        "residence_card",
        f"{rng.choice('EFGHJK')}{rng.randint(100000, 999999)}",
        today + timedelta(rng.randint(-120, 700)),
    )


def create_demo(
    data_dir: Path,
    people: int,
    seed: int = 2026,
    kdf: KdfParams | None = None,
    progress: Callable[[int], None] | None = None,
    details: bool = True,
) -> DemoResult:
    """``details`` adds cohorts, internships, plans, grants, referrals and an agenda through
    the services (a few seconds); benchmarks leave them out to measure the bulk register."""
    paths = DataPaths(data_dir)
    if paths.database.exists():
        raise FileExistsError(str(paths.database))
    workspace = Workspace(paths, kdf)
    db, admin, _recovery = workspace.set_up(
        SetupRequest(
            "anapec",
            "Agence ANAPEC Rabat-Agdal (démonstration)",
            "RABAG",
            "rabat",
            ADMIN_USERNAME,
            "Amina Benkirane",
            DEMO_PASSWORD,
            DEMO_PASSWORD,
        )
    )
    try:
        users = UserService(workspace, db, admin)
        counsellor_id = users.create_user(
            COUNSELLOR_USERNAME, "Salma Ouahbi", Role.COUNSELLOR, DEMO_PASSWORD
        )
        users.create_user("superviseur", "Karim Haddad", Role.SUPERVISOR, DEMO_PASSWORD)
        _bulk_people(db, people, seed, [admin.id, counsellor_id], admin.agency_id, progress)
        _db, counsellor = workspace.log_in(COUNSELLOR_USERNAME, DEMO_PASSWORD, db)
        if details:
            fill_details(db, admin, counsellor, local_today(), seed)
    finally:
        db.close()
    return DemoResult(data_dir, people, ADMIN_USERNAME, COUNSELLOR_USERNAME, DEMO_PASSWORD)


def _bulk_people(
    db: Database,
    count: int,
    seed: int,
    counsellor_ids: list[str],
    agency_id: str,
    progress: Callable[[int], None] | None,
) -> None:
    rng = random.Random(seed)
    today = local_today()
    device_code = db.local_setting("device_code") or "DEM"
    weights = [o[1] for o in _ORIGINS]
    made = 0
    with db.write_transaction() as connection:
        first_rowid = search_index.next_search_rowid(connection)
    while made < count:
        size = min(BATCH, count - made)
        people: list[dict[str, object]] = []
        docs: list[dict[str, object]] = []
        consents: list[dict[str, object]] = []
        changes: list[dict[str, object]] = []
        index: list[tuple[int, SearchDocument]] = []
        stages: list[dict[str, object]] = []
        outcomes: list[dict[str, object]] = []
        now = utc_now()
        for offset in range(size):
            n = made + offset
            nationality, _w, origin, statuses = rng.choices(_ORIGINS, weights)[0]
            sex = "female" if rng.random() < 0.45 else "male"
            last, first, last_ar, first_ar = _pick_name(rng, origin, sex)
            status = rng.choice(statuses)
            dob = today - timedelta(days=rng.randint(18 * 365, 55 * 365))
            # 066 is a Moroccan mobile prefix in service (the intake refuses unallocated ones).
            phone = (
                f"+21266{rng.randint(10000000, 99999999) % 10_000_000:07d}"
                if rng.random() < 0.9
                else None
            )
            person_id = new_id()
            # Registrations spread over two years, oldest first, whatever the count.
            created = now - DEMO_HISTORY * ((count - n) / count)
            year = today.year
            row = {
                "id": person_id,
                "created_at": created,
                "updated_at": created,
                "created_by": counsellor_ids[n % len(counsellor_ids)],
                "updated_by": counsellor_ids[n % len(counsellor_ids)],
                "deleted_at": None,
                "server_version": 0,
                "dirty": True,
                "file_number": format_file_number("RABAG", device_code, year, n + 1),
                "owner_agency_id": agency_id,
                "counsellor_id": counsellor_ids[n % len(counsellor_ids)],
                "last_name": last,
                "first_name": first,
                "last_name_ar": last_ar,
                "first_name_ar": first_ar,
                "sex": sex,
                "date_of_birth": dob,
                "nationality": nationality,
                "legal_status": status,
                "phone_e164": phone,
                "email": "",
                "city_id": rng.choice(_CITIES),
                "address": "",
                "languages": rng.sample(_LANGUAGES[origin], k=2),
                "education_level": rng.choice(
                    [
                        "none",
                        "primary",
                        "lower_secondary",
                        "baccalaureate",
                        "vocational",
                        "bachelor",
                    ]
                ),
                "experience": "",
                "skills": "",
                "vulnerabilities": rng.sample(
                    ["single_parent", "disability", "homeless"], k=rng.choice([0, 0, 0, 1])
                ),
                "referral_source": rng.choice(["walk_in", "unhcr", "partner_ngo", "word_of_mouth"]),
                "referral_detail": "",
                "consent_status": "given" if rng.random() < 0.93 else "pending",
                "search_rowid": first_rowid + n,
                "sort_key": fold(f"{last} {first}"),
            }
            people.append(row)
            doc_type, number, expires = _document(rng, nationality, status, today)
            doc_id = new_id()
            docs.append(
                {
                    "id": doc_id,
                    "created_at": created,
                    "updated_at": created,
                    "created_by": row["created_by"],
                    "updated_by": row["created_by"],
                    "deleted_at": None,
                    "server_version": 0,
                    "dirty": True,
                    "person_id": person_id,
                    "doc_type": doc_type,
                    "number": number,
                    "number_key": document_key(number),
                    "issued_on": None,
                    "expires_on": expires,
                }
            )
            if row["consent_status"] == "given":
                consents.append(
                    {
                        "id": new_id(),
                        "created_at": created,
                        "updated_at": created,
                        "created_by": row["created_by"],
                        "updated_by": row["created_by"],
                        "deleted_at": None,
                        "server_version": 0,
                        "dirty": True,
                        "person_id": person_id,
                        "purposes": ["processing", "donor_reporting"]
                        + (["sharing_partners"] if n % 10 < 7 else []),
                        "given_on": created.date(),
                        "recorded_by": row["created_by"],
                        "withdrawn_on": None,
                    }
                )
            fields = {
                k: [None, v.isoformat() if isinstance(v, date) else v]
                for k, v in row.items()
                if k not in NOT_IN_HISTORY and v not in (None, "", [])
            }
            journey = _demo_pathway(rng, row, status, doc_type, expires, created.date(), today)
            stages.extend(journey.stages)
            outcomes.extend(journey.outcomes)
            row["track"] = journey.track
            changes.append(
                {
                    "change_id": new_id(),
                    "entity": "person",
                    "entity_id": person_id,
                    "person_id": person_id,
                    "action": "create",
                    "changes": fields,
                    "actor_id": row["created_by"],
                    "at": created,
                }
            )
            index.append(
                (
                    first_rowid + n,
                    search_index.document_for(
                        (last, first, last_ar, first_ar), str(row["file_number"]), phone, [number]
                    ),
                )
            )
        with db.write_transaction() as connection:
            connection.execute(insert(Person), people)
            connection.execute(insert(IdentityDocument), docs)
            if consents:
                connection.execute(insert(Consent), consents)
            connection.execute(insert(ChangeLog), changes)
            connection.execute(insert(PathwayStage), stages)
            if outcomes:
                connection.execute(insert(OutcomeRecord), outcomes)
            search_index.write_entries(connection, index)
            connection.exec_driver_sql(
                "INSERT INTO number_sequence(name, year, last_value) VALUES ('file', ?, ?) "
                "ON CONFLICT(name, year) DO UPDATE SET last_value = max(last_value, excluded.last_value)",
                (today.year, made + size),
            )
        made += size
        if progress:
            progress(made)


_INTERVIEWS = [
    ("Cuisinier en restauration collective", ("soft_skills", "internship")),
    ("Agent d'accueil en hôtellerie", ("soft_skills", "language_course", "internship")),
    ("Téléconseiller en centre d'appels", ("soft_skills", "job_search_support")),
    ("Ouvrir un atelier de couture", ("soft_skills", "self_employment_support")),
    ("Aide-maçon puis chef d'équipe", ("vocational_training", "internship")),
    ("Coiffure et soins, à son compte", ("soft_skills", "self_employment_support")),
]
_AE_ELIGIBLE = {
    "moroccan",
    "regularised_2014",
    "regularised_2016_17",
    "regular_other",
    "refugee_bra",
}


@dataclass
class _Journey:
    stages: list[dict[str, object]]
    outcomes: list[dict[str, object]]
    track: str | None = None


def _demo_pathway(
    rng: random.Random,
    person: dict[str, object],
    status: str,
    doc_type: str,
    expires: date | None,
    registered: date,
    today: date,
) -> _Journey:
    """One demo person's pathway: everyone has an intake; many go further, by the rules."""
    person_id = str(person["id"])
    who = person["counsellor_id"]
    at = person["created_at"]
    rows: list[dict[str, object]] = []
    journey = _Journey(rows, [])

    def outcome(kind: str, on: date) -> None:
        journey.outcomes.append(
            {
                "id": new_id(),
                "created_at": at,
                "updated_at": at,
                "created_by": who,
                "updated_by": who,
                "deleted_at": None,
                "server_version": 0,
                "dirty": True,
                "person_id": person_id,
                "kind": kind,
                "on": on,
                "detail": "",
            }
        )

    def stage(
        name: str,
        state: str,
        start: date | None,
        end: date | None,
        data: dict[str, object] | None = None,
        reason: str = "",
    ) -> None:
        rows.append(
            {
                "id": new_id(),
                "created_at": at,
                "updated_at": at,
                "created_by": who,
                "updated_by": who,
                "deleted_at": None,
                "server_version": 0,
                "dirty": True,
                "person_id": person_id,
                "stage": name,
                "status": state,
                "planned_on": None,
                "started_on": start,
                "ended_on": end,
                "reason": reason,
                "counsellor_id": who,
                "notes": "",
                "data": data or {},
            }
        )

    stage("intake", "completed", registered, registered)
    days = (today - registered).days
    if days < 7 or rng.random() < 0.25:
        return journey
    oriented = registered + timedelta(days=rng.randint(1, min(days, 20)))
    # The interview that completes the orientation (core.stage_records): a goal, the services
    # recommended and a track (wage until the person turns to self-employment below).
    goal, services = _INTERVIEWS[zlib.crc32(person_id.encode()) % len(_INTERVIEWS)]
    stage("orientation", "completed", oriented, oriented,
          {"career_goal": goal, "recommended_services": list(services)})  # fmt: skip
    journey.track = "wage"
    if rng.random() < 0.2:
        return journey
    attendance = rng.choice([60, 75, 85, 90, 95, 100])
    done = attendance >= 80 and rng.random() < 0.8
    trained = oriented + timedelta(days=30)
    stage(
        "soft_skills",
        "completed" if done else "in_progress",
        oriented,
        trained if done else None,
        {"attendance_pct": attendance},
    )
    if not done:
        return journey
    eligible = status in _AE_ELIGIBLE and (
        status == "moroccan"
        or (
            doc_type in ("residence_card", "resident_card")
            and expires is not None
            and expires >= trained
        )
    )
    if eligible and rng.random() < 0.5:
        journey.track = "self_employment"
        stage("internship", "not_applicable", None, None, reason="other track")
        stage("ae_registration", "completed", trained, trained + timedelta(days=15))
        planned = rng.random() < 0.6
        stage(
            "business_plan",
            "completed" if planned else "in_progress",
            trained,
            trained + timedelta(days=45) if planned else None,
        )
        if planned and rng.random() < 0.7:
            granted = trained + timedelta(days=75)
            stage("microgrant", "completed", trained + timedelta(days=50), granted)
            if granted <= today:
                stage("follow_up", "in_progress", granted, None)
                outcome("business_created", granted)
    else:
        journey.track = "wage"
        for name in ("ae_registration", "business_plan", "microgrant", "follow_up"):
            stage(name, "not_applicable", None, None, reason="other track")
        hired = rng.random() < 0.4
        stage(
            "internship",
            "completed" if hired else "in_progress",
            trained,
            trained + timedelta(days=120) if hired else None,
        )
        if hired and trained + timedelta(days=120) <= today:
            outcome("salaried_job", trained + timedelta(days=120))
    return journey
