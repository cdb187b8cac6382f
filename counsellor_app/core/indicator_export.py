"""An indicator report as a donor receives it: JSON, CSV or a workbook, small counts suppressed.

A count below the threshold (default 5, never zero) is not published, so nobody can be picked
out of a disaggregation; totals follow the same rule, and more counts are hidden where the
others would give a hidden one back by subtraction (core/suppression.py). Every hidden count
shows the same mark, ``x``; a grouping withheld whole says so. A programme's report carries its
targets and how far along each is (not for a hidden total: the target and the percentage would
give it back).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from typing import Any

from counsellor_app.core.indicators import (
    DEFAULT_SUPPRESSION,
    DEFINITIONS,
    POPULATION_GROUPS,
    Population,
    Report,
)
from counsellor_app.core.suppression import protect

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """Spreadsheets run a cell that starts like a formula: such text is quoted."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def population_text(
    population: Population,
    names: Mapping[str, str] | None = None,
    pattern: str = "{dimension}: {values}",
) -> str:
    """Who was counted, for the reader ("Legal status: Refugee, Asylum seeker; Sex: Female"),
    empty when everyone was; ``names`` gives the dimensions' and values' shown names and
    ``pattern`` each group's wording (French puts a space before the colon)."""
    shown = names or {}
    dimensions = dict(POPULATION_GROUPS)
    return "; ".join(
        pattern.format(
            dimension=shown.get(dimensions[group], dimensions[group]),
            values=", ".join(shown.get(v, v) for v in sorted(values)),
        )
        for group, values in population.chosen().items()
    )


HIDDEN = "x"  # the one mark of every count not published (small, or protecting a small one)
WITHHELD = "withheld"  # a grouping not published for an indicator


def progress(reached: int | None, target: int | None) -> int | None:
    """Per cent of the target reached (may pass 100); None without a target or a count."""
    return None if reached is None or not target else reached * 100 // target


def as_data(report: Report, threshold: int = DEFAULT_SUPPRESSION) -> dict[str, Any]:
    """The report as plain values: one entry per indicator with its definition, total,
    target and progress, and disaggregations (``None`` where hidden; a grouping withheld whole
    is listed under ``withheld``), and the money in centimes. Every table goes through the
    complementary suppression, so no hidden count can be worked out from the others."""
    indicators = []
    for milestone, result in report.results.items():
        by = {
            dimension.value: {value: count for value, count in counts.items() if count}
            for dimension, counts in result.by.items()
        }
        kept = protect(result.total, by, threshold)
        total = None if kept.total_hidden else result.total
        target = report.targets.get(milestone) or None
        indicators.append(
            {
                "key": milestone.value,
                "definition": DEFINITIONS[milestone],
                "total": total,
                "target": target,
                "progress_percent": progress(total, target),
                "by": {
                    dimension: {
                        value: count if kept.shows(dimension, value) else None
                        for value, count in sorted(counts.items())
                    }
                    for dimension, counts in by.items()
                    if dimension not in kept.withheld
                },
                "withheld": sorted(kept.withheld),
            }
        )
    money = report.money
    return {
        "period": {"start": report.period.start.isoformat(), "end": report.period.end.isoformat()},
        "programme": report.programme or None,
        "population": report.population.to_json(),  # who was counted ({}: everyone)
        "suppression_threshold": threshold,
        "hidden_mark": HIDDEN,
        "indicators": indicators,
        "money_centimes": {
            "committed": money.committed,
            "disbursed": money.disbursed,
            "budget": money.budget,
        },
    }


def dimensions_of(data: Mapping[str, Any]) -> list[str]:
    """Every grouping some indicator publishes or withholds, in the report's order."""
    found: dict[str, None] = {}
    for indicator in data["indicators"]:
        found.update(dict.fromkeys(indicator["by"]))
        found.update(dict.fromkeys(indicator["withheld"]))
    return list(found)


def to_json(report: Report, threshold: int = DEFAULT_SUPPRESSION) -> str:
    return json.dumps(as_data(report, threshold), ensure_ascii=False, indent=2) + "\n"


def to_csv(report: Report, threshold: int = DEFAULT_SUPPRESSION) -> str:
    """One line per count: indicator, dimension (``total`` for the whole; ``target`` and
    ``progress_percent`` for a programme's), value, people (``x`` where hidden)."""
    data = as_data(report, threshold)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["indicator", "dimension", "value", "people"])

    def shown(count: int | None) -> str:
        return HIDDEN if count is None else str(count)

    for indicator in data["indicators"]:
        writer.writerow([indicator["key"], "total", "", shown(indicator["total"])])
        if indicator["target"] is not None:
            writer.writerow([indicator["key"], "target", "", indicator["target"]])
            writer.writerow(
                [indicator["key"], "progress_percent", "", shown(indicator["progress_percent"])]
            )
        for dimension, counts in indicator["by"].items():
            for value, count in counts.items():
                writer.writerow([indicator["key"], dimension, safe_cell(value), shown(count)])
        for dimension in indicator["withheld"]:
            writer.writerow([indicator["key"], dimension, "", WITHHELD])
    for name, amount in data["money_centimes"].items():
        writer.writerow([f"money_{name}_mad", "total", "", f"{amount // 100}.{amount % 100:02d}"])
    return out.getvalue()


def to_xlsx(
    report: Report,
    threshold: int = DEFAULT_SUPPRESSION,
    names: Mapping[str, str] | None = None,
    headings: Mapping[str, str] | None = None,
) -> bytes:
    """A workbook for donors: the indicators with their totals, one sheet per disaggregation
    (indicators down, groups across), the definitions, and how it was counted. ``names`` gives
    each indicator and dimension key its displayed name, ``headings`` the sheets' words (the
    app passes them translated; English otherwise)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    data = as_data(report, threshold)
    words = {
        "indicators": "Indicators", "indicator": "Indicator", "people": "People",
        "definitions": "Definitions", "definition": "Definition", "method": "Method",
        "period": "Period", "threshold": "Counts hidden below", "hidden": "hidden",
        "money": "Microgrant money (MAD)", "committed": "approved", "disbursed": "paid",
        "budget": "budget", "unknown": "not recorded", "counted": "People counted",
        "target": "Target", "progress": "Progress (%)", "programme": "Programme",
        "withheld": "not published", "mark": "Hidden counts are shown as",
        **(headings or {}),
    }  # fmt: skip

    def named(key: str) -> str:
        return safe_cell((names or {}).get(key, key))

    def shown(count: int | None) -> int | str:
        return HIDDEN if count is None else count

    bold = Font(bold=True)
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = words["indicators"][:31]
    targeted = any(i["target"] is not None for i in data["indicators"])
    extra = [words["target"], words["progress"]] if targeted else []
    summary.append([words["indicator"], words["people"], *extra])
    for indicator in data["indicators"]:
        aims = (
            [indicator["target"] or "", shown(indicator["progress_percent"])]
            if indicator["target"] is not None
            else ["", ""]
        )
        summary.append([named(indicator["key"]), shown(indicator["total"]), *aims[: len(extra)]])
    summary.append([])
    summary.append([words["money"]])
    for key in ("committed", "disbursed", "budget"):
        centimes = data["money_centimes"][key]
        summary.append([words[key], f"{centimes // 100}.{centimes % 100:02d}"])
    for dimension in dimensions_of(data):
        sheet = book.create_sheet(named(dimension)[:31])
        groups = sorted({g for i in data["indicators"] for g in i["by"].get(dimension, {})})
        sheet.append([words["indicator"], *(named(g) if g else words["unknown"] for g in groups)])
        for indicator in data["indicators"]:
            if dimension in indicator["withheld"]:
                sheet.append([named(indicator["key"]), words["withheld"]])
                continue
            counts = indicator["by"].get(dimension, {})
            sheet.append(
                [named(indicator["key"]), *(shown(counts[g]) if g in counts else 0 for g in groups)]
            )
    definitions = book.create_sheet(words["definitions"][:31])
    definitions.append([words["indicator"], words["definition"]])
    for indicator in data["indicators"]:
        described = (headings or {}).get(f"definition:{indicator['key']}", indicator["definition"])
        definitions.append([named(indicator["key"]), safe_cell(described)])
    method = book.create_sheet(words["method"][:31])
    method.append([words["period"], data["period"]["start"], data["period"]["end"]])
    method.append([words["threshold"], threshold])
    method.append([words["mark"], HIDDEN])
    if data["programme"]:
        method.append([words["programme"], safe_cell(data["programme"])])
    if counted := population_text(
        report.population, names, words.get("pair", "{dimension}: {values}")
    ):
        method.append([words["counted"], safe_cell(counted)])
    for sheet in book.worksheets:
        for cell in sheet[1]:
            cell.font = bold
        sheet.freeze_panes = "B2"
        for column in range(1, sheet.max_column + 1):
            width = max(len(str(c.value or "")) for c in sheet[get_column_letter(column)])
            sheet.column_dimensions[get_column_letter(column)].width = min(max(10, width + 2), 70)
        for row in sheet.iter_rows(min_row=2):
            for cell in row[1:]:
                if isinstance(cell.value, int):
                    cell.alignment = Alignment(horizontal="right")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
