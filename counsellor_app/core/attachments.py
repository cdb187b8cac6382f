"""What may be attached to a file: recognised by content (not by name), within a size limit."""

from __future__ import annotations

import unicodedata

from counsellor_app.core.problems import Problem

# The first bytes of each accepted kind of file; scanners give PDF or TIFF, phones JPEG.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)
IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/tiff", "image/webp"})
ACCEPTED_TYPES = IMAGE_TYPES | {"application/pdf"}


def media_type_of(data: bytes) -> str | None:
    for signature, media_type in _SIGNATURES:
        if data.startswith(signature):
            return media_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def safe_file_name(name: str) -> str:
    """The name as the counsellor will see it: no folders, no control characters, not too long."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip()
    if len(base) > 120:
        stem, dot, extension = base.rpartition(".")
        base = (stem[: 120 - len(extension) - 1] + dot + extension) if dot else base[:120]
    return base or "document"


def check_attachment(data: bytes, max_kib: int) -> list[Problem]:
    if not data:
        return [Problem("attachment_empty", "file")]
    if len(data) > max_kib * 1024:
        return [
            Problem(
                "attachment_too_large",
                "file",
                {"size_mb": f"{len(data) / 1_048_576:.1f}", "max_mb": f"{max_kib / 1024:.0f}"},
            )
        ]
    if media_type_of(data) is None:
        return [Problem("attachment_type_refused", "file")]
    return []
