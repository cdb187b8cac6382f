#!/usr/bin/env bash
# Authenticode-sign Windows programs on Linux with osslsigncode (Debian package), then check
# each signature. Without a certificate it says so and signs nothing (a developer's build).
#   scripts/sign_windows.sh FILE.exe...
# The certificate, from the environment (packaging/README.md, "Signing"):
#   SIGN_PFX=path/to/cert.pfx SIGN_PFX_PASSWORD=…     a PKCS#12 file and its password, or
#   SIGN_CERT=cert.pem SIGN_KEY=key.pem                a certificate chain and its private key
#   SIGN_TIMESTAMP_URL=http://timestamp.example        optional: an RFC 3161 timestamp server,
#                                                      so signatures outlive the certificate
#   SIGN_CAFILE=chain.pem                              what `verify` trusts (default: the
#                                                      system's CAs; CI: its test certificate)
set -euo pipefail

if [[ -z "${SIGN_PFX:-}" && -z "${SIGN_CERT:-}" ]]; then
  echo "not signed (no SIGN_PFX or SIGN_CERT given): $*"
  exit 0
fi
command -v osslsigncode >/dev/null || { echo "osslsigncode is needed to sign (apt install osslsigncode)" >&2; exit 1; }
credentials=()
if [[ -n "${SIGN_PFX:-}" ]]; then
  # The password goes through a file readable only by us, never on a command line (ps).
  passfile=$(mktemp)
  trap 'rm -f "$passfile"' EXIT
  printf '%s' "${SIGN_PFX_PASSWORD:-}" >"$passfile"
  credentials=(-pkcs12 "$SIGN_PFX" -readpass "$passfile")
else
  [[ -n "${SIGN_KEY:-}" ]] || { echo "SIGN_CERT needs SIGN_KEY (its private key)" >&2; exit 1; }
  credentials=(-certs "$SIGN_CERT" -key "$SIGN_KEY")
fi
timestamp=()
[[ -z "${SIGN_TIMESTAMP_URL:-}" ]] || timestamp=(-ts "$SIGN_TIMESTAMP_URL")
cafile=${SIGN_CAFILE:-/etc/ssl/certs/ca-certificates.crt}

for file in "$@"; do
  osslsigncode sign "${credentials[@]}" "${timestamp[@]}" -h sha256 -n "Counsellor" \
    -i "https://github.com/counsellor" -in "$file" -out "$file.signed" >/dev/null
  mv "$file.signed" "$file"
  if ! out=$(osslsigncode verify -CAfile "$cafile" -in "$file" 2>&1); then
    echo "$out" >&2
    echo "the signature of $file does not verify against $cafile" >&2
    exit 1
  fi
  echo "signed and verified: $(basename "$file")"
done
