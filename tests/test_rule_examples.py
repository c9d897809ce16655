"""Every example of every rule is a test: bad examples must be flagged exactly at their
marked spans, good examples must draw nothing from that rule."""

from __future__ import annotations

import pytest

from newslint.engine.config import Config
from newslint.engine.run import run_rule
from newslint.rules.rule import example_document, mark

REGISTRY = Config().registry
CASES = [
    pytest.param(rule, example, id=f"{rule.code}-{rule.name}-{'bad' if example.bad else 'good'}{i}")
    for rule in REGISTRY.rules
    for i, example in enumerate(rule.examples)
]


@pytest.fixture(scope="module")
def languagetool():
    """A stand-in LanguageTool for the rule that relays it (tests/fake_languagetool.py)."""
    from fake_languagetool import FakeLanguageTool

    with FakeLanguageTool() as server:
        yield server.url


@pytest.mark.parametrize("rule, example", CASES)
def test_example(rule, example, request, monkeypatch, tmp_path):
    if rule.name == "languagetool":
        monkeypatch.setenv("NEWSLINT_LANGUAGETOOL", request.getfixturevalue("languagetool"))
        monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    doc = example_document(example)
    found = [(f.start, f.end) for f in run_rule(rule, doc, {**rule.options, **example.options})]
    # Compared in the example notation, so a failure shows a readable diff.
    assert mark(example.text, found) == mark(example.text, example.spans)


def test_every_rule_has_docs_and_both_kinds_of_example():
    for rule in REGISTRY.rules:
        assert rule.summary and rule.why, rule.code
        assert any(e.bad for e in rule.examples) and any(not e.bad for e in rule.examples), rule.code


def test_codes_and_names_are_unique():
    codes = [r.code for r in REGISTRY.rules]
    names = [r.name for r in REGISTRY.rules]
    assert len(set(codes)) == len(codes) and len(set(names)) == len(names)
