"""The terminal report an editor reads: each finding with its line of copy underlined,
then a table of findings by category and severity."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newslint.model.document import NEWLINE
from newslint.report.terminal import safe_for_terminal as safe
from newslint.rules.rule import CATEGORIES, SEVERITIES

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_MAX_SHOWN = 110  # characters of a long line shown around the finding


def _excerpt(line: str, start: int, end: int) -> tuple[str, int, int, str, str]:
    """Cut a long line (merged paragraphs) down to a window around [start, end)."""
    if len(line) <= _MAX_SHOWN:
        return line, start, end, "", ""
    left = max(0, min(start - 30, len(line) - _MAX_SHOWN))
    right = min(len(line), max(left + _MAX_SHOWN, end))
    return line[left:right], start - left, end - left, "…" if left else "", "…" if right < len(line) else ""


def render(results, stream, registry=None) -> None:
    console = Console(file=stream, highlight=False, soft_wrap=True)
    for result in results:
        if not result.findings:
            continue
        console.rule(Text(safe(result.path), style="bold"), align="left")
        lines = NEWLINE.split(result.text)
        for f in result.findings:
            head = Text.assemble(
                (f"{f.line}:{f.column}", "dim"),
                "  ",
                (f"{f.severity:<7}", STYLE[f.severity]),
                " ",
                (safe(f.rule), "bold"),
                " ",
                safe(f.message),
                (f"  [{safe(f.name)}]", "dim"),
            )
            console.print(head)
            if f.line <= len(lines):
                line = lines[f.line - 1]
                start = f.column - 1
                end = f.end_column - 1 if f.end_line == f.line else len(line)
                shown, a, b, before, after = _excerpt(line, start, max(end, start + 1))
                # Made safe piece by piece, so the carets still fall under the flagged text.
                lead, flagged, rest = safe(shown[:a]), safe(shown[a:b]), safe(shown[b:])
                gutter = f"{f.line:>5} │ "
                console.print(Text.assemble((gutter, "dim"), before, lead, (flagged, STYLE[f.severity] + " underline"), rest, after))
                console.print(Text.assemble(" " * (len(gutter) + len(before) + len(lead)), ("^" * max(1, len(flagged)), STYLE[f.severity])))
            if f.suggestion is not None:
                console.print(Text.assemble("        ", ("suggestion: ", "green"), safe(f.suggestion) if f.suggestion else "delete this"))
        console.print()
    _summary_table(console, results)


def _summary_table(console: Console, results) -> None:
    counts = Counter((f.category, f.severity) for r in results for f in r.findings)
    errors = sum(1 for r in results if r.error)
    table = Table(title="newslint summary", title_justify="left")
    table.add_column("category")
    for severity in SEVERITIES:
        table.add_column(severity, justify="right", style=STYLE[severity])
    for category in CATEGORIES:
        row = [counts.get((category, s), 0) for s in SEVERITIES]
        if any(row):
            table.add_row(category, *(str(n) for n in row))
    total = [sum(counts.get((c, s), 0) for c in CATEGORIES) for s in SEVERITIES]
    table.add_row("total", *(str(n) for n in total), style="bold")
    console.print(table)
    files_with = sum(1 for r in results if r.findings)
    note = f"{len(results)} file(s) checked, {files_with} with findings"
    if errors:
        note += f", {errors} could not be read"
    console.print(note)
