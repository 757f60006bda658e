#!/usr/bin/env bash
# The HTML report in a real browser (issue 12): headless Chromium renders the page of
# data-example, takes a screenshot at desktop and at phone width, prints it to PDF, and
# dumps its DOM, which tests/browser/check_report.py checks against
# `report --format json` (every figure, the charts, no script, no student names).
#
#   tests/browser/report.sh [OUT_DIR]
#
# OUT_DIR keeps report.html, the screenshots and the PDF (default: a temporary folder,
# removed). Exits 0 with a note when no Chromium is installed (.ci/run installs it).
set -euo pipefail
cd "$(dirname "$0")/../.."

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [[ -z $browser ]]; then
    echo "tests/browser/report.sh: no chromium found; the browser test did not run" >&2
    exit 0
fi

cargo build --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/uitstroom"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${1:-$work}
mkdir -p "$out"
out=$(cd "$out" && pwd)

run() { "$bin" --dir data-example --today 2026-11-25 "$@"; }
run report --format html -o "$out/report.html" 2> /dev/null
run report --format json > "$work/report.json"
run list --format json > "$work/list.json"

# Flags for a browser that touches nothing but the page: no sandbox (containers), no
# GPU, no first-run, no network of its own, a profile of its own.
flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$work/profile")
page="file://$out/report.html"
log="$work/chromium.log"
browse() {
    if ! timeout 120 "$browser" "${flags[@]}" "$@" "$page" 2>> "$log"; then
        cat "$log" >&2
        echo "tests/browser/report.sh: chromium failed: $*" >&2
        exit 1
    fi
}
browse --window-size=1100,2400 --screenshot="$out/report.png" > /dev/null
browse --window-size=390,2400 --screenshot="$out/report-phone.png" > /dev/null
browse --no-pdf-header-footer --print-to-pdf="$out/report.pdf" > /dev/null
browse --dump-dom > "$work/dom.html"

python3 tests/browser/check_report.py "$work/dom.html" "$work/report.json" "$work/list.json" \
    "$out/report.png:1100" "$out/report-phone.png:390" "$out/report.pdf"
