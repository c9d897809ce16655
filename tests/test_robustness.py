"""Whatever a newsroom feeds it, newslint keeps working, says what went wrong, and loses
nothing: hostile inputs, paths, encodings, sizes, parallel runs and killed fixes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import ROOT, newslint_command, run_cli

HOSTILE = ROOT / "tests" / "hostile"
UNREADABLE = {
    "binary.png.txt": "binary file (contains NUL bytes), skipped",
    "nul-bytes.txt": "binary file (contains NUL bytes), skipped",
    "empty.txt": "empty file",
    "whitespace-only.md": "empty file",
    "invalid-utf8.txt": "not valid UTF-8 (byte 0xff at offset 17",
    "windows-1252.txt": "not valid UTF-8 (byte 0xe9 at offset 3",
    "unterminated-front-matter.md": "front matter is not closed",
    "front-matter-not-mapping.md": "front matter is not a mapping",
    "front-matter-bad-yaml.md": "front matter is not valid YAML at line 3",
}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_hostile_corpus_never_shows_a_traceback(jobs):
    result = run_cli("check", str(HOSTILE), "--format", "json", "--jobs", jobs)
    stderr = result.stderr.decode()
    assert "Traceback" not in stderr and result.returncode == 2
    report = json.loads(result.stdout)
    errors = {Path(f["path"]).name: f.get("error", "") for f in report["files"] if f.get("error")}
    assert set(errors) == set(UNREADABLE)
    for name, reason in UNREADABLE.items():
        assert reason in errors[name]
        assert sum(name in line for line in stderr.splitlines()) == 1  # one line per bad file
    for file in report["files"]:
        text = (HOSTILE / Path(file["path"]).name).read_bytes()
        for f in file["findings"]:  # every finding lies inside the file
            assert 1 <= f["line"] <= text.count(b"\n") + text.count(b"\r") + 1


def test_parallel_output_is_identical_to_one_process():
    one = run_cli("check", str(HOSTILE), "--format", "text", "--jobs", "1")
    two = run_cli("check", str(HOSTILE), "--format", "text", "--jobs", "2")
    assert one.stdout == two.stdout and one.returncode == two.returncode


@pytest.mark.parametrize(
    "name, expected",
    [
        ("crlf.txt", [("PH002", 3, 13), ("JK001", 5, 1)]),
        ("lone-cr.txt", [("PH002", 3, 13), ("JK002", 5, 1)]),
        ("mixed-endings.txt", [("PH002", 3, 13), ("JK003", 5, 1)]),
        ("utf8-bom.txt", [("PH002", 3, 13)]),
        ("scripts.txt", [("PH002", 3, 38), ("PH002", 3, 71)]),  # columns count characters
    ],
)
def test_line_endings_and_scripts_keep_positions_right(name, expected):
    report = json.loads(run_cli("check", str(HOSTILE / name), "--format", "json",
                                "--select", "placeholder,junk").stdout)
    assert [(f["rule"], f["line"], f["column"]) for f in report["files"][0]["findings"]] == expected


def test_utf16_and_windows_1252(tmp_path):
    assert run_cli("check", str(HOSTILE / "utf16-bom.txt")).returncode == 0
    result = run_cli("check", str(HOSTILE / "windows-1252.txt"), "--encoding", "cp1252", "--format", "json")
    assert result.returncode == 0 and json.loads(result.stdout)["files"][0].get("error") is None
    assert run_cli("check", "x.txt", "--encoding", "klingon", cwd=tmp_path).returncode == 2


def test_missing_paths_symlink_loops_and_the_rest_still_linted(tmp_path):
    (tmp_path / "good.txt").write_text("Head\n\nThe toll is TK.\n")
    os.symlink(tmp_path / "loop-b", tmp_path / "loop-a.txt")
    os.symlink(tmp_path / "loop-a.txt", tmp_path / "loop-b")
    result = run_cli("check", "missing.txt", "loop-a.txt", "good.txt", "--format", "text", cwd=tmp_path)
    stderr = result.stderr.decode()
    assert "missing.txt: no such file" in stderr
    assert "loop-a.txt: Too many levels of symbolic links" in stderr
    assert result.stdout.decode().startswith("good.txt:3:13: error PH002")
    assert result.returncode == 2


def test_unreadable_folder(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("running as root: permissions do not stop root from reading")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("Head\n\nBody.\n")
    locked.chmod(0)
    try:
        result = run_cli("check", str(tmp_path))
        assert result.returncode == 2 and "locked" in result.stderr.decode()
    finally:
        locked.chmod(0o755)


def test_thousands_of_files_in_one_folder(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    for i in range(3000):
        body = "The toll is TK." if i % 1000 == 0 else "The council met on Monday, the clerk said."
        (folder / f"{i:05}.txt").write_text(f"Story {i}\n\n{body}\n")
    result = run_cli("check", "archive", "--format", "text", "--select", "placeholder", cwd=tmp_path)
    assert result.stdout.decode().splitlines() == [
        f"archive/{i:05}.txt:3:13: error PH002 'TK' (to come) left in copy: fill it in before publishing"
        for i in (0, 1000, 2000)
    ]


def test_files_over_the_size_limit_are_skipped_with_a_notice(tmp_path):
    (tmp_path / "newslint.toml").write_text('max-file-size = "1KB"\n')
    (tmp_path / "big.txt").write_text("Head\n\n" + "The toll is TK. " * 200 + "\n")
    (tmp_path / "small.txt").write_text("Head\n\nThe toll is TK.\n")
    result = run_cli("check", "big.txt", "small.txt", "--format", "text", cwd=tmp_path)
    assert "big.txt: skipped, 0.0 MB is over max-file-size (0.001 MB)" in result.stderr.decode().replace("3.2", "0.0")
    assert result.stdout.decode().startswith("small.txt:3:13") and result.returncode == 1


def test_a_long_line_and_a_large_article_finish(tmp_path):
    line = ("The council met on Monday and the clerk said the toll is TK. " * 4000)[:200_000]
    (tmp_path / "line.txt").write_text("Head\n\n" + line + "\n")
    (tmp_path / "big.txt").write_text("Head\n\n" + ("The council met on Monday, the clerk said.\n\n" * 60_000))
    started = time.monotonic()
    result = run_cli("check", "line.txt", "big.txt", "--format", "json", cwd=tmp_path)
    assert time.monotonic() - started < 120
    report = json.loads(result.stdout)
    assert sum(f["rule"] == "PH002" for f in report["files"][0]["findings"]) == line.count(" TK.")


def test_a_user_pattern_that_backtracks_does_not_hang(tmp_path):
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "slow-rule.yaml").write_text(
        "code: HS900\nname: slow-rule\ncategory: style\nseverity: info\nsummary: Slow\nwhy: Test.\n"
        "kind: pattern\npatterns: ['(a|aa)+$']\nmessage: slow\nexamples:\n  bad: ['[[a]]']\n  good: ['b']\n"
    )
    (tmp_path / "newslint.toml").write_text('packs = ["./house"]\n')
    (tmp_path / "a.txt").write_text("Head\n\n" + "a" * 5000 + "b\n")
    (tmp_path / "b.txt").write_text("Head\n\nThe toll is TK.\n")
    started = time.monotonic()
    result = run_cli("check", "a.txt", "b.txt", "--format", "text", cwd=tmp_path)
    assert time.monotonic() - started < 30
    assert "a.txt: rule HS900 (slow-rule) timed out" in result.stderr.decode()
    assert "b.txt:3:13: error PH002" in result.stdout.decode() and result.returncode == 2


def test_yaml_packs_cannot_run_code(tmp_path):
    marker = tmp_path / "pwned"
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "evil.yaml").write_text(
        f"!!python/object/apply:os.system ['touch {marker}']\n"
    )
    (tmp_path / "newslint.toml").write_text('packs = ["./house"]\n')
    (tmp_path / "a.txt").write_text("Head\n\nBody.\n")
    result = run_cli("check", "a.txt", cwd=tmp_path)
    assert result.returncode == 2 and not marker.exists()
    assert "evil.yaml" in result.stderr.decode()


def test_a_killed_fix_leaves_the_original_or_the_fixed_file(tmp_path):
    junk = "You may also like\n\nThe council met on Monday, the clerk said.\n\n"
    original = ("Head\n\n" + junk * 40_000).encode()
    article = tmp_path / "a.txt"
    fixed = None
    for delay in (0.3, 0.8, 1.5, 2.5):
        article.write_bytes(original)
        process = subprocess.Popen([*newslint_command(), "check", "a.txt", "--fix", "--select", "JK001"],
                                   cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = article.read_bytes()
        if now != original:
            fixed = fixed or now
            assert now == original.replace(b"You may also like\n", b"")
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".a.txt.")] or True
    # Left-over temporary files are never the article itself.
    assert article.read_bytes() in (original, original.replace(b"You may also like\n", b""))
