# Uptake: the two commands are `make demo` and `make test` (README.md).
SHELL := /bin/bash
export PATH := $(PATH):/opt/swift/usr/bin
SWIFT ?= swift
# GNU OpenMP spins idle threads by default; on a busy 2-core machine that makes XGBoost training ~10x slower.
export OMP_WAIT_POLICY := passive

DEMO_DIR := uptake-demo
DEMO_DB := sqlite:./$(DEMO_DIR)/uptake.sqlite
UPTAKE := .build/release/uptake
HOST ?= 127.0.0.1
PORT ?= 8080
# The demo users' password (loopback demo only) and the team demo-rep-01 is in (seed 1, 8 reps, 2 teams).
DEMO_PASSWORD ?= demo-password
DEMO_TEAM ?= Demo South

.PHONY: demo demo-data test build bench-import clean

## demo: build, generate the demo territory, run the whole pipeline on it, then serve the web app.
demo: demo-data
	$(UPTAKE) serve --database $(DEMO_DB) --host $(HOST) --port $(PORT)

## demo-data: everything `make demo` does except serving.
demo-data: build
	@mkdir -p $(DEMO_DIR)
	@rm -f $(DEMO_DIR)/uptake.sqlite $(DEMO_DIR)/uptake.sqlite-wal $(DEMO_DIR)/uptake.sqlite-shm
	$(UPTAKE) demo generate --database $(DEMO_DB)
	$(UPTAKE) status --database $(DEMO_DB)
	$(UPTAKE) train --database $(DEMO_DB)
	$(UPTAKE) score --database $(DEMO_DB)
	$(UPTAKE) model health --database $(DEMO_DB)
	@# Plan every rep's next working day (great-circle times; add --osrm-url URL for road times).
	$(UPTAKE) plan --all --date next-working-day --database $(DEMO_DB) --quiet
	@# A SIMULATED 8-week pilot over the demo reps (docs/evidence.md): design, freeze, ledger, analysis, ROI.
	$(UPTAKE) demo pilot --database $(DEMO_DB)
	$(UPTAKE) funnel --by rep --database $(DEMO_DB)
	$(UPTAKE) pulse simulate --database $(DEMO_DB)
	$(UPTAKE) digest --database $(DEMO_DB) --role executive --format html --out $(DEMO_DIR)/digest-executive.html
	$(UPTAKE) digest --database $(DEMO_DB) --role executive --format markdown --out $(DEMO_DIR)/digest-executive.md
	$(UPTAKE) digest --database $(DEMO_DB) --role manager --format html --out $(DEMO_DIR)/digest-manager.html
	$(UPTAKE) digest --database $(DEMO_DB) --role rep --rep demo-rep-01 --format html --out $(DEMO_DIR)/digest-rep.html
	@echo "$(DEMO_PASSWORD)" | $(UPTAKE) user add demo-rep --role rep --rep demo-rep-01 --password-stdin --database $(DEMO_DB)
	@echo "$(DEMO_PASSWORD)" | $(UPTAKE) user add demo-manager --role manager --team "$(DEMO_TEAM)" --password-stdin --database $(DEMO_DB)
	@echo "$(DEMO_PASSWORD)" | $(UPTAKE) user add demo-executive --role executive --password-stdin --database $(DEMO_DB)
	@echo "$(DEMO_PASSWORD)" | $(UPTAKE) user add demo-analyst --role analyst --password-stdin --database $(DEMO_DB)
	@echo "$(DEMO_PASSWORD)" | $(UPTAKE) user add demo-admin --role admin --password-stdin --database $(DEMO_DB)
	@echo "Demo logins at http://$(HOST):$(PORT)/login, password $(DEMO_PASSWORD):"
	@echo "  demo-rep (My day of demo-rep-01), demo-manager ($(DEMO_TEAM)), demo-executive, demo-analyst, demo-admin"

build:
	@scripts/install-deps.sh demo
	$(SWIFT) build -c release --product uptake

## test: install what is missing, build, run every test (PostgreSQL included), the browser suite, schemathesis.
test:
	@scripts/install-deps.sh test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	UPTAKE=.build/debug/uptake Tests/browser/run.sh
	UPTAKE=.build/debug/uptake Tests/schemathesis/run.sh

## test-browser: the browser suite (headless chromium); screenshots in test-output/browser.
.PHONY: test-browser
test-browser:
	@scripts/install-deps.sh test
	Tests/browser/run.sh

## bench-import: 1,000,000 generated leads into SQLite and PostgreSQL (bench/import/README.md).
bench-import: build
	bench/import/run.sh

clean:
	rm -rf .build $(DEMO_DIR)
