"""Typed GraphQL errors: a client can branch on `extensions.code` instead of parsing messages."""

from graphql import GraphQLError


class UserInputError(GraphQLError):
    """The request asked for something malformed (bad page number, unknown filter value...)."""

    def __init__(self, message: str, field: str | None = None):
        extensions = {"code": "BAD_USER_INPUT"}
        if field:
            extensions["field"] = field
        super().__init__(message, extensions=extensions)


class NotFoundError(GraphQLError):
    def __init__(self, message: str):
        super().__init__(message, extensions={"code": "NOT_FOUND"})
