"""Grammar through language-tool-python against a server speaking LanguageTool's HTTP API."""

from __future__ import annotations

import json
import os
import time

import pytest

from conftest import run_cli
from fake_languagetool import FakeLanguageTool
from newslint.grammar import local_installation


@pytest.fixture
def lt():
    with FakeLanguageTool() as server:
        yield server


@pytest.fixture
def desk(tmp_path):
    (tmp_path / "cache").mkdir()
    return tmp_path


def lint(desk, *args, url=None, extra_env=None):
    env = {"NEWSLINT_CACHE_DIR": str(desk / "cache"), **(extra_env or {})}
    flags = ["--languagetool", url] if url else []
    result = run_cli("check", *args, "--select", "grammar,placeholder", "--format", "json", *flags, cwd=desk, env=env)
    report = json.loads(result.stdout)
    return [f for file in report["files"] for f in file["findings"]], result


def test_matches_land_on_the_right_line_in_plain_text(desk, lt):
    (desk / "a.txt").write_text("Council vote\n\nThe council will recieve the report.\n")
    found, result = lint(desk, "a.txt", url=lt.url)
    assert [(f["rule"], f["line"], f["column"], f["end_column"], f["suggestion"], f["severity"]) for f in found] == [
        ("LT-MORFOLOGIK_RULE_EN_US", 3, 18, 25, "receive", "warning")
    ]
    assert result.returncode == 1


def test_markdown_markup_is_not_sent_and_offsets_map_back(desk, lt):
    (desk / "a.md").write_text(
        "---\ntitle: Council vote\n---\n\nThe *council* will [recieve](https://example.org/r) teh report.\n"
    )
    found, _ = lint(desk, "a.md", url=lt.url)
    text = (desk / "a.md").read_text().splitlines()[4]
    assert [(f["line"], text[f["column"] - 1 : f["end_column"] - 1]) for f in found] == [(5, "recieve"), (5, "teh")]


def test_quotations_and_consistent_names_are_left_alone(desk, lt):
    (desk / "a.txt").write_text(
        "Talks\n\n“We will recieve them,” Pashinian said. Pashinian later left for a event.\n"
    )
    found, _ = lint(desk, "a.txt", url=lt.url)
    assert [(f["rule"], f["column"]) for f in found] == [("LT-EN_A_VS_AN", 66)]
    (desk / "newslint.toml").write_text("[rules.languagetool]\ncheck-quotes = true\n")
    found, _ = lint(desk, "a.txt", url=lt.url)
    assert [f["rule"] for f in found] == ["LT-MORFOLOGIK_RULE_EN_US", "LT-EN_A_VS_AN"]


def test_style_matches_are_info(desk, lt):
    (desk / "a.txt").write_text("Shop\n\nThe shop is very unique, owners said.\n")
    found, _ = lint(desk, "a.txt", url=lt.url)
    assert [(f["rule"], f["severity"]) for f in found] == [("LT-VERY_UNIQUE", "info")]


def test_news_rules_win_an_overlap(desk, lt):
    (desk / "a.txt").write_text("Toll\n\nThe toll is TKTK, officials said.\n")
    found, _ = lint(desk, "a.txt", url=lt.url)
    assert [f["rule"] for f in found] == ["PH002"]


def test_results_are_cached_per_paragraph(desk, lt):
    (desk / "a.txt").write_text("Vote\n\nThe council will recieve the report.\n\nIt meets again on Monday.\n")
    lint(desk, "a.txt", url=lt.url)
    first = lt.checks
    assert first == 2
    found, _ = lint(desk, "a.txt", url=lt.url)
    assert lt.checks == first and len(found) == 1
    (desk / "a.txt").write_text("Vote\n\nThe council will recieve the report.\n\nIt meets again on Tuesday.\n")
    lint(desk, "a.txt", url=lt.url)
    assert lt.checks == first + 1  # only the changed paragraph is sent


@pytest.mark.parametrize("mode, reason", [("error", "LanguageTool at"), ("malformed", "not LanguageTool's JSON")])
def test_server_failures_are_a_notice_not_a_crash(desk, lt, mode, reason):
    (desk / "a.txt").write_text("Toll\n\nThe toll is TK, and they will recieve it.\n")
    lt.mode = mode
    found, result = lint(desk, "a.txt", url=lt.url)
    assert [f["rule"] for f in found] == ["PH002"]  # everything else is still linted
    notes = result.stderr.decode().splitlines()
    assert len(notes) == 1 and notes[0].startswith("newslint: note: grammar checks stopped") and reason in notes[0]
    assert result.returncode == 1


def test_a_slow_server_times_out(desk, lt):
    (desk / "a.txt").write_text("Vote\n\nThe council will recieve the report.\n")
    (desk / "newslint.toml").write_text("[rules.languagetool]\ntimeout = 1\n")
    lt.mode = "slow"
    started = time.monotonic()
    found, result = lint(desk, "a.txt", url=lt.url)
    assert time.monotonic() - started < 15  # one try and one retry, a second each
    assert found == [] and "timed out" in result.stderr.decode()


def test_server_down(desk):
    (desk / "a.txt").write_text("Vote\n\nThe council will recieve the report.\n")
    found, result = lint(desk, "a.txt", url="http://127.0.0.1:9/")
    assert found == [] and result.returncode == 0
    assert result.stderr.decode() == (
        "newslint: note: grammar checks skipped: LanguageTool at http://127.0.0.1:9/ is not "
        "available (connection refused)\n"
    )


def test_auto_without_languagetool_says_it_skipped(desk, monkeypatch):
    (desk / "a.txt").write_text("Vote\n\nThe council will recieve the report.\n")
    env = {"LTP_PATH": str(desk / "no-lt"), "NEWSLINT_LANGUAGETOOL": ""}
    found, result = lint(desk, "a.txt", extra_env=env)
    assert found == [] and "grammar checks skipped: no LanguageTool server set" in result.stderr.decode()


def test_environment_variable_selects_the_server(desk, lt):
    (desk / "a.txt").write_text("Vote\n\nThe council will recieve the report.\n")
    found, _ = lint(desk, "a.txt", extra_env={"NEWSLINT_LANGUAGETOOL": lt.url})
    assert [f["rule"] for f in found] == ["LT-MORFOLOGIK_RULE_EN_US"]


def test_real_languagetool_when_installed(desk):
    url = os.environ.get("NEWSLINT_LT_INTEGRATION_URL")
    if not url and local_installation() is None:
        pytest.skip("no LanguageTool here: set NEWSLINT_LT_INTEGRATION_URL or install Java and "
                    "LanguageTool under ~/.cache/language_tool_python (it cannot be downloaded here)")
    (desk / "a.txt").write_text("Vote\n\nThe council will recieve the report on Monday.\n")
    found, _ = lint(desk, "a.txt", url=url or "local")
    assert any(f["rule"].startswith("LT-") and f["line"] == 3 for f in found)
