"""The workbook template (empty, with its notes) and the register exported in it.

Both are the same layout as the import reads (core.workbook), so an export comes back in as
it went out. The export is filtered as the register is (its search), leaves the sensitive
columns out (document numbers masked, health and violence flags dropped) unless the user may
see them and asks for them, and is entered in the audit trail.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core import workbook as wb
from counsellor_app.core.audit import AuditAction, AuditEvent
from counsellor_app.core.problems import DomainError
from counsellor_app.core.roles import Permission
from counsellor_app.core.sensitive import mask_number
from counsellor_app.core.vocab import SENSITIVE_FLAGS
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.audit import record
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import (
    AeRegistration,
    Attendance,
    BudgetEnvelope,
    BusinessPlan,
    City,
    Cohort,
    CohortSession,
    Consent,
    Disbursement,
    Enrolment,
    FollowUpVisit,
    GrantApplication,
    HostOrganisation,
    IdentityDocument,
    Internship,
    Outcome,
    Partner,
    PathwayStage,
    Person,
    PersonFirstDay,
    Referral,
)
from counsellor_app.storage.people_queries import PeopleQuery

LISTS_SHEET = "Listes"
DATE_FORMAT = "DD/MM/YYYY"
MONEY_FORMAT = "#,##0.00"
Progress = Callable[[int, int], object]  # (sheets done, sheets in all)


def _workbook() -> Any:
    from openpyxl import Workbook

    return Workbook(write_only=True)


def _lists(book: Any) -> dict[str, str]:
    """A hidden sheet with each closed list in a column; the data validations point to it (an
    inline list is limited to 255 characters, the statuses alone are longer)."""
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(LISTS_SHEET)
    sheet.sheet_state = "hidden"
    kinds = list(wb.LABELS)
    ranges: dict[str, str] = {}
    longest = max(len(wb.LABELS[k]) for k in kinds)
    columns = [[label for label, _ar in wb.LABELS[k].values()] for k in kinds]
    sheet.append(kinds)
    for index in range(longest):
        sheet.append([c[index] if index < len(c) else None for c in columns])
    for position, kind in enumerate(kinds, start=1):
        letter = get_column_letter(position)
        ranges[kind] = f"{LISTS_SHEET}!${letter}$2:${letter}${len(wb.LABELS[kind]) + 1}"
    return ranges


def _sheet(
    book: Any, spec: wb.Sheet, columns: Sequence[wb.Column], lists: Mapping[str, str]
) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    sheet = book.create_sheet(spec.name)
    for position, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(position)].width = column.width
    sheet.freeze_panes = "A2"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE7F0")
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.title + (" *" if column.required else ""))
        cell.font, cell.fill = bold, fill
        header.append(cell)
    sheet.append(header)
    for position, column in enumerate(columns, start=1):
        letter = get_column_letter(position)
        area = f"{letter}2:{letter}{wb.MAX_ROWS}"
        if column.kind == "choice" and column.choices in lists:
            check = DataValidation(type="list", formula1=f"={lists[column.choices]}",
                                   allow_blank=True, showErrorMessage=False)  # fmt: skip
        elif column.kind == "date":
            check = DataValidation(type="date", operator="greaterThan", formula1="1",
                                   allow_blank=True, showErrorMessage=True)  # fmt: skip
            check.error = "Date jj/mm/aaaa"
        else:
            continue
        check.add(area)
        sheet.data_validations.append(check)
    return sheet


def _notes(book: Any) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    sheet = book.create_sheet(wb.NOTES_SHEET)
    for letter, width in zip("ABCDEFG", (22, 26, 12, 10, 50, 50, 24), strict=True):
        sheet.column_dimensions[letter].width = width
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    titles = ("Feuille / الورقة", "Colonne / العمود", "Type", "Obligatoire",
              "Explication (français)", "الشرح (بالعربية)", "Exemple / مثال")  # fmt: skip
    sheet.append([_styled(WriteOnlyCell(sheet, value=t), bold) for t in titles])
    sheet.append([
        "Toutes / كل الأوراق", "", "", "",
        "Une ligne par enregistrement, la première ligne porte les titres. Les feuilles sont "
        "reliées par le « N° de dossier ». Dates jj/mm/aaaa ; montants en dirhams. Les colonnes "
        "marquées * sont obligatoires. Importer deux fois le même classeur ne change rien.",
        "سطر لكل تسجيل، والسطر الأول للعناوين. ترتبط الأوراق برقم الملف. التواريخ بصيغة "
        "يوم/شهر/سنة والمبالغ بالدرهم. الأعمدة المعلمة بـ * إلزامية. استيراد نفس الملف مرتين "
        "لا يغير شيئا.", "",
    ])  # fmt: skip
    kinds = {"text": "Texte", "date": "Date", "money": "Montant", "int": "Nombre",
             "bool": "Oui/Non", "choice": "Liste", "choices": "Liste (plusieurs)",
             "country": "Pays", "file": "Texte"}  # fmt: skip
    for spec in wb.SHEETS:
        sheet.append([spec.name, "", "", "", spec.note_fr, spec.note_ar, ""])
        for column in spec.columns:
            allowed = ""
            if column.choices:
                allowed = " Valeurs : " + " ; ".join(
                    f"{fr} / {ar}" for fr, ar in wb.LABELS[column.choices].values()
                )
            sheet.append([
                _styled(WriteOnlyCell(sheet, value=spec.name), None, wrap),
                _styled(WriteOnlyCell(sheet, value=column.title), bold, wrap),
                kinds.get(column.kind, column.kind), "Oui" if column.required else "",
                _styled(WriteOnlyCell(sheet, value=column.note_fr + allowed), None, wrap),
                _styled(WriteOnlyCell(sheet, value=column.note_ar), None, wrap),
                column.example,
            ])  # fmt: skip


def _styled(cell: Any, font: Any = None, alignment: Any = None) -> Any:
    if font is not None:
        cell.font = font
    if alignment is not None:
        cell.alignment = alignment
    return cell


def _save(book: Any) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def template() -> bytes:
    """The empty workbook: a sheet per kind with its titles and lists, then the notes."""
    book = _workbook()
    lists = _lists(book)
    for spec in wb.SHEETS:
        _sheet(book, spec, spec.columns, lists)
    _notes(book)
    return _save(book)


# -- the export -----------------------------------------------------------------------------------


class RegisterExportService:
    def __init__(self, db: Database, actor: CurrentUser) -> None:
        self._db, self._actor = db, actor

    def may_export_sensitive(self) -> bool:
        return self._actor.can(Permission.VIEW_SENSITIVE)

    def export(
        self,
        query: PeopleQuery | None = None,
        sensitive: bool = False,
        progress: Progress | None = None,
    ) -> bytes:
        """The register's people (those the search finds) and their records, in the template.

        ``sensitive`` asks for document numbers and health or violence flags in clear: only
        for whoever has the right to see them (a counsellor asking is refused, never served)."""
        self._actor.require(Permission.VIEW_PEOPLE)
        if sensitive and not self.may_export_sensitive():
            raise DomainError.single("export_sensitive_not_allowed")
        ids = PeopleService(self._db, self._actor).search_ids(query or PeopleQuery())
        book = _workbook()
        lists = _lists(book)
        with self._db.reader() as session:
            writer = _Writer(session, ids, sensitive)
            for position, spec in enumerate(wb.SHEETS):
                # The same columns either way (the layout is the template's): without the
                # right, numbers come masked and the sensitive flags are left out.
                columns = spec.columns
                sheet = _sheet(book, spec, columns, lists)
                for values in writer.rows(spec.kind):
                    sheet.append(_cells(sheet, columns, values))
                if progress is not None:
                    progress(position + 1, len(wb.SHEETS))
        _notes(book)
        data = _save(book)
        record(
            self._db,
            self._actor,
            AuditEvent(
                AuditAction.REGISTER_EXPORTED,
                "register",
                "",
                {"people": len(ids), "sensitive": sensitive, "filtered": query is not None
                 and query != PeopleQuery()},
            ),
        )  # fmt: skip
        return data


def _cells(sheet: Any, columns: Sequence[wb.Column], values: Mapping[str, Any]) -> list[Any]:
    from openpyxl.cell import WriteOnlyCell

    cells: list[Any] = []
    for column in columns:
        value = values.get(column.field)
        if column.kind == "date" and isinstance(value, date):
            cell = WriteOnlyCell(sheet, value=datetime(value.year, value.month, value.day))
            cell.number_format = DATE_FORMAT
            cells.append(cell)
        elif column.kind == "money" and isinstance(value, int):
            cell = WriteOnlyCell(sheet, value=value / 100)
            cell.number_format = MONEY_FORMAT
            cells.append(cell)
        elif column.kind == "choice":
            cells.append(wb.choice_label(column.choices, value))
        elif column.kind == "choices":
            cells.append(", ".join(wb.choice_label(column.choices, v) for v in value or ()))
        elif column.kind == "bool":
            cells.append("" if value is None else "Oui" if value else "Non")
        else:
            cells.append(value if value not in (None, "") else None)
    return cells


class _Writer:
    """Each sheet's rows for the chosen people, by batches of 500 ids (SQLite's limit)."""

    def __init__(self, session: Session, ids: Sequence[str], sensitive: bool) -> None:
        self.session, self.ids, self.sensitive = session, list(ids), sensitive
        self.numbers: dict[str, str] = {}
        for chunk in self._chunks():
            for person_id, number in session.execute(
                select(Person.id, Person.file_number).where(Person.id.in_(chunk))
            ):
                self.numbers[person_id] = number

    def _chunks(self) -> Iterator[list[str]]:
        for start in range(0, len(self.ids), 500):
            yield self.ids[start : start + 500]

    def _of(self, model: Any, *order: Any) -> Iterator[Any]:
        for chunk in self._chunks():
            yield from self.session.scalars(
                select(model)
                .where(model.person_id.in_(chunk), model.deleted_at.is_(None))
                .order_by(*order)
            )

    def rows(self, kind: str) -> Iterable[dict[str, Any]]:
        return getattr(self, f"_{kind}")()  # type: ignore[no-any-return]

    def _person(self) -> Iterator[dict[str, Any]]:
        cities = dict(self.session.execute(select(City.id, City.name_fr)).all())
        for chunk in self._chunks():
            firsts = dict(self.session.execute(
                select(PersonFirstDay.person_id, PersonFirstDay.day)
                .where(PersonFirstDay.person_id.in_(chunk))
            ).all())  # fmt: skip
            for p in self.session.scalars(
                select(Person).where(Person.id.in_(chunk)).order_by(Person.file_number)
            ):
                flags = [f for f in p.vulnerabilities if self.sensitive or f not in SENSITIVE_FLAGS]
                yield {
                    "file_number": p.file_number, "last_name": p.last_name,
                    "first_name": p.first_name, "last_name_ar": p.last_name_ar,
                    "first_name_ar": p.first_name_ar, "sex": p.sex,
                    "date_of_birth": p.date_of_birth, "nationality": p.nationality,
                    "legal_status": p.legal_status, "phone": p.phone_e164, "email": p.email,
                    "city": cities.get(p.city_id or "", ""), "address": p.address,
                    "registered_on": firsts.get(p.id), "track": p.track,
                    "vulnerabilities": ", ".join(flags), "skills": p.skills,
                    "experience": p.experience,
                }  # fmt: skip

    def _identity_document(self) -> Iterator[dict[str, Any]]:
        for d in self._of(
            IdentityDocument, IdentityDocument.person_id, IdentityDocument.created_at
        ):
            number = d.number if self.sensitive else mask_number(d.number)
            yield {"file_number": self.numbers[d.person_id], "doc_type": d.doc_type,
                   "number": number, "issued_on": d.issued_on, "expires_on": d.expires_on}  # fmt: skip

    def _consent(self) -> Iterator[dict[str, Any]]:
        for c in self._of(Consent, Consent.person_id, Consent.given_on):
            yield {"file_number": self.numbers[c.person_id], "given_on": c.given_on,
                   "purposes": tuple(c.purposes), "expires_on": c.expires_on,
                   "withdrawn_on": c.withdrawn_on}  # fmt: skip

    def _pathway_stage(self) -> Iterator[dict[str, Any]]:
        for s in self._of(PathwayStage, PathwayStage.person_id, PathwayStage.started_on):
            data = s.data or {}
            services = data.get("recommended_services")
            yield {"file_number": self.numbers[s.person_id], "stage": s.stage, "status": s.status,
                   "started_on": s.started_on, "ended_on": s.ended_on, "reason": s.reason,
                   "career_goal": data.get("career_goal") or "",
                   "recommended_services": tuple(services) if isinstance(services, list) else (),
                   "attendance_pct": data.get("attendance_pct")}  # fmt: skip

    def _cohort_rows(self) -> tuple[dict[str, Cohort], list[tuple[Enrolment, list[Any]]]]:
        cohorts: dict[str, Cohort] = {}
        enrolments: list[tuple[Enrolment, list[Any]]] = []
        for e in self._of(Enrolment, Enrolment.cohort_id, Enrolment.person_id):
            cohort = self.session.get(Cohort, e.cohort_id)
            if cohort is None or cohort.deleted_at is not None:
                continue
            cohorts[cohort.id] = cohort
            marks = list(self.session.execute(
                select(CohortSession.on, Attendance.mark)
                .join(CohortSession, CohortSession.id == Attendance.session_id)
                .where(Attendance.person_id == e.person_id, CohortSession.cohort_id == cohort.id,
                       Attendance.deleted_at.is_(None))
                .order_by(CohortSession.on)
            ))  # fmt: skip
            enrolments.append((e, marks))
        return cohorts, enrolments

    def _cohort(self) -> Iterator[dict[str, Any]]:
        cohorts, _enrolments = self._cohort_rows()
        for c in sorted(cohorts.values(), key=lambda c: (c.starts_on, c.title)):
            yield {"cohort_code": c.id[-12:].upper(), "title": c.title, "trainer": c.trainer,
                   "place": c.place, "capacity": c.capacity, "starts_on": c.starts_on,
                   "ends_on": c.ends_on}  # fmt: skip

    def _attendance(self) -> Iterator[dict[str, Any]]:
        _cohorts, enrolments = self._cohort_rows()
        for e, marks in enrolments:
            common = {"cohort_code": e.cohort_id[-12:].upper(),
                      "file_number": self.numbers[e.person_id], "enrolled_on": e.enrolled_on}  # fmt: skip
            yield common
            for on, mark in marks:
                yield {**common, "session_on": on, "mark": mark}

    def _internship(self) -> Iterator[dict[str, Any]]:
        for i in self._of(Internship, Internship.person_id, Internship.starts_on):
            host = self.session.get(HostOrganisation, i.host_id)
            yield {"file_number": self.numbers[i.person_id], "host": host.name if host else "",
                   "kind": i.kind, "starts_on": i.starts_on, "ends_on": i.ends_on,
                   "stipend_centimes": i.stipend_centimes, "tutor": i.tutor,
                   "agreement_status": i.agreement_status,
                   "final_evaluation": i.final_evaluation or ("✓" if i.final_scores else ""),
                   "hired": i.hired, "contract_kind": i.contract_kind}  # fmt: skip

    def _ae_registration(self) -> Iterator[dict[str, Any]]:
        for a in self._of(AeRegistration, AeRegistration.person_id):
            yield {"file_number": self.numbers[a.person_id],
                   "registration_number": a.registration_number,
                   "registered_on": a.registered_on, "activity": a.activity,
                   "category": a.category}  # fmt: skip

    def _business_plan(self) -> Iterator[dict[str, Any]]:
        for b in self._of(BusinessPlan, BusinessPlan.person_id):
            yield {"file_number": self.numbers[b.person_id], "activity": b.activity,
                   "category": b.category, "summary": str((b.sections or {}).get("summary") or ""),
                   "startup_centimes": sum(int(x.get("centimes") or 0) for x in b.startup_costs),
                   "funding_centimes": sum(int(x.get("centimes") or 0) for x in b.funding),
                   "revenue_centimes": sum(int(x) for x in b.revenue)}  # fmt: skip

    def _grant_application(self) -> Iterator[dict[str, Any]]:
        for g in self._of(
            GrantApplication, GrantApplication.person_id, GrantApplication.created_at
        ):
            envelope = self.session.get(BudgetEnvelope, g.envelope_id)
            yield {"application_number": g.id[-12:].upper(),
                   "file_number": self.numbers[g.person_id],
                   "envelope": envelope.name if envelope else "",
                   "envelope_budget": envelope.budget_centimes if envelope else None,
                   "requested_centimes": g.requested_centimes, "decision": g.decision,
                   "decided_on": g.decided_on,
                   "approved_centimes": g.approved_centimes if g.decision == "approved" else None}  # fmt: skip

    def _disbursement(self) -> Iterator[dict[str, Any]]:
        for g in self._of(
            GrantApplication, GrantApplication.person_id, GrantApplication.created_at
        ):
            for d in self.session.scalars(
                select(Disbursement)
                .where(Disbursement.application_id == g.id, Disbursement.deleted_at.is_(None))
                .order_by(Disbursement.paid_on)
            ):
                yield {"application_number": g.id[-12:].upper(),
                       "amount_centimes": d.amount_centimes, "mode": d.mode,
                       "paid_on": d.paid_on, "confirmed_on": d.confirmed_on,
                       "receipt": d.receipt}  # fmt: skip

    def _referral(self) -> Iterator[dict[str, Any]]:
        for r in self._of(Referral, Referral.person_id, Referral.sent_on):
            partner = self.session.get(Partner, r.partner_id)
            yield {"file_number": self.numbers[r.person_id], "code": r.code,
                   "partner": partner.name if partner else "",
                   "partner_kind": partner.kind if partner else "", "service": r.service,
                   "sent_on": r.sent_on, "state": r.state}  # fmt: skip

    def _follow_up_visit(self) -> Iterator[dict[str, Any]]:
        for v in self._of(FollowUpVisit, FollowUpVisit.person_id, FollowUpVisit.due_on):
            yield {"file_number": self.numbers[v.person_id], "due_on": v.due_on,
                   "done_on": v.done_on, "business_status": v.business_status,
                   "monthly_revenue_centimes": v.monthly_revenue_centimes,
                   "jobs_created": v.jobs_created}  # fmt: skip

    def _outcome(self) -> Iterator[dict[str, Any]]:
        for o in self._of(Outcome, Outcome.person_id, Outcome.on):
            yield {"file_number": self.numbers[o.person_id], "kind": o.kind, "on": o.on,
                   "detail": o.detail}  # fmt: skip
