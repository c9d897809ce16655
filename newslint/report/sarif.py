"""SARIF 2.1.0, so code-scanning tools (GitHub, GitLab, IDE viewers) show findings inline.

One run; a rule descriptor for each code found; columns are Unicode code points (SARIF's
default is UTF-16 units, newslint counts characters). Unreadable files and crashed rules
are tool notifications: the run did not finish cleanly, as exit code 2 says.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from urllib.parse import quote

from newslint import __version__
from newslint.report import rule_info

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://example.org/newsroom/newslint"  # no public home yet: see README
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    """The path as given, forward slashes, percent-encoded where a URI needs it."""
    posix = path.replace("\\", "/")
    return PurePosixPath(posix).as_uri() if posix.startswith("/") else quote(posix)


def _descriptor(f, registry) -> dict:
    rule = rule_info(f.rule, registry)
    if rule:
        summary = rule.summary
    else:  # LT-...: a generic descriptor, documented by the rule that relays it (GR001)
        rule = rule_info(f.name, registry)
        summary = f"{f.rule}, relayed by {rule.code} {rule.name}" if rule else f.name
    why = rule.why if rule else f.name  # no rule: a house pack the default config lacks
    return {
        "id": f.rule,
        "name": f.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": why},
        "help": {"text": why},
        "defaultConfiguration": {"level": LEVEL[rule.severity if rule else f.severity]},
        "properties": {"category": f.category, "tags": [f.category]},
    }


def _location(path: str, f=None) -> dict:
    physical = {"artifactLocation": {"uri": _uri(path)}}
    if f is not None:
        physical["region"] = _region(f)
    return {"physicalLocation": physical}


def _region(f) -> dict:
    return {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": f.end_column}


def _result(path: str, f, index: dict) -> dict:
    result = {
        "ruleId": f.rule,
        "ruleIndex": index[f.rule],
        "level": LEVEL[f.severity],
        "message": {"text": f.message},
        "locations": [_location(path, f)],
    }
    if f.suggestion is not None:
        replacement = {"deletedRegion": _region(f), "insertedContent": {"text": f.suggestion}}
        result["fixes"] = [{
            "description": {"text": f"Replace with {f.suggestion!r}" if f.suggestion else "Delete"},
            "artifactChanges": [{"artifactLocation": {"uri": _uri(path)}, "replacements": [replacement]}],
        }]
    return result


def _notification(path: str, text: str) -> dict:
    message = text if text.startswith(f"{path}: ") else f"{path}: {text}"
    return {"level": "error", "message": {"text": message}, "locations": [_location(path)]}


def render(results, stream, registry=None) -> None:
    by_code = {f.rule: f for r in results for f in r.findings}  # any finding of a code describes it
    codes = sorted(by_code)
    index = {code: i for i, code in enumerate(codes)}
    notifications = [
        _notification(r.path, problem) for r in results for problem in ([r.error] if r.error else []) + r.crashes
    ]
    run = {
        "tool": {"driver": {
            "name": "newslint",
            "informationUri": INFORMATION_URI,
            "version": __version__,
            "rules": [_descriptor(by_code[code], registry) for code in codes],
        }},
        "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
        "columnKind": "unicodeCodePoints",
        "results": [_result(r.path, f, index) for r in results for f in r.findings],
    }
    json.dump({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
