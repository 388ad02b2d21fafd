#!/usr/bin/env bash
# Installs the Debian packages Uptake needs, only those that are missing.
# Usage: scripts/install-deps.sh [demo|test]   (test also installs the PostgreSQL server for the store tests,
# chromium and chromium-driver for the browser suite, and that suite's Python selenium in .build/browser-venv)
set -euo pipefail

# libjs-chart.js and libjs-leaflet: the web app serves Chart.js and Leaflet from their installed paths (no CDN).
needed=(libxgboost-dev libsqlite3-dev pkg-config libjs-chart.js libjs-leaflet)
if [[ "${1:-demo}" == "test" ]]; then
    needed+=(postgresql chromium chromium-driver)
    root=$(cd "$(dirname "$0")/.." && pwd)
    venv=$root/.build/browser-venv
    install_browser_venv() {
        if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/python" -c "import selenium" 2>/dev/null; then
            python3 -m venv "$venv"
            "$venv/bin/pip" install -q -r "$root/Tests/browser/requirements.txt"
        fi
    }
    trap install_browser_venv EXIT
fi

missing=()
for package in "${needed[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "Installing missing system packages: ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
    sudo=()
elif command -v sudo >/dev/null; then
    sudo=(sudo)
else
    echo "error: run as root, or install these packages first: ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
