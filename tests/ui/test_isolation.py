"""Names inside Arabic sentences keep their own direction; languages and isolates declared once.

The scan reads the ui/ sources as Python (AST): every `.replace("%N", x)` or `.arg(x)` on a
translated string must pass a name-like value (a name, label, title, path, folder, URL,
serial, code…) through `isolate()` or `ltr()`. A bare name in an Arabic sentence reads in the
wrong order ("(3) Dupont"), and a path or a serial can swap its parts around.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from pytestqt.qtbot import QtBot

import counsellor_app
from counsellor_app.core.languages import FSI, LRI, PDI, isolate, ltr
from counsellor_app.ui.account_dialogs import ResetPasswordDialog
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.i18n import Translations

PACKAGE = Path(counsellor_app.__file__).parent
PLACEHOLDER = re.compile(r"^%\d$")
# Values already in the reader's language or already isolated.
SAFE_CALLS = {
    "isolate",
    "ltr",
    "format_mad",
    "format_date",
    "format_time_range",
    "label",
    "language_name",
    "field_name",
    "milestone_label",
    "fault_text",
    "backup_reason_text",
    "tr",
    "translate",
}
NAME_LIKE = re.compile(
    r"(^|_)(name|label|title|path|folder|root|target|guide|written|url|serial|code|host|"
    r"program|file_number|header|shown|who|holder)$"
)


def _called(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _identifiers(value: ast.expr) -> list[str]:
    found = []
    for node in ast.walk(value):
        if isinstance(node, ast.Name):
            found.append(node.id)
        elif isinstance(node, ast.Attribute):
            found.append(node.attr)
    return found


def _wrapped(value: ast.expr) -> bool:
    if isinstance(value, ast.Constant):
        return True
    if isinstance(value, ast.IfExp):
        return _wrapped(value.body) and _wrapped(value.orelse)
    if isinstance(value, ast.Call) and _called(value.func) in SAFE_CALLS:
        return True
    return not any(NAME_LIKE.search(name) for name in _identifiers(value))


def bare_interpolations(source: str, filename: str) -> list[str]:
    """`file:line: expression` for each name-like value interpolated without an isolate."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        args = node.args
        if node.func.attr == "replace":
            first = args[0] if len(args) == 2 else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            if not PLACEHOLDER.match(first.value):
                continue
            value = args[1]
        elif node.func.attr == "arg" and args:
            value = args[0]
        else:
            continue
        if not _wrapped(value):
            found.append(f"{filename}:{node.lineno}: {ast.unparse(value)}")
    return found


def test_no_bare_name_is_interpolated_in_ui_sentences() -> None:
    found = []
    for path in sorted((PACKAGE / "ui").glob("*.py")):
        found += bare_interpolations(path.read_text(encoding="utf-8"), path.name)
    assert not found, "wrap these in isolate() or ltr():\n" + "\n".join(found)


def test_the_scan_catches_a_bare_name_and_accepts_an_isolated_one() -> None:
    """The scan itself can fail: a bare name, a bare path and an .arg() are all reported."""
    source = (
        'a = self.tr("Reset %1").replace("%1", user.display_name)\n'
        'b = self.tr("Written to %1").replace("%1", str(target))\n'
        'c = tr("Open %1").arg(person_name)\n'
        'd = self.tr("Reset %1").replace("%1", isolate(user.display_name))\n'
        'e = self.tr("%1 rows").replace("%1", str(len(rows)))\n'
        'f = self.tr("Role %1").replace("%1", labels.label(labels.ROLE, role))\n'
        'g = text.replace("a", name)\n'
    )
    assert bare_interpolations(source, "x.py") == [
        "x.py:1: user.display_name",
        "x.py:2: str(target)",
        "x.py:3: person_name",
    ]


def test_isolates_wrap_names_and_numbers() -> None:
    assert isolate("Dupont") == f"{FSI}Dupont{PDI}"
    assert ltr("+212 6 12 34 56 78") == f"{LRI}+212 6 12 34 56 78{PDI}"
    assert isolate("") == ""


def test_languages_locales_and_isolates_are_declared_once() -> None:
    """Only core/languages.py spells the language tuple, the locale map or an isolate."""
    declarations = re.compile(
        r"""(LANGUAGES\s*=\s*\(\s*"fr",\s*"ar",\s*"en"\s*\))"""
        r"""|("fr":\s*"fr_MA")"""
        r"""|(\\u206[6-9])|([\u2066-\u2069])"""
    )
    allowed = {PACKAGE / "core" / "languages.py", PACKAGE / "core" / "text.py"}
    allowed.add(PACKAGE / "documents" / "bidi_text.py")  # strips isolates: a character class
    found = [
        f"{path.relative_to(PACKAGE)}: {match.group(0)!r}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path not in allowed
        for match in declarations.finditer(path.read_text(encoding="utf-8"))
    ]
    assert not found, found


def test_a_latin_name_in_an_arabic_window_title_is_isolated(
    qtbot: QtBot, translations: Translations, context: UiContext
) -> None:
    """Through a real dialog in Arabic: the Latin name sits between FSI and PDI in the title."""
    translations.install("ar")
    dialog = ResetPasswordDialog(context.users, "some-id", "Jean Dupont")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"إعادة تعيين كلمة مرور {FSI}Jean Dupont{PDI}"
