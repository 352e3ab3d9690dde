"""A demo site served the way `make run` serves it, for the browser tests.

The server is a separate `manage.py runserver` process on its own database, prepared by the
same commands an operator runs (`migrate`, `load_demo`, `ensure_demo_admin`). The tests only
reach it over HTTP: the admin in Chromium, the API with plain requests, as editors and
frontends do.

Preparing a demo (a migrate and a full demo load) is the costly part, and a test process has two
servers (the browser tests' and the contract tests'): the first prepared database and its media
are kept untouched, and the next server starts from a copy of them.
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import requests

ROOT = Path(__file__).resolve().parents[2]
ADMIN_USER, ADMIN_PASSWORD = "admin", "alliance-demo"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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


@dataclass
class PreparedDemo:
    """A demo database and its media as `migrate`, `load_demo` and `ensure_demo_admin` leave
    them, kept aside before any server or test touches them."""

    database_url: str
    media: Path


_prepared: PreparedDemo | None = None  # the first one of this test process


@dataclass
class DemoServer:
    work_dir: Path
    name: str
    extra_env: dict[str, str] = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None
    generation: int = 0  # how many times reset() started it afresh

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST"))}
        env.pop("ELASTICSEARCH_URL", None)
        env.update(
            DJANGO_SETTINGS_MODULE="cms.settings.dev",
            DATABASE_URL=self.database_url,
            MEDIA_ROOT=str(self.work_dir / "media"),
            PORT=str(self.port),
            PYTHONUNBUFFERED="1",
            **self.extra_env,
        )
        return env

    def manage(self, *args: str) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.environment(),
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 0, f"manage.py {' '.join(args)}:\n{result.stderr[-3000:]}"
        return result.stdout

    def start(self) -> DemoServer:
        self.prepare()
        # Appended to: after a reset the failed try's requests are still there to read.
        self.log = open(self.work_dir / "server.log", "a")
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{self.port}", "--noreload"],
            cwd=ROOT,
            env=self.environment(),
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                requests.get(f"{self.url}/admin/login/", timeout=5)
                return self
            except requests.ConnectionError:
                assert self.process.poll() is None, (self.work_dir / "server.log").read_text()
                time.sleep(0.3)
        raise TimeoutError(f"the demo server did not answer on {self.url}")

    def reset(self) -> DemoServer:
        """The same server, on the same port, started again from a fresh copy of the prepared
        demo: a rerun must not meet what its failed try left (a saved draft, a submitted
        translation, an approved post)."""
        self.stop()
        shutil.rmtree(self.work_dir / "media")
        self.generation += 1
        return self.start()

    def prepare(self) -> None:
        """The demo database and media: prepared by the operator's commands the first time in
        this process (and kept aside), copied from that the next times."""
        global _prepared
        if _prepared is not None:
            self.database_url = fresh_database_url(
                self.work_dir, self.name, copy_of=_prepared.database_url
            )
            shutil.copytree(_prepared.media, self.work_dir / "media")
            return
        self.database_url = fresh_database_url(self.work_dir, self.name)
        self.manage("migrate", "--noinput")
        self.manage("load_demo")
        self.manage("ensure_demo_admin")
        kept = self.work_dir / "prepared"
        kept.mkdir()
        _prepared = PreparedDemo(
            fresh_database_url(kept, f"{self.name}_prepared", copy_of=self.database_url),
            Path(shutil.copytree(self.work_dir / "media", kept / "media")),
        )

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=20)
            self.log.close()
            self.process = None

    def graphql(self, query: str, variables: dict | None = None, headers=None) -> dict:
        """An operation over HTTP, as a frontend sends it; errors fail the test."""
        response = requests.post(
            f"{self.url}/graphql/",
            json={"query": query, "variables": variables or {}},
            headers=headers,
            timeout=30,
        )
        body = response.json()
        assert response.status_code == 200 and not body.get("errors"), body
        return body["data"]
