"""Editors can only build sensible trees: cities live in a city index, and hold nothing."""

import pytest

from cities.models import CityIndexPage, CityProfilePage
from home.models import ContentPage, SectionPage

pytestmark = pytest.mark.django_db


def test_city_index_goes_under_home_or_a_section(home, make_page):
    section = make_page(home, SectionPage(title="About", slug="about"))
    content = make_page(home, ContentPage(title="Mandate", slug="mandate"))
    assert CityIndexPage.can_create_at(home)
    assert CityIndexPage.can_create_at(section)
    assert not CityIndexPage.can_create_at(content)


def test_city_profiles_only_under_a_city_index(home, city_index, make_city):
    lyon = make_city("Lyon")
    assert CityProfilePage.can_create_at(city_index)
    assert not CityProfilePage.can_create_at(home)
    assert not CityProfilePage.can_create_at(lyon)
    assert CityIndexPage.allowed_subpage_models() == [CityProfilePage]
    assert CityProfilePage.allowed_subpage_models() == []
