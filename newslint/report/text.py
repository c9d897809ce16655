"""`path:line:col: severity code message` lines, for editors, grep and pre-commit."""

from __future__ import annotations


def render(results, stream) -> None:
    for result in results:
        for f in result.findings:
            suggestion = ""
            if f.suggestion is not None:
                suggestion = f" (suggestion: {f.suggestion!r})" if f.suggestion else " (suggestion: delete)"
            stream.write(
                f"{result.path}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}{suggestion}\n"
            )
