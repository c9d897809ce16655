"""A pre-commit call must start fast: a small run loads only what it uses. The heavy
modules (PyYAML, importlib.metadata, multiprocessing, SQLite, rich, NLTK, the audit) are
for the runs that need them; what they did for every run is now kept in newslint's cache
(parsed rule files, entry points, pattern literals, syllable tables)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import EXAMPLES

HEAVY = ("yaml", "importlib.metadata", "multiprocessing", "sqlite3", "rich", "nltk", "textstat",
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
