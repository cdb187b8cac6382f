"""The national indicators as the console shows and exports them: who may see what, the
tables with their small cells protected, targets with progress, charts, and the exports.

Counting is ``server.indicator_facts`` (the PCs' definitions). Here: the tables. Every
indicator is one table, its total and one grouping per disaggregation, protected as a whole
by ``core.suppression.protect`` (complementary suppression), so what the page shows and every
export holds are the same published cells. Regions are sums of agencies, a relation
``protect`` does not know: the region grouping is published only where no agency count is
hidden (then it tells nothing the agency counts do not), and withheld otherwise.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.core.indicators import DEFAULT_SUPPRESSION, Milestone, Period, Population
from counsellor_app.core.suppression import protect
from counsellor_app.server.console.models import AgencyProfile
from counsellor_app.server.indicator_facts import Counts, Scope
from counsellor_app.server.models import Agency, Record

HIDDEN = "*"  # every hidden count is marked the same way (core.suppression)
WITHHELD = "withheld"
REGION = "region"
# The groupings of each table, in the order shown (the region grouping from the agencies).
GROUPINGS = ("sex", "age_band", "nationality", "legal_status", REGION, "agency", "city", "track")
YEARS = range(2020, 2036)
PARTS = ("", "q1", "q2", "q3", "q4", *(f"m{m:02d}" for m in range(1, 13)))


def period_of(year: int, part: str) -> Period:
    """A whole year, quarter or month (the console counts whole months)."""
    if part.startswith("q"):
        first = (int(part[1]) - 1) * 3 + 1
        start, end_month = date(year, first, 1), first + 2
    elif part.startswith("m"):
        start, end_month = date(year, int(part[1:]), 1), int(part[1:])
    else:
        return Period(date(year, 1, 1), date(year, 12, 31))
    following = date(year + end_month // 12, end_month % 12 + 1, 1)
    return Period(start, date.fromordinal(following.toordinal() - 1))


@dataclass(frozen=True)
class Cell:
    group: str
    people: int | None  # None: hidden


@dataclass(frozen=True)
class Grouping:
    dimension: str
    cells: tuple[Cell, ...]
    withheld: bool = False


@dataclass(frozen=True)
class Table:
    """One indicator, as published."""

    milestone: Milestone
    total: int | None
    groupings: tuple[Grouping, ...]
    target: int | None = None

    @property
    def progress(self) -> int | None:
        """Percent of the target reached (None: no target, or the count is hidden)."""
        if not self.target or self.total is None:
            return None
        return round(100 * self.total / self.target)


@dataclass
class Published:
    period: Period
    scope_label: str
    programme_name: str
    tables: list[Table] = field(default_factory=list)


def regions(session: Session) -> dict[str, str]:
    """Each agency's region by its code ("" when its profile names none)."""
    rows = session.execute(
        select(Agency.code, AgencyProfile.region).outerjoin(
            AgencyProfile, AgencyProfile.agency_id == Agency.id
        )
    )
    return {code: region or "" for code, region in rows}


def programme_scope(programme: Record | None, agency_ids: frozenset[str] | None) -> Scope:
    if programme is None:
        return Scope(agency_ids)
    return Scope(agency_ids, programme.id, Population.from_json(programme.fields.get("population")))


def targets_of(programme: Record | None) -> dict[Milestone, int]:
    if programme is None:
        return {}
    known = {m.value for m in Milestone}
    return {
        Milestone(k): v
        for k, v in (programme.fields.get("targets") or {}).items()
        if k in known and isinstance(v, int)
    }


def publish(
    counts: Counts,
    region_of: Mapping[str, str],
    targets: Mapping[Milestone, int],
    threshold: int = DEFAULT_SUPPRESSION,
) -> list[Table]:
    """Every indicator's table with its small cells protected (see the module's docstring)."""
    tables = []
    for milestone in Milestone:
        by = {name: dict(counts.by[milestone].get(name, {})) for name in GROUPINGS}
        regional: dict[str, int] = {}
        for code, people in by["agency"].items():
            name = region_of.get(code, "")
            regional[name] = regional.get(name, 0) + people
        by[REGION] = regional
        total = counts.totals[milestone]
        guarded = protect(total, {d: by[d] for d in GROUPINGS if d != REGION}, threshold)
        agencies_hidden = "agency" in guarded.withheld or any(
            d == "agency" for d, _g in guarded.hidden
        )
        groupings = []
        for name in GROUPINGS:
            withheld = (
                agencies_hidden or guarded.total_hidden
                if name == REGION
                else name in guarded.withheld
            )
            cells = tuple(
                Cell(group, None if (name, group) in guarded.hidden else people)
                for group, people in sorted(by[name].items())
            )
            groupings.append(Grouping(name, () if withheld else cells, withheld))
        tables.append(
            Table(
                milestone,
                None if guarded.total_hidden else total,
                tuple(groupings),
                targets.get(milestone),
            )
        )
    return tables


def hidden_agencies(national: Sequence[Table]) -> dict[Milestone, frozenset[str] | None]:
    """Per indicator, the agencies whose count the national table hides (None: the whole
    agency grouping is withheld there)."""
    hidden: dict[Milestone, frozenset[str] | None] = {}
    for table in national:
        grouping = next((g for g in table.groupings if g.dimension == "agency"), None)
        if grouping is None or grouping.withheld:
            hidden[table.milestone] = None
        else:
            hidden[table.milestone] = frozenset(c.group for c in grouping.cells if c.people is None)
    return hidden


def consistent_with_national(
    tables: Sequence[Table], codes: frozenset[str], national: Sequence[Table]
) -> list[Table]:
    """An agency's or a region's tables, withheld for each indicator where the national table
    hides one of its agencies: whoever sees both could otherwise take the national total less
    the other agencies' and regions' totals and find the small count the national table hid."""
    hidden = hidden_agencies(national)
    out = []
    for table in tables:
        small = hidden.get(table.milestone, frozenset())
        withheld = small is None or bool(codes & small)
        out.append(
            Table(
                table.milestone,
                None,
                tuple(Grouping(g.dimension, (), True) for g in table.groupings),
                table.target,
            )
            if withheld
            else table
        )
    return out


# -- exports ----------------------------------------------------------------------------------


def rows(published: Published, t: Any) -> list[list[str]]:
    """The exports' rows (CSV and XLSX alike): a header, then per indicator its total and
    every published cell; a hidden count is ``*``, a withheld grouping one row saying so."""
    out = [[t("ind_indicator"), t("ind_code"), t("ind_dimension"), t("ind_group"),
            t("ind_people"), t("ind_target"), t("ind_progress")]]  # fmt: skip
    for table in published.tables:
        label = t(f"ms_{table.milestone.value}")
        out.append([
            label, table.milestone.value, "total", "", _shown(table.total),
            "" if table.target is None else str(table.target),
            "" if table.progress is None else f"{table.progress}%",
        ])  # fmt: skip
        for grouping in table.groupings:
            if grouping.withheld:
                out.append([label, table.milestone.value, grouping.dimension, "", WITHHELD, "", ""])
                continue
            for cell in grouping.cells:
                out.append([label, table.milestone.value, grouping.dimension, cell.group,
                            _shown(cell.people), "", ""])  # fmt: skip
    return out


def _shown(people: int | None) -> str:
    return HIDDEN if people is None else str(people)


def to_csv(published: Published, t: Any) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([t("indicators"), published.period.start.isoformat(),
                     published.period.end.isoformat(), published.scope_label,
                     published.programme_name])  # fmt: skip
    writer.writerows(rows(published, t))
    return buffer.getvalue().encode("utf-8-sig")  # a spreadsheet opens it with its accents


def to_xlsx(published: Published, t: Any, rtl: bool) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "indicators"
    sheet.sheet_view.rightToLeft = rtl
    sheet.append([t("indicators"), published.period.start.isoformat(),
                  published.period.end.isoformat(), published.scope_label,
                  published.programme_name])  # fmt: skip
    for row in rows(published, t):
        sheet.append([int(v) if v.isdigit() else v for v in row])
    for column, width in zip("ABCDEFG", (44, 24, 14, 22, 10, 10, 10), strict=True):
        sheet.column_dimensions[column].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# -- charts -----------------------------------------------------------------------------------


def bar_chart(bars: Sequence[tuple[str, int | None, int | None]], rtl: bool, hidden: str) -> str:
    """An SVG of horizontal bars (label, people, target), drawn on the server: no script and
    nothing fetched. A hidden count draws no bar; a target is a tick. Right to left in Arabic:
    labels on the right and bars growing leftwards (positions are absolute, so the drawing
    itself stays left to right: each label's own letters still read right to left)."""
    width, label_w, row_h = 640, 250, 26
    scale_w = width - label_w - 60
    top = max([p or 0 for _l, p, _t in bars] + [t or 0 for _l, _p, t in bars] + [1])
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" direction="ltr" '
        f'viewBox="0 0 {width} {row_h * len(bars) + 8}" width="100%">'
    ]
    for index, (label, people, target) in enumerate(bars):
        y = index * row_h + 4
        length = 0 if people is None else round(scale_w * people / top)
        text = hidden if people is None else str(people)
        if rtl:
            label_x, anchor, bar_x = width - 4, "end", width - label_w - length
            value_x, value_anchor = width - label_w - length - 4, "end"
        else:
            label_x, anchor, bar_x = 4, "start", label_w
            value_x, value_anchor = label_w + length + 4, "start"
        parts.append(
            f'<text x="{label_x}" y="{y + 16}" text-anchor="{anchor}">{escape(label)}</text>'
            f'<rect x="{bar_x}" y="{y + 3}" width="{length}" height="{row_h - 8}" class="bar"/>'
            f'<text x="{value_x}" y="{y + 16}" text-anchor="{value_anchor}">{text}</text>'
        )
        if target:
            offset = round(scale_w * target / top)
            tick = width - label_w - offset if rtl else label_w + offset
            parts.append(
                f'<line x1="{tick}" x2="{tick}" y1="{y}" y2="{y + row_h - 2}" class="target"/>'
            )
    parts.append("</svg>")
    return "".join(parts)
