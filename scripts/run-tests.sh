#!/usr/bin/env bash
# Install what is missing, build (Release, warnings as errors) and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build -DDYAD_WERROR=ON
ctest --test-dir build --output-on-failure -j "$(nproc 2>/dev/null || echo 2)" "$@"
