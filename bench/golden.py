"""The findings' golden image: what newslint reports on a folder, reduced to a form that
holds no article text, so it can live in tests/ and show that an engine change left the
findings as they were.

    python bench/golden.py write ../shared/corpus tests/golden/corpus.json
    python bench/golden.py compare ../shared/corpus tests/golden/corpus.json

Each finding becomes [rule, line, column, end_line, end_column, severity, digest], the
digest a hash of its message and suggestion (those quote the copy). Paths are relative to
the folder. The rules are `--select ap,core,builtin`: every bundled rule but grammar,
whose findings depend on a LanguageTool server.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

SELECT = "ap,core,builtin"


def newslint_json(folder: Path, jobs: int = 2) -> dict:
    script = Path(sys.executable).with_name("newslint")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "newslint"]
    done = subprocess.run(
        [*command, "check", str(folder), "--select", SELECT, "--format", "json", "--jobs", str(jobs)],
        capture_output=True, env={**os.environ, "NEWSLINT_LANGUAGETOOL": "off"},
    )
    if done.returncode not in (0, 1):
        raise SystemExit(f"newslint exited {done.returncode}: {done.stderr.decode()[-500:]}")
    return json.loads(done.stdout)


def digest(finding: dict) -> str:
    said = f"{finding['message']}\0{finding.get('suggestion')}"
    return hashlib.sha256(said.encode()).hexdigest()[:12]


def image(report: dict, folder: Path) -> dict[str, list[list]]:
    """{path relative to folder: [[rule, line, column, end_line, end_column, severity, digest]]}"""
    out = {}
    for entry in report["files"]:
        key = Path(entry["path"]).resolve().relative_to(folder.resolve()).as_posix()
        out[key] = [
            [f["rule"], f["line"], f["column"], f["end_line"], f["end_column"], f["severity"], digest(f)]
            for f in entry["findings"]
        ]
    return dict(sorted(out.items()))


def dump(golden: dict) -> str:
    """One line per file, so a change shows as a readable diff."""
    lines = [f"  {json.dumps(path)}: {json.dumps(found)}" for path, found in golden.items()]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def differences(expected: dict, actual: dict) -> list[str]:
    out = []
    for path in sorted(set(expected) | set(actual)):
        before, after = expected.get(path), actual.get(path)
        if before != after:
            out.append(f"{path}:\n  before {before}\n  after  {after}")
    return out


def main() -> int:
    action, folder, target = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    actual = image(newslint_json(folder), folder)
    if action == "write":
        target.write_text(dump(actual), encoding="utf-8")
        print(f"{target}: {sum(map(len, actual.values()))} findings in {len(actual)} files")
        return 0
    changed = differences(json.loads(target.read_text(encoding="utf-8")), actual)
    print("\n".join(changed[:40]) or "identical")
    print(f"{len(changed)} files differ")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
