"""A pre-commit call must start fast: a small run loads only what it uses. The heavy
modules (PyYAML, importlib.metadata, dataclasses and inspect, multiprocessing, SQLite, rich,
NLTK, the audit) are
for the runs that need them; what they did for every run is now kept in newslint's cache
(parsed rule files, entry points, pattern literals, syllable tables)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import EXAMPLES

HEAVY = ("yaml", "importlib.metadata", "dataclasses", "inspect", "multiprocessing", "sqlite3", "rich", "nltk", "textstat",
         "newslint.audit.archive", "language_tool_python", "markdown_it")

PROGRAM = """
import json, sys
from newslint.cli.app import main
code = main(sys.argv[1:])
print(json.dumps([m for m in {heavy!r} if m in sys.modules]))
sys.exit(code)
"""


def test_a_small_run_imports_nothing_heavy(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(tmp_path / "cache"), "NEWSLINT_LANGUAGETOOL": "off"}
    files = []
    for name in ("council-budget-clean.txt", "draft-with-placeholders.txt"):  # away from examples/' config
        (work / name).write_bytes((EXAMPLES / name).read_bytes())
        files.append(name)
    argv = [sys.executable, "-c", PROGRAM.format(heavy=HEAVY), "check", *files, "--format", "text"]
    first = subprocess.run(argv, capture_output=True, text=True, cwd=work, env=env)
    second = subprocess.run(argv, capture_output=True, text=True, cwd=work, env=env)
    assert first.returncode == second.returncode == 1, second.stderr
    assert "PH001" in second.stdout  # the run did lint: the placeholder draft is reported
    assert first.stdout.splitlines()[:-1] == second.stdout.splitlines()[:-1]  # cached or not, the same findings
    assert json.loads(second.stdout.splitlines()[-1]) == []


def test_patterns_compiled_from_the_cache_equal_re_compile(tmp_path, monkeypatch):
    import re

    from newslint import lazy_re

    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(lazy_re, "_codes", None)
    sources = [(r"(?P<count>\d[\d,]*)[ ](?:people|persons)\b", 0), (r"\bsaid\b", re.IGNORECASE),
               (r"^(?:Title|Headline):[ ]", re.MULTILINE), (r"[“”\"]", 0)]
    made = [lazy_re.compiled(s, f) for s, f in sources]
    lazy_re.save_compiled()
    assert list(tmp_path.glob("regex-code-*.marshal"))
    monkeypatch.setattr(lazy_re, "_codes", None)  # a later process: the code comes from the file
    again = [lazy_re.compiled(s, f) for s, f in sources]
    assert lazy_re._codes.keys() >= {(s, int(f)) for s, f in sources}
    for (source, flags), first, second in zip(sources, made, again):
        assert first == second == re.compile(source, flags)  # patterns compare by their code
        assert second.groupindex == re.compile(source, flags).groupindex
    assert again[0].search("in all 1,200 people were").group("count") == "1,200"


def test_a_damaged_compiled_pattern_falls_back_to_re(monkeypatch):
    import re

    from newslint import lazy_re

    monkeypatch.setattr(lazy_re, "_codes", {(r"\bkilled\b", 0): (32, [1, 2, 3], 0, {}, (None,)),
                                            (r"\bdied\b", 0): b"\xffnot marshal"})
    pattern = lazy_re.compiled(r"\bkilled\b")
    assert pattern == re.compile(r"\bkilled\b") and pattern.search("two were killed")
    assert lazy_re.compiled(r"\bdied\b") == re.compile(r"\bdied\b")
    with __import__("pytest").raises(re.error):
        lazy_re.compiled(r"(unclosed")
