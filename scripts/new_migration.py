"""Autogenerate a migration: diff the models against a scratch database at the current head.

    python scripts/new_migration.py "what changed"

Review the generated file in db/versions by hand before committing it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from counsellor_app.storage import migrations
from counsellor_app.storage.engine import open_engine
from counsellor_app.storage.keystore import new_database_key


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        database = Path(scratch) / "scratch.db"
        engine = open_engine(database, new_database_key(), create=True)
        migrations.upgrade(engine, database, Path(scratch) / "backups")
        head = migrations.head_revision() or "0000"
        config = migrations._config(())
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(
                config, message=message, autogenerate=True, rev_id=f"{int(head) + 1:04d}"
            )
        engine.dispose()


if __name__ == "__main__":
    if len(sys.argv) != 2 or not sys.argv[1].strip():
        raise SystemExit(__doc__)
    main(sys.argv[1])
