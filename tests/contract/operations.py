"""The operations in frontend-contract/operations/: each a `<Name>.graphql` document and the
`<Name>.variables.json` that works on the demo content."""

import json

from cms.contract import CONTRACT_DIR

OPERATIONS_DIR = CONTRACT_DIR / "operations"


def operation_names() -> list[str]:
    return sorted(path.stem for path in OPERATIONS_DIR.glob("*.graphql"))


def document(name: str) -> str:
    return (OPERATIONS_DIR / f"{name}.graphql").read_text()


def variables(name: str) -> dict:
    return json.loads((OPERATIONS_DIR / f"{name}.variables.json").read_text())
