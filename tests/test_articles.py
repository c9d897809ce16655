"""Whole articles end to end: the scraped article users try first, clean professional
copy (written for these tests, and the published corpus in ../shared) where the
placeholder, scaffolding and junk families must stay silent."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest
from conftest import ARTICLES, CORPUS, SCRAPED, need_shared, run_cli

FAMILIES = ("placeholder", "scaffolding", "junk")


def lines_by_category(report: dict) -> dict[str, set[int]]:
    found = defaultdict(set)
    for file in report["files"]:
        for finding in file["findings"]:
            found[finding["category"]].add(finding["line"])
    return found


def test_scraped_article_end_to_end():
    need_shared(SCRAPED)
    result = run_cli("check", str(SCRAPED), "--format", "json", "--select", ",".join(FAMILIES))
    found = lines_by_category(json.loads(result.stdout))
    assert found["placeholder"] == {9}
    assert found["scaffolding"] == {5, 7, 9}
    assert found["junk"] == {35, 37}
    assert result.returncode == 1


def test_scraped_article_findings_say_what_they_flag():
    need_shared(SCRAPED)
    out = run_cli("check", str(SCRAPED), "--format", "text", "--select", ",".join(FAMILIES)).stdout.decode()
    assert ":9:7: error PH001 Placeholder '[Insert Date]' left in copy" in out
    assert ":5:1: error SC001 Template label 'Title:' left in copy" in out
    assert ":5:8: error SC002 Second headline" in out
    assert ":35:1: warning JK001 Scraped link line 'You may also like'" in out
    assert ":37:1: warning JK002 Scraped comment-section line 'Leave a Comment'" in out


CLEAN = sorted(ARTICLES.glob("clean/*"))


def test_there_are_enough_varied_clean_articles():
    assert len(CLEAN) >= 10
    assert any(p.suffix == ".md" for p in CLEAN)


@pytest.mark.parametrize("path", CLEAN, ids=[p.name for p in CLEAN])
def test_clean_article_is_silent(path):
    result = run_cli("check", str(path), "--format", "json", "--select", ",".join(FAMILIES))
    assert json.loads(result.stdout)["files"][0]["findings"] == []
    assert result.returncode == 0


def test_published_corpus_is_silent():
    need_shared(CORPUS)
    result = run_cli("check", str(CORPUS), "--format", "text", "--select", ",".join(FAMILIES))
    assert result.stdout.decode() == ""
    assert result.returncode == 0
