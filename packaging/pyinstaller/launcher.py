"""The frozen program's entry point: the same as ``counsellor-app`` installed by pip."""

import sys

from counsellor_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
