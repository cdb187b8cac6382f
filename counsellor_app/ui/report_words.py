"""The words of an indicator export in the reader's language, for the dashboard's exports and
the command line's (``report --lang``): indicator, grouping and value names (never a raw key
such as ``asylum_seeker``), the workbook's headings and the PDF's sentences.

Plain functions over ``QCoreApplication.translate`` (context ``IndicatorsView``, the
dashboard's, so both share one catalogue), usable without any window.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator

from counsellor_app.core.indicators import POPULATION_GROUPS, Dimension, Milestone, Report
from counsellor_app.core.languages import locale_of
from counsellor_app.ui import labels
from counsellor_app.ui.i18n import isolate, translations_dir

CONTEXT = "IndicatorsView"  # the dashboard's context: one catalogue for both


def install_catalogue(app: QCoreApplication, language: str) -> bool:
    """Our catalogue for ``language`` on an application without windows (the command line);
    False when it is not found (English is then shown)."""
    QLocale.setDefault(QLocale(locale_of(language)))
    if language == "en":
        return True
    translator = QTranslator(app)
    if not translator.load(f"counsellor_{language}", str(translations_dir())):
        return False
    app.installTranslator(translator)
    return True


def milestone_label(milestone: Milestone) -> str:
    return labels.label(labels.INDICATORS, milestone.value)


def definitions() -> dict[str, str]:
    """Each indicator's definition in the user's language, keyed as the exports expect."""
    from counsellor_app.ui.indicators_view import DEFINITION_TEXTS

    return {
        f"definition:{m.value}": QCoreApplication.translate("Indicators", str(DEFINITION_TEXTS[m]))
        for m in Milestone
    }


def value_label(
    dimension: Dimension, value: str, language: str, city_names: Mapping[str, str]
) -> str:
    if not value:
        return QCoreApplication.translate("IndicatorsView", "Not recorded")
    if dimension is Dimension.SEX:
        return labels.label(labels.SEX, value)
    if dimension is Dimension.NATIONALITY:
        return labels.country_name(value, language)
    if dimension is Dimension.LEGAL_STATUS:
        return labels.label(labels.LEGAL_STATUS, value)
    if dimension is Dimension.TRACK:
        return labels.label(labels.TRACK, value)
    if dimension is Dimension.CITY:
        return city_names.get(value, value)
    return value


def export_names(
    report: Report | None, language: str, city_names: Mapping[str, str]
) -> dict[str, str]:
    """Indicators, dimensions and groups as the reader of the export names them."""
    from counsellor_app.ui.indicators_view import DIMENSIONS

    names = {m.value: milestone_label(m) for m in Milestone}
    names.update({d.value: labels.label(DIMENSIONS, d) for d in Dimension})
    if report is not None:
        for result in report.results.values():
            for dimension, counts in result.by.items():
                for value in counts:
                    if value and dimension is not Dimension.AGE_BAND:
                        names.setdefault(value, value_label(dimension, value, language, city_names))
        dimensions = dict(POPULATION_GROUPS)
        for group, values in report.population.chosen().items():
            for value in values:
                names.setdefault(value, value_label(dimensions[group], value, language, city_names))
    return names


def pair() -> str:
    """A programme's group of people as read: "Sex: Female" (the colon as the language
    writes it)."""
    return (
        QCoreApplication.translate("IndicatorsView", "%1: %2", "a group and its values")
        .replace("%1", "{dimension}")
        .replace("%2", "{values}")
    )


def report_words(report: Report | None) -> dict[str, str]:
    """The PDF's own words (documents/indicator_report.WORDS' keys)."""
    start = labels.format_date(report.period.start) if report else ""
    end = labels.format_date(report.period.end) if report else ""
    words = {
        "title": QCoreApplication.translate("IndicatorsView", "Programme indicators"),
        "indicator": QCoreApplication.translate("IndicatorsView", "Indicator"),
        "people": QCoreApplication.translate("IndicatorsView", "People"),
        "money": QCoreApplication.translate("IndicatorsView", "Microgrant money (MAD)"),
        "committed": QCoreApplication.translate("IndicatorsView", "approved"),
        "disbursed": QCoreApplication.translate("IndicatorsView", "paid"),
        "budget": QCoreApplication.translate("IndicatorsView", "budget"),
        "definitions": QCoreApplication.translate("IndicatorsView", "Definitions"),
        "unknown": QCoreApplication.translate("IndicatorsView", "Not recorded"),
        "target": QCoreApplication.translate("IndicatorsView", "Target"),
        "progress": QCoreApplication.translate("IndicatorsView", "Progress"),
        "withheld": QCoreApplication.translate("IndicatorsView", "not published"),
        "period": QCoreApplication.translate("IndicatorsView", "From %1 to %2")
        .replace("%1", start)
        .replace("%2", end),
        "by": QCoreApplication.translate("IndicatorsView", "By %1").replace("%1", "{dimension}"),
        "method": QCoreApplication.translate(
            "IndicatorsView",
            "Each person is counted once per indicator and period, and may be in several. "
            "Counts from 1 to %1, and the counts that would let them be worked out, are shown "
            "as “x” so that nobody can be recognised.",
        ).replace("%1", "{below}"),
        "page": QCoreApplication.translate("IndicatorsView", "Page %1").replace("%1", "{page}"),
        "counted": QCoreApplication.translate("IndicatorsView", "People counted: %1").replace(
            "%1", "{who}"
        ),
        "programme": QCoreApplication.translate("IndicatorsView", "Programme: %1").replace(
            "%1", "{name}"
        ),
        "pair": pair(),
    }
    return {**words, **definitions()}


def headings() -> dict[str, str]:
    """The workbook's words (core/indicator_export.to_xlsx's keys)."""
    words = {
        "indicators": QCoreApplication.translate("IndicatorsView", "Indicators"),
        "indicator": QCoreApplication.translate("IndicatorsView", "Indicator"),
        "people": QCoreApplication.translate("IndicatorsView", "People"),
        "definitions": QCoreApplication.translate("IndicatorsView", "Definitions"),
        "definition": QCoreApplication.translate("IndicatorsView", "Definition"),
        "method": QCoreApplication.translate("IndicatorsView", "Method"),
        "period": QCoreApplication.translate("IndicatorsView", "Period"),
        "threshold": QCoreApplication.translate("IndicatorsView", "Counts hidden below"),
        "money": QCoreApplication.translate("IndicatorsView", "Microgrant money (MAD)"),
        "committed": QCoreApplication.translate("IndicatorsView", "approved"),
        "disbursed": QCoreApplication.translate("IndicatorsView", "paid"),
        "budget": QCoreApplication.translate("IndicatorsView", "budget"),
        "unknown": QCoreApplication.translate("IndicatorsView", "Not recorded"),
        "counted": QCoreApplication.translate("IndicatorsView", "People counted"),
        "target": QCoreApplication.translate("IndicatorsView", "Target"),
        "progress": QCoreApplication.translate("IndicatorsView", "Progress (%)"),
        "programme": QCoreApplication.translate("IndicatorsView", "Programme"),
        "withheld": QCoreApplication.translate("IndicatorsView", "not published"),
        "mark": QCoreApplication.translate("IndicatorsView", "Hidden counts are shown as"),
        "pair": pair(),
    }
    return {**words, **definitions()}


# The command line's report messages, in the language asked for with ``--lang``.
CLI_MESSAGES: Mapping[str, object] = {  # QT_TRANSLATE_NOOP is typed as object
    "need_period": QT_TRANSLATE_NOOP("CommandLine", "give --period, --programme, or both"),
    "bad_period": QT_TRANSLATE_NOOP(
        "CommandLine", "not a period: %1 (e.g. 2026, 2026-03, 2026-01-01..2026-06-30)"
    ),
    "no_programme": QT_TRANSLATE_NOOP("CommandLine", "no programme named %1 (known: %2)"),
    "none_yet": QT_TRANSLATE_NOOP("CommandLine", "none yet"),
    "not_allowed": QT_TRANSLATE_NOOP(
        "CommandLine", "%1 may not see reports (supervisors and administrators may)"
    ),
    "needs_output": QT_TRANSLATE_NOOP("CommandLine", "a %1 file needs --output FILE.%1"),
    "cannot_write": QT_TRANSLATE_NOOP("CommandLine", "cannot write %1: %2"),
    "written": QT_TRANSLATE_NOOP("CommandLine", "report for %1..%2 written to %3"),
}


def cli_text(key: str, language: str, *values: str) -> str:
    """A command-line message in the installed language, ``%1``… replaced by ``values``
    (in Arabic wrapped in isolates: a Latin name or path keeps its direction)."""
    text = QCoreApplication.translate("CommandLine", str(CLI_MESSAGES[key]))
    for number, value in reversed(list(enumerate(values, start=1))):
        text = text.replace(f"%{number}", isolate(value) if language == "ar" else value)
    return text
