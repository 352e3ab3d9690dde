"""The TypeScript types in frontend-contract/generated/ are what GraphQL Code Generator makes
from the checked-in schema and operations today, and they compile."""

import filecmp
import os
import shutil
import subprocess

import pytest

from cms.contract import CONTRACT_DIR

GENERATED = CONTRACT_DIR / "generated"
BIN = CONTRACT_DIR / "node_modules" / ".bin"

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None,
    reason="node is not installed: the contract's TypeScript types are not checked",
)


def run(*command: str, **env: str) -> subprocess.CompletedProcess:
    tool = BIN / command[0]
    assert tool.exists(), f"{tool} is missing: run `make dev-install` (npm ci in frontend-contract)"
    return subprocess.run(
        [str(tool), *command[1:]],
        cwd=CONTRACT_DIR,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_generated_types_are_fresh(tmp_path):
    result = run("graphql-codegen", "--config", "codegen.yml", CODEGEN_OUT=f"{tmp_path}/")
    assert result.returncode == 0, result.stdout + result.stderr
    fresh = sorted(path.name for path in tmp_path.iterdir())
    assert fresh == sorted(path.name for path in GENERATED.iterdir())
    _, stale, _ = filecmp.cmpfiles(tmp_path, GENERATED, fresh, shallow=False)
    assert not stale, f"stale: {stale}; run `make contract` (or `npm run codegen`)"


def test_generated_types_compile():
    result = run(
        "tsc",
        "--noEmit",
        "--strict",
        "--skipLibCheck",
        "--target",
        "es2022",
        "--module",
        "esnext",
        "--moduleResolution",
        "bundler",
        "generated/index.ts",
    )
    assert result.returncode == 0, result.stdout + result.stderr
