"""The search app's settings, with the defaults a laptop needs (see cms/settings/base.py)."""

from django.conf import settings


def elasticsearch_url() -> str:
    return getattr(settings, "ELASTICSEARCH_URL", "") or ""


def index_alias() -> str:
    return getattr(settings, "SEARCH_ELASTICSEARCH_INDEX", "alliance-pages")


def node_class() -> str:
    return getattr(settings, "SEARCH_ELASTICSEARCH_NODE_CLASS", "") or ""


def timeout() -> float:
    return float(getattr(settings, "SEARCH_ELASTICSEARCH_TIMEOUT", 5))


def language_analyzers() -> dict[str, str]:
    return dict(getattr(settings, "SEARCH_LANGUAGE_ANALYZERS", {"en": "english"}))


def attachment_max_chars() -> int:
    return int(getattr(settings, "SEARCH_ATTACHMENT_MAX_CHARS", 100_000))


def attachment_max_pages() -> int:
    return int(getattr(settings, "SEARCH_ATTACHMENT_MAX_PAGES", 200))


# Pending updates at most excluded from an Elasticsearch query; past this the index is too far
# behind to be trusted and the database answers instead.
MAX_EXCLUDED_PENDING = 500
