"""Resolvers of the forums' root fields; what is visible is decided in forums.visibility."""

from cms.graphql.errors import UserInputError
from members.viewer import viewer_of

from ..visibility import visible_forums, visible_topics, with_post_counts


def parse_id(value, what: str, field: str = "id") -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise UserInputError(f"{field} must be a {what} id (a number).", field=field) from None


def resolve_forum_topic(info, id):
    """The topic if the requester may read it, else None (like `page` for a hidden page)."""
    pk = parse_id(id, "topic")
    topics = with_post_counts(visible_topics(viewer=viewer_of(info)))
    return topics.select_related("forum", "author").filter(pk=pk).first()


def resolve_forums(info):
    """Every forum the requester may read, in the order of the page tree."""
    return list(visible_forums(viewer_of(info)).select_related("theme").order_by("path"))


def resolve_forum(info, id):
    pk = parse_id(id, "forum")
    return visible_forums(viewer_of(info)).filter(pk=pk).first()
