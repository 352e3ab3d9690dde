"""Content languages: which exist, how each falls back, and finding a page in a locale.

The languages are the `LANGUAGES` setting (env `CONTENT_LANGUAGES`), so adding one needs no
code: `ensure_locales` creates its Locale row after `migrate`. Every read path that takes a
locale goes through here, and every page it returns still goes through `cms.visibility`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Exists, F, Q, QuerySet, Subquery, TextField, Value
from django.db.models.functions import Coalesce, Concat
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page, Site

from cms.request_memo import per_request
from cms.visibility import visible_pages


def content_languages() -> dict[str, str]:
    """Language code -> English name, in the configured order."""
    return dict(settings.LANGUAGES)


def default_language() -> str:
    return settings.LANGUAGE_CODE


def fallback_chain(code: str) -> list[str]:
    """`code` first, then its configured fallbacks, ending with the default language."""
    configured = settings.CONTENT_LOCALE_FALLBACKS.get(code, [])
    chain: list[str] = []
    for candidate in [code, *configured, default_language()]:
        if candidate not in chain:
            chain.append(candidate)
    return chain


def text_direction(code: str) -> str:
    """ "rtl" for right-to-left scripts (Arabic, Hebrew, Persian, Urdu), else "ltr"."""
    try:
        return "rtl" if get_language_info(code)["bidi"] else "ltr"
    except KeyError:
        return "ltr"


def native_name(code: str) -> str:
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return content_languages().get(code, code)


def ensure_locales(**kwargs) -> list[str]:
    """Create a Locale row for every configured language that lacks one; returns those created."""
    existing = set(Locale.objects.values_list("language_code", flat=True))
    missing = [code for code in content_languages() if code not in existing]
    Locale.objects.bulk_create([Locale(language_code=code) for code in missing])
    return missing


@dataclass
class Localized:
    """A page or snippet chosen for a requested locale: itself, or a fallback. Recorded by
    the request that chose it (cms.graphql.locale_choices), never on the instance."""

    requested: str
    served: str

    @property
    def is_fallback(self) -> bool:
        return self.requested != self.served


def with_content_locale(queryset: QuerySet) -> QuerySet:
    """Annotate `content_locale`: the language of the page's text.

    A page's own locale is not always that language: when a page is translated,
    wagtail-localize creates its missing parents in the new locale as *aliases* of the source
    pages, which keep showing the source's text until someone translates them. Such a page is
    served as a fallback in its source's locale.
    """
    return queryset.annotate(
        content_locale=Coalesce(F("alias_of__locale__language_code"), F("locale__language_code"))
    )


def first_in_chain(in_locales: dict, chain: list[str]):
    """The localization picker: of a thing's visible versions by locale code, the first one
    along the fallback `chain`, or None when the chain has none of them."""
    return next((in_locales[code] for code in chain if code in in_locales), None)


def locale_codes() -> dict[int, str]:
    """Locale id -> language code; read once per request."""
    return per_request(
        "locale_codes", lambda: dict(Locale.objects.values_list("pk", "language_code"))
    )


def pick_translation(translations: QuerySet, requested: str):
    """Of one page's versions the requester may read (`translations`, a queryset whose rule
    is the caller's: a forum's members see members-only ones), the first along `requested`'s
    fallback chain; None when the chain has none of them. One query."""
    chain = fallback_chain(requested)
    translations = translations.filter(locale__language_code__in=chain).select_related("locale")
    return first_in_chain({page.locale.language_code: page for page in translations}, chain)


def translations_in(pages: list, code: str, queryset: QuerySet):
    """A function giving each of `pages` for a reader of `code`: its version first found along
    the fallback chain among `queryset` (the visible pages, with what is shown of them
    prefetched), else the page itself (a fallback, in its own locale). One query for all of
    them, none if all are in `code`."""
    chain = fallback_chain(code)
    codes = locale_codes() if pages else {}
    keys = {page.translation_key for page in pages if codes[page.locale_id] != code}
    versions: dict = defaultdict(dict)
    if keys:
        for page in queryset.filter(translation_key__in=keys, locale__language_code__in=chain):
            versions[page.translation_key][codes[page.locale_id]] = page

    def swap(page):
        own = codes[page.locale_id]
        if own == code:
            return page
        return first_in_chain({own: page, **versions[page.translation_key]}, chain) or page

    return swap


def visible_translations(page: Page) -> QuerySet:
    """The visible pages of `page`'s translation group, in every locale (itself included)."""
    return visible_pages(Page.objects.filter(translation_key=page.translation_key))


def localized_targets(pages: list[Page], requested: str) -> dict[int, tuple[Page, str]]:
    """Page id -> the page to show a reader of `requested`, with the language of its text (its
    source's for an alias); one query for all pages.

    That is the page's visible translation first found along the fallback chain, else the
    page itself when visible. Pages with neither are left out: a link to them is hidden.
    """
    if not pages:
        return {}
    chain = fallback_chain(requested)
    ids = {page.pk for page in pages}
    candidates = with_content_locale(
        visible_pages(Page.objects.filter(translation_key__in={p.translation_key for p in pages}))
        .filter(Q(locale__language_code__in=chain) | Q(pk__in=ids))
        .select_related("locale")
    )
    by_key: dict = defaultdict(dict)
    themselves: dict[int, Page] = {}
    for candidate in candidates:
        by_key[candidate.translation_key][candidate.locale.language_code] = candidate
        if candidate.pk in ids:
            themselves[candidate.pk] = candidate
    targets = {}
    for page in pages:
        translations = by_key[page.translation_key]
        found = first_in_chain(translations, chain) or themselves.get(page.pk)
        if found is not None:
            targets[page.pk] = (found, found.content_locale)
    return targets


def localize_page(page: Page, requested: str) -> tuple[Page, str] | None:
    """`page` for a reader of `requested` (see `localized_targets`), specific, with the
    language of its text."""
    found = localized_targets([page], requested).get(page.pk)
    if found is None:
        return None
    return found[0].specific, found[1]


def split_language_prefix(url_path: str) -> tuple[str | None, str]:
    """("fr", "/news/x/") for "/fr/news/x/": the form `url` takes for pages of other locales."""
    parts = [part for part in url_path.split("/") if part]
    if parts and parts[0] in content_languages():
        return parts[0], "/" + "/".join(parts[1:]) + ("/" if parts[1:] else "")
    return None, url_path


def page_at_path(site: Site, url_path: str, code: str) -> Page | None:
    """The visible page at `url_path` (relative to the site) within locale `code`'s tree,
    with its locale and `content_locale`. One query: the tree's root, the translation of the
    site's home page in `code` (visible or not), is a subquery."""
    roots = Page.objects.filter(
        translation_key=site.root_page.translation_key, locale__language_code=code
    )
    relative = "/".join(part for part in url_path.split("/") if part)
    full_path = Concat(
        Subquery(roots.values("url_path")[:1]),
        Value(f"{relative}/" if relative else ""),
        output_field=TextField(),
    )
    pages = Page.objects.filter(Exists(roots), url_path=full_path)
    return with_content_locale(visible_pages(pages)).select_related("locale").first()


def localize_path(
    site: Site, url_path: str, requested: str, path_locale: str | None = None
) -> tuple[Page, str] | None:
    """The page at `url_path` for a reader of `requested`, following the fallback chain.

    The path is looked up in each locale's tree along the chain; a page found in a fallback
    tree is then swapped for its translation in the requested locale when one is visible (a
    language switcher may send the English path with `locale: "fr"`). `path_locale`, the
    language prefix the path came with, is looked in first.
    """
    chain = fallback_chain(requested)
    for code in [path_locale, *chain] if path_locale else chain:
        found = page_at_path(site, url_path, code)
        if found is None:
            continue
        if found.locale.language_code == requested:  # the first of its own chain
            return found.specific, found.content_locale
        return localize_page(found, requested)
    return None


def listing_locale(queryset: QuerySet, requested: str) -> str:
    """The locale a listing is served in: the first of the chain that has any of its items.

    Listings never mix locales: when the requested locale has no item at all (nothing of this
    kind was translated yet), the whole listing comes from the next locale of the chain.
    Costs one query, and none for the default language.
    """
    chain = fallback_chain(requested)
    if len(chain) == 1:
        return requested
    present = set(
        queryset.filter(locale__language_code__in=chain)
        .order_by()
        .values_list("locale__language_code", flat=True)
        .distinct()
    )
    return next((code for code in chain if code in present), requested)
