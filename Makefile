# Shortcuts for developers; the README's two commands need only bash.
.PHONY: setup run test bench bench-sync bench-slow-link bench-console demo translations lint migration screenshots bundle windows

setup:
	scripts/setup.sh

run:
	scripts/run.sh $(ARGS)

test:
	scripts/test.sh

lint: setup
	.venv/bin/ruff format --check counsellor_app tests scripts benchmarks
	.venv/bin/ruff check counsellor_app tests scripts benchmarks db
	.venv/bin/lint-imports
	.venv/bin/mypy

bench: setup
	QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench.py $(ARGS)

bench-sync: setup
	.venv/bin/python benchmarks/sync_bench.py --postgres $(ARGS)

# An agency's first pull (10,000 people) over a 1 Mbit/s, 300 ms link that drops every 4 MB.
bench-slow-link: setup
	.venv/bin/python benchmarks/sync_bench.py --postgres --ops 100000 --slow-link --devices 10 $(ARGS)

bench-console: setup
	.venv/bin/python benchmarks/console_bench.py $(ARGS)

demo: setup
	.venv/bin/counsellor-app demo --data-dir $(or $(DIR),/tmp/counsellor-demo) --people $(or $(PEOPLE),500)

translations: setup
	.venv/bin/python scripts/i18n.py update
	.venv/bin/python scripts/i18n.py check

screenshots: setup
	.venv/bin/python scripts/screenshots.py screenshots

migration: setup
	.venv/bin/python scripts/new_migration.py "$(MESSAGE)"

bundle:
	scripts/build_bundle.sh

windows:
	scripts/build_windows.sh
