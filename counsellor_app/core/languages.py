"""The application's languages, their locales and the Unicode isolates, declared once.

Every layer reads these: the settings file checks the stored language against them, the
printed documents format dates with the locale, the server's verification page and the Qt
bootstrap pick the same three. Isolates (FSI…PDI, LRI…PDI) keep a Latin name, a path or a
number in its own direction inside an Arabic sentence; without them "Dupont (3)" reads
"(3) Dupont" on screen.
"""

from __future__ import annotations

from typing import Final

LANGUAGES: Final = ("fr", "ar", "en")
DEFAULT_LANGUAGE: Final = "fr"
LOCALES: Final = {"fr": "fr_MA", "ar": "ar_MA", "en": "en_GB"}

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"


def locale_of(language: str) -> str:
    """The CLDR/Qt locale name of an application language (French for anything unknown)."""
    return LOCALES.get(language, LOCALES[DEFAULT_LANGUAGE])


def isolate(text: str) -> str:
    """A name set inside a sentence keeps its own direction (a Latin name in Arabic text)."""
    return f"{FSI}{text}{PDI}" if text else text


def ltr(text: str) -> str:
    """Phone numbers, file numbers, ids and amounts always read left to right."""
    return f"{LRI}{text}{PDI}" if text else text
