"""Safe fixes: the edits a rule marks as needing no journalist.

Removing a scraped junk line, stripping a template label, applying an unambiguous house
substitution. Placeholders, attribution and consistency findings are never fixed: they
need someone to find out the facts. Fixes that overlap are applied first come first, and
one fix can uncover another ("Title: Headline: Council approves" loses one label, then
the next), so `fix_fully` lints and fixes again until nothing is left to fix: one
`--fix` run reaches the fixed point, and a second changes nothing.
"""

from __future__ import annotations

import difflib

from newslint.model.finding import Finding

NEVER_FIXED = frozenset({"placeholder", "attribution", "consistency"})


def apply_fixes(text: str, findings: list[Finding]) -> tuple[str, int]:
    """The text with every safe fix applied, and how many were."""
    edits = sorted({f.fix for f in findings if f.fix is not None and f.category not in NEVER_FIXED})
    out, position, applied = [], 0, 0
    for start, end, replacement in edits:
        if start < position:
            continue  # overlaps an edit already made
        out += [text[position:start], replacement]
        position = end
        applied += 1
    out.append(text[position:])
    return "".join(out), applied


ROUNDS = 10  # each round removes at least one fixable finding; real copy needs two or three


def fix_fully(text: str, findings: list[Finding], lint) -> tuple[str, int]:
    """Apply safe fixes until none is left; lint(text) gives the findings of a new text.
    Returns the fixed text and how many fixes were applied in all."""
    total = 0
    for _ in range(ROUNDS):
        fixed, applied = apply_fixes(text, findings)
        if not applied or fixed == text:
            break
        text, total = fixed, total + applied
        findings = lint(text)
        if findings is None:  # the fixed text cannot be linted (fixing removed everything)
            break
    return text, total


def unified_diff(path: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(before.splitlines(True), after.splitlines(True), f"a/{path}", f"b/{path}")
    # A last line with no line ending is marked the way diff and patch expect.
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)
