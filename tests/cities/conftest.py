"""Builders for cities tests: an index, city profiles, partnerships, small images, restrictions."""

import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from cities.models import CityPartnership


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
