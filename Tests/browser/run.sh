#!/usr/bin/env bash
# The browser suite: a demo database with one user per role, `uptake serve` on a free loopback port, and
# Debian's chromium driven headless through chromium-driver by Python selenium (in a venv under .build/).
# Screenshots of every page at 390 px and 1280 px go to $TEST_OUTPUT (default: test-output/browser).
#
# Usage: Tests/browser/run.sh            (builds .build/debug/uptake first unless UPTAKE=path is set)
# Needs: scripts/install-deps.sh test (chromium, chromium-driver, libjs-chart.js, libjs-leaflet).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
output=${TEST_OUTPUT:-$root/test-output/browser}
venv=${BROWSER_VENV:-$root/.build/browser-venv}
if [[ -z "${UPTAKE:-}" ]]; then
    swift build --product uptake >&2
    UPTAKE=$root/.build/debug/uptake
fi
if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/python" -c "import selenium" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q -r Tests/browser/requirements.txt
fi
mkdir -p "$output"
exec "$venv/bin/python" Tests/browser/test_browser.py --uptake "$UPTAKE" --output "$output"
