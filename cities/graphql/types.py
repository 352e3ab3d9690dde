"""GraphQL types of the cities domain that grapple does not generate from the models."""

import graphene
from grapple.registry import registry

from cms.graphql.pagination import paginated_type

from ..models import CityProfilePage


def city_type():
    return registry.pages[CityProfilePage]


CityMembership = graphene.Enum(
    "CityMembership",
    [(choice.name, choice.value) for choice in CityProfilePage.Membership],
    description="A city's membership status in the alliance",
)


class CityPartnershipLinkType(graphene.ObjectType):
    """A partnership as seen from one city: `partner` is always the other city."""

    partner = graphene.Field(graphene.NonNull(city_type))
    topic = graphene.String(required=True)
    start_year = graphene.Int()
    end_year = graphene.Int()
    description = graphene.String(required=True)

    class Meta:
        name = "CityPartnershipLink"


CityListing = paginated_type(city_type, "CityListing", localized=True)
