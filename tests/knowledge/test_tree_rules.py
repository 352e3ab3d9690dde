"""Editors can only build sensible trees: products live in a knowledge index, and hold nothing."""

import pytest

from home.models import ContentPage, SectionPage
from knowledge.models import KnowledgeIndexPage, KnowledgeProductPage

pytestmark = pytest.mark.django_db


def test_knowledge_index_goes_under_home_or_a_section(home, make_page):
    section = make_page(home, SectionPage(title="Resources", slug="resources"))
    content = make_page(home, ContentPage(title="About", slug="about"))
    assert KnowledgeIndexPage.can_create_at(home)
    assert KnowledgeIndexPage.can_create_at(section)
    assert not KnowledgeIndexPage.can_create_at(content)


def test_products_only_under_a_knowledge_index(home, knowledge_index, make_product):
    product = make_product("Report")
    assert KnowledgeProductPage.can_create_at(knowledge_index)
    assert not KnowledgeProductPage.can_create_at(home)
    assert not KnowledgeProductPage.can_create_at(product)
    assert KnowledgeIndexPage.allowed_subpage_models() == [KnowledgeProductPage]
    assert KnowledgeProductPage.allowed_subpage_models() == []
