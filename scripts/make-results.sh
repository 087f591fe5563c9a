#!/usr/bin/env bash
# Regenerates results/<name>/ for every example scenario (summary, per-replication data,
# charts as PNG and SVG, report.html). Usage: scripts/make-results.sh [scenario.yaml...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(scenarios/*.yaml)
for f in "${files[@]}"; do
  echo "== $f"
  ./zonesim run "$f" > /dev/null
done
