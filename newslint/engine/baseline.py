"""Baselines: adopt newslint on an archive without fixing the archive first.

`--write-baseline FILE` records today's findings; `--baseline FILE` then reports only new
ones. A finding is recognised by its rule, the flagged words and a few words either side,
not by its line: an edit elsewhere in the article moves lines but changes no fingerprint.
Entries that no longer match anything are reported, so the baseline can be pruned.

An entry's path is relative to the baseline file's folder (posix separators), so the same
baseline matches whether newslint runs from that folder, from above it, or on absolute
paths. Version 1 baselines held paths as typed; they are read as relative to the
baseline's folder, which is what they were when the baseline sat in the working folder.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from newslint.model.finding import FileResult, Finding

_CONTEXT = 30  # characters either side that belong to a finding's fingerprint


def _words(text: str) -> str:
    return " ".join(text.split())


def fingerprint(finding: Finding, text: str) -> str:
    before = _words(text[max(0, finding.start - _CONTEXT) : finding.start])
    after = _words(text[finding.end : finding.end + _CONTEXT])
    # Keep whole words only: the cut word at either edge moves when nearby text changes.
    before = before.split(" ", 1)[1] if " " in before and finding.start > _CONTEXT else before
    after = after.rsplit(" ", 1)[0] if " " in after else after
    key = "\0".join((finding.rule, _words(text[finding.start : finding.end]), before, after))
    return hashlib.sha256(key.encode()).hexdigest()[:24]


VERSION = 2  # 1: paths as typed on the command line
_FIELDS = ("path", "rule", "fingerprint", "text")  # every entry has these, as strings
_OPTIONAL = ("loose",)


def _key(path: str, root: Path) -> str:
    """path relative to root, with posix separators: the same file whatever the folder
    newslint ran from or how the path was typed."""
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute, os.path.abspath(root))
    except ValueError:  # another drive on Windows: no relative path exists
        relative = absolute
    return relative.replace(os.sep, "/")


def loose_fingerprint(finding: Finding, text: str) -> str:
    """Rule and flagged words only: recognises a finding whose neighbours were edited."""
    key = "\0".join((finding.rule, _words(text[finding.start : finding.end])))
    return hashlib.sha256(key.encode()).hexdigest()[:24]


def build(results: list[FileResult], root: Path) -> dict:
    """The baseline of results, for a baseline file in the folder root."""
    entries = []
    for result in results:
        for f in result.findings:
            entries.append({"path": _key(result.path, root), "rule": f.rule,
                            "fingerprint": fingerprint(f, result.text),
                            "loose": loose_fingerprint(f, result.text),
                            "text": result.text[f.start : f.end][:80]})
    return {"version": VERSION, "entries": entries}


def load(path: Path) -> dict:
    """A baseline file, checked entry by entry: a damaged or hand-edited baseline is a
    ConfigError naming the file and what is wrong, not a traceback halfway through."""
    from newslint.errors import ConfigError

    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read baseline ({exc.strerror})") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: baseline is not UTF-8 (byte {exc.object[exc.start]:#04x} at offset {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: baseline is not valid JSON (line {exc.lineno})") from None
    except RecursionError:  # json recurses once per level of nested arrays and objects
        raise ConfigError(f"{path}: baseline is not valid JSON (nested too deeply)") from None
    problem = _shape_problem(data)
    if problem:
        raise ConfigError(f"{path}: not a newslint baseline: {problem}")
    return data


def _shape_problem(data) -> str | None:
    """What makes data something other than a baseline, or None."""
    if not isinstance(data, dict):
        return f"expected a JSON object with version and entries, got {_json_type(data)}"
    version = data.get("version")
    if type(version) is not int or version not in (1, VERSION):
        return f"version: expected 1 or {VERSION}, got {json.dumps(version)}"
    if not isinstance(data.get("entries"), list):
        return f"entries: expected a list, got {_json_type(data.get('entries'))}"
    for index, entry in enumerate(data["entries"]):
        if not isinstance(entry, dict):
            return f"entries[{index}]: expected an object, got {_json_type(entry)}"
        missing = [key for key in _FIELDS if key not in entry]
        if missing:
            return f"entries[{index}]: missing key {missing[0]!r}"
        for key in (k for k in _FIELDS + _OPTIONAL if k in entry):
            if not isinstance(entry[key], str):
                return f"entries[{index}].{key}: expected a string, got {_json_type(entry[key])}"
    return None


def _json_type(value) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true or false",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def apply(baseline: dict, results: list[FileResult], root: Path) -> list[dict]:
    """Drop findings the baseline knows; return the entries that matched nothing among the
    files linted. root is the folder the baseline file is in.

    Exact fingerprints (words around included) are matched first, so two identical
    findings in one article stay apart; what is left is matched on rule and words alone.
    """
    # Written paths are normalised already; a version 1 path may be "./a.txt" or absolute.
    entries = [(_key(os.path.join(root, e["path"]), root), e) for e in baseline["entries"]]
    unmatched = {id(e): e for _, e in entries}
    by_key: dict = {}
    for path, entry in entries:
        by_key.setdefault(("exact", path, entry["fingerprint"]), []).append(entry)
        by_key.setdefault(("loose", path, entry.get("loose")), []).append(entry)

    def take(kind: str, path: str, value: str) -> bool:
        for entry in by_key.get((kind, path, value), []):
            if id(entry) in unmatched:
                del unmatched[id(entry)]
                return True
        return False

    linted = set()
    for result in results:
        path = _key(result.path, root)
        linted.add(path)
        pending = [f for f in result.findings if not take("exact", path, fingerprint(f, result.text))]
        result.findings = [f for f in pending if not take("loose", path, loose_fingerprint(f, result.text))]
    return [e for path, e in entries if id(e) in unmatched and path in linted]
