# Sourced by scripts/build_windows.sh and scripts/smoke_windows.sh: how Windows programs are
# run under Wine 8 here. Test tooling only: nothing of this folder goes into what ships.
#   WINEPREFIX must be set by the caller (a folder inside the clone: build/windows/prefix).
export WINEDEBUG=-all WINEARCH=win64
# Python 3.13's platform module aborts through _wmi under Wine; 3.11 is fine but the override
# costs nothing and keeps WMI out of every run.
export WINEDLLOVERRIDES="wbemprox=d"
# Wine does not pass QT_* variables to Windows programs; WINE<NAME> reaches them as <NAME>.
export WINEQT_QPA_PLATFORM=offscreen

# Run a Windows program, its output on ours. Python under Wine 8 dies when its standard
# output is a regular file (CI's log), so it always writes into a pipe; no standard input.
# The caller's `set -o pipefail` returns the program's exit code.
winerun() { wine "$@" </dev/null 2>&1 | cat; }

# The Windows name of a Unix path (Wine maps / to drive Z:).
winpath() {
  local unix
  unix=$(realpath -m "$1")
  printf 'Z:%s' "${unix//\//\\}"
}

# Steps timed and listed at the end: `timed NAME command…`.
TIMINGS=()
timed() {
  local name=$1 started=$SECONDS
  shift
  echo "== $name" >&2
  "$@"
  TIMINGS+=("$(printf '%5d s  %s' $((SECONDS - started)) "$name")")
  echo "   $name: $((SECONDS - started)) s" >&2
}
print_timings() {
  echo "-- $1 --"
  printf '%s\n' "${TIMINGS[@]}"
}
