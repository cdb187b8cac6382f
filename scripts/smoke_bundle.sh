#!/usr/bin/env bash
# Smoke test of a built bundle, headless, as an agency PC would run it:
#  1. it starts: version, then the first window offscreen (timed);
#  2. self-test: a throw-away agency, an encrypted database migrated, a certificate printed
#     and verified offline, a backup made and restored;
#  3. demo: a data directory made by the frozen app, and its certificate verified by `verify`;
#  4. upgrade: a database left at an older schema by an older version is opened by this build,
#     which migrates it after a backup copy, and the data is still there;
#  5. a restore refused while the app holds the data folder, then done once it has ended.
# Usage: scripts/smoke_bundle.sh dist/counsellor
set -euo pipefail
bundle=$(cd "$1" && pwd)
app="$bundle/counsellor-app"
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen COUNSELLOR_PASSWORD=demo-Counsellor-2026

"$app" --version
started=$(date +%s%N)
"$app" --data-dir "$work/first-run" --quit-when-ready login
echo "frozen app: first window in $(( ($(date +%s%N) - started) / 1000000 )) ms"
test -d "$work/first-run/logs" || { echo "no data directory made"; exit 1; }

"$app" self-test --keep "$work/kept" --certificate "$work/certificate.pdf"
"$app" verify "$work/certificate.pdf" --keys "$work/kept/verification.json"
"$app" demo --data-dir "$work/demo" --people 60 >/dev/null
"$app" --data-dir "$work/demo" audit check --user admin

# An older database: made by the source tree, then taken back to revision 0010.
.venv/bin/python scripts/make_old_database.py "$work/old" 0010
mkdir "$work/old-backups"  # a backup goes only to a folder that exists (never made in its place)
"$app" --data-dir "$work/old" backup --user admin --to "$work/old-backups"
ls "$work/old/backups/"counsellor-before-0010-*.db >/dev/null \
  || { echo "no copy was made before migrating the older database"; exit 1; }
"$app" --data-dir "$work/old" audit check --user admin

# A restore while the app holds the data folder: refused at once, nothing changed; done once
# the app has ended (as a crash would end it), what was there kept aside.
mkdir "$work/to-restore"
"$app" --data-dir "$work/demo" backup --user admin --to "$work/to-restore"
backup=$(ls "$work/to-restore/"*.cbk | head -n 1)
before=$(sha256sum "$work/demo/counsellor.db")
"$app" --data-dir "$work/demo" &
holder=$!
for _ in $(seq 240); do grep -q '"counsellor-app"' "$work/demo/counsellor.lock" 2>/dev/null && break; sleep 1; done
if refusal=$("$app" --data-dir "$work/demo" restore "$backup" --user admin 2>&1); then
  echo "a restore went ahead while the app held the data folder"; exit 1
fi
echo "$refusal"
grep -q "in use by counsellor-app" <<<"$refusal" || { echo "the refusal does not name the app"; exit 1; }
[ "$(sha256sum "$work/demo/counsellor.db")" = "$before" ] || { echo "the refused restore changed the data"; exit 1; }
kill -9 "$holder"; wait "$holder" || true
"$app" --data-dir "$work/demo" restore "$backup" --user admin
ls -d "$work/demo/backups/"replaced-* >/dev/null || { echo "the data in place was not kept aside"; exit 1; }
"$app" --data-dir "$work/demo" audit check --user admin
echo "smoke test passed: $bundle"
