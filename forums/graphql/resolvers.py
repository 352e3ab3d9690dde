"""Resolvers of the forums' root fields; what is visible is decided in forums.visibility."""

from cms.graphql.errors import UserInputError
from cms.graphql.locales import check_locale, localized_listing, requested_locale
from cms.graphql.translations import remember_pages
from cms.localization import fallback_chain, mark
from members.viewer import viewer_of

from ..models import ForumPage
from ..visibility import readable_pages, visible_forums, visible_topics, with_post_counts


def parse_id(value, what: str, field: str = "id") -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise UserInputError(f"{field} must be a {what} id (a number).", field=field) from None


def localize_forum(forum: ForumPage, requested: str, viewer) -> ForumPage | None:
    """The translation of `forum` the viewer may read, first found along `requested`'s
    fallback chain, marked: `cms.localization.localize_page` with the forums' reading rule,
    so members-only forums stay open to members in every language."""
    chain = fallback_chain(requested)
    translations = readable_pages(
        ForumPage.objects.filter(translation_key=forum.translation_key), viewer
    ).filter(locale__language_code__in=chain)
    found = {page.locale.language_code: page for page in translations.select_related("locale")}
    code = next((code for code in chain if code in found), None)
    return mark(found[code], requested, code) if code else None


def localized(info, forum: ForumPage | None, locale: str | None, viewer) -> ForumPage | None:
    """`forum` itself when no locale is asked, else its translation in that locale."""
    if forum is None:
        return None
    if locale is None:
        code = forum.locale.language_code
        requested_locale(info, None, default=code)
        return mark(forum, code, code)
    return localize_forum(forum, requested_locale(info, locale), viewer)


def resolve_forum_topic(info, id, locale=None):
    """The topic if the requester may read it, else None (like `page` for a hidden page).

    Topics are members' own words and are not translated: `locale` only chooses the language
    of the forum page the topic is shown in.
    """
    check_locale(locale)
    pk = parse_id(id, "topic")
    viewer = viewer_of(info)
    topics = with_post_counts(visible_topics(viewer=viewer))
    topic = topics.select_related("forum__locale", "author").filter(pk=pk).first()
    if topic is not None:
        topic.shown_forum = localized(info, topic.forum, locale, viewer)
    return topic


def resolve_forums(info, locale=None):
    """Every forum the requester may read in one locale (the first of the fallback chain that
    has any), in the order of the page tree."""
    forums, (served, requested) = localized_listing(info, visible_forums(viewer_of(info)), locale)
    forums = [
        mark(forum, requested, served) for forum in forums.select_related("theme").order_by("path")
    ]
    remember_pages(info, forums)  # their translations are then fetched in one query
    return forums


def resolve_forum(info, id, locale=None):
    check_locale(locale)
    pk = parse_id(id, "forum")
    viewer = viewer_of(info)
    forum = visible_forums(viewer).select_related("locale").filter(pk=pk).first()
    return localized(info, forum, locale, viewer)
