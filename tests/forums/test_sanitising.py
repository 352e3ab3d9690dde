"""Post bodies keep a safe subset of rich text: every script vector is stripped on the server."""

import pytest

from forums.sanitise import clean_body
from tests.forums.operations import EDIT, REPLY, TOPIC

PAYLOADS = [
    ("<p>hi<script>alert(1)</script></p>", "<p>hi</p>"),
    ('<img src="x" onerror="alert(1)">photo', "photo"),
    ('<a href="javascript:alert(1)">click</a>', '<a rel="nofollow ugc">click</a>'),
    ('<a href=" JaVaScRiPt:alert(1)">click</a>', '<a rel="nofollow ugc">click</a>'),
    ('<a href="data:text/html;base64,PHNjcmlwdD4=">d</a>', '<a rel="nofollow ugc">d</a>'),
    ('<a href="/admin/">relative</a>', '<a rel="nofollow ugc">relative</a>'),
    ('<p style="background:url(javascript:x)" onclick="x()">styled</p>', "<p>styled</p>"),
    ("<style>body{display:none}</style><p>after</p>", "<p>after</p>"),
    ('<iframe src="https://evil.example"></iframe><p>x</p>', "<p>x</p>"),
    ('<svg onload="alert(1)"><circle/></svg><p>y</p>', "<p>y</p>"),
    ('<form action="https://evil.example"><input name="q"></form>z', "z"),
    ("<p>a<!-- <script>alert(1)</script> -->b</p>", "<p>ab</p>"),
    ("<<script>script>alert(1)<</script>/script>", "&lt;/script&gt;"),
    (
        '<a href="https://example.org" target="_blank" rel="opener">site</a>',
        '<a href="https://example.org" rel="nofollow ugc">site</a>',
    ),
]
KEPT = (
    "<p>One <strong>two</strong> <em>three</em><br>"
    '<a href="mailto:focal@dakar.example" rel="nofollow ugc">mail</a></p>'
    "<ul><li>a</li></ul><ol><li>b</li></ol><blockquote>quoted</blockquote><code>x = 1</code>"
)


@pytest.mark.parametrize("dirty, clean", PAYLOADS)
def test_unsafe_markup_is_stripped(dirty, clean):
    assert clean_body(dirty) == clean


def test_the_safe_subset_survives_unchanged():
    assert clean_body(KEPT) == KEPT


@pytest.mark.django_db
def test_what_readers_get_over_the_api_is_the_cleaned_body(
    gql, make_member, signed_in, make_forum, make_topic
):
    member = signed_in(make_member())
    topic = make_topic(make_forum())
    post_id = member.data(REPLY, {"topicId": topic.pk, "body": PAYLOADS[1][0]})["reply"]["post"][
        "id"
    ]
    member.data(EDIT, {"postId": post_id, "body": PAYLOADS[2][0] + PAYLOADS[0][0]})
    body = gql.data(TOPIC, {"id": topic.pk})["forumTopic"]["posts"]["items"][0]["body"]
    assert body == '<a rel="nofollow ugc">click</a><p>hi</p>'
    for marker in ("script", "onerror", "javascript:", "alert"):
        assert marker not in body
