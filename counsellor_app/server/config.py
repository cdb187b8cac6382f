"""The server's settings, from the environment (or a ``.env``-style file named by
``COUNSELLOR_SERVER_CONFIG``): nothing to edit in code to deploy it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from counsellor_app.core.hlc import MAX_DRIFT_MS

PREFIX = "COUNSELLOR_SERVER_"


@dataclass(frozen=True)
class ServerSettings:
    database_url: str = "sqlite:///counsellor-server.db"
    max_clock_drift_ms: int = MAX_DRIFT_MS
    min_client_version: str = "0.1.0"
    enrolment_code_hours: int = 24
    log_json: bool = True
    verify_per_minute: int = 60  # public verification page, per client address and worker
    release_dir: str = ""  # the signed release the PCs update from (server/releases.py)
    release_keys: str = ""  # release public keys an upload is checked against (console)

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None) -> ServerSettings:
        values = dict(os.environ if environ is None else environ)
        config_file = values.get(PREFIX + "CONFIG")
        if config_file:
            for line in Path(config_file).read_text(encoding="utf-8").splitlines():
                key, sep, value = line.strip().partition("=")
                if sep and not key.startswith("#"):
                    values.setdefault(key.strip(), value.strip())
        defaults = cls()
        return cls(
            database_url=values.get(PREFIX + "DATABASE_URL", defaults.database_url),
            max_clock_drift_ms=int(
                values.get(PREFIX + "MAX_CLOCK_DRIFT_MS", defaults.max_clock_drift_ms)
            ),
            min_client_version=values.get(
                PREFIX + "MIN_CLIENT_VERSION", defaults.min_client_version
            ),
            enrolment_code_hours=int(
                values.get(PREFIX + "ENROLMENT_CODE_HOURS", defaults.enrolment_code_hours)
            ),
            log_json=values.get(PREFIX + "LOG_JSON", "1") not in ("0", "false", "no"),
            verify_per_minute=int(
                values.get(PREFIX + "VERIFY_PER_MINUTE", defaults.verify_per_minute)
            ),
            release_dir=values.get(PREFIX + "RELEASE_DIR", defaults.release_dir),
            release_keys=values.get(PREFIX + "RELEASE_KEYS", defaults.release_keys),
        )
