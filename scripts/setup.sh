#!/usr/bin/env bash
# Installs the Debian 12 packages dyad needs (only those missing) and builds it (Release).
# Idempotent: a second run installs nothing and rebuilds only what changed.
#   scripts/setup.sh [BUILD_DIR] [extra cmake args...]
set -euo pipefail
cd "$(dirname "$0")/.."

# Why each package is here: see README.md, "Dependencies".
PACKAGES=(
  g++ cmake make pkg-config       # compiler and build
  libcli11-dev                    # command-line parsing
  libfmt-dev                      # formatting (g++ 12 has no <format>)
  nlohmann-json3-dev              # JSON input and output
  libutf8proc-dev                 # Unicode categories, NFC and case folding
  libgtest-dev libgmock-dev       # unit, golden and accuracy tests
  libbenchmark-dev                # per-stage benchmarks
  wordnet-base                    # WordNet: tagger lexicon features, lemmatizer exceptions, lexicon synonyms
  hunspell-en-us                  # English word list: tagger lexicon features
  iso-codes                       # ISO 3166 country names and codes for the lexicon check
)

missing=()
for p in "${PACKAGES[@]}"; do
  [[ $p == \#* ]] && continue
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

BUILD_DIR="${1:-build}"
shift || true
JOBS="$(nproc 2>/dev/null || echo 2)"
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release "$@" >&2
cmake --build "$BUILD_DIR" -j "$JOBS" >&2
