"""Demo themes, partner organisations and people, shared by every domain's demo content.

Records are matched by slug, name or acronym before anything is created, so this loader and
the domain loaders (which look the same records up) can run in any order and any number of
times without duplicates.
"""

from __future__ import annotations

from django.db.models import Q
from wagtail.models import Locale

from cms.demo_utils import demo_image, progress
from cms.models import Organisation, Person, Theme

# slug: (name, description). Names match the ones other demo loaders look up.
THEMES = {
    "housing": (
        "Housing and informal settlements",
        "Secure, decent homes for the urban poor and upgrading of informal neighbourhoods.",
    ),
    "water-sanitation": (
        "Water and sanitation",
        "Safe water, toilets and drainage as basic services every resident can count on.",
    ),
    "local-governance": (
        "Local governance",
        "Accountable, well-resourced city governments that plan with their citizens.",
    ),
    "financing": (
        "Innovative financing",
        "Public-private partnerships and new funding models that pay for basic services.",
    ),
    "social-inclusion": (
        "Social inclusion",
        "Cities where food, water, energy, schooling and health care reach everyone.",
    ),
    "city-to-city-cooperation": (
        "City-to-city cooperation",
        "Municipalities sharing what works, South-South, North-South and triangular.",
    ),
    "urban-resilience": (
        "Resilience and climate change",
        "Preparing cities and their poorest districts for shocks, floods and heat.",
    ),
    "employment-livelihoods": (
        "Employment and livelihoods",
        "Decent work and income for residents, including in the informal economy.",
    ),
}

# key: (name, acronym, kind, country, description in our own words)
ORGANISATIONS = {
    "WACAP": (
        "World Alliance of Cities Against Poverty",
        "WACAP",
        "network",
        "CH",
        "A worldwide network of more than 900 cities that share solutions to urban poverty.",
    ),
    "UNDP": (
        "United Nations Development Programme",
        "UNDP",
        "un_agency",
        "",
        "The UN's development network: it conceived the alliance in 1996 and launched it in "
        "1997, and supported it from its Geneva office for many years.",
    ),
    "UNOSSC": (
        "United Nations Office for South-South Cooperation",
        "UNOSSC",
        "un_agency",
        "",
        "Institutional home of the alliance since 2014, championing cooperation between "
        "countries and cities of the Global South.",
    ),
    "UNITAR": (
        "United Nations Institute for Training and Research",
        "UNITAR",
        "un_agency",
        "CH",
        "The UN's training arm; a partner for courses and learning events for city officials.",
    ),
    "UNICEF": (
        "United Nations Children's Fund",
        "UNICEF",
        "un_agency",
        "",
        "Works for children's rights and well-being, including in poor urban neighbourhoods.",
    ),
    "UNOPS": (
        "United Nations Office for Project Services",
        "UNOPS",
        "un_agency",
        "DK",
        "Provides the administrative platform that hosts partnership secretariats such as "
        "the Cities Alliance's in Brussels.",
    ),
    "Cities Alliance": (
        "Cities Alliance",
        "",
        "network",
        "BE",
        "A global partnership against urban poverty, launched in 1999, whose Cities Without "
        "Slums plan shaped the urban target of the Millennium Development Goals.",
    ),
    "World Bank": (
        "World Bank",
        "",
        "donor",
        "",
        "Development lender whose investments in community-driven infrastructure have been "
        "prepared together with urban poverty partnerships.",
    ),
    "GIZ": (
        "Deutsche Gesellschaft für Internationale Zusammenarbeit",
        "GIZ",
        "donor",
        "DE",
        "Germany's development agency, an advocate of multi-stakeholder urban partnerships.",
    ),
    "UCLG Africa": (
        "United Cities and Local Governments of Africa",
        "UCLG Africa",
        "network",
        "MA",
        "The umbrella association of African local governments.",
    ),
    "ECLAC": (
        "Economic Commission for Latin America and the Caribbean",
        "ECLAC",
        "un_agency",
        "CL",
        "UN regional commission (CEPAL in Spanish) building an urban platform for the region, "
        "with a housing pillar for practitioners.",
    ),
}

# name: (role, organisation key, e-mail). Invented people: authors and contacts.
PEOPLE = {
    "Amina Diallo": ("Programme officer, alliance secretariat", "WACAP", "amina.diallo"),
    "Lucas Moreau": ("Knowledge manager, alliance secretariat", "WACAP", "lucas.moreau"),
    "Kwame Mensah": ("Urban finance adviser", "WACAP", "kwame.mensah"),
    "Isabel Cortés": ("Focal point for Latin America and the Caribbean", "WACAP", "isabel.cortes"),
    "Farid Benali": ("Communications officer", "WACAP", "farid.benali"),
    "Hanna Lindqvist": ("South-South cooperation specialist", "UNOSSC", "hanna.lindqvist"),
}


def load(home) -> str:
    themes = [upsert_theme(slug, *values) for slug, values in THEMES.items()]
    organisations = {
        key: upsert_organisation(*values)
        for key, values in progress(ORGANISATIONS.items(), "Organisations", len(ORGANISATIONS))
    }
    people = [
        upsert_person(name, role, organisations[key], email)
        for name, (role, key, email) in PEOPLE.items()
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
