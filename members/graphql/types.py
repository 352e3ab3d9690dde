"""The signed-in account as its owner sees it, and the tokens that sign-in returns."""

import graphene
from grapple.registry import registry

from cms.graphql.privacy_gate import policy_of

from ..models import Member


def city_page_type():
    from cities.models import CityProfilePage

    return registry.pages[CityProfilePage]


def organisation_type():
    from cms.models import Organisation

    return registry.snippets[Organisation]


MemberRole = graphene.Enum.from_enum(
    Member.Role, name="MemberRole", description="What a member may do in the forums"
)


class Account(graphene.ObjectType):
    """The signed-in user; `role`, `city` and `organisation` are set for members only."""

    id = graphene.ID(required=True)
    name = graphene.String(required=True)
    email = graphene.String(required=True, description="Shown to the account's owner only")
    is_member = graphene.Boolean(required=True, description="May post in the forums")
    can_moderate = graphene.Boolean(
        required=True, description="May hide and restore posts, lock and pin topics"
    )
    role = graphene.Field(MemberRole)
    city = graphene.Field(city_page_type, description="The member city, if published")
    organisation = graphene.Field(organisation_type)

    def resolve_id(viewer, info):
        return viewer.user.pk

    def resolve_name(viewer, info):
        return viewer.user.get_full_name().strip() or viewer.user.get_username()

    def resolve_email(viewer, info):
        return viewer.user.email

    def resolve_is_member(viewer, info):
        return viewer.member is not None

    def resolve_can_moderate(viewer, info):
        return viewer.can_moderate

    def resolve_role(viewer, info):
        return viewer.member.role if viewer.member else None

    def resolve_city(viewer, info):
        city = viewer.member.city if viewer.member else None
        return city if city is not None and policy_of(info).shows(city) else None

    def resolve_organisation(viewer, info):
        return viewer.member.organisation if viewer.member else None


class AuthPayload(graphene.ObjectType):
    access_token = graphene.String(
        required=True, description="Send as 'Authorization: Bearer <accessToken>'"
    )
    access_token_expires_at = graphene.DateTime(required=True)
    refresh_token = graphene.String(
        required=True, description="Works once, with refreshToken, for a new pair of tokens"
    )
    refresh_token_expires_at = graphene.DateTime(required=True)
    account = graphene.Field(Account, required=True)
