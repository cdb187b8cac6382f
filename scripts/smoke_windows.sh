#!/usr/bin/env bash
# Smoke test of the Windows build under Wine, headless, as an agency PC would run it. The steps
# of scripts/smoke_bundle.sh (Linux), with Windows paths (Z:\...), then the installer:
#  1. it starts: version, then the first window offscreen;
#  2. self-test: a throw-away agency, an encrypted database migrated, a certificate printed
#     and verified offline, a backup made and restored; the certificate checked by `verify`;
#  3. demo: a data folder made by the frozen app, its audit trail checked;
#  4. upgrade: a database left at an older schema is migrated after a backup copy;
#  5. restore while the app holds the data folder: refused at once with nothing changed
#     (Windows' byte-range lock), then done once the app has ended, what was there kept aside;
#  6. the installer, silent and per user; the installed self-test; a backup restored into the
#     user's default data folder; the silent uninstall removes the program and keeps the data;
#  7. Windows realities: a user named Aïcha / عائشة (self-test, demo and audit in such folders),
#     a data folder on a network share refused, GetDriveTypeW, a file replaced while held;
#  8. the installer for all users (/ALLUSERS /SERVER= /LANG=): Program Files, the shared data
#     folder under ProgramData named in counsellor.ini, used by the installed app; its
#     uninstall keeps that data.
# Usage: scripts/smoke_windows.sh dist/windows/counsellor dist/windows/Counsellor-V-setup.exe
# Needs the Wine prefix of scripts/build_windows.sh (WINEPREFIX, default build/windows/prefix).
set -euo pipefail
bundle=$(cd "$1" && pwd)
setup_exe=$(realpath "$2")
cd "$(dirname "$0")/.."
source scripts/wine/env.sh
export WINEPREFIX=${WINEPREFIX:-$(pwd)/build/windows/prefix}
export COUNSELLOR_PASSWORD=demo-Counsellor-2026
# A folder name with a space, as under "C:\Users\...\Mes documents".
work=$(mktemp -d)/"smoke test"
mkdir -p "$work"
xvfb=""
trap 'wineserver -k 2>/dev/null || true; [ -z "$xvfb" ] || kill "$xvfb"; rm -rf "$(dirname "$work")"' EXIT
W=$(winpath "$work")
cli=$bundle/counsellor-cli.exe
app=$bundle/counsellor-app.exe
fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }

starts() {
  winerun "$cli" --version | tee "$work/version.txt"
  grep -q "$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' counsellor_app/__init__.py)" "$work/version.txt"
  winerun "$app" --data-dir "$W\\first run" --quit-when-ready login
  test -d "$work/first run/logs" || fail "the app made no data folder"
}

self_test() {
  winerun "$cli" self-test --keep "$W\\kept" --certificate "$W\\certificate.pdf"
  winerun "$cli" verify "$W\\certificate.pdf" --keys "$W\\kept\\verification.json"
}

demo() {
  winerun "$cli" demo --data-dir "$W\\demo" --people 60 >/dev/null
  winerun "$cli" --data-dir "$W\\demo" audit check --user admin
}

upgrade() {
  .venv/bin/python scripts/make_old_database.py "$work/old" 0010
  mkdir "$work/old-backups" # a backup goes only to a folder that exists
  winerun "$cli" --data-dir "$W\\old" backup --user admin --to "$W\\old-backups"
  ls "$work/old/backups/"counsellor-before-0010-*.db >/dev/null ||
    fail "no copy was made before migrating the older database"
  winerun "$cli" --data-dir "$W\\old" audit check --user admin
}

restore_while_held() {
  mkdir "$work/to-restore"
  winerun "$cli" --data-dir "$W\\demo" backup --user admin --to "$W\\to-restore"
  local backup before out code=0 waited=0
  backup=$(winpath "$(ls "$work/to-restore/"*.cbk | head -n 1)")
  before=$(sha256sum "$work/demo/counsellor.db" | cut -d' ' -f1)
  winerun "$app" --data-dir "$W\\demo" >"$work/held.log" &
  local holder=$!
  until grep -q '"counsellor-app"' "$work/demo/counsellor.lock" 2>/dev/null; do
    ((waited++ < 240)) || fail "the app did not take the data folder in 4 minutes"
    sleep 1
  done
  out=$(winerun "$cli" --data-dir "$W\\demo" restore "$backup" --user admin) || code=$?
  echo "$out"
  ((code != 0)) || fail "a restore went ahead while the app held the data folder"
  grep -q "in use by counsellor-app" <<<"$out" || fail "the refusal does not name the app"
  [ "$(sha256sum "$work/demo/counsellor.db" | cut -d' ' -f1)" = "$before" ] ||
    fail "the refused restore changed the database"
  ! ls -d "$work/demo/backups/"replaced-* >/dev/null 2>&1 || fail "the refused restore moved data"
  # End the app as a crash would (Wine's taskkill finds it by the Windows process id that the
  # lock's note gives, not by its name): the lock goes with the process.
  local pid
  pid=$(.venv/bin/python -c 'import json, sys; print(json.loads(open(sys.argv[1], "rb").read().strip(b"\0 \n"))["pid"])' \
    "$work/demo/counsellor.lock")
  winerun taskkill /f /pid "$pid"
  wait "$holder" || true
  winerun "$cli" --data-dir "$W\\demo" restore "$backup" --user admin
  ls -d "$work/demo/backups/"replaced-* >/dev/null || fail "the data in place was not kept aside"
  winerun "$cli" --data-dir "$W\\demo" audit check --user admin
}

user=$(id -un)
programs=$WINEPREFIX/drive_c/users/$user/AppData/Local/Programs/Counsellor
data=$WINEPREFIX/drive_c/users/$user/AppData/Local/Counsellor/Counsellor
installed_cli="C:\\users\\$user\\AppData\\Local\\Programs\\Counsellor\\counsellor-cli.exe"

# Inno Setup's programs want a display even when silent. One X server for the installer and
# the uninstaller: the uninstaller goes on in a copy of itself after its first process ended.
display() {
  Xvfb -displayfd 3 -nolisten tcp -screen 0 1024x768x24 3>"$work/display" 2>/dev/null &
  xvfb=$!
  local waited=0
  until [ -s "$work/display" ]; do
    ((waited++ < 60)) || fail "Xvfb did not start"
    sleep 1
  done
  export DISPLAY=":$(cat "$work/display")"
}

install() {
  display
  wine "$setup_exe" /VERYSILENT /SUPPRESSMSGBOXES /CURRENTUSER /NORESTART </dev/null 2>&1 | cat
  test -f "$programs/counsellor-app.exe" || fail "nothing installed in $programs"
  test -f "$programs/unins000.exe" || fail "no uninstaller in $programs"
  winerun "$installed_cli" --version
  winerun "$installed_cli" self-test
  # The agency's data in the user's default folder (no --data-dir), from the demo's backup.
  winerun "$installed_cli" restore "$(winpath "$(ls "$work/to-restore/"*.cbk | head -n 1)")" \
    --user admin
  winerun "$installed_cli" audit check --user admin
  test -f "$data/counsellor.db" || fail "the restore wrote nothing in $data"
}

uninstall() {
  local kept waited=0
  kept=$(cd "$data" && sha256sum counsellor.db keys.json)
  # The uninstaller copies itself aside and returns at once: wait for the program to go.
  wine "$programs/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART </dev/null 2>&1 | cat
  while [ -e "$programs/counsellor-app.exe" ] || [ -e "$programs/unins000.exe" ]; do
    ((waited++ < 180)) || fail "the uninstaller left the program in place"
    sleep 1
  done
  (cd "$data" && sha256sum --quiet -c - <<<"$kept") || fail "the uninstall touched the data"
  echo "uninstalled; the data in $data is kept"
}

# A user whose name is not ASCII, as Windows makes their profile folder.
realities() {
  local aicha="$work/Users/Aïcha/AppData/Local/Counsellor" aisha="$work/Users/عائشة/Documents"
  mkdir -p "$aisha"
  winerun "$cli" self-test --keep "$(winpath "$aisha")\\kept" --certificate "$(winpath "$aisha")\\شهادة.pdf"
  winerun "$cli" verify "$(winpath "$aisha")\\شهادة.pdf" --keys "$(winpath "$aisha")\\kept\\verification.json"
  winerun "$cli" demo --data-dir "$(winpath "$aicha")" --people 5 >/dev/null
  winerun "$cli" --data-dir "$(winpath "$aicha")" audit check --user admin
  test -f "$aicha/counsellor.db" || fail "nothing written under Aïcha's profile"
  # A data folder on a network share (a UNC path: Wine 8 reports every mapped drive as a
  # fixed disk, whatever its registry says): refused before anything is tried there.
  local out code=0 share='\\serveur\partage\Counsellor'
  out=$(winerun "$cli" --data-dir "$share" audit check --user admin) || code=$?
  echo "$out"
  ((code != 0)) && grep -q "network share" <<<"$out" || fail "a data folder on a share was not refused"
  # Windows' own calls with Windows' Python, when the build's is there (scripts/build_windows.sh).
  local python=${WINEPREFIX%/prefix}/python/python.exe
  if [ -f "$python" ]; then
    winerun "$python" -B scripts/wine/realities.py "$(winpath "$aisha")\\held"
  fi
}

all_users() {
  local shared=$WINEPREFIX/drive_c/ProgramData/Counsellor
  # In Program Files, in a folder whose name has a space and a non-ASCII letter: the migrations
  # were once looked for in a path split at its space (packaging/README.md).
  local pf="$WINEPREFIX/drive_c/Program Files/Counsellor Aïcha"
  wine "$setup_exe" /VERYSILENT /SUPPRESSMSGBOXES /ALLUSERS /NORESTART /LANG=arabic \
    /SERVER=https://sync.example.ma '/DIR=C:\Program Files\Counsellor Aïcha' </dev/null 2>&1 | cat
  test -f "$pf/counsellor-app.exe" || fail "nothing installed for all users"
  cat "$shared/counsellor.ini"
  grep -q '^mode=allusers' "$shared/counsellor.ini" || fail "counsellor.ini does not say all users"
  grep -qi '^data_dir=C:\\ProgramData\\Counsellor\\data' "$shared/counsellor.ini" ||
    fail "counsellor.ini does not name the shared data folder"
  grep -q '^server=https://sync.example.ma' "$shared/counsellor.ini" || fail "no server"
  grep -q '^language=ar' "$shared/counsellor.ini" || fail "no language"
  test -d "$shared/data" || fail "no shared data folder"
  local installed="C:\\Program Files\\Counsellor Aïcha\\counsellor-cli.exe"
  winerun "$installed" self-test
  # No --data-dir: the installed app takes the shared folder, not the user's profile.
  local before
  before=$(cd "$data" && sha256sum counsellor.db)
  winerun "$installed" restore "$(winpath "$(ls "$work/to-restore/"*.cbk | head -n 1)")" --user admin
  winerun "$installed" audit check --user admin
  test -f "$shared/data/counsellor.db" || fail "the restore did not go to the shared folder"
  (cd "$data" && sha256sum --quiet -c - <<<"$before") || fail "the user's own data was touched"
  if [ -n "${SIGN_CAFILE:-}" ]; then
    osslsigncode verify -CAfile "$SIGN_CAFILE" -in "$pf/counsellor-app.exe" >/dev/null ||
      fail "the installed program's signature does not verify"
  fi
  local kept waited=0
  kept=$(cd "$shared/data" && sha256sum counsellor.db keys.json)
  wine "$pf/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART </dev/null 2>&1 | cat
  while [ -e "$pf/counsellor-app.exe" ] || [ -e "$pf/unins000.exe" ]; do
    ((waited++ < 180)) || fail "the uninstaller left the program in place"
    sleep 1
  done
  (cd "$shared/data" && sha256sum --quiet -c - <<<"$kept") || fail "the uninstall touched the shared data"
  echo "all users: installed, shared data in C:\\ProgramData\\Counsellor\\data used and kept"
}

timed "smoke: starts (version, first window)" starts
timed "smoke: self-test, certificate verified" self_test
timed "smoke: demo data folder" demo
timed "smoke: older database migrated after a copy" upgrade
timed "smoke: restore refused while the app holds the folder, then done" restore_while_held
timed "smoke: silent install, installed self-test" install
timed "smoke: silent uninstall, data kept" uninstall
timed "smoke: Aïcha / عائشة, a network share refused, a held file replaced" realities
timed "smoke: install for all users, shared data folder, uninstall" all_users
print_timings "Windows smoke test passed: $bundle"
