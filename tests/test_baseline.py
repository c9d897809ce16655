"""Baselines: a damaged baseline is one clear error, and entries match the same files
whatever folder newslint runs from and however the paths are typed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

from newslint.engine import baseline as baselines
from newslint.errors import ConfigError
from newslint.model.finding import FileResult, Finding

ARTICLE = """Council delays vote

The council will meet again on TK, the clerk said.

You may also like
"""

ENTRY = {"path": "a.txt", "rule": "PH002", "fingerprint": "f" * 24, "loose": "l" * 24, "text": "TK"}


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"[]", "not a newslint baseline: expected a JSON object with version and entries, got a list"),
        (b'{"entries": []}', "not a newslint baseline: version: expected 1 or 2, got null"),
        (b'{"version": true, "entries": []}', "not a newslint baseline: version: expected 1 or 2, got true"),
        (b'{"version": 1, "entries": {}}', "not a newslint baseline: entries: expected a list, got an object"),
        (b'{"version": 1, "entries": [["a.txt"]]}', "not a newslint baseline: entries[0]: expected an object, got a list"),
        (json.dumps({"version": 1, "entries": [ENTRY, {"path": "a.txt", "rule": "PH002"}]}).encode(),
         "not a newslint baseline: entries[1]: missing key 'fingerprint'"),
        (json.dumps({"version": 1, "entries": [{**ENTRY, "path": 3}]}).encode(),
         "not a newslint baseline: entries[0].path: expected a string, got a number"),
        (json.dumps({"version": 1, "entries": [{**ENTRY, "loose": None}]}).encode(),
         "not a newslint baseline: entries[0].loose: expected a string, got null"),
        (b"[" * 100_000 + b"]" * 100_000, "baseline is not valid JSON (nested too deeply)"),
        (b'{"version": 1, "entries": [{"text": "caf\xe9"}]}', "baseline is not UTF-8 (byte 0xe9 at offset 40)"),
    ],
)
def test_a_damaged_baseline_is_a_config_error_naming_file_and_reason(tmp_path, content, reason):
    path = tmp_path / "base.json"
    path.write_bytes(content)
    with pytest.raises(ConfigError) as caught:
        baselines.load(path)
    assert str(caught.value) == f"{path}: {reason}"


def test_a_damaged_baseline_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "base.json").write_text(json.dumps({"version": 1, "entries": [{"path": "a.txt"}]}))
    result = run_cli("check", "a.txt", "--baseline", "base.json", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode() == "newslint: error: base.json: not a newslint baseline: entries[0]: missing key 'rule'\n"


def test_a_baseline_a_bom_starts_still_loads(tmp_path):
    path = tmp_path / "base.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"version": 2, "entries": [ENTRY]}).encode())
    assert baselines.load(path)["entries"] == [ENTRY]


def check(*args: str, cwd: Path):
    result = run_cli("check", "--format", "json", *args, cwd=cwd)
    findings = [f["rule"] for file in json.loads(result.stdout)["files"] for f in file["findings"]]
    return result, findings


@pytest.fixture
def newsroom(tmp_path) -> Path:
    """news/a.txt with two findings, baselined from the folder above: news/base.json."""
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(ARTICLE)
    result = run_cli("check", "news/", "--write-baseline", "news/base.json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr.decode()
    return tmp_path


def test_entries_are_keyed_relative_to_the_baseline_folder(newsroom):
    baseline = json.loads((newsroom / "news" / "base.json").read_text())
    assert baseline["version"] == 2
    assert [(e["path"], e["rule"]) for e in baseline["entries"]] == [("a.txt", "PH002"), ("a.txt", "JK001")]


@pytest.mark.parametrize(
    "where, args",
    [
        ("news", ["."]),
        ("news", ["a.txt"]),
        ("", ["news/a.txt"]),
        ("", ["./news/"]),
        ("", ["ABSOLUTE/news"]),
        ("news", ["ABSOLUTE/news/a.txt"]),
    ],
)
def test_a_baseline_matches_from_any_folder_and_any_spelling_of_the_path(newsroom, where, args):
    cwd = newsroom / where
    base = "base.json" if where else "news/base.json"
    args = [a.replace("ABSOLUTE", str(newsroom)) for a in args]
    result, findings = check(*args, "--baseline", base, cwd=cwd)
    assert findings == [] and result.returncode == 0, result.stderr.decode()
    assert b"no longer matches" not in result.stderr


def test_entries_no_longer_matching_are_reported_by_their_baseline_path(newsroom):
    (newsroom / "news" / "a.txt").write_text(ARTICLE.replace("You may also like\n", ""))
    result, findings = check(str(newsroom / "news"), "--baseline", "base.json", cwd=newsroom / "news")
    assert findings == []
    assert "baseline entry no longer matches: a.txt: JK001 'You may also like'" in result.stderr.decode()


@pytest.mark.parametrize("typed", ["./a.txt", "ABSOLUTE/a.txt"])
def test_a_version_1_baseline_is_read_relative_to_its_folder(tmp_path, typed):
    """The old code keyed entries by the path as typed; in the common case, with the
    baseline in the working folder, they still match however the path was typed."""
    (tmp_path / "a.txt").write_text(ARTICLE)
    run_cli("check", "a.txt", "--write-baseline", "base.json", cwd=tmp_path)
    baseline = json.loads((tmp_path / "base.json").read_text())
    entries = [{**e, "path": typed.replace("ABSOLUTE", str(tmp_path))} for e in baseline["entries"]]
    (tmp_path / "base.json").write_text(json.dumps({"version": 1, "entries": entries}))
    result, findings = check("a.txt", "--baseline", "base.json", cwd=tmp_path)
    assert findings == [] and result.returncode == 0, result.stderr.decode()


def finding(rule: str, start: int, end: int) -> Finding:
    return Finding(rule=rule, name="x", category="placeholder", severity="error", line=1, column=1,
                   end_line=1, end_column=1, message="m", suggestion=None, start=start, end=end)


def test_build_and_apply_take_the_baseline_folder(tmp_path, monkeypatch):
    (tmp_path / "desk").mkdir()
    text = "The toll is TK, officials said."
    monkeypatch.chdir(tmp_path)
    written = baselines.build([FileResult("desk/news/a.txt", [finding("PH002", 12, 14)], text=text)], Path("desk"))
    assert [e["path"] for e in written["entries"]] == ["news/a.txt"]
    # From inside desk, the same file is news/a.txt: the baseline still knows its finding.
    monkeypatch.chdir(tmp_path / "desk")
    again = FileResult("news/a.txt", [finding("PH002", 12, 14)], text=text)
    assert baselines.apply(written, [again], Path(".")) == [] and again.findings == []
    elsewhere = FileResult("other/a.txt", [finding("PH002", 12, 14)], text=text)
    assert baselines.apply(written, [elsewhere], Path(".")) == [] and len(elsewhere.findings) == 1
