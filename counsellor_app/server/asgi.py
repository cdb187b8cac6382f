"""The ASGI entry point for Uvicorn or Gunicorn workers: ``counsellor_app.server.asgi:app``."""

from __future__ import annotations

from counsellor_app.server.app import create_app

app = create_app()
