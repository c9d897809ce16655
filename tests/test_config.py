"""Configuration found upward from each file, rule selection, and inline suppression."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from newslint.config import find_config, load_config_file, resolve

DRAFT = "Storm cuts power\n\nThe toll is TK, officials said. The meeting lasted XX minutes.\n"


def lint_json(*args, cwd: Path) -> dict:
    result = run_cli("check", "--format", "json", *args, cwd=cwd)
    assert result.returncode in (0, 1), result.stderr.decode()
    return json.loads(result.stdout)


def codes(report: dict) -> list[str]:
    return [f["rule"] for file in report["files"] for f in file["findings"]]


def test_nearest_config_wins_and_pyproject_needs_the_tool_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.newslint]\nignore = ["PH002"]\n')
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    (tmp_path / "desk" / "copy").mkdir()
    (tmp_path / "desk" / "copy" / "a.txt").write_text(DRAFT)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "newslint.toml").write_text('ignore = ["number-placeholder"]\n')
    (tmp_path / "other" / "b.txt").write_text(DRAFT)
    report = lint_json("desk/copy/a.txt", "other/b.txt", cwd=tmp_path)
    assert [codes({"files": [f]}) for f in report["files"]] == [["PH003"], ["PH002"]]


def test_select_ignore_by_code_name_category_and_prefix(tmp_path):
    (tmp_path / "a.txt").write_text(DRAFT)
    assert codes(lint_json("a.txt", "--select", "tk-marker", cwd=tmp_path)) == ["PH002"]
    assert codes(lint_json("a.txt", "--select", "placeholder", "--ignore", "PH002", cwd=tmp_path)) == ["PH003"]
    assert codes(lint_json("a.txt", "--select", "PH", cwd=tmp_path)) == ["PH002", "PH003"]
    assert codes(lint_json("a.txt", "--ignore", "placeholder", cwd=tmp_path)) == []


def test_unknown_selector_is_a_usage_error_with_a_hint(tmp_path):
    (tmp_path / "a.txt").write_text(DRAFT)
    result = run_cli("check", "a.txt", "--select", "tk-markr", cwd=tmp_path)
    assert result.returncode == 2
    assert "unknown rule, category or pack 'tk-markr' (did you mean 'tk-marker'?)" in result.stderr.decode()


def test_severity_override_and_fail_on(tmp_path):
    (tmp_path / "newslint.toml").write_text('[severity]\nplaceholder = "info"\n')
    (tmp_path / "a.txt").write_text(DRAFT)
    report = lint_json("a.txt", cwd=tmp_path)
    assert {f["severity"] for f in report["files"][0]["findings"]} == {"info"}
    assert run_cli("check", "a.txt", cwd=tmp_path).returncode == 0  # default fails on warning
    assert run_cli("check", "a.txt", "--fail-on", "info", cwd=tmp_path).returncode == 1


def test_rule_options_reach_the_rule(tmp_path):
    footer = "Storm cuts power\n\nCrews worked overnight, the utility said.\n\nCopyright 2024 Gulf Wire Service. All rights reserved.\n"
    (tmp_path / "a.txt").write_text(footer)
    assert codes(lint_json("a.txt", cwd=tmp_path)) == ["JK008"]
    (tmp_path / "newslint.toml").write_text('[rules.copyright-line]\nallow = ["Gulf Wire Service"]\n')
    assert codes(lint_json("a.txt", cwd=tmp_path)) == []


def test_per_file_ignores_by_glob(tmp_path):
    (tmp_path / "newslint.toml").write_text('[per-file-ignores]\n"listings/*" = ["tbd-marker"]\n')
    (tmp_path / "listings").mkdir()
    (tmp_path / "listings" / "fixtures.txt").write_text("Fixtures\n\nLeeds v Hull kicks off at a time that is TBC.\n")
    (tmp_path / "news.txt").write_text("Fixtures\n\nLeeds v Hull kicks off at a time that is TBC.\n")
    report = lint_json("listings", "news.txt", cwd=tmp_path)
    assert [codes({"files": [f]}) for f in report["files"]] == [[], ["PH007"]]


@pytest.mark.parametrize(
    "text, message",
    [
        ('selct = ["PH001"]\n', "unknown key 'selct' (did you mean 'select'?)"),
        ('[severity]\nPH001 = "fatal"\n', "PH001: 'fatal' is not one of error, warning, info"),
        ("select = [\n", "invalid TOML"),
        ('[rules.copyright-line]\nalow = ["x"]\n', "rules.copyright-line: unknown option 'alow' (did you mean 'allow'?)"),
        ('[rules.tk-marker]\nallow = ["x"]\n', "rules.tk-marker: unknown option 'allow' (this rule takes no options)"),
        ('packs = ["app"]\n', "unknown pack 'app'"),
    ],
)
def test_bad_config_is_one_line_exit_2_naming_the_file(tmp_path, text, message):
    (tmp_path / "newslint.toml").write_text(text)
    (tmp_path / "a.txt").write_text(DRAFT)
    result = run_cli("check", "a.txt", cwd=tmp_path)
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert message in stderr and "newslint.toml" in stderr
    assert len(stderr.strip().splitlines()) == 1


def test_house_pack_named_by_path_in_config(tmp_path):
    from test_packs import GOOD_RULE

    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "stated-for-said.yaml").write_text(GOOD_RULE)
    (tmp_path / "newslint.toml").write_text('packs = ["./house"]\n')
    (tmp_path / "a.txt").write_text("Talks resume\n\nThe minister stated that talks would resume.\n")
    assert codes(lint_json("a.txt", cwd=tmp_path)) == ["HS001"]


def test_config_cache_is_per_directory(tmp_path):
    (tmp_path / "newslint.toml").write_text('ignore = ["junk"]\n')
    config = find_config(tmp_path)
    assert config.path == tmp_path / "newslint.toml"
    settings = resolve(config, "a.txt")
    assert not any(rule.category == "junk" for rule in settings.rules)
    assert load_config_file(tmp_path / "newslint.toml") == config


SUPPRESSED = """Storm cuts power

<!-- newslint-disable-next-line tk-marker -->
The toll is TK, officials said.

<!-- newslint-disable placeholder -->
The meeting lasted XX minutes. The toll is TK.
<!-- newslint-enable -->

The toll is still TK.
"""


def test_inline_suppression(tmp_path):
    (tmp_path / "a.txt").write_text(SUPPRESSED)
    report = lint_json("a.txt", cwd=tmp_path)
    assert [(f["rule"], f["line"]) for f in report["files"][0]["findings"]] == [("PH002", 10)]


def test_bad_house_pack_is_one_line_exit_2(tmp_path):
    from test_packs import GOOD_RULE

    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "stated-for-said.yaml").write_text(GOOD_RULE.replace("kind: pattern", "kind: patern"))
    (tmp_path / "newslint.toml").write_text('packs = ["./house"]\n')
    (tmp_path / "a.txt").write_text(DRAFT)
    (tmp_path / "b.txt").write_text(DRAFT)
    result = run_cli("check", "a.txt", "b.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode() == (
        f"newslint: error: {tmp_path / 'house' / 'stated-for-said.yaml'}:8: kind: 'patern' is not one of "
        "pattern, line, label, substitution (did you mean 'pattern'?)\n"
    )
