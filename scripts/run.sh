#!/usr/bin/env bash
# Set up (first time only) and start Counsellor. Extra arguments go to the app, e.g.
#   scripts/run.sh --data-dir /tmp/trial --lang ar
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/counsellor-app "$@"
