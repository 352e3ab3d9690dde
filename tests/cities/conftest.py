"""Builders for cities tests: an index, city profiles, partnerships, small images, restrictions."""

import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from cities.models import CityIndexPage, CityPartnership, CityProfilePage
from cms.models import Region


@pytest.fixture
def city_index(home, make_page):
    return make_page(home, CityIndexPage(title="Member cities", slug="member-cities"))


@pytest.fixture
def make_city(city_index, make_page):
    def build(
        name: str,
        country: str = "FR",
        region: str | None = "europe",
        publish: bool = True,
        parent=None,
        **fields,
    ) -> CityProfilePage:
        page = CityProfilePage(
            title=name,
            slug=fields.pop("slug", name.lower().replace(" ", "-")),
            city_name=name,
            country=country,
            region=Region.objects.get(slug=region) if region else None,
            **fields,
        )
        return make_page(parent or city_index, page, publish=publish)

    return build


@pytest.fixture
def partner():
    def build(city, other, topic="Water and sanitation", start_year=2010, **fields):
        return CityPartnership.objects.create(
            city=city, partner=other, topic=topic, start_year=start_year, **fields
        )

    return build


@pytest.fixture
def small_image(db):
    """A tiny generated JPEG: renditions of it are cheap to make in bulk."""

    def build(title: str):
        buffer = io.BytesIO()
        PILImage.new("RGB", (64, 36), (30, 90, 160)).save(buffer, format="JPEG")
        return get_image_model().objects.create(
            title=title, file=ImageFile(buffer, name=f"{title.lower().replace(' ', '-')}.jpg")
        )

    return build


def restrict_with_password(page) -> None:
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
