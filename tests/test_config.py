"""Configuration found upward from each file, rule selection, and inline suppression."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

from newslint.engine.config import find_config, load_config_file, resolve

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


def config_error(tmp_path: Path, name: str, text: str, files=("a.txt",), at_fault: str = "") -> str:
    """Lint files under a config; assert it is refused the documented way and return the
    one line of stderr: exit 2, no traceback, the file at fault (the config) named."""
    (tmp_path / name).write_text(text)
    for file in files:
        (tmp_path / file).write_text(DRAFT)
    result = run_cli("check", *files, cwd=tmp_path)
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1, stderr
    assert f"{tmp_path / (at_fault or name)}" in stderr
    return stderr


LIST_OF_STRINGS = "expected a list of strings"


@pytest.mark.parametrize(
    "text, message",
    [
        # A string where a list of patterns belongs became one-letter patterns, which
        # silently allowed every copyright footer.
        ('[rules.JK008]\nallow = "media"\n', f"rules.JK008.allow: {LIST_OF_STRINGS}, got a string ('media')"),
        ('[rules.copyright-line]\nallow = ["Gulf Wire Service", 3]\n',
         f"rules.copyright-line.allow: {LIST_OF_STRINGS}, got a list holding an integer (3)"),
        ('[rules.copyright-line]\nallow = { a = "x" }\n', f"rules.copyright-line.allow: {LIST_OF_STRINGS}, got a table"),
        ('[rules.copyright-line]\nmax-words = true\n', "rules.copyright-line.max-words: expected an integer, got a boolean (true)"),
        ('[rules.copyright-line]\nmax-words = 7.5\n', "rules.copyright-line.max-words: expected an integer, got a number (7.5)"),
        # Python rules: checked against the type of the option's default.
        ('[rules.long-sentence]\nwarning-words = "60"\n', "rules.long-sentence.warning-words: expected a number, got a string ('60')"),
        ('[rules.outlet-voice]\npublication = ["BBC"]\n', "rules.outlet-voice.publication: expected a string, got a list"),
        ('[rules.languagetool]\ncheck-quotes = 1\n', "rules.languagetool.check-quotes: expected true or false, got an integer (1)"),
        ('[rules.fact-contradiction]\nfile = 3\n', "rules.fact-contradiction.file: expected a string, got an integer (3)"),
        # An override's options are checked even when no linted file matches its globs.
        ('[[overrides]]\nfiles = ["elsewhere/**"]\n[overrides.rules.copyright-line]\nallow = "media"\n',
         f"rules.copyright-line.allow: {LIST_OF_STRINGS}, got a string ('media')"),
    ],
)
def test_wrong_typed_rule_option_names_the_option_and_its_type(tmp_path, text, message):
    assert message in config_error(tmp_path, "newslint.toml", text)


def test_wrong_typed_python_rule_option_is_one_config_error_not_a_crash_per_file(tmp_path):
    # A string threshold used to reach the rule: "internal error ... TypeError", per file.
    stderr = config_error(tmp_path, "newslint.toml", '[rules.reading-grade]\nmin-words = "40"\n', files=("a.txt", "b.txt"))
    assert "rules.reading-grade.min-words: expected a number, got a string ('40')" in stderr


def test_a_whole_number_is_a_number_where_the_default_is_a_float():
    from newslint.engine.config import option_problem
    from newslint.rules.checks.reading_grade import RULE

    rule = RULE.replace(options={**RULE.options, "max-grade": 14.0})
    assert option_problem(rule, "max-grade", 12) is None
    assert option_problem(rule, "max-grade", 12.5) is None
    assert option_problem(rule, "max-grade", True) == "expected a number, got a boolean (true)"
    declared = RULE.replace(option_types={"max-grade": float})
    assert option_problem(declared, "max-grade", 12.5) is None
    assert option_problem(declared, "max-grade", "12") == "expected a number, got a string ('12')"


SIZE = "max-file-size: expected a positive number of bytes or a size such as '25MB'"


@pytest.mark.parametrize(
    "text, message",
    [
        # Each of these used to skip every file and exit 0.
        ("max-file-size = -1\n", f"{SIZE}, got an integer (-1)"),
        ("max-file-size = 0\n", f"{SIZE}, got an integer (0)"),
        ("max-file-size = true\n", f"{SIZE}, got a boolean (true)"),
        ('max-file-size = "0MB"\n', f"{SIZE}, got a string ('0MB')"),
        ("max-file-size = 2.5e7\n", f"{SIZE}, got a number (2.5e+07)"),
        ('max-file-size = "big"\n', f"{SIZE}, got a string ('big')"),
    ],
)
def test_max_file_size_must_be_a_positive_size(tmp_path, text, message):
    assert message in config_error(tmp_path, "newslint.toml", text)


def test_max_file_size_takes_bytes_or_a_size_string(tmp_path):
    (tmp_path / "newslint.toml").write_text('max-file-size = "1 kB"\n')
    assert find_config(tmp_path).max_file_size == 1000
    (tmp_path / "newslint.toml").write_text("max-file-size = 5\n")
    assert load_config_file(tmp_path / "newslint.toml").max_file_size == 5


@pytest.mark.parametrize(
    "text, message",
    [
        ('select = "PH"\n', f"select: {LIST_OF_STRINGS}, got a string ('PH')"),
        ('ignore = ["PH", 2]\n', f"ignore: {LIST_OF_STRINGS}, got a list holding an integer (2)"),
        ('packs = "ap"\n', f"packs: {LIST_OF_STRINGS}, got a string ('ap')"),
        ('severity = "info"\n', "severity: expected a table of rule or category = severity, got a string ('info')"),
        ('[severity]\njunk = 1\n', "severity.junk: an integer (1) is not one of error, warning, info"),
        ('[severity.junk]\nlevel = "info"\n', "severity.junk: a table is not one of error, warning, info"),
        ('rules = ["JK008"]\n', "rules: expected a table of rule option tables, got a list"),
        ('[rules]\nJK008 = "off"\n', "rules.JK008: expected a table of options, got a string ('off')"),
        ('per-file-ignores = ["listings/*"]\n', "per-file-ignores: expected a table of glob = list of rules, got a list"),
        ('[per-file-ignores]\n"listings/*" = "tbd-marker"\n',
         f"per-file-ignores.listings/*: {LIST_OF_STRINGS}, got a string ('tbd-marker')"),
        ('overrides = { files = ["x"] }\n', "overrides: expected a list of tables ([[overrides]]), got a table"),
        ('[[overrides]]\nfiles = ["news/**"]\nignore = "PH"\n', f"overrides[0].ignore: {LIST_OF_STRINGS}, got a string ('PH')"),
        ('[[overrides]]\nfiles = ["news/**"]\nseverity = "info"\n', "overrides[0].severity: expected a table"),
        ("fail-on = 2\n", "fail-on: expected one of error, warning, info, got an integer (2)"),
    ],
)
def test_every_key_is_checked_for_its_type(tmp_path, text, message):
    assert message in config_error(tmp_path, "newslint.toml", text)


@pytest.mark.parametrize(
    "text, message",
    [
        ("tool = 3\n", "tool: expected a table, got an integer (3)"),
        ("[tool]\nnewslint = 3\n", "tool.newslint: expected a table, got an integer (3)"),
        ('[tool.newslint]\nselect = "PH"\n', f"select: {LIST_OF_STRINGS}, got a string ('PH')"),
        ("x = " + "[" * 10_000 + "]" * 10_000 + "\n", "invalid TOML (arrays or tables nested too deeply)"),
        ("x = " + "{a = " * 10_000 + "}" * 10_000 + "\n", "invalid TOML (arrays or tables nested too deeply)"),
    ],
)
def test_malformed_pyproject_is_a_config_error(tmp_path, text, message):
    assert message in config_error(tmp_path, "pyproject.toml", text)


def test_deeply_nested_newslint_toml_is_a_config_error(tmp_path):
    text = "[rules.copyright-line]\nallow = " + "[" * 10_000 + "]" * 10_000 + "\n"
    assert "invalid TOML (arrays or tables nested too deeply)" in config_error(tmp_path, "newslint.toml", text)


FACT_SHEET_ON = '[rules.fact-contradiction]\nfile = "facts.yaml"\n'
FACT = "facts:\n  - about: Lachin corridor blockade began\n    mentions: [Lachin corridor]\n{}    source: Reuters\n"


@pytest.mark.parametrize(
    "sheet, message",
    [
        # A month 13 used to reach the rule and raise IndexError on every file.
        (FACT.format("    date: 2024-13\n"), "facts[0]: date: '2024-13' is not a date (month must be in 1..12)"),
        (FACT.format('    date: "2023-02-29"\n'), "facts[0]: date: '2023-02-29' is not a date (day is out of range for month)"),
        (FACT.format("    date: 2023-02-29\n"), "fact sheet is not valid YAML (day is out of range for month)"),
        (FACT.format("    date: true\n"), "facts[0]: date: True is not YYYY, YYYY-MM or YYYY-MM-DD"),
        (FACT.format("    figure: yes\n"), "facts[0]: figure: expected a number, got a boolean (true)"),
        (FACT.format("    date: 2022\n").replace("about: Lachin corridor blockade began", "about: [Lachin]"),
         "facts[0]: about: expected text, got a list"),
        (FACT.format("    date: 2022\n").replace("source: Reuters", "source:"), "facts[0]: source: expected text, got no value"),
        (FACT.format("    date: 2022\n").replace("[Lachin corridor]", "[]"), "facts[0]: mentions: give at least one word or phrase"),
        ("facts:\n  - about: x\n    person: ''\n    title: Prime Minister\n    source: s\n",
         "facts[0]: person: expected text, got an empty string"),
        ("facts:\n  - about: x\n    name: Nikol Pashinyan\n    variants: Pashinian\n    source: s\n",
         "facts[0]: variants: expected a list of words or phrases, got a string ('Pashinian')"),
        ("facts:\n  - 1: x\n", "facts[0]: unknown key 1"),
        ("facts: " + "[" * 5_000 + "]" * 5_000 + "\n", "fact sheet is not valid YAML (nested too deeply)"),
    ],
)
def test_bad_fact_sheet_names_the_file_the_fact_and_the_problem(tmp_path, sheet, message):
    (tmp_path / "facts.yaml").write_text(sheet)
    stderr = config_error(tmp_path, "newslint.toml", FACT_SHEET_ON, at_fault="facts.yaml")
    assert message in stderr


def test_fact_sheet_that_is_not_utf8_is_a_config_error(tmp_path):
    (tmp_path / "facts.yaml").write_bytes(FACT.format("    date: 2022\n").replace("Reuters", "Agence France-Presse, caf\u00e9").encode("cp1252"))
    stderr = config_error(tmp_path, "newslint.toml", FACT_SHEET_ON, at_fault="facts.yaml")
    assert "facts.yaml: fact sheet is not UTF-8 (byte 0xe9 at offset" in stderr


def test_a_threshold_may_be_a_fraction(tmp_path):
    (tmp_path / "newslint.toml").write_text("[rules.reading-grade]\nmax-grade = 12.5\n")
    (tmp_path / "a.txt").write_text("Council meets\n\nThe council met on Monday, the clerk said.\n")
    result = run_cli("check", "a.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_a_rule_is_read_only_and_replace_checks_the_copy():
    import pytest

    from newslint.rules.checks.reading_grade import RULE

    with pytest.raises(AttributeError, match="read-only"):
        RULE.severity = "error"
    quieter = RULE.replace(severity="info")
    assert (quieter.severity, RULE.severity, quieter.code, quieter.examples) == ("info", "warning", "RD001", RULE.examples)
    with pytest.raises(ValueError, match="severity 'loud'"):
        RULE.replace(severity="loud")


def test_default_mappings_pickle_and_stay_empty():
    # A mappingproxy default made examples and settings unpicklable; what a worker process
    # sends back or is sent (findings, settings, examples) must pickle.
    import pickle

    import pytest

    from newslint.engine.config import Settings
    from newslint.model.finding import Finding
    from newslint.rules.rule import NO_OPTIONS, Example

    things = (Settings(()), Example("A [[TK]] line.", bad=True),
              Finding("PH002", "tk", "placeholder", "error", 1, 3, 1, 5, "TK left in copy", start=2, end=4))
    assert [pickle.loads(pickle.dumps(thing)) for thing in things] == list(things)
    with pytest.raises(TypeError, match="read-only"):
        NO_OPTIONS["min-words"] = 40
    assert NO_OPTIONS == {}
