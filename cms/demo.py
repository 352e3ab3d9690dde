"""Demo themes, organisations and people (filled in by the foundation work)."""


def load(home) -> str:
    return "nothing yet"
