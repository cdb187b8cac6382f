#!/usr/bin/env bash
# Build the one-folder Linux bundle (dist/counsellor/) with PyInstaller, then smoke-test it.
#   scripts/build_bundle.sh            build and test
#   scripts/build_bundle.sh --no-test  build only
# On Windows the same spec builds counsellor-app.exe; see packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# The versions that ship, the same as the Windows build's (packaging/constraints.txt).
.venv/bin/pip install --quiet -c packaging/constraints.txt -e ".[packaging]"
.venv/bin/python scripts/i18n.py build >/dev/null
QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/user_guide.py >/dev/null  # shipped in resources/
QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py build/icons >/dev/null
started=$(date +%s)
.venv/bin/pyinstaller packaging/counsellor.spec --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller
echo "bundle built in $(( $(date +%s) - started )) s: dist/counsellor ($(du -sh dist/counsellor | cut -f1))"
if [[ "${1:-}" != "--no-test" ]]; then
  scripts/smoke_bundle.sh dist/counsellor
fi
