from __future__ import annotations

import sys

from counsellor_app.cli import main

sys.exit(main())
