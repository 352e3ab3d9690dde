"""Demo themes, partner organisations and people (`demo/cms.json`), shared by every domain.

Records are matched by slug, name or acronym before anything is created, so this loader and
the domain loaders (which look the same records up) can run in any order and any number of
times without duplicates.
"""

from __future__ import annotations

from django.db.models import Q
from wagtail.models import Locale

from cms.demo_utils import demo_data, demo_image, progress
from cms.models import Organisation, Person, Theme


def load(home) -> str:
    data = demo_data("cms")
    themes = [upsert_theme(slug, **values) for slug, values in data["themes"].items()]
    organisations = {
        key: upsert_organisation(**values)
        for key, values in progress(
            data["organisations"].items(), "Organisations", len(data["organisations"])
        )
    }
    people = [
        upsert_person(name, values["role"], organisations[values["organisation"]], values["email"])
        for name, values in data["people"].items()
    ]
    return f"{len(themes)} themes, {len(organisations)} organisations, {len(people)} people"


def upsert_theme(slug: str, name: str, description: str) -> Theme:
    default = Locale.get_default()  # translations share the slug: update the source row
    theme = (
        Theme.objects.filter(slug=slug, locale=default).first()
        or Theme.objects.filter(name__iexact=name, locale=default).order_by("pk").first()
        or Theme()
    )
    theme.slug, theme.name, theme.description = slug, name, description
    theme.save()
    return theme


def upsert_organisation(name, acronym, kind, country, description) -> Organisation:
    match = Q(name__iexact=name) | (Q(acronym__iexact=acronym) if acronym else Q(pk__in=[]))
    organisation = (
        Organisation.objects.filter(match, locale=Locale.get_default()).order_by("pk").first()
        or Organisation()
    )
    organisation.name, organisation.acronym, organisation.kind = name, acronym, kind
    organisation.country, organisation.description = country, description
    organisation.logo = demo_image(f"{acronym or name} logo", 480, 240)
    organisation.save()
    return organisation


def upsert_person(name: str, role: str, organisation: Organisation, email: str) -> Person:
    person = Person.objects.filter(name__iexact=name, locale=Locale.get_default()).order_by(
        "pk"
    ).first() or Person(name=name)
    person.role, person.organisation = role, organisation
    person.email = f"{email}@alliance.example"
    person.save()
    return person
