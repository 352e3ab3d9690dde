"""Root query fields of this domain."""


class Query:
    pass
