"""PyInstaller runtime hook: the portable mode.

When a file named ``portable.txt`` lies beside the program (or a ``data`` folder already does),
the data folder is ``data`` beside the program instead of the user's profile: the whole app
and its encrypted data then travel on one USB key. Runs before the app's first import.
"""

import os
import sys
from pathlib import Path

_here = Path(sys.executable).resolve().parent
if "COUNSELLOR_DATA_DIR" not in os.environ and (
    (_here / "portable.txt").exists() or (_here / "data").is_dir()
):
    os.environ["COUNSELLOR_DATA_DIR"] = str(_here / "data")
