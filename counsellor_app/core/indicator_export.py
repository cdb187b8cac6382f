"""An indicator report as a donor receives it: JSON or CSV, small counts suppressed.

A count below the threshold (default 5, never zero) is published as suppressed, so nobody can
be picked out of a disaggregation; totals are suppressed by the same rule.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from counsellor_app.core.indicators import DEFAULT_SUPPRESSION, DEFINITIONS, Report, suppressed

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """Spreadsheets run a cell that starts like a formula: such text is quoted."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def as_data(report: Report, threshold: int = DEFAULT_SUPPRESSION) -> dict[str, Any]:
    """The report as plain values: one entry per indicator with its definition, total and
    disaggregations (``None`` where suppressed), and the money in centimes."""
    indicators = []
    for milestone, result in report.results.items():
        indicators.append(
            {
                "key": milestone.value,
                "definition": DEFINITIONS[milestone],
                "total": suppressed(result.total, threshold),
                "by": {
                    dimension.value: {
                        value: suppressed(count, threshold)
                        for value, count in sorted(counts.items())
                    }
                    for dimension, counts in result.by.items()
                },
            }
        )
    money = report.money
    return {
        "period": {"start": report.period.start.isoformat(), "end": report.period.end.isoformat()},
        "suppression_threshold": threshold,
        "indicators": indicators,
        "money_centimes": {
            "committed": money.committed,
            "disbursed": money.disbursed,
            "budget": money.budget,
        },
    }


def to_json(report: Report, threshold: int = DEFAULT_SUPPRESSION) -> str:
    return json.dumps(as_data(report, threshold), ensure_ascii=False, indent=2) + "\n"


def to_csv(report: Report, threshold: int = DEFAULT_SUPPRESSION) -> str:
    """One line per count: indicator, dimension (``total`` for the whole), value, people."""
    data = as_data(report, threshold)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["indicator", "dimension", "value", "people"])

    def shown(count: int | None) -> str:
        return f"<{threshold}" if count is None else str(count)

    for indicator in data["indicators"]:
        writer.writerow([indicator["key"], "total", "", shown(indicator["total"])])
        for dimension, counts in indicator["by"].items():
            for value, count in counts.items():
                writer.writerow([indicator["key"], dimension, safe_cell(value), shown(count)])
    for name, amount in data["money_centimes"].items():
        writer.writerow([f"money_{name}_mad", "total", "", f"{amount // 100}.{amount % 100:02d}"])
    return out.getvalue()
