"""The production web process: gunicorn with gunicorn.conf.py, started as an operator starts it,
on the embedded default (a SQLite file), answering GraphQL and taking concurrent forum replies.

SQLite has one writer at a time: without WAL, IMMEDIATE transactions and a busy timeout
(cms/settings/base.py), replies arriving together failed with "database is locked". Here two
worker processes of four threads each take 36 replies sent at the same moment; every one must
be accepted and kept. SQLite only: on the PostgreSQL pass the file database would be the same.
"""

import functools
import json
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from django.db import connection

from tests.browser.demo_server import free_port
from tests.forums.operations import REPLY
from tests.prepared import MigratedSqlite, manage, prepared

ROOT = Path(__file__).resolve().parents[2]

SETUP = """
import json
from django.contrib.auth import get_user_model
from wagtail.models import Site
from forums.models import ForumIndexPage, ForumPage, Topic
from members import tokens
from members.models import Member

home = Site.objects.get(is_default_site=True).root_page
def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
index = publish(home, ForumIndexPage(title="Forums", slug="forums"))
forum = publish(index, ForumPage(title="Housing", slug="housing"))
users = [
    get_user_model().objects.create_user(f"member{i}", f"member{i}@cities.example")
    for i in range(12)
]
for user in users:
    Member.objects.create(user=user)
topic = Topic.objects.create(forum=forum, title="Rents in informal settlements", author=users[0])
print(json.dumps(
    {"topic": topic.pk, "tokens": [tokens.open_session(u).access_token for u in users]}
))
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory, pytestconfig):
    if connection.vendor != "sqlite":
        pytest.skip("the embedded default is SQLite; the PostgreSQL pass adds nothing here")
    work = tmp_path_factory.mktemp("gunicorn")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST"))}
    env.pop("ELASTICSEARCH_URL", None)
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.dev",
        DATABASE_URL=prepared(MigratedSqlite, pytestconfig).copy(work / "db.sqlite3"),
        MEDIA_ROOT=str(work / "media"),
        BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="2",
        GUNICORN_THREADS="4",
        FORUM_POSTS_PER_MINUTE="100",
    )

    fixtures = json.loads(manage(env, "shell", "-c", SETUP).strip().splitlines()[-1])
    log = open(work / "gunicorn.log", "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/graphql/"
    deadline = time.monotonic() + 90
    while True:
        try:
            requests.get(url, timeout=5)
            break
        except requests.ConnectionError:
            assert process.poll() is None, (work / "gunicorn.log").read_text()
            assert time.monotonic() < deadline, "gunicorn did not answer"
            time.sleep(0.3)
    yield {"url": url, "manage": functools.partial(manage, env), **fixtures}
    process.terminate()
    process.wait(timeout=30)
    log.close()


def test_gunicorn_answers_graphql_with_a_cacheable_answer(server):
    response = requests.post(server["url"], json={"query": "{ locales { code } }"}, timeout=30)
    assert response.status_code == 200
    assert {"code": "fr"} in response.json()["data"]["locales"]
    assert "public" in response.headers["Cache-Control"] and "Set-Cookie" not in response.headers


RETITLE = """
from wagtail.models import Page
page = Page.objects.get(slug="housing").specific
page.title = "Housing and land"
page.save_revision().publish()
"""


def titles_from_every_worker(url: str) -> list[tuple[str, set[str]]]:
    """(X-Cache, page titles) of 32 answers, asked 8 at a time so both workers answer."""

    def ask(_):
        response = requests.post(url, json={"query": "{ pages { title } }"}, timeout=30)
        titles = {page["title"] for page in response.json()["data"]["pages"]}
        return response.headers["X-Cache"], titles

    with ThreadPoolExecutor(8) as pool:
        return list(pool.map(ask, range(32)))


def test_a_publish_in_another_process_reaches_every_workers_cached_answers(server):
    """Each worker keeps its own answers (local memory); a publish made elsewhere (here a
    management command) must still end every worker's stored answers at once."""
    before = titles_from_every_worker(server["url"])
    assert all("Housing" in titles for _, titles in before)
    assert "HIT" in {cache for cache, _ in before}
    server["manage"]("shell", "-c", RETITLE)
    after = titles_from_every_worker(server["url"])
    assert all("Housing and land" in titles for _, titles in after)


def test_concurrent_replies_on_sqlite_are_all_accepted_and_kept(server):
    tokens = server["tokens"]
    barrier = threading.Barrier(len(tokens))
    results: list = []

    def reply(index: int, token: str):
        barrier.wait()
        for n in range(3):
            response = requests.post(
                server["url"],
                json={
                    "query": REPLY,
                    "variables": {"topicId": server["topic"], "body": f"<p>{index}.{n}</p>"},
                },
                headers={"Authorization": f"Bearer {token}"},
                timeout=60,
            )
            results.append((response.status_code, response.json()))

    threads = [threading.Thread(target=reply, args=pair) for pair in enumerate(tokens)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    failures = [body for status, body in results if status != 200 or body.get("errors")]
    assert len(results) == 36 and failures == []
    counted = requests.post(
        server["url"],
        json={
            "query": "query ($id: ID!) { forumTopic(id: $id) { postCount } }",
            "variables": {"id": server["topic"]},
        },
        timeout=30,
    ).json()
    assert counted["data"]["forumTopic"]["postCount"] == 36


def test_loading_the_wsgi_module_builds_the_schema():
    """So no worker's first request waits for it (cms/graphql/startup.py)."""
    check = (
        "import sys, cms.wsgi; "
        "from graphene_django.settings import graphene_settings; "
        "print('cms.graphql.schema' in sys.modules, 'SCHEMA' in vars(graphene_settings))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST"))}
    done = subprocess.run(
        [sys.executable, "-c", check], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.stdout.split() == ["True", "True"], done.stderr[-2000:]
