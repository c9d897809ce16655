"""The pre-commit hook, run through pre-commit itself on a throwaway article repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT

BAD = "Council delays vote\n\nThe council will meet again on TK, the clerk said.\n"
GOOD = "Council delays vote\n\nThe council will meet again on Tuesday, the clerk said.\n"


def _git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def article_repo(tmp_path_factory):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not (ROOT / ".git").exists():
        pytest.skip("the project is not a git checkout, so pre-commit cannot try it as a hook repo")
    repo = tmp_path_factory.mktemp("articles")
    _git("init", "-q", cwd=repo)
    (repo / "bad.txt").write_text(BAD)
    (repo / "good.md").write_text("---\ntitle: Council delays vote\n---\n\n" + GOOD.split("\n\n", 1)[1])
    _git("add", ".", cwd=repo)
    return repo


def _try_repo(repo, *files):
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home"),
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "newslint", "--files", *files],
        cwd=repo, env=env, capture_output=True, text=True, timeout=900,
    )


def test_hook_fails_on_a_bad_article(article_repo):
    result = _try_repo(article_repo, "bad.txt")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "bad.txt:3:32: error PH002" in result.stdout


def test_hook_passes_on_a_clean_article(article_repo):
    result = _try_repo(article_repo, "good.md")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout
