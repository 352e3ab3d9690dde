"""Editors find events in a flat admin list, by type, theme and date."""

import pytest
from django.contrib.auth import get_user_model

from .conftest import at


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_event_list_filters_by_type_theme_and_date(admin_client, make_event, theme):
    financing = theme("financing")
    make_event("Lyon forum", start=at(1998, 10, 5, 9), event_type="mayoral_forum")
    make_event("PPP webinar", start=at(2030, 2, 1, 13), event_type="webinar", themes=[financing])

    def listed(**params) -> str:
        response = admin_client.get("/admin/event_pages/", params)
        assert response.status_code == 200
        return response.content.decode()

    everything = listed()
    assert everything.index("PPP webinar") < everything.index("Lyon forum")  # latest first
    assert "PPP webinar" not in listed(event_type="mayoral_forum")
    assert "Lyon forum" not in listed(themes=financing.pk)
    assert "PPP webinar" not in listed(start_from="1998-01-01", start_to="1998-12-31")
