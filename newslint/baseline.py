"""Baselines: adopt newslint on an archive without fixing the archive first.

`--write-baseline FILE` records today's findings; `--baseline FILE` then reports only new
ones. A finding is recognised by its rule, the flagged words and a few words either side,
not by its line: an edit elsewhere in the article moves lines but changes no fingerprint.
Entries that no longer match anything are reported, so the baseline can be pruned.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from newslint.finding import FileResult, Finding

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


def _key(path: str) -> str:
    return path.replace("\\", "/")


def loose_fingerprint(finding: Finding, text: str) -> str:
    """Rule and flagged words only: recognises a finding whose neighbours were edited."""
    key = "\0".join((finding.rule, _words(text[finding.start : finding.end])))
    return hashlib.sha256(key.encode()).hexdigest()[:24]


def build(results: list[FileResult]) -> dict:
    entries = []
    for result in results:
        for f in result.findings:
            entries.append({"path": _key(result.path), "rule": f.rule,
                            "fingerprint": fingerprint(f, result.text),
                            "loose": loose_fingerprint(f, result.text),
                            "text": result.text[f.start : f.end][:80]})
    return {"version": 1, "entries": entries}


def load(path: Path) -> dict:
    from newslint.config import ConfigError

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read baseline ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: baseline is not valid JSON (line {exc.lineno})") from None
    if not isinstance(data, dict) or data.get("version") != 1 or not isinstance(data.get("entries"), list):
        raise ConfigError(f"{path}: not a newslint baseline (version 1)")
    return data


def apply(baseline: dict, results: list[FileResult]) -> list[dict]:
    """Drop findings the baseline knows; return the entries that matched nothing.

    Exact fingerprints (words around included) are matched first, so two identical
    findings in one article stay apart; what is left is matched on rule and words alone.
    """
    unmatched = {id(e): e for e in baseline["entries"]}
    by_key: dict = {}
    for entry in baseline["entries"]:
        by_key.setdefault(("exact", entry["path"], entry["fingerprint"]), []).append(entry)
        by_key.setdefault(("loose", entry["path"], entry.get("loose")), []).append(entry)

    def take(kind: str, path: str, value: str) -> bool:
        for entry in by_key.get((kind, path, value), []):
            if id(entry) in unmatched:
                del unmatched[id(entry)]
                return True
        return False

    for result in results:
        path = _key(result.path)
        pending = [f for f in result.findings if not take("exact", path, fingerprint(f, result.text))]
        result.findings = [f for f in pending if not take("loose", path, loose_fingerprint(f, result.text))]
    linted = {_key(r.path) for r in results}
    return [e for e in baseline["entries"] if id(e) in unmatched and e["path"] in linted]
