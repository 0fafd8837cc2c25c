#!/usr/bin/env bash
# Quick start: install what is missing, build, and code the bundled example story.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
exec build/src/cli/dyad code --date 2026-03-02 examples/story.txt
