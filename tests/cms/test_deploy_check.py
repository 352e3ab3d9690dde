"""`manage.py check --deploy` on production settings names only what a deployer must set."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_check(**env) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DATABASE_URL", "PUBLIC_BASE_URL"}
    }
    clean.pop("ALLOWED_HOSTS", None)
    clean.update(DJANGO_SETTINGS_MODULE="cms.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_missing_settings_are_named_together():
    result = run_check()
    assert result.returncode != 0
    assert "SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL, PUBLIC_BASE_URL" in result.stderr


def configured(tmp_path, **overrides) -> dict[str, str]:
    """Everything production needs, with `overrides`."""
    return {
        "SECRET_KEY": "x" * 20 + "-production-secret-key-with-enough-entropy-4f9a",
        "ALLOWED_HOSTS": "cms.alliance.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "PUBLIC_BASE_URL": "https://cms.alliance.example",
        **overrides,
    }


def test_fully_configured_production_passes_the_deploy_check(tmp_path):
    result = run_check(**configured(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_a_public_base_url_without_scheme_is_named(tmp_path):
    result = run_check(**configured(tmp_path, PUBLIC_BASE_URL="cms.alliance.example"))
    assert result.returncode != 0
    assert "cms.E103" in result.stderr and "PUBLIC_BASE_URL" in result.stderr
