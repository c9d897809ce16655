"""What newslint reports: a Finding, located by line and column (the JSON contract)."""

from __future__ import annotations

from dataclasses import dataclass, field

JSON_FIELDS = (
    "rule", "name", "category", "severity", "line", "column",
    "end_line", "end_column", "message", "suggestion",
)


@dataclass(frozen=True)
class Finding:
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
    start: int = field(default=0, compare=False)  # character offsets, for reports and fixes
    end: int = field(default=0, compare=False)
    fix: tuple[int, int, str] | None = field(default=None, compare=False)  # a safe edit

    def to_json(self) -> dict:
        return {key: getattr(self, key) for key in JSON_FIELDS}


@dataclass
class FileResult:
    """The outcome for one input: findings, or the reason it could not be linted."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None  # unreadable input: the file was not linted
    crashes: list[str] = field(default_factory=list)  # rules that failed on this file
    text: str = ""  # the source, for reports that quote it
