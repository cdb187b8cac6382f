"""Counsellor: the employment counsellor's case-management desktop application."""

from __future__ import annotations

__version__ = "0.1.0"
