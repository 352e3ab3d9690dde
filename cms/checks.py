"""Startup checks for the content-language settings: a typo there would silently drop fallbacks."""

from django.conf import settings
from django.core.checks import Error, register


@register()
def check_content_languages(app_configs=None, **kwargs):
    languages = {code for code, _ in settings.LANGUAGES}
    errors = []
    if settings.LANGUAGE_CODE not in languages:
        errors.append(
            Error(
                f"LANGUAGE_CODE {settings.LANGUAGE_CODE!r} is not one of CONTENT_LANGUAGES.",
                id="cms.E101",
            )
        )
    for code, chain in settings.CONTENT_LOCALE_FALLBACKS.items():
        unknown = [item for item in [code, *chain] if item not in languages]
        if unknown:
            errors.append(
                Error(
                    f"CONTENT_LOCALE_FALLBACKS names unknown languages: {', '.join(unknown)}.",
                    hint=f"Known languages: {', '.join(sorted(languages))}.",
                    id="cms.E102",
                )
            )
    return errors
