"""Build and check the GraphQL schema (and load the URLs) when the web process starts.

graphene-django imports the schema on the first request, which then waits about a second, once
per worker. Building it from the WSGI module instead moves that to start-up (and, with gunicorn's
`preload_app`, to the master process, shared by every worker), and a broken schema stops the
process before it serves anything. The URLs (Wagtail's admin among them) are otherwise also
imported by the first request.
"""

from django.core.exceptions import ImproperlyConfigured
from django.db import connections
from django.urls import resolve
from graphene_django.settings import graphene_settings
from graphql import validate_schema


def prepare() -> None:
    errors = validate_schema(graphene_settings.SCHEMA.graphql_schema)
    if errors:
        raise ImproperlyConfigured(f"The GraphQL schema is invalid: {errors}")
    resolve("/graphql/")
    # Nothing opened here may be shared with the processes gunicorn forks next.
    connections.close_all()
