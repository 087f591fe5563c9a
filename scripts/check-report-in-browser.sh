#!/usr/bin/env bash
# Renders DIR/report.html in headless Chromium in a 1024 x 768 window and checks what a reader
# sees: the page logs no console message, nothing is cut off (the page is no wider than the
# window; a table wider than it scrolls inside its own box), and the answer table starts above
# the fold. Saves two screenshots, the first screen and the whole page:
#
#   scripts/check-report-in-browser.sh results/contoso-eastus [OUT]   (OUT-top.png, OUT-full.png;
#                                                                       default /tmp/zonesim-report)
#
# Exit 0 when the checks pass, 1 when one fails, 2 on usage errors. Without Chromium on the PATH
# (Debian: apt-get install chromium) it says so and exits 0: .ci/run calls it for every example.
set -euo pipefail

dir=${1:?usage: $0 RESULTS_DIR [OUT]}
[ -d "$dir" ] || { echo "$dir: no such folder" >&2; exit 2; }
report=$(cd "$dir" && pwd)/report.html
out=${2:-${TMPDIR:-/tmp}/zonesim-report}
[ -f "$report" ] || { echo "$report: no such file (run 'zonesim report $dir' first)" >&2; exit 2; }

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    echo "check-report-in-browser: skipped for $dir: no chromium on the PATH (Debian: apt-get install chromium)"
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
width=1024
height=768

# The layout check runs in a page of its own that loads the report in a frame of the window's
# size; the report itself holds no script.
cat > "$work/check.html" <<EOF
<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
<iframe id="f" src="file://$report" style="width:${width}px;height:${height}px;border:0"></iframe>
<pre id="verdict">not loaded</pre>
<script>
document.getElementById('f').addEventListener('load', function () {
  var w = this.contentWindow, d = this.contentDocument, problems = [];
  if (!d) { document.getElementById('verdict').textContent = 'FAIL cannot read the report'; return; }
  var page = d.documentElement;
  if (page.scrollWidth > page.clientWidth) {
    problems.push('the page is wider than the window: ' + page.scrollWidth + ' > ' + page.clientWidth + ' px');
  }
  d.querySelectorAll('table').forEach(function (t, i) {
    var box = t.parentElement, style = w.getComputedStyle(box);
    var scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
    if (t.getBoundingClientRect().right > page.clientWidth + 0.5 && !scrolls) {
      problems.push('table ' + (i + 1) + ' is cut off at the right edge');
    }
  });
  var answer = d.querySelector('#answer ~ div.scroll table tr:nth-child(3)');
  if (!answer) {
    problems.push('no answer table');
  } else if (answer.getBoundingClientRect().bottom > w.innerHeight) {
    problems.push('the answer starts below the fold (' + Math.round(answer.getBoundingClientRect().bottom) + ' px)');
  }
  document.getElementById('verdict').textContent = (problems.length ? 'FAIL ' + problems.join('; ') : 'OK')
      + ' height=' + page.scrollHeight;
});
</script></body></html>
EOF

run() {
    "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --hide-scrollbars \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$work/profile" --enable-logging=stderr --v=0 "$@" 2>>"$work/log"
}

run --allow-file-access-from-files --virtual-time-budget=10000 --dump-dom "file://$work/check.html" > "$work/dom" || true
verdict=$(sed -n 's/.*<pre id="verdict">\([^<]*\)<\/pre>.*/\1/p' "$work/dom" | sed 's/&gt;/>/g; s/&lt;/</g; s/&amp;/\&/g')
pageheight=$(printf '%s' "$verdict" | sed -n 's/.*height=\([0-9]*\).*/\1/p')
rm -f "$out-top.png" "$out-full.png"
run --window-size=$width,$height --screenshot="$out-top.png" "file://$report" || true
run --window-size=$width,${pageheight:-8000} --screenshot="$out-full.png" "file://$report" || true

status=0
if [ ! -s "$out-top.png" ] || [ ! -s "$out-full.png" ]; then
    echo "$dir: no screenshot produced; browser log:" >&2
    grep -v dbus "$work/log" >&2 || true
    status=1
fi
console=$(grep -E ':CONSOLE[:(]' "$work/log" | grep -v 'check.html' || true)
if [ -n "$console" ]; then
    echo "$dir: the page logged console messages:" >&2
    echo "$console" >&2
    status=1
fi
case "$verdict" in
    OK*) echo "$dir: fits ${width} px, answer above the fold; screenshots $out-top.png, $out-full.png" ;;
    *) echo "$dir: ${verdict:-the layout check did not run}" >&2; status=1 ;;
esac
exit $status
