def test_home_page_is_served_over_graphql(gql, home):
    data = gql.data("query ($id: ID) { page(id: $id) { title url locale } }", {"id": home.pk})
    assert data["page"] == {"title": "Home", "url": "/", "locale": "en"}
