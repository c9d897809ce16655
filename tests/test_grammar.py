"""Grammar through language-tool-python against a server speaking LanguageTool's HTTP API."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import time

import pytest
from conftest import ROOT, newslint_command
from fake_languagetool import FakeLanguageTool

from newslint.analysis.grammar import (
    MAX_FINDINGS_PER_FILE,
    MAX_MATCHES_PER_ANSWER,
    local_installation,
    read_answer,
)


@pytest.fixture
def lt():
    with FakeLanguageTool() as server:
        yield server


@pytest.fixture
def desk(tmp_path):
    (tmp_path / "cache").mkdir()
    return tmp_path


def lint(desk, *args, url=None, extra_env=None):
    """Findings and the finished process of `newslint check` (grammar and placeholders)."""
    report, result = lint_report(desk, *args, url=url, extra_env=extra_env)
    return [f for file in report["files"] for f in file["findings"]], result


def lint_report(desk, *args, url=None, extra_env=None):
    # As conftest.run_cli, with a time limit: a hanging run fails its test instead of the suite.
    env = {**os.environ, "COLUMNS": "120", "NEWSLINT_LANGUAGETOOL": "off",
           "NEWSLINT_CACHE_DIR": str(desk / "cache"), **(extra_env or {})}
    flags = ["--languagetool", url] if url else []
    command = [*newslint_command(), "check", *args, "--select", "grammar,placeholder", "--format", "json", *flags]
    result = subprocess.run(command, capture_output=True, cwd=desk or ROOT, env=env, timeout=60)
    return json.loads(result.stdout), result


def notes(result) -> list[str]:
    return result.stderr.decode().splitlines()


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
    said = notes(result)
    assert len(said) == 1 and said[0].startswith("newslint: note: grammar checks stopped") and reason in said[0]
    assert result.returncode == 1


def test_a_slow_server_times_out(desk, lt):
    (desk / "a.txt").write_text("Vote\n\nThe council will recieve the report.\n")
    (desk / "newslint.toml").write_text("[rules.languagetool]\ntimeout = 1\n")
    lt.mode = "slow"
    started = time.monotonic()
    found, result = lint(desk, "a.txt", url=lt.url)
    assert time.monotonic() - started < 15
    assert found == [] and "did not answer within 1 s" in result.stderr.decode()


TWO_FILES = {
    "a.txt": "Vote\n\nThe council will recieve the report.\n\nIt meets again on Monday.\n",
    "b.txt": "Toll\n\nThe toll is TK, and teh mayor spoke.\n\nShe left for a event.\n",
}


def test_a_trickling_answer_is_cut_off_at_the_deadline_once_per_run(desk, lt):
    """A byte every 0.2 s never trips a per-read timeout of 1 s: only a deadline on the
    whole answer stops it, and after the first, no other paragraph or file waits."""
    for name, text in TWO_FILES.items():
        (desk / name).write_text(text)
    (desk / "newslint.toml").write_text("[rules.languagetool]\ntimeout = 1\n")
    lt.mode = "trickle"
    started = time.monotonic()
    found, result = lint(desk, "a.txt", "b.txt", url=lt.url)
    assert time.monotonic() - started < 8  # one deadline, not one per paragraph (four)
    assert lt.checks == 1
    assert [f["rule"] for f in found] == ["PH002"]  # the other rules still ran
    assert notes(result) == [
        f"newslint: note: grammar checks stopped in a.txt: LanguageTool at {lt.url} did not answer "
        "within 1 s; grammar skipped for the rest of the run"
    ]


def test_trickled_headers_are_cut_off_when_connecting(desk, lt):
    (desk / "a.txt").write_text(TWO_FILES["a.txt"])
    (desk / "newslint.toml").write_text("[rules.languagetool]\ntimeout = 1\n")
    lt.mode = "trickle-headers"
    started = time.monotonic()
    found, result = lint(desk, "a.txt", url=lt.url)
    assert time.monotonic() - started < 8
    assert found == [] and lt.checks == 0
    assert notes(result) == [
        f"newslint: note: grammar checks skipped: LanguageTool at {lt.url} is not available "
        "(did not answer within 1 s)"
    ]


def test_matches_with_impossible_offsets_are_dropped_and_counted(desk, lt):
    (desk / "a.txt").write_text("Vote\n\nThe council will recieve the report.\n\nIt meets teh mayor.\n")
    (desk / "b.txt").write_text("Vote\n\nThey will recieve it.\n")
    lt.mode = "bad-offsets"
    report, result = lint_report(desk, "a.txt", "b.txt", url=lt.url)
    assert report["summary"]["errors"] == 0  # no crash in the rule
    found = [(file["path"], f["line"], f["column"], f["end_column"]) for file in report["files"] for f in file["findings"]]
    assert found == [("a.txt", 3, 18, 25), ("a.txt", 5, 10, 13), ("b.txt", 3, 11, 18)]
    # 13 broken matches in each of the two answers for a.txt; said once, for the first file
    assert notes(result) == [
        f"newslint: note: grammar: LanguageTool at {lt.url} sent 26 matches in a.txt with offsets "
        "outside the text it was given or not shaped like a match; they were dropped (and any "
        "more this run)"
    ]


@pytest.mark.parametrize("offset, length", [(-1_000_000, 3), (-1, 2), (9, 1), (8, 5), (0, -4), (10**12, 1),
                                            ("4", 2), (4.0, 2), (True, 1), (None, 1), (2, None), (1, 10**12)])
def test_each_impossible_offset_is_dropped(offset, length):
    text = "The teh."  # 8 characters
    good = {"offset": 4, "length": 3, "message": "Spelling.", "replacements": [{"value": "the"}],
            "rule": {"id": "SPELL", "issueType": "misspelling"}}
    answer = read_answer({"matches": [good, {**good, "offset": offset, "length": length}]}, text)
    assert [(m.offset, m.length) for m in answer.matches] == [(4, 3)]
    assert answer.dropped == 1 and not answer.truncated


def test_an_offset_inside_a_surrogate_pair_is_dropped():
    text = "\U0001F642 teh"  # LanguageTool counts the emoji as two units: "teh" is at 3
    match = {"offset": 3, "length": 3, "message": "Spelling.", "replacements": [], "rule": {"id": "SPELL"}}
    answer = read_answer({"matches": [match, {**match, "offset": 1}]}, text)
    assert [(m.offset, m.length) for m in answer.matches] == [(2, 3)] and answer.dropped == 1


def test_a_damaged_cache_entry_is_asked_again_not_trusted(desk, lt):
    import sqlite3

    (desk / "a.txt").write_text("Vote\n\nThe council will recieve the report.\n")
    lint(desk, "a.txt", url=lt.url)
    with sqlite3.connect(desk / "cache" / "languagetool.sqlite") as db:
        bad = {"offset": -1_000_000, "length": 3, "rule_id": "X", "message": "", "replacements": [], "issue_type": ""}
        db.execute("UPDATE matches SET value = ?", (json.dumps([bad]),))
    report, _ = lint_report(desk, "a.txt", url=lt.url)
    assert report["summary"]["errors"] == 0 and lt.checks == 2
    assert [f["rule"] for f in report["files"][0]["findings"]] == ["LT-MORFOLOGIK_RULE_EN_US"]


def test_offsets_count_utf16_units_as_languagetool_does(desk, lt):
    (desk / "a.txt").write_text("Vote\n\n\U0001F5F3\ufe0f The \U0001F3DB council will recieve teh report.\n")
    found, _ = lint(desk, "a.txt", url=lt.url)
    line = (desk / "a.txt").read_text().splitlines()[2]
    assert [line[f["column"] - 1 : f["end_column"] - 1] for f in found] == ["recieve", "teh"]


def test_a_repeated_match_is_one_finding(desk, lt):
    (desk / "a.txt").write_text("Vote\n\nThe council will recieve the report.\n")
    lt.mode = "repeat"
    found, result = lint(desk, "a.txt", url=lt.url)
    assert [f["rule"] for f in found] == ["LT-MORFOLOGIK_RULE_EN_US"] and notes(result) == []


def test_a_flood_of_matches_is_capped_with_a_note(desk, lt):
    paragraphs = [f"Paragraph {n} says the council will recieve the report." for n in range(12)]
    (desk / "a.txt").write_text("Vote\n\n" + "\n\n".join(paragraphs) + "\n")
    lt.mode = "many"
    lt.many = 5000
    found, result = lint(desk, "a.txt", url=lt.url)
    assert len(found) == MAX_FINDINGS_PER_FILE
    keys = [(f["rule"], f["line"], f["column"], f["end_column"], f["message"]) for f in found]
    assert len(set(keys)) == len(keys)
    assert notes(result) == [
        f"newslint: note: grammar: LanguageTool at {lt.url} sent 5000 matches for one paragraph of "
        f"a.txt; its answers were cut to the first {MAX_MATCHES_PER_ANSWER} (for the rest of the run too)",
        f"newslint: note: grammar: a.txt has over {MAX_FINDINGS_PER_FILE} LanguageTool findings; the "
        f"first {MAX_FINDINGS_PER_FILE} are reported and the rest of the file was not checked for "
        "grammar (the same for any more files this run)",
    ]
    assert lt.checks == MAX_FINDINGS_PER_FILE // MAX_MATCHES_PER_ANSWER + 1  # then it stopped asking


@pytest.mark.parametrize("mode", ["huge", "huge-chunked"])
def test_a_huge_answer_is_not_read_into_memory(desk, lt, mode):
    (desk / "a.txt").write_text("Toll\n\nThe toll is TK, and they will recieve it.\n")
    lt.mode = mode
    largest_before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KB, of any child so far
    started = time.monotonic()
    found, result = lint(desk, "a.txt", url=lt.url)
    assert time.monotonic() - started < 15
    # this run was no larger than 300 MB (or than an earlier child): it did not read 500 MB
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss <= max(largest_before, 300 * 1024)
    assert [f["rule"] for f in found] == ["PH002"]
    assert notes(result) == [
        f"newslint: note: grammar checks stopped in a.txt: LanguageTool at {lt.url} failed (its "
        "answer was over 4 MB); grammar skipped for the rest of the run"
    ]


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
