"""The mutation base class: one transaction per mutation, refusals as coded GraphQL errors."""

import graphene
from django.db import transaction
from graphql import GraphQLError

from .errors import ActionError


class ApiMutation(graphene.Mutation):
    """Runs `perform` in a transaction. An ActionError rolls everything back and comes back as
    an error with `extensions.code` (VALIDATION, UNAUTHENTICATED, PERMISSION_DENIED,
    NOT_FOUND, RATE_LIMITED) and the mutation's field is null.

    `atomic = False` is for actions that must keep a trace of a refusal (a failed sign-in is
    counted, a replayed refresh token closes its session); they manage their own transactions.
    """

    atomic = True

    class Meta:
        abstract = True

    @classmethod
    def perform(cls, info, **arguments):
        raise NotImplementedError

    @classmethod
    def mutate(cls, root, info, **arguments):
        try:
            if not cls.atomic:
                return cls.perform(info, **arguments)
            with transaction.atomic():
                return cls.perform(info, **arguments)
        except ActionError as error:
            raise GraphQLError(error.message, extensions=error.extensions) from None
