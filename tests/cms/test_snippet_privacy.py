"""Snippets: the policy judges every snippet model, and the gate screens draft-state ones.

The only snippets that can be hidden are those with a draft state (the site texts: a
translation being prepared is not live). Every other snippet model is declared public in
cms.privacy.PUBLIC_SNIPPETS; a new snippet model fails here until it is one or the other.
"""

import json

import pytest
from wagtail.models import DraftStateMixin, Locale, Site
from wagtail.snippets.models import get_snippet_models

from cms.privacy import PUBLIC_SNIPPETS, PrivacyPolicy
from home.models import SiteTexts


def test_every_snippet_model_has_a_draft_state_or_is_declared_public():
    judged = {
        model._meta.label_lower: issubclass(model, DraftStateMixin)
        for model in get_snippet_models()
    }
    undecided = {label for label, drafts in judged.items() if not drafts} - PUBLIC_SNIPPETS
    assert not undecided, (
        f"declare these in cms.privacy.PUBLIC_SNIPPETS or give them a draft state: {undecided}"
    )
    assert PUBLIC_SNIPPETS <= set(judged), "PUBLIC_SNIPPETS names a model that is not a snippet"
    assert not {label for label in PUBLIC_SNIPPETS if judged[label]}, (
        "a draft-state snippet is declared public"
    )


@pytest.mark.django_db
def test_the_policy_hides_snippets_that_are_not_live():
    policy = PrivacyPolicy()
    site = Site.objects.get(is_default_site=True)
    assert policy.shows(SiteTexts(site=site, live=True))
    assert not policy.shows(SiteTexts(site=site, live=False))


@pytest.mark.django_db
def test_a_draft_snippet_is_not_served_by_the_snippets_list(gql):
    site = Site.objects.get(is_default_site=True)
    live = SiteTexts.objects.create(site=site, name="Alliance")
    draft = SiteTexts.objects.create(
        site=site, locale=Locale.objects.get(language_code="fr"), name="SECRET", live=False
    )
    served = gql.data("{ snippets { __typename ... on SiteTexts { id } } }")["snippets"]
    texts = [item["id"] for item in served if item["__typename"] == "SiteTexts"]
    assert texts == [str(live.pk)]
    assert str(draft.pk) not in json.dumps(texts)
