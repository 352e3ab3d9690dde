"""A demo site served the way `make run` serves it, for the browser and contract tests.

The server is a separate `manage.py runserver` process on its own database, a copy of the demo
prepared once per test run by the same commands an operator runs (`migrate`, `load_demo`,
`ensure_demo_admin`; tests/prepared.py). The tests only reach it over HTTP: the admin in
Chromium, the API with plain requests, as editors and frontends do.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

from tests.prepared import Prepared, demo_environment, fresh_database_url, manage

ROOT = Path(__file__).resolve().parents[2]
ADMIN_USER, ADMIN_PASSWORD = "admin", "alliance-demo"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class DemoServer:
    work_dir: Path
    name: str
    prepared: Prepared
    extra_env: dict[str, str] = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None
    generation: int = 0  # how many times reset() started it afresh

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def environment(self) -> dict[str, str]:
        return demo_environment(
            self.database_url, self.work_dir / "media", PORT=str(self.port), **self.extra_env
        )

    def manage(self, *args: str) -> str:
        return manage(self.environment(), *args)

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
        """A copy of the run's prepared demo database and media."""
        prepared = self.prepared.get()
        self.database_url = fresh_database_url(
            self.work_dir, self.name, copy_of=prepared["database_url"]
        )
        shutil.copytree(prepared["media"], self.work_dir / "media")

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
