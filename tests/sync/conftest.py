"""The sync tests use the server and PC fixtures of tests/server_fixtures.py."""

from __future__ import annotations

from tests.server_fixtures import Pc

__all__ = ["Pc"]
