#!/bin/sh
# Evidence benchmark: release build of the bench package, then the run with the Python peer.
# Peer venv: python3 -m venv /tmp/venv-evidence && /tmp/venv-evidence/bin/pip install -r scripts/fixtures/requirements.txt
set -e
cd "$(dirname "$0")"
PY="${PEER_PYTHON:-/tmp/venv-evidence/bin/python}"
swift build -c release --product evidence-bench
./.build/release/evidence-bench --peer "$PY" "$@"
