"""Phone numbers: typed any usual way, stored as E.164, Moroccan numbering by default."""

from __future__ import annotations

import phonenumbers

from counsellor_app.core.problems import DomainError

DEFAULT_REGION = "MA"


def parse_phone(text: str, default_region: str = DEFAULT_REGION) -> str:
    """Return the E.164 form of ``text`` or raise :class:`DomainError` ``phone_invalid``.

    Foreign numbers are welcome (migrants keep their WhatsApp number) when typed with their
    country code.
    """
    cleaned = text.strip()
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    try:
        parsed = phonenumbers.parse(cleaned, default_region)
    except phonenumbers.NumberParseException as exc:
        raise DomainError.single("phone_invalid", "phone") from exc
    if not phonenumbers.is_valid_number(parsed):
        raise DomainError.single("phone_invalid", "phone")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str) -> str:
    """National format for Moroccan numbers (06 12 34 56 78), international for others."""
    if len(e164) == 13 and e164.startswith("+212") and e164[1:].isdigit():
        national = "0" + e164[4:]  # the register shows thousands of these: no full parse
        return " ".join(national[i : i + 2] for i in range(0, 10, 2))
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if parsed.country_code == 212
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(parsed, fmt)


def phone_search_keys(e164: str) -> list[str]:
    """Digit strings a counsellor may type to find this number: national and international."""
    digits = e164.lstrip("+")
    keys = [digits]
    if digits.startswith("212") and len(digits) == 12 and digits.isdigit():
        # Morocco's national numbers are nine digits after the 0 (most of a register; parsing
        # costs more than the rest of a person's search entry on a first pull).
        return [digits, "0" + digits[3:]]
    try:
        parsed = phonenumbers.parse(e164, None)
        national = str(parsed.national_number)
        keys.append(("0" + national) if parsed.country_code == 212 else national)
    except phonenumbers.NumberParseException:
        pass
    return keys
