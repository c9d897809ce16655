"""Output formats. Each module exposes render(results, stream, **context)."""

from __future__ import annotations

from collections import Counter

from newslint.finding import FileResult

FORMATS = ("rich", "text", "json")


def summary(results: list[FileResult]) -> dict:
    """Counts every format reports the same way."""
    findings = [f for r in results for f in r.findings]
    return {
        "files": len(results),
        "files_with_findings": sum(1 for r in results if r.findings),
        "findings": len(findings),
        "by_severity": dict(Counter(f.severity for f in findings)),
        "by_category": dict(Counter(f.category for f in findings)),
        "errors": sum(1 for r in results if r.error) + sum(len(r.crashes) for r in results),
    }


def render(fmt: str, results: list[FileResult], stream) -> None:
    if fmt == "json":
        from newslint.report.json import render as render_format
    elif fmt == "rich":
        from newslint.report.rich import render as render_format
    else:
        from newslint.report.text import render as render_format
    render_format(results, stream)
