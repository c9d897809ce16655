"""Shared test helpers: paths to the articles written for the tests and to ../shared."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "articles"
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SCRAPED = SHARED / "examples" / "scraped-article.txt"
CORPUS = SHARED / "corpus"


def need_shared(path: Path) -> Path:
    """Skip (with the reason) where ../shared is not laid beside the checkout."""
    if not path.exists():
        pytest.skip(f"{path} is absent: it lives in ../shared beside the checkout, not in the project")
    return path


def newslint_command() -> list[str]:
    """The installed console script, as a user runs it."""
    script = Path(sys.executable).with_name("newslint")
    return [str(script)] if script.exists() else [sys.executable, "-c", "import sys; from newslint.cli.app import main; sys.exit(main())"]


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `newslint ARGS` and capture what it prints."""
    return subprocess.run(
        [*newslint_command(), *args],
        input=stdin,
        capture_output=True,
        cwd=cwd or ROOT,
        # Grammar is off unless a test asks for it: what LanguageTool this machine has must
        # not change other tests' output (tests/test_grammar.py covers it).
        env={**os.environ, "COLUMNS": "120", "NEWSLINT_LANGUAGETOOL": "off", **(env or {})},
    )
