"""Counsellor: the employment counsellor's case-management desktop application."""

from __future__ import annotations

import sys

# ``import httpx`` also imports its command-line tool when click, rich and pygments are
# installed (development tools bring them): 6 MB of modules in the window, used by no process
# of the app. With the tool's module marked absent, httpx defines its own stub instead.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

__version__ = "0.1.0"
