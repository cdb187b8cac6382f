"""Compression on the wire between a PC and the server (issue 25: regional centres sync over
mobile data).

Answers are compressed the HTTP way (the PC says ``Accept-Encoding: gzip``, the server answers
``Content-Encoding: gzip``). A push is compressed by the PC only once the server has said it
takes compressed bodies (``Accept-Encoding`` in its answers, RFC 7694), so a PC and a server of
different ages still talk plainly. A push is signed as it travels, compressed: the server
checks the signature before it decompresses, and never inflates more than the route's limit.

gzip from the standard library: the records are short JSON texts that it shrinks six to ten
times, and both ends have it without a new dependency.
"""

from __future__ import annotations

import zlib

GZIP = "gzip"
LEVEL = 6  # level 9 costs ten times the time for 3 % less
MIN_SIZE = 1024  # smaller answers gain nothing worth the header
_GZIP_WINDOW = 16 + zlib.MAX_WBITS


class EncodingRefused(ValueError):
    """A compressed body that is not gzip, is damaged, or inflates past its limit."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def compress(data: bytes) -> bytes:
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, _GZIP_WINDOW)
    return compressor.compress(data) + compressor.flush()


def decompress(data: bytes, limit: int) -> bytes:
    """The body inflated, refused as soon as it would pass ``limit`` bytes (a small body
    that inflates to gigabytes stops at the limit, having cost no more than it)."""
    inflater = zlib.decompressobj(_GZIP_WINDOW)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error:
        raise EncodingRefused("damaged") from None
    if len(out) > limit or inflater.unconsumed_tail:
        raise EncodingRefused("too_large")
    if not inflater.eof or inflater.unused_data:
        raise EncodingRefused("damaged")  # cut short, or something appended after it
    return out


def accepts_gzip(header: str) -> bool:
    """Whether an ``Accept-Encoding`` value takes gzip (``q=0`` refuses it)."""
    for item in header.split(","):
        name, _, params = item.strip().partition(";")
        if name.strip().lower() not in (GZIP, "*"):
            continue
        quality = params.strip().lower()
        if quality.startswith("q="):
            try:
                return float(quality[2:]) > 0
            except ValueError:
                return False
        return True
    return False
