"""Refused image renditions are typed errors that name what is allowed.

Grapple refuses a filter outside `ALLOWED_IMAGE_FILTERS` with a bare TypeError (no
`extensions.code`, no list), and `srcSet` silently leaves out widths it may not render, so a
frontend asking only for those got `""`. Both now fail with `BAD_USER_INPUT` and the allowed
filters or widths, so a frontend developer can fix the query from the error alone.
"""

from django.conf import settings
from graphql import GraphQLError
from grapple.types.images import rendition_allowed
from wagtail.images.models import Filter

from .errors import BAD_USER_INPUT


class RenditionRefused(GraphQLError):
    def __init__(self, message: str, field: str, allowed: list):
        super().__init__(
            message, extensions={"code": BAD_USER_INPUT, "field": field, "allowed": allowed}
        )


def allowed_widths(format: str | None) -> list[int]:
    suffix = f"|format-{format}" if format else ""
    return [
        int(spec[len("width-") : len(spec) - len(suffix)])
        for spec in settings.IMAGE_RENDITION_FILTERS
        if spec.startswith("width-") and spec.endswith(suffix) and ("|" in spec) == bool(suffix)
    ]


def existing_rendition(image, spec: str):
    """The rendition of `spec` the image loader prefetched (or Wagtail's cache holds), else
    None. Wagtail's `get_rendition` writes every rendition it returns to the cache, pickling
    it with its image and the image's prefetched renditions: a millisecond per rendition, for
    each width of every `srcSet`. SVGs go through grapple, which adjusts their filters."""
    if image.is_svg():
        return None
    try:
        return image.find_existing_rendition(Filter(spec))
    except image.get_rendition_model().DoesNotExist:
        return None


def refuse_unlisted_renditions() -> None:
    """Wrap grapple's `rendition` and `srcSet` resolvers. Runs from CmsConfig.ready, before
    the schema is built from them."""
    from grapple.types.images import ImageObjectType

    resolve_rendition = ImageObjectType.resolve_rendition
    resolve_src_set = ImageObjectType.resolve_src_set

    def checked_rendition(instance, info, **kwargs):
        spec = "|".join(f"{key}-{value}" for key, value in kwargs.items() if key != "preserve_svg")
        if not rendition_allowed(spec):
            raise RenditionRefused(
                f"The rendition filter '{spec}' is not allowed: use one of "
                "extensions.allowed (the IMAGE_RENDITION_FILTERS setting).",
                field="rendition",
                allowed=settings.IMAGE_RENDITION_FILTERS,
            )
        return existing_rendition(instance, spec) or resolve_rendition(instance, info, **kwargs)

    def checked_src_set(instance, info, sizes, format=None, **kwargs):
        allowed = allowed_widths(format)
        refused = [width for width in sizes if width not in allowed]
        if refused:
            raise RenditionRefused(
                f"srcSet cannot render widths {refused}"
                + (f" as {format}" if format else "")
                + ": use widths from extensions.allowed.",
                field="srcSet",
                allowed=allowed,
            )
        return resolve_src_set(instance, info, sizes, format, **kwargs)

    ImageObjectType.resolve_rendition = staticmethod(checked_rendition)
    ImageObjectType.resolve_src_set = staticmethod(checked_src_set)
