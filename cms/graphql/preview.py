"""`page(token:)`: the draft an editor is previewing, the one exception to the privacy gate.

The admin's Preview (wagtail-headless-preview) stores the unsaved or draft page under a token
signed with the project's secret and opens the frontend with it. Only that page object, and
only while its token is valid, passes the gate: its parents, links and children are judged
as usual, and a missing, forged or expired token shows nothing.
"""

from __future__ import annotations

from django.core import signing
from graphql import GraphQLError

from .errors import PREVIEW_EXPIRED, PREVIEW_INVALID

PREVIEWED = "_previewed_page"


class PreviewTokenError(GraphQLError):
    """A token that is forged, or older than PREVIEW_TOKEN_SECONDS: press Preview again."""

    def __init__(self, expired: bool):
        code = PREVIEW_EXPIRED if expired else PREVIEW_INVALID
        message = (
            "This preview link has expired; press Preview in the admin again."
            if expired
            else "This preview link is not valid."
        )
        super().__init__(message, extensions={"code": code})


def resolve_preview(info, token: str):
    # Imported here: grapple's page types import the page interface, which imports the gate.
    from grapple.types.pages import get_preview_page

    try:
        page = get_preview_page(token)
    except signing.SignatureExpired as error:
        raise PreviewTokenError(expired=True) from error
    except signing.BadSignature as error:
        raise PreviewTokenError(expired=False) from error
    if page is not None:
        setattr(info.context, PREVIEWED, page)
    return page


def is_previewed(info, value) -> bool:
    """True for the very object `page(token:)` returned in this request, nothing else."""
    return value is getattr(info.context, PREVIEWED, None)
