#!/usr/bin/env bash
# A throw-away, self-signed code-signing certificate for CI (test tooling: never ships).
#   source scripts/wine/test_certificate.sh DIR   exports SIGN_CERT, SIGN_KEY and SIGN_CAFILE
# so that scripts/sign_windows.sh signs with it and checks the signatures against it alone.
set -euo pipefail
mkdir -p "$1"
openssl req -x509 -newkey rsa:3072 -sha256 -days 2 -nodes \
  -subj "/CN=Counsellor CI test signing/O=Counsellor CI" \
  -addext "extendedKeyUsage=codeSigning" -addext "keyUsage=critical,digitalSignature" \
  -keyout "$1/test-signing.key" -out "$1/test-signing.pem" 2>/dev/null
chmod 600 "$1/test-signing.key"
export SIGN_CERT=$1/test-signing.pem SIGN_KEY=$1/test-signing.key SIGN_CAFILE=$1/test-signing.pem
