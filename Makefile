# The two commands of the quick start: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PG_URL ?= postgres://postgres@127.0.0.1:5432/alliance_cms

.PHONY: run test test-sqlite test-postgres install dev-install lint format lock demo

$(VENV)/.installed: requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed requirements-dev.lock
	$(PY) -m pip install --quiet -r requirements-dev.lock
	touch $@

install: $(VENV)/.installed

dev-install: $(VENV)/.dev-installed

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo --once
	$(PY) manage.py ensure_demo_admin
	@echo "GraphQL (GraphiQL): http://127.0.0.1:$(PORT)/graphql/   Admin: http://127.0.0.1:$(PORT)/admin/"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

demo: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo

test: dev-install lint test-sqlite test-postgres

test-sqlite: dev-install
	$(PY) -m pytest

test-postgres: dev-install
	DATABASE_URL=$(PG_URL) $(PY) -m pytest

lint: dev-install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: dev-install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Re-resolve the pinned sets after changing pyproject.toml.
lock:
	$(PY) -m pip freeze --exclude-editable | grep -v -E '^(pytest|pytest-django|pytest-xdist|ruff|execnet|iniconfig|pluggy|playwright|greenlet|pyee|osmem-server)==' > requirements.lock
	$(PY) -m pip freeze --exclude-editable | grep -E '^(pytest|pytest-django|pytest-xdist|ruff|execnet|iniconfig|pluggy|playwright|greenlet|pyee|osmem-server)==' > requirements-dev.lock
