"""Image renditions: frontends get sizes from an allow-list, with srcSet, and nothing else."""

import pytest

from cms.demo_utils import demo_image

IMAGE_QUERY = """
query ($id: ID) {
  image(id: $id) {
    title width height
    small: rendition(fill: "320x180") { url width height }
    webp: rendition(width: 640, format: "webp") { url width }
    srcSet(sizes: [320, 640, 960])
  }
}
"""


@pytest.mark.django_db
def test_allowed_renditions_and_src_set(gql):
    image = demo_image("Mayors at the forum", width=1600, height=900)
    data = gql.data(IMAGE_QUERY, {"id": image.pk})["image"]
    assert (data["width"], data["height"]) == (1600, 900)
    assert (data["small"]["width"], data["small"]["height"]) == (320, 180)
    assert data["webp"]["width"] == 640 and data["webp"]["url"].endswith(".webp")
    widths = [entry.rsplit(" ", 1)[1] for entry in data["srcSet"].split(", ")]
    assert widths == ["320w", "640w", "960w"]


@pytest.mark.django_db
def test_filter_outside_the_allow_list_is_a_coded_error_naming_the_allowed_filters(gql):
    image = demo_image("Water kiosk")
    result = gql.execute(
        'query ($id: ID) { image(id: $id) { rendition(fill: "4999x4999") { url } } }',
        {"id": image.pk},
    )
    error = result["errors"][0]
    assert "fill-4999x4999" in error["message"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["field"] == "rendition"
    assert "fill-640x360" in error["extensions"]["allowed"]
    assert image.renditions.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    "arguments", ["sizes: [333]", "sizes: [320, 333]", 'sizes: [320, 4000], format: "webp"']
)
def test_src_set_with_a_width_outside_the_allow_list_is_an_error_not_an_empty_string(
    gql, arguments
):
    image = demo_image("Street market")
    result = gql.execute(
        f"query ($id: ID) {{ image(id: $id) {{ srcSet({arguments}) }} }}", {"id": image.pk}
    )
    error = result["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["allowed"] == [320, 640, 960, 1280, 1920]
    assert image.renditions.count() == 0
