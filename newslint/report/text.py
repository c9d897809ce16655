"""`path:line:col: severity code message` lines, for editors, grep and pre-commit."""

from __future__ import annotations

from newslint.report.terminal import safe_for_terminal


def render(results, stream, registry=None) -> None:
    for result in results:
        for f in result.findings:
            suggestion = ""
            if f.suggestion is not None:
                suggestion = f" (suggestion: {f.suggestion!r})" if f.suggestion else " (suggestion: delete)"
            line = f"{result.path}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}{suggestion}"
            stream.write(safe_for_terminal(line) + "\n")
