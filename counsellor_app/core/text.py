"""Cleaning of free text typed or pasted by users: no control characters, NFC, trimmed."""

from __future__ import annotations

import re
import unicodedata

# Bidirectional overrides and isolates too: pasted into a name they can make it read backwards
# on screen and on a certificate ("Trojan source" spoofing); the app adds its own isolates.
_BIDI = "\u200e\u200f\u202a-\u202e\u2066-\u2069"
_CONTROL_LINE = re.compile(rf"[\x00-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff{_BIDI}]")
_CONTROL_BLOCK = re.compile(rf"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff{_BIDI}]")
_SPACES = re.compile(r"[ \t\u00a0]+")


def clean_line(text: str) -> str:
    """One line: controls and invisible characters become spaces, runs of spaces collapse."""
    text = unicodedata.normalize("NFC", text)
    return _SPACES.sub(" ", _CONTROL_LINE.sub(" ", text)).strip()


def clean_block(text: str) -> str:
    """Multi-line text (notes, experience): line breaks kept, other controls removed."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_BLOCK.sub("", text).strip()


def has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in text)


def has_letter(text: str) -> bool:
    return any(unicodedata.category(ch).startswith("L") for ch in text)
