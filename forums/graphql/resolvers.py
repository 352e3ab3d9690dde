"""Resolvers of the forums' root fields; what is visible is decided in forums.visibility."""

from cms.graphql.errors import UserInputError

from ..visibility import visible_topics, with_post_counts


def resolve_forum_topic(info, id):
    """The topic if a reader may see it, else None (like `page` for a hidden page)."""
    try:
        pk = int(id)
    except (TypeError, ValueError):
        raise UserInputError("id must be a topic id (a number).", field="id") from None
    topics = with_post_counts(visible_topics()).select_related("forum", "author")
    return topics.filter(pk=pk).first()
