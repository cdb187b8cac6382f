"""Record identifiers and human-readable numbers that are unique across PCs without coordination."""

from __future__ import annotations

import os
import re
import secrets
import time

import uuid6

_BASE32 = (
    "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I, O, 0, 1: read aloud and typed without confusion
)


def new_id() -> str:
    """A UUIDv7 made locally: time-ordered, so indexes stay compact and sync can page by it."""
    return str(uuid6.uuid7())


def new_ids(count: int) -> list[str]:
    """``count`` UUIDv7s at once, in increasing order: a pulled page's thousands of history
    rows. One clock reading and one draw of randomness; the 12 bits after the time count
    (RFC 9562 §6.2, method 1), from a random start, moving to the next millisecond when full."""
    millis = time.time_ns() // 1_000_000
    random = os.urandom(8 * count + 2)
    counter = int.from_bytes(random[:2]) & 0x7FF
    ids = []
    for index in range(count):
        if counter > 0xFFF:
            millis, counter = millis + 1, 0
        tail = int.from_bytes(random[2 + 8 * index : 10 + 8 * index]) & 0x3FFF_FFFF_FFFF_FFFF
        value = (millis << 80) | (0x7 << 76) | (counter << 64) | (0b10 << 62) | tail
        text = f"{value:032x}"
        ids.append(f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}")
        counter += 1
    return ids


def new_device_code() -> str:
    """Three unambiguous characters identifying this PC inside its agency (32,768 possibilities).

    Later, enrolment with the central server replaces it by a code the server guarantees unique.
    """
    return "".join(secrets.choice(_BASE32) for _ in range(3))


def normalise_agency_code(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())[:6]


def format_file_number(agency_code: str, device_code: str, year: int, sequence: int) -> str:
    """Agency, device, two-digit year and a per-device yearly sequence, e.g. ``RABAG-K7P-26-00042``."""
    if sequence < 1:
        raise ValueError("sequence starts at 1")
    return f"{agency_code}-{device_code}-{year % 100:02d}-{sequence:05d}"


def format_document_serial(agency_code: str, device_code: str, year: int, sequence: int) -> str:
    """A printed document's serial, e.g. ``RABAG-K7P-26-D00042``: unique across PCs without
    coordination because the agency and device codes are part of it."""
    if sequence < 1:
        raise ValueError("sequence starts at 1")
    return f"{agency_code}-{device_code}-{year % 100:02d}-D{sequence:05d}"
