"""The `locale` argument every root field takes, and the types a language switcher needs.

A root field calls `requested_locale(info, locale)`: it validates the code (an unknown one is a
BAD_USER_INPUT error naming the known ones), defaults to the site's default language, and
remembers the code on the request so nested fields (theme names, translations) answer in it.
"""

import graphene
from django.conf import settings

from cms.localization import (
    content_languages,
    default_language,
    fallback_chain,
    listing_locale,
    native_name,
    text_direction,
)

from .errors import UserInputError

CONTEXT_ATTR = "content_locale"


class TextDirection(graphene.Enum):
    LTR = "ltr"
    RTL = "rtl"


def locale_description() -> str:
    return (
        f"Language code, e.g. fr (default {settings.LANGUAGE_CODE}). When nothing exists in "
        "it, the fallback chain answers and `isFallback` says so."
    )


def locale_argument() -> graphene.String:
    return graphene.String(description=locale_description())


def check_locale(code: str | None) -> str | None:
    """`code` if it is a configured language, None if not given; a typed error otherwise."""
    if code in (None, ""):
        return None
    if code not in content_languages():
        known = ", ".join(content_languages())
        raise UserInputError(f"Unknown locale {code!r}. Known locales: {known}.", field="locale")
    return code


def requested_locale(info, code: str | None, default: str | None = None) -> str:
    """The validated locale for this root field, remembered for the fields nested under it."""
    chosen = check_locale(code) or default or default_language()
    try:
        setattr(info.context, CONTEXT_ATTR, chosen)
    except AttributeError:  # a bare context (schema.execute in a shell)
        pass
    return chosen


def display_locale(info) -> str:
    """The locale nested fields answer in: the one the enclosing root field was asked for."""
    return getattr(info.context, CONTEXT_ATTR, None) or default_language()


class ContentLocale(graphene.ObjectType):
    """One content language, for language pickers, `lang` and `dir` attributes."""

    code = graphene.String(required=True)
    name = graphene.String(required=True, description="English name, e.g. Arabic")
    native_name = graphene.String(required=True, description="Own name, e.g. العربيّة")
    direction = graphene.Field(TextDirection, required=True)
    is_default = graphene.Boolean(required=True)
    fallbacks = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="Locales tried, in order, when content is missing in this one",
    )

    @staticmethod
    def of(code: str) -> dict:
        return {
            "code": code,
            "name": content_languages()[code],
            "native_name": native_name(code),
            "direction": text_direction(code),
            "is_default": code == default_language(),
            "fallbacks": fallback_chain(code)[1:],
        }


class LocalesQuery:
    locales = graphene.List(
        graphene.NonNull(ContentLocale),
        required=True,
        description="The content languages, in the configured order",
    )

    def resolve_locales(self, info):
        return [ContentLocale.of(code) for code in content_languages()]


def localized_listing(info, queryset, locale: str | None):
    """`queryset` narrowed to the one locale a listing is served in, and (served, requested)."""
    requested = requested_locale(info, locale)
    served = listing_locale(queryset, requested)
    return queryset.filter(locale__language_code=served), (served, requested)
