#!/usr/bin/env bash
# Manual check (not part of mvn verify): render DIR/report.html in headless Chromium,
# save a full-page screenshot and the browser's console messages, and fail if no
# screenshot was produced or the page logged a console error.
#
#   scripts/check-report-in-browser.sh results/ref66 [OUT.png]   (default /tmp/zonesim-report.png)
#
# Installs Debian's chromium with apt-get when it is missing (needs root).
set -euo pipefail

dir=${1:?usage: $0 RESULTS_DIR [OUT.png]}
[ -d "$dir" ] || { echo "$dir: no such folder" >&2; exit 2; }
report=$(cd "$dir" && pwd)/report.html
out=${2:-${TMPDIR:-/tmp}/zonesim-report.png}
[ -f "$report" ] || { echo "$report: no such file (run 'zonesim report $dir' first)" >&2; exit 2; }

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "installing chromium ..." >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    browser=$(command -v chromium)
fi

profile=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$profile" "$log"' EXIT
rm -f "$out"
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --enable-logging=stderr --v=0 \
    --screenshot="$out" --window-size=1280,8000 "file://$report" 2>"$log" || true

# Console messages from the page look like: [...:INFO:CONSOLE:1] "message", source: file:///...
console=$(grep -E ':CONSOLE[:(]' "$log" || true)
if [ ! -s "$out" ]; then
    echo "no screenshot produced; browser log:" >&2
    grep -v dbus "$log" >&2 || true
    exit 1
fi
echo "screenshot: $out"
if [ -n "$console" ]; then
    echo "console messages:" >&2
    echo "$console" >&2
    exit 1
fi
echo "no console messages"
