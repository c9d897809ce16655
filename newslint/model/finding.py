"""What newslint reports: a Finding, located by line and column (the JSON contract)."""

from __future__ import annotations

from typing import NamedTuple

JSON_FIELDS = (
    "rule", "name", "category", "severity", "line", "column",
    "end_line", "end_column", "message", "suggestion",
)


class Finding(NamedTuple):
    rule: str
    name: str
    category: str
    severity: str
    line: int
    column: int
    end_line: int
    end_column: int  # exclusive, like Python slices
    message: str
    suggestion: str | None = None
    start: int = 0  # character offsets, for reports and fixes
    end: int = 0
    fix: tuple[int, int, str] | None = None  # a safe edit

    def to_json(self) -> dict:
        return {key: getattr(self, key) for key in JSON_FIELDS}


class FileResult:
    """The outcome for one input: findings, or the reason it could not be linted."""

    def __init__(self, path: str, findings: list[Finding] | None = None, error: str | None = None,
                 crashes: list[str] | None = None, text: str = ""):
        self.path = path
        self.findings: list[Finding] = [] if findings is None else findings
        self.error = error  # unreadable input: the file was not linted
        self.crashes: list[str] = [] if crashes is None else crashes  # rules that failed on this file
        self.text = text  # the source, for reports that quote it

    def __repr__(self) -> str:
        return f"FileResult({self.path!r}, {len(self.findings)} findings, error={self.error!r})"
