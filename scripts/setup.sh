#!/usr/bin/env bash
# Set up everything Counsellor needs on Debian/Ubuntu: system libraries for Qt, a virtual
# environment with the app and its test tools, and the compiled translations.
# Safe to run again: it only installs what is missing. Usage: scripts/setup.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
VENV="${VENV:-.venv}"

# Qt's runtime libraries (xcb for a real screen, EGL/GL, fonts with Arabic glyphs) and venv.
DEBIAN_PACKAGES=(
  python3-venv python3-pip
  libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-xkb1 libxcb-shape0 libxcb-randr0 libxcb-xinerama0
  libxcb-xfixes0 libxrender1 libxi6 libnss3 fonts-dejavu-core
  poppler-utils  # pdftoppm: the tests read printed QR codes from a page picture
)

if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  native=$(dpkg --print-architecture)
  for package in "${DEBIAN_PACKAGES[@]}"; do
    # With Wine's i386 libraries beside (scripts/build_windows.sh), a bare name is ambiguous.
    dpkg -s "$package" >/dev/null 2>&1 || dpkg -s "$package:$native" >/dev/null 2>&1 ||
      missing+=("$package")
  done
  if ((${#missing[@]})); then
    echo "Installing system packages: ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  echo "Not a Debian/Ubuntu system: install Qt 6's runtime libraries yourself if the app does not start."
fi

"$PYTHON" - <<'PY'
import sys
if sys.version_info < (3, 11):
    sys.exit(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}. Set PYTHON=python3.12 for example.")
PY

if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
stamp="$VENV/.installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/python" -m pip install --quiet -e ".[test,dev,server]"  # the sync tests run a real server
  touch "$stamp"
fi
"$VENV/bin/python" scripts/i18n.py build
# The illustrated user guide (Help ▸ User guide), made once from screenshots of a demo agency.
if [ ! -f resources/guide/guide-fr.html ]; then
  guide_log="$(mktemp)"
  if ! QT_QPA_PLATFORM=offscreen "$VENV/bin/python" scripts/user_guide.py >"$guide_log" 2>&1; then
    echo "the user guide could not be made (scripts/user_guide.py); the app works without it:"
    tail -n 15 "$guide_log"
  fi
  rm -f "$guide_log"
fi
