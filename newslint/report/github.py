"""GitHub Actions workflow commands, so a CI run annotates the pull request's lines.

Escaping follows @actions/core: a message escapes %, CR and LF; property values also ':'
and ',' (which would otherwise end the value). info is a `notice`. The log viewer obeys
terminal escapes, so control characters from copy or paths are shown, not passed on.
"""

from __future__ import annotations

from newslint.report.terminal import safe_for_terminal

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    text = safe_for_terminal(text, keep="\t\r\n")  # line breaks are escaped below, as GitHub reads them
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(level: str, message: str, **properties) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{level} {props}::{escape_data(message)}\n"


def render(results, stream, registry=None) -> None:
    for result in results:
        for problem in ([result.error] if result.error else []) + result.crashes:
            reason = problem.removeprefix(f"{result.path}: ")  # the file is a property already
            stream.write(_command("error", reason, file=result.path))
        for f in result.findings:
            stream.write(_command(
                LEVEL[f.severity], f.message, file=result.path, line=f.line, col=f.column,
                endLine=f.end_line, endColumn=f.end_column, title=f"{f.rule} {f.name}",
            ))
