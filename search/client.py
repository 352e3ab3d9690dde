"""The Elasticsearch client, built once per URL from the settings."""

from __future__ import annotations

from functools import lru_cache

from django.utils.module_loading import import_string
from elasticsearch import Elasticsearch

from . import conf


@lru_cache(maxsize=8)
def _client(url: str, node_class: str, timeout: float) -> Elasticsearch:
    options = {"request_timeout": timeout, "max_retries": 1, "retry_on_timeout": False}
    if node_class:
        options["node_class"] = import_string(node_class)
    return Elasticsearch(url, **options)


def get_client() -> Elasticsearch:
    return _client(conf.elasticsearch_url(), conf.node_class(), conf.timeout())
