"""Startup checks: a typo in the content-language settings would silently drop fallbacks, and a
deployment without its public address would hand out image and document URLs nobody can open."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register


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


@register(Tags.security, deploy=True)
def check_public_base_url(app_configs=None, **kwargs):
    url = settings.PUBLIC_BASE_URL
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.netloc and not parts.path.strip("/"):
        return []
    return [
        Error(
            f"PUBLIC_BASE_URL is {url!r}: set it to the site's public address."
            if url
            else "PUBLIC_BASE_URL is not set.",
            hint="For example PUBLIC_BASE_URL=https://cms.alliance.example (scheme and host, "
            "no path): image, document and e-mail links are built from it.",
            id="cms.E103",
        )
    ]
