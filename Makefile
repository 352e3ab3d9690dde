# The two commands of the quick start: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export PORT  # the settings build the admin's e-mail links from it
# Compiled modules and pytest's rewritten test modules are cached even where the environment
# says not to (PYTHONDONTWRITEBYTECODE): the second test pass and every process the tests start
# would otherwise compile them again.
unexport PYTHONDONTWRITEBYTECODE
PG_URL ?= postgres://postgres@127.0.0.1:5432/alliance_cms

.PHONY: run serve test test-sqlite test-postgres test-postgres-all install dev-install lint format lock demo contract

$(VENV)/.installed: requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed requirements-dev.lock
	$(PY) -m pip install --quiet -r requirements-dev.lock
	touch $@

# The frontend contract's tools (GraphQL Code Generator, TypeScript), pinned by package-lock.json.
# Without node the TypeScript tests are skipped, and say so.
CONTRACT := frontend-contract
$(CONTRACT)/node_modules/.installed: $(CONTRACT)/package-lock.json
	@if command -v npm >/dev/null; then \
		cd $(CONTRACT) && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.installed; \
	else echo "npm not found: the frontend contract's TypeScript tests will be skipped"; fi

install: $(VENV)/.installed

# pip and npm at once: each keeps about one core busy.
dev-install:
	@$(MAKE) --no-print-directory -j2 $(VENV)/.dev-installed $(CONTRACT)/node_modules/.installed

# After a schema or operation change: the SDL, then the TypeScript types (review both diffs).
contract: dev-install
	$(PY) manage.py export_contract
	cd $(CONTRACT) && npm run codegen

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo --once
	$(PY) manage.py ensure_demo_admin
	@echo "GraphQL (GraphiQL): http://127.0.0.1:$(PORT)/graphql/   Admin: http://127.0.0.1:$(PORT)/admin/   Site: http://127.0.0.1:$(PORT)/site/"
	@# The webhook worker sends deliveries next to the web server, and stops with it.
	$(PY) manage.py db_worker --backend webhooks --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# Production serving: migrations, static files, then gunicorn (gunicorn.conf.py) and, when
# ELASTICSEARCH_URL is set, the search index worker next to it, and the webhooks worker;
# Ctrl-C stops them all.
serve: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py db_worker --backend webhooks & webhooks=$$!; search=; \
	if [ -n "$$ELASTICSEARCH_URL" ]; then \
		$(PY) manage.py db_worker --backend search & search=$$!; \
	fi; \
	trap 'kill $$webhooks $$search 2>/dev/null' EXIT INT TERM; \
	$(VENV)/bin/gunicorn -c gunicorn.conf.py

demo: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo

test: dev-install lint test-sqlite test-postgres

# Two workers (pytest-xdist), one per core; the slowest tests are listed at the end.
TEST_WORKERS ?= 2
PYTEST := $(PY) -m pytest -n $(TEST_WORKERS) --durations=15

# The two passes (tests/conftest.py sorts each test by what it touches): the SQLite pass runs every
# test but the demo-server ones (served_demo: the browser and contract tests, over HTTP); the
# PostgreSQL pass runs those, on production's engine, and the tests whose answer can depend on
# the engine (both_engines: commits and locks, the database search backend, code per engine).
test-sqlite: dev-install
	$(PYTEST) -m "not served_demo"

test-postgres: dev-install
	DATABASE_URL=$(PG_URL) $(PYTEST) -m "served_demo or both_engines"

# Every test that reaches the database, on PostgreSQL: before a release, or after a change to
# how queries are written.
test-postgres-all: dev-install
	DATABASE_URL=$(PG_URL) $(PYTEST)

lint: dev-install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: dev-install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Re-resolve the pinned sets after changing pyproject.toml.
lock:
	$(PY) -m pip freeze --exclude-editable | grep -v -E '^(pytest|pytest-django|pytest-rerunfailures|pytest-xdist|ruff|execnet|iniconfig|pluggy|playwright|greenlet|pyee|osmem-server)==' > requirements.lock
	$(PY) -m pip freeze --exclude-editable | grep -E '^(pytest|pytest-django|pytest-rerunfailures|pytest-xdist|ruff|execnet|iniconfig|pluggy|playwright|greenlet|pyee|osmem-server)==' > requirements-dev.lock
