#!/usr/bin/env bash
# Set up (first time only) and run every check, headless: tests, layer contracts, lint.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/lint-imports
.venv/bin/mypy
.venv/bin/ruff check counsellor_app tests scripts benchmarks db
.venv/bin/python -m pytest "$@"
