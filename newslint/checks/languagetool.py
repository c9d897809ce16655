"""GR001 languagetool: grammar and spelling from LanguageTool, as LT-<RULE_ID> findings."""

from __future__ import annotations

import re

from newslint.document import Document
from newslint.grammar import client
from newslint.plaintext import plain_text
from newslint.rule import Example, Hit, Rule

_SEVERITY = {"misspelling": "warning", "grammar": "warning"}  # style, typography...: info


def _consistent_name(doc: Document, word: str) -> bool:
    """A capitalised word the article spells the same way twice is a name, not a typo."""
    return word[:1].isupper() and len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", doc.text)) >= 2


def check(doc: Document, options):
    grammar = client(options["server"], options["language"], float(options["timeout"]))
    if grammar is None:
        return
    disabled = set(options["disabled-rules"])
    for paragraph in doc.paragraphs:
        text, offsets = plain_text(doc.text, paragraph.start, paragraph.end, doc.format == "md")
        if not text.strip():
            continue
        matches = grammar.check(text, options["language"])
        if matches is None:
            return  # LanguageTool failed; a notice says so
        for match in matches:
            if match.rule_id in disabled or match.length <= 0 or match.offset + match.length > len(offsets):
                continue
            start = offsets[match.offset]
            end = offsets[match.offset + match.length - 1] + 1
            if not options["check-quotes"] and doc.in_quote(start):
                continue  # what a source said is not the writer's to correct
            if match.issue_type == "misspelling" and _consistent_name(doc, doc.text[start:end]):
                continue
            suggestion = match.replacements[0] if match.replacements else None
            others = f" (or: {', '.join(match.replacements[1:3])})" if len(match.replacements) > 1 else ""
            yield Hit(
                (start, end),
                match.message + others,
                suggestion,
                severity=_SEVERITY.get(match.issue_type, "info"),
                code=f"LT-{match.rule_id}",
            )


RULE = Rule(
    code="GR001",
    name="languagetool",
    category="grammar",
    severity="warning",
    summary="Grammar and spelling from LanguageTool (reported as LT-<RULE_ID>)",
    why=(
        "LanguageTool finds the grammar and spelling slips an editor would mark. newslint sends "
        "it each paragraph as plain text (Markdown markup removed, offsets mapped back), drops "
        "matches inside direct quotations (a source's words are not the writer's to correct) "
        "and misspellings of names the article spells the same way twice. Misspellings and "
        "grammar are warnings; style and typography are info. Reach LanguageTool with "
        "--languagetool URL, NEWSLINT_LANGUAGETOOL, or this rule's `server` option ('auto', "
        "'local', 'off' or a URL); when none is available grammar is skipped with a notice."
    ),
    check=check,
    # Its examples need a LanguageTool; tests/test_grammar.py runs them against a stand-in.
    examples=(
        Example("The council will meet on Monday to [[recieve]] the report.", bad=True),
        Example("The council will meet on Monday to receive the report.", bad=False),
    ),
    options={"server": "auto", "language": "en-US", "timeout": 10, "check-quotes": False,
             "disabled-rules": ()},
    source=__name__,
)
