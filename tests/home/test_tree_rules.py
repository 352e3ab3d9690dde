"""Editors can only build sensible trees: each page type goes where a frontend expects it."""

import pytest
from wagtail.models import Page

from forums.models import ForumIndexPage, ForumPage
from home.models import ContentPage, HomePage, SectionPage
from news.models import NewsIndexPage


@pytest.fixture
def tree(home, make_page):
    section = make_page(home, SectionPage(title="About", slug="about"))
    content = make_page(section, ContentPage(title="Mission", slug="mission"))
    news = make_page(home, NewsIndexPage(title="News", slug="news"))
    forums = make_page(home, ForumIndexPage(title="Forums", slug="forums"))
    forum = make_page(forums, ForumPage(title="Housing", slug="housing"))
    return {
        "root": Page.get_first_root_node(),
        "home": home,
        "section": section,
        "content": content,
        "news": news,
        "forums": forums,
        "forum": forum,
    }


ALLOWED = [
    (ContentPage, "home"),
    (ContentPage, "section"),
    (ContentPage, "content"),
    (SectionPage, "home"),
    (SectionPage, "section"),
    (NewsIndexPage, "section"),
    (ForumIndexPage, "home"),
    (ForumPage, "forums"),
]
FORBIDDEN = [
    (HomePage, "root"),  # there already is one: one home page per tree root
    (HomePage, "home"),
    (HomePage, "section"),
    (ContentPage, "root"),
    (ContentPage, "news"),
    (ContentPage, "forums"),
    (ContentPage, "forum"),
    (SectionPage, "content"),
    (SectionPage, "news"),
    (ForumPage, "home"),
    (ForumPage, "section"),
    (ForumIndexPage, "content"),
    (ForumIndexPage, "forums"),
]


@pytest.mark.django_db
@pytest.mark.parametrize("model,parent", ALLOWED)
def test_allowed_placements(tree, model, parent):
    assert model.can_create_at(tree[parent])


@pytest.mark.django_db
@pytest.mark.parametrize("model,parent", FORBIDDEN)
def test_forbidden_placements(tree, model, parent):
    assert not model.can_create_at(tree[parent])


@pytest.mark.django_db
def test_home_page_only_lives_directly_under_the_root(home):
    assert HomePage.allowed_parent_page_models() == [Page]
    assert home.depth == 2


@pytest.mark.django_db
def test_admin_refuses_a_content_page_under_the_news_index(client, django_user_model, tree):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    refused = client.get(f"/admin/pages/add/home/contentpage/{tree['news'].pk}/")
    assert refused.status_code == 302  # back to the dashboard with "permission denied"
    assert "contentpage" not in refused["Location"]
    allowed = client.get(f"/admin/pages/add/home/contentpage/{tree['section'].pk}/")
    assert allowed.status_code == 200
