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
# What-if studies of the redundancy-payoff example (SPEC 9): its sweep and tornado, a two-parameter
# sweep of the zone repair time against the registry-wide incident rate, and two uncertainty studies
# (exact, then the yearly bill by simulation).
p=scenarios/redundancy-payoff.yaml
if [ $# -eq 0 ]; then
  echo "== $p (what-if)"
  ./zonesim sweep "$p" > /dev/null
  ./zonesim sweep "$p" --vary 'topology.failures.zone.mttr=1h..90d:9:log' \
    --vary 'topology.common_cause[acr-global].mttf=2y..100y:7:log' --configurations zr,geo \
    --metric global.availability --out results/redundancy-payoff-share-sweep > /dev/null
  ./zonesim uncertainty "$p" > /dev/null
  ./zonesim uncertainty "$p" --metric costs.total_per_year --metric clients.eastus.pull.availability \
    --worlds 100 -n 100 --out results/redundancy-payoff-uncertainty-costs > /dev/null
fi
