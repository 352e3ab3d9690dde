"""gunicorn settings of the web process (`make serve`); each can be changed from the environment.

Threads, not only processes: most of a request's time is spent waiting for the database or the
search engine. The application is loaded before forking (`preload_app`), so the GraphQL schema
is built once (cms/graphql/startup.py) and the workers start answering at once.
"""

import os

wsgi_app = "cms.wsgi:application"
bind = os.environ.get("BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
preload_app = True
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# Recycle workers now and then, so a slow leak never grows unbounded.
max_requests = 5000
max_requests_jitter = 500
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None  # empty: no access log
