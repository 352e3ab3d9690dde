"""Resolvers of the forums' root fields; what is visible is cms.privacy's answer."""

from cms.graphql.filters import parse_id
from cms.graphql.locale_choices import choose, choose_listed
from cms.graphql.locales import check_locale, localized_listing, requested_locale
from cms.graphql.privacy_gate import policy_of
from cms.graphql.request_cache import request_cache
from cms.localization import pick_translation

from ..models import ForumPage, Topic


def localized(info, forum: ForumPage | None, locale: str | None) -> ForumPage | None:
    """`forum` itself when no locale is asked, else its translation in that locale."""
    if forum is None:
        return None
    if locale is None:
        code = forum.locale.language_code
        requested_locale(info, None, default=code)
        return choose(info, forum, code, code)
    # the requester's policy: members-only forums stay open to members in every language (and
    # a restriction on any translation closes them all)
    translations = policy_of(info).pages(
        ForumPage.objects.filter(translation_key=forum.translation_key)
    )
    requested = requested_locale(info, locale)
    return choose(info, pick_translation(translations, requested), requested)


def resolve_forum_topic(info, id, locale=None):
    """The topic if the requester may read it, else None (like `page` for a hidden page).

    Topics are members' own words and are not translated: `locale` only chooses the language
    of the forum page the topic is shown in.
    """
    check_locale(locale)
    pk = parse_id(id, "id", "topic")
    topics = Topic.objects.readable(policy_of(info)).with_post_counts()
    topic = topics.select_related("forum__locale", "author").filter(pk=pk).first()
    if topic is not None:
        shown_forums(info)[topic.pk] = localized(info, topic.forum, locale)
    return topic


def shown_forums(info) -> dict:
    """Topic id -> the translation of its forum `forumTopic(locale)` chose, for this request."""
    return request_cache(info, "shown_forums", dict)


def resolve_forums(info, locale=None):
    """Every forum the requester may read in one locale (the first of the fallback chain that
    has any), in the order of the page tree."""
    readable = policy_of(info).pages(ForumPage.objects.all())
    forums, (_served, requested) = localized_listing(info, readable, locale)
    listed = list(forums.select_related("theme").order_by("path"))
    choose_listed(info, listed, requested)
    return listed


def resolve_forum(info, id, locale=None):
    check_locale(locale)
    pk = parse_id(id, "id", "forum")
    forum = policy_of(info).pages(ForumPage.objects.all()).select_related("locale").filter(pk=pk)
    return localized(info, forum.first(), locale)
