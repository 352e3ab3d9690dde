"""A body's table reaches frontends as rows of text with its caption and header flags
(grapple has no type for Wagtail's TableBlock: the project registers one)."""

import pytest
from wagtail.rich_text import RichText

from home.models import ContentPage
from tests.conftest import add_child

BODY_QUERY = """
query ($id: ID) {
  page(id: $id) {
    ... on ContentPage {
      body {
        __typename
        blockType
        ... on RichTextBlock { value }
        ... on TableBlock { caption firstRowIsTableHeader firstColIsHeader rows }
      }
    }
  }
}
"""

COSTS = {
    "data": [
        ["Settlement", "Homes upgraded", "Cost (USD)"],
        ["Kibera", "120", "1.2M"],
        ["Mathare", None, "0.4M"],
    ],
    "first_row_is_table_header": True,
    "first_col_is_header": True,
    "table_caption": "Upgrading costs, 2024",
}


@pytest.mark.django_db
def test_a_table_comes_with_its_rows_caption_and_header_flags(gql, home):
    page = add_child(
        home,
        ContentPage(
            title="Upgrading in figures",
            slug="upgrading-figures",
            body=[
                ("paragraph", RichText("<p>What upgrading cost, settlement by settlement.</p>")),
                ("table", COSTS),
                ("table", {"data": [["Year", "Homes"], ["2024", "120"]]}),
            ],
        ),
    )
    paragraph, costs, plain = gql.data(BODY_QUERY, {"id": page.pk})["page"]["body"]
    assert paragraph["__typename"] == "RichTextBlock"
    assert costs == {
        "__typename": "TableBlock",
        "blockType": "TableBlock",
        "caption": "Upgrading costs, 2024",
        "firstRowIsTableHeader": True,
        "firstColIsHeader": True,
        "rows": [
            ["Settlement", "Homes upgraded", "Cost (USD)"],
            ["Kibera", "120", "1.2M"],
            ["Mathare", "", "0.4M"],
        ],
    }
    assert plain["caption"] is None
    assert (plain["firstRowIsTableHeader"], plain["firstColIsHeader"]) == (False, False)
    assert plain["rows"] == [["Year", "Homes"], ["2024", "120"]]
