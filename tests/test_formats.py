"""The CI formats (SARIF, GitHub workflow commands, JUnit XML) as pipelines read them."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET

import pytest
from conftest import EXAMPLES, ROOT, SCRAPED, SHARED, need_shared, run_cli
from fake_languagetool import FakeLanguageTool

from newslint.report.github import escape_data, escape_property

SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
ARTICLES_IN_EXAMPLES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".md"))


def scraped() -> str:
    """The scraped article, relative to the checkout as a user in it would type it."""
    return os.path.relpath(need_shared(SCRAPED), ROOT)


def check(*args: str, fmt: str, cwd=None, env=None) -> str:
    result = run_cli("check", *args, "--format", fmt, cwd=cwd, env=env)
    assert result.returncode in (0, 1, 2), result.stderr.decode()
    return result.stdout.decode()


def json_findings(*args: str, cwd=None) -> list[tuple]:
    """(path, rule, line, column, end_line, end_column, message) from the JSON contract."""
    report = json.loads(check(*args, fmt="json", cwd=cwd))
    return [
        (file["path"], f["rule"], f["line"], f["column"], f["end_line"], f["end_column"], f["message"])
        for file in report["files"]
        for f in file["findings"]
    ]


# SARIF


def sarif(*args: str, cwd=None, env=None) -> dict:
    return json.loads(check(*args, fmt="sarif", cwd=cwd, env=env))


def sarif_findings(log: dict) -> list[tuple]:
    return [
        (
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["ruleId"],
            *(r["locations"][0]["physicalLocation"]["region"][key] for key in ("startLine", "startColumn", "endLine", "endColumn")),
            r["message"]["text"],
        )
        for r in log["runs"][0]["results"]
    ]


def assert_rules_match(log: dict) -> None:
    """Every result's ruleId names a descriptor, and ruleIndex points at that one."""
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert len(ids) == len(set(ids))
    assert {r["ruleId"] for r in run["results"]} == set(ids)
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def assert_valid_sarif(log: dict) -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is needed to validate SARIF (the test extra)")
    schema = json.loads(need_shared(SARIF_SCHEMA).read_text())
    validator = jsonschema.validators.validator_for(schema)  # the schema's $schema: draft-04
    validator.check_schema(schema)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator(schema).iter_errors(log)]
    assert errors == []


def test_sarif_scraped_article_findings_and_rules():
    log = sarif(scraped())
    run = log["runs"][0]
    assert log["version"] == "2.1.0"
    assert run["tool"]["driver"]["name"] == "newslint"
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"][0]["executionSuccessful"] is True
    found = sarif_findings(log)
    assert found == json_findings(scraped())  # same findings, same places, same order
    where = {(rule, line, column, end_line, end_column) for _, rule, line, column, end_line, end_column, _ in found}
    assert ("SC001", 5, 1, 5, 8) in where  # 'Title:'
    assert ("PH001", 9, 7, 9, 20) in where  # '[Insert Date]'
    assert ("JK001", 35, 1, 35, 18) in where  # 'You may also like'
    assert {uri for uri, *_ in found} == {"../shared/examples/scraped-article.txt"}
    assert_rules_match(log)
    placeholder = next(rule for rule in run["tool"]["driver"]["rules"] if rule["id"] == "PH001")
    assert placeholder["name"] == "bracket-placeholder"
    assert placeholder["defaultConfiguration"]["level"] == "error"
    assert placeholder["properties"]["category"] == "placeholder"


def test_sarif_suggestions_become_fixes():
    results = sarif(scraped())["runs"][0]["results"]
    label = next(r for r in results if r["ruleId"] == "SC001")  # suggestion "": delete the label
    replacement = label["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement == {
        "deletedRegion": {"startLine": 5, "startColumn": 1, "endLine": 5, "endColumn": 8},
        "insertedContent": {"text": ""},
    }
    assert all("fixes" not in r for r in results if r["ruleId"] == "PH001")  # no suggestion


def test_sarif_examples_folder():
    log = sarif("examples")
    assert sarif_findings(log) == json_findings("examples")
    assert {uri.split("/")[0] for uri, *_ in sarif_findings(log)} == {"examples"}
    assert_rules_match(log)
    levels = {r["level"] for r in log["runs"][0]["results"]}
    assert levels <= {"error", "warning", "note"} and "error" in levels


def test_sarif_unreadable_file_is_a_notification(tmp_path):
    (tmp_path / "draft.txt").write_text("Storm cuts power\n\nThe toll is TK, officials said.\n")
    log = sarif("draft.txt", "missing.txt", cwd=tmp_path)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    [notice] = invocation["toolExecutionNotifications"]
    assert notice["level"] == "error"
    assert notice["message"]["text"] == "missing.txt: no such file"
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["PH002"]  # the other file still linted


def test_sarif_languagetool_codes_get_a_generic_rule(tmp_path):
    (tmp_path / "cache").mkdir()
    (tmp_path / "a.txt").write_text("Council vote\n\nThe council will recieve the report.\n")
    with FakeLanguageTool() as lt:
        log = sarif("a.txt", "--select", "grammar", "--languagetool", lt.url,
                    cwd=tmp_path, env={"NEWSLINT_CACHE_DIR": str(tmp_path / "cache")})
    [rule] = log["runs"][0]["tool"]["driver"]["rules"]
    assert rule["id"] == "LT-MORFOLOGIK_RULE_EN_US"
    assert rule["shortDescription"]["text"] == "LT-MORFOLOGIK_RULE_EN_US, relayed by GR001 languagetool"
    assert "LanguageTool" in rule["fullDescription"]["text"]
    assert_rules_match(log)
    assert_valid_sarif(log)


@pytest.mark.parametrize("where", ["scraped", "examples", "unreadable"])
def test_sarif_is_valid_against_the_oasis_schema(where, tmp_path):
    need_shared(SARIF_SCHEMA)
    if where == "unreadable":
        (tmp_path / "bad.txt").write_bytes(b"Storm\n\nhi\xff there\n")
        log = sarif("bad.txt", "missing.txt", cwd=tmp_path)
    else:
        log = sarif(scraped() if where == "scraped" else "examples")
    assert_valid_sarif(log)


# GitHub workflow commands


def test_github_commands_for_a_small_article(tmp_path):
    name = "budget, 5%: draft.txt"  # a name that needs escaping as a property value
    (tmp_path / name).write_text(
        "Council sets budget\n\nThe levy rises [Insert 10%, check: finance] next year.\n\n"
        "The toll is TK, officials said.\n"
    )
    out = check(name, "missing.txt", fmt="github", cwd=tmp_path)
    file = "budget%2C 5%25%3A draft.txt"
    assert out.splitlines() == [
        f"::error file={file},line=3,col=16,endLine=3,endColumn=44,title=PH001 bracket-placeholder"
        "::Placeholder '[Insert 10%25, check: finance]' left in copy: fill it in before publishing",
        f"::error file={file},line=5,col=13,endLine=5,endColumn=15,title=PH002 tk-marker"
        "::'TK' (to come) left in copy: fill it in before publishing",
        "::error file=missing.txt::no such file",
    ]


def test_github_levels_follow_severity():
    out = check("examples", fmt="github")
    levels = {line.split(" ", 1)[0] for line in out.splitlines()}
    assert levels <= {"::error", "::warning", "::notice"} and {"::error", "::warning"} <= levels
    assert len(out.splitlines()) == len(json_findings("examples"))


def test_github_scraped_article():
    out = check(scraped(), fmt="github").splitlines()
    assert len(out) == len(json_findings(scraped()))
    assert (
        "::error file=../shared/examples/scraped-article.txt,line=9,col=7,endLine=9,endColumn=20,"
        "title=PH001 bracket-placeholder::Placeholder '[Insert Date]' left in copy: fill it in before publishing"
    ) in out


def test_github_escaping_keeps_each_command_on_one_line():
    assert escape_data("50% up\r\nsee: a, b") == "50%25 up%0D%0Asee: a, b"
    assert escape_property("50% up\r\nsee: a, b") == "50%25 up%0D%0Asee%3A a%2C b"
    assert escape_property("%3A") == "%253A"  # % first, so an escape is never read twice
    assert "\n" not in escape_data("a\nb\rc") and "\r" not in escape_data("a\nb\rc")


# JUnit XML


def junit(*args: str, cwd=None) -> ET.Element:
    return ET.fromstring(check(*args, fmt="junit", cwd=cwd))


def test_junit_scraped_article():
    root = junit(scraped())
    [suite] = root.findall("testsuite")
    [case] = suite.findall("testcase")
    failures = case.findall("failure")
    expected = json_findings(scraped())
    assert case.get("name") == "../shared/examples/scraped-article.txt" and case.get("classname") == "newslint"
    assert (suite.get("name"), suite.get("tests"), suite.get("failures"), suite.get("errors")) == (
        "newslint", "1", str(len(expected)), "0"
    )
    assert [(f.get("type"), f.get("message")) for f in failures] == [
        (rule, f"{line}:{column} {rule} {message}") for _, rule, line, column, _, _, message in expected
    ]
    placeholder = next(f for f in failures if f.get("type") == "PH001")
    assert placeholder.text.startswith("../shared/examples/scraped-article.txt:9:7: error PH001 bracket-placeholder\n")


def test_junit_examples_folder():
    root = junit("examples")
    cases = root.findall("testsuite/testcase")
    assert [c.get("name") for c in cases] == [os.path.relpath(p, ROOT) for p in ARTICLES_IN_EXAMPLES]
    failures = root.findall("testsuite/testcase/failure")
    assert len(failures) == len(json_findings("examples")) == int(root.find("testsuite").get("failures"))
    assert root.find("testsuite").get("tests") == str(len(ARTICLES_IN_EXAMPLES))
    clean = next(c for c in cases if c.get("name").endswith("council-budget-clean.txt"))
    assert list(clean) == []  # a clean file is a passing test case


def test_junit_unreadable_file_is_an_error(tmp_path):
    (tmp_path / "draft.txt").write_text("Storm cuts power\n\nThe toll is TK, officials said.\n")
    (tmp_path / "empty.txt").write_text("")
    root = junit("draft.txt", "empty.txt", cwd=tmp_path)
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("2", "1", "1")
    [error] = root.findall("testsuite/testcase[@name='empty.txt']/error")
    assert error.get("message") == "empty.txt: empty file"


# --output


@pytest.mark.parametrize("fmt", ["sarif", "github", "junit"])
def test_output_file_has_the_same_bytes_as_stdout(fmt, tmp_path):
    report = tmp_path / "out" / f"report.{fmt}"
    stdout = run_cli("check", "examples", "--format", fmt).stdout
    written = run_cli("check", "examples", "--format", fmt, "--output", str(report))
    assert written.stdout == b"" and stdout
    assert report.read_bytes() == stdout


HOUSE_RULE = """\
code: HS001
name: stated-for-said
category: style
severity: info
summary: Use "said", not "stated"
why: The house prefers the neutral verb.
kind: pattern
ignore-case: true
phrases: [stated]
message: "Use 'said' instead of '{match}'"
examples:
  bad: ["The minister [[stated]] that talks would resume."]
  good: ["The minister said that talks would resume."]
"""


def test_sarif_describes_a_house_pack_rule_with_its_own_docs(tmp_path):
    """Reports are given the rules the run used: a house pack's rule is described by its
    own summary and why, not by a generic stand-in."""
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "stated-for-said.yaml").write_text(HOUSE_RULE)
    (tmp_path / "newslint.toml").write_text('packs = ["./house"]\n')
    (tmp_path / "a.txt").write_text("Talks\n\nThe minister stated that talks would resume on Monday.\n")
    log = sarif("a.txt", "--select", "HS001", cwd=tmp_path)
    [descriptor] = log["runs"][0]["tool"]["driver"]["rules"]
    assert descriptor["id"] == "HS001"
    assert descriptor["shortDescription"]["text"] == 'Use "said", not "stated"'
    assert descriptor["fullDescription"]["text"] == "The house prefers the neutral verb."
