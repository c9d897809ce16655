"""What newslint writes never damages what a user has, and a bad plugin or a dying worker
never loses the run (issue 11). Each test is a case that once failed."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from conftest import newslint_command, run_cli

from newslint.engine.config import Config, Settings, resolve
from newslint.engine.run import lint_document
from newslint.readers import read_text
from newslint.rules.rule import Example, Rule

JUNK_ARTICLE = "Council approves budget\n\nThe council approved the budget, the clerk said.\n\nYou may also like\n"
FIXED_ARTICLE = "Council approves budget\n\nThe council approved the budget, the clerk said.\n\n"


def _article(tmp_path: Path, name: str = "a.txt", text: str = JUNK_ARTICLE) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- reports and baselines -------------------------------------------------------------

def test_output_to_a_null_device_streams_and_leaves_the_device(tmp_path):
    # A null device of our own (as root), so a regression replaces it, not the machine's.
    if os.getuid() == 0:
        null = tmp_path / "null"
        os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    else:
        null = Path(os.devnull)
    _article(tmp_path)
    result = run_cli("check", "a.txt", "--format", "json", "-o", str(null), cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert stat.S_ISCHR(os.stat(null).st_mode)


def test_output_to_a_named_pipe_streams_into_it(tmp_path):
    _article(tmp_path)
    fifo = tmp_path / "report.pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = run_cli("check", "a.txt", "--format", "json", "-o", str(fifo), cwd=tmp_path)
    reader.join(timeout=30)
    assert result.returncode == 1, result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert b'"JK001"' in received[0]


@pytest.mark.parametrize("flag", ["-o", "--write-baseline"])
def test_a_report_never_overwrites_an_article_being_linted(tmp_path, flag):
    article = _article(tmp_path)
    result = run_cli("check", "a.txt", flag, "a.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert article.read_text() == JUNK_ARTICLE
    assert "a.txt: is one of the articles being linted" in result.stderr.decode()


def test_a_report_into_a_new_folder_makes_it_and_a_bad_place_is_one_line(tmp_path):
    _article(tmp_path)
    (tmp_path / "reports").mkdir()
    assert run_cli("check", "a.txt", "--format", "json", "-o", "new/report.json", cwd=tmp_path).returncode == 1
    assert '"JK001"' in (tmp_path / "new" / "report.json").read_text()
    for target in ("a.txt/report.json", "reports"):  # under a file; onto a folder
        result = run_cli("check", "a.txt", "--format", "json", "-o", target, cwd=tmp_path)
        stderr = result.stderr.decode()
        assert result.returncode == 2 and "Traceback" not in stderr, stderr
        assert [line for line in stderr.splitlines() if "error" in line] == [
            line for line in stderr.splitlines() if line.startswith("newslint: error: --output:")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "new", "reports"]
    assert list((tmp_path / "reports").iterdir()) == []
    assert (tmp_path / "a.txt").read_text() == JUNK_ARTICLE


def test_a_report_keeps_the_mode_and_owner_of_the_file_it_replaces(tmp_path):
    _article(tmp_path)
    report = tmp_path / "report.json"
    report.write_text("old")
    os.chmod(report, 0o640)
    if os.getuid() == 0:
        os.chown(report, 4321, 4321)
    assert run_cli("check", "a.txt", "--format", "json", "-o", "report.json", cwd=tmp_path).returncode == 1
    info = os.stat(report)
    assert stat.S_IMODE(info.st_mode) == 0o640
    if os.getuid() == 0:
        assert (info.st_uid, info.st_gid) == (4321, 4321)
    assert '"JK001"' in report.read_text()


def test_a_report_through_a_symlink_writes_its_target_and_keeps_the_link(tmp_path):
    _article(tmp_path)
    (tmp_path / "real.json").write_text("old")
    (tmp_path / "link.json").symlink_to("real.json")
    assert run_cli("check", "a.txt", "--format", "json", "-o", "link.json", cwd=tmp_path).returncode == 1
    assert (tmp_path / "link.json").is_symlink()
    assert '"JK001"' in (tmp_path / "real.json").read_text()


# --- fixes ------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding, bom, flags", [
    ("utf-16-le", b"\xff\xfe", []),
    ("utf-16-be", b"\xfe\xff", []),
    ("cp1252", b"", ["--encoding", "cp1252"]),
])
def test_fix_writes_the_file_back_in_its_own_encoding(tmp_path, encoding, bom, flags):
    text = JUNK_ARTICLE.replace("clerk", "clerk, José Müller,")
    path = tmp_path / "a.txt"
    path.write_bytes(bom + text.encode(encoding))
    result = run_cli("check", "a.txt", "--fix", "--select", "junk", *flags, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert path.read_bytes() == bom + text.replace("You may also like\n", "").encode(encoding)


def test_fix_through_a_symlink_fixes_the_target_and_keeps_the_link(tmp_path):
    (tmp_path / "store").mkdir()
    target = _article(tmp_path / "store", "story.txt")
    link = tmp_path / "a.txt"
    link.symlink_to(target)
    assert run_cli("check", "a.txt", "--fix", "--select", "junk", cwd=tmp_path).returncode == 0
    assert link.is_symlink() and target.read_text() == FIXED_ARTICLE


def test_fix_keeps_hard_links(tmp_path):
    article = _article(tmp_path)
    other = tmp_path / "copy.md.bak"
    os.link(article, other)
    assert run_cli("check", "a.txt", "--fix", "--select", "junk", cwd=tmp_path).returncode == 0
    assert os.stat(article).st_ino == os.stat(other).st_ino and other.read_text() == FIXED_ARTICLE


def test_fix_keeps_mode_and_owner(tmp_path):
    article = _article(tmp_path)
    os.chmod(article, 0o664)
    if os.getuid() == 0:
        os.chown(article, 4321, 4322)
    assert run_cli("check", "a.txt", "--fix", "--select", "junk", cwd=tmp_path).returncode == 0
    info = os.stat(article)
    assert article.read_text() == FIXED_ARTICLE and stat.S_IMODE(info.st_mode) == 0o664
    if os.getuid() == 0:
        assert (info.st_uid, info.st_gid) == (4321, 4322)


def test_fix_leaves_a_read_only_file_alone_and_fixes_the_others(tmp_path):
    locked = _article(tmp_path, "a.txt")
    other = _article(tmp_path, "b.txt")
    os.chmod(locked, 0o444)
    result = run_cli("check", "a.txt", "b.txt", "--fix", "--select", "junk", cwd=tmp_path)
    assert result.returncode == 2
    assert "newslint: error: a.txt: read-only, not fixed" in result.stderr.decode()
    assert locked.read_text() == JUNK_ARTICLE and other.read_text() == FIXED_ARTICLE


def test_fix_in_a_folder_it_cannot_write_is_one_line(tmp_path, monkeypatch, capsys):
    import tempfile

    from newslint.cli.app import main

    article = _article(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSLINT_LANGUAGETOOL", "off")

    def refuse(*args, **kwargs):  # what a read-only folder does for a user who is not root
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    assert main(["check", "a.txt", "--fix", "--select", "junk", "--format", "text"]) == 2
    err = capsys.readouterr().err
    assert "cannot write in" in err and "Permission denied" in err and "Traceback" not in err
    assert article.read_text() == JUNK_ARTICLE


def test_fix_never_overwrites_an_edit_saved_while_it_ran(tmp_path, monkeypatch, capsys):
    from newslint.cli.app import main
    from newslint.engine import fix as fixes

    article = _article(tmp_path)
    edited = JUNK_ARTICLE.replace("approved", "passed")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSLINT_LANGUAGETOOL", "off")
    real = fixes.fix_fully

    def journalist_saves_meanwhile(*args):
        fixed = real(*args)
        article.write_text(edited)
        return fixed

    monkeypatch.setattr(fixes, "fix_fully", journalist_saves_meanwhile)
    assert main(["check", "a.txt", "--fix", "--select", "junk", "--format", "text"]) == 2
    assert "changed since newslint read it" in capsys.readouterr().err
    assert article.read_text() == edited


def test_fix_reaches_the_fixed_point_in_one_run(tmp_path):
    article = _article(tmp_path, text="Council approves budget\n\nTitle: Headline: Council approves the budget\n\n"
                                      "The council approved the budget on Monday, the clerk said.\n")
    assert run_cli("check", "a.txt", "--fix", "--select", "scaffolding", cwd=tmp_path).returncode in (0, 1)
    once = article.read_text()
    assert "Title:" not in once and "Headline:" not in once
    run_cli("check", "a.txt", "--fix", "--select", "scaffolding", cwd=tmp_path)
    assert article.read_text() == once


# --- paths, version, entry points ---------------------------------------------------------

def test_a_folder_with_no_articles_is_an_error_and_the_rest_are_linted(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "story.html").write_text("<p>TK</p>")
    _article(tmp_path)
    result = run_cli("check", "pages", "a.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert "newslint: error: pages: no articles to lint" in result.stderr.decode()
    assert "a.txt:5:1" in result.stdout.decode()


def test_version_and_python_dash_m(tmp_path):
    from newslint import __version__

    assert run_cli("--version").stdout.decode().strip() == f"newslint {__version__}"
    _article(tmp_path)
    result = subprocess.run([sys.executable, "-m", "newslint", "check", "a.txt", "--select", "junk"],
                            cwd=tmp_path, capture_output=True, env={**os.environ, "NEWSLINT_LANGUAGETOOL": "off"})
    assert result.returncode == 1 and b"JK001" in result.stdout


# --- rules that misbehave ---------------------------------------------------------------------

def _rule(check, code="XT950", name="misbehaves"):
    return Rule(code=code, name=name, category="style", severity="info", summary="Misbehaves",
                why="For the test.", check=check, examples=(Example("[[x]]", bad=True), Example("y", bad=False)))


def _lint_with(rule, text="Headline\n\nThe toll is TK.\n"):
    settings = resolve(Config(), "a.txt")
    return lint_document(read_text(text, "a.txt"), Settings((rule, *settings.rules)))


@pytest.mark.parametrize("span", [(0, -1), (-5, 3), (3, 2), (0, 10_000), (1.5, 2), ("a", "b"), None])
def test_a_plugin_span_outside_the_article_is_reported_not_used(span):
    from newslint.rules.rule import Hit

    result = _lint_with(_rule(lambda doc, options: [Hit(span)]))
    assert [f.rule for f in result.findings] == ["PH002"]
    assert len(result.crashes) == 1 and "XT950 (misbehaves)" in result.crashes[0] and "span" in result.crashes[0]


def test_a_rule_that_exits_is_reported_not_obeyed():
    def leave(doc, options):
        raise SystemExit(4)

    result = _lint_with(_rule(leave))
    assert [f.rule for f in result.findings] == ["PH002"]
    assert result.crashes and "SystemExit" in result.crashes[0]


def test_a_rule_that_loops_forever_is_stopped(monkeypatch):
    from newslint.engine import time_limit

    monkeypatch.setattr(time_limit, "BASE_SECONDS", 0.5)

    def spin(doc, options):
        while True:
            try:
                while True:
                    pass
            except Exception:  # a rule that swallows errors still cannot swallow its time limit
                continue

    result = _lint_with(_rule(spin))
    assert [f.rule for f in result.findings] == ["PH002"]
    assert len(result.crashes) == 1 and "ran out of time" in result.crashes[0]


def test_lint_text_reports_rules_that_failed(monkeypatch):
    import newslint
    from newslint.engine import run as engine

    broken = _rule(lambda doc, options: (_ for _ in ()).throw(RuntimeError("boom")))
    real = engine.lint_document
    monkeypatch.setattr("newslint.engine.lint.lint_document",
                        lambda doc, settings: real(doc, Settings((broken, *settings.rules), settings.options, settings.severity)))
    found = newslint.lint_text("Headline\n\nThe toll is TK.\n", path="a.txt")
    assert [f.rule for f in found] == ["PH002"]
    assert len(found.crashes) == 1 and "RuntimeError: boom" in found.crashes[0]


# --- parallel runs --------------------------------------------------------------------------

PLUGIN = '''
import os, threading, time
from newslint.engine import time_limit
from newslint.rules.rule import Example, Hit, Rule

time_limit.BASE_SECONDS, time_limit.GRACE = 1.0, 1.0  # so the tests need not wait 20 s

def _check(doc, options):
    if "DIE-SOON" in doc.text:  # a thread left behind ends the worker after the rule returned
        threading.Thread(target=lambda: (time.sleep(0.2), os._exit(7)), daemon=True).start()
    if "SLEEPS" in doc.text:
        time.sleep(600)
    if "STUBBORN" in doc.text:
        while True:
            try:
                while True:
                    time.sleep(0.01)
            except BaseException:
                pass
    if "CRASH-EXIT" in doc.text:
        os._exit(3)
    if "CRASH-SEGV" in doc.text:
        import ctypes
        ctypes.string_at(0)
    if "RAISE-EXIT" in doc.text:
        raise SystemExit(4)
    if "RAISE-INTERRUPT" in doc.text:
        raise KeyboardInterrupt
    if "SLOW" in doc.text:
        time.sleep(0.8)
    return []

RULES = [Rule(code="XT960", name="hostile-plugin", category="style", severity="info",
              summary="Hostile", why="For the test.", check=_check,
              examples=(Example("[[x]]", bad=True), Example("y", bad=False)))]
'''


def _plugin_site(tmp_path: Path) -> dict:
    site = tmp_path / "site"
    info = site / "hostile-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: hostile\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[newslint.rules]\nhostile = hostile_rules:RULES\n")
    (site / "hostile_rules.py").write_text(textwrap.dedent(PLUGIN))
    return {**os.environ, "PYTHONPATH": str(site), "NEWSLINT_LANGUAGETOOL": "off"}


def _many_articles(folder: Path, count: int = 40) -> None:
    folder.mkdir()
    for index in range(count):
        (folder / f"{index:03d}.txt").write_text(f"Headline {index}\n\nThe toll is TK, the clerk said.\n")


@pytest.mark.parametrize("marker, how, kept", [
    ("CRASH-EXIT", "exit code 3", 39),  # the worker died: that one file's findings are lost
    ("CRASH-SEGV", "SIGSEGV", 39),
    ("RAISE-EXIT", "SystemExit", 40),  # caught: only the plugin's own findings are lost
    ("RAISE-INTERRUPT", "KeyboardInterrupt", 39),  # not a Ctrl-C: that file is reported
])
def test_a_plugin_that_kills_its_worker_loses_only_that_file(tmp_path, marker, how, kept):
    env = _plugin_site(tmp_path)
    _many_articles(tmp_path / "news")
    (tmp_path / "news" / "017.txt").write_text(f"Headline\n\nThe toll is TK. {marker}\n")
    result = subprocess.run([*newslint_command(), "check", "news", "--jobs", "2", "--format", "text"],
                            cwd=tmp_path, env=env, capture_output=True, timeout=120)
    stderr, out = result.stderr.decode(), result.stdout.decode()
    assert result.returncode == 2 and "Traceback" not in stderr, stderr
    assert "news/017.txt: " in stderr and how in stderr
    assert sum(1 for line in out.splitlines() if "PH002" in line) == kept


def test_kill_9_of_a_parallel_run_leaves_no_workers(tmp_path):
    env = _plugin_site(tmp_path)
    _many_articles(tmp_path / "news")
    for index in range(40):
        (tmp_path / "news" / f"{index:03d}.txt").write_text("Headline\n\nSLOW copy.\n")
    process = subprocess.Popen([*newslint_command(), "check", "news", "--jobs", "2"], cwd=tmp_path, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not _children(process.pid):
        time.sleep(0.1)
    children = _children(process.pid)
    assert children, "the run never started its workers"
    process.kill()
    process.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in children):
        time.sleep(0.1)
    assert not [pid for pid in children if _alive(pid)]


def test_interrupting_a_run_says_so_without_a_traceback(tmp_path):
    env = _plugin_site(tmp_path)
    _many_articles(tmp_path / "news")
    (tmp_path / "news" / "000.txt").write_text("Headline\n\nSLOW copy.\n")
    process = subprocess.Popen([*newslint_command(), "check", "news", "--jobs", "2"], cwd=tmp_path, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not _children(process.pid):
        time.sleep(0.1)
    time.sleep(0.5)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert stderr.decode().strip().splitlines()[-1] == "newslint: interrupted"
    assert b"Traceback" not in stderr


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_worker_that_dies_between_files_loses_nothing(tmp_path):
    env = _plugin_site(tmp_path)
    _many_articles(tmp_path / "news")
    (tmp_path / "news" / "005.txt").write_text("Headline\n\nThe toll is TK, the clerk said. DIE-SOON\n")
    result = subprocess.run([*newslint_command(), "check", "news", "--jobs", "2", "--format", "text"],
                            cwd=tmp_path, env=env, capture_output=True, timeout=120)
    out, stderr = result.stdout.decode(), result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in stderr, stderr
    assert sum(1 for line in out.splitlines() if "PH002" in line) == 40


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("marker", ["SLEEPS", "STUBBORN"])
def test_a_rule_that_blocks_or_will_not_stop_cannot_hang_the_run(tmp_path, jobs, marker):
    env = _plugin_site(tmp_path)
    _many_articles(tmp_path / "news", 20)
    (tmp_path / "news" / "003.txt").write_text(f"Headline\n\nThe toll is TK. {marker}\n")
    result = subprocess.run([*newslint_command(), "check", "news", "--jobs", jobs, "--format", "text"],
                            cwd=tmp_path, env=env, capture_output=True, timeout=120)
    stderr = result.stderr.decode()
    assert result.returncode == 2 and "Traceback" not in stderr, stderr
    assert "news/003.txt" in stderr
    if marker == "SLEEPS" or jobs == "2":  # stopped: the other files are still reported
        assert sum(1 for line in result.stdout.decode().splitlines() if "PH002" in line) >= 19


def test_a_hit_with_an_unknown_severity_or_a_message_that_is_not_text_is_reported():
    from newslint.rules.rule import Hit

    for hit in (Hit((0, 1), severity="fatal"), Hit((0, 1), message=lambda: "x"), Hit((0, 1), fix=(0, 99_999, ""))):
        result = _lint_with(_rule(lambda doc, options, hit=hit: [hit]))
        assert [f.rule for f in result.findings] == ["PH002"]
        assert len(result.crashes) == 1 and "XT950" in result.crashes[0]


def test_output_to_stdout_redirected_into_a_log_keeps_the_log(tmp_path):
    _article(tmp_path)
    log = tmp_path / "build.log"
    log.write_text("EARLIER LOG\n")
    with open(log, "ab") as out:
        subprocess.run([*newslint_command(), "check", "a.txt", "--format", "text", "-o", "/dev/stdout"],
                       cwd=tmp_path, stdout=out, env={**os.environ, "NEWSLINT_LANGUAGETOOL": "off"})
    lines = log.read_text().splitlines()
    assert lines[0] == "EARLIER LOG" and "JK001" in lines[1]


def test_a_report_that_cannot_be_written_is_one_line_and_exit_2(tmp_path):
    import resource

    _article(tmp_path)

    def limit():  # what `ulimit -f` does: a full disk or quota looks the same to newslint
        resource.setrlimit(resource.RLIMIT_FSIZE, (200, 200))

    for flag in ("-o", "--write-baseline"):
        result = subprocess.run([*newslint_command(), "check", "a.txt", "--format", "json", flag, "out.json"],
                                cwd=tmp_path, capture_output=True, preexec_fn=limit,
                                env={**os.environ, "NEWSLINT_LANGUAGETOOL": "off"})
        stderr = result.stderr.decode()
        assert result.returncode == 2 and "Traceback" not in stderr, stderr
        assert "File too large" in stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_a_report_from_stdin_never_overwrites_the_article_it_names(tmp_path):
    article = _article(tmp_path)
    result = run_cli("check", "-", "--stdin-filename", "a.txt", "-o", "a.txt", stdin=article.read_bytes(), cwd=tmp_path)
    assert result.returncode == 2 and article.read_text() == JUNK_ARTICLE


def test_a_pipe_nobody_reads_and_a_read_only_report_are_refused(tmp_path):
    _article(tmp_path)
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "locked.json").write_text("keep")
    os.chmod(tmp_path / "locked.json", 0o444)
    (tmp_path / "dangling.json").symlink_to(tmp_path / "elsewhere" / "x.json")
    expected = {"pipe": "nothing is reading", "locked.json": "read-only", "dangling.json": "missing file"}
    for target, reason in expected.items():
        result = run_cli("check", "a.txt", "-o", target, cwd=tmp_path)
        assert result.returncode == 2 and reason in result.stderr.decode(), result.stderr
    assert (tmp_path / "locked.json").read_text() == "keep" and not (tmp_path / "elsewhere").exists()


def test_the_same_file_reached_twice_is_linted_and_fixed_once(tmp_path):
    article = _article(tmp_path)
    result = run_cli("check", "a.txt", ".", "./a.txt", "--fix", "--select", "junk", "--format", "text", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert article.read_text() == FIXED_ARTICLE and result.stdout == b""
