"""Editors pick countries from the ISO list; partnerships are checked before they are saved."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cities.models import CityPartnership, CityProfilePage
from cms.models import Region

pytestmark = pytest.mark.django_db


def edit_form(city_index, **data):
    form_class = CityProfilePage.get_edit_handler().get_form_class()
    fields = nested_form_data(
        {
            "title": "Nairobi",
            "slug": "nairobi",
            "city_name": "Nairobi",
            "country": "KE",
            "region": Region.objects.get(slug="africa").pk,
            "membership_status": "member",
            "body": streamfield([]),
            "partnerships": inline_formset([]),
            **data,
        }
    )
    return form_class(data=fields, instance=CityProfilePage(), parent_page=city_index)


def test_admin_offers_the_iso_country_list(city_index):
    widget = edit_form(city_index).fields["country"].widget
    choices = dict(widget.choices)
    assert choices["KE"] == "Kenya (KE)" and choices["FR"] == "France (FR)"
    assert "AN" not in choices


def test_admin_form_accepts_a_real_country(city_index):
    form = edit_form(city_index)
    assert form.is_valid(), form.errors


@pytest.mark.parametrize("country", ["ZZ", "AN", "K1"])
def test_admin_form_rejects_an_unknown_country(city_index, country):
    form = edit_form(city_index, country=country)
    assert not form.is_valid()
    assert "country" in form.errors


def test_model_validation_normalises_and_rejects_country_codes(city_index):
    city = CityProfilePage(title="Lima", slug="lima", city_name="Lima", country="pe")
    city.clean()
    assert city.country == "PE"
    city.country = "XX"
    with pytest.raises(ValidationError) as error:
        city.clean()
    assert "country" in error.value.message_dict


def test_partnership_rules(make_city):
    lyon = make_city("Lyon")
    dakar = make_city("Dakar", "SN", "africa")
    with pytest.raises(ValidationError, match="itself"):
        CityPartnership(city=lyon, partner=lyon, topic="Water").clean()
    with pytest.raises(ValidationError, match="before the start"):
        CityPartnership(
            city=lyon, partner=dakar, topic="Water", start_year=2010, end_year=2001
        ).clean()


def test_partner_city_edit_page_shows_partnerships_recorded_elsewhere(
    client, django_user_model, make_city, partner
):
    lyon = make_city("Lyon")
    dakar = make_city("Dakar", "SN", "africa")
    partner(lyon, dakar, topic="Access to basic services", start_year=2003, end_year=2008)
    client.force_login(django_user_model.objects.create_superuser("editor", "e@x.org", "pw"))
    page = client.get(f"/admin/pages/{dakar.pk}/edit/").content.decode()
    assert "Partnerships recorded on other cities" in page
    assert "Access to basic services (2003–2008)" in page
    assert f"/admin/pages/{lyon.pk}/edit/" in page
    own = client.get(f"/admin/pages/{lyon.pk}/edit/").content.decode()
    assert "No other city has recorded a partnership with this one." in own
