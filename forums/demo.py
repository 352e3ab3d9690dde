"""Demo content of this domain (filled in by the domain's work)."""


def load(home) -> str:
    return "nothing yet"
