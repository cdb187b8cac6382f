"""Make a demo data folder left at an older schema, as an older version of the app left it:
the smoke tests of the Linux and Windows builds open it with the frozen app, which must
migrate it after a backup copy. Runs on the source tree's Python (Linux's, for both builds:
the encrypted file is the same on every system).

Usage: .venv/bin/python scripts/make_old_database.py DATA_DIR [REVISION]   (default 0010)
"""

from __future__ import annotations

import sys
from pathlib import Path

from counsellor_app.services.accounts import Workspace
from counsellor_app.services.demo import create_demo
from counsellor_app.storage import migrations
from counsellor_app.storage.paths import DataPaths


def main(folder: Path, revision: str) -> None:
    demo = create_demo(folder, 30, seed=2026)
    db, _user = Workspace(DataPaths(folder)).log_in(demo.admin_username, demo.password)
    migrations.downgrade(db.engine, revision)
    db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "0010")
