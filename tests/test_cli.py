"""The command line as users and pipelines meet it: formats, exit codes, bad input."""

from __future__ import annotations

import json
import re

import pytest
from conftest import EXAMPLES, run_cli

DRAFT = "Storm cuts power\n\nThe toll is TK, officials said.\n\nYou may also like\n"
CLEAN = "Storm cuts power\n\nThe storm cut power to 40,000 homes, the utility said.\n"


@pytest.fixture
def desk(tmp_path):
    (tmp_path / "draft.txt").write_text(DRAFT)
    (tmp_path / "clean.txt").write_text(CLEAN)
    return tmp_path


def test_text_format_lines(desk):
    result = run_cli("check", "draft.txt", "clean.txt", "--format", "text", cwd=desk)
    assert result.returncode == 1
    assert result.stdout.decode().splitlines() == [
        "draft.txt:3:13: error PH002 'TK' (to come) left in copy: fill it in before publishing",
        "draft.txt:5:1: warning JK001 Scraped link line 'You may also like': remove it",
    ]


def test_text_is_the_default_when_output_is_not_a_terminal(desk):
    assert run_cli("check", "draft.txt", cwd=desk).stdout.decode().startswith("draft.txt:3:13: error PH002")


def test_json_contract(desk):
    result = run_cli("check", "draft.txt", "clean.txt", "--format", "json", cwd=desk)
    report = json.loads(result.stdout)
    assert report["version"] == 1
    assert [f["path"] for f in report["files"]] == ["draft.txt", "clean.txt"]
    first = report["files"][0]["findings"][0]
    assert first == {
        "rule": "PH002",
        "name": "tk-marker",
        "category": "placeholder",
        "severity": "error",
        "line": 3,
        "column": 13,
        "end_line": 3,
        "end_column": 15,
        "message": "'TK' (to come) left in copy: fill it in before publishing",
        "suggestion": None,
    }
    assert report["summary"]["findings"] == 2
    assert report["summary"]["by_category"] == {"placeholder": 1, "junk": 1}
    assert report["files"][1]["findings"] == []


def test_rich_report_underlines_the_span_and_summarises(desk):
    result = run_cli("check", "draft.txt", "--format", "rich", cwd=desk)
    out = result.stdout.decode()
    lines = out.splitlines()
    source_line = next(i for i, line in enumerate(lines) if "The toll is TK, officials said." in line)
    caret = lines[source_line + 1]
    assert caret.index("^^") == lines[source_line].index("TK") and caret.strip() == "^^"
    assert "3:13" in out and "PH002" in out and "newslint summary" in out
    assert re.search(r"placeholder\s*│\s*1\s*│\s*0\s*│\s*0", out)


def test_exit_codes(desk):
    assert run_cli("check", "clean.txt", cwd=desk).returncode == 0
    assert run_cli("check", "draft.txt", cwd=desk).returncode == 1
    assert run_cli("check", "draft.txt", "--fail-on", "error", cwd=desk).returncode == 1
    assert run_cli("check", "draft.txt", "--select", "junk", "--fail-on", "error", cwd=desk).returncode == 0


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", "binary file (contains NUL bytes), skipped"),
        ("latin1.txt", "Caf\u00e9 owners\n\nThey said so.\n".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at offset 3; for Windows-1252 archives use --encoding cp1252)"),
        ("empty.txt", b"", "empty file"),
        ("broken.md", b"---\ntitle: x\n\nNo closing fence.\n", "front matter is not closed (no '---' line after line 1)"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_the_rest_is_linted(desk, name, data, reason):
    (desk / name).write_bytes(data)
    result = run_cli("check", name, "draft.txt", "--format", "text", cwd=desk)
    assert result.returncode == 2
    assert result.stderr.decode() == f"newslint: error: {name}: {reason}\n"
    assert "draft.txt:3:13: error PH002" in result.stdout.decode()


def test_missing_path(desk):
    result = run_cli("check", "nowhere.txt", "clean.txt", cwd=desk)
    assert result.returncode == 2
    assert result.stderr.decode() == "newslint: error: nowhere.txt: no such file\n"


def test_folders_are_searched_recursively_in_stable_order(desk):
    (desk / "news" / "world").mkdir(parents=True)
    (desk / "news" / "world" / "b.md").write_text("---\ntitle: T\n---\n\nThe toll is TK.\n")
    (desk / "news" / "a.txt").write_text(DRAFT)
    (desk / "news" / "notes.csv").write_text("not,an,article\n")
    (desk / "news" / ".drafts").mkdir()
    (desk / "news" / ".drafts" / "c.txt").write_text(DRAFT)
    out = run_cli("check", "news", "--format", "json", cwd=desk).stdout
    assert [f["path"] for f in json.loads(out)["files"]] == ["news/a.txt", "news/world/b.md"]


def test_stdin(desk):
    result = run_cli("check", "-", "--format", "text", stdin=DRAFT.encode())
    assert result.stdout.decode().startswith("<stdin>:3:13: error PH002")
    md = b"---\ntitle: Storm\n---\n\nThe toll is TK.\n"
    result = run_cli("check", "-", "--stdin-filename", "story.md", "--format", "text", stdin=md)
    assert result.stdout.decode().startswith("story.md:5:13: error PH002")


def test_rules_lists_every_rule():
    out = run_cli("rules").stdout.decode()
    rows = [line.split("\t") for line in out.splitlines()]
    assert len(rows) >= 18
    assert ["PH002", "tk-marker", "placeholder", "error", "core"] == rows[[r[0] for r in rows].index("PH002")][:5]


def test_explain_shows_docs_and_examples():
    result = run_cli("explain", "tk-marker")
    out = result.stdout.decode()
    assert result.returncode == 0
    assert out.startswith("PH002 tk-marker\ncategory: placeholder   severity: error")
    assert "Why" in out and "[[TK]]" in out and "TK Maxx" in out
    assert run_cli("explain", "ph002").stdout == result.stdout


def test_explain_unknown_rule():
    result = run_cli("explain", "tk-markr")
    assert result.returncode == 2
    assert "did you mean 'tk-marker'" in result.stderr.decode()


def test_bundled_examples_show_each_family():
    report = json.loads(run_cli("check", str(EXAMPLES), "--format", "json").stdout)
    by_file = {f["path"].split("/")[-1]: {x["category"] for x in f["findings"]} for f in report["files"]}
    assert by_file["draft-with-placeholders.txt"] == {"placeholder"}
    assert by_file["ai-rewrite.txt"] == {"scaffolding"}
    assert by_file["scraped-footer.txt"] == {"junk"}
    assert by_file["storm-rewrite-contradictions.txt"] == {"attribution", "consistency"}
    for clean in ("council-budget-clean.txt", "heatwave-feature.md", "wire-syndicated.txt"):
        assert by_file[clean] == set(), clean
