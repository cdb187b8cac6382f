"""Money as integer centimes of MAD: parsed from what counsellors type, never a float."""

from __future__ import annotations

import re

from counsellor_app.core.problems import DomainError

CURRENCY = "MAD"
MAX_CENTIMES = 10**13  # 100 billion MAD: far above any programme, far below overflow
_GROUPING = re.compile(r"[\s\u00a0\u202f'’]")


def parse_mad(text: str, field: str = "amount") -> int:
    """'1 234,56', '1.234,56', '1234.56', '1234' or '1 234 DH' → centimes.

    One or two digits after the last dot or comma are centimes; dots, commas or spaces between
    groups of three digits group thousands (the Moroccan style is 1.234.567,89).
    """
    cleaned = re.sub(r"(?i)\s*(mad|dhs?|dirhams?|د\.?م\.?|درهم)\s*$", "", text.strip())
    cleaned = _GROUPING.sub("", cleaned).translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    negative = cleaned.startswith("-")
    cleaned = cleaned.lstrip("+-")
    plain = re.fullmatch(r"(\d+)(?:[.,](\d{1,2}))?", cleaned)
    grouped = re.fullmatch(r"(\d{1,3}(?:([.,])\d{3})(?:\2\d{3})*)(?:([.,])(\d{1,2}))?", cleaned)
    if plain:
        whole, decimals = plain.group(1), (plain.group(2) or "").ljust(2, "0")
    elif grouped and grouped.group(3) != grouped.group(2):
        whole = re.sub(r"[.,]", "", grouped.group(1))
        decimals = (grouped.group(4) or "").ljust(2, "0")
    else:
        raise DomainError.single("amount_invalid", field)
    centimes = int(whole) * 100 + int(decimals)
    if centimes > MAX_CENTIMES:
        raise DomainError.single("amount_too_large", field)
    return -centimes if negative else centimes


def format_mad(centimes: int, language: str = "fr") -> str:
    """Moroccan usage in French and Arabic (1.234.567,89 MAD / 1.234.567,89 د.م., Latin digits,
    domain.md §6.5); 1,234,567.89 MAD in English. Exact to the centime."""
    sign = "-" if centimes < 0 else ""
    whole, cents = divmod(abs(centimes), 100)
    group, decimal = (",", ".") if language == "en" else (".", ",")
    digits = f"{whole:,}".replace(",", group)
    symbol = "د.م." if language == "ar" else CURRENCY
    return f"{sign}{digits}{decimal}{cents:02d}\u00a0{symbol}"


def percent_of(centimes: int, basis_points: int) -> int:
    """``basis_points`` hundredths of a percent of an amount, rounded half up to the centime."""
    numerator = centimes * basis_points
    return (numerator + 5000) // 10000 if numerator >= 0 else -((-numerator + 5000) // 10000)
