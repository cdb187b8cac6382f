"""Reading the console's form posts: limits before work, and no form without its CSRF token.

Forms are parsed here rather than by python-multipart: an urlencoded body is a few fields,
and the one file upload (a USB bundle) is read with the standard library's MIME parser.
"""

from __future__ import annotations

from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from urllib.parse import parse_qsl

MAX_FIELDS = 40
MAX_FORM_BYTES = 64 * 1024


class BadForm(Exception):
    """The body is not a form the console sent (wrong type, too big, undecodable)."""


def parse_urlencoded(body: bytes) -> dict[str, str]:
    if len(body) > MAX_FORM_BYTES:
        raise BadForm("too_large")
    try:
        pairs = parse_qsl(
            body.decode("ascii"),
            keep_blank_values=True,
            strict_parsing=False,
            max_num_fields=MAX_FIELDS,
            errors="strict",
        )
    except (UnicodeDecodeError, ValueError):
        raise BadForm("undecodable") from None
    form: dict[str, str] = {}
    for key, value in pairs:
        if "\x00" in value or "\x00" in key:
            raise BadForm("nul")
        form.setdefault(key, value)
    return form


def parse_multipart(content_type: str, body: bytes) -> tuple[dict[str, str], dict[str, bytes]]:
    """Text fields and files of a multipart/form-data body."""
    if "boundary=" not in content_type or len(content_type) > 300:
        raise BadForm("no_boundary")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise BadForm("not_multipart")
    fields: dict[str, str] = {}
    files: dict[str, bytes] = {}
    parts = message.get_payload()
    if not isinstance(parts, list) or len(parts) > MAX_FIELDS:
        raise BadForm("parts")
    for part in parts:
        if not isinstance(part, Message):
            raise BadForm("parts")
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        if part.get_param("filename", header="content-disposition") is not None:
            files.setdefault(name, content)
        else:
            try:
                fields.setdefault(name, content.decode("utf-8")[:1000])
            except UnicodeDecodeError:
                raise BadForm("undecodable") from None
    return fields, files
