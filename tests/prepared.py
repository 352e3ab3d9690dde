"""What a test run prepares once for all its workers: the demo, and migrated databases.

Preparing the demo (the operator's `migrate`, `load_demo` and `ensure_demo_admin`) takes about a
minute of one core, a `migrate` a quarter of that. Each is made once per run, by the first worker
that asks, and kept untouched: the demo servers (tests/browser/demo_server.py) and the tests that
run `manage.py` as an operator does start from copies of them.

The demo is started in the background as soon as a worker's collection ends (tests/conftest.py),
while the workers run the other tests (the demo-server tests run last); a worker that gets there
first waits for it. Workers share what is prepared through the run's temporary directory: a lock
file says who prepares it, and `ready.json` (or `failed.txt`) what came of it.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import subprocess
import sys
import threading
import traceback
from contextlib import closing, contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

ROOT = Path(__file__).resolve().parents[1]


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    # A command that logs a traceback (a failed task, say) and carries on has failed its operator.
    ok = result.returncode == 0 and "Traceback" not in result.stderr
    assert ok, f"manage.py {' '.join(args)}:\n{result.stderr[-3000:]}"
    return result.stdout


def fresh_database_url(work_dir: Path, name: str, copy_of: str | None = None) -> str:
    """A new database of the engine the suite runs on (DATABASE_URL): a SQLite file, or a
    PostgreSQL database of its own, dropped first if an earlier run left it. Empty, or a copy
    of the database at `copy_of` (a URL this function returned, not in use)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        path = work_dir / f"{name}.sqlite3"
        if copy_of:
            with closing(sqlite3.connect(urlsplit(copy_of).path)) as source:
                with closing(sqlite3.connect(path)) as copy:
                    source.backup(copy)
        return f"sqlite:///{path}"
    parts = urlsplit(url)
    template = f' TEMPLATE "{urlsplit(copy_of).path.lstrip("/")}"' if copy_of else ""
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"{template}')
    return urlunsplit(parts._replace(path=f"/{name}"))


def demo_environment(database_url: str, media: Path, **extra: str) -> dict[str, str]:
    """`make run`'s settings on the given database and media, outside of pytest."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST"))}
    env.pop("ELASTICSEARCH_URL", None)
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.dev",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(media),
        PYTHONUNBUFFERED="1",
        **extra,
    )
    return env


class Prepared:
    """Something a run prepares once: `build()` makes it in `self.dir` and returns what to
    know about it (JSON)."""

    name = ""

    def __init__(self, run_dir: Path):
        self.dir = run_dir / f"prepared-{self.name}"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.ready = self.dir / "ready.json"
        self.failed = self.dir / "failed.txt"
        self.thread: threading.Thread | None = None

    def build(self) -> dict:
        raise NotImplementedError

    @contextmanager
    def locked(self, blocking: bool = True):
        """The run's lock on it; None when not blocking and another worker holds it."""
        with open(self.dir / "lock", "a+") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
            except BlockingIOError:
                yield None
                return
            try:
                yield lock
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def start(self) -> None:
        """Prepare it in the background, unless another worker does or has."""
        acquired = threading.Event()

        def prepare_holding_the_lock():
            with self.locked(blocking=False) as lock:
                acquired.set()
                if lock is not None and not self.ready.exists() and not self.failed.exists():
                    self.prepare()

        self.thread = threading.Thread(target=prepare_holding_the_lock, daemon=True)
        self.thread.start()
        acquired.wait()  # a later get() of this worker must not find the lock free yet

    def get(self) -> dict:
        if self.thread is not None:
            self.thread.join()
        with self.locked():  # until the worker preparing it has finished
            if not self.ready.exists() and not self.failed.exists():
                self.prepare()
        if self.failed.exists():
            raise RuntimeError(f"preparing the {self.name} failed:\n{self.failed.read_text()}")
        return json.loads(self.ready.read_text())

    def prepare(self) -> None:
        try:
            self.ready.write_text(json.dumps(self.build()))
        except BaseException:
            self.failed.write_text(traceback.format_exc())


class PreparedDemo(Prepared):
    """The demo database (of the suite's engine) and media, as `make run` leaves them."""

    name = "demo"

    def __init__(self, run_dir: Path):
        super().__init__(run_dir)
        self.run_dir = run_dir

    def build(self) -> dict:
        # A copy of the run's migrated database: `migrate` still runs, as the operator runs
        # it, and finds it done.
        migrated = migrated_database()(self.run_dir).get()["database_url"]
        database_url = fresh_database_url(self.dir, prepared_database_name("demo"), migrated)
        env = demo_environment(database_url, self.dir / "media")
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo")
        manage(env, "ensure_demo_admin")
        return {"database_url": database_url, "media": str(self.dir / "media")}


class MigratedPostgres(Prepared):
    """A PostgreSQL database as `manage.py migrate` leaves it under the test settings: each
    worker's test database is created from it (Django's TEST TEMPLATE; the workers' own
    `migrate` then finds nothing to do), and so is the demo's."""

    name = "migrated-postgres"

    def build(self) -> dict:
        database_url = fresh_database_url(self.dir, prepared_database_name("migrated"))
        env = demo_environment(database_url, self.dir / "media")
        manage({**env, "DJANGO_SETTINGS_MODULE": "cms.settings.test"}, "migrate", "--noinput")
        return {"database_url": database_url, "name": urlsplit(database_url).path.strip("/")}


class MigratedSqlite(Prepared):
    """A SQLite file as `manage.py migrate` leaves it under the test settings: each worker's
    in-memory test database is restored from it (tests/conftest.py), and the tests that run
    `manage.py` as an operator does start from copies of it."""

    name = "migrated-sqlite"

    def build(self) -> dict:
        path = self.dir / "db.sqlite3"
        env = demo_environment(f"sqlite:///{path}", self.dir / "media")
        manage({**env, "DJANGO_SETTINGS_MODULE": "cms.settings.test"}, "migrate", "--noinput")
        return {"path": str(path), "database_url": f"sqlite:///{path}"}

    def restore_into(self, connection) -> None:
        """Replace the content of a Django SQLite connection's database with it."""
        connection.ensure_connection()
        with closing(sqlite3.connect(self.get()["path"])) as source:
            source.backup(connection.connection)

    def copy(self, to: Path) -> str:
        """A copy of it at `to`, as a DATABASE_URL."""
        with closing(sqlite3.connect(self.get()["path"])) as source:
            with closing(sqlite3.connect(to)) as copy:
                source.backup(copy)
        return f"sqlite:///{to}"


def migrated_database() -> type[Prepared]:
    """The migrated database of the suite's engine (DATABASE_URL, as fresh_database_url)."""
    on_postgres = os.environ.get("DATABASE_URL", "").startswith("postgres")
    return MigratedPostgres if on_postgres else MigratedSqlite


def prepared_database_name(what: str) -> str:
    """Named after the suite's database, so runs on different databases keep apart."""
    name = urlsplit(os.environ.get("DATABASE_URL", "")).path.strip("/") or "alliance"
    return f"{name}_{what}_prepared"


_prepared: dict[type, Prepared] = {}


def prepared(kind: type[Prepared], config) -> Prepared:
    """This run's one `kind`, in the directory all workers' temporary directories are in."""
    if kind not in _prepared:
        base = config._tmp_path_factory.getbasetemp()
        _prepared[kind] = kind(base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base)
    return _prepared[kind]
