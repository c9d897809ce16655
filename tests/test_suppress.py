"""Inline suppression directives: what each one turns off, and the notices for a directive
that is misspelt, names no rule, or suppresses nothing."""

from __future__ import annotations

import json
import time

import pytest
from conftest import run_cli

import newslint
from newslint.engine.config import Config
from newslint.engine.suppress import apply_suppressions
from newslint.model.finding import Finding
from newslint.notices import take
from newslint.readers import read_text

REGISTRY = Config().registry
DEFAULT_ON = [rule for rule in REGISTRY.rules if REGISTRY.default_on(rule)]


def found(text: str, select=("placeholder",)) -> list[tuple[str, int]]:
    """(code, line) of what lint_text reports: suppression as the engine applies it."""
    return [(f.rule, f.line) for f in newslint.lint_text(text, path="x.md", select=list(select))]


# -- what a directive turns off --------------------------------------------------------------


def test_disable_line_covers_its_own_line_only():
    text = "Storm\n\nThe toll is TK. <!-- newslint-disable-line tk-marker -->\n\nThe toll is TK.\n"
    assert found(text) == [("PH002", 5)]


def test_disable_line_with_several_rules_and_a_reason():
    text = "Storm\n\nThe toll is TK, XX dead. <!-- newslint-disable-line tk-marker, PH003 -- figures at 6pm -->\n\nTK.\n"
    assert found(text) == [("PH002", 5)]


def test_disable_next_line_covers_the_line_after_the_comment():
    text = "Storm\n\n<!-- newslint-disable-next-line tk-marker -->\nThe toll is TK.\nThe toll is TK.\n"
    assert found(text) == [("PH002", 5)]


def test_disable_next_line_after_a_comment_spanning_lines():
    text = "Storm\n\n<!-- newslint-disable-next-line\n     tk-marker -->\nThe toll is TK.\nThe toll is TK.\n"
    assert found(text) == [("PH002", 6)]


def test_disable_until_enable():
    text = (
        "Storm\n\n<!-- newslint-disable tk-marker -->\nThe toll is TK.\n"
        "<!-- newslint-enable tk-marker -->\nThe toll is TK.\n"
    )
    assert found(text) == [("PH002", 6)]


def test_enable_one_rule_inside_a_bare_disable():
    text = (
        "Storm\n\n<!-- newslint-disable -->\nThe toll is TK.\n"
        "<!-- newslint-enable tk-marker -->\nThe toll is TK, XX dead.\n"
        "<!-- newslint-enable -->\nXX more.\n"
    )
    assert found(text) == [("PH002", 6), ("PH003", 8)]


def test_a_code_prefix_names_its_rules_as_select_does():
    text = "Storm\n\n<!-- newslint-disable PH -->\nThe toll is TK, XX dead.\n<!-- newslint-enable PH -->\nTK.\n"
    assert found(text) == [("PH002", 6)]


@pytest.mark.parametrize("directive", [
    "newslint-disbale tk-marker",
    "newslint-disable-lines tk-marker",
    "newslint-disable-nextline tk-marker",
    "newslint-enabled",
    "newslint-disable:tk-marker",
])
def test_an_unknown_directive_disables_nothing(directive):
    text = f"Storm\n\n<!-- {directive} -->\nThe toll is TK.\n\nThe toll is TK.\n"
    assert found(text) == [("PH002", 4), ("PH002", 6)]


def test_a_comment_that_only_mentions_newslint_is_not_a_directive():
    text = "Storm\n\n<!-- ask before using newslint-disable here -->\nThe toll is TK.\n"
    assert found(text) == [("PH002", 4)]


def test_directives_are_found_in_linear_time():
    """The old pattern backtracked quadratically on an unclosed directive."""
    text = "Storm\n\n<!-- newslint-disable" + " " * 30_000 + "\nThe toll is TK.\n" + "<!-- newslint-disable\n" * 500
    doc = read_text(text, "x.md")
    started = time.perf_counter()
    apply_suppressions(doc.text, doc.position, [])
    assert time.perf_counter() - started < 0.5  # milliseconds now; seconds before


# -- notices ---------------------------------------------------------------------------------


def _finding(line: int, rule="PH002", name="tk-marker", category="placeholder") -> Finding:
    return Finding(rule, name, category, "error", line, 1, line, 3, "TK left in copy")


def notices(text: str, findings, enabled=DEFAULT_ON, rules=REGISTRY.rules, path="x.md"):
    """(kept findings' lines, notices said) for apply_suppressions given what the engine
    passes it once wired."""
    take()  # nothing from earlier tests
    doc = read_text(text, "x.md")
    kept = apply_suppressions(doc.text, doc.position, findings, path=path, rules=rules, enabled=enabled)
    return [f.line for f in kept], take()


def test_an_unknown_directive_is_said_with_a_hint():
    text = "Storm\n\n<!-- newslint-disbale tk-marker -->\nThe toll is TK.\n"
    assert notices(text, [_finding(4)]) == (
        [4], ["x.md:3: unknown newslint directive 'newslint-disbale' (did you mean 'newslint-disable'?)"]
    )


def test_an_unknown_rule_is_said_with_a_hint():
    text = "Storm\n\n<!-- newslint-disable-next-line tk-markr, placeholdr -->\nThe toll is TK.\n"
    assert notices(text, [_finding(4)]) == ([4], [
        "x.md:3: unknown rule 'tk-markr' in newslint-disable-next-line (did you mean 'tk-marker'?)",
        "x.md:3: unknown rule 'placeholdr' in newslint-disable-next-line (did you mean 'placeholder'?)",
    ])


def test_an_unused_directive_is_said():
    text = "Storm\n\n<!-- newslint-disable-next-line tk-marker -->\n\nThe toll is TK.\n"
    assert notices(text, [_finding(5)]) == ([5], ["x.md:3: unused newslint-disable-next-line for tk-marker"])


def test_only_the_unused_rules_of_a_directive_are_said():
    text = "Storm\n\n<!-- newslint-disable tk-marker PH003 -->\nThe toll is TK.\n"
    assert notices(text, [_finding(4)]) == ([], ["x.md:3: unused newslint-disable for PH003"])


def test_an_enable_that_ends_nothing_is_unused():
    text = "Storm\n\nThe toll is TK.\n<!-- newslint-enable tk-marker -->\n"
    assert notices(text, [_finding(3)]) == ([3], ["x.md:4: unused newslint-enable for tk-marker"])


def test_used_directives_say_nothing():
    text = (
        "Storm\n\nThe toll is TK. <!-- newslint-disable-line placeholder -->\n"
        "<!-- newslint-disable core -->\nThe toll is TK.\n<!-- newslint-enable -->\n"
    )
    assert notices(text, [_finding(3), _finding(5)]) == ([], [])


def test_a_rule_left_out_of_this_run_does_not_make_a_directive_unused():
    text = "Storm\n\n<!-- newslint-disable-next-line tk-marker -->\nThe toll is TK.\n"
    junk_only = [rule for rule in DEFAULT_ON if rule.category == "junk"]
    assert notices(text, [], enabled=junk_only) == ([], [])
    # A pack is named in full only when all of its rules ran: the AP pack is opt-in.
    text = "Storm\n\n<!-- newslint-disable-next-line ap -->\nThe toll is TK.\n"
    assert notices(text, []) == ([], [])
    every_ap_rule = DEFAULT_ON + [rule for rule in REGISTRY.rules if rule.pack == "ap"]
    assert notices(text, [], enabled=every_ap_rule) == ([], ["x.md:3: unused newslint-disable-next-line for ap"])


def test_a_bare_directive_is_unused_only_when_every_rule_ran():
    text = "Storm\n\n<!-- newslint-disable-next-line -->\n\nThe toll is TK.\n"
    assert notices(text, [_finding(5)]) == ([5], [])
    assert notices(text, [_finding(5)], enabled=REGISTRY.rules) == ([5], ["x.md:3: unused newslint-disable-next-line"])


def test_relayed_languagetool_codes_are_neither_unknown_nor_unused():
    text = "Storm\n\n<!-- newslint-disable-next-line LT-MORFOLOGIK_RULE_EN_US -->\nTeh toll.\n"
    assert notices(text, []) == ([], [])
    lt = _finding(4, rule="LT-MORFOLOGIK_RULE_EN_US", name="languagetool", category="grammar")
    assert notices(text, [lt]) == ([], [])


def test_without_a_path_nothing_is_said():
    text = "Storm\n\n<!-- newslint-disbale -->\n<!-- newslint-disable-next-line tk-markr -->\nTK.\n"
    assert notices(text, [_finding(5)], path=None) == ([5], [])


# -- through the command line (needs engine.py to pass path, rules and enabled) ---------------


def test_the_cli_says_directive_problems_after_the_report(tmp_path):
    (tmp_path / "a.md").write_text(
        "Storm\n\n<!-- newslint-disbale tk-marker -->\nThe toll is TK.\n\n"
        "<!-- newslint-disable-next-line tk-markr -->\nThe toll is TK.\n\n"
        "<!-- newslint-disable-next-line tk-marker -->\n\nThe toll is TK.\n"
    )
    result = run_cli("check", "a.md", "--format", "text", cwd=tmp_path)
    assert [line.split(": error")[0] for line in result.stdout.decode().splitlines()] == ["a.md:4:13", "a.md:7:13", "a.md:11:13"]
    assert result.stderr.decode().splitlines() == [
        "newslint: note: a.md:3: unknown newslint directive 'newslint-disbale' (did you mean 'newslint-disable'?)",
        "newslint: note: a.md:6: unknown rule 'tk-markr' in newslint-disable-next-line (did you mean 'tk-marker'?)",
        "newslint: note: a.md:9: unused newslint-disable-next-line for tk-marker",
    ]


def test_the_cli_says_nothing_of_a_directive_for_a_rule_not_selected(tmp_path):
    (tmp_path / "a.md").write_text("Storm\n\n<!-- newslint-disable-next-line tk-marker -->\n\nThe toll is TK.\n")
    result = run_cli("check", "a.md", "--format", "json", "--select", "junk", cwd=tmp_path)
    assert json.loads(result.stdout)["files"][0]["findings"] == []
    assert result.stderr.decode() == ""
    result = run_cli("check", "a.md", "--format", "json", "--select", "placeholder", cwd=tmp_path)
    assert result.stderr.decode() == "newslint: note: a.md:3: unused newslint-disable-next-line for tk-marker\n"


def test_a_pack_can_be_named_in_a_directive(tmp_path):
    (tmp_path / "a.md").write_text("Storm\n\n<!-- newslint-disable-next-line core -->\nThe toll is TK.\n")
    result = run_cli("check", "a.md", "--format", "json", "--select", "placeholder", cwd=tmp_path)
    assert json.loads(result.stdout)["files"][0]["findings"] == [] and result.stderr.decode() == ""
